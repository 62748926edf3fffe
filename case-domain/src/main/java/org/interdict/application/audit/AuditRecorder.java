package org.interdict.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.interdict.application.security.Caller;
import org.interdict.application.security.CurrentUser;
import org.interdict.domain.model.audit.AuditEntry;
import org.interdict.domain.model.audit.AuditTrail;
import org.interdict.domain.model.shared.Changes;

import java.util.Collection;
import java.util.Map;

/**
 * Writes audit events for the application services, in their transaction: the caller is the actor,
 * the details are JSON (changed fields with before and after, or the facts of the event).
 */
@ApplicationScoped
public class AuditRecorder {

    private CurrentUser currentUser;
    private AuditTrail trail;

    /** For the CDI container's client proxy. */
    protected AuditRecorder() {
    }

    @Inject
    public AuditRecorder(CurrentUser currentUser, AuditTrail trail) {
        this.currentUser = currentUser;
        this.trail = trail;
    }

    /** An edit: records the changed fields, before and after. */
    public void changed(String action, String targetType, String targetId, Changes changes) {
        JsonObjectBuilder details = Json.createObjectBuilder();
        changes.asMap().forEach((field, change) -> details.add(field, Json.createObjectBuilder()
                .add("before", value(change.before())).add("after", value(change.after()))));
        record(action, targetType, targetId, Json.createObjectBuilder().add("changes", details).build().toString());
    }

    /** Any other event, with facts as name/value pairs (values may be null, strings, numbers or collections). */
    public void event(String action, String targetType, String targetId, Map<String, ?> facts) {
        JsonObjectBuilder details = Json.createObjectBuilder();
        facts.forEach((name, fact) -> details.add(name, value(fact)));
        record(action, targetType, targetId, details.build().toString());
    }

    /**
     * An event of the application's own background work (no user asked for it at that moment), e.g. the
     * text read from an evidence file: the actor is {@code system:<service>}, the agency the one whose record it is.
     */
    public void bySystem(String service, String agency, String action, String targetType, String targetId, Map<String, ?> facts) {
        JsonObjectBuilder details = Json.createObjectBuilder();
        facts.forEach((name, fact) -> details.add(name, value(fact)));
        trail.append(new AuditEntry(SYSTEM_ACTOR + service, agency, action, targetType, targetId, details.build().toString()));
    }

    /** How the actor of {@link #bySystem} events begins, which tells them from people in a timeline. */
    public static final String SYSTEM_ACTOR = "system:";

    private void record(String action, String targetType, String targetId, String json) {
        Caller caller = currentUser.caller();
        trail.append(new AuditEntry(caller.username(), caller.agency(), action, targetType, targetId, json));
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Number number) {
            return Json.createValue(number.longValue());
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Collection<?> collection) {
            var array = Json.createArrayBuilder();
            collection.forEach(item -> array.add(value(item)));
            return array.build();
        }
        return Json.createValue(value.toString());
    }
}
