package org.microcred.testing;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON-LD expansion against the bundled Open Badges 2.0 context: never the network. */
public final class OpenBadgesContexts {

    private static final Map<String, String> BUNDLED = Map.of(
            "https://w3id.org/openbadges/v2", "/contexts/openbadges-v2.jsonld");

    private static final DocumentLoader OFFLINE = (url, options) -> {
        String resource = BUNDLED.get(url.toString());
        if (resource == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not bundled: " + url);
        }
        try (InputStream in = OpenBadgesContexts.class.getResourceAsStream(resource)) {
            return JsonDocument.of(in);
        } catch (java.io.IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
        }
    };

    private OpenBadgesContexts() {
    }

    public static JsonArray expand(String json) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(OFFLINE).get();
    }

    /** Every property name of a compact document (but @context), recursively, one entry per occurrence. */
    public static List<String> compactTerms(JsonValue value) {
        List<String> terms = new ArrayList<>();
        walk(value, terms, false);
        return terms;
    }

    /** Every non-keyword property IRI of an expanded document, recursively, one entry per occurrence. */
    public static List<String> expandedTerms(JsonValue value) {
        List<String> terms = new ArrayList<>();
        walk(value, terms, true);
        return terms;
    }

    private static void walk(JsonValue value, List<String> terms, boolean expanded) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> walk(v, terms, expanded));
        } else if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                boolean keyword = key.startsWith("@") || (!expanded && (key.equals("id") || key.equals("type")));
                if (!keyword) {
                    terms.add(key);
                }
                if (!key.equals("@context")) {
                    walk(child, terms, expanded);
                }
            });
        } else if (value instanceof JsonString) {
            // leaves carry no terms
        }
    }
}
