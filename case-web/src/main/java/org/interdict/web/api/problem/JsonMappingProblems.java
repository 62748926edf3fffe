package org.interdict.web.api.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.interdict.application.Inputs;

import java.util.List;
import java.util.stream.Collectors;

/** A body that is not JSON, or JSON of the wrong shape: 400, naming the field where it can. */
@Provider
public class JsonMappingProblems implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return Problem.of(Response.Status.BAD_REQUEST, "malformed-json",
                    "The request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + "): " + Inputs.excerpt(e.getOriginalMessage()) + ".").toResponse();
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "body";
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "Unknown field '" + unknown.getPropertyName() + "'.";
        } else if (e instanceof InvalidFormatException format) {
            message = "'" + Inputs.excerpt(String.valueOf(format.getValue())) + "' is not a valid " + format.getTargetType().getSimpleName() + ".";
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "This value must be " + kind(mismatched.getTargetType()) + "; it was sent as another type.";
        } else {
            message = "This value has the wrong type or shape.";
        }
        return Problem.of(Response.Status.BAD_REQUEST, "invalid-fields", "The request body does not fit at '" + field + "': " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))).toResponse();
    }

    private static String kind(Class<?> type) {
        if (type == String.class) {
            return "text (a JSON string)";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number (not a string)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false (not a string)";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a " + type.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path.replace(".[", "[");
    }
}
