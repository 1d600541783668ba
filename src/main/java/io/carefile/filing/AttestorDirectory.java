package io.carefile.filing;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.security.Caller;
import io.carefile.common.security.KeycloakConfig;
import io.carefile.common.security.Roles;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Answers whether a person named by a platform's API client may attest for that platform: an
 * enabled Keycloak user of the platform holding the platform-attestor role. Answers are kept for a
 * short while so that a burst of submissions does not become a burst of Keycloak calls.
 */
@ApplicationScoped
public class AttestorDirectory {

  /** A person who may attest for a platform, as Keycloak knows them. */
  public record Attestor(String subject, String username, String name) {}

  private record Key(UUID platformId, String username) {}

  private record Answer(Optional<Attestor> attestor, Instant expires) {}

  private static final int MOST_ANSWERS_KEPT = 10_000;

  private final Keycloak keycloak;
  private final String realm;
  private final FilingConfig config;
  private final Clock clock;
  private final Map<Key, Answer> answers = new ConcurrentHashMap<>();

  AttestorDirectory(
      Keycloak keycloak, KeycloakConfig keycloakConfig, FilingConfig config, Clock clock) {
    this.keycloak = keycloak;
    this.realm = keycloakConfig.realm();
    this.config = config;
    this.clock = clock;
  }

  /** The attestor, if the username names an attestor of the platform. */
  public Optional<Attestor> find(UUID platformId, String username) {
    Instant now = clock.instant();
    Key key = new Key(platformId, username);
    Answer cached = answers.get(key);
    if (cached != null && cached.expires().isAfter(now)) {
      return cached.attestor();
    }
    Optional<Attestor> attestor = lookUp(platformId, username);
    if (answers.size() >= MOST_ANSWERS_KEPT) {
      // Clients choose the names they send, so the answers kept must stay bounded.
      answers.values().removeIf(answer -> !answer.expires().isAfter(now));
      if (answers.size() >= MOST_ANSWERS_KEPT) {
        answers.clear();
      }
    }
    answers.put(key, new Answer(attestor, now.plus(config.attestorCheckTtl())));
    return attestor;
  }

  private Optional<Attestor> lookUp(UUID platformId, String username) {
    try {
      List<UserRepresentation> found =
          keycloak.realm(realm).users().searchByUsername(username, true);
      if (found.size() != 1 || !Boolean.TRUE.equals(found.getFirst().isEnabled())) {
        return Optional.empty();
      }
      UserResource user = keycloak.realm(realm).users().get(found.getFirst().getId());
      UserRepresentation person = user.toRepresentation();
      List<String> platforms =
          person.getAttributes() == null
              ? List.of()
              : person.getAttributes().getOrDefault(Caller.PLATFORM_CLAIM, List.of());
      boolean attestor =
          user.roles().realmLevel().listEffective().stream()
              .map(RoleRepresentation::getName)
              .anyMatch(Roles.PLATFORM_ATTESTOR::equals);
      if (!attestor || !platforms.equals(List.of(platformId.toString()))) {
        return Optional.empty();
      }
      return Optional.of(new Attestor(person.getId(), person.getUsername(), nameOf(person)));
    } catch (ClientErrorException e) {
      if (!isRefusalOfTheName(e)) {
        throw unavailable(e, username);
      }
      // Keycloak refused the name itself: it names nobody, so nobody attests by it.
      return Optional.empty();
    } catch (ProcessingException | WebApplicationException e) {
      throw unavailable(e, username);
    }
  }

  /** 400 and 404 are about the name; 401 and 403 about this service's own credentials. */
  private static boolean isRefusalOfTheName(ClientErrorException e) {
    int status = e.getResponse().getStatus();
    return status == 400 || status == 404;
  }

  private static ProblemException unavailable(RuntimeException e, String username) {
    Log.errorf(e, "Keycloak failed while checking attestor %s", username);
    return new ProblemException(
        ProblemType.IDENTITY_SERVICE_UNAVAILABLE,
        "The attestor cannot be checked right now because the identity service is unavailable;"
            + " nothing was filed. Try again shortly.");
  }

  private static String nameOf(UserRepresentation person) {
    String name =
        String.join(
                " ",
                Optional.ofNullable(person.getFirstName()).orElse(""),
                Optional.ofNullable(person.getLastName()).orElse(""))
            .strip();
    return name.isEmpty() ? person.getUsername() : name;
  }
}
