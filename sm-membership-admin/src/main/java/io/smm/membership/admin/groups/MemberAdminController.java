package io.smm.membership.admin.groups;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
import io.smm.membership.errors.NotFoundException;
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
import io.smm.membership.groups.Paging;
import io.smm.membership.profile.MemberProfileService;
import io.smm.membership.tiers.TierService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.segments.SegmentMember;
import io.smm.membership.segments.SegmentSelection;
import io.smm.membership.segments.SegmentService;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.SpreadsheetCsv;

/**
 * Members: search and filter by group, or list a segment's members; one member's whole picture, groups and
 * history, and moves between groups.
 */
@Controller
@RequestMapping(AdminPaths.MEMBERS)
class MemberAdminController {

    static final String LIST = "membership/members/list";
    static final String DETAIL = "membership/members/detail";
    static final String SEGMENT_LIST = "membership/members/segment";
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
    private final SegmentService segments;
    private final StoreCurrencies currencies;
    private final int pageSize;

    MemberAdminController(CurrentOwner owner, GroupService groups, MemberQueries members,
            MembershipService memberships, TierService tiers, MemberProfileService profiles, MessageSource messages,
            AdminTime time, SegmentService segments, StoreCurrencies currencies, int pageSize) {
        this.owner = owner;
        this.groups = groups;
        this.members = members;
        this.memberships = memberships;
        this.tiers = tiers;
        this.profiles = profiles;
        this.messages = messages;
        this.time = time;
        this.segments = segments;
        this.currencies = currencies;
        this.pageSize = pageSize;
    }

    /** The pin is bound as a local date-time only; its instant comes from it. */
    @InitBinder(TIER_FORM)
    void bindLocalTimeOnly(WebDataBinder binder) {
        binder.setDisallowedFields(TierMoveForm.INSTANTS);
    }

    /**
     * Customers by text and group; or, with {@code segment} (a saved segment's id) or {@code rfm} (an RFM segment's
     * code), that segment's members with their figures, counted and exported as CSV. A segment the store does not
     * have is named above an empty list.
     */
    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String group,
            @RequestParam(required = false) String segment, @RequestParam(required = false) String rfm,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        if (segment != null || rfm != null) {
            return segmentMembers(segment, rfm, Math.max(page, 0), model);
        }
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

    /** The members of a saved segment or an RFM segment as CSV, the columns of the module's export. */
    @GetMapping("/segment.csv")
    void csv(@RequestParam(required = false) String segment, @RequestParam(required = false) String rfm,
            HttpServletResponse response) throws IOException {
        SegmentSelection selection = SegmentFilter.selection(segment, rfm)
                .orElseThrow(() -> new NotFoundException("membership.segment.not-found", segment));
        segments.writeCsv(owner.get().storeCode(), selection, SpreadsheetCsv.download(response, "members.csv"));
    }

    private String segmentMembers(String segment, String rfm, int page, Model model) {
        String store = owner.get().storeCode();
        SegmentFilter filter = SegmentFilter.of(segment, rfm);
        model.addAttribute("filter", filter);
        model.addAttribute("moneyScale", MoneyRule.scaleOf(currencies.of(store).orElseThrow()));
        Page<SegmentMember> found = Page.empty();
        try {
            SegmentSelection selection = filter.selection().orElseThrow(filter::unknown);
            found = segments.members(store, selection, Paging.request(page, pageSize, Sort.unsorted()));
            if (selection.segmentId() != null) {
                model.addAttribute("segmentName", segments.get(store, selection.segmentId()).getName());
            }
            model.addAttribute("csv", filter.link(AdminPaths.MEMBERS + "/segment.csv").toUriString());
        } catch (DomainException unknown) {
            model.addAttribute("filterError", filter.error());
        }
        model.addAttribute("segmentMembers", found.getContent());
        model.addAttribute("pager", Pager.of(found, filter.link(AdminPaths.MEMBERS)));
        return SEGMENT_LIST;
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
