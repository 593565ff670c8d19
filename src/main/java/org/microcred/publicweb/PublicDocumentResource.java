package org.microcred.publicweb;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.microcred.assertion.Assertion;
import org.microcred.assertion.AssertionService;
import org.microcred.badgeclass.BadgeClassService;
import org.microcred.common.JsonText;
import org.microcred.common.ProblemException;
import org.microcred.common.PublicUrls;
import org.microcred.issuer.Issuer;
import org.microcred.issuer.IssuerService;
import org.microcred.openbadges.v2.AssertionDocument;
import org.microcred.openbadges.v2.BadgeClassDocument;
import org.microcred.openbadges.v2.CryptographicKeyDocument;
import org.microcred.openbadges.v2.OpenBadgesV2;
import org.microcred.openbadges.v2.ProfileDocument;
import org.microcred.openbadges.v2.RevocationListDocument;
import org.microcred.openbadges.v2.RevokedAssertionDocument;
import org.microcred.signing.SigningKeyService;

/**
 * The unauthenticated Open Badges 2.0 documents that verifiers and badge platforms fetch. JSON-LD
 * ({@code application/ld+json}) by default, plain {@code application/json} to a client that accepts only that.
 */
@Path("/public")
@Produces({OpenBadgesV2.JSON_LD, MediaType.APPLICATION_JSON})
@Tag(name = "Public Open Badges documents")
public class PublicDocumentResource {

    private static final MediaType JSON_LD = MediaType.valueOf(OpenBadgesV2.JSON_LD);

    private final IssuerService issuers;
    private final BadgeClassService badges;
    private final AssertionService assertions;
    private final SigningKeyService keys;
    private final PublicUrls urls;
    private final JsonText json;

    public PublicDocumentResource(IssuerService issuers, BadgeClassService badges, AssertionService assertions,
            SigningKeyService keys, PublicUrls urls, JsonText json) {
        this.issuers = issuers;
        this.badges = badges;
        this.assertions = assertions;
        this.keys = keys;
        this.urls = urls;
        this.json = json;
    }

    @GET
    @Path("/issuers/{issuerId}")
    @Operation(operationId = "publicIssuer", summary = "Issuer Profile (Open Badges 2.0)")
    @APIResponse(responseCode = "200", description = "The Issuer Profile with its public keys and revocation list",
            content = @Content(schema = @Schema(implementation = ProfileDocument.class)))
    public Response issuer(@PathParam("issuerId") UUID issuerId, HttpHeaders headers) {
        Issuer issuer = issuers.find(issuerId).orElseThrow(() -> ProblemException.notFound("issuer", issuerId));
        var publicKeys = keys.keysOf(issuerId).stream().map(k -> urls.key(k.id)).toList();
        return document(ProfileDocument.of(urls.issuer(issuer.id), issuer.name, issuer.url, issuer.email,
                issuer.description, issuer.image, publicKeys, urls.revocationList(issuer.id)), headers);
    }

    @GET
    @Path("/issuers/{issuerId}/revocation-list")
    @Operation(operationId = "publicRevocationList", summary = "Issuer's RevocationList (Open Badges 2.0)")
    @APIResponse(responseCode = "200", description = "Every assertion the issuer revoked, with the reason",
            content = @Content(schema = @Schema(implementation = RevocationListDocument.class)))
    public Response revocationList(@PathParam("issuerId") UUID issuerId, HttpHeaders headers) {
        issuers.find(issuerId).orElseThrow(() -> ProblemException.notFound("issuer", issuerId));
        return document(assertions.revocationList(issuerId), headers);
    }

    @GET
    @Path("/badge-classes/{badgeClassId}")
    @Operation(operationId = "publicBadgeClass", summary = "BadgeClass (Open Badges 2.0)")
    @APIResponse(responseCode = "200", description = "The BadgeClass",
            content = @Content(schema = @Schema(implementation = BadgeClassDocument.class)))
    public Response badgeClass(@PathParam("badgeClassId") UUID badgeClassId, HttpHeaders headers) {
        var badge = badges.find(badgeClassId).orElseThrow(() -> ProblemException.notFound("badge class",
                badgeClassId));
        return document(badges.document(badge), headers);
    }

    @GET
    @Path("/assertions/{assertionId}")
    @Operation(operationId = "publicAssertion", summary = "Hosted Assertion (Open Badges 2.0)",
            description = "Served at exactly its own id, byte for byte as issued. Signed assertions are not hosted.")
    @APIResponse(responseCode = "200", description = "The hosted Assertion",
            content = @Content(schema = @Schema(implementation = AssertionDocument.class)))
    @APIResponse(responseCode = "410", description = "Revoked: {revoked: true, revocationReason}",
            content = @Content(schema = @Schema(implementation = RevokedAssertionDocument.class)))
    public Response assertion(@PathParam("assertionId") UUID assertionId, HttpHeaders headers) {
        Assertion assertion = assertions.find(assertionId).filter(a -> Assertion.HOSTED.equals(a.delivery))
                .orElseThrow(() -> ProblemException.notFound("hosted assertion", assertionId));
        MediaType type = negotiate(headers);
        if (assertion.revoked()) {
            return Response.status(Response.Status.GONE).type(type)
                    .entity(json.write(RevokedAssertionDocument.of(urls.assertion(assertion.id),
                            assertion.revocationReason)))
                    .build();
        }
        return Response.ok(assertion.document, type).build();
    }

    @GET
    @Path("/keys/{keyId}")
    @Operation(operationId = "publicKey", summary = "CryptographicKey (Open Badges 2.0)")
    @APIResponse(responseCode = "200", description = "The public key, with its owner",
            content = @Content(schema = @Schema(implementation = CryptographicKeyDocument.class)))
    public Response key(@PathParam("keyId") UUID keyId, HttpHeaders headers) {
        var key = keys.find(keyId).orElseThrow(() -> ProblemException.notFound("key", keyId));
        return document(CryptographicKeyDocument.of(urls.key(key.id), urls.issuer(key.issuerId), key.publicKeyPem),
                headers);
    }

    private Response document(Object document, HttpHeaders headers) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(json.write(document), negotiate(headers)).cacheControl(cache).build();
    }

    /** JSON-LD unless the client's Accept header admits only plain JSON. */
    private static MediaType negotiate(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(JSON_LD)) {
                return JSON_LD;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
        }
        throw new NotAcceptableException();
    }
}
