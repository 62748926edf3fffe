package org.interdict.web.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.Page;
import org.interdict.application.jobs.BackgroundJobRecords.Job;
import org.interdict.application.jobs.BackgroundJobs;
import org.interdict.application.jobs.JobState;
import org.interdict.web.ui.Ui;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The background jobs: per node, what runs there now (from the most recently active jobs), and every
 * job page by page, the most recently active first, as {@link BackgroundJobs#list} answers (it refuses
 * anyone but administrators and auditors; auditors do not reach this page). The node that served the
 * page is marked.
 */
@Named("adminJobs")
@ViewScoped
public class JobsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many of the most recently active jobs the per-node summary reads. */
    static final int SUMMARY_JOBS = 100;

    @Inject
    BackgroundJobs jobs;

    private String node;
    private List<NodeSummary> nodes = List.of();
    private final Jobs table = new Jobs();

    /** A node with the jobs running there now. */
    public record NodeSummary(String name, boolean here, List<Job> running, Instant lastHeartbeat) {
    }

    /** Loads the section (a view action). */
    public void load() {
        node = jobs.node();
        summarize();
    }

    /** Reads the jobs again: the summary, and the table from its first page. */
    public void refresh() {
        summarize();
    }

    private void summarize() {
        Map<String, List<Job>> byNode = new LinkedHashMap<>();
        Map<String, Instant> heartbeats = new LinkedHashMap<>();
        Ui.attempt(() -> jobs.list(0, SUMMARY_JOBS)).ifPresent(page -> {
            for (Job job : page.items()) {
                String at = job.node() == null ? "" : job.node();
                List<Job> running = byNode.computeIfAbsent(at, n -> new ArrayList<>());
                if (job.state() == JobState.RUNNING) {
                    running.add(job);
                }
                if (job.heartbeatAt() != null && (heartbeats.get(at) == null || job.heartbeatAt().isAfter(heartbeats.get(at)))) {
                    heartbeats.put(at, job.heartbeatAt());
                }
            }
        });
        byNode.computeIfAbsent(node, n -> new ArrayList<>());
        List<NodeSummary> summaries = new ArrayList<>();
        byNode.forEach((name, running) -> summaries.add(new NodeSummary(name, name.equals(node), List.copyOf(running),
                heartbeats.get(name))));
        summaries.sort(Comparator.comparing((NodeSummary s) -> !s.here()).thenComparing(NodeSummary::name));
        nodes = summaries;
    }

    public String getNode() {
        return node;
    }

    public List<NodeSummary> getNodes() {
        return nodes;
    }

    public LazyDataModel<Job> getTable() {
        return table;
    }

    public boolean here(Job job) {
        return job != null && node != null && node.equals(job.node());
    }

    public boolean isRunning(Job job) {
        return job != null && job.state() == JobState.RUNNING;
    }

    public boolean isTroubled(Job job) {
        return job != null && (job.state() == JobState.FAILED || job.state() == JobState.ABANDONED);
    }

    public String kind(Job job) {
        return job == null ? "" : AdminTexts.text("kind." + job.kind().name());
    }

    public String state(Job job) {
        return job == null ? "" : AdminTexts.text("jobstate." + job.state().name());
    }

    /** Done of total ("1,200 of 40,000"), or just done when the total is not known. */
    public boolean hasTotal(Job job) {
        return job != null && job.total() != null && job.total() > 0;
    }

    /** The part done, 0 to 100, for a bar. */
    public int percent(Job job) {
        if (!hasTotal(job)) {
            return 0;
        }
        return (int) Math.max(0, Math.min(100, 100 * job.done() / job.total()));
    }

    public String duration(Long millis) {
        return millis == null ? "" : AdminTexts.duration(millis);
    }

    /** One page of the jobs, as the service pages them. */
    private final class Jobs extends LazyDataModel<Job> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Ui.attempt(() -> jobs.list(0, 1)).map(page -> (int) Math.min(Integer.MAX_VALUE, page.total())).orElse(0);
        }

        @Override
        public List<Job> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int limit = Math.max(1, Math.min(pageSize, Page.MAX_LIMIT));
            return Ui.attempt(() -> jobs.list(first, limit)).map(page -> {
                setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
                return page.items();
            }).orElse(List.of());
        }

        @Override
        public String getRowKey(Job job) {
            return String.valueOf(job.id());
        }

        @Override
        public Job getRowData(String rowKey) {
            return null;
        }
    }
}
