package org.interdict.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The tools' calls to the REST API as a user with a bearer token: an answer other than 2xx is an error naming the call. */
final class Rest {

    private Rest() {
    }

    /** The answer, whatever its status (the caller decides what a refusal means). */
    static HttpResponse<String> send(HttpClient http, String token, String method, String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The body of a 2xx answer. */
    static String call(HttpClient http, String token, String method, String url, String json) throws Exception {
        return checked(send(http, token, method, url, json), method + " " + url);
    }

    /** The body of a 2xx answer; anything else is an error naming the call. */
    static String checked(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
