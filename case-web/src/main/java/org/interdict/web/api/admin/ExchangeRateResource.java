package org.interdict.web.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interdict.application.InvalidInputException;
import org.interdict.application.security.Roles;
import org.interdict.application.trade.ExchangeRateStore;
import org.interdict.application.trade.ExchangeRates;
import org.interdict.web.api.PageRepresentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Exchange rates against the US dollar: reference data that turns customs values into dollars.
 * Administrators load them (a CSV file, all or nothing); administrators and the authority's analysts,
 * supervisors and auditors read them (the service decides, so that a refusal is a 403 in words).
 */
@Path("/admin/exchange-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER, Roles.ADMIN})
public class ExchangeRateResource {

    static final String FILE = "The file is CSV in UTF-8 (comma or semicolon) with a header naming the columns currency, "
            + "month and units_per_usd, and optionally source: one rate a line, e.g. RUB,2024-03,91.83,Bank of Russia. A month "
            + "is 2024-03 or 2024-03-01; a rate is units of the currency per US dollar, with a decimal point. Each rate "
            + "replaces the one held for its currency and month. Administrators only; answers 200 with what was stored "
            + "(an audit event that keeps every replaced rate), or 422 with every bad line by its number, and then nothing "
            + "is stored.";

    @Inject
    ExchangeRates rates;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Load exchange rates from a CSV body", description = FILE)
    public ExchangeRates.Loaded upload(InputStream body,
            @Parameter(description = "The source of lines that name none, e.g. Bank of Russia") @QueryParam("source") String source) {
        return rates.upload(body, source);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Load exchange rates from an uploaded CSV file", description = "A form with the part 'file' and "
            + "optionally 'source' (or the source query parameter). " + FILE)
    public ExchangeRates.Loaded uploadForm(@FormParam("file") EntityPart file, @FormParam("source") String formSource,
            @Parameter(description = "The source of lines that name none, e.g. Bank of Russia") @QueryParam("source") String source) {
        if (file == null) {
            throw new InvalidInputException("The form has no part named file: send the rates as the file part.");
        }
        try (InputStream content = file.getContent()) {
            return rates.upload(content, formSource == null || formSource.isBlank() ? source : formSource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Operation(summary = "One currency's exchange rates", description = "Newest month first, each with its source and who "
            + "loaded it when. Administrators, analysts, supervisors and auditors read them.")
    public PageRepresentation<ExchangeRateStore.HeldRate> list(
            @Parameter(description = "ISO 4217 code, e.g. RUB") @QueryParam("currency") String currency,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(rates.list(currency, offset, limit));
    }

    @GET
    @Path("/currencies")
    @Operation(summary = "The currencies with exchange rates", description = "By code, each with its first and last month, "
            + "how many months and its sources (the latest month's first). A value in a currency not listed, or of a month "
            + "more than three months after the last, has no US dollar value.")
    public List<ExchangeRateStore.CurrencyRates> currencies() {
        return rates.currencies();
    }
}
