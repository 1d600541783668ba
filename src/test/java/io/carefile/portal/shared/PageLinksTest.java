package io.carefile.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.common.paging.Page;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageLinksTest {

  @ParameterizedTest(name = "page {0} of {1} items: previous {2}, next {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "1, 0, -, -",
        "1, 10, -, -",
        "1, 11, -, /list?page=2",
        "1, 25, -, /list?page=2",
        "2, 25, /list?page=1, /list?page=3",
        "3, 25, /list?page=2, -",
        "7, 25, /list?page=6, -"
      })
  void linksGoToThePagesThatExist(int page, long items, String previous, String next) {
    long pages = (items + 9) / 10;
    PageLinks links =
        PageLinks.of(
            new Page<>(List.of(), page, 10, items, pages), number -> "/list?page=" + number);
    assertThat(links.previous()).isEqualTo(previous);
    assertThat(links.next()).isEqualTo(next);
    assertThat(links.any()).isEqualTo(previous != null || next != null);
  }
}
