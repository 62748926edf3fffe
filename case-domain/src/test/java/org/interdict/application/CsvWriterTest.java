package org.interdict.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

class CsvWriterTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out, List.of("a", "b"));
        csv.row(List.of("plain", "with, comma"));
        csv.row(List.of("say \"hi\"", "two\nlines"));
        csv.row(Arrays.asList(null, "=HYPERLINK(\"http://x\")"));
        csv.row(List.of("+1", "-2"));
        csv.row(List.of("@SUM(A1)", "ok"));
        assertEquals("a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                + "'+1,'-2\r\n'@SUM(A1),ok\r\n", out.toString());
        assertEquals(5, csv.rows());
    }
}
