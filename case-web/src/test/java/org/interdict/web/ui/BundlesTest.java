package org.interdict.web.ui;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every bundle registered in faces-config.xml (resource bundles and the message bundle) is complete in Russian: the same keys as the English one,
 * the same placeholders in each text, and every text a valid pattern in both languages (ICU MessageFormat,
 * as {@link Texts} formats them; texts without ICU-only syntax also for java.text.MessageFormat, which
 * h:outputFormat uses).
 */
class BundlesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** {0}, {1,number,integer}, {startRecord} (PrimeFaces' paginator): the name of each argument. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+|[a-z][A-Za-z]*)\\s*[,}]");

    private static final Pattern ICU_ONLY = Pattern.compile("\\{\\s*\\w+\\s*,\\s*(plural|select|selectordinal)\\s*,");

    static List<String> baseNames() throws Exception {
        Path config = Path.of("src/main/webapp/WEB-INF/faces-config.xml");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(config.toFile());
        List<String> bases = new ArrayList<>();
        for (String element : List.of("base-name", "message-bundle")) {
            NodeList names = document.getElementsByTagName(element);
            for (int i = 0; i < names.getLength(); i++) {
                bases.add(names.item(i).getTextContent().trim());
            }
        }
        assertFalse(bases.isEmpty(), "faces-config.xml registers no bundle");
        return bases;
    }

    static Properties load(String base, String suffix) throws IOException {
        String resource = base.replace('.', '/') + suffix + ".properties";
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }

    static Set<String> arguments(String pattern) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @TestFactory
    Stream<DynamicTest> russianHasTheSameKeysAndPlaceholders() throws Exception {
        return baseNames().stream().map(base -> DynamicTest.dynamicTest(base, () -> {
            Properties english = load(base, "");
            Properties russian = load(base, "_ru");
            Set<String> missing = new TreeSet<>(english.stringPropertyNames());
            missing.removeAll(russian.stringPropertyNames());
            Set<String> extra = new TreeSet<>(russian.stringPropertyNames());
            extra.removeAll(english.stringPropertyNames());
            assertTrue(missing.isEmpty() && extra.isEmpty(),
                    base + "_ru: missing " + missing + ", not in English " + extra);
            List<String> different = new ArrayList<>();
            for (String key : english.stringPropertyNames()) {
                Set<String> en = arguments(english.getProperty(key));
                Set<String> ru = arguments(russian.getProperty(key));
                if (!en.equals(ru)) {
                    different.add(key + " en" + en + " ru" + ru);
                }
            }
            assertTrue(different.isEmpty(), base + ": placeholders differ: " + different);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyTextIsAPatternInBothLanguages() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String base : baseNames()) {
            for (String suffix : List.of("", "_ru")) {
                Locale locale = suffix.isEmpty() ? Locale.ENGLISH : RUSSIAN;
                tests.add(DynamicTest.dynamicTest(base + suffix, () -> {
                    Properties texts = load(base, suffix);
                    List<String> broken = new ArrayList<>();
                    for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                        String pattern = texts.getProperty(key);
                        try {
                            formatAll(pattern, locale);
                        } catch (RuntimeException e) {
                            broken.add(key + ": " + e.getMessage());
                        }
                    }
                    assertTrue(broken.isEmpty(), base + suffix + ": not valid patterns: " + broken);
                }));
            }
        }
        return tests.stream();
    }

    /** Formats the pattern with counts that reach every plural form (0, 1, 2, 5, 21, 1000). */
    static void formatAll(String pattern, Locale locale) {
        MessageFormat icu = new MessageFormat(pattern, locale);
        boolean javaToo = !ICU_ONLY.matcher(pattern).find() && !icu.usesNamedArguments();
        java.text.MessageFormat plain = javaToo ? new java.text.MessageFormat(pattern, locale) : null;
        for (long count : new long[] {0, 1, 2, 5, 21, 1000}) {
            if (icu.usesNamedArguments()) {
                Map<String, Object> named = new HashMap<>();
                for (String name : arguments(pattern)) {
                    named.put(name, count);
                }
                icu.format(named);
            } else {
                Object[] values = new Object[10];
                Arrays.fill(values, count);
                icu.format(values);
                if (plain != null) {
                    plain.format(values);
                }
            }
        }
    }

    @Test
    void russianCountsUseTheirThreeForms() {
        String pattern = "{0,plural,one{# дело} few{# дела} many{# дел} other{# дела}}";
        assertEquals("1 дело", Texts.text(Texts.SHELL, RUSSIAN, pattern, 1));
        assertEquals("3 дела", Texts.text(Texts.SHELL, RUSSIAN, pattern, 3));
        assertEquals("5 дел", Texts.text(Texts.SHELL, RUSSIAN, pattern, 5));
        assertEquals("21 дело", Texts.text(Texts.SHELL, RUSSIAN, pattern, 21));
        assertEquals("1,5 дела", Texts.text(Texts.SHELL, RUSSIAN, pattern, 1.5));
    }

    @Test
    void textsComeInTheReadersLanguage() {
        assertEquals("Cases", Texts.text(Texts.SHELL, Locale.ENGLISH, "nav.cases"));
        assertEquals("Дела", Texts.text(Texts.SHELL, RUSSIAN, "nav.cases"));
        assertEquals("Cases", Texts.text(Texts.SHELL, Locale.forLanguageTag("de"), "nav.cases"));
        assertEquals("12 дел", Texts.text(Texts.WORK, RUSSIAN, "count.cases", 12));
        assertEquals("22 дела", Texts.text(Texts.WORK, RUSSIAN, "count.cases", 22));
        assertEquals("12 cases", Texts.text(Texts.WORK, Locale.ENGLISH, "count.cases", 12));
        assertEquals("No cases", Texts.text(Texts.WORK, Locale.ENGLISH, "count.cases", 0));
    }

    @Test
    void theArgumentsOfAPatternAreFound() {
        assertEquals(Set.of("0", "1"), arguments("{0,choice,0#No results|1#1 result|1<{1} results}"));
        assertEquals(Set.of("startRecord", "endRecord"), arguments("{startRecord}\u2013{endRecord}"));
        if (!arguments("{0,plural,one{# файл} other{# файла}}").equals(Set.of("0"))) {
            fail("plural branches are not arguments");
        }
    }
}
