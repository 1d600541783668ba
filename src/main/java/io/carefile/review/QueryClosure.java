package io.carefile.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QueryClosure", description = "Close a query: nothing more is said in it")
public record QueryClosure(
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "The query's version you read; a stale one is refused",
            required = true)
        Long expectedVersion) {}
