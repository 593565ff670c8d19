package org.microcred.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The admin API key: the configured one ({@code microcred.admin-api-key}), or else one generated on first start,
 * printed that once, and kept only as a hash.
 */
@ApplicationScoped
public class AdminKeyService {

    private static final Logger LOG = Logger.getLogger(AdminKeyService.class);
    private static final String SETTING = "admin-api-key-sha256";

    private final Optional<String> configuredKey;
    private volatile String adminHash;

    public AdminKeyService(@ConfigProperty(name = "microcred.admin-api-key") Optional<String> configuredKey) {
        this.configuredKey = configuredKey.map(String::strip).filter(k -> !k.isEmpty());
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (configuredKey.isPresent()) {
            if (configuredKey.get().length() < 16) {
                throw new IllegalStateException("microcred.admin-api-key must be at least 16 characters long");
            }
            adminHash = Secrets.sha256Hex(configuredKey.get());
            LOG.info("Admin API key: the one configured in microcred.admin-api-key (MICROCRED_ADMIN_API_KEY)");
            return;
        }
        AdminSetting stored = AdminSetting.findById(SETTING);
        if (stored != null) {
            adminHash = stored.value;
            LOG.info("Admin API key: the one generated and printed on this database's first start. "
                    + "Lost it? Start with MICROCRED_ADMIN_API_KEY=<a key of your choice> to use that instead.");
            return;
        }
        String generated = Secrets.newApiKey("mca_");
        AdminSetting setting = new AdminSetting();
        setting.name = SETTING;
        setting.value = Secrets.sha256Hex(generated);
        setting.persist();
        adminHash = setting.value;
        // Printed to the console once, deliberately outside the log so it is not shipped to log collectors.
        System.out.println("""

                ==========================================================================
                 MicroCred generated an admin API key. It is shown only this once:

                   %s

                 Use it as:  Authorization: Bearer <key>
                 To choose your own instead, set MICROCRED_ADMIN_API_KEY.
                ==========================================================================
                """.formatted(generated));
    }

    public boolean isAdmin(String secret) {
        return Secrets.sameHash(adminHash, Secrets.sha256Hex(secret));
    }
}
