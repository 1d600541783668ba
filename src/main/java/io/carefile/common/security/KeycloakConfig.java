package io.carefile.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Keycloak that signs Carefile's tokens and holds its users. */
@ConfigMapping(prefix = "carefile.keycloak")
public interface KeycloakConfig {

  /** Base URL, without the realm: {@code http://localhost:8180}. */
  @WithDefault("http://localhost:8180")
  String url();

  @WithDefault("carefile")
  String realm();

  /** The realm's issuer URL, where its OpenID configuration is published. */
  default String realmUrl() {
    return url() + "/realms/" + realm();
  }
}
