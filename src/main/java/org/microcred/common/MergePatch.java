package org.microcred.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * A JSON merge-patch body (RFC 7396): the fields present, typed as {@code T}. An absent field is left alone; a field
 * present as null clears an optional value. {@code T}'s constraints must accept null (absent) values.
 */
public record MergePatch<T>(T values, JsonNode body) {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    public boolean has(String field) {
        return body.has(field);
    }

    /** Present and null: the client asked to clear the field. */
    public boolean clears(String field) {
        return body.has(field) && body.get(field).isNull();
    }

    /** Reads and validates patch bodies. */
    @ApplicationScoped
    public static class Reader {

        private final ObjectMapper mapper;
        private final Validator validator;

        public Reader(ObjectMapper mapper, Validator validator) {
            this.mapper = mapper;
            this.validator = validator;
        }

        public <T> MergePatch<T> read(JsonNode body, Class<T> type) throws JsonProcessingException {
            if (!(body instanceof ObjectNode)) {
                throw ProblemException.invalid("body", "must be a JSON object");
            }
            T values = mapper.treeToValue(body, type);
            Set<ConstraintViolation<T>> violations = validator.validate(values);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return new MergePatch<>(values, body);
        }
    }
}
