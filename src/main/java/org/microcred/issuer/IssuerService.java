package org.microcred.issuer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.microcred.common.Images;
import org.microcred.common.MergePatch;
import org.microcred.common.ProblemException;
import org.microcred.common.Urls;
import org.microcred.issuer.IssuerRequests.RenewalPolicy;
import org.microcred.security.ApiKeyService;
import org.microcred.security.Caller;
import org.microcred.signing.SigningKeyService;

/** Issuer profiles, their API keys and renewal policies. */
@ApplicationScoped
public class IssuerService {

    static final BigDecimal DEFAULT_REQUIRED_HOURS = new BigDecimal("90");
    static final int DEFAULT_CYCLE_YEARS = 4;

    private final SigningKeyService signingKeys;
    private final ApiKeyService apiKeys;
    private final Images images;
    private final Clock clock;

    public IssuerService(SigningKeyService signingKeys, ApiKeyService apiKeys, Images images, Clock clock) {
        this.signingKeys = signingKeys;
        this.apiKeys = apiKeys;
        this.images = images;
        this.clock = clock;
    }

    /** Creates an issuer with its first RS256 signing key, in one transaction. */
    @Transactional
    public Issuer create(IssuerRequests.Create request) {
        Issuer issuer = new Issuer();
        issuer.id = UUID.randomUUID();
        issuer.name = request.name().strip();
        issuer.url = Urls.requireHttp("url", request.url());
        issuer.email = request.email().strip();
        issuer.description = request.description();
        issuer.image = images.optional("image", request.image());
        RenewalPolicy policy = request.renewalPolicy();
        issuer.renewalRequiredHours = policy == null ? DEFAULT_REQUIRED_HOURS : policy.requiredHours();
        issuer.renewalCycleYears = policy == null ? DEFAULT_CYCLE_YEARS : policy.cycleYears();
        issuer.createdAt = clock.instant();
        issuer.updatedAt = issuer.createdAt;
        issuer.persist();
        signingKeys.generate(issuer.id);
        return issuer;
    }

    /** The issuers the caller may see: all for the admin, its own for an issuer key. */
    public List<Issuer> list(Caller caller) {
        if (caller.admin()) {
            return Issuer.list("order by createdAt, id");
        }
        return Issuer.list("id = ?1", caller.issuerId());
    }

    /** The issuer, if the caller may see it; another issuer's answers 404 as if it did not exist. */
    public Issuer get(Caller caller, UUID id) {
        if (!caller.canAccess(id)) {
            throw ProblemException.notFound("issuer", id);
        }
        return find(id).orElseThrow(() -> ProblemException.notFound("issuer", id));
    }

    /** For public documents and other packages: no caller scope. */
    public Optional<Issuer> find(UUID id) {
        return Issuer.findByIdOptional(id);
    }

    @Transactional
    public Issuer update(Caller caller, UUID id, MergePatch<IssuerRequests.Update> patch) {
        Issuer issuer = get(caller, id);
        IssuerRequests.Update values = patch.values();
        if (patch.has("name")) {
            issuer.name = required("name", values.name()).strip();
        }
        if (patch.has("url")) {
            issuer.url = Urls.requireHttp("url", required("url", values.url()));
        }
        if (patch.has("email")) {
            issuer.email = required("email", values.email()).strip();
        }
        if (patch.has("description")) {
            issuer.description = values.description();
        }
        if (patch.has("image")) {
            issuer.image = images.optional("image", values.image());
        }
        if (patch.has("renewalPolicy")) {
            RenewalPolicy policy = required("renewalPolicy", values.renewalPolicy());
            issuer.renewalRequiredHours = policy.requiredHours();
            issuer.renewalCycleYears = policy.cycleYears();
        }
        issuer.updatedAt = clock.instant();
        return issuer;
    }

    /** A new API key for the issuer (admin only); the secret is returned once. */
    @Transactional
    public ApiKeyService.CreatedKey createApiKey(Caller caller, UUID issuerId, String label) {
        get(caller, issuerId);
        return apiKeys.create(issuerId, label);
    }

    private static <T> T required(String field, T value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw ProblemException.invalid(field, "is required and cannot be removed");
        }
        return value;
    }
}
