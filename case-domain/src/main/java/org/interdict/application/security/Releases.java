package org.interdict.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.Enums;
import org.interdict.application.InvalidInputException;
import org.interdict.domain.model.agency.Agency;
import org.interdict.domain.model.agency.AgencyRepository;
import org.interdict.domain.model.shared.Releasability;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks a request to share a record: the releasability, and that every recipient is a known partner agency. */
@ApplicationScoped
public class Releases {

    private AgencyRepository agencies;

    /** For the CDI container's client proxy. */
    protected Releases() {
    }

    @Inject
    public Releases(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** A checked release: what and to whom. */
    public record Release(Releasability releasability, Set<String> agencies) {
    }

    /** The releasability of a record shared with named partner agencies, as release requests name it. */
    public static final String SHARED = Releasability.SHARED.name();

    /** The releasability of a record shared with nobody (a withdrawal), as release requests name it. */
    public static final String INTERNAL = Releasability.INTERNAL.name();

    /** A partner agency a record can be shared with: its code and name. */
    public record Partner(String code, String name) {
    }

    /** The partner agencies records can be shared with, ordered by code (for a choice in a user interface). */
    public List<Partner> partners() {
        return agencies.findAll().stream().filter(Agency::isPartner).map(a -> new Partner(a.code(), a.name())).toList();
    }

    public Release check(String releasability, List<String> recipients) {
        Releasability level = Enums.required(Releasability.class, "releasability", releasability);
        Set<String> codes = new TreeSet<>();
        if (recipients != null) {
            for (String code : recipients) {
                Agency agency = agencies.find(code == null ? null : code.strip())
                        .orElseThrow(() -> new InvalidInputException("There is no agency '" + code + "'."));
                if (!agency.isPartner()) {
                    throw new InvalidInputException("Records are shared with partner agencies; " + agency.code() + " ("
                            + agency.name() + ") is an authority.");
                }
                codes.add(agency.code());
            }
        }
        return new Release(level, codes);
    }
}
