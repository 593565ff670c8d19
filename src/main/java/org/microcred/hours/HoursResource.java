package org.microcred.hours;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.microcred.assertion.RecipientIdentity;
import org.microcred.common.DateRange;
import org.microcred.common.ProblemException;
import org.microcred.common.QueryParams;
import org.microcred.security.CallerContext;

@Path("/api/v1/recipients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contact hours")
@SecurityRequirement(name = "apiKey")
public class HoursResource {

    private static final String DATE_HELP = "an ISO 8601 date (2026-09-01) or date-time (2026-09-01T00:00:00Z)";

    private final HoursService hours;
    private final CallerContext callers;

    public HoursResource(HoursService hours, CallerContext callers) {
        this.hours = hours;
        this.callers = callers;
    }

    @GET
    @Path("/hours")
    @Operation(operationId = "recipientHours", summary = "A recipient's contact hours in a window",
            description = "Counts assertions issued in [from, to) that are not revoked and had not expired at the "
                    + "end of the window (or now, if earlier). Revoked and expired ones are listed as excluded.")
    @APIResponse(responseCode = "200", description = "Total hours and the assertions behind them")
    @APIResponse(responseCode = "404", description = "issuerId names no issuer the caller may see")
    public HoursViews.Report hours(
            @Parameter(description = "The recipient's email, URL or E.164 telephone", required = true)
            @QueryParam("recipient") @NotBlank String recipient,
            @QueryParam("recipientType") @Pattern(regexp = "email|url|telephone",
                    message = "must be one of: email, url, telephone") String recipientType,
            @Parameter(description = "Start, inclusive: " + DATE_HELP) @QueryParam("from") String from,
            @Parameter(description = "End, exclusive: " + DATE_HELP) @QueryParam("to") String to,
            @Parameter(description = "Only this issuer's awards (admin key)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("issuerId") String issuerId) {
        return hours.hours(callers.caller(), QueryParams.uuid("issuerId", issuerId),
                RecipientIdentity.fromQuery(recipientType, recipient),
                instant("from", from), instant("to", to));
    }

    @GET
    @Path("/renewal")
    @Operation(operationId = "recipientRenewal", summary = "License-renewal status for a cycle",
            description = "The issuer's renewal policy (default 90 hours every 4 years), hours earned in the cycle "
                    + "that starts at cycleStart, hours remaining, and whether the requirement is met.")
    @APIResponse(responseCode = "200", description = "The renewal status")
    @APIResponse(responseCode = "404", description = "issuerId names no issuer the caller may see")
    public HoursViews.Renewal renewal(
            @Parameter(description = "The recipient's email, URL or E.164 telephone", required = true)
            @QueryParam("recipient") @NotBlank String recipient,
            @QueryParam("recipientType") @Pattern(regexp = "email|url|telephone",
                    message = "must be one of: email, url, telephone") String recipientType,
            @Parameter(description = "Start of the renewal cycle: " + DATE_HELP, required = true)
            @QueryParam("cycleStart") @NotBlank String cycleStart,
            @Parameter(description = "Whose policy applies (required with the admin key)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("issuerId") String issuerId) {
        return hours.renewal(callers.caller(), QueryParams.uuid("issuerId", issuerId),
                RecipientIdentity.fromQuery(recipientType, recipient), instant("cycleStart", cycleStart));
    }

    /** A date means the start of that day in UTC. */
    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            Instant instant = text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text).toInstant();
            if (!DateRange.accepts(instant)) {
                throw ProblemException.invalid(field, DateRange.REASON);
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be " + DATE_HELP);
        }
    }
}
