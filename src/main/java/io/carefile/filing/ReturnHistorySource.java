package io.carefile.filing;

import java.util.List;
import java.util.UUID;

/**
 * What a feature above filing adds to a return's history (the review's decisions), contributed as a
 * CDI bean so that filing never depends on it. Read in the caller's tenant scope, for a return the
 * caller has already been shown.
 */
public interface ReturnHistorySource {

  List<ReturnEvent> eventsOf(UUID filingId);
}
