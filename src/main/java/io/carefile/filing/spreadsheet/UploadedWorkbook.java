package io.carefile.filing.spreadsheet;

import io.carefile.common.error.ProblemException;
import io.carefile.filing.spreadsheet.WorkbookLayout.Place;
import io.carefile.filing.spreadsheet.WorkbookLayout.SectionSheet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An uploaded workbook, read as a stream of its parts' XML (POI's {@link XSSFReader} over the
 * package on its temporary file, shared strings from {@link ReadOnlySharedStringsTable}), never as
 * a whole workbook in memory. Only the metadata and the answer cells are kept; rows and columns are
 * counted as they pass and a sheet beyond the limits stops the reading.
 */
final class UploadedWorkbook implements AutoCloseable {

  private static final Pattern CUSTOM_PROPERTIES = Pattern.compile("/docProps/custom\\.xml");
  private static final String MAIN_NAMESPACE =
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** Excel's own limit on the characters of a cell. */
  private static final int LONGEST_CELL_TEXT = 32_767;

  private final SpreadsheetConfig limits;
  private final OPCPackage pack;
  private final ReadOnlySharedStringsTable sharedStrings;
  private final Map<String, PackagePart> sheets = new LinkedHashMap<>();
  private final boolean date1904;

  private UploadedWorkbook(SpreadsheetConfig limits, OPCPackage pack) {
    this.limits = limits;
    this.pack = pack;
    try {
      XSSFReader reader = new XSSFReader(pack);
      this.sharedStrings = new ReadOnlySharedStringsTable(pack, false);
      DateSystemHandler dateSystem = new DateSystemHandler();
      try (InputStream workbook = reader.getWorkbookData()) {
        parse(workbook, dateSystem);
      }
      this.date1904 = dateSystem.date1904;
      XSSFReader.SheetIterator iterator = reader.getSheetIterator();
      while (iterator.hasNext()) {
        try (InputStream ignored = iterator.next()) {
          sheets.put(iterator.getSheetName(), iterator.getSheetPart());
        }
        if (sheets.size() > limits.maxSheets()) {
          throw new ProblemException(
              SpreadsheetProblems.WORKBOOK_TOO_MANY_SHEETS,
              "The workbook has more than " + limits.maxSheets() + " sheets");
        }
      }
    } catch (IOException | OpenXML4JException | SAXException e) {
      throw unreadable();
    } catch (ProblemException e) {
      throw e;
    } catch (RuntimeException e) {
      // POI refuses a malformed package with unchecked exceptions of many kinds.
      throw unreadable();
    }
  }

  /** Opens the package of a file {@link WorkbookScreen} has let through. */
  static UploadedWorkbook open(Path file, SpreadsheetConfig limits) {
    OPCPackage pack;
    try {
      pack = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      // POI refuses a malformed package with unchecked exceptions of many kinds.
      throw unreadable();
    }
    try {
      return new UploadedWorkbook(limits, pack);
    } catch (RuntimeException e) {
      pack.revert();
      throw e;
    }
  }

  /**
   * What the workbook says it was made for: its custom document properties and its metadata sheet,
   * which must agree; null when either is missing or they differ.
   */
  WorkbookMetadata metadata() {
    Map<String, String> properties = customProperties();
    PackagePart sheet = sheets.get(WorkbookLayout.METADATA);
    if (properties == null || sheet == null) {
      return null;
    }
    Map<String, String> onSheet = new HashMap<>();
    Map<String, SheetCell> cells = cells(sheet, WorkbookLayout.METADATA);
    for (int row = 1; cells.containsKey("A" + row); row++) {
      SheetCell value = cells.get("B" + row);
      onSheet.put(cells.get("A" + row).text(), value == null ? "" : value.text());
    }
    WorkbookMetadata fromProperties = WorkbookMetadata.parse(properties);
    return fromProperties != null && Objects.equals(fromProperties, WorkbookMetadata.parse(onSheet))
        ? fromProperties
        : null;
  }

  /** The answer cell of every field of the layout, by field code, blank where nothing is. */
  Map<String, SheetCell> answers(WorkbookLayout layout) {
    Map<String, SheetCell> answers = new LinkedHashMap<>();
    for (SectionSheet section : layout.sheets()) {
      PackagePart part = sheets.get(section.name());
      if (part == null) {
        throw new ProblemException(
            SpreadsheetProblems.WORKBOOK_LAYOUT_CHANGED,
            "The workbook has no sheet named \"" + section.name() + "\" for that section");
      }
      Map<String, SheetCell> cells = cells(part, section.name());
      for (Place place : section.places()) {
        String codeCell =
            WorkbookLayout.columnLetter(WorkbookLayout.CODE_COLUMN) + (place.row() + 1);
        SheetCell code = cells.get(codeCell);
        if (code == null || !place.field().code().equals(code.text())) {
          throw new ProblemException(
              SpreadsheetProblems.WORKBOOK_LAYOUT_CHANGED,
              WorkbookLayout.quoted(section.name())
                  + "!"
                  + codeCell
                  + " should name the field "
                  + place.field().code()
                  + ": rows were moved, added or removed");
        }
        String answerCell =
            WorkbookLayout.columnLetter(WorkbookLayout.ANSWER_COLUMN) + (place.row() + 1);
        SheetCell answer = cells.get(answerCell);
        answers.put(
            place.field().code(),
            answer == null
                ? SheetCell.blank(place.reference())
                : new SheetCell(place.reference(), answer.kind(), answer.text(), answer.formula()));
      }
    }
    return answers;
  }

  /** The cells of columns A to C of a sheet, by reference (A5), counting every row and column. */
  private Map<String, SheetCell> cells(PackagePart part, String sheetName) {
    SheetHandler handler = new SheetHandler(sheetName);
    parse(part, handler);
    return handler.cells;
  }

  private Map<String, String> customProperties() {
    List<PackagePart> parts;
    try {
      parts = pack.getPartsByName(CUSTOM_PROPERTIES);
    } catch (RuntimeException e) {
      throw unreadable();
    }
    if (parts.size() != 1) {
      return null;
    }
    PropertiesHandler handler = new PropertiesHandler();
    parse(parts.getFirst(), handler);
    return handler.properties;
  }

  /**
   * Whether the workbook counts dates from 1904 (older Excel for Mac) rather than from 1900, as its
   * workbook part says.
   */
  boolean date1904() {
    return date1904;
  }

  private static void parse(PackagePart part, ContentHandler handler) {
    try (InputStream in = part.getInputStream()) {
      parse(in, handler);
    } catch (IOException e) {
      throw unreadable();
    }
  }

  private static void parse(InputStream in, ContentHandler handler) {
    try {
      XMLReader reader = XMLHelper.newXMLReader();
      reader.setContentHandler(handler);
      reader.parse(new InputSource(in));
    } catch (LimitReached e) {
      throw e.problem;
    } catch (ProblemException e) {
      throw e;
    } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
      // A cell reference or number POI cannot read is as unreadable as XML that does not parse.
      throw unreadable();
    }
  }

  private static ProblemException unreadable() {
    return new ProblemException(
        SpreadsheetProblems.WORKBOOK_UNREADABLE,
        "The workbook's contents cannot be read: save it again as an Excel workbook (.xlsx)");
  }

  @Override
  public void close() {
    pack.revert();
  }

  /** Stops the parser where a limit is reached, carrying the refusal out of it. */
  private static final class LimitReached extends SAXException {

    private final transient ProblemException problem;

    LimitReached(ProblemException problem) {
      super(problem.getMessage());
      this.problem = problem;
    }
  }

  /** Reads a worksheet's rows and cells: columns A to C kept, everything counted. */
  private final class SheetHandler extends DefaultHandler {

    private final String sheetName;
    private final Map<String, SheetCell> cells = new HashMap<>();
    private int rows;
    private String reference;
    private String type;
    private boolean formula;
    private boolean keep;
    private boolean inValue;
    private boolean inInlineText;
    private final StringBuilder text = new StringBuilder();

    SheetHandler(String sheetName) {
      this.sheetName = sheetName;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes)
        throws SAXException {
      if (!MAIN_NAMESPACE.equals(uri)) {
        return;
      }
      switch (local) {
        case "row" -> {
          rows++;
          String number = attributes.getValue("r");
          long row = number == null ? rows : parseNumber(number);
          if (rows > limits.maxRows() || row > limits.maxRows()) {
            throw new LimitReached(
                new ProblemException(
                    SpreadsheetProblems.WORKBOOK_TOO_MANY_ROWS,
                    "The sheet \""
                        + sheetName
                        + "\" has more than "
                        + limits.maxRows()
                        + " rows; a template's sheet has a few dozen"));
          }
        }
        case "c" -> {
          reference = attributes.getValue("r");
          type = attributes.getValue("t");
          formula = false;
          text.setLength(0);
          int column = reference == null ? 0 : new CellReference(reference).getCol();
          if (column >= limits.maxColumns()) {
            throw new LimitReached(
                new ProblemException(
                    SpreadsheetProblems.WORKBOOK_TOO_MANY_COLUMNS,
                    "The sheet \""
                        + sheetName
                        + "\" has a cell in column "
                        + WorkbookLayout.columnLetter(column)
                        + "; a sheet may use at most "
                        + limits.maxColumns()
                        + " columns"));
          }
          keep = reference != null && column <= WorkbookLayout.ANSWER_COLUMN;
        }
        case "f" -> formula = true;
        case "v" -> inValue = true;
        case "t" -> inInlineText = "inlineStr".equals(type);
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (keep && (inValue || inInlineText)) {
        if (text.length() + length > LONGEST_CELL_TEXT) {
          throw new LimitReached(
              new ProblemException(
                  SpreadsheetProblems.WORKBOOK_UNREADABLE,
                  reference + " on \"" + sheetName + "\" holds more text than a cell can"));
        }
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (!MAIN_NAMESPACE.equals(uri)) {
        return;
      }
      switch (local) {
        case "v" -> inValue = false;
        case "t" -> inInlineText = false;
        case "c" -> {
          if (keep) {
            cells.put(reference, cell());
          }
          keep = false;
        }
        default -> {}
      }
    }

    private SheetCell cell() {
      String value = text.toString();
      SheetCell.Kind kind;
      if (type == null || "n".equals(type)) {
        kind = value.isEmpty() ? SheetCell.Kind.BLANK : SheetCell.Kind.NUMBER;
      } else {
        kind =
            switch (type) {
              case "s" -> SheetCell.Kind.TEXT;
              case "b" -> SheetCell.Kind.BOOLEAN;
              case "e" -> SheetCell.Kind.ERROR;
              default -> SheetCell.Kind.TEXT;
            };
      }
      if ("s".equals(type)) {
        value = sharedString(value);
      }
      return new SheetCell(reference, kind, value, formula);
    }

    private String sharedString(String index) {
      try {
        return sharedStrings.getItemAt(Integer.parseInt(index)).getString();
      } catch (RuntimeException e) {
        throw unreadable();
      }
    }

    private long parseNumber(String number) throws SAXException {
      try {
        return Long.parseLong(number);
      } catch (NumberFormatException e) {
        throw new LimitReached(unreadable());
      }
    }
  }

  /** Reads the workbook part's date system: {@code <workbookPr date1904="1"/>}. */
  private static final class DateSystemHandler extends DefaultHandler {

    private boolean date1904;

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      if (MAIN_NAMESPACE.equals(uri) && "workbookPr".equals(local)) {
        String value = attributes.getValue("date1904");
        date1904 = "1".equals(value) || "true".equals(value);
      }
    }
  }

  /** Reads docProps/custom.xml: each property's name and its text value. */
  private static final class PropertiesHandler extends DefaultHandler {

    private final Map<String, String> properties = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private String name;

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      if ("property".equals(local)) {
        name = attributes.getValue("name");
        text.setLength(0);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (name != null) {
        if (text.length() + length > LONGEST_CELL_TEXT) {
          throw new LimitReached(unreadable());
        }
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if ("property".equals(local) && name != null) {
        properties.put(name, text.toString());
        name = null;
      }
    }
  }
}
