package org.microcred.issuer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.microcred.common.MergePatch;
import org.microcred.common.PublicUrls;
import org.microcred.issuer.IssuerResponses.ApiKeyView;
import org.microcred.issuer.IssuerResponses.CreatedApiKeyView;
import org.microcred.issuer.IssuerResponses.IssuerView;
import org.microcred.security.ApiKeyService;
import org.microcred.security.CallerContext;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Issuers")
@SecurityRequirement(name = "apiKey")
public class IssuerResource {

    private final IssuerService issuers;
    private final ApiKeyService apiKeys;
    private final CallerContext callers;
    private final PublicUrls urls;
    private final MergePatch.Reader patches;

    public IssuerResource(IssuerService issuers, ApiKeyService apiKeys, CallerContext callers, PublicUrls urls,
            MergePatch.Reader patches) {
        this.issuers = issuers;
        this.apiKeys = apiKeys;
        this.callers = callers;
        this.urls = urls;
        this.patches = patches;
    }

    @POST
    @Path("/issuers")
    @Operation(operationId = "createIssuer", summary = "Create an issuer (admin key)",
            description = "Creates the issuer and its first RS256 signing key.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = IssuerView.class)))
    public Response create(@Valid @NotNull IssuerRequests.Create request) {
        callers.requireAdmin();
        Issuer issuer = issuers.create(request);
        return Response.created(URI.create("/api/v1/issuers/" + issuer.id)).entity(view(issuer)).build();
    }

    @GET
    @Path("/issuers")
    @Operation(operationId = "listIssuers", summary = "List the issuers the caller may see")
    @APIResponse(responseCode = "200", description = "The issuers")
    public List<IssuerView> list() {
        return issuers.list(callers.caller()).stream().map(this::view).toList();
    }

    @GET
    @Path("/issuers/{issuerId}")
    @Operation(operationId = "getIssuer", summary = "Get an issuer")
    @APIResponse(responseCode = "200", description = "The issuer")
    public IssuerView get(@PathParam("issuerId") UUID issuerId) {
        return view(issuers.get(callers.caller(), issuerId));
    }

    @PATCH
    @Path("/issuers/{issuerId}")
    @Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE})
    @Operation(operationId = "updateIssuer", summary = "Update an issuer",
            description = "Absent fields are left alone; null clears an optional field.")
    @APIResponse(responseCode = "200", description = "The updated issuer")
    @RequestBody(content = @Content(schema = @Schema(implementation = IssuerRequests.Update.class)))
    public IssuerView update(@PathParam("issuerId") UUID issuerId, JsonNode body) throws JsonProcessingException {
        return view(issuers.update(callers.caller(), issuerId, patches.read(body, IssuerRequests.Update.class)));
    }

    @POST
    @Path("/issuers/{issuerId}/api-keys")
    @Operation(operationId = "createApiKey", summary = "Create an API key for an issuer (admin key)",
            description = "The key is in this response only; MicroCred keeps just its hash.")
    @APIResponse(responseCode = "201", description = "Created; the key is shown once",
            content = @Content(schema = @Schema(implementation = CreatedApiKeyView.class)))
    public Response createApiKey(@PathParam("issuerId") UUID issuerId, @Valid IssuerRequests.CreateApiKey request) {
        var created = issuers.createApiKey(callers.requireAdmin(), issuerId, request == null ? null : request.label());
        var key = created.key();
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedApiKeyView(key.id, key.issuerId, key.label, key.keyPrefix, created.secret(),
                        key.createdAt))
                .build();
    }

    @GET
    @Path("/issuers/{issuerId}/api-keys")
    @Operation(operationId = "listApiKeys", summary = "List an issuer's API keys (admin key)")
    @APIResponse(responseCode = "200", description = "The keys, without their secrets")
    public List<ApiKeyView> listApiKeys(@PathParam("issuerId") UUID issuerId) {
        issuers.get(callers.requireAdmin(), issuerId);
        return apiKeys.list(issuerId).stream().map(ApiKeyView::of).toList();
    }

    @DELETE
    @Path("/api-keys/{keyId}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key (admin key)",
            description = "The key stops working at once; its record is kept.")
    @APIResponse(responseCode = "200", description = "The revoked key")
    public ApiKeyView revokeApiKey(@PathParam("keyId") UUID keyId) {
        callers.requireAdmin();
        return ApiKeyView.of(apiKeys.revoke(keyId));
    }

    private IssuerView view(Issuer issuer) {
        return IssuerView.of(issuer, urls.issuer(issuer.id));
    }
}
