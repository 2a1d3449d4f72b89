package io.smm.membership.admin.groups;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.errors.DomainException;
import io.smm.membership.groups.Actor;
import io.smm.membership.groups.ChangeView;
import io.smm.membership.groups.GroupChange;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.GroupView;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MemberQueries;
import io.smm.membership.groups.MemberView;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.profile.MemberProfileService;
import io.smm.membership.tiers.TierService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.web.InvalidInputException;

/**
 * Members: search and filter by group; one member's whole picture, groups and history, and moves between groups.
 */
@Controller
@RequestMapping(AdminPaths.MEMBERS)
class MemberAdminController {

    static final String LIST = "membership/members/list";
    static final String DETAIL = "membership/members/detail";
    static final String TIER_FORM = "tierForm";
    static final String JOIN_FORM = "joinForm";
    static final String LEAVE_FORM = "leaveForm";

    private final CurrentOwner owner;
    private final GroupService groups;
    private final MemberQueries members;
    private final MembershipService memberships;
    private final TierService tiers;
    private final MemberProfileService profiles;
    private final MessageSource messages;
    private final AdminTime time;
    private final int pageSize;

    MemberAdminController(CurrentOwner owner, GroupService groups, MemberQueries members,
            MembershipService memberships, TierService tiers, MemberProfileService profiles, MessageSource messages,
            AdminTime time, int pageSize) {
        this.owner = owner;
        this.groups = groups;
        this.members = members;
        this.memberships = memberships;
        this.tiers = tiers;
        this.profiles = profiles;
        this.messages = messages;
        this.time = time;
        this.pageSize = pageSize;
    }

    /** The pin is bound as a local date-time only; its instant comes from it. */
    @InitBinder(TIER_FORM)
    void bindLocalTimeOnly(WebDataBinder binder) {
        binder.setDisallowedFields(TierMoveForm.INSTANTS);
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String group,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        String store = owner.get().storeCode();
        model.addAttribute("q", q);
        model.addAttribute("group", group);
        model.addAttribute("groups", views(groups.list(store), locale));
        Page<MemberView> found;
        try {
            found = members.search(store, q, group, Math.max(page, 0), pageSize, locale);
        } catch (DomainException unknownGroup) {
            model.addAttribute(Notice.ATTRIBUTE, Notice.of(unknownGroup));
            found = Page.empty();
        }
        model.addAttribute("members", found.getContent());
        model.addAttribute("pager", Pager.of(found, UriComponentsBuilder.fromPath(AdminPaths.MEMBERS)
                .queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("group", Optional.ofNullable(group))));
        return LIST;
    }

    @GetMapping("/{customerId}")
    String member(@PathVariable long customerId, Model model, Locale locale) {
        return detail(owner.get(), customerId, model, locale);
    }

    @PostMapping("/{customerId}/tier")
    String moveTier(@PathVariable long customerId, @ModelAttribute(TIER_FORM) TierMoveForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
        return change(customerId, form, result, model, locale, flash, (current, actor) -> tiers
                .assign(current.storeCode(), customerId, form.toAssignment(time.zone()), actor),
                "membership.admin.member.tier.moved", "membership.admin.member.tier.unchanged");
    }

    @PostMapping("/{customerId}/groups")
    String join(@PathVariable long customerId, @ModelAttribute(JOIN_FORM) GroupChange form,
            BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
        return change(customerId, form, result, model, locale, flash, (current, actor) -> memberships
                .join(current.storeCode(), customerId, form.getGroup(), actor, form.getReason()),
                "membership.admin.member.group.added", "membership.admin.member.group.already-in");
    }

    @PostMapping("/{customerId}/groups/{group}/remove")
    String leave(@PathVariable long customerId, @PathVariable String group,
            @ModelAttribute(LEAVE_FORM) GroupChange form, BindingResult result, Model model, Locale locale,
            RedirectAttributes flash) {
        form.setGroup(group);
        model.addAttribute("leaveGroup", group);
        return change(customerId, form, result, model, locale, flash, (current, actor) -> memberships
                .leave(current.storeCode(), customerId, group, actor, form.getReason()),
                "membership.admin.member.group.removed", "membership.admin.member.group.not-in");
    }

    /** One membership change, as the current owner. */
    private interface Change {

        boolean apply(Owner current, Actor actor);
    }

    private String change(long customerId, GroupChange form, BindingResult result, Model model, Locale locale,
            RedirectAttributes flash, Change change, String changedKey, String unchangedKey) {
        Owner current = owner.get();
        FieldErrors.markUnbound(result, form);
        try {
            boolean changed = change.apply(current, Actor.owner(current.name()));
            flash.addFlashAttribute(Notice.ATTRIBUTE,
                    Notice.success(changed ? changedKey : unchangedKey, form.getGroup()));
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return detail(current, customerId, model, locale);
        } catch (DomainException refused) {
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(refused));
        }
        return "redirect:" + AdminPaths.MEMBERS + "/" + customerId;
    }

    private String detail(Owner current, long customerId, Model model, Locale locale) {
        MemberView member = members.member(current.storeCode(), customerId, locale);
        List<ChangeView> history = memberships.history(current.storeCode(), customerId).stream()
                .map(change -> ChangeView.of(change, messages, locale)).collect(Collectors.toList());
        List<MemberGroup> all = groups.list(current.storeCode());
        Set<String> joined = member.getGroups().stream().map(GroupView::getCode).collect(Collectors.toSet());
        model.addAttribute("member", member);
        model.addAttribute("pinnedUntil", pinnedUntil(current.storeCode(), customerId));
        model.addAttribute("picture", profiles.picture(current.storeCode(), customerId, locale));
        model.addAttribute("history", history);
        model.addAttribute("tiers", views(all.stream().filter(MemberGroup::isTier), locale));
        model.addAttribute("joinable", views(all.stream().filter(group -> group.getKind() == GroupKind.MANUAL
                && !group.isGuestGroup() && !joined.contains(group.getCode())), locale));
        if (!model.containsAttribute(TIER_FORM)) {
            TierMoveForm tier = new TierMoveForm();
            tier.setGroup(member.getTier() == null ? null : member.getTier().getCode());
            model.addAttribute(TIER_FORM, tier);
        }
        if (!model.containsAttribute(JOIN_FORM)) {
            model.addAttribute(JOIN_FORM, new GroupChange());
        }
        if (!model.containsAttribute(LEAVE_FORM)) {
            model.addAttribute(LEAVE_FORM, new GroupChange());
        }
        return DETAIL;
    }

    private Instant pinnedUntil(String store, long customerId) {
        return tiers.pinnedUntil(store, customerId).orElse(null);
    }

    private static List<GroupView> views(List<MemberGroup> groups, Locale locale) {
        return views(groups.stream(), locale);
    }

    private static List<GroupView> views(Stream<MemberGroup> groups, Locale locale) {
        return groups.map(group -> GroupView.of(group, locale)).collect(Collectors.toList());
    }
}
