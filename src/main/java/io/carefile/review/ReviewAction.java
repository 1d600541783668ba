package io.carefile.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One kind of step in a return's review history. */
@Schema(name = "ReviewAction", description = "What a step of a return's review was")
public enum ReviewAction {
  /** A version was submitted: the return (re-)entered the queue, with the status it left it in. */
  SUBMITTED,
  /** An analyst was allocated the return that had no one; a SUBMITTED return went under review. */
  ASSIGNED,
  /** The return passed from one analyst to another. */
  REASSIGNED,
  /** The return was left with no one. */
  RELEASED,
  /** An analyst decided the return: accepted, accepted with findings, or rejected. */
  DECIDED,
  /** An analyst raised a query, or followed one up: the return is back with the platform. */
  QUERIED,
  /** The platform answered, or an analyst closed, the last open query: under review again. */
  ANSWERED,
  /** The band that counts changed without a submission (an analyst's override). */
  BAND_CHANGED
}
