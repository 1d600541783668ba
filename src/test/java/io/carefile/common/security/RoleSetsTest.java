package io.carefile.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which role sets a caller's realm roles put them in. */
class RoleSetsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          platform-officer                        | carefile:platform-user carefile:any-role
          platform-attestor                       | carefile:platform-user carefile:any-role
          regulator-analyst                       | carefile:regulator carefile:any-role
          regulator-enforcement                   | carefile:regulator carefile:any-role
          regulator-admin                         | carefile:regulator carefile:any-role
          platform-officer regulator-admin        | carefile:platform-user carefile:regulator carefile:any-role
          offline_access uma_authorization        | ''
          carefile:regulator carefile:any-role    | ''
          """)
  void realmRolesMakeTheirSets(String realmRoles, String sets) {
    assertThat(Roles.derivedFrom(words(realmRoles))).isEqualTo(words(sets));
  }

  private static Set<String> words(String text) {
    return text.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(text.strip().split("\\s+")));
  }
}
