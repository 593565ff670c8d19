package org.microcred;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.eclipse.microprofile.config.ConfigProvider;
import org.microcred.common.EmbeddedDatabase;

/**
 * Starts MicroCred. With no JDBC URL configured (the dev default on a fresh machine) it first starts an embedded
 * PostgreSQL whose data directory survives restarts, and points the datasource at it.
 */
@QuarkusMain
public class MicroCredMain {

    public static void main(String... args) {
        if (ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.url", String.class).isEmpty()) {
            String dir = ConfigProvider.getConfig().getValue("microcred.embedded-db.dir", String.class);
            // A system property is shared across dev-mode restarts (new class loader, same JVM), so the
            // database is started once per JVM.
            System.setProperty("quarkus.datasource.jdbc.url", EmbeddedDatabase.startPersistent(dir));
            System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        }
        Quarkus.run(args);
    }
}
