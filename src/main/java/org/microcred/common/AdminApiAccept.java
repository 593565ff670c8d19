package org.microcred.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The admin API speaks only JSON. A client whose Accept header names something else (text/html,
 * application/problem+json) gets JSON anyway, so that it sees the real answer (a 401, a 404) rather than a 406.
 */
public class AdminApiAccept {

    @ServerRequestFilter(preMatching = true)
    public void acceptJson(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        boolean json = request.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE));
        if (!json) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }
}
