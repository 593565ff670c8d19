package org.microcred.assertion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.microcred.common.Page;
import org.microcred.common.ProblemException;
import org.microcred.common.QueryParams;
import org.microcred.security.CallerContext;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assertions")
@SecurityRequirement(name = "apiKey")
public class AssertionResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    /** The batch response: the created assertions, in request order. */
    @Schema(name = "AssertionBatch")
    public record BatchView(List<AssertionView> assertions) {
    }

    private final AssertionService assertions;
    private final CallerContext callers;

    public AssertionResource(AssertionService assertions, CallerContext callers) {
        this.assertions = assertions;
        this.callers = callers;
    }

    @POST
    @Path("/badge-classes/{badgeClassId}/assertions")
    @Operation(operationId = "issueAssertion", summary = "Issue an assertion (signed by default)",
            description = "Awards the badge class to one recipient, with evidence. A retry with the same "
                    + "Idempotency-Key returns the first result and issues nothing new.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(schema = @Schema(implementation = AssertionView.class)))
    @APIResponse(responseCode = "409", description = "The recipient already holds a badge class that may be held once")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used for a different request")
    public Response issue(@PathParam("badgeClassId") UUID badgeClassId,
            @Parameter(description = "Makes retries safe: the same key returns the same assertion")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull AssertionRequests.Issue request) {
        var issued = assertions.issue(callers.caller(), badgeClassId, List.of(request), false, idempotencyKey);
        Assertion assertion = issued.assertions().get(0);
        return Response.created(URI.create("/api/v1/assertions/" + assertion.id))
                .header(REPLAYED, issued.replayed() ? "true" : null)
                .entity(assertions.view(assertion)).build();
    }

    @POST
    @Path("/badge-classes/{badgeClassId}/assertions/batch")
    @Operation(operationId = "issueAssertionBatch", summary = "Issue many assertions at once, all or nothing",
            description = "Every entry is checked first; one bad entry refuses the whole batch and nothing is "
                    + "written. Honours Idempotency-Key like the single form.")
    @APIResponse(responseCode = "201", description = "All issued, in request order",
            content = @Content(schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "409", description = "A recipient already holds a badge class that may be held once")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used for a different request")
    public Response issueBatch(@PathParam("badgeClassId") UUID badgeClassId,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull AssertionRequests.Batch request) {
        var issued = assertions.issue(callers.caller(), badgeClassId, request.assertions(), true, idempotencyKey);
        return Response.status(Response.Status.CREATED)
                .header(REPLAYED, issued.replayed() ? "true" : null)
                .entity(new BatchView(issued.assertions().stream().map(assertions::view).toList())).build();
    }

    @GET
    @Path("/assertions")
    @Operation(operationId = "listAssertions", summary = "List assertions, newest first",
            description = "Filter by badge class and/or recipient; an issuer key sees only its own.")
    @APIResponse(responseCode = "200", description = "One page of assertions")
    public Page<AssertionView> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("badgeClassId") String badgeClassId,
            @Parameter(description = "The recipient's email, URL or E.164 telephone")
            @QueryParam("recipient") String recipient,
            @QueryParam("recipientType") @Pattern(regexp = "email|url|telephone",
                    message = "must be one of: email, url, telephone") String recipientType,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "200", defaultValue = "50")) @QueryParam("size") String size) {
        if (recipient == null && recipientType != null) {
            throw ProblemException.invalid("recipientType", "needs a recipient");
        }
        RecipientIdentity who = recipient == null ? null
                : RecipientIdentity.fromQuery(recipientType, recipient);
        return assertions.list(callers.caller(), QueryParams.uuid("badgeClassId", badgeClassId), who,
                QueryParams.integer("page", page, 0, 0, QueryParams.MAX_PAGE),
                QueryParams.integer("size", size, 50, 1, 200)).map(assertions::view);
    }

    @GET
    @Path("/assertions/{assertionId}")
    @Operation(operationId = "getAssertion", summary = "Get an assertion")
    @APIResponse(responseCode = "200", description = "The assertion")
    public AssertionView get(@PathParam("assertionId") UUID assertionId) {
        return assertions.view(assertions.get(callers.caller(), assertionId));
    }

    @POST
    @Path("/assertions/{assertionId}/revoke")
    @Operation(operationId = "revokeAssertion", summary = "Revoke an assertion, with a reason",
            description = "The record and reason are kept; the assertion enters the issuer's revocation list and a "
                    + "hosted one answers 410 Gone.")
    @APIResponse(responseCode = "200", description = "The revoked assertion")
    @APIResponse(responseCode = "409", description = "Already revoked")
    public AssertionView revoke(@PathParam("assertionId") UUID assertionId,
            @Valid @NotNull AssertionRequests.Revoke request) {
        return assertions.view(assertions.revoke(callers.caller(), assertionId, request.reason()));
    }
}
