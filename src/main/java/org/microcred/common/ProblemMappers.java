package org.microcred.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as RFC 9457 problem+json: never a stack trace, never a 500 for a client's mistake. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Database constraints that back a rule in code: a race past the code check still gets the right answer. */
    private static final Map<String, ProblemException> CONSTRAINT_PROBLEMS = Map.of(
            "assertion_exclusive_award_idx", ProblemException.conflict("duplicate-award",
                    "the recipient already holds this badge class, which may not be held twice", "recipient"));

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e, path(uri));
    }

    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason))
                .toList();
        return Problems.response(ProblemException.invalid(errors), path(uri));
    }

    @ServerExceptionMapper
    public Response rejected(JacksonConfig.RejectedValueException e, UriInfo uri) {
        String field = jsonPath(e);
        return Problems.response(ProblemException.invalid(field.isEmpty() ? "body" : field, e.getOriginalMessage()),
                path(uri));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return Problems.response(ProblemException.invalid(jsonPath(e), "unknown field"), path(uri));
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e, UriInfo uri) {
        String expected = e.getTargetType() == null ? "value" : describe(e.getTargetType());
        return Problems.response(ProblemException.invalid(jsonPath(e), "must be " + expected), path(uri));
    }

    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e, UriInfo uri) {
        String expected = e.getTargetType() == null ? "a different JSON type" : describe(e.getTargetType());
        String field = jsonPath(e);
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return Problems.response(ProblemException.invalid("body", "unexpected data after the JSON value"),
                    path(uri));
        }
        if (field.isEmpty()) {
            return Problems.response(ProblemException.invalid("body", "must be a JSON object"), path(uri));
        }
        return Problems.response(ProblemException.invalid(field, "must be " + expected), path(uri));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Problems.response(ProblemException.invalid("body", "malformed JSON" + where), path(uri));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String reason = original.startsWith("Numeric value") ? "number out of range"
                : original.isEmpty() ? "invalid JSON" : firstLine(original);
        return Problems.response(ProblemException.invalid(field.isEmpty() ? "body" : field, reason), path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        String detail;
        if (e instanceof NotFoundException) {
            detail = "no resource at this path";
        } else if (e instanceof NotAllowedException) {
            detail = "method not allowed on this path";
        } else if (e instanceof NotSupportedException) {
            detail = "unsupported Content-Type; send application/json";
        } else if (e instanceof NotAcceptableException) {
            detail = "no representation matches the Accept header";
        } else {
            detail = Response.Status.fromStatusCode(status) == null ? "request failed"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        Response problem = Problems.response(status, slug(title), title, detail, path(uri), List.of());
        if (e instanceof NotAllowedException && !e.getResponse().getAllowedMethods().isEmpty()) {
            return Response.fromResponse(problem).allow(e.getResponse().getAllowedMethods()).build();
        }
        return problem;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof java.io.IOException io && "Request too large".equals(io.getMessage())) {
                // The HTTP layer has already answered 413; no incident to log.
                return Problems.response(413, "payload-too-large", "Payload Too Large",
                        "the request body exceeds the size limit", path(uri), List.of());
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                ProblemException known = CONSTRAINT_PROBLEMS.get(violation.getConstraintName());
                if (known != null) {
                    return problem(known, uri);
                }
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return Problems.response(500, "internal-error", "Internal Server Error",
                "an unexpected error occurred; incident " + incident, path(uri), List.of());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** {@code create.request.evidence[0].url} becomes {@code evidence[0].url}; a query parameter keeps its name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        boolean afterParameter = false;
        String parameterName = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                afterParameter = true;
                parameterName = node.getName();
                continue;
            }
            if (!afterParameter) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // A null list element: alignments[0], not alignments.
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            if (parameterName == null) {
                return violation.getPropertyPath().toString();
            }
            // Resource methods name their JSON body parameter "request" or "body".
            return parameterName.equals("request") || parameterName.equals("body") ? "body" : parameterName;
        }
        return field.toString();
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            StringBuilder names = new StringBuilder();
            for (Object value : values) {
                names.append(names.isEmpty() ? "" : ", ").append(value.toString());
            }
            return "one of: " + names;
        }
        return switch (type.getSimpleName()) {
            case "String" -> "a string";
            case "BigDecimal", "Double", "Float", "double", "float" -> "a number";
            case "Integer", "Long", "int", "long" -> "an integer";
            case "Boolean", "boolean" -> "true or false";
            case "Instant", "OffsetDateTime" -> "an ISO 8601 date-time such as 2026-01-31T12:00:00Z";
            case "LocalDate" -> "an ISO 8601 date such as 2026-01-31";
            case "Period" -> "an ISO 8601 period such as P4Y";
            case "UUID" -> "a UUID";
            default -> java.util.Collection.class.isAssignableFrom(type) ? "an array"
                    : type.isRecord() || Map.class.isAssignableFrom(type) ? "an object" : "a valid value";
        };
    }

    /** Jackson's message without its source location and parser internals. */
    private static String firstLine(String message) {
        String line = message.split("\n", 2)[0];
        for (String tail : new String[] {" (start marker", " at [Source"}) {
            int at = line.indexOf(tail);
            if (at >= 0) {
                line = line.substring(0, at);
            }
        }
        return line;
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
