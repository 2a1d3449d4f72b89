package io.smm.membership.admin.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.catalog.CatalogLabels;
import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.errors.DomainException;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.GroupView;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.pricing.Adjustment;
import io.smm.membership.pricing.PriceRule;
import io.smm.membership.pricing.PriceRuleCsv;
import io.smm.membership.pricing.PriceRuleImport;
import io.smm.membership.pricing.PriceRuleService;
import io.smm.membership.pricing.PriceRuleView;
import io.smm.membership.pricing.RuleTarget;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.MessageArguments;
import io.smm.membership.web.SpreadsheetCsv;

/**
 * A store's member price rules: the list with its filters, one form to create or edit, delete, and the rules as a
 * CSV file to download or to upload (all rows or none).
 */
@Controller
class PriceRuleAdminController {

    static final String LIST = "membership/price-rules/list";
    static final String FORM = "membership/price-rules/form";
    static final String FORM_OBJECT = "priceRuleForm";
    /** The group filter's value for rules of every member. */
    static final String EVERY_MEMBER = "*";

    private final CurrentOwner owner;
    private final PriceRuleService rules;
    private final PriceRuleImport imports;
    private final GroupService groups;
    private final AdminTime time;
    private final MessageSource messages;
    private final Clock clock;
    private final int pageSize;
    private final CatalogLookupService catalog;

    PriceRuleAdminController(CurrentOwner owner, PriceRuleService rules, PriceRuleImport imports,
            GroupService groups, AdminTime time, MessageSource messages, Clock clock, int pageSize,
            CatalogLookupService catalog) {
        this.owner = owner;
        this.rules = rules;
        this.imports = imports;
        this.groups = groups;
        this.time = time;
        this.messages = messages;
        this.clock = clock;
        this.pageSize = pageSize;
        this.catalog = catalog;
    }

    /** The window is bound as local date-times only; its instants come from them. */
    @InitBinder(FORM_OBJECT)
    void bindLocalTimesOnly(WebDataBinder binder) {
        binder.setDisallowedFields(PriceRuleForm.INSTANTS);
    }

    @GetMapping(AdminPaths.PRICE_RULES)
    String list(@RequestParam(required = false) String group, @RequestParam(required = false) RuleTarget target,
            @RequestParam(defaultValue = "false") boolean active, @RequestParam(defaultValue = "0") int page,
            Model model, Locale locale) {
        String store = owner.get().storeCode();
        Instant now = clock.instant();
        List<PriceRuleView> matching = views(store).stream()
                .filter(rule -> group == null || (EVERY_MEMBER.equals(group) ? rule.isAllMembers()
                        : rule.getGroups().contains(group)))
                .filter(rule -> target == null || rule.getTarget() == target)
                .filter(rule -> !active || activeAt(rule, now))
                .collect(Collectors.toList());
        int first = Math.min(Math.max(page, 0) * pageSize, matching.size());
        PageImpl<PriceRuleView> shown = new PageImpl<>(
                matching.subList(first, Math.min(first + pageSize, matching.size())),
                PageRequest.of(Math.max(page, 0), pageSize), matching.size());
        model.addAttribute("rules", shown.getContent());
        model.addAttribute(CatalogLabels.ATTRIBUTE, CatalogLabels.of(catalog, store, locale,
                targetIds(shown.getContent(), RuleTarget.PRODUCT), targetIds(shown.getContent(), RuleTarget.CATEGORY)));
        model.addAttribute("activeNow", matching.stream().filter(rule -> activeAt(rule, now))
                .map(PriceRuleView::getId).collect(Collectors.toSet()));
        model.addAttribute("group", group);
        model.addAttribute("target", target);
        model.addAttribute("active", active);
        model.addAttribute("pager", Pager.of(shown, UriComponentsBuilder.fromPath(AdminPaths.PRICE_RULES)
                .queryParamIfPresent("group", Optional.ofNullable(group))
                .queryParamIfPresent("target", Optional.ofNullable(target))
                .queryParamIfPresent("active", Optional.of(active).filter(Boolean::booleanValue))));
        return choices(model, store, locale, LIST);
    }

    @GetMapping(AdminPaths.PRICE_RULES + "/new")
    String createForm(Model model, Locale locale) {
        model.addAttribute(FORM_OBJECT, new PriceRuleForm());
        return form(model, locale, null);
    }

    @PostMapping(AdminPaths.PRICE_RULES + "/new")
    String create(@ModelAttribute(FORM_OBJECT) PriceRuleForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes flash) {
        return save(form, result, model, locale, flash, null);
    }

    @GetMapping(AdminPaths.PRICE_RULES + "/{id}")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        String store = owner.get().storeCode();
        model.addAttribute(FORM_OBJECT, PriceRuleForm.of(PriceRuleView.of(rules.get(store, id), groups.codesById(store)),
                time.zone()));
        return form(model, locale, id);
    }

    @PostMapping(AdminPaths.PRICE_RULES + "/{id}")
    String update(@PathVariable long id, @ModelAttribute(FORM_OBJECT) PriceRuleForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes flash) {
        return save(form, result, model, locale, flash, id);
    }

    @PostMapping(AdminPaths.PRICE_RULES + "/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        String store = owner.get().storeCode();
        try {
            String name = rules.get(store, id).getName();
            rules.delete(store, id);
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.price-rule.deleted", name));
        } catch (DomainException refused) {
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(refused));
        }
        return "redirect:" + AdminPaths.PRICE_RULES;
    }

    /** All the store's rules, UTF-8 with a byte order mark so that Excel reads Chinese names. */
    @GetMapping(AdminPaths.PRICE_RULES + ".csv")
    void export(HttpServletResponse response) throws IOException {
        String store = owner.get().storeCode();
        List<PriceRuleView> all = views(store);
        Writer out = SpreadsheetCsv.download(response, "price-rules-" + store);
        new PriceRuleCsv(time.zone()).write(all, out);
        out.flush();
    }

    @PostMapping(AdminPaths.PRICE_RULES + "/import")
    String importFile(@RequestParam(required = false) MultipartFile file, Model model, Locale locale,
            RedirectAttributes flash) throws IOException {
        String store = owner.get().storeCode();
        try (Reader in = new InputStreamReader(file == null ? InputStream.nullInputStream() : file.getInputStream(),
                StandardCharsets.UTF_8)) {
            List<PriceRule> added = imports.importRules(store, new PriceRuleCsv(time.zone()).read(in));
            flash.addFlashAttribute(Notice.ATTRIBUTE,
                    Notice.success("membership.admin.price-rule.imported", added.size()));
            return "redirect:" + AdminPaths.PRICE_RULES;
        } catch (InvalidInputException invalid) {
            model.addAttribute(Notice.ATTRIBUTE, Notice.error("membership.admin.price-rule.import.refused"));
            model.addAttribute("importErrors", invalid.violations().stream()
                    .map(violation -> messages.getMessage(new DefaultMessageSourceResolvable(
                            new String[] { violation.code() }, MessageArguments.plain(violation.arguments()), violation.code()),
                            locale))
                    .collect(Collectors.toList()));
            return list(null, null, false, 0, model, locale);
        }
    }

    private String save(PriceRuleForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes flash, Long id) {
        FieldErrors.markUnbound(result, form);
        String store = owner.get().storeCode();
        try {
            PriceRule saved = id == null ? rules.create(store, form.toDraft(time.zone()))
                    : rules.update(store, id, form.toDraft(time.zone()));
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success(id == null
                    ? "membership.admin.price-rule.created" : "membership.admin.price-rule.updated", saved.getName()));
            return "redirect:" + AdminPaths.PRICE_RULES;
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return form(model, locale, id);
        }
    }

    private String form(Model model, Locale locale, Long id) {
        String store = owner.get().storeCode();
        model.addAttribute("ruleId", id);
        PriceRuleForm form = (PriceRuleForm) model.getAttribute(FORM_OBJECT);
        List<Long> target = form == null || form.getTargetId() == null ? List.of() : List.of(form.getTargetId());
        boolean category = form != null && form.getTarget() == RuleTarget.CATEGORY;
        model.addAttribute(CatalogLabels.ATTRIBUTE, CatalogLabels.of(catalog, store, locale,
                category ? List.of() : target, category ? target : List.of()));
        return choices(model, store, locale, FORM);
    }

    private static List<Long> targetIds(List<PriceRuleView> rules, RuleTarget kind) {
        return rules.stream().filter(rule -> rule.getTarget() == kind).map(PriceRuleView::getTargetId)
                .collect(Collectors.toList());
    }

    private String choices(Model model, String store, Locale locale, String view) {
        model.addAttribute("groups", groups.list(store).stream().map(group -> GroupView.of(group, locale))
                .collect(Collectors.toList()));
        model.addAttribute("targets", RuleTarget.values());
        model.addAttribute("adjustments", Adjustment.Kind.values());
        return view;
    }

    private List<PriceRuleView> views(String store) {
        Map<Long, String> codes = groups.codesById(store);
        return rules.list(store).stream().map(rule -> PriceRuleView.of(rule, codes)).collect(Collectors.toList());
    }


    static boolean activeAt(PriceRuleView rule, Instant now) {
        return (rule.getStartsAt() == null || !Instant.parse(rule.getStartsAt()).isAfter(now))
                && (rule.getEndsAt() == null || Instant.parse(rule.getEndsAt()).isAfter(now));
    }
}
