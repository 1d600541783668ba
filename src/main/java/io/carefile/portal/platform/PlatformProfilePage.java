package io.carefile.portal.platform;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
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
import java.util.UUID;

/** Editing a platform's profile: the onboarding form without slug and officer. */
@Path(PortalRoutes.PLATFORMS + "/{id}/edit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PlatformProfilePage {

  private final PlatformService platforms;
  private final Validator validator;
  private final PlatformForm form;
  private final PlatformMessages messages;

  PlatformProfilePage(
      PlatformService platforms,
      Validator validator,
      PlatformForm form,
      PlatformMessages messages) {
    this.platforms = platforms;
    this.validator = validator;
    this.form = form;
    this.messages = messages;
  }

  @GET
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public TemplateInstance form(@PathParam("id") UUID id) {
    return page(id, PlatformForm.Fields.of(platforms.get(id)), new PlatformForm.Errors());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public Object save(@PathParam("id") UUID id, @BeanParam PlatformForm.Fields fields) {
    PlatformForm.Errors errors = new PlatformForm.Errors();
    PlatformProfile profile = form.profile(fields, errors);
    form.violations(errors, validator.validate(profile));
    if (!errors.isEmpty()) {
      return page(id, fields, errors);
    }
    try {
      platforms.updateProfile(id, new PlatformProfileUpdate(profile, fields.expectedVersion));
    } catch (ProblemException e) {
      if (!e.is(ProblemType.STALE_VERSION)) {
        throw e;
      }
      // Its field is the hidden version: the whole form is to be checked again, not one input.
      errors.general(messages.profileStale());
      return page(id, fields, errors);
    }
    return Response.seeOther(URI.create(PortalRoutes.platform(id))).build();
  }

  private TemplateInstance page(UUID id, PlatformForm.Fields fields, PlatformForm.Errors errors) {
    return form.page(fields, errors, PortalRoutes.platformProfile(id), false);
  }
}
