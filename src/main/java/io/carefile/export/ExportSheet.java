package io.carefile.export;

import java.util.List;
import java.util.Objects;

/**
 * A data sheet of a one-record export (a return in full), with its rows: such a sheet holds at most
 * a few hundred rows, so they are given whole rather than read a page at a time.
 *
 * @param <R> the sheet's row
 */
public record ExportSheet<R>(String name, List<Column<R>> columns, List<R> rows) {

  public ExportSheet {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
