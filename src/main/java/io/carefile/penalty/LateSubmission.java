package io.carefile.penalty;

import io.carefile.template.PeriodType;
import java.time.LocalDate;

/**
 * A platform's late original submission (a first version after its due date and grace, as {@code
 * filing.LatenessPolicy} decides): what earns a point.
 *
 * @param reference the submission's accession number, which the decisions name
 * @param periodType the period type of the return's template, whose tally the point joins
 * @param submittedOn the day it was submitted, in the regulator's calendar
 */
public record LateSubmission(String reference, PeriodType periodType, LocalDate submittedOn) {}
