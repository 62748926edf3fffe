package org.interdict.infrastructure.elasticsearch.names;

import org.interdict.infrastructure.elasticsearch.names.QualitySets.Category;
import org.interdict.infrastructure.elasticsearch.names.QualitySets.Query;
import org.interdict.infrastructure.elasticsearch.names.QualitySets.Target;
import org.interdict.infrastructure.elasticsearch.names.QualitySets.Trial;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The name-matching quality harness: sets of names built only from the public data in the shared data
 * directory (and seeded perturbations of them, so every run is the same), in categories that each test
 * one thing a screening matcher must get right. Each category has a pool of listed names (targets),
 * positive queries whose true target is known, and negative queries that name no one in the pool.
 *
 * <ol>
 * <li><b>persons-perturbed</b>: yente's UN person names as perturbed (order, punctuation, spelling;
 *     {@code yente_positives_un_treated.csv}) against the same names as listed ({@code …_untreated.csv});
 *     negatives: yente's 1,000 synthetic people on no list ({@code yente_negatives_global_1000.csv}).</li>
 * <li><b>persons-partial</b>: UN individuals (the UN XML's FIRST_NAME … FOURTH_NAME joined; the surname
 *     is taken to be the last word). Two of these per person, at random: the surname alone (only where no
 *     other pool surname is the same), "Surname, Given", initials ("V. V. PUTIN"), a title before the name
 *     ("General", "Dr." …), the middle names left out. Negatives: the same given names with another pool
 *     surname unlike the person's own (edit ratio below 0.6; the combination is listed for no one), and 200
 *     yente strangers.</li>
 * <li><b>han-latin</b>: China's counter-sanctions ({@code cn_countersanctions.csv}, rows with a Chinese
 *     name): the Latin name queried against the Chinese names, and the Chinese against the Latin. The kind
 *     is the Type column (Person; Company and Organization are organisations): organisations there are
 *     mostly translated, persons transliterated. 80 % of the rows are the pool; the other 20 % are the
 *     negatives, queried the same way.</li>
 * <li><b>pinyin-grouped</b>: Chinese company names in Han (the counter-sanctions' Companies, 80 % pooled and
 *     20 % as negatives, and 500 made-up companies of {@link SyntheticCompanies}) queried in pinyin grouped
 *     into words as analysts write it ({@link GroupedPinyin}); half of the made-up ones also with one syllable
 *     a word, "Shi" left out, or the legal form in English. Negatives: 300 made-up companies with other
 *     brands.</li>
 * <li><b>cyrillic-latin</b>: Russian names in Latin (OFAC SSI entities of {@code cons_prim.csv}, OFAC SDN
 *     entries of Russian and Ukrainian programmes, 500 in all, at random) built back into Cyrillic by
 *     {@link CyrillicSpelling}, and the real Cyrillic/Latin pairs of {@code opensanctions_sample_t1}. One
 *     trial pools the Cyrillic and queries with the Latin as listed, with ICU's romanisation and with GOST
 *     7.79-B's; the other pools the Latin and queries with the Cyrillic. 20 % held out as negatives.</li>
 * <li><b>other-scripts</b>: {@code watchman_cross_script_pairs.csv} and the UN individuals'
 *     NAME_ORIGINAL_SCRIPT (Arabic mostly) against the Latin name, both ways; 20 % held out as negatives,
 *     and 150 yente strangers in Latin, 150 in other scripts. Per-script figures are printed below the
 *     table.</li>
 * <li><b>org-forms-acronyms</b>: OFAC SDN entities (those with a legal form, a number or an acronym alias of
 *     {@code alt.csv}, and 300 others, up to 1,000) and the UN entities: the legal form moved, written
 *     another way, misspelt or dropped ({@link OrganisationVariants}); the acronym alone and "Name (ACR)";
 *     a parenthesised short name taken out; numbers in words instead of digits and back. 15 % held out as
 *     negatives (with their legal form changed likewise).</li>
 * <li><b>companies-cn-negatives</b> and <b>companies-ru-negatives</b>: 600 made-up Chinese or Russian
 *     companies ({@link SyntheticCompanies}), each queried once with one or two changes (a typo in the brand,
 *     the legal form changed or dropped, words reordered, the trade word dropped, upper case, punctuation
 *     gone, pinyin syllables split; a Han name queried in pinyin, Cyrillic in Latin and back, never English for
 *     pinyin, which would be translation); negatives: up to 800 companies made of the same cities,
 *     trade words and legal forms but a brand unlike every pooled one. These measure the false-alarm rate
 *     (goal ≤ 1 %) and recall@10 (goal ≥ 97 %).</li>
 * </ol>
 *
 * <p>Every query is scored against every target of its pool through the one {@link Scorer}. A positive is
 * found (true positive) when its true target scores at least the threshold; a negative is a false alarm
 * when its best score over the pool does. Precision is true positives over true positives and false
 * alarms (so it depends on how many negatives a category has). Rank of a positive: 1 + the number of
 * other targets scoring at least as high as the true target, so ties count against the matcher.
 * Recall@k: share of positives with rank ≤ k. ROC AUC: Mann–Whitney, the chance that a positive's true
 * target scores higher than a negative's best (ties count half). The total line adds up the counts and
 * pools the scores of all categories.
 *
 * <pre>./interdict quality [T]      (or: java -cp … MatchingQuality SHARED_DATA_DIR [THRESHOLD])</pre>
 */
public final class MatchingQuality {

    /** The figures of one category (or of all, for the total). */
    public record Figures(String category, int positives, int negatives, int truePositives, int falseAlarms,
            int recalledAt1, int recalledAt10, double auc, Map<String, int[]> groups) {

        public double precision() {
            return truePositives + falseAlarms == 0 ? 0 : (double) truePositives / (truePositives + falseAlarms);
        }

        public double recall() {
            return positives == 0 ? 0 : (double) truePositives / positives;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double recallAt1() {
            return positives == 0 ? 0 : (double) recalledAt1 / positives;
        }

        public double recallAt10() {
            return positives == 0 ? 0 : (double) recalledAt10 / positives;
        }

        /** Share of negative queries whose best score over the pool reaches the threshold. */
        public double falseAlarmRate() {
            return negatives == 0 ? 0 : (double) falseAlarms / negatives;
        }

        String row() {
            return String.format("%-24s %9d %9d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %7.2f %% (%d)", category, positives,
                    negatives, precision(), recall(), f1(), auc, recallAt1(), recallAt10(), 100 * falseAlarmRate(),
                    falseAlarms);
        }

        @Override
        public String toString() {
            return row().replaceAll(" +", " ");
        }
    }

    /** The figures of a run: per category, and the total. */
    public record Report(double threshold, List<Figures> categories, Figures total) {

        public Figures category(String name) {
            return categories.stream().filter(f -> f.category().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no category " + name));
        }

        /** The table: one line per category, the total, and per-group figures where a category has groups. */
        public String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("Name matching quality at threshold %.2f%n", threshold));
            String header = String.format("%-24s %9s %9s %6s %6s %6s %6s %6s %6s  %s", "category", "positives", "negatives",
                    "P", "R", "F1", "AUC", "R@1", "R@10", "false alarms");
            out.append(header).append('\n').append("-".repeat(header.length() + 4)).append('\n');
            categories.forEach(f -> out.append(f.row()).append('\n'));
            out.append("-".repeat(header.length() + 4)).append('\n').append(total.row()).append('\n');
            out.append("groups (positives, R@10 / negatives, false alarms):\n");
            for (Figures f : categories) {
                StringBuilder line = new StringBuilder("  " + f.category() + ":");
                f.groups().forEach((group, c) -> line.append(String.format(" %s %s;", group,
                        (c[0] > 0 ? c[0] + " R@10 " + String.format("%.2f", (double) c[1] / c[0]) : "")
                                + (c[0] > 0 && c[2] > 0 ? " / " : "")
                                + (c[2] > 0 ? c[2] + " neg FA " + c[3] : ""))));
                out.append(line).append('\n');
            }
            return out.toString();
        }
    }

    private static final long SAMPLE_SEED = 7L;

    private MatchingQuality() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : 0.7;
        long start = System.nanoTime();
        Report report = measure(data, threshold);
        System.out.print(report.table());
        System.out.printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** Every category in full, scored by today's matcher. */
    public static Report measure(Path data, double threshold) throws IOException {
        return measure(data, threshold, Scorer.nameSimilarity(), 1.0);
    }

    /**
     * The categories scored by the scorer; {@code share} of the queries (chosen with a fixed seed, the
     * pools always whole) when below 1, for a quicker run.
     */
    public static Report measure(Path data, double threshold, Scorer scorer, double share) throws IOException {
        List<Figures> figures = new ArrayList<>();
        List<Double> allPositive = new ArrayList<>();
        List<Double> allNegative = new ArrayList<>();
        int[] sums = new int[6];
        for (Category category : QualitySets.build(data)) {
            Random sample = new Random(SAMPLE_SEED);
            List<Double> positiveScores = new ArrayList<>();
            List<Double> negativeScores = new ArrayList<>();
            int[] counts = new int[6];
            Map<String, int[]> groups = new TreeMap<>();
            for (Trial trial : category.trials()) {
                List<Query> queries = trial.queries().stream().filter(q -> share >= 1 || sample.nextDouble() < share).toList();
                Outcome[] outcomes = IntStream.range(0, queries.size()).parallel()
                        .mapToObj(i -> outcome(queries.get(i), trial.pool(), scorer)).toArray(Outcome[]::new);
                for (int i = 0; i < outcomes.length; i++) {
                    Query query = queries.get(i);
                    Outcome outcome = outcomes[i];
                    int[] group = groups.computeIfAbsent(query.group(), g -> new int[4]);
                    boolean hit = outcome.score() >= threshold;
                    if (query.positive()) {
                        positiveScores.add(outcome.score());
                        counts[0]++;
                        counts[2] += hit ? 1 : 0;
                        counts[4] += outcome.rank() <= 1 ? 1 : 0;
                        counts[5] += outcome.rank() <= 10 ? 1 : 0;
                        group[0]++;
                        group[1] += outcome.rank() <= 10 ? 1 : 0;
                    } else {
                        negativeScores.add(outcome.score());
                        counts[1]++;
                        counts[3] += hit ? 1 : 0;
                        group[2]++;
                        group[3] += hit ? 1 : 0;
                    }
                }
            }
            figures.add(new Figures(category.name(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                    auc(positiveScores, negativeScores), groups));
            allPositive.addAll(positiveScores);
            allNegative.addAll(negativeScores);
            for (int i = 0; i < sums.length; i++) {
                sums[i] += counts[i];
            }
        }
        Figures total = new Figures("total", sums[0], sums[1], sums[2], sums[3], sums[4], sums[5],
                auc(allPositive, allNegative), Map.of());
        return new Report(threshold, List.copyOf(figures), total);
    }

    /** A positive's true-target score and rank, or a negative's best score (rank 0). */
    private record Outcome(double score, int rank) {
    }

    private static Outcome outcome(Query query, List<Target> pool, Scorer scorer) {
        double[] scores = new double[pool.size()];
        double best = 0;
        for (int j = 0; j < pool.size(); j++) {
            Target target = pool.get(j);
            scores[j] = scorer.score(query.text(), query.kind(), target.name(), target.kind());
            best = Math.max(best, scores[j]);
        }
        if (!query.positive()) {
            return new Outcome(best, 0);
        }
        double own = scores[query.target()];
        int rank = 1;
        for (int j = 0; j < scores.length; j++) {
            if (j != query.target() && scores[j] >= own) {
                rank++;
            }
        }
        return new Outcome(own, rank);
    }

    /** Mann–Whitney: the chance that a positive scores above a negative, ties counting half. */
    static double auc(List<Double> positives, List<Double> negatives) {
        if (positives.isEmpty() || negatives.isEmpty()) {
            return Double.NaN;
        }
        double[] neg = negatives.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double sum = 0;
        for (double p : positives) {
            int below = lowerBound(neg, p);
            int notAbove = upperBound(neg, p);
            sum += below + 0.5 * (notAbove - below);
        }
        return sum / ((double) positives.size() * neg.length);
    }

    private static int lowerBound(double[] sorted, double value) {
        int index = Arrays.binarySearch(sorted, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && sorted[index - 1] == value) {
            index--;
        }
        return index;
    }

    private static int upperBound(double[] sorted, double value) {
        int index = Arrays.binarySearch(sorted, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index < sorted.length && sorted[index] == value) {
            index++;
        }
        return index;
    }
}
