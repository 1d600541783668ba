package io.carefile.benchmark;

import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.support.CarefileTestEnvironment;
import io.carefile.support.KeycloakAdmin;
import io.carefile.support.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * N platforms that can each file: a row in {@code platform} and one attestor in Keycloak with a
 * real token. Onboarding through the API would also work but creates Keycloak groups and officers
 * one request at a time; the benchmark needs only what a submission reads.
 */
final class BenchmarkPlatforms {

  /** A platform and the access token of its attestor. */
  record Platform(UUID id, String attestor, String token) {}

  private static final String PASSWORD = "carefile-benchmark";

  /**
   * The realm is changed for this run only (tests get a fresh Keycloak each run): one password
   * hashing round makes thousands of users and password grants affordable, and tokens outlive the
   * setup and every timed run.
   */
  static final String PASSWORD_POLICY = "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)";

  static final int ACCESS_TOKEN_SECONDS = 1800;

  private static final int USERS_PER_IMPORT = 250;

  private BenchmarkPlatforms() {}

  static List<UUID> insertPlatforms(DataSource dataSource, int count) {
    List<UUID> ids = new ArrayList<>(count);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into platform (id, slug, legal_name, status, created_at, country,"
                    + " service_kinds, service_features, uk_monthly_active_users, revenue_amount,"
                    + " revenue_currency, revenue_year_end, category)"
                    + " values (?, ?, ?, 'ACTIVE', ?, 'GB', '{USER_TO_USER}', '{}', 0, 0, 'GBP',"
                    + " date '2025-12-31', 'CORE')")) {
      Timestamp now = Timestamp.from(Instant.now());
      for (int i = 1; i <= count; i++) {
        UUID id = UUID.randomUUID();
        insert.setObject(1, id);
        insert.setString(2, slug(i));
        insert.setString(3, "Benchmark Platform " + i + " Ltd");
        insert.setTimestamp(4, now);
        insert.addBatch();
        ids.add(id);
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not insert the benchmark platforms", e);
    }
    return ids;
  }

  static void prepareRealm() {
    RealmRepresentation changes = new RealmRepresentation();
    changes.setRealm(KeycloakServer.REALM);
    changes.setPasswordPolicy(PASSWORD_POLICY);
    changes.setAccessTokenLifespan(ACCESS_TOKEN_SECONDS);
    inRealm(realm -> realm.update(changes));
  }

  /** One attestor per platform, imported in a few requests instead of one per user. */
  static void createAttestors(List<UUID> platformIds) {
    for (int from = 0; from < platformIds.size(); from += USERS_PER_IMPORT) {
      List<UserRepresentation> users = new ArrayList<>();
      for (int i = from; i < Math.min(from + USERS_PER_IMPORT, platformIds.size()); i++) {
        users.add(attestor(i + 1, platformIds.get(i)));
      }
      PartialImportRepresentation batch = new PartialImportRepresentation();
      batch.setIfResourceExists(PartialImportRepresentation.Policy.FAIL.name());
      batch.setUsers(users);
      inRealm(
          realm -> {
            try (var response = realm.partialImport(batch)) {
              if (response.getStatus() != 200) {
                throw new IllegalStateException(
                    "Keycloak refused the attestors: " + response.readEntity(String.class));
              }
            }
          });
    }
  }

  /** Each attestor's token through the password grant, as a person's client would get it. */
  static List<Platform> signIn(List<UUID> platformIds, int threads) {
    HttpClient http = HttpClient.newHttpClient();
    String realmUrl = CarefileTestEnvironment.keycloak().realmUrl();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 1; i <= platformIds.size(); i++) {
      numbers.add(i);
    }
    return Parallel.map(
        numbers,
        threads,
        number -> {
          String username = username(number);
          try {
            return new Platform(
                platformIds.get(number - 1),
                username,
                CarefileApi.passwordGrant(http, realmUrl, username, PASSWORD));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static UserRepresentation attestor(int number, UUID platformId) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username(number));
    user.setEmail(username(number) + "@" + slug(number) + ".example");
    user.setFirstName("Benchmark");
    user.setLastName("Attestor");
    user.setEnabled(true);
    user.setEmailVerified(true);
    user.setRequiredActions(List.of());
    user.setAttributes(Map.of(Caller.PLATFORM_CLAIM, List.of(platformId.toString())));
    user.setRealmRoles(List.of(Roles.PLATFORM_OFFICER, Roles.PLATFORM_ATTESTOR));
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(PASSWORD);
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    return user;
  }

  private static String slug(int number) {
    return String.format("benchmark-%05d", number);
  }

  private static String username(int number) {
    return String.format("benchmark-attestor-%05d", number);
  }

  private static void inRealm(Consumer<RealmResource> work) {
    try (Keycloak admin = KeycloakAdmin.connect()) {
      work.accept(admin.realm(KeycloakServer.REALM));
    }
  }
}
