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
import org.interdict.domain.model.designation.DesignationRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
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
        requireReader();
        Page.checkWindow(offset, limit, MAX_PAGE);
        int o = offset;
        int l = limit;
        return new Page<>(designations.list(o, l).stream().map(DesignationView::of).toList(), designations.count(), o, l);
    }

    public DesignationView get(UUID id) {
        requireReader();
        return designations.find(id).map(DesignationView::of)
                .orElseThrow(() -> new RecordNotFoundException("designation", id));
    }

    /** Writes every published designation as CSV, streaming. */
    public void exportCsv(Writer out) {
        requireReader();
        DesignationCsv csv = new DesignationCsv(out);
        designations.forEach(d -> csv.write(DesignationView.of(d)));
        flush(out);
        audit.event("DESIGNATIONS_EXPORTED", "designation", null, Map.of("format", "csv", "count", csv.rows()));
    }

    /** Writes every published designation as FollowTheMoney JSON lines: the party entity, then its Sanction. */
    public void exportFollowTheMoney(Writer out) {
        requireReader();
        Map<String, String> agencyNames = new HashMap<>();
        agencies.findAll().forEach(a -> agencyNames.put(a.code(), a.name()));
        FollowTheMoneyLines lines = new FollowTheMoneyLines(out, agencyNames);
        designations.forEach(d -> lines.write(DesignationView.of(d)));
        flush(out);
        audit.event("DESIGNATIONS_EXPORTED", "designation", null, Map.of("format", "ftm", "count", lines.designations()));
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
