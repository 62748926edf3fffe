package org.interdict.web.api.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

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
                            + e.getLocation().getColumnNr() + ").").toResponse();
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "body";
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "Unknown field '" + unknown.getPropertyName() + "'.";
        } else if (e instanceof InvalidFormatException format) {
            message = "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName() + ".";
        } else {
            message = "This value has the wrong type or shape.";
        }
        return Problem.of(Response.Status.BAD_REQUEST, "invalid-fields", "The request body does not fit: " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))).toResponse();
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path.replace(".[", "[");
    }
}
