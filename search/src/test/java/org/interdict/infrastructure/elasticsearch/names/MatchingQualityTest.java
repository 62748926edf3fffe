package org.interdict.infrastructure.elasticsearch.names;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps name matching from getting worse: on a seeded 30 % sample of each category's queries (pools
 * whole) at threshold 0.7, recall@10 must stay at or above a floor, and the false-alarm rate at or below
 * a ceiling, both set just short of what today's matcher reached when this test was written (the lead
 * raises them as the matcher improves). Measured then (30 % sample, threshold 0.7), recall@10 / false alarms:
 * persons-perturbed 1.000 / 0 %, persons-partial 0.962 / 41.7 %, han-latin 0.404 / 0 %, pinyin-grouped
 * 0.981 / 2.1 %, cyrillic-latin 1.000 / 25.4 %, other-scripts 0.994 / 0 %, org-forms-acronyms 0.934 / 28.8 %,
 * companies-cn-negatives 0.836 / 91.6 %, companies-ru-negatives 0.977 / 46.4 %.
 */
class MatchingQualityTest {

    private static final double SHARE = 0.3;

    /** Category → {minimum recall@10, maximum false-alarm rate}. */
    private static final Map<String, double[]> FLOORS = Map.of(
            "persons-perturbed", new double[] {0.99, 0.01},
            "persons-partial", new double[] {0.95, 0.44},
            "han-latin", new double[] {0.39, 0.02},
            "pinyin-grouped", new double[] {0.96, 0.05},
            "cyrillic-latin", new double[] {0.98, 0.28},
            "other-scripts", new double[] {0.98, 0.02},
            "org-forms-acronyms", new double[] {0.91, 0.33},
            "companies-cn-negatives", new double[] {0.82, 0.93},
            "companies-ru-negatives", new double[] {0.96, 0.48});

    private static Path shared() {
        Path shared = Path.of(System.getProperty("interdict.shared.data", "../../shared/data"));
        assertTrue(Files.isDirectory(shared.resolve("name_matching")), "The tests read public reference data from "
                + "shared/data beside the repository; " + shared.toAbsolutePath().normalize() + " is missing.");
        return shared;
    }

    @Test
    void matchingQualityStaysAtTheMeasuredFloors() throws IOException {
        MatchingQuality.Report report = MatchingQuality.measure(shared(), 0.7, Scorer.nameSimilarity(), SHARE);
        System.out.print(report.table());
        List<Executable> checks = new ArrayList<>();
        FLOORS.forEach((category, floor) -> {
            MatchingQuality.Figures figures = report.category(category);
            checks.add(() -> assertTrue(figures.recallAt10() >= floor[0],
                    category + ": recall@10 " + figures.recallAt10() + " below its floor " + floor[0]));
            checks.add(() -> assertTrue(figures.falseAlarmRate() <= floor[1],
                    category + ": false-alarm rate " + figures.falseAlarmRate() + " above its ceiling " + floor[1]));
        });
        checks.add(() -> assertTrue(report.categories().size() == FLOORS.size(), "every category has a floor"));
        assertAll(checks);
    }
}
