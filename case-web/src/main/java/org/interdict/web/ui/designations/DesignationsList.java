package org.interdict.web.ui.designations;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.Page;
import org.interdict.application.designation.DesignationQuery;
import org.interdict.application.designation.DesignationService;
import org.interdict.application.designation.DesignationView;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published designations (/designations.xhtml): one page at a time from
 * {@link DesignationService#list(DesignationQuery, int, int)}, narrowed by a name or alias fragment, a
 * measure, a country, an agency and an effective period, in the order chosen. The filters are the
 * page's address ({@code ?text=wuhan&measure=ASSET_FREEZE&from=2026-01-01}), so a filtered list can be
 * bookmarked, and the export links carry the same parameters.
 */
@Named("designationsList")
@ViewScoped
public class DesignationsList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ROWS = 25;

    @Inject
    DesignationService designations;

    // Page parameters.
    private String text;
    private String measure;
    private String country;
    private String agency;
    private String from;
    private String to;
    private String sort;

    /** The filters as the service takes them; rebuilt from the page parameters when the view is restored from storage. */
    private transient DesignationQuery query;
    private boolean refused;
    private long total;
    private Map<String, String> agencyNames = Map.of();
    private List<DesignationWords.Choice> measures;
    private List<DesignationWords.Choice> countries;
    private List<DesignationWords.Choice> sorts;
    private String exportQuery = "";
    private final DesignationModel model = new DesignationModel();

    /** Reads the filters from the address and fetches the first page, so that a refusal is shown in words. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        measures = DesignationWords.measures(measure);
        countries = DesignationWords.countries(country);
        sorts = DesignationWords.sorts(sort);
        Optional<Page<DesignationView>> first = Ui.attempt(() -> {
            query = new DesignationQuery(text, measure, country, agency, DesignationWords.date(from, DesignationWords.FROM),
                    DesignationWords.date(to, DesignationWords.TO), sort);
            return designations.list(query, 0, ROWS);
        });
        if (first.isEmpty()) {
            refused = true;
            return;
        }
        total = first.get().total();
        model.prefetched = first.get();
        agencyNames = Ui.attempt(designations::agencyNames).orElse(Map.of());
        exportQuery = DesignationWords.queryString(DesignationWords.parameters(text, measure, country, agency, from, to, null));
    }

    private DesignationQuery query() {
        if (query == null) {
            query = new DesignationQuery(text, measure, country, agency, quietDate(from), quietDate(to), sort);
        }
        return query;
    }

    private static java.time.LocalDate quietDate(String value) {
        try {
            return DesignationWords.date(value, DesignationWords.FROM);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "12 designations", or in the filtered case "12 designations match". */
    public String getCountText() {
        return Texts.text(Texts.DESIGNATIONS, query().isEmpty() ? "list.count" : "list.count.filtered", total);
    }

    /** Whether any filter narrows the list (the empty state and "Clear filters" differ). */
    public boolean isFiltered() {
        return refused || !query().isEmpty();
    }

    public boolean isRefused() {
        return refused;
    }

    public long getTotal() {
        return total;
    }

    public String getEmptyText() {
        return Texts.text(Texts.DESIGNATIONS, isFiltered() ? "list.empty.filtered" : "list.empty");
    }

    /** The export's query string, the filters of this list ("" for the whole list). */
    public String getExportQuery() {
        return exportQuery.isEmpty() ? "" : "?" + exportQuery;
    }

    public String countryName(String code) {
        return DesignationWords.countryName(code);
    }

    /** The agency's name with its code ("Export Control Agency (ECA)"), or the code alone when unknown. */
    public String agencyName(String code) {
        String name = agencyNames.get(code);
        return name == null ? code : name;
    }

    public LazyDataModel<DesignationView> getModel() {
        return model;
    }

    public List<DesignationWords.Choice> getMeasures() {
        return measures;
    }

    public List<DesignationWords.Choice> getCountries() {
        return countries;
    }

    public List<DesignationWords.Choice> getSorts() {
        return sorts;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    /** One page of designations from the service, and how many the filters select in all. */
    private final class DesignationModel extends LazyDataModel<DesignationView> {

        private static final long serialVersionUID = 1L;
        private transient Page<DesignationView> prefetched;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) total;
        }

        @Override
        public List<DesignationView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (refused) {
                setRowCount(0);
                return List.of();
            }
            int limit = Math.max(1, Math.min(pageSize, Page.MAX_LIMIT));
            Page<DesignationView> page = prefetched;
            prefetched = null;
            if (page == null || page.offset() != first || page.limit() != limit) {
                page = Ui.attempt(() -> designations.list(query(), Math.max(0, first), limit)).orElse(null);
            }
            if (page == null) {
                setRowCount(0);
                return List.of();
            }
            total = page.total();
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(DesignationView designation) {
            return designation.id().toString();
        }

        @Override
        public DesignationView getRowData(String rowKey) {
            List<DesignationView> rows = getWrappedData();
            return rows == null ? null : rows.stream().filter(d -> d.id().toString().equals(rowKey)).findFirst().orElse(null);
        }
    }
}
