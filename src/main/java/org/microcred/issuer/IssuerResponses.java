package org.microcred.issuer;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.microcred.common.Hours;
import org.microcred.issuer.IssuerRequests.RenewalPolicy;
import org.microcred.security.ApiKey;

/** Response bodies of the issuer API. */
public final class IssuerResponses {

    private IssuerResponses() {
    }

    @Schema(name = "Issuer")
    public record IssuerView(UUID id, String name, String url, String email, String description, String image,
            RenewalPolicy renewalPolicy,
            @Schema(description = "The public Open Badges 2.0 Profile") String publicUrl,
            Instant createdAt, Instant updatedAt) {

        static IssuerView of(Issuer issuer, String publicUrl) {
            return new IssuerView(issuer.id, issuer.name, issuer.url, issuer.email, issuer.description, issuer.image,
                    new RenewalPolicy(Hours.display(issuer.renewalRequiredHours), issuer.renewalCycleYears), publicUrl,
                    issuer.createdAt, issuer.updatedAt);
        }
    }

    @Schema(name = "ApiKey")
    public record ApiKeyView(UUID id, UUID issuerId, String label,
            @Schema(description = "First characters of the key, to tell keys apart") String prefix,
            Instant createdAt, Instant revokedAt) {

        public static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(key.id, key.issuerId, key.label, key.keyPrefix, key.createdAt, key.revokedAt);
        }
    }

    @Schema(name = "CreatedApiKey", description = "A new API key. The key itself is shown only in this response.")
    public record CreatedApiKeyView(UUID id, UUID issuerId, String label, String prefix,
            @Schema(example = "mck_Qm9vdHN0cmFwIGtleSBmb3IgdGhlIEhSIHN5c3RlbQ") String key, Instant createdAt) {
    }
}
