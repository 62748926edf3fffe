package org.interdict.application.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The facts of an audit event in words a reader of a report or a timeline takes in at a glance:
 * {@code name: value} pairs, a changed field as {@code field: before → after}, lists joined with commas,
 * absent values as a dash. The event's JSON stays as recorded in the hash chain; this only reads it.
 */
public final class AuditDetails {

    private static final int LIST_SHOWN = 10;

    private AuditDetails() {
    }

    /** The details in words; text that is no JSON object is answered as it is. */
    public static String readable(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        JsonObject details;
        try (var reader = Json.createReader(new StringReader(json))) {
            details = reader.readObject();
        } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
            return json;
        }
        List<String> parts = new ArrayList<>();
        details.forEach((name, value) -> {
            if (name.equals("changes") && value instanceof JsonObject changes) {
                changes.forEach((field, change) -> parts.add(field + ": " + change(change)));
            } else {
                parts.add(words(name) + ": " + text(value));
            }
        });
        return String.join("; ", parts);
    }

    private static String change(JsonValue change) {
        if (change instanceof JsonObject c && c.containsKey("before") && c.containsKey("after")) {
            return text(c.get("before")) + " → " + text(c.get("after"));
        }
        return text(change);
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> "—";
            case STRING -> ((JsonString) value).getString();
            case ARRAY -> {
                JsonArray array = (JsonArray) value;
                if (array.isEmpty()) {
                    yield "none";
                }
                String shown = array.stream().limit(LIST_SHOWN).map(AuditDetails::text).collect(Collectors.joining(", "));
                yield array.size() > LIST_SHOWN ? shown + " and " + (array.size() - LIST_SHOWN) + " more" : shown;
            }
            case OBJECT -> ((JsonObject) value).entrySet().stream().map(e -> words(e.getKey()) + " " + text(e.getValue()))
                    .collect(Collectors.joining(", "));
            case TRUE -> "yes";
            case FALSE -> "no";
            case NUMBER -> value.toString();
        };
    }

    /** {@code handlingMarking} as "handling marking". */
    static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
