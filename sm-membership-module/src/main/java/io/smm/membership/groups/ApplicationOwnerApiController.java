package io.smm.membership.groups;

import java.util.List;

import javax.servlet.http.HttpServletRequest;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.web.Draft;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.RequestLocale;

/** The owner's approval queue. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/applications")
class ApplicationOwnerApiController {

    private final CurrentOwner owner;
    private final ApplicationService applications;

    ApplicationOwnerApiController(CurrentOwner owner, ApplicationService applications) {
        this.owner = owner;
        this.applications = applications;
    }

    @GetMapping
    PageView<ApplicationView> list(@RequestParam(defaultValue = "PENDING") GroupApplication.Status status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        PageRequest pageRequest = Paging.request(page, size, Sort.by("createdAt", "id"));
        return PageView.of(applications.inStore(owner.get().storeCode(), status, pageRequest),
                application -> ApplicationView.of(application, RequestLocale.of(request)));
    }

    @PostMapping("/{id}/approve")
    ApplicationView approve(@PathVariable long id, HttpServletRequest request) {
        Owner current = owner.get();
        return ApplicationView.of(applications.approve(current.storeCode(), id, Actor.owner(current.name())),
                RequestLocale.of(request));
    }

    @PostMapping("/{id}/reject")
    ApplicationView reject(@PathVariable long id, @RequestBody Decision body, HttpServletRequest request) {
        body.requireNoProblems(List.of());
        Owner current = owner.get();
        return ApplicationView.of(
                applications.reject(current.storeCode(), id, Actor.owner(current.name()), body.getReason()),
                RequestLocale.of(request));
    }

    /** Body of a rejection: the reason the shopper will read. */
    static class Decision extends Draft {

        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
