package org.interdict.web.ui.imports;

import org.interdict.application.CsvWriter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RefusedLinesTest {

    @Test
    void readsWhatTheServiceWritesAndKeepsTheFirstRows() {
        RefusedLines lines = new RefusedLines(2);
        CsvWriter csv = new CsvWriter(lines, List.of("line", "reason"));
        csv.row(List.of("2", "date \"31.02.2024\" is no date, and the HS code is missing"));
        csv.row(List.of("7", "exporter 'A\r\nB' cannot be recorded as a party"));
        csv.row(List.of("9", "plain"));
        csv.flush();
        lines.close();

        assertEquals(List.of(new RefusedLines.Refusal("2", "date \"31.02.2024\" is no date, and the HS code is missing"),
                new RefusedLines.Refusal("7", "exporter 'A\r\nB' cannot be recorded as a party")), lines.kept());
        assertEquals(3, lines.total());
    }

    @Test
    void noRefusalsIsAnEmptyList() {
        RefusedLines lines = new RefusedLines(10);
        new CsvWriter(lines, List.of("line", "reason")).flush();
        lines.close();

        assertEquals(List.of(), lines.kept());
        assertEquals(0, lines.total());
    }
}
