package io.carefile.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The one paging convention: {@code ?page=1&size=50}, pages counted from 1. */
public class PageRequest {

  public static final int MAX_SIZE = 200;

  @QueryParam("page")
  @DefaultValue("1")
  @Min(value = 1, message = "must be 1 or more")
  @Parameter(description = "Page number, from 1")
  public int page = 1;

  @QueryParam("size")
  @DefaultValue("50")
  @Min(value = 1, message = "must be 1 or more")
  @Max(value = MAX_SIZE, message = "must be " + MAX_SIZE + " or less")
  @Parameter(description = "Items per page, 1 to " + MAX_SIZE)
  public int size = 50;

  public static PageRequest of(int page, int size) {
    PageRequest request = new PageRequest();
    request.page = page;
    request.size = size;
    return request;
  }

  public int offset() {
    return (page - 1) * size;
  }
}
