package io.smm.membership.admin.web;

import javax.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import io.smm.membership.errors.NotFoundException;

/**
 * The login page (Spring Security handles its POST and the logout), the start page, the refusal page, and the
 * "not found" page for addresses no page answers.
 */
@Controller
class AdminLoginController {

    @GetMapping(AdminPaths.ROOT)
    String home() {
        return "redirect:" + AdminPaths.DASHBOARD;
    }

    @GetMapping(AdminPaths.LOGIN)
    String login(HttpServletRequest request, Model model) {
        if (signedIn()) {
            return "redirect:" + AdminPaths.DASHBOARD;
        }
        if (request.getParameter("error") != null) {
            model.addAttribute(Notice.ATTRIBUTE, Notice.error("membership.admin.login.failed"));
        } else if (request.getParameter("logout") != null) {
            model.addAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.login.signed-out"));
        }
        return "membership/login";
    }

    /** Where the security chain forwards refused requests: a missing role or a missing (expired) CSRF token. */
    @RequestMapping(AdminPaths.DENIED)
    ModelAndView denied() {
        ModelAndView page = new ModelAndView(AdminPageAdvice.ERROR_VIEW, HttpStatus.FORBIDDEN);
        page.addObject("status", HttpStatus.FORBIDDEN.value());
        page.addObject(Notice.ATTRIBUTE, Notice.error("membership.admin.error.denied"));
        return page;
    }

    /**
     * Any other address under ours that no page answers, but the style sheets' folder: our own "not found" page,
     * rather than the host's error page. Every real page's address is more specific, so it still wins.
     */
    @GetMapping(AdminPaths.ROOT + "/{section:(?!assets$).+}/**")
    String noSuchPage() {
        throw new NotFoundException("membership.admin.error.no-page");
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream().anyMatch(granted -> "ROLE_SUPERADMIN"
                        .equals(granted.getAuthority()) || "ROLE_ADMIN".equals(granted.getAuthority()));
    }
}
