package io.carefile.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;

/**
 * Adds the role sets of {@link Roles} to a verified identity, so that resources and pages name a
 * set ({@code @RolesAllowed(Roles.REGULATOR)}) instead of repeating its members. A set's name in a
 * token is ignored: only the realm roles it is derived from count.
 */
@ApplicationScoped
class DerivedRoles implements SecurityIdentityAugmentor {

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()) {
      return Uni.createFrom().item(identity);
    }
    Set<String> roles = new HashSet<>(identity.getRoles());
    roles.removeAll(Roles.DERIVED);
    roles.addAll(Roles.derivedFrom(roles));
    // A fresh identity, not a copy: a copy would keep any set name the token claimed.
    return Uni.createFrom()
        .item(
            QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .addPermissionChecker(identity::checkPermission)
                .build());
  }
}
