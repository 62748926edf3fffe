package org.interdict.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsLineBreaksAndCountsLines() {
        CsvReader csv = new CsvReader(new StringReader("a;b;c\r\n\"x;y\";\"say \"\"hi\"\"\";\"two\nlines\"\n\n1;;3\r4;5;6"), ';');
        assertEquals(new CsvReader.Row(1, List.of("a", "b", "c")), csv.next());
        assertEquals(new CsvReader.Row(2, List.of("x;y", "say \"hi\"", "two\nlines")), csv.next());
        assertEquals(new CsvReader.Row(5, List.of("1", "", "3")), csv.next());
        assertEquals(new CsvReader.Row(6, List.of("4", "5", "6")), csv.next());
        assertNull(csv.next());
    }

    @Test
    void aQuoteLeftOpenIsReportedWithItsLine() {
        CsvReader csv = new CsvReader(new StringReader("a,b\n\"open,c\nd,e\n"), ',');
        csv.next();
        CsvReader.MalformedException e = assertThrows(CsvReader.MalformedException.class, csv::next);
        assertEquals(2, e.line());
    }

    @Test
    void aRecordLongerThanTheLimitIsReadPastAndReportedWithItsLine() {
        CsvReader csv = new CsvReader(new StringReader("a,b\n\"" + "x".repeat(50) + "\nmore\",c\nd,e\n" + "y".repeat(30) + "\n"), ',', 20, true);
        assertEquals(new CsvReader.Row(1, List.of("a", "b")), csv.next());
        CsvReader.MalformedException e = assertThrows(CsvReader.MalformedException.class, csv::next);
        assertEquals(2, e.line());
        assertEquals("the line is longer than 20 characters", e.getMessage());
        assertEquals(new CsvReader.Row(4, List.of("d", "e")), csv.next());
        assertThrows(CsvReader.MalformedException.class, csv::next);
        assertNull(csv.next());
    }

    @Test
    void withoutLineBreaksInFieldsAStrayQuoteSpoilsOnlyItsOwnLine() {
        CsvReader csv = new CsvReader(new StringReader("a,b\n\"open,c\nd,e\n\"ok\",f\r\ng,h\n"), ',', 1000, false);
        assertEquals(new CsvReader.Row(1, List.of("a", "b")), csv.next());
        CsvReader.MalformedException e = assertThrows(CsvReader.MalformedException.class, csv::next);
        assertEquals(2, e.line());
        assertEquals("a quoted field opened on line 2 is not closed on that line (a field cannot span lines)", e.getMessage());
        assertEquals(new CsvReader.Row(3, List.of("d", "e")), csv.next());
        assertEquals(new CsvReader.Row(4, List.of("ok", "f")), csv.next());
        assertEquals(new CsvReader.Row(5, List.of("g", "h")), csv.next());
        assertNull(csv.next());
    }

    @Test
    void anEmptyLastFieldAndATrailingLineBreakAreKept() {
        CsvReader csv = new CsvReader(new StringReader("a,\n"), ',');
        assertEquals(List.of("a", ""), csv.next().fields());
        assertNull(csv.next());
    }
}
