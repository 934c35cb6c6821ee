package nl.passend.adapters.web;

import java.util.Map;
import nl.passend.application.Passend;

/**
 * The routes of API.md, registered per area: policies and calculators, organisation, students,
 * applications, registrations and LWOO designations, cases, reports. Each area translates HTTP to its
 * use cases and back with typed request and response records; no area reads storage or the clock.
 */
final class Api {
  /** The base path of version 1 of the API. */
  static final String BASE = "/api/v1";

  private final Passend passend;
  private final String openApi;

  Api(Passend passend, String openApi) {
    this.passend = passend;
    this.openApi = openApi;
  }

  /** The answer of the health check. */
  record Health(String status) {}

  void register(Routes r) {
    r.get(BASE + "/health", ctx -> Http.json(ctx, 200, new Health("UP")));
    // Readiness: this instance reaches its database (503 problem when it does not), for a load balancer.
    r.get(BASE + "/health/ready", ctx -> {
      passend.readiness().requireReady();
      Http.json(ctx, 200, new Health("UP"));
    });
    r.get(BASE + "/openapi.json", ctx -> ctx.status(200).contentType("application/json").result(openApi));
    new PolicyRoutes(passend).register(r);
    new OrganisationRoutes(passend).register(r);
    new StudentRoutes(passend).register(r);
    new ApplicationRoutes(passend).register(r);
    new RegisterRoutes(passend).register(r);
    new LetterRoutes(passend).register(r);
    new CaseRoutes(passend).register(r);
    new ReportRoutes(passend).register(r);
    new TransferDossierRoutes(passend).register(r);
  }
}
