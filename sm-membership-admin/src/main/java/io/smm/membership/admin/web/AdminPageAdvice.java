package io.smm.membership.admin.web;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

import io.smm.membership.errors.DomainException;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.web.ProblemAdvice;

/**
 * What every owner page shares, limited to our controllers: the signed-in owner and the language links for the
 * layout, form binding that trims text and words conversion errors with our keys, and refusals shown as a page
 * (404 for something missing) instead of an error trace.
 */
@ControllerAdvice(basePackages = "io.smm.membership.admin")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminPageAdvice {

    static final String OWNER = "membershipOwner";
    static final String LANGUAGES = "membershipLanguages";
    static final String ERROR_VIEW = "membership/error";
    private static final Logger log = LoggerFactory.getLogger(AdminPageAdvice.class);
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final CurrentOwner currentOwner;
    private final AdminTime time;

    AdminPageAdvice(CurrentOwner currentOwner, AdminTime time) {
        this.currentOwner = currentOwner;
        this.time = time;
    }

    @InitBinder
    void bindForms(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.setBindingErrorProcessor(new AdminBindingErrors());
    }

    @ModelAttribute(OWNER)
    Owner owner() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        try {
            return currentOwner.get();
        } catch (DomainException notAnOwner) {
            return null;
        }
    }

    @ModelAttribute(AdminTime.ATTRIBUTE)
    AdminTime time() {
        return time;
    }

    /**
     * The current page in each language. After a POST (a form shown again with its errors) the link leads to the
     * section's list instead, since the POST address has no page of its own.
     */
    @ModelAttribute(LANGUAGES)
    Map<String, String> languages(HttpServletRequest request) {
        String path = PATHS.getPathWithinApplication(request);
        UriComponentsBuilder here;
        if ("GET".equals(request.getMethod())) {
            here = UriComponentsBuilder.fromPath(path).query(request.getQueryString())
                    .replaceQueryParam("error").replaceQueryParam("logout");
        } else {
            here = UriComponentsBuilder.fromPath(section(path));
        }
        Map<String, String> links = new LinkedHashMap<>();
        for (String language : new String[] { "en", "zh_TW", "zh_CN" }) {
            links.put(language, here.cloneBuilder().replaceQueryParam(AdminLanguages.PARAMETER, language).build()
                    .toUriString());
        }
        return links;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException refusal, HttpServletRequest request) {
        return errorPage(ProblemAdvice.statusOf(refusal), Notice.of(refusal), request);
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ModelAndView concurrent(ConcurrencyFailureException failure, HttpServletRequest request) {
        return errorPage(HttpStatus.CONFLICT, Notice.error("membership.problem.concurrent"), request);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView unreadable(TypeMismatchException failure, HttpServletRequest request) {
        return errorPage(HttpStatus.BAD_REQUEST, Notice.error("membership.admin.error.bad-request"), request);
    }

    @ExceptionHandler(RuntimeException.class)
    ModelAndView unexpected(RuntimeException failure, HttpServletRequest request) {
        if (failure instanceof ResponseStatusException || failure instanceof AccessDeniedException
                || failure instanceof AuthenticationException
                || AnnotatedElementUtils.hasAnnotation(failure.getClass(), ResponseStatus.class)) {
            // rethrowing the same exception hands it on to Spring's and Spring Security's own handling
            throw failure;
        }
        log.error("Membership admin page {} failed", request.getRequestURI(), failure);
        return errorPage(HttpStatus.INTERNAL_SERVER_ERROR, Notice.error("membership.admin.error.unexpected"), request);
    }

    /** Exception handlers get no {@code @ModelAttribute}s: the layout's are added here. */
    ModelAndView errorPage(HttpStatus status, Notice notice, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(ERROR_VIEW, status);
        page.addObject("status", status.value());
        page.addObject(Notice.ATTRIBUTE, notice);
        page.addObject(OWNER, owner());
        page.addObject(AdminTime.ATTRIBUTE, time);
        page.addObject(LANGUAGES, languages(request));
        return page;
    }

    private static String section(String path) {
        String[] segments = path.split("/");
        // "", "membership", "admin", section, ...
        return segments.length > 3 ? String.join("/", segments[0], segments[1], segments[2], segments[3])
                : AdminPaths.ROOT;
    }
}
