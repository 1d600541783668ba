package io.carefile.filing;

import io.carefile.common.error.ProblemException;

/**
 * Who attests a submission. A person with the platform-attestor role attests as themselves; a
 * platform's machine client names an attestor of its platform, who is checked in the directory;
 * anyone else may not submit at all.
 *
 * <p>Plain Java on purpose: the decision is tested with a table, apart from the directory lookup.
 */
public final class AttestationPolicy {

  /** How the attestor of one submission is found. */
  public sealed interface Route {}

  /** The caller attests as themselves. */
  public record Self() implements Route {}

  /** The caller, a machine client, names the person who attests. */
  public record Named(String attestor) implements Route {}

  private AttestationPolicy() {}

  /**
   * @param attestorRole whether the caller holds the platform-attestor role
   * @param machineClient whether the caller is a platform's machine client, as the token asserts
   * @param callerUsername the caller's username
   * @param namedAttestor the attestor the request names, or null
   */
  public static Route routeFor(
      boolean attestorRole, boolean machineClient, String callerUsername, String namedAttestor) {
    if (attestorRole && !machineClient) {
      if (namedAttestor != null && !namedAttestor.equals(callerUsername)) {
        throw ProblemException.onField(
            FilingProblems.ATTESTOR_NOT_SELF,
            "You attest as yourself: leave attestation.attestor out, or give your own username",
            "attestation.attestor",
            "must be your own username");
      }
      return new Self();
    }
    if (!machineClient) {
      throw new ProblemException(
          FilingProblems.ATTESTOR_ROLE_REQUIRED,
          "Only a person with the platform-attestor role can attest and submit a return");
    }
    if (namedAttestor == null) {
      throw ProblemException.onField(
          FilingProblems.ATTESTOR_REQUIRED,
          "An API client must name the attestor of the submission",
          "attestation.attestor",
          "must name an attestor of your platform");
    }
    return new Named(namedAttestor);
  }
}
