package io.carefile.filing;

import io.carefile.common.json.CanonicalJson;

/**
 * What a receipt proves: the filed return as RFC 8785 canonical JSON, and the SHA-256 of its UTF-8
 * bytes, so that anyone holding the receipt can check it with standard tools.
 */
record SubmissionReceipt(String canonicalPayload, String sha256) {

  static SubmissionReceipt of(FiledReturn filed) {
    String payload = CanonicalJson.of(filed);
    return new SubmissionReceipt(payload, CanonicalJson.sha256Hex(payload));
  }
}
