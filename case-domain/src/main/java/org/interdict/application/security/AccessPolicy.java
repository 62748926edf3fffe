package org.interdict.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.projection.RecordType;
import org.interdict.domain.model.casefile.Workflow.Actor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who may see and do what: the one place that decides it, used by every application service (and
 * so by REST, the web UI and exports alike). A role never reaches across agencies: analysts,
 * supervisors and auditors see their own agency's records; admins see no case content through that
 * role; partners see only what is published (and, with sharing, released to them).
 */
@ApplicationScoped
public class AccessPolicy {

    private CurrentUser currentUser;
    private EffectiveReleases releases;

    /** For the CDI container's client proxy. */
    protected AccessPolicy() {
    }

    @Inject
    public AccessPolicy(CurrentUser currentUser, EffectiveReleases releases) {
        this.currentUser = currentUser;
        this.releases = releases;
    }

    public Caller caller() {
        return currentUser.caller();
    }

    /**
     * Whether the caller may see a record: its own agency's analysts, supervisors and auditors always;
     * a partner agency's users (and systems) when the record's effective release names their agency
     * ({@link EffectiveReleases}: released directly, or a party through a case released to them). Every
     * read path asks this, so a record the caller may not see answers as if it did not exist.
     */
    public boolean canSee(RecordType type, UUID id, String owningAgency) {
        if (canRead(owningAgency)) {
            return true;
        }
        return partnerAgency() != null && isPartnerOf(releases.of(type, id));
    }

    /**
     * Of these evidence items (by id, with their owning agencies), the ones the caller may see: its own
     * agency's readers all of them; a partner those released to it with their case ({@link EffectiveReleases#of(RecordType, java.util.Collection)}).
     */
    public Set<UUID> visibleEvidence(Map<UUID, String> owners) {
        return visible(RecordType.EVIDENCE, owners);
    }

    /** Whether the caller may see one evidence item: {@link #visibleEvidence} for one. */
    public boolean canSeeEvidence(UUID id, String owningAgency) {
        return visibleEvidence(Map.of(id, owningAgency)).contains(id);
    }

    /** Of these records (by id, with their owning agencies), the ones the caller may see, asked in one query. */
    public Set<UUID> visible(RecordType type, Map<UUID, String> owners) {
        return visible(owners, ids -> releases.of(type, ids));
    }

    /** Those the caller reads in full, and those whose effective release (asked once for the rest) names its agency. */
    private Set<UUID> visible(Map<UUID, String> owners, Function<List<UUID>, Map<UUID, Set<String>>> releasesOf) {
        Set<UUID> visible = new HashSet<>();
        List<UUID> asPartner = new ArrayList<>();
        owners.forEach((id, owner) -> {
            if (canRead(owner)) {
                visible.add(id);
            } else {
                asPartner.add(id);
            }
        });
        String partner = partnerAgency();
        if (partner != null && !asPartner.isEmpty()) {
            releasesOf.apply(asPartner).forEach((id, agencies) -> {
                if (agencies.contains(partner)) {
                    visible.add(id);
                }
            });
        }
        return visible;
    }

    /** Whether the caller reads as a partner agency that one of these releases names. */
    public boolean isPartnerOf(Set<String> releasedTo) {
        Caller caller = caller();
        return caller.hasRole(Role.PARTNER) && releasedTo.contains(caller.agency());
    }

    /** The agency whose released records the caller may see as a partner, or null. */
    public String partnerAgency() {
        Caller caller = caller();
        return caller.hasRole(Role.PARTNER) ? caller.agency() : null;
    }

    /** Whether the caller may share or withdraw records of the agency: its supervisors. */
    public boolean canRelease(String owningAgency) {
        return workflowActors(owningAgency).contains(Actor.SUPERVISOR);
    }

    /** Whether the caller reads the agency's records in full (their internals too): its own analysts, supervisors, auditors. */
    public boolean canRead(String owningAgency) {
        Caller caller = caller();
        return caller.belongsTo(owningAgency)
                && (caller.hasRole(Role.ANALYST) || caller.hasRole(Role.SUPERVISOR) || caller.hasRole(Role.AUDITOR));
    }

    /** Whether the caller may change case content owned by the agency. */
    public boolean canWork(String owningAgency) {
        return !workflowActors(owningAgency).isEmpty();
    }

    /** Refuses unless the caller may change case content owned by the agency. */
    public void requireWork(String owningAgency, String what) {
        if (!canWork(owningAgency)) {
            throw new AccessDeniedException("Only analysts and supervisors of agency " + owningAgency + " may " + what + ".");
        }
    }

    /** Refuses unless the caller is an analyst or supervisor (of their own agency, where they create records). */
    public String requireWorkInOwnAgency(String what) {
        String agency = caller().agency();
        requireWork(agency, what);
        return agency;
    }

    /** Whether the caller may import trade records for their agency: its analysts, supervisors and administrators. */
    public boolean canImportTrade() {
        Caller caller = caller();
        return caller.hasRole(Role.ANALYST) || caller.hasRole(Role.SUPERVISOR) || caller.hasRole(Role.ADMIN);
    }

    /** Whether the caller may follow the agency's imports (their counts and refused lines, not the records). */
    public boolean canSeeImports(String agency) {
        return caller().belongsTo(agency) && (canImportTrade() || caller().hasRole(Role.AUDITOR));
    }

    /** Whether the caller may read the audit trail of records owned by the agency. */
    public boolean canReadAudit(String owningAgency) {
        Caller caller = caller();
        return caller.belongsTo(owningAgency)
                && (caller.hasRole(Role.AUDITOR) || caller.hasRole(Role.SUPERVISOR) || caller.hasRole(Role.ANALYST));
    }

    /** Whether the caller may verify the integrity of the whole audit trail. */
    public boolean canVerifyAuditTrail() {
        return caller().hasRole(Role.AUDITOR) || caller().hasRole(Role.ADMIN);
    }

    /**
     * Whether the caller may follow the background jobs (what runs on which node, how far it got; never
     * the records they work on): administrators, who operate the system, and auditors, who oversee it.
     */
    public boolean canSeeBackgroundJobs() {
        return caller().hasRole(Role.ADMIN) || caller().hasRole(Role.AUDITOR);
    }

    /** Whether the caller may read published designations: everyone with a role may. */
    public boolean canReadPublished() {
        return !caller().roles().isEmpty();
    }

    /** The workflow roles the caller holds in the agency: none outside their own agency. */
    public Set<Actor> workflowActors(String owningAgency) {
        Caller caller = caller();
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (caller.belongsTo(owningAgency)) {
            if (caller.hasRole(Role.ANALYST)) {
                actors.add(Actor.ANALYST);
            }
            if (caller.hasRole(Role.SUPERVISOR)) {
                actors.add(Actor.SUPERVISOR);
            }
        }
        return actors;
    }
}
