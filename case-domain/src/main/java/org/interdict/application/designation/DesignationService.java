package org.interdict.application.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.Page;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.domain.model.agency.AgencyRepository;
import org.interdict.domain.model.designation.DesignationFilter;
import org.interdict.domain.model.designation.DesignationRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Published designations: what every user with a role may read, and what partners' systems take
 * in as CSV or as FollowTheMoney entities (one JSON object per line).
 */
@ApplicationScoped
@Transactional
public class DesignationService {

    private static final int MAX_PAGE = 500;

    private DesignationRepository designations;
    private AgencyRepository agencies;
    private AccessPolicy access;
    private AuditRecorder audit;

    /** For the CDI container's client proxy. */
    protected DesignationService() {
    }

    @Inject
    public DesignationService(DesignationRepository designations, AgencyRepository agencies, AccessPolicy access,
            AuditRecorder audit) {
        this.designations = designations;
        this.agencies = agencies;
        this.access = access;
        this.audit = audit;
    }

    public Page<DesignationView> list(int offset, int limit) {
        return list(DesignationQuery.ALL, offset, limit);
    }

    /** One page of the published designations the query selects, in its order, with how many it selects in all. */
    public Page<DesignationView> list(DesignationQuery query, int offset, int limit) {
        requireReader();
        Page.checkWindow(offset, limit, MAX_PAGE);
        DesignationFilter filter = (query == null ? DesignationQuery.ALL : query).filter();
        return new Page<>(designations.list(filter, offset, limit).stream().map(DesignationView::of).toList(),
                designations.count(filter), offset, limit);
    }

    public DesignationView get(UUID id) {
        requireReader();
        return designations.find(id).map(DesignationView::of)
                .orElseThrow(() -> new RecordNotFoundException("designation", id));
    }

    /**
     * Whether the reader may open the designated party's own page (the internal record, not the published
     * snapshot): the publishing agency's analysts, supervisors and auditors. Others, partners among them,
     * read the designation alone.
     */
    public boolean canOpenParty(DesignationView designation) {
        return designation != null && access.canRead(designation.agency());
    }

    /** The agencies' names by their codes, for showing who published a designation ("Export Control Agency"). */
    public Map<String, String> agencyNames() {
        requireReader();
        Map<String, String> names = new HashMap<>();
        agencies.findAll().forEach(a -> names.put(a.code(), a.name()));
        return names;
    }

    /**
     * Checks the reader and the query before anything is written, so that a download can be refused in
     * words before its first byte; the export methods check the same again.
     */
    public void checkExport(DesignationQuery query) {
        requireReader();
        (query == null ? DesignationQuery.ALL : query).filter();
    }

    /** Writes every published designation as CSV, streaming. */
    public void exportCsv(Writer out) {
        exportCsv(DesignationQuery.ALL, out);
    }

    /** Writes the published designations the query selects as CSV, streaming, in publication order. */
    public void exportCsv(DesignationQuery query, Writer out) {
        requireReader();
        DesignationFilter filter = (query == null ? DesignationQuery.ALL : query).filter();
        DesignationCsv csv = new DesignationCsv(out);
        designations.forEach(filter, d -> csv.write(DesignationView.of(d)));
        flush(out);
        audit.event("DESIGNATIONS_EXPORTED", "designation", null, details("csv", csv.rows(), filter));
    }

    /** Writes every published designation as FollowTheMoney JSON lines: the party entity, then its Sanction. */
    public void exportFollowTheMoney(Writer out) {
        exportFollowTheMoney(DesignationQuery.ALL, out);
    }

    /** Writes the published designations the query selects as FollowTheMoney JSON lines, in publication order. */
    public void exportFollowTheMoney(DesignationQuery query, Writer out) {
        requireReader();
        DesignationFilter filter = (query == null ? DesignationQuery.ALL : query).filter();
        Map<String, String> agencyNames = new HashMap<>();
        agencies.findAll().forEach(a -> agencyNames.put(a.code(), a.name()));
        FollowTheMoneyLines lines = new FollowTheMoneyLines(out, agencyNames);
        designations.forEach(filter, d -> lines.write(DesignationView.of(d)));
        flush(out);
        audit.event("DESIGNATIONS_EXPORTED", "designation", null, details("ftm", lines.designations(), filter));
    }

    /** What the audit records of an export: its format, how many it held and, when narrowed, the filter. */
    private static Map<String, Object> details(String format, long count, DesignationFilter filter) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format);
        details.put("count", count);
        if (!filter.isEmpty()) {
            details.put("filter", filter.toString());
        }
        return details;
    }

    private void requireReader() {
        if (!access.canReadPublished()) {
            throw new AccessDeniedException("Your account holds no Interdict role.");
        }
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
