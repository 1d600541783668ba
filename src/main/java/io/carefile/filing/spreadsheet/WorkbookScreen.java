package io.carefile.filing.spreadsheet;

import io.carefile.common.error.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks at an uploaded file before any parser does: is it a zip of a workbook, and is every part of
 * it within what a workbook holds. Each part is inflated once into a small buffer and thrown away,
 * so memory stays flat whatever the file claims; a part that expands too far or declares a document
 * type (where external and recursive entities live) is refused without being parsed.
 */
final class WorkbookScreen {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] PDF = {'%', 'P', 'D', 'F'};
  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);

  /** Below this a part's ratio is not judged: tiny parts compress badly or absurdly well. */
  private static final long RATIO_GRACE_BYTES = 64 * 1024;

  private final SpreadsheetConfig limits;

  WorkbookScreen(SpreadsheetConfig limits) {
    this.limits = limits;
  }

  void screen(Path file, long size) {
    if (size > limits.maxUploadSize().asLongValue()) {
      throw new ProblemException(
          SpreadsheetProblems.WORKBOOK_TOO_LARGE,
          "The workbook is "
              + size
              + " bytes; uploads may be at most "
              + limits.maxUploadSize().asLongValue()
              + " bytes");
    }
    requireZip(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.maxEntries()) {
        throw new ProblemException(
            SpreadsheetProblems.WORKBOOK_TOO_MANY_ENTRIES,
            "The file holds "
                + zip.size()
                + " parts; a workbook may hold at most "
                + limits.maxEntries());
      }
      Set<String> names = new HashSet<>();
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        // Part names are case-insensitive in a package (ECMA-376 part 2).
        if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
          throw new ProblemException(
              SpreadsheetProblems.WORKBOOK_DUPLICATE_ENTRY,
              "The file holds the part " + entry.getName() + " twice");
        }
        inspect(zip, entry);
      }
      if (!names.contains("[content_types].xml") || !names.contains("xl/workbook.xml")) {
        throw new ProblemException(
            SpreadsheetProblems.NOT_A_WORKBOOK,
            "The file is a zip archive but holds no Excel workbook (a Word or other document, or"
                + " a plain archive): upload the .xlsx workbook downloaded from Carefile");
      }
    } catch (IOException e) {
      // The file is a local temporary copy: what fails to read in it is its own damage (a broken
      // central directory, a part shorter than its header says).
      throw new ProblemException(
          SpreadsheetProblems.WORKBOOK_UNREADABLE,
          "The workbook's zip structure is damaged: save it again from Excel or LibreOffice");
    }
  }

  private static void requireZip(Path file) {
    byte[] start = new byte[4];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(start, 0, start.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (read == start.length && Arrays.equals(start, ZIP)) {
      return;
    }
    String what;
    if (read == start.length && Arrays.equals(start, OLE2)) {
      what =
          "an Excel 97-2003 workbook (.xls) or an encrypted one: save it as an unencrypted Excel"
              + " workbook (.xlsx)";
    } else if (read == start.length && Arrays.equals(start, PDF)) {
      what = "a PDF document";
    } else {
      what = "not a workbook (text, CSV or another kind of file)";
    }
    throw new ProblemException(
        SpreadsheetProblems.NOT_A_WORKBOOK,
        "The file is " + what + "; upload the .xlsx workbook downloaded from Carefile");
  }

  /** Inflates the part, counting, and looks for a document type declaration as it goes. */
  private void inspect(ZipFile zip, ZipEntry entry) throws IOException {
    long maxBytes = limits.maxEntrySize().asLongValue();
    boolean xml = isXml(entry.getName());
    Matcher doctype = new Matcher(DOCTYPE);
    Matcher entity = new Matcher(ENTITY);
    long inflated = 0;
    byte[] buffer = new byte[8192];
    try (InputStream in = zip.getInputStream(entry)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        inflated += read;
        if (inflated > maxBytes || tooDense(entry.getCompressedSize(), inflated)) {
          throw new ProblemException(
              SpreadsheetProblems.WORKBOOK_INFLATES_TOO_FAR,
              "The part "
                  + entry.getName()
                  + " expands beyond what a workbook holds (at most "
                  + maxBytes
                  + " bytes, and at least "
                  + limits.minInflateRatio()
                  + " of its expanded size when compressed)");
        }
        if (xml && (doctype.found(buffer, read) | entity.found(buffer, read))) {
          throw new ProblemException(
              SpreadsheetProblems.WORKBOOK_DOCTYPE,
              "The part "
                  + entry.getName()
                  + " declares a document type or entities; a workbook's parts never do");
        }
      }
    }
  }

  private boolean tooDense(long compressed, long inflated) {
    return inflated > RATIO_GRACE_BYTES
        && compressed >= 0
        && (double) compressed / inflated < limits.minInflateRatio();
  }

  private static boolean isXml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
  }

  /** Finds a byte sequence across buffer boundaries, ignoring ASCII case. */
  private static final class Matcher {

    private final byte[] wanted;
    private int matched;

    Matcher(byte[] wanted) {
      this.wanted = wanted;
    }

    boolean found(byte[] buffer, int length) {
      for (int i = 0; i < length; i++) {
        byte next = buffer[i];
        if (same(next, wanted[matched])) {
          matched++;
          if (matched == wanted.length) {
            return true;
          }
        } else {
          matched = same(next, wanted[0]) ? 1 : 0;
        }
      }
      return false;
    }

    private static boolean same(byte a, byte b) {
      return Character.toUpperCase((char) (a & 0xFF)) == Character.toUpperCase((char) (b & 0xFF));
    }
  }
}
