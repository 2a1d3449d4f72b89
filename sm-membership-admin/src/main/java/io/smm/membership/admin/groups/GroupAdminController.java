package io.smm.membership.admin.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.GroupView;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MemberQueries;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.MembershipException;

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
    String createForm(Model model) {
        GroupDraft draft = new GroupDraft();
        draft.setKind(GroupKind.TIER);
        model.addAttribute(FORM_OBJECT, draft);
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute(FORM_OBJECT) GroupDraft form, BindingResult result, Model model,
            RedirectAttributes flash) {
        FieldErrors.markUnbound(result, form);
        try {
            MemberGroup created = groups.create(owner.get().storeCode(), form);
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.group.created",
                    created.getCode()));
            return "redirect:" + AdminPaths.GROUPS;
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute(FORM_OBJECT, GroupDraft.of(groups.get(owner.get().storeCode(), id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute(FORM_OBJECT) GroupDraft form, BindingResult result,
            Model model, RedirectAttributes flash) {
        FieldErrors.markUnbound(result, form);
        try {
            MemberGroup updated = groups.update(owner.get().storeCode(), id, form);
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.group.updated",
                    updated.getCode()));
            return "redirect:" + AdminPaths.GROUPS;
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return form(model, id);
        } catch (MembershipException refused) {
            result.reject(refused.code(), refused.arguments(), refused.code());
            return form(model, id);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        String store = owner.get().storeCode();
        try {
            String code = groups.get(store, id).getCode();
            groups.delete(store, id);
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.group.deleted", code));
        } catch (MembershipException refused) {
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(refused));
        }
        return "redirect:" + AdminPaths.GROUPS;
    }

    private static String form(Model model, Long id) {
        model.addAttribute("groupId", id);
        model.addAttribute("kinds", GroupKind.values());
        return FORM;
    }
}
