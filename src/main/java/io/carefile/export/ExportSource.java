package io.carefile.export;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import java.util.List;

/**
 * A register that can be exported, contributed by the feature that owns it as a CDI bean, so that
 * exports (and their background job, which finds a source by {@link #name()}) never depend on a
 * feature. The feature declares only what is exported: its columns and its rows.
 *
 * @param <R> one row of the export
 * @param <F> the list's filter: the same {@code @BeanParam} class the JSON list takes, kept with a
 *     background export as JSON of its public fields and read back from it
 */
public interface ExportSource<R, F> {

  /** The source's key, stored with a background export: stable, short, lower case. */
  String name();

  /** What the export is, as its "About" sheet, data sheet and file are named. */
  String title();

  /** The filter's class, for reading a stored filter back. */
  Class<F> filterType();

  List<Column<R>> columns();

  /**
   * One page of the rows matching the filter, in a stable order, in the current tenant scope; the
   * same checks of the filter as the JSON list's (a refusal propagates as the list's would).
   */
  Page<R> page(F filter, PageRequest page);
}
