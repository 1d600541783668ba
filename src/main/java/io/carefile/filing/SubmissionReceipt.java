package io.carefile.filing;

import io.carefile.common.json.CanonicalJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a receipt proves: the filed return as RFC 8785 canonical JSON, and the SHA-256 of its UTF-8
 * bytes, so that anyone holding the receipt can check it with standard tools.
 */
record SubmissionReceipt(String canonicalPayload, String sha256) {

  static SubmissionReceipt of(FiledReturn filed) {
    String payload = CanonicalJson.of(filed);
    return new SubmissionReceipt(payload, CanonicalJson.sha256Hex(payload));
  }

  /**
   * What the regulator signs (docs/audit-log.md): the receipt's identity and digest, and the audit
   * event that logs the submission, as RFC 8785 canonical JSON. The digest binds the payload.
   */
  static String statement(FilingVersion version) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("accessionNumber", version.accessionNumber);
    statement.put("algorithm", "SHA-256");
    statement.put("auditEventId", version.auditEventId.toString());
    statement.put("filingId", version.filingId.toString());
    statement.put("sha256", version.sha256);
    statement.put("submittedAt", version.submittedAt.toString());
    statement.put("version", version.number);
    return CanonicalJson.of(statement);
  }
}
