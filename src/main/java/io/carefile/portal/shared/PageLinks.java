package io.carefile.portal.shared;

import io.carefile.common.paging.Page;
import java.util.function.IntFunction;

/**
 * The "Previous" and "Next" links of a paged list, as {@code tags/pagination.html} shows them: each
 * null where there is no such page. Every paged portal list builds its links here, so the first and
 * last pages are decided in one place.
 */
public record PageLinks(String previous, String next) {

  /** No links: the list is not shown, or fits on one page. */
  public static final PageLinks NONE = new PageLinks(null, null);

  /**
   * The links around the page shown.
   *
   * @param pageAddress the address of the list's page with this number, filters kept
   */
  public static PageLinks of(Page<?> page, IntFunction<String> pageAddress) {
    return new PageLinks(
        page.page() > 1 ? pageAddress.apply(page.page() - 1) : null,
        page.page() < page.totalPages() ? pageAddress.apply(page.page() + 1) : null);
  }

  /**
   * The page number a visitor asked for, as sent in {@code ?page=}: anything but a whole number
   * from 1 (missing, blank, text, 0, negative, too large) is the first page, never an error page.
   */
  public static int requested(String sent) {
    try {
      return sent == null ? 1 : Math.max(1, Integer.parseInt(sent.strip()));
    } catch (NumberFormatException notAPageNumber) {
      return 1;
    }
  }

  /** Whether there is a page before or after this one. */
  public boolean any() {
    return previous != null || next != null;
  }
}
