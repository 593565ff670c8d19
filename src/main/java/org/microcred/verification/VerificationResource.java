package org.microcred.verification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.microcred.common.Problem;

/**
 * The public Open Badges 2.0 verifier. Unauthenticated (the API-key filter skips exactly this path). A request that
 * is not well-formed gets a 400 problem; an assertion that is not, however broken, gets a 200 report saying why.
 */
@Path("/api/v1/verify")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verification")
public class VerificationResource {

    static final String JOSE = "application/jose";

    private final VerificationService verifier;

    public VerificationResource(VerificationService verifier) {
        this.verifier = verifier;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyAssertion", summary = "Verify an Open Badges 2.0 assertion (public)",
            description = "Takes the assertion as a JSON object, as a compact JWS, or as the URL of an assertion "
                    + "hosted by this service (no other URL is fetched), and optionally the recipient to compare. "
                    + "Returns named checks in a fixed order (structure, signature, keyOwnership, revocation, "
                    + "expiry, issuedOn, recipient), each passed, failed or skipped with a message, and the verdict: "
                    + "valid when every check passed (recipient may be skipped). A compact JWS may also be sent "
                    + "as the whole body, with Content-Type application/jose or text/plain.")
    @APIResponse(responseCode = "200", description = "The verification report, for valid and invalid assertions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VerificationReport.class)))
    @APIResponse(responseCode = "400", description = "The request is malformed (not the assertion inside it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationReport verify(@Valid @NotNull VerificationRequest request) {
        return verifier.verify(Submission.of(request.assertion()),
                ClaimedRecipient.of(request.recipient(), request.recipientType()));
    }

    @POST
    @Consumes({JOSE, MediaType.TEXT_PLAIN})
    @Operation(operationId = "verifyCompactAssertion", summary = "Verify a compact JWS (or hosted URL) sent as the "
            + "whole body (public)", description = "The same verifier, for a body that is just the compact JWS "
                    + "(application/jose) or a JWS or hosted-assertion URL (text/plain).")
    @APIResponse(responseCode = "200", description = "The verification report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VerificationReport.class)))
    @APIResponse(responseCode = "400", description = "Empty body or a malformed recipient",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationReport verifyCompact(String body,
            @Parameter(description = "Only with an application/jose or text/plain body (a JSON body carries it "
                    + "as a field): the recipient to compare") @QueryParam("recipient") @Size(max = 2000)
            String recipient,
            @Parameter(description = "Only with an application/jose or text/plain body: the recipient's type, "
                    + "email, url or telephone. Default: guessed")
            @QueryParam("recipientType") @Pattern(regexp = "email|url|telephone",
                    message = "must be one of: email, url, telephone") String recipientType) {
        return verifier.verify(Submission.ofText("body", body), ClaimedRecipient.of(recipient, recipientType));
    }
}
