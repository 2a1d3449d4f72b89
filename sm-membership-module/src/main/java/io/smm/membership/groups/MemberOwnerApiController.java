package io.smm.membership.groups;

import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.RequestLocale;

/** The owner's view of members: search, a member's groups and history, moves between groups. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/members")
class MemberOwnerApiController {

    private final CurrentOwner owner;
    private final MemberQueries members;
    private final MembershipService memberships;

    MemberOwnerApiController(CurrentOwner owner, MemberQueries members, MembershipService memberships) {
        this.owner = owner;
        this.members = members;
        this.memberships = memberships;
    }

    @GetMapping
    PageView<MemberView> search(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String group, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
        Page<MemberView> found = members.search(owner.get().storeCode(), q, group, page, size,
                RequestLocale.of(request));
        return PageView.of(found, view -> view);
    }

    @GetMapping("/{customerId}")
    Map<String, Object> member(@PathVariable long customerId, HttpServletRequest request) {
        return members.detail(owner.get().storeCode(), customerId, RequestLocale.of(request));
    }

    @PostMapping("/{customerId}/groups")
    Map<String, Object> join(@PathVariable long customerId, @RequestBody GroupChange body,
            HttpServletRequest request) {
        body.requireNoProblems(List.of());
        Owner current = owner.get();
        memberships.join(current.storeCode(), customerId, body.getGroup(), Actor.owner(current.name()),
                body.getReason());
        return members.detail(current.storeCode(), customerId, RequestLocale.of(request));
    }

    @DeleteMapping("/{customerId}/groups/{group}")
    Map<String, Object> leave(@PathVariable long customerId, @PathVariable String group,
            @RequestParam(required = false) String reason, HttpServletRequest request) {
        Owner current = owner.get();
        memberships.leave(current.storeCode(), customerId, group, Actor.owner(current.name()), reason);
        return members.detail(current.storeCode(), customerId, RequestLocale.of(request));
    }
}
