package org.interdict.infrastructure.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A document field is named in one place: the constants of {@link SearchIndices} and of each kind's
 * document class. Only this module reads and writes index documents (the application hands over
 * typed records, {@code Indexed}, and never names a field), and anywhere in it outside those owners
 * a field name written as a string literal fails this test. (The search box's words, such as
 * {@code status:}, are the users' vocabulary, not field names.)
 */
class DocumentFieldOwnershipTest {

    private static final List<Class<?>> OWNERS = List.of(SearchIndices.class, PartyDocument.class, CaseDocument.class,
            DesignationDocument.class, TradeRecordDocument.class);
    /** Constants of the owners that are not top-level document fields (an index's meta entry, an alias's parts). */
    private static final Set<String> NOT_FIELDS = Set.of("MAPPING_VERSION_META", "ALIAS_NAME", "ALIAS_SCRIPT", "KEYWORD");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*)(\\.keyword)?\"");

    @Test
    void noFieldNameIsWrittenOutsideItsOwner() throws IOException {
        Set<String> fields = fieldNames();
        List<String> offences = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (isOwner(file)) {
                        continue;
                    }
                    offences.addAll(literalFields(file.toString(), Files.readString(file), fields));
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void aFieldNameWrittenAsALiteralIsCaught() {
        Set<String> fields = fieldNames();
        assertTrue(fields.containsAll(Set.of("chpTier", "title", "owningAgency", "subjects", "exporterParty")), fields.toString());
        List<String> caught = literalFields("Somewhere.java",
                "q.term(t -> t.field(\"chpTier.keyword\").value(x));\nsource.get(\"subjects\");\nlog(\"a tier\");", fields);
        assertEquals(List.of("Somewhere.java:1 \"chpTier.keyword\"", "Somewhere.java:2 \"subjects\""), caught);
        assertFalse(literalFields("Owner.java", "field(CaseDocument.SUBJECTS)", fields).iterator().hasNext());
    }

    private static List<String> literalFields(String name, String source, Set<String> fields) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher literal = LITERAL.matcher(lines[i]);
            while (literal.find()) {
                if (fields.contains(literal.group(1))) {
                    found.add(name + ":" + (i + 1) + " " + literal.group());
                }
            }
        }
        return found;
    }

    private static boolean isOwner(Path file) {
        String name = file.getFileName().toString().replace(".java", "");
        return OWNERS.stream().anyMatch(owner -> owner.getSimpleName().equals(name));
    }

    private static Set<String> fieldNames() {
        Set<String> names = new TreeSet<>();
        for (Class<?> owner : OWNERS) {
            for (Field field : owner.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == String.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                        && !NOT_FIELDS.contains(field.getName())) {
                    try {
                        field.setAccessible(true);
                        names.add((String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return names;
    }
}
