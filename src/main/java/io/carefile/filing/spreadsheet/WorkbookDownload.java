package io.carefile.filing.spreadsheet;

/** A workbook to send, with the name it is saved under. */
public record WorkbookDownload(String fileName, byte[] content) {

  public static final String MEDIA_TYPE = TemplateWorkbookWriter.MEDIA_TYPE;

  /** The Content-Disposition of the download: a plain ASCII name, quoted. */
  public String contentDisposition() {
    return "attachment; filename=\"" + fileName + "\"";
  }
}
