package io.carefile.filing.spreadsheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a workbook was made for, written both as custom document properties and on its very hidden
 * metadata sheet so that an upload is matched back to its obligation.
 *
 * @param obligationId absent for a template's blank workbook
 * @param platformId absent for a template's blank workbook
 * @param filingVersion the return's version when the workbook was made; absent if it had no return
 * @param draftDigest SHA-256 of the draft's values when the workbook was made; absent if none was
 *     open
 */
record WorkbookMetadata(
    String templateCode,
    int templateVersion,
    UUID obligationId,
    UUID platformId,
    Long filingVersion,
    String draftDigest) {

  static final String TEMPLATE_CODE = "carefile.template-code";
  static final String TEMPLATE_VERSION = "carefile.template-version";
  static final String OBLIGATION = "carefile.obligation-id";
  static final String PLATFORM = "carefile.platform-id";
  static final String FILING_VERSION = "carefile.filing-version";
  static final String DRAFT_DIGEST = "carefile.draft-digest";

  private static final List<String> KEYS =
      List.of(TEMPLATE_CODE, TEMPLATE_VERSION, OBLIGATION, PLATFORM, FILING_VERSION, DRAFT_DIGEST);

  /** The entries as written, absent ones as empty text, in a fixed order. */
  Map<String, String> entries() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(TEMPLATE_CODE, templateCode);
    entries.put(TEMPLATE_VERSION, Integer.toString(templateVersion));
    entries.put(OBLIGATION, text(obligationId));
    entries.put(PLATFORM, text(platformId));
    entries.put(FILING_VERSION, text(filingVersion));
    entries.put(DRAFT_DIGEST, text(draftDigest));
    return entries;
  }

  /**
   * The metadata the entries describe, or null when one is missing or cannot be read: a workbook
   * Carefile did not make, or one whose metadata was edited.
   */
  static WorkbookMetadata parse(Map<String, String> entries) {
    if (!entries.keySet().containsAll(KEYS)) {
      return null;
    }
    try {
      String code = entries.get(TEMPLATE_CODE);
      if (code.isBlank()) {
        return null;
      }
      return new WorkbookMetadata(
          code,
          Integer.parseInt(entries.get(TEMPLATE_VERSION)),
          optional(entries.get(OBLIGATION), UUID::fromString),
          optional(entries.get(PLATFORM), UUID::fromString),
          optional(entries.get(FILING_VERSION), Long::valueOf),
          optional(entries.get(DRAFT_DIGEST), digest -> digest));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static <T> T optional(String text, Function<String, T> parse) {
    return text == null || text.isEmpty() ? null : parse.apply(text);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
