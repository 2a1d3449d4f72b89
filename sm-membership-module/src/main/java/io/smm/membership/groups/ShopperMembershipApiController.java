package io.smm.membership.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.web.Draft;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.RequestLocale;

/** The logged-in shopper's own membership, under the host's customer JWT chain ({@code /api/v1/auth/**}). */
@RestController
@MembershipApi
@RequestMapping("/api/v1/auth/membership")
class ShopperMembershipApiController {

    private final CurrentShopper currentShopper;
    private final MembershipService memberships;
    private final ApplicationService applications;

    ShopperMembershipApiController(CurrentShopper currentShopper, MembershipService memberships,
            ApplicationService applications) {
        this.currentShopper = currentShopper;
        this.memberships = memberships;
        this.applications = applications;
    }

    @GetMapping
    Map<String, Object> mine(HttpServletRequest request) {
        Shopper shopper = customer();
        Locale locale = RequestLocale.of(request);
        MemberStatus status = memberships.statusOf(shopper.storeCode(), shopper.customerId().orElseThrow());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", shopper.customerId().orElseThrow());
        body.put("store", shopper.storeCode());
        body.put("tier", status.tier().map(tier -> GroupView.of(tier, locale)).orElse(null));
        body.put("groups", views(status.manualGroups(), locale));
        return body;
    }

    /** Groups the shopper may apply to, each with where the shopper stands. */
    @GetMapping("/groups")
    List<Map<String, Object>> openGroups(HttpServletRequest request) {
        Shopper shopper = customer();
        Locale locale = RequestLocale.of(request);
        MemberStatus status = memberships.statusOf(shopper.storeCode(), shopper.customerId().orElseThrow());
        List<GroupApplication> mine = applications.mine(shopper);
        return applications.openGroups(shopper.storeCode()).stream().map(group -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("group", GroupView.of(group, locale));
            entry.put("standing", standing(group, status, mine));
            return entry;
        }).collect(Collectors.toList());
    }

    @GetMapping("/applications")
    List<ApplicationView> applications(HttpServletRequest request) {
        Locale locale = RequestLocale.of(request);
        return applications.mine(customer()).stream().map(application -> ApplicationView.of(application, locale))
                .collect(Collectors.toList());
    }

    @PostMapping("/applications")
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView apply(@RequestBody ApplicationRequest body, HttpServletRequest request) {
        body.requireNoProblems(List.of());
        GroupApplication application = applications.apply(customer(), body.getGroup(), body.getMessage());
        return ApplicationView.of(application, RequestLocale.of(request));
    }

    private Shopper customer() {
        Shopper shopper = currentShopper.get();
        shopper.requireCustomerId();
        return shopper;
    }

    private static String standing(MemberGroup group, MemberStatus status, List<GroupApplication> mine) {
        if (status.isIn(group)) {
            return "MEMBER";
        }
        boolean pending = mine.stream().anyMatch(application -> application.getGroup().getId().equals(group.getId())
                && application.getStatus() == GroupApplication.Status.PENDING);
        return pending ? "PENDING" : "AVAILABLE";
    }

    private static List<GroupView> views(List<MemberGroup> groups, Locale locale) {
        return groups.stream().map(group -> GroupView.of(group, locale)).collect(Collectors.toList());
    }

    /** Body of an application: the group's code and an optional message to the owner. */
    static class ApplicationRequest extends Draft {

        private String group;
        private String message;

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group;
        }

        public String getMessage() {
            return message;
        }

        public void setMessage(String message) {
            this.message = message;
        }
    }
}
