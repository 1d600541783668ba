package io.carefile.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Beyond which of Tukey's fences a value lies. */
@Schema(
    name = "BenchmarkOutlierSide",
    description = "LOW: below Q1 - 1.5 IQR; HIGH: above Q3 + 1.5 IQR")
public enum BenchmarkOutlierSide {
  LOW,
  HIGH
}
