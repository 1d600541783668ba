package io.carefile.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a return's review priority is made of ({@link ReviewPriorityPolicy}). */
@Schema(name = "PriorityFactor", description = "One part of the review priority's formula")
public enum PriorityFactor {
  /** The band that counts: RED, AMBER, NOT_SCORED or GREEN. */
  BAND,
  /** The return was submitted late. */
  LATE,
  /** The latest version's warnings, explained or not. */
  WARNINGS,
  /** The total fell against the platform's previous period. */
  SCORE_DROP,
  /** The platform's category. */
  CATEGORY
}
