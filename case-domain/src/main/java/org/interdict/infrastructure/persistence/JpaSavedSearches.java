package org.interdict.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.interdict.application.projection.RecordType;
import org.interdict.application.search.SavedSearches;
import org.interdict.application.security.Visibility;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Saved searches, their first matches and the notifications they raise, in PostgreSQL. */
@ApplicationScoped
public class JpaSavedSearches implements SavedSearches {

    private static final String SEARCH_COLUMNS = "id, owner, name, query, owner_agency, partner_agency, created_at";
    private static final String NOTIFICATION_COLUMNS = "id, recipient, saved_search_id, title, records, created_at, read_at";

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void save(SavedSearch search) {
        em.createNativeQuery("insert into saved_search (" + SEARCH_COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, search.id()).setParameter(2, search.owner()).setParameter(3, search.name())
                .setParameter(4, search.query()).setParameter(5, search.visibility().ownerAgency())
                .setParameter(6, search.visibility().partnerAgency()).setParameter(7, search.createdAt())
                .executeUpdate();
    }

    @Override
    public List<SavedSearch> ownedBy(String owner) {
        return searches("where owner = ?1 order by lower(name)", owner);
    }

    @Override
    public List<SavedSearch> all() {
        return searches("order by created_at", null);
    }

    @Override
    public Optional<SavedSearch> find(UUID id) {
        return searches("where id = ?1", id).stream().findFirst();
    }

    @Override
    public void delete(UUID id) {
        em.createNativeQuery("delete from saved_search where id = ?1").setParameter(1, id).executeUpdate();
    }

    @Override
    public List<RecordRef> firstMatches(UUID savedSearchId, Collection<RecordRef> records) {
        List<RecordRef> first = new ArrayList<>();
        for (RecordRef record : records) {
            int inserted = em.createNativeQuery("insert into saved_search_match (saved_search_id, record_type, record_id) "
                    + "values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, savedSearchId).setParameter(2, record.type().name()).setParameter(3, record.id())
                    .executeUpdate();
            if (inserted == 1) {
                first.add(record);
            }
        }
        return first;
    }

    @Override
    public void notify(Notification notification) {
        JsonArrayBuilder records = Json.createArrayBuilder();
        notification.records().forEach(r -> records.add(Json.createObjectBuilder()
                .add("type", r.type().name()).add("id", r.id()).add("title", r.title())));
        em.createNativeQuery("insert into notification (" + NOTIFICATION_COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, null)")
                .setParameter(1, notification.id()).setParameter(2, notification.recipient())
                .setParameter(3, notification.savedSearchId()).setParameter(4, notification.title())
                .setParameter(5, records.build().toString()).setParameter(6, notification.createdAt()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Notification> notifications(String recipient, boolean unreadOnly, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery("select " + NOTIFICATION_COLUMNS + " from notification where recipient = ?1"
                + (unreadOnly ? " and read_at is null" : "") + " order by created_at desc, id offset ?2 limit ?3")
                .setParameter(1, recipient).setParameter(2, offset).setParameter(3, limit).getResultList();
        return rows.stream().map(JpaSavedSearches::notification).toList();
    }

    @Override
    public long unread(String recipient) {
        return ((Number) em.createNativeQuery("select count(*) from notification where recipient = ?1 and read_at is null")
                .setParameter(1, recipient).getSingleResult()).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Notification> notification(UUID id) {
        List<Object[]> rows = em.createNativeQuery("select " + NOTIFICATION_COLUMNS + " from notification where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().map(JpaSavedSearches::notification).findFirst();
    }

    @Override
    public void markRead(UUID id, boolean read) {
        em.createNativeQuery("update notification set read_at = " + (read ? "coalesce(read_at, now())" : "null") + " where id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<SavedSearch> searches(String where, Object parameter) {
        var query = em.createNativeQuery("select " + SEARCH_COLUMNS + " from saved_search " + where);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new SavedSearch((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                new Visibility((String) row[4], (String) row[5]), NativeValues.instant(row[6]))).toList();
    }

    private static Notification notification(Object[] row) {
        List<RecordRef> records = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader((String) row[4]))) {
            reader.readArray().getValuesAs(JsonObject.class).forEach(r -> records.add(new RecordRef(
                    RecordType.valueOf(r.getString("type")), r.getString("id"), r.getString("title"))));
        }
        return new Notification((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3], records, NativeValues.instant(row[5]),
                NativeValues.instant(row[6]));
    }
}
