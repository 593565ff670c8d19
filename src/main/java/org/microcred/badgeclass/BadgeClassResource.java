package org.microcred.badgeclass;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.microcred.common.MergePatch;
import org.microcred.common.Page;
import org.microcred.common.QueryParams;
import org.microcred.security.CallerContext;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Badge classes")
@SecurityRequirement(name = "apiKey")
public class BadgeClassResource {

    private final BadgeClassService badges;
    private final CallerContext callers;
    private final MergePatch.Reader patches;

    public BadgeClassResource(BadgeClassService badges, CallerContext callers, MergePatch.Reader patches) {
        this.badges = badges;
        this.callers = callers;
        this.patches = patches;
    }

    @POST
    @Path("/issuers/{issuerId}/badge-classes")
    @Operation(operationId = "createBadgeClass", summary = "Define a badge class")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = BadgeClassView.class)))
    public Response create(@PathParam("issuerId") UUID issuerId, @Valid @NotNull BadgeClassRequests.Create request) {
        BadgeClass badge = badges.create(callers.caller(), issuerId, request);
        return Response.created(URI.create("/api/v1/badge-classes/" + badge.id)).entity(badges.view(badge)).build();
    }

    @GET
    @Path("/issuers/{issuerId}/badge-classes")
    @Operation(operationId = "listBadgeClasses", summary = "List an issuer's badge classes")
    @APIResponse(responseCode = "200", description = "One page of badge classes, oldest first")
    public Page<BadgeClassView> list(@PathParam("issuerId") UUID issuerId,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "200", defaultValue = "50")) @QueryParam("size") String size) {
        return badges.list(callers.caller(), issuerId, QueryParams.integer("page", page, 0, 0, QueryParams.MAX_PAGE),
                QueryParams.integer("size", size, 50, 1, 200)).map(badges::view);
    }

    @GET
    @Path("/badge-classes/{badgeClassId}")
    @Operation(operationId = "getBadgeClass", summary = "Get a badge class")
    @APIResponse(responseCode = "200", description = "The badge class")
    public BadgeClassView get(@PathParam("badgeClassId") UUID badgeClassId) {
        return badges.view(badges.get(callers.caller(), badgeClassId));
    }

    @PATCH
    @Path("/badge-classes/{badgeClassId}")
    @Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE})
    @Operation(operationId = "updateBadgeClass", summary = "Update a badge class",
            description = "A merge patch. Awards already issued keep the contact hours and expiry they were issued "
                    + "with; the public BadgeClass document shows the new values.")
    @APIResponse(responseCode = "200", description = "The updated badge class")
    @RequestBody(content = @Content(schema = @Schema(implementation = BadgeClassRequests.Update.class)))
    public BadgeClassView update(@PathParam("badgeClassId") UUID badgeClassId, JsonNode body)
            throws JsonProcessingException {
        var patch = patches.read(body, BadgeClassRequests.Update.class);
        return badges.view(badges.update(callers.caller(), badgeClassId, patch));
    }
}
