package org.interdict.web.ui.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.InvalidLinesException;
import org.interdict.application.trade.ExchangeRateStore;
import org.interdict.application.trade.ExchangeRates;
import org.interdict.web.ui.Ui;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The exchange rates section: the currencies held, each with its first and last month and its
 * sources, and the upload of a CSV file of rates. The service checks the file and answers for every
 * bad line; the section shows its answer, line by line, and stores nothing of a refused file.
 */
@Named("adminRates")
@ViewScoped
public class ExchangeRatesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The source field's request parameter: the upload event comes before the form's values reach the model. */
    static final String SOURCE_INPUT = "rates-source";

    @Inject
    ExchangeRates rates;

    private List<ExchangeRateStore.CurrencyRates> currencies = List.of();
    private List<InvalidLinesException.LineProblem> badLines = List.of();
    private long badTotal;
    private String source;

    /** Loads the section (a view action). */
    public void load() {
        currencies = Ui.attempt(rates::currencies).orElse(List.of());
    }

    public List<ExchangeRateStore.CurrencyRates> getCurrencies() {
        return currencies;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    /** The bad lines of the file last refused, by number, as the service reported them. */
    public List<InvalidLinesException.LineProblem> getBadLines() {
        return badLines;
    }

    /** How many lines of the refused file were bad in all (the list holds the first ones). */
    public long getBadTotal() {
        return badTotal;
    }

    /** More lines were bad than the list shows. */
    public boolean isMoreBad() {
        return badTotal > badLines.size();
    }

    /** Stores the uploaded file's rates, or shows each bad line and stores nothing. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String given = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(SOURCE_INPUT);
        source = given;
        badLines = List.of();
        badTotal = 0;
        Optional<ExchangeRates.Loaded> loaded;
        try (InputStream body = file.getInputStream()) {
            loaded = Ui.attempt(() -> {
                try {
                    return rates.upload(body, given);
                } catch (InvalidLinesException e) {
                    badLines = e.problems();
                    badTotal = e.total();
                    throw e;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            Ui.error(AdminTexts.text("rates.upload.unreadable", file.getFileName()));
            return;
        }
        loaded.ifPresent(l -> {
            Ui.info(AdminTexts.text("rates.upload.done", l.count(), String.join(", ", l.currencies()), l.first().toString(),
                    l.last().toString(), l.replaced(), String.join(", ", l.sources()), l.recordsConverted()));
            load();
        });
    }

    /** The sources of a currency's rates, the latest month's first. */
    public String sources(ExchangeRateStore.CurrencyRates currency) {
        return currency == null ? "" : String.join(", ", currency.sources());
    }
}
