package org.microcred.stack;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.microcred.assertion.RecipientIdentity;
import org.microcred.security.CallerContext;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stacks")
@SecurityRequirement(name = "apiKey")
public class StackResource {

    private final StackService stacks;
    private final CallerContext callers;

    public StackResource(StackService stacks, CallerContext callers) {
        this.stacks = stacks;
        this.callers = callers;
    }

    @POST
    @Path("/issuers/{issuerId}/stacks")
    @Operation(operationId = "createStack", summary = "Define a stack of badge classes",
            description = "Recipients who already hold enough of its badges complete it at once.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = StackRequests.StackView.class)))
    public Response create(@PathParam("issuerId") UUID issuerId, @Valid @NotNull StackRequests.Create request) {
        Stack stack = stacks.create(callers.caller(), issuerId, request);
        return Response.created(URI.create("/api/v1/stacks/" + stack.id)).entity(stacks.view(stack)).build();
    }

    @GET
    @Path("/issuers/{issuerId}/stacks")
    @Operation(operationId = "listStacks", summary = "List an issuer's stacks")
    @APIResponse(responseCode = "200", description = "The stacks")
    public List<StackRequests.StackView> list(@PathParam("issuerId") UUID issuerId) {
        return stacks.list(callers.caller(), issuerId).stream().map(stacks::view).toList();
    }

    @GET
    @Path("/stacks/{stackId}")
    @Operation(operationId = "getStack", summary = "Get a stack")
    @APIResponse(responseCode = "200", description = "The stack")
    public StackRequests.StackView get(@PathParam("stackId") UUID stackId) {
        return stacks.view(stacks.get(callers.caller(), stackId));
    }

    @GET
    @Path("/stacks/{stackId}/progress")
    @Operation(operationId = "stackProgress", summary = "A recipient's progress through a stack",
            description = "Earned (live awards only: neither revoked nor expired), missing, complete, completedOn.")
    @APIResponse(responseCode = "200", description = "The progress")
    public StackRequests.Progress progress(@PathParam("stackId") UUID stackId,
            @Parameter(description = "The recipient's email, URL or E.164 telephone", required = true)
            @QueryParam("recipient") @NotBlank String recipient,
            @QueryParam("recipientType") @Pattern(regexp = "email|url|telephone",
                    message = "must be one of: email, url, telephone") String recipientType) {
        return stacks.progress(callers.caller(), stackId,
                RecipientIdentity.fromQuery(recipientType, recipient));
    }
}
