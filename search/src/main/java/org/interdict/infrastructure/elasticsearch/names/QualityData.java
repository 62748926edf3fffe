package org.interdict.infrastructure.elasticsearch.names;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Reads the public files of the shared data directory that the quality harness draws its names from:
 * CSV (quoted fields, commas and line breaks inside quotes), the UN consolidated list's XML, and the
 * names of a FollowTheMoney JSON-lines file. Plain JDK, so the harness needs nothing the module does
 * not already have.
 */
final class QualityData {

    /** A UN-listed individual: the name parts as listed, and the name in its original script (or empty). */
    record UnIndividual(List<String> parts, String originalScript) {
        String fullName() {
            return String.join(" ", parts);
        }
    }

    /** A UN-listed entity: its name and aliases. */
    record UnEntity(String name, List<String> aliases) {
    }

    /** An OFAC record of the legacy CSV form: id, name, type ("" for entities), programs, remarks. */
    record OfacEntry(String id, String name, String type, String programs, String remarks) {
    }

    /** A FollowTheMoney entity: its schema and names. */
    record FtmEntity(String schema, List<String> names) {
    }

    private QualityData() {
    }

    /** The rows of a CSV file, each a list of fields; lines starting with '#' and blank lines skipped. */
    static List<List<String>> csv(Path file, Charset charset) throws IOException {
        String text = Files.readString(file, charset);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atLineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atLineStart && !quoted && c == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                continue;
            }
            atLineStart = false;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isBlank())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
                atLineStart = true;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The rows of a CSV file with a header line, each as column name → value. */
    static List<Map<String, String>> csvWithHeader(Path file) throws IOException {
        List<List<String>> rows = csv(file, StandardCharsets.UTF_8);
        List<String> header = rows.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i).strip(), i < row.size() ? row.get(i).strip() : "");
            }
            records.add(record);
        }
        return records;
    }

    /** The full_name column of a yente CSV. */
    static List<String> yenteNames(Path csv) throws IOException {
        return csvWithHeader(csv).stream().map(r -> r.get("full_name")).filter(n -> !n.isBlank()).toList();
    }

    /** OFAC legacy CSV records (sdn.csv, cons_prim.csv): "-0-" is empty. */
    static List<OfacEntry> ofac(Path file) throws IOException {
        List<OfacEntry> entries = new ArrayList<>();
        for (List<String> row : csv(file, StandardCharsets.ISO_8859_1)) {
            if (row.size() < 4) {
                continue;
            }
            entries.add(new OfacEntry(ofacField(row, 0), ofacField(row, 1), ofacField(row, 2), ofacField(row, 3),
                    ofacField(row, 11)));
        }
        return entries;
    }

    /** OFAC aliases (alt.csv, cons_alt.csv): entry id → alias names. */
    static Map<String, List<String>> ofacAliases(Path file) throws IOException {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (List<String> row : csv(file, StandardCharsets.ISO_8859_1)) {
            if (row.size() >= 4 && !ofacField(row, 3).isEmpty()) {
                aliases.computeIfAbsent(ofacField(row, 0), k -> new ArrayList<>()).add(ofacField(row, 3));
            }
        }
        return aliases;
    }

    private static String ofacField(List<String> row, int index) {
        String value = index < row.size() ? row.get(index).strip() : "";
        return value.equals("-0-") ? "" : value;
    }

    /** The UN list's individuals, in the order listed. */
    static List<UnIndividual> unIndividuals(Path xml) throws IOException {
        List<UnIndividual> individuals = new ArrayList<>();
        NodeList nodes = unDocument(xml).getElementsByTagName("INDIVIDUAL");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            List<String> parts = new ArrayList<>();
            for (String tag : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
                String part = childText(element, tag);
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            if (!parts.isEmpty()) {
                individuals.add(new UnIndividual(List.copyOf(parts), childText(element, "NAME_ORIGINAL_SCRIPT")));
            }
        }
        return individuals;
    }

    /** The UN list's entities, in the order listed. */
    static List<UnEntity> unEntities(Path xml) throws IOException {
        List<UnEntity> entities = new ArrayList<>();
        NodeList nodes = unDocument(xml).getElementsByTagName("ENTITY");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            List<String> aliases = new ArrayList<>();
            NodeList aliasNodes = element.getElementsByTagName("ALIAS_NAME");
            for (int j = 0; j < aliasNodes.getLength(); j++) {
                String alias = aliasNodes.item(j).getTextContent().strip();
                if (!alias.isEmpty()) {
                    aliases.add(alias);
                }
            }
            String name = childText(element, "FIRST_NAME");
            if (!name.isEmpty()) {
                entities.add(new UnEntity(name, List.copyOf(aliases)));
            }
        }
        return entities;
    }

    private static org.w3c.dom.Document unDocument(Path xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(xml.toFile());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("Cannot read " + xml + ": " + e.getMessage(), e);
        }
    }

    private static String childText(Element element, String tag) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().strip().replaceAll("\\s+", " ");
            }
        }
        return "";
    }

    /** The schema and "name" property of each entity of a FollowTheMoney JSON-lines file. */
    static List<FtmEntity> ftm(Path jsonl) throws IOException {
        List<FtmEntity> entities = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            int schema = line.indexOf("\"schema\":\"");
            int names = line.indexOf("\"name\":[");
            if (schema < 0 || names < 0) {
                continue;
            }
            int schemaStart = schema + "\"schema\":\"".length();
            entities.add(new FtmEntity(line.substring(schemaStart, line.indexOf('"', schemaStart)),
                    jsonStrings(line, names + "\"name\":[".length())));
        }
        return entities;
    }

    /** The JSON strings of an array whose first element starts at {@code from}, up to its closing bracket. */
    private static List<String> jsonStrings(String json, int from) {
        List<String> values = new ArrayList<>();
        int i = from;
        while (i < json.length() && json.charAt(i) != ']') {
            if (json.charAt(i) != '"') {
                i++;
                continue;
            }
            StringBuilder value = new StringBuilder();
            i++;
            while (json.charAt(i) != '"') {
                char c = json.charAt(i);
                if (c == '\\') {
                    char next = json.charAt(i + 1);
                    if (next == 'u') {
                        value.append((char) Integer.parseInt(json.substring(i + 2, i + 6), 16));
                        i += 6;
                    } else {
                        value.append(switch (next) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> next;
                        });
                        i += 2;
                    }
                } else {
                    value.append(c);
                    i++;
                }
            }
            values.add(value.toString());
            i++;
        }
        return values;
    }
}
