package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.interdict.application.trade.CustomsFile;
import org.interdict.application.trade.ImportProfile;
import org.interdict.application.trade.ImportProfiles;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Import profiles in PostgreSQL, one row per agency and name; the column mapping is a JSON object of
 * column → header name. Saving a name again replaces it (one statement, so two saves at once leave one).
 */
@ApplicationScoped
@Transactional
public class JpaImportProfiles implements ImportProfiles {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<ImportProfile> of(String agency) {
        List<Object[]> rows = em.createNativeQuery("select name, columns, currency, sheet, saved_by, saved_at, destination from import_profile "
                + "where owning_agency = ?1 order by lower(name)").setParameter(1, agency).getResultList();
        return rows.stream().map(JpaImportProfiles::profile).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<ImportProfile> find(String agency, String name) {
        List<Object[]> rows = em.createNativeQuery("select name, columns, currency, sheet, saved_by, saved_at, destination from import_profile "
                + "where owning_agency = ?1 and name = ?2").setParameter(1, agency).setParameter(2, name).getResultList();
        return rows.stream().findFirst().map(JpaImportProfiles::profile);
    }

    @Override
    public Optional<ImportProfile> save(String agency, ImportProfile profile) {
        Optional<ImportProfile> replaced = find(agency, profile.name());
        JsonObjectBuilder columns = Json.createObjectBuilder();
        profile.layout().columns().forEach((column, header) -> columns.add(column.header(), header));
        em.createNativeQuery("insert into import_profile (id, owning_agency, name, columns, currency, sheet, saved_by, saved_at, "
                + "destination) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict (owning_agency, name) do update set "
                + "columns = excluded.columns, currency = excluded.currency, sheet = excluded.sheet, saved_by = excluded.saved_by, "
                + "saved_at = excluded.saved_at, destination = excluded.destination")
                .setParameter(1, UUID.randomUUID()).setParameter(2, agency).setParameter(3, profile.name())
                .setParameter(4, columns.build().toString()).setParameter(5, profile.layout().currency())
                .setParameter(6, profile.layout().sheet()).setParameter(7, profile.savedBy())
                .setParameter(8, OffsetDateTime.ofInstant(profile.savedAt(), ZoneOffset.UTC))
                .setParameter(9, profile.layout().destination()).executeUpdate();
        return replaced;
    }

    @Override
    public boolean delete(String agency, String name) {
        return em.createNativeQuery("delete from import_profile where owning_agency = ?1 and name = ?2").setParameter(1, agency)
                .setParameter(2, name).executeUpdate() > 0;
    }

    private static ImportProfile profile(Object[] row) {
        Map<CustomsFile.Column, String> columns = new EnumMap<>(CustomsFile.Column.class);
        JsonObject json = Json.createReader(new StringReader((String) row[1])).readObject();
        for (CustomsFile.Column column : CustomsFile.Column.values()) {
            if (json.get(column.header()) instanceof JsonString header) {
                columns.put(column, header.getString());
            }
        }
        String currency = row[2] == null ? null : String.valueOf(row[2]).strip();
        String destination = row[6] == null ? null : String.valueOf(row[6]).strip();
        return new ImportProfile((String) row[0], new CustomsFile.Layout(columns, currency, destination, (String) row[3]),
                (String) row[4], NativeValues.instant(row[5]));
    }
}
