package org.interdict.web.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.interdict.application.ConflictException;
import org.interdict.application.InvalidInputException;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.StaleVersionException;
import org.interdict.application.VersionRequiredException;

/** The application layer's refusals, each with its HTTP status and the message written for the caller. */
public final class ApplicationExceptionMappers {

    private ApplicationExceptionMappers() {
    }

    /** No such record, or one the caller may not see: 404 either way. */
    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
        @Override
        public Response toResponse(RecordNotFoundException e) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", e.getMessage()).toResponse();
        }
    }

    /** An edit from an outdated version: 409 with the current version. */
    @Provider
    public static class Stale implements ExceptionMapper<StaleVersionException> {
        @Override
        public Response toResponse(StaleVersionException e) {
            return Problem.of(Response.Status.CONFLICT, "stale-version", e.getMessage())
                    .withCurrentVersion(e.currentVersion()).toResponse();
        }
    }

    /** A change sent without the version it was made from: 428 (RFC 6585), saying how to get it. */
    @Provider
    public static class VersionRequired implements ExceptionMapper<VersionRequiredException> {
        @Override
        public Response toResponse(VersionRequiredException e) {
            return Problem.of(Problem.PRECONDITION_REQUIRED, "version-required", e.getMessage()).toResponse();
        }
    }


    /** Two edits raced and this one lost at the database: 409. */
    @Provider
    public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.of(Response.Status.CONFLICT, "stale-version",
                    "Someone else changed this record at the same moment. Reload it and make your change again.").toResponse();
        }
    }

    /** A step that does not fit the record's current state: 409. */
    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.of(Response.Status.CONFLICT, "conflict", e.getMessage()).toResponse();
        }
    }

    /** The search engine cannot be reached: 503; the records themselves are safe in the database. */
    @Provider
    public static class SearchUnavailable implements ExceptionMapper<org.interdict.application.projection.SearchUnavailableException> {
        @Override
        public Response toResponse(org.interdict.application.projection.SearchUnavailableException e) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "search-unavailable",
                    "Search is unavailable right now; your records are safe. Try again in a moment.").toResponse();
        }
    }

    /** Case reports cannot be rendered (their font is missing): 503 with what an administrator does about it; nothing was recorded. */
    @Provider
    public static class ReportUnavailable implements ExceptionMapper<org.interdict.application.report.ReportUnavailableException> {
        @Override
        public Response toResponse(org.interdict.application.report.ReportUnavailableException e) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "report-unavailable", e.getMessage()).toResponse();
        }
    }

    /** The user directory (Keycloak) could not be asked: 503; nothing was changed. */
    @Provider
    public static class DirectoryUnavailable implements ExceptionMapper<org.interdict.application.identity.UserDirectory.UnavailableException> {
        @Override
        public Response toResponse(org.interdict.application.identity.UserDirectory.UnavailableException e) {
            WebLog.LOG.directoryUnavailable(e.getMessage());
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "directory-unavailable",
                    "The user directory cannot be asked right now, so nobody can be assigned; nothing was changed. Try again in a moment.")
                    .toResponse();
        }
    }

    /** A page asked for after its search expired: 410, search again. */
    @Provider
    public static class CursorExpired implements ExceptionMapper<org.interdict.application.search.SearchCursorExpiredException> {
        @Override
        public Response toResponse(org.interdict.application.search.SearchCursorExpiredException e) {
            return Problem.of(Response.Status.GONE, "search-expired", e.getMessage()).toResponse();
        }
    }

    /** Well-formed input that breaks a domain rule: 422. */
    @Provider
    public static class Invalid implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.of(Problem.UNPROCESSABLE, "invalid-input", e.getMessage()).toResponse();
        }
    }

    /** A file refused for its bad lines, nothing of it kept: 422 with each line's number and what is wrong with it. */
    @Provider
    public static class InvalidLines implements ExceptionMapper<org.interdict.application.InvalidLinesException> {
        @Override
        public Response toResponse(org.interdict.application.InvalidLinesException e) {
            return Problem.of(Problem.UNPROCESSABLE, "invalid-lines", e.getMessage())
                    .withLines(e.problems().stream().map(p -> new Problem.LineError(p.line(), p.message())).toList(), e.total())
                    .toResponse();
        }
    }

    /** A body that breaks its field constraints: 400 with each field. */
    @Provider
    public static class InvalidFields implements ExceptionMapper<RequestValidationException> {
        @Override
        public Response toResponse(RequestValidationException e) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid-fields", e.getMessage())
                    .withErrors(e.problems().stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList())
                    .toResponse();
        }
    }

    /** An evidence file over the size limit: 413; nothing of it was stored. */
    @Provider
    public static class TooLarge implements ExceptionMapper<org.interdict.application.evidence.ContentTooLargeException> {
        @Override
        public Response toResponse(org.interdict.application.evidence.ContentTooLargeException e) {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "file-too-large", e.getMessage()).toResponse();
        }
    }

    /** An evidence file whose content is of a type not accepted: 415; nothing of it was stored. */
    @Provider
    public static class UnsupportedContent implements ExceptionMapper<org.interdict.application.evidence.UnsupportedContentException> {
        @Override
        public Response toResponse(org.interdict.application.evidence.UnsupportedContentException e) {
            return Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type", e.getMessage()).toResponse();
        }
    }
}
