package io.carefile.portal.platform;

import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Roles;
import io.carefile.platform.PlatformProfile;
import io.carefile.platform.PlatformProfileUpdate;
import io.carefile.platform.PlatformService;
import io.carefile.portal.shared.PortalRoutes;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Editing a platform's profile: the onboarding form without slug and officer. */
@Path(PortalRoutes.PLATFORMS + "/{id}/edit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PlatformProfilePage {

  private final PlatformService platforms;
  private final Validator validator;

  PlatformProfilePage(PlatformService platforms, Validator validator) {
    this.platforms = platforms;
    this.validator = validator;
  }

  @GET
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public TemplateInstance form(@PathParam("id") UUID id) {
    return page(id, PlatformOnboardingPage.Form.of(platforms.get(id)), Map.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public Object save(@PathParam("id") UUID id, @BeanParam PlatformOnboardingPage.Form form) {
    Map<String, String> errors = new LinkedHashMap<>();
    PlatformProfile profile = PlatformOnboardingPage.profileOf(form, errors);
    validator
        .validate(profile)
        .forEach(
            violation ->
                PlatformOnboardingPage.addError(
                    errors, "profile." + violation.getPropertyPath(), violation));
    if (!errors.isEmpty()) {
      return page(id, form, PlatformOnboardingPage.inPageOrder(errors));
    }
    try {
      platforms.updateProfile(id, new PlatformProfileUpdate(profile, form.expectedVersion));
    } catch (ProblemException e) {
      return page(id, form, Map.of("legalName", e.getMessage()));
    }
    return Response.seeOther(URI.create(PortalRoutes.platform(id))).build();
  }

  private static TemplateInstance page(
      UUID id, PlatformOnboardingPage.Form form, Map<String, String> errors) {
    return PlatformOnboardingPage.page(
        form, errors, "Edit platform", PortalRoutes.platformProfile(id), false);
  }
}
