package org.interdict.infrastructure.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.json.JsonData;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchUnavailableException;
import org.interdict.application.search.Indexed;
import org.interdict.application.search.SearchDocument;
import org.interdict.application.search.SearchIndex;
import org.interdict.infrastructure.elasticsearch.names.NameNormalizer;
import org.interdict.infrastructure.elasticsearch.names.NameKind;
import org.interdict.infrastructure.elasticsearch.names.NormalizedName;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search projection in Elasticsearch. Documents are written with external versions (the outbox
 * id), so a replayed or out-of-order write is refused by Elasticsearch as a version conflict and the
 * newer document stays.
 */
@ApplicationScoped
public class ElasticsearchSearchIndex implements SearchIndex {

    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    /** Older than the longest-lived open search, so that deleting cannot break one. */
    private static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(10);

    private ElasticsearchConnection connection;
    private final NameNormalizer names = NameNormalizer.shared();

    /** For the CDI container's client proxy. */
    protected ElasticsearchSearchIndex() {
    }

    @Inject
    public ElasticsearchSearchIndex(ElasticsearchConnection connection) {
        this.connection = connection;
    }

    @Override
    public boolean prepare() {
        // ICU compiles its transliteration rules on first use, which takes seconds: now, not in a user's first search.
        names.normalize("Интердикт 有限公司");
        ElasticsearchClient client = connection.client();
        try {
            boolean current = true;
            for (RecordType type : RecordType.values()) {
                String alias = SearchIndices.alias(type);
                if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                    String index = SearchIndices.versionedName(type);
                    if (client.indices().exists(e -> e.index(index)).value()) {
                        // Created by an attempt whose answer was lost (or by another node): only the alias is missing.
                        client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias)
                                .isWriteIndex(true))));
                    } else {
                        create(index, true, alias);
                    }
                    ElasticsearchLog.LOG.indexCreated(index, alias);
                    continue;
                }
                for (var mapping : client.indices().getMapping(g -> g.index(alias)).result().entrySet()) {
                    JsonData version = mapping.getValue().mappings().meta().get(SearchIndices.MAPPING_VERSION_META);
                    if (version == null || version.to(Integer.class) < SearchIndices.MAPPING_VERSION) {
                        ElasticsearchLog.LOG.indexOutdated(mapping.getKey(), SearchIndices.MAPPING_VERSION);
                        current = false;
                    }
                }
            }
            return current;
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("cannot prepare the indices", e);
        }
    }

    /**
     * An index of the current mapping, with its alias in the same request when one is given; a
     * rebuild's starts without refreshes or replicas, which its swap restores.
     */
    private void create(String name, boolean live, String alias) throws IOException {
        connection.client().indices().create(c -> {
            c.index(name)
                    .settings(settings -> settings.numberOfReplicas(String.valueOf(live ? connection.replicas() : 0))
                            .refreshInterval(t -> t.time(live ? SearchIndices.refreshInterval(name) : "-1")))
                    .mappings(SearchIndices.mapping());
            if (alias != null) {
                c.aliases(alias, a -> a.isWriteIndex(true));
            }
            return c;
        });
    }

    @Override
    public Map<Long, String> write(List<SearchDocument> documents, List<Deletion> deletions, Map<RecordType, String> alsoInto) {
        if (documents.isEmpty() && deletions.isEmpty()) {
            return Map.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        List<Long> versions = new ArrayList<>();
        for (SearchDocument document : documents) {
            Map<String, Object> source = source(document);
            for (String target : targets(document.type(), alsoInto)) {
                bulk.operations(op -> op.index(index -> index.index(target)
                        .id(document.id()).version(document.version()).versionType(VersionType.External)
                        .document(source)));
                versions.add(document.version());
            }
        }
        for (Deletion deletion : deletions) {
            for (String target : targets(deletion.type(), alsoInto)) {
                bulk.operations(op -> op.delete(delete -> delete.index(target)
                        .id(deletion.id()).version(deletion.version()).versionType(VersionType.External)));
                versions.add(deletion.version());
            }
        }
        BulkResponse response;
        try {
            response = connection.client().bulk(bulk.build());
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("is unavailable", e);
        }
        Map<Long, String> failures = new HashMap<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() != null && !VERSION_CONFLICT.equals(item.error().type())) {
                failures.put(versions.get(i), item.error().type() + ": " + item.error().reason());
            }
        }
        return failures;
    }

    private static List<String> targets(RecordType type, Map<RecordType, String> alsoInto) {
        String rebuild = alsoInto.get(type);
        return rebuild == null ? List.of(SearchIndices.alias(type)) : List.of(SearchIndices.alias(type), rebuild);
    }

    @Override
    public Map<RecordType, String> createGeneration(long generation) {
        Map<RecordType, String> targets = new EnumMap<>(RecordType.class);
        try {
            dropLeftovers(generation);
            for (RecordType type : RecordType.values()) {
                String name = SearchIndices.rebuildName(type, generation);
                create(name, false, null);
                targets.put(type, name);
            }
            return targets;
        } catch (IOException | ElasticsearchException e) {
            drop(targets.values());
            throw unavailable("cannot create the rebuild's indices", e);
        }
    }

    /**
     * Deletes earlier generations that no alias points at and that are older than any open search
     * (a failed rebuild's, or those a swap left whose timed deletion a restart cancelled).
     */
    private void dropLeftovers(long now) throws IOException {
        var indices = connection.client().indices().get(g -> g.index("interdict-*").ignoreUnavailable(true)).result();
        List<String> leftovers = new ArrayList<>();
        indices.forEach((name, state) -> {
            Long created = creationDate(state.settings());
            if (state.aliases().isEmpty() && created != null && created < now - LEFTOVER_AGE.toMillis()) {
                leftovers.add(name);
            }
        });
        drop(leftovers);
    }

    /** The creation date, which the client reads either at the top of the settings or under "index". */
    private static Long creationDate(co.elastic.clients.elasticsearch.indices.IndexSettings settings) {
        if (settings == null) {
            return null;
        }
        if (settings.creationDate() != null) {
            return settings.creationDate();
        }
        return settings.index() == null ? null : settings.index().creationDate();
    }

    @Override
    public void fill(Map<RecordType, String> targets, List<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (SearchDocument document : documents) {
            // External version 0 writes only where no document is yet: the outbox's (from 1) are as new or newer.
            bulk.operations(op -> op.index(index -> index.index(targets.get(document.type()))
                    .id(document.id()).version(0L).versionType(VersionType.External).document(source(document))));
        }
        BulkResponse response;
        try {
            response = connection.client().bulk(bulk.build());
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("is unavailable", e);
        }
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && !VERSION_CONFLICT.equals(item.error().type())) {
                throw new SearchUnavailableException("Elasticsearch refused " + item.id() + " in " + item.index() + ": "
                        + item.error().type() + ": " + item.error().reason(), null);
            }
        }
    }

    @Override
    public List<String> swap(Map<RecordType, String> targets) {
        ElasticsearchClient client = connection.client();
        try {
            List<String> left = new ArrayList<>();
            List<Action> actions = new ArrayList<>();
            for (Map.Entry<RecordType, String> target : targets.entrySet()) {
                String alias = SearchIndices.alias(target.getKey());
                String index = target.getValue();
                client.indices().putSettings(p -> p.index(index).settings(st -> st
                        .refreshInterval(t -> t.time(SearchIndices.refreshInterval(index))).numberOfReplicas(String.valueOf(connection.replicas()))));
                client.indices().refresh(r -> r.index(index));
                for (String old : client.indices().getAlias(g -> g.name(alias)).result().keySet()) {
                    if (!old.equals(index)) {
                        left.add(old);
                        actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
                    }
                }
                actions.add(Action.of(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true))));
            }
            // One request: every search sees either all old indices or all new ones.
            client.indices().updateAliases(u -> u.actions(actions));
            for (String old : left) {
                ElasticsearchLog.LOG.aliasMoved(old, targets.values().toString());
            }
            return left;
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("cannot move the aliases", e);
        }
    }

    @Override
    public void drop(Collection<String> indices) {
        for (String index : indices) {
            try {
                connection.client().indices().delete(d -> d.index(index).ignoreUnavailable(true));
            } catch (IOException | ElasticsearchException e) {
                ElasticsearchLog.LOG.indexNotDropped(index, e.getMessage());
            }
        }
    }

    @Override
    public Map<RecordType, Long> counts() {
        Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
        try {
            for (RecordType type : RecordType.values()) {
                counts.put(type, connection.client().count(c -> c.index(SearchIndices.alias(type))).count());
            }
            return counts;
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("cannot count", e);
        }
    }

    private SearchUnavailableException unavailable(String what, Exception e) {
        return new SearchUnavailableException("Elasticsearch at " + connection.url() + " " + what + ": " + e.getMessage(), e);
    }

    /**
     * Every name of a party or designation also in comparable form: each spelling (every romanisation,
     * scripts, case and legal forms folded away), with and without spaces, and the words it is found by
     * (generic words also by their concept, a Han name's syllables); the names derived from it too (the
     * parts around parentheses, an organisation's acronym), so that queries normalised the same way meet them.
     */
    private void nameKeys(Map<String, Object> source) {
        List<String> all = new ArrayList<>();
        if (source.get(SearchIndices.NAMES) instanceof List<?> list) {
            list.forEach(name -> all.add(String.valueOf(name)));
        } else if (source.get(SearchIndices.PRIMARY_NAME) instanceof String name) {
            all.add(name);
        }
        if (all.isEmpty()) {
            return;
        }
        Set<String> normalized = new LinkedHashSet<>();
        Set<String> compact = new LinkedHashSet<>();
        Set<String> tokens = new LinkedHashSet<>();
        NameKind kind = NameKind.of(String.valueOf(source.getOrDefault(PartyDocument.KIND,
                source.getOrDefault(DesignationDocument.PARTY_KIND, ""))));
        List<String> derived = new ArrayList<>();
        all.forEach(name -> derived.addAll(names.derived(name, kind)));
        all.addAll(derived);
        for (String name : all) {
            NormalizedName n = names.normalize(name, kind);
            for (String spelling : n.latinSpellings()) {
                normalized.add(spelling);
                compact.add(spelling.replace(" ", ""));
            }
            tokens.addAll(n.keys());
        }
        source.put(SearchIndices.NAMES_NORMALIZED, List.copyOf(normalized));
        source.put(SearchIndices.NAME_TOKENS, List.copyOf(tokens));
        source.put(SearchIndices.NAMES_COMPACT, List.copyOf(compact));
    }

    /** Each kind of record laid out by its own document class. */
    private static Map<String, Object> fields(Indexed record) {
        if (record instanceof Indexed.PartyRecord party) {
            return PartyDocument.source(party);
        }
        if (record instanceof Indexed.CaseRecord caseFile) {
            return CaseDocument.source(caseFile);
        }
        if (record instanceof Indexed.DesignationRecord designation) {
            return DesignationDocument.source(designation);
        }
        if (record instanceof Indexed.EvidenceRecord evidence) {
            return EvidenceDocument.source(evidence);
        }
        return TradeRecordDocument.source((Indexed.TradeRecord) record);
    }

    private Map<String, Object> source(SearchDocument document) {
        Map<String, Object> source = fields(document.record());
        nameKeys(source);
        if (source.get(SearchIndices.TITLE) instanceof String title) {
            source.put(SearchIndices.SORT_NAME, title.strip().toLowerCase(java.util.Locale.ROOT));
        }
        source.put(SearchIndices.RECORD_TYPE, SearchIndices.typeName(document.type()));
        source.put(SearchIndices.OWNING_AGENCY, document.owningAgency());
        source.put(SearchIndices.RELEASED_TO, document.releasedTo());
        source.put(SearchIndices.PUBLIC, document.isPublic());
        return source;
    }
}
