package io.smm.membership.groups;

import java.util.List;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.RequestLocale;

/** Groups of the owner's store, under the host's admin JWT chain ({@code /api/v1/private/**}). */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/groups")
class GroupOwnerApiController {

    private final CurrentOwner owner;
    private final GroupService groups;

    GroupOwnerApiController(CurrentOwner owner, GroupService groups) {
        this.owner = owner;
        this.groups = groups;
    }

    @GetMapping
    List<GroupView> list(HttpServletRequest request) {
        return groups.list(owner.get().storeCode()).stream()
                .map(group -> GroupView.of(group, RequestLocale.of(request))).collect(Collectors.toList());
    }

    @GetMapping("/{id}")
    GroupView get(@PathVariable long id, HttpServletRequest request) {
        return GroupView.of(groups.get(owner.get().storeCode(), id), RequestLocale.of(request));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    GroupView create(@RequestBody GroupDraft draft, HttpServletRequest request) {
        return GroupView.of(groups.create(owner.get().storeCode(), draft), RequestLocale.of(request));
    }

    @PutMapping("/{id}")
    GroupView update(@PathVariable long id, @RequestBody GroupDraft draft, HttpServletRequest request) {
        return GroupView.of(groups.update(owner.get().storeCode(), id, draft), RequestLocale.of(request));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        groups.delete(owner.get().storeCode(), id);
    }
}
