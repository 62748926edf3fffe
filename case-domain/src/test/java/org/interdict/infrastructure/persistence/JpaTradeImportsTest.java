package org.interdict.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Optional;

class JpaTradeImportsTest {

    @Test
    void aDataExceptionOrAConstraintDeepInTheCausesIsARefusalInWordsWithoutTheDatabaseMessage() {
        RuntimeException tooLong = new RuntimeException("could not execute statement [insert into trade_record ...]",
                new RuntimeException("org.hibernate.exception.DataException",
                        new SQLException("ERROR: value too long for type character varying(2000)", "22001")));
        assertEquals(Optional.of("a value is longer than its column holds"), JpaTradeImports.refusalOf(tooLong));
        assertEquals(Optional.of("the text holds a character the database cannot store"),
                JpaTradeImports.refusalOf(new RuntimeException(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00",
                        "22021"))));
        assertEquals(Optional.of("a value breaks a rule of the database"),
                JpaTradeImports.refusalOf(new RuntimeException(new SQLException("violates check constraint", "23514"))));
        SQLException batch = new SQLException("Batch entry 0 was aborted", "08000");
        batch.setNextException(new SQLException("numeric field overflow", "22003"));
        assertEquals(Optional.of("a number is too large for its column"), JpaTradeImports.refusalOf(new RuntimeException(batch)));
    }

    @Test
    void aFailureOfTheConnectionOrTheServerIsNoRefusalOfTheData() {
        assertEquals(Optional.empty(), JpaTradeImports.refusalOf(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertEquals(Optional.empty(), JpaTradeImports.refusalOf(new IllegalStateException("no SQL state at all")));
        RuntimeException loop = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertEquals(Optional.empty(), JpaTradeImports.refusalOf(loop));
    }
}
