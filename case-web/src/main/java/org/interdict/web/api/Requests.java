package org.interdict.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.interdict.web.api.problem.RequestValidationException;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Checks request bodies against their Bean Validation constraints, reporting every offending field. */
@ApplicationScoped
public class Requests {

    @Inject
    Validator validator;

    public <T> T valid(T request) {
        if (request == null) {
            throw new RequestValidationException(List.of(new RequestValidationException.FieldProblem("body",
                    "The request needs a JSON body.")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new RequestValidationException(violations.stream()
                    .map(v -> new RequestValidationException.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(RequestValidationException.FieldProblem::field))
                    .toList());
        }
        return request;
    }
}
