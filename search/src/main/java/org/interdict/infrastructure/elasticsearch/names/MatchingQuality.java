package org.interdict.infrastructure.elasticsearch.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The name-matching quality harness: UN-listed names as listed, against the same names as perturbed
 * (order, punctuation, spelling: yente's "treated" set) and against 1,000 synthetic names of people on
 * no list. Every query is scored against every listed name with {@link NameSimilarity}, as screening
 * scores its candidates. Prints precision, recall and F1 at the threshold, and recall@10.
 *
 * <pre>./interdict quality        (or: java -cp … MatchingQuality SHARED_DATA_DIR [THRESHOLD])</pre>
 */
public final class MatchingQuality {

    /** The figures of one run. */
    public record Figures(int positives, int negatives, double threshold, int truePositives, int falseNegatives,
            int falsePositives, int recalledAt10, double precision, double recall, double f1, double recallAt10) {

        @Override
        public String toString() {
            return String.format("positives %d, negatives %d, threshold %.2f: precision %.3f, recall %.3f, F1 %.3f, "
                            + "recall@10 %.3f (TP %d, FN %d, FP %d)", positives, negatives, threshold, precision, recall,
                    f1, recallAt10, truePositives, falseNegatives, falsePositives);
        }
    }

    private MatchingQuality() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : 0.7;
        long start = System.nanoTime();
        Figures figures = measure(data, threshold);
        System.out.println("Name matching quality (yente UN positives, treated vs untreated; yente global negatives)");
        System.out.println(figures);
        System.out.printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    public static Figures measure(Path data, double threshold) throws IOException {
        Path dir = data.resolve("name_matching");
        List<String> listed = names(dir.resolve("yente_positives_un_untreated.csv"));
        List<String> perturbed = names(dir.resolve("yente_positives_un_treated.csv"));
        List<String> strangers = names(dir.resolve("yente_negatives_global_1000.csv"));
        if (listed.size() != perturbed.size()) {
            throw new IllegalStateException("The treated and untreated sets must pair up line by line");
        }
        NameNormalizer normalizer = new NameNormalizer();
        List<NormalizedName> targets = listed.stream().map(normalizer::normalize).toList();

        int tp = 0;
        int fn = 0;
        int fp = 0;
        int at10 = 0;
        for (int i = 0; i < perturbed.size(); i++) {
            double[] scores = scores(normalizer.normalize(perturbed.get(i)), targets);
            double own = scores[i];
            if (own >= threshold) {
                tp++;
            } else {
                fn++;
            }
            int better = 0;
            for (double score : scores) {
                if (score > own) {
                    better++;
                }
            }
            if (better < 10) {
                at10++;
            }
        }
        for (String stranger : strangers) {
            double best = Arrays.stream(scores(normalizer.normalize(stranger), targets)).max().orElse(0);
            if (best >= threshold) {
                fp++;
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Figures(perturbed.size(), strangers.size(), threshold, tp, fn, fp, at10, precision, recall, f1,
                (double) at10 / perturbed.size());
    }

    private static double[] scores(NormalizedName query, List<NormalizedName> targets) {
        double[] scores = new double[targets.size()];
        for (int j = 0; j < targets.size(); j++) {
            scores[j] = NameSimilarity.score(query, targets.get(j)).value();
        }
        return scores;
    }

    /** The full_name column of a yente CSV (first column, quoted where it holds commas). */
    static List<String> names(Path csv) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("\"")) {
                int end = line.indexOf('"', 1);
                while (end + 1 < line.length() && line.charAt(end + 1) == '"') {
                    end = line.indexOf('"', end + 2);
                }
                names.add(line.substring(1, end).replace("\"\"", "\""));
            } else {
                int comma = line.indexOf(',');
                names.add(comma < 0 ? line : line.substring(0, comma));
            }
        }
        return names;
    }
}
