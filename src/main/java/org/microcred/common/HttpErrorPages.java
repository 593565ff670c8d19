package org.microcred.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced larger than the limit with a problem+json 413, before it is read; the HTTP layer's own
 * refusal would go out empty.
 */
@Singleton
public class HttpErrorPages {

    private final long maxBodyBytes;

    public HttpErrorPages(@ConfigProperty(name = "microcred.max-body-bytes") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @RouteFilter(Integer.MAX_VALUE)
    void limitBody(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodyBytes) {
            Problem problem = new Problem(Problems.TYPE_BASE + "payload-too-large", "Payload Too Large", 413,
                    "the request body is larger than " + maxBodyBytes + " bytes", context.request().path(),
                    List.of());
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(Json.encode(problem));
            return;
        }
        context.next();
    }
}
