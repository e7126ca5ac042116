package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.List;

import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;

/**
 * Zero-based {@code page} and {@code maxRows} query parameters. Without {@code maxRows} the whole list is one
 * page, so {@code page} 0 (the default) returns everything and later pages are empty.
 */
public record Paging(int page, Integer maxRows) {

    public static Paging of(ApiRequest request) {
        Integer page = request.intQueryParam("page");
        Integer maxRows = request.intQueryParam("maxRows");
        if (page != null && page < 0) {
            throw ApiException.invalidField("page", "must be zero or more", page);
        }
        if (maxRows != null && maxRows < 1) {
            throw ApiException.invalidField("maxRows", "must be one or more", maxRows);
        }
        return new Paging(page == null ? 0 : page, maxRows);
    }

    public <T> List<T> apply(List<T> rows) {
        if (maxRows == null) {
            return page == 0 ? rows : List.of();
        }
        long from = (long) page * maxRows;
        if (from >= rows.size()) {
            return List.of();
        }
        return rows.subList((int) from, (int) Math.min(rows.size(), from + maxRows));
    }
}
