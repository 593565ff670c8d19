package org.microcred.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.microcred.common.ProblemException;
import org.microcred.common.Problems;

/** Authenticates every admin API call ({@code /api/v1/**} except the public verifier) by its bearer key. */
public class ApiKeyAuthFilter {

    private static final String PUBLIC_VERIFY = "/api/v1/verify";

    private final AdminKeyService adminKeys;
    private final ApiKeyService apiKeys;
    private final CallerContext callerContext;

    public ApiKeyAuthFilter(AdminKeyService adminKeys, ApiKeyService apiKeys, CallerContext callerContext) {
        this.adminKeys = adminKeys;
        this.apiKeys = apiKeys;
        this.callerContext = callerContext;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response authenticate(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/+", "");
        if (!path.startsWith("/api/") || path.equals(PUBLIC_VERIFY)) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return refuse(request, "missing API key: send Authorization: Bearer <key>");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            return refuse(request, "the Authorization header must be: Bearer <key>");
        }
        String secret = header.substring(7).strip();
        if (adminKeys.isAdmin(secret)) {
            callerContext.set(Caller.administrator());
            return null;
        }
        Optional<Caller> issuer = apiKeys.authenticate(secret);
        if (issuer.isEmpty()) {
            return refuse(request, "unknown or revoked API key");
        }
        callerContext.set(issuer.get());
        return null;
    }

    private static Response refuse(ContainerRequestContext request, String detail) {
        Response problem = Problems.response(ProblemException.unauthorized(detail),
                request.getUriInfo().getRequestUri().getRawPath());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"microcred\"")
                .build();
    }
}
