package org.interdict.it;

import static io.restassured.RestAssured.given;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST API as a demo user calls it, with a real token from Keycloak. */
final class Api {

    /** The partner agency's service account: it obtains its token with the client-credentials grant. */
    static final String PARTNER_SYSTEM = "partner-system";

    private final String base;
    /** Tokens live five minutes in the realm; a cached one is renewed well before that. */
    private static final long TOKEN_REUSE_MILLIS = 180_000;

    private record CachedToken(String token, long fetchedAt) {
    }

    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

    Api(URL deployment) {
        this.base = deployment.toString().replaceAll("/$", "") + "/api";
    }

    RequestSpecification as(String username) {
        String token = token(username);
        return bare(username).filter(new ReadBeforeWrite(token));
    }

    /**
     * As {@link #as}, but without reading the record first: the request carries If-Match only if the
     * test sets it, so that a change without a version can be shown refused.
     */
    RequestSpecification bare(String username) {
        return given().baseUri(base).auth().oauth2(token(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** The user's access token, for a client that is no REST Assured request (e.g. a slow streaming upload). */
    String bearer(String username) {
        return token(username);
    }

    private String token(String username) {
        return tokens.compute(username, (user, cached) ->
                cached != null && System.currentTimeMillis() - cached.fetchedAt() < TOKEN_REUSE_MILLIS
                        ? cached : new CachedToken(PARTNER_SYSTEM.equals(user) ? Keycloak.partnerSystemToken()
                                : Keycloak.userToken(user), System.currentTimeMillis())).token();
    }


    /**
     * What every careful client does: before changing a case, a party, a task or an evidence item, read it (as the same user)
     * and send its ETag back as If-Match, unless the test set If-Match itself. A record the user may
     * not read gets no If-Match, and the server's refusal (404, 403) is what the test sees.
     */
    private final class ReadBeforeWrite implements Filter {

        private static final Pattern VERSIONED = Pattern.compile(
                "/api/(cases/[^/]+|parties/[0-9a-fA-F-]{36}|evidence/[0-9a-fA-F-]{36})(/(assignee|subjects/[^/]+|releasability"
                        + "|investigation|resumption|proposal|decision|publication|closure))?/?");

        /** A task has its own version: an edit of it sends the task's ETag. */
        private static final Pattern TASK = Pattern.compile("/api/(cases/[^/]+/tasks/[0-9a-fA-F-]{36})/?");

        private final String token;

        ReadBeforeWrite(String token) {
            this.token = token;
        }

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
            String path = URI.create(request.getURI()).getPath();
            Matcher versioned = VERSIONED.matcher(path);
            Matcher task = TASK.matcher(path);
            if (request.getMethod().equals("PUT") && !request.getHeaders().hasHeaderWithName("If-Match") && task.matches()) {
                Response current = given().baseUri(base).auth().oauth2(token).accept(ContentType.JSON).get("/" + task.group(1));
                if (current.statusCode() == 200 && current.getHeader("ETag") != null) {
                    request.header("If-Match", current.getHeader("ETag"));
                }
            } else if (!request.getMethod().equals("GET") && !request.getHeaders().hasHeaderWithName("If-Match") && versioned.matches()
                    && !(versioned.group(1).startsWith("cases/") && List.of("queue", "awaiting-decision").contains(versioned.group(1).substring(6)))) {
                Response current = given().baseUri(base).auth().oauth2(token).accept(ContentType.JSON).get("/" + versioned.group(1));
                if (current.statusCode() == 200 && current.getHeader("ETag") != null) {
                    request.header("If-Match", current.getHeader("ETag"));
                }
            }
            return context.next(request, response);
        }
    }

    /** Records a company owned by the user's agency and returns its id. */
    UUID party(String username, String name, String country) {
        return UUID.fromString(as(username).body(Map.of("kind", "COMPANY", "primaryName", name, "country", country))
                .post("/parties").then().statusCode(201).extract().path("id"));
    }

    /** Opens a case with the given subjects and returns its reference. */
    String openCase(String username, String title, List<UUID> subjects) {
        return as(username).body(Map.of("title", title, "priority", "HIGH", "subjects", subjects.stream().map(UUID::toString).toList()))
                .post("/cases").then().statusCode(201).extract().path("reference");
    }

    /**
     * Takes a case from open to proposed (asset freeze on all its subjects), relying on a file attached
     * first: a proposal must rely on evidence of its case.
     */
    void investigateAndPropose(String username, String reference) {
        as(username).post("/cases/" + reference + "/investigation").then().statusCode(200);
        String evidence = attachEvidence(username, reference, "customs-summary.txt");
        as(username).body(Map.of("measure", "ASSET_FREEZE", "legalBasis", "Regulation (EU) 269/2014, Art. 2",
                "statementOfReasons", "Supplies thermal imagers on the Common High Priority list to the armed forces.",
                "evidence", List.of(evidence)))
                .post("/cases/" + reference + "/proposal").then().statusCode(200);
    }

    /**
     * Attaches a small text file to the case as the user and returns its id. Its content names the case
     * and a random id, so that it is never a duplicate of another file of the case.
     */
    String attachEvidence(String username, String reference, String name) {
        String content = "Summary of customs declarations for case " + reference + " (" + UUID.randomUUID() + ").\n";
        return as(username).contentType("application/octet-stream").queryParam("name", name).queryParam("source", "Customs")
                .body(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/cases/" + reference + "/evidence")
                .then().statusCode(201).extract().path("evidence.id");
    }

    static long version(Response response) {
        return Long.parseLong(response.getHeader("ETag").replace("\"", ""));
    }
}
