package org.interdict.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** A demo user as the realm file defines it: what /api/me must answer for them. */
record DemoUser(String username, String displayName, String agency, List<String> roles) {

    @Override
    public String toString() {
        return username + " (" + agency + ", " + String.join("+", roles) + ")";
    }

    /** The people of the realm file (service accounts log in differently). */
    static List<DemoUser> all() {
        try (Reader file = Files.newBufferedReader(TestEnvironment.realmFile()); JsonReader reader = Json.createReader(file)) {
            return reader.readObject().getJsonArray("users").getValuesAs(JsonValue::asJsonObject).stream()
                    .filter(user -> user.containsKey("credentials"))
                    .map(DemoUser::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DemoUser of(JsonObject user) {
        return new DemoUser(
                user.getString("username"),
                user.getString("firstName") + " " + user.getString("lastName"),
                user.getJsonObject("attributes").getJsonArray("agency").getString(0),
                user.getJsonArray("realmRoles").getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList());
    }
}
