package io.smm.membership.admin.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.errors.DomainException;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.GroupView;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MemberQueries;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.InvalidInputException;

/** A store's groups: the list (tiers by rank, then manual groups), one form to create or edit, and delete. */
@Controller
@RequestMapping(AdminPaths.GROUPS)
class GroupAdminController {

    static final String LIST = "membership/groups/list";
    static final String FORM = "membership/groups/form";
    static final String FORM_OBJECT = "groupForm";

    private final CurrentOwner owner;
    private final GroupService groups;
    private final MemberQueries members;

    GroupAdminController(CurrentOwner owner, GroupService groups, MemberQueries members) {
        this.owner = owner;
        this.groups = groups;
        this.members = members;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        String store = owner.get().storeCode();
        List<MemberGroup> all = groups.list(store);
        Map<String, Long> memberCounts = new LinkedHashMap<>();
        for (MemberGroup group : all) {
            memberCounts.put(group.getCode(),
                    members.search(store, "", group.getCode(), 0, 1, locale).getTotalElements());
        }
        model.addAttribute("groups",
                all.stream().map(group -> GroupView.of(group, locale)).collect(Collectors.toList()));
        model.addAttribute("memberCounts", memberCounts);
        return LIST;
    }

    @GetMapping("/new")
    String createForm(Model model, Locale locale) {
        GroupDraft draft = new GroupDraft();
        draft.setKind(GroupKind.TIER);
        model.addAttribute(FORM_OBJECT, draft);
        return form(model, null, locale);
    }

    @PostMapping("/new")
    String create(@ModelAttribute(FORM_OBJECT) GroupDraft form, BindingResult result, Model model,
            Locale locale, RedirectAttributes flash) {
        FieldErrors.markUnbound(result, form);
        String store = owner.get().storeCode();
        try {
            Optional<MemberGroup> guests = groups.guestGroup(store);
            MemberGroup created = groups.create(store, form);
            flash.addFlashAttribute(Notice.ATTRIBUTE, saved(created, guests, "membership.admin.group.created"));
            return "redirect:" + AdminPaths.GROUPS;
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return form(model, null, locale);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute(FORM_OBJECT, GroupDraft.of(groups.get(owner.get().storeCode(), id)));
        return form(model, id, locale);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute(FORM_OBJECT) GroupDraft form, BindingResult result,
            Model model, Locale locale, RedirectAttributes flash) {
        FieldErrors.markUnbound(result, form);
        String store = owner.get().storeCode();
        try {
            Optional<MemberGroup> guests = groups.guestGroup(store);
            MemberGroup updated = groups.update(store, id, form);
            flash.addFlashAttribute(Notice.ATTRIBUTE, saved(updated, guests, "membership.admin.group.updated"));
            return "redirect:" + AdminPaths.GROUPS;
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return form(model, id, locale);
        } catch (DomainException refused) {
            result.reject(refused.code(), refused.arguments(), refused.code());
            return form(model, id, locale);
        }
    }

    /** Says so when the saved group took the guest flag from the group that had it before. */
    private static Notice saved(MemberGroup group, Optional<MemberGroup> guestsBefore, String savedKey) {
        if (group.isGuestGroup() && guestsBefore.isPresent() && !guestsBefore.get().getId().equals(group.getId())) {
            return Notice.success("membership.admin.group.guest-group.taken", group.getCode(),
                    guestsBefore.get().getCode());
        }
        return Notice.success(savedKey, group.getCode());
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        String store = owner.get().storeCode();
        try {
            String code = groups.get(store, id).getCode();
            groups.delete(store, id);
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.group.deleted", code));
        } catch (DomainException refused) {
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(refused));
        }
        return "redirect:" + AdminPaths.GROUPS;
    }

    /** The form; when another group is the guest group, its name for the hint next to the guest flag. */
    private String form(Model model, Long id, Locale locale) {
        model.addAttribute("groupId", id);
        model.addAttribute("kinds", GroupKind.values());
        model.addAttribute("guestGroupNow", groups.guestGroup(owner.get().storeCode())
                .filter(guests -> !guests.getId().equals(id)).map(guests -> GroupView.of(guests, locale))
                .orElse(null));
        return FORM;
    }
}
