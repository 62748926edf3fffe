package org.interdict.infrastructure.elasticsearch.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps name matching from getting worse: the harness's figures on the public yente sets must stay at
 * or above what was measured when this test was written (at the default threshold 0.7: precision
 * 0.999, recall 0.997, F1 0.998, recall@10 1.000).
 */
class MatchingQualityTest {

    @Test
    void matchingQualityStaysAtTheMeasuredFloor() throws IOException {
        Path shared = Path.of(System.getProperty("interdict.shared.data", "../../shared/data"));
        assertTrue(Files.isDirectory(shared.resolve("name_matching")), "The tests read public reference data from "
                + "shared/data beside the repository; " + shared.toAbsolutePath().normalize() + " is missing.");
        MatchingQuality.Figures figures = MatchingQuality.measure(shared, 0.7);
        System.out.println("Name matching quality: " + figures);
        assertTrue(figures.precision() >= 0.99, figures.toString());
        assertTrue(figures.recall() >= 0.99, figures.toString());
        assertTrue(figures.f1() >= 0.99, figures.toString());
        assertTrue(figures.recallAt10() >= 0.99, figures.toString());
    }
}
