package org.microcred.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks an image reference: an https URL, or a PNG or SVG data URI no larger than the configured cap. */
@ApplicationScoped
public class Images {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final java.util.regex.Pattern SCRIPTED_SVG = java.util.regex.Pattern.compile(
            "<script|javascript:|\\son[a-z]+\\s*=", java.util.regex.Pattern.CASE_INSENSITIVE);
    private final int maxBytes;

    public Images(@ConfigProperty(name = "microcred.image.max-data-uri-bytes") int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "must not be blank");
        }
        String image = value.strip();
        if (image.regionMatches(true, 0, "data:", 0, 5)) {
            checkDataUri(field, image);
            return image;
        }
        if (!image.regionMatches(true, 0, "https://", 0, 8)) {
            throw ProblemException.invalid(field, "must be an https URL or a data URI of a PNG or SVG image");
        }
        return Urls.requireHttp(field, image);
    }

    public String optional(String field, String value) {
        return value == null ? null : require(field, value);
    }

    private void checkDataUri(String field, String uri) {
        int comma = uri.indexOf(',');
        if (comma < 0) {
            throw ProblemException.invalid(field, "is not a valid data URI (no comma)");
        }
        String header = uri.substring(5, comma).toLowerCase(Locale.ROOT);
        String mediaType = header.split(";", 2)[0].strip();
        boolean base64 = header.endsWith(";base64");
        String payload = uri.substring(comma + 1);
        // Cheap bound before decoding anything: base64 is 4/3 of the bytes, percent-encoding up to 3x.
        if (payload.length() > (long) maxBytes * 3) {
            throw tooLarge(field);
        }
        byte[] bytes;
        try {
            bytes = base64 ? Base64.getMimeDecoder().decode(payload)
                    : java.net.URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.UTF_8)
                            .getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "data URI payload is not valid " + (base64 ? "base64" : "text"));
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(field);
        }
        switch (mediaType) {
            case "image/png" -> {
                if (!startsWith(bytes, PNG_SIGNATURE)) {
                    throw ProblemException.invalid(field, "data URI says image/png but the data is not a PNG");
                }
            }
            case "image/svg+xml" -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (!text.contains("<svg")) {
                    throw ProblemException.invalid(field, "data URI says image/svg+xml but the data is not SVG");
                }
                // Badge images are shown by other platforms: an SVG must not carry script.
                if (SCRIPTED_SVG.matcher(text).find()) {
                    throw ProblemException.invalid(field, "SVG images must not contain scripts or event handlers");
                }
            }
            default -> throw ProblemException.invalid(field,
                    "data URI must be image/png or image/svg+xml, not " + (mediaType.isEmpty() ? "empty" : mediaType));
        }
    }

    private ProblemException tooLarge(String field) {
        return ProblemException.invalid(field, "data URI image is larger than " + maxBytes + " bytes");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
