package io.carefile.enforcement;

import io.carefile.common.error.ProblemCode;

/** The refusals of enforcement cases. Documented in {@code docs/problems.md}. */
public enum EnforcementProblems implements ProblemCode {
  CASE_GROUNDS_REQUIRED(400, "case-grounds-required", "A case needs at least one ground"),
  CASE_GROUND_INCOMPLETE(400, "case-ground-incomplete", "A ground lacks what its kind must link"),
  CASE_GROUND_REPEATED(400, "case-ground-repeated", "The same ground is given twice"),
  CASE_GROUND_NOT_OF_PLATFORM(
      422, "case-ground-not-of-platform", "A ground links no record of the case's platform"),
  CASE_GROUND_ALREADY_OPEN(409, "case-ground-already-open", "An open case already has this ground"),
  CASE_STEP_NOT_ALLOWED(409, "case-step-not-allowed", "The case's stage does not allow this step"),
  REPRESENTATIONS_DEADLINE_REQUIRED(
      400,
      "representations-deadline-required",
      "A provisional notice needs a representations deadline"),
  REPRESENTATIONS_DEADLINE_NOT_FUTURE(
      422,
      "representations-deadline-not-future",
      "The representations deadline must be after today"),
  NOTICE_TEXT_REQUIRED(400, "notice-text-required", "A provisional notice needs its text"),
  STEP_CONTENT_NOT_ALLOWED(
      400, "step-content-not-allowed", "This step does not carry what was sent"),
  REQUIREMENT_DUE_DATE_NOT_FUTURE(
      422, "requirement-due-date-not-future", "A requirement must be due after today"),
  CONFIRMATION_BEFORE_DEADLINE(
      409,
      "confirmation-before-deadline",
      "The case cannot be confirmed before its representations deadline has passed"),
  REQUIREMENT_STEP_NOT_ALLOWED(
      409, "requirement-step-not-allowed", "The requirement's status does not allow this step"),
  APPEAL_NOT_ALLOWED(
      409, "appeal-not-allowed", "Only a confirmation decision not yet appealed can be appealed"),
  APPEAL_OUTCOME_NOT_ALLOWED(
      409, "appeal-outcome-not-allowed", "Only a lodged appeal can be given an outcome"),
  REPRESENTATIONS_NOT_INVITED(
      409,
      "representations-not-invited",
      "The case has no provisional notice awaiting representations"),
  REPRESENTATIONS_CLOSED(
      409, "representations-closed", "The deadline for representations has passed"),
  REPRESENTATION_TEXT_REQUIRED(
      400, "representation-text-required", "Representations need their text"),
  REPRESENTATION_TEXT_TOO_LONG(
      400, "representation-text-too-long", "Representations are longer than allowed"),
  TOO_MANY_DOCUMENTS(400, "too-many-documents", "Representations attach too many documents"),
  DOCUMENT_EMPTY(400, "document-empty", "A document is empty"),
  DOCUMENT_TOO_LARGE(413, "document-too-large", "A document is larger than allowed"),
  DOCUMENT_NAME_INVALID(400, "document-name-invalid", "A document's file name cannot be kept"),
  DOCUMENT_TYPE_NOT_ALLOWED(
      415, "document-type-not-allowed", "A document's type is not one that is accepted"),
  DOCUMENT_CONTENT_MISMATCH(
      422, "document-content-mismatch", "A document's bytes are not of the type declared"),
  DECISION_NOT_CONFIRMED(
      409, "decision-not-confirmed", "Only a confirmation decision can be published"),
  DECISION_ALREADY_PUBLISHED(
      409, "decision-already-published", "The case's decision is published already"),
  DECISION_SET_ASIDE(
      409, "decision-set-aside", "A decision set aside on appeal cannot be published");

  private final Definition definition;

  EnforcementProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
