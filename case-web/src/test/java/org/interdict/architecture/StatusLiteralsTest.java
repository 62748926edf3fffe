package org.interdict.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A state has one spelling: the enum that defines it. No main source file of any module (nor the tools)
 * writes a state of a status enum as a string literal, in Java or in SQL inside Java ({@code "RUNNING"},
 * {@code 'PROPOSED'}); it names the constant, or binds its {@code name()} as a parameter.
 */
class StatusLiteralsTest {

    /** The enums whose constants are states of something: their simple names say so. */
    private static final Pattern STATUS_ENUM = Pattern.compile(".*(Status|State|Outcome|Releasability)");
    private static final List<String> MODULES = List.of("case-domain", "search", "auth", "case-web", "tools");

    @Test
    void noStateIsWrittenAsAStringOutsideItsEnum() throws IOException {
        Map<String, String> states = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.interdict")) {
            if (type.isEnum() && STATUS_ENUM.matcher(type.getSimpleName()).matches()) {
                type.getEnumConstants().forEach(constant -> states.putIfAbsent(constant.name(), type.getName()));
            }
        }
        assertFalse(states.isEmpty(), "no status enums found: the test would prove nothing");
        Pattern literal = Pattern.compile("[\"'](" + String.join("|", states.keySet()) + ")[\"']");
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> found = new ArrayList<>();
        for (String module : MODULES) {
            Path sources = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(file -> scan(file, literal, root, found));
            }
        }
        assertEquals(List.of(), found, "States written as strings; name the enum constant instead (" + states.keySet() + ")");
    }

    private static void scan(Path file, Pattern literal, Path root, List<String> found) {
        try {
            String text = Files.readString(file);
            if (text.contains("\npublic enum ") && STATUS_ENUM.matcher(file.getFileName().toString().replace(".java", "")).matches()) {
                return;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = literal.matcher(lines[i]);
                while (m.find()) {
                    found.add(root.relativize(file) + ":" + (i + 1) + " " + m.group());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
