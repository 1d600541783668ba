package io.carefile.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to fetch the rest. */
@Schema(name = "Page")
public record Page<T>(
    @Schema(description = "The items on this page") List<T> items,
    @Schema(description = "This page's number, from 1") int page,
    @Schema(description = "Requested items per page") int size,
    @Schema(description = "Items in the whole list") long totalItems,
    @Schema(description = "Pages in the whole list") long totalPages) {

  public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
    long pages = (totalItems + request.size - 1) / request.size;
    return new Page<>(List.copyOf(items), request.page, request.size, totalItems, pages);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
