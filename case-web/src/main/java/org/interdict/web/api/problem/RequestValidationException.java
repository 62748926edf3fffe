package org.interdict.web.api.problem;

import java.util.List;

/** A request body broke its constraints; every offending field is named. */
public class RequestValidationException extends RuntimeException {

    /** One field and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    public RequestValidationException(List<FieldProblem> problems) {
        super("The request has " + problems.size() + " invalid field(s).");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
