package org.microcred.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses. */
public final class Problems {

    public static final String TYPE_BASE = "https://microcred.org/problems/";

    private Problems() {
    }

    public static Response response(ProblemException e, String instance) {
        return response(e.status(), e.slug(), e.title(), e.getMessage(), instance, e.errors());
    }

    public static Response response(int status, String slug, String title, String detail, String instance,
            List<FieldError> errors) {
        Problem body = new Problem(TYPE_BASE + slug, title, status, detail, instance, errors);
        return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(body).build();
    }
}
