package io.carefile.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carefile.common.error.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttestationPolicyTest {

  @ParameterizedTest(name = "attestor={0} machine={1} caller={2} named={3} -> {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        "true,  false, anna, -,    self",
        "true,  false, anna, anna, self",
        "true,  false, anna, ben,  attestor-not-self",
        "false, false, anna, -,    attestor-role-required",
        "false, false, anna, anna, attestor-role-required",
        "false, false, anna, ben,  attestor-role-required",
        "false, true,  service-account-filer, ben, named:ben",
        "false, true,  service-account-filer, -,   attestor-required",
        "true,  true,  service-account-filer, ben, named:ben",
        "true,  true,  service-account-filer, -,   attestor-required",
      })
  void decidesWhoAttests(
      boolean attestorRole, boolean machineClient, String caller, String named, String expected) {
    if (expected.equals("self") || expected.startsWith("named:")) {
      AttestationPolicy.Route route =
          AttestationPolicy.routeFor(attestorRole, machineClient, caller, named);
      assertThat(route)
          .isEqualTo(
              expected.equals("self")
                  ? new AttestationPolicy.Self()
                  : new AttestationPolicy.Named(expected.substring("named:".length())));
    } else {
      assertThatThrownBy(
              () -> AttestationPolicy.routeFor(attestorRole, machineClient, caller, named))
          .isInstanceOfSatisfying(
              ProblemException.class, e -> assertThat(e.type().code()).isEqualTo(expected));
    }
  }
}
