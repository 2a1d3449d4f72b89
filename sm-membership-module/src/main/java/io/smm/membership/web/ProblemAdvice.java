package io.smm.membership.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.fasterxml.jackson.databind.JsonMappingException;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.errors.DomainException;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.errors.RefusedException;

/**
 * Turns every failure of our JSON endpoints into {@code application/problem+json}: 400 with the fields named,
 * 403, 404, 409, and a bare 500 that never shows a stack trace. Limited to {@link MembershipApi} controllers.
 */
@RestControllerAdvice(annotations = MembershipApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemAdvice {

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final MessageSource messages;

    public ProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Problem> invalid(InvalidInputException e, HttpServletRequest request) {
        Locale locale = localeOf(request);
        List<Problem.FieldMessage> fields = e.violations().stream()
                .map(v -> new Problem.FieldMessage(v.field(), text(v.code(), v.arguments(), locale)))
                .collect(Collectors.toList());
        return badRequest(fields, request);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Problem> refused(DomainException e, HttpServletRequest request) {
        Locale locale = localeOf(request);
        return problem(statusOf(e), e.code(), text(e.code(), e.arguments(), locale), List.of(), request);
    }

    /** The status a service's refusal is answered with, on our JSON endpoints and the admin pages alike. */
    public static HttpStatus statusOf(DomainException refusal) {
        if (refusal instanceof InvalidInputException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (refusal instanceof RefusedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (refusal instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (refusal instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        throw new IllegalArgumentException("No status for " + refusal.getClass().getName());
    }

    @ExceptionHandler(BindException.class) // MethodArgumentNotValidException is one
    ResponseEntity<Problem> notValid(BindException e, HttpServletRequest request) {
        Locale locale = localeOf(request);
        List<Problem.FieldMessage> fields = new ArrayList<>();
        for (FieldError error : e.getFieldErrors()) {
            fields.add(new Problem.FieldMessage(error.getField(), messages.getMessage(error, locale)));
        }
        return badRequest(fields, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String field = "body";
        if (e.getCause() instanceof JsonMappingException) {
            field = DraftDeserializer.pathOf(((JsonMappingException) e.getCause()).getPath()).replaceFirst("^\\.", "");
        }
        String message = text("membership.problem.unreadable", new Object[0], localeOf(request));
        return badRequest(List.of(new Problem.FieldMessage(field.isEmpty() ? "body" : field, message)), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String message = text("membership.problem.wrong-type", new Object[0], localeOf(request));
        return badRequest(List.of(new Problem.FieldMessage(e.getName(), message)), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Problem> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        String message = text("membership.problem.missing", new Object[0], localeOf(request));
        return badRequest(List.of(new Problem.FieldMessage(e.getParameterName(), message)), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Problem> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return simple(HttpStatus.METHOD_NOT_ALLOWED, "membership.problem.method", request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Problem> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return simple(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "membership.problem.media-type", request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Problem> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return simple(HttpStatus.NOT_ACCEPTABLE, "membership.problem.not-acceptable", request);
    }

    @ExceptionHandler(ServletRequestBindingException.class) // a missing header, cookie or path variable
    ResponseEntity<Problem> binding(ServletRequestBindingException e, HttpServletRequest request) {
        return simple(HttpStatus.BAD_REQUEST, "membership.problem.binding", request);
    }

    @ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
    ResponseEntity<Problem> concurrent(RuntimeException e, HttpServletRequest request) {
        log.info("Concurrent change refused on {}: {}", request.getRequestURI(), e.getMessage());
        return simple(HttpStatus.CONFLICT, "membership.problem.concurrent", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {}", request.getRequestURI(), e);
        return simple(HttpStatus.INTERNAL_SERVER_ERROR, "membership.problem.unexpected", request);
    }

    private ResponseEntity<Problem> simple(HttpStatus status, String code, HttpServletRequest request) {
        return problem(status, code, new Object[0], request);
    }

    /** A problem with the message {@code code} as its detail, in the request's language; for our host seams. */
    public ResponseEntity<Problem> problem(HttpStatus status, String code, Object[] arguments,
            HttpServletRequest request) {
        return problem(status, code, text(code, arguments, localeOf(request)), List.of(), request);
    }

    private ResponseEntity<Problem> badRequest(List<Problem.FieldMessage> fields, HttpServletRequest request) {
        List<Problem.FieldMessage> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparing(Problem.FieldMessage::getField).thenComparing(Problem.FieldMessage::getMessage));
        String code = "membership.problem.invalid-input";
        return problem(HttpStatus.BAD_REQUEST, code, null, sorted, request);
    }

    private ResponseEntity<Problem> problem(HttpStatus status, String code, String detail,
            List<Problem.FieldMessage> fields, HttpServletRequest request) {
        Locale locale = localeOf(request);
        String title = text("membership.problem.title." + status.value(), new Object[0], locale);
        Problem body = new Problem("urn:sm-membership:problem:" + code.replace("membership.", ""), title,
                status.value(), detail, code, request.getRequestURI(), fields);
        return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(body);
    }

    private String text(String code, Object[] arguments, Locale locale) {
        return messages.getMessage(code, MessageArguments.plain(arguments), code, locale);
    }

    private static Locale localeOf(HttpServletRequest request) {
        return RequestLocale.of(request);
    }
}
