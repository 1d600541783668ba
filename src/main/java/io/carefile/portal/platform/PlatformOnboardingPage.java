package io.carefile.portal.platform;

import io.carefile.common.error.ProblemCode;
import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.security.Roles;
import io.carefile.platform.PlatformOnboarding;
import io.carefile.platform.PlatformOnboardingRequest;
import io.carefile.platform.PlatformProblems;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/**
 * The regulator administrator's onboarding form: the same request and the same service as {@code
 * POST /api/v1/platforms}, with each problem shown next to its input and in an error summary.
 */
@Path(PortalRoutes.PLATFORM_ONBOARDING)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PlatformOnboardingPage {

  private final PlatformService platforms;
  private final Validator validator;
  private final PlatformForm form;
  private final PlatformMessages messages;

  PlatformOnboardingPage(
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
  public TemplateInstance form() {
    return page(PlatformForm.Fields.blank(), new PlatformForm.Errors());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public Object onboard(@BeanParam PlatformForm.Fields fields) {
    PlatformForm.Errors errors = new PlatformForm.Errors();
    PlatformOnboardingRequest request = form.request(fields, errors);
    form.violations(errors, validator.validate(request));
    if (!errors.isEmpty()) {
      return page(fields, errors);
    }
    try {
      PlatformOnboarding onboarded = platforms.onboard(request);
      return Response.seeOther(URI.create(PortalRoutes.platform(onboarded.platform().id())))
          .build();
    } catch (ProblemException e) {
      form.refusal(errors, e, refusals());
      return page(fields, errors);
    }
  }

  /** The words for each refusal of onboarding; each problem names the field it blames. */
  private Map<ProblemCode, String> refusals() {
    return Map.of(
        PlatformProblems.SLUG_TAKEN, messages.slugTaken(),
        PlatformProblems.OFFICER_EMAIL_TAKEN, messages.officerEmailTaken(),
        PlatformProblems.OFFICER_ACCOUNT_REFUSED, messages.officerAccountRefused(),
        ProblemType.IDENTITY_SERVICE_UNAVAILABLE, messages.identityServiceUnavailable());
  }

  private TemplateInstance page(PlatformForm.Fields fields, PlatformForm.Errors errors) {
    return form.page(fields, errors, PortalRoutes.PLATFORM_ONBOARDING, true);
  }
}
