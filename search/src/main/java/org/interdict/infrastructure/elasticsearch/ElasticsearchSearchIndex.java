package org.interdict.infrastructure.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.search.RecordType;
import org.interdict.application.search.SearchDocument;
import org.interdict.application.search.SearchIndex;
import org.interdict.application.search.SearchUnavailableException;
import org.interdict.infrastructure.elasticsearch.names.NameNormalizer;
import org.interdict.infrastructure.elasticsearch.names.NormalizedName;

import java.io.IOException;
import java.util.ArrayList;
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

    private ElasticsearchConnection connection;
    private final NameNormalizer names = new NameNormalizer();

    /** For the CDI container's client proxy. */
    protected ElasticsearchSearchIndex() {
    }

    @Inject
    public ElasticsearchSearchIndex(ElasticsearchConnection connection) {
        this.connection = connection;
    }

    @Override
    public void prepare() {
        ElasticsearchClient client = connection.client();
        try {
            for (RecordType type : RecordType.values()) {
                String alias = SearchIndices.alias(type);
                if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                    client.indices().create(c -> c.index(SearchIndices.versionedName(type))
                            .settings(settings -> settings.numberOfReplicas(String.valueOf(connection.replicas())))
                            .mappings(SearchIndices.mapping())
                            .aliases(alias, a -> a.isWriteIndex(true)));
                    ElasticsearchLog.LOG.indexCreated(SearchIndices.versionedName(type), alias);
                }
            }
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.url() + " cannot prepare the indices: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Map<Long, String> write(List<SearchDocument> documents, List<Deletion> deletions) {
        if (documents.isEmpty() && deletions.isEmpty()) {
            return Map.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        List<Long> versions = new ArrayList<>();
        for (SearchDocument document : documents) {
            bulk.operations(op -> op.index(index -> index.index(SearchIndices.alias(document.type()))
                    .id(document.id()).version(document.version()).versionType(VersionType.External)
                    .document(source(document))));
            versions.add(document.version());
        }
        for (Deletion deletion : deletions) {
            bulk.operations(op -> op.delete(delete -> delete.index(SearchIndices.alias(deletion.type()))
                    .id(deletion.id()).version(deletion.version()).versionType(VersionType.External)));
            versions.add(deletion.version());
        }
        BulkResponse response;
        try {
            response = connection.client().bulk(bulk.build());
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch at " + connection.url() + " is unavailable: " + e.getMessage(), e);
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

    /**
     * Every name of a party or designation also in comparable form: normalised (scripts, case and
     * legal forms folded away) and as tokens, so that queries normalised the same way meet them.
     */
    private void nameKeys(Map<String, Object> source) {
        List<String> all = new ArrayList<>();
        if (source.get("names") instanceof List<?> list) {
            list.forEach(name -> all.add(String.valueOf(name)));
        } else if (source.get("primaryName") instanceof String name) {
            all.add(name);
        }
        if (all.isEmpty()) {
            return;
        }
        Set<String> normalized = new LinkedHashSet<>();
        Set<String> tokens = new LinkedHashSet<>();
        for (String name : all) {
            NormalizedName n = names.normalize(name);
            if (!n.normalized().isEmpty()) {
                normalized.add(n.normalized());
                tokens.addAll(n.tokens());
            }
        }
        source.put(SearchIndices.NAMES_NORMALIZED, List.copyOf(normalized));
        source.put(SearchIndices.NAME_TOKENS, List.copyOf(tokens));
    }

    private Map<String, Object> source(SearchDocument document) {
        Map<String, Object> source = new LinkedHashMap<>(document.fields());
        nameKeys(source);
        source.put(SearchIndices.RECORD_TYPE, SearchIndices.typeName(document.type()));
        source.put(SearchIndices.OWNING_AGENCY, document.owningAgency());
        source.put(SearchIndices.RELEASED_TO, document.releasedTo());
        source.put(SearchIndices.PUBLIC, document.isPublic());
        return source;
    }
}
