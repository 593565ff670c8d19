package org.microcred.common;

/** One reason a request was refused, naming the offending field (a JSON path such as {@code evidence[0].url}). */
public record FieldError(String field, String reason) {
}
