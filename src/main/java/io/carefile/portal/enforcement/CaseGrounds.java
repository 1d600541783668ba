package io.carefile.portal.enforcement;

import io.carefile.common.error.ProblemException;
import io.carefile.enforcement.GroundView;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingView;
import io.carefile.obligation.ObligationService;
import io.carefile.obligation.ObligationView;
import io.carefile.portal.shared.PortalRoutes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A case's grounds as its page shows them: each with the return it is about (linked to the
 * regulator's review page, or the platform's own page of the return, and its version) and the
 * obligation, named by template and period. Each linked record is read once per ground, in the
 * caller's scope.
 */
@ApplicationScoped
class CaseGrounds {

  private final FilingQueries filings;
  private final ObligationService obligations;

  CaseGrounds(FilingQueries filings, ObligationService obligations) {
    this.filings = filings;
    this.obligations = obligations;
  }

  /** One ground: what it links, where those records' pages are, and its finding's lines. */
  public record Row(
      int number,
      GroundView ground,
      CasePage.Lines finding,
      FilingView filing,
      String returnLink,
      String versionLink,
      ObligationView obligation) {}

  List<Row> rows(List<GroundView> grounds, boolean regulator) {
    return IntStream.range(0, grounds.size())
        .mapToObj(
            i -> {
              GroundView ground = grounds.get(i);
              FilingView filing =
                  ground.filingId() == null ? null : found(() -> filings.get(ground.filingId()));
              ObligationView obligation =
                  ground.obligationId() == null
                      ? null
                      : found(() -> obligations.get(ground.obligationId()));
              return new Row(
                  i + 1,
                  ground,
                  CasePage.Lines.of(ground.finding()),
                  filing,
                  filing == null
                      ? null
                      : regulator
                          ? PortalRoutes.review(filing.id())
                          : PortalRoutes.filing(filing.id()),
                  filing == null || ground.versionNumber() == null
                      ? null
                      : PortalRoutes.filingVersion(filing.id(), ground.versionNumber()),
                  obligation);
            })
        .toList();
  }

  /** The record, or null when the caller cannot see it. */
  private static <T> T found(Supplier<T> read) {
    try {
      return read.get();
    } catch (ProblemException notFound) {
      return null;
    }
  }
}
