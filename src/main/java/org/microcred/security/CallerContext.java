package org.microcred.security;

import jakarta.enterprise.context.RequestScoped;
import org.microcred.common.ProblemException;

/** The authenticated caller of the current request, set by {@link ApiKeyAuthFilter}. */
@RequestScoped
public class CallerContext {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        if (caller == null) {
            throw ProblemException.unauthorized("missing API key");
        }
        return caller;
    }

    /** Refuses issuer keys: for operations that only the administrator may perform. */
    public Caller requireAdmin() {
        Caller current = caller();
        if (!current.admin()) {
            throw ProblemException.forbidden("this operation needs the admin API key");
        }
        return current;
    }
}
