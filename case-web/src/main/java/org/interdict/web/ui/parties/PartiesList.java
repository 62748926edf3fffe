package org.interdict.web.ui.parties;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.Page;
import org.interdict.application.party.PartyService;
import org.interdict.application.party.PartyView;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The list of parties (/parties.xhtml): one page at a time from {@link PartyService#list}, narrowed by a
 * name or alias fragment, a country and a kind.
 */
@Named("partiesList")
@ViewScoped
public class PartiesList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartyService parties;

    private String name;
    private String country;
    private String kind;
    private List<SelectItem> countries;
    private final PartyModel model = new PartyModel();

    /** Shows the first page of what the filters now select. */
    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("partiesForm:parties");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clear() {
        name = null;
        country = null;
        kind = null;
        filter();
    }

    /** "25 parties": how many match the filters (known once the table has loaded its page). */
    public String getCountText() {
        return Texts.text(Texts.PARTIES, "list.count", model.getRowCount());
    }

    public LazyDataModel<PartyView> getModel() {
        return model;
    }

    public List<SelectItem> getCountries() {
        if (countries == null) {
            countries = Countries.choices();
        }
        return countries;
    }

    public List<String> getKinds() {
        return PartyForm.KINDS;
    }

    public String countryName(String code) {
        return Countries.name(code);
    }

    /** The identifiers in one short line: "INN 7701234567 · OGRN 1027700132195". */
    public String identifiers(PartyView party) {
        return party.identifiers().stream().map(i -> i.type() + " " + i.value()).collect(Collectors.joining(" · "));
    }

    /** The aliases, one per line, for the tooltip of the count. */
    public String aliases(PartyView party) {
        return party.aliases().stream().map(a -> a.name() + " (" + a.script() + ")").collect(Collectors.joining("\n"));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    /** One page of parties from the service, and how many match in all. */
    private final class PartyModel extends LazyDataModel<PartyView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return fetch(0, 1).map(p -> (int) p.total()).orElse(0);
        }

        @Override
        public List<PartyView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Optional<Page<PartyView>> page = fetch(first, pageSize);
            setRowCount(page.map(p -> (int) p.total()).orElse(0));
            return page.map(Page::items).orElse(List.of());
        }

        @Override
        public String getRowKey(PartyView party) {
            return party.id().toString();
        }

        @Override
        public PartyView getRowData(String rowKey) {
            List<PartyView> rows = getWrappedData();
            return rows == null ? null : rows.stream().filter(p -> p.id().toString().equals(rowKey)).findFirst().orElse(null);
        }

        private Optional<Page<PartyView>> fetch(int offset, int limit) {
            return Ui.attempt(() -> parties.list(blankToNull(name), blankToNull(country), blankToNull(kind), offset,
                    Math.max(1, Math.min(limit, Page.MAX_LIMIT))));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
