package io.carefile.enforcement;

/** What the audit event of a case's step digests: its history entry and the record it changed. */
public record AuditedCaseStep(CaseHistoryEntry step, Object state) {}
