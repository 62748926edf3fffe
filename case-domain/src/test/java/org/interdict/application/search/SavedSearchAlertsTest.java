package org.interdict.application.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interdict.application.projection.RecordType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class SavedSearchAlertsTest {

    private final SavedSearches.SavedSearch search = new SavedSearches.SavedSearch(UUID.randomUUID(), "alice", "Silva",
            "silva", null, Instant.now());
    /** The matches as the database keeps them: a record is claimed for a search by the one insert that wins. */
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final List<SavedSearches.Notification> notified = Collections.synchronizedList(new ArrayList<>());

    @Test
    void twoNodesIndexingTheSameRecordAtOnceNotifyItsOwnerOnce() throws Exception {
        SearchDocument silva = party("Silva LLC");
        int nodes = 2;
        ExecutorService threads = Executors.newFixedThreadPool(nodes);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> checked = new ArrayList<>();
            for (int node = 0; node < nodes; node++) {
                SavedSearchAlerts alerts = new SavedSearchAlerts(savedSearches(), everythingMatches());
                checked.add(threads.submit(() -> {
                    go.await();
                    return alerts.indexed(List.of(silva));
                }));
            }
            go.countDown();
            for (Future<Integer> each : checked) {
                assertEquals(1, each.get(), "each node checked the record");
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, notified.size(), "one notification: " + notified);
        assertEquals("alice", notified.get(0).recipient());
    }

    @Test
    void aRecordThatMatchedBeforeRaisesNoSecondAlertAndNoSavedSearchMeansNothingToCheck() {
        SavedSearchAlerts alerts = new SavedSearchAlerts(savedSearches(), everythingMatches());
        alerts.indexed(List.of(party("Silva LLC")));
        alerts.indexed(List.of(party("Silva LLC")));
        assertEquals(1, notified.size());
        SavedSearchAlerts nobodySaved = new SavedSearchAlerts(port(List.of()), everythingMatches());
        assertEquals(0, nobodySaved.indexed(List.of(party("Silva LLC"))));
    }

    private static SearchDocument party(String name) {
        // One party id per name, so that two nodes index the same record.
        String id = UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return new SearchDocument(RecordType.PARTY, id, 1, "ECA", List.of(), false, new Indexed.PartyRecord("COMPANY", name,
                List.of(name), List.of(), List.of(), "RU", List.of(), "NONE", 1, Instant.now()));
    }

    private SavedSearches savedSearches() {
        return port(List.of(search));
    }

    /** The port with the calls the alerts make; any other call fails the test. */
    private SavedSearches port(List<SavedSearches.SavedSearch> all) {
        return (SavedSearches) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SavedSearches.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "all" -> all;
                    case "firstMatches" -> {
                        @SuppressWarnings("unchecked")
                        Collection<SavedSearches.RecordRef> records = (Collection<SavedSearches.RecordRef>) args[1];
                        yield records.stream().filter(r -> claimed.add(args[0] + "/" + r.type() + "/" + r.id())).toList();
                    }
                    case "notify" -> {
                        notified.add((SavedSearches.Notification) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static RecordSearch everythingMatches() {
        return (RecordSearch) Proxy.newProxyInstance(SavedSearchAlertsTest.class.getClassLoader(), new Class<?>[] {RecordSearch.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("matches")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    @SuppressWarnings("unchecked")
                    List<SavedSearches.SavedSearch> searches = (List<SavedSearches.SavedSearch>) args[0];
                    @SuppressWarnings("unchecked")
                    List<SavedSearches.RecordRef> records = (List<SavedSearches.RecordRef>) args[1];
                    Map<UUID, List<SavedSearches.RecordRef>> matches = new java.util.HashMap<>();
                    searches.forEach(s -> matches.put(s.id(), records));
                    return matches;
                });
    }

}
