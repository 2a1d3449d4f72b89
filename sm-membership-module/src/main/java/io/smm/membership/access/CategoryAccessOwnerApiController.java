package io.smm.membership.access;

import java.time.LocalDateTime;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.RequestLocale;
import io.smm.membership.web.Violation;

/**
 * The owner's category access JSON (docs/category-access.md#owner-json), under the host's admin JWT chain; names in
 * the language of {@code ?lang=}, else of the request.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/category-access")
class CategoryAccessOwnerApiController {

    private final CurrentOwner owner;
    private final CategoryAccessOwnerService access;

    CategoryAccessOwnerApiController(CurrentOwner owner, CategoryAccessOwnerService access) {
        this.owner = owner;
        this.access = access;
    }

    @GetMapping
    CategoryAccessOverview overview(@RequestParam(required = false) String lang, HttpServletRequest request) {
        return access.overview(owner.get().storeCode(), localeOf(lang, request));
    }

    @GetMapping("/settings")
    AccessSettings settings() {
        return access.settings(owner.get().storeCode());
    }

    @PutMapping("/settings")
    AccessSettings saveSettings(@RequestBody AccessSettingsDraft draft) {
        return access.saveSettings(owner.get().storeCode(), draft);
    }

    @GetMapping("/preview")
    AccessPreview preview(@RequestParam String audience, @RequestParam(required = false) String at,
            @RequestParam(required = false) String lang, HttpServletRequest request) {
        LocalDateTime when = at == null ? null : CategoryAccessValidation.localDateTime(at)
                .orElseThrow(() -> new InvalidInputException(new Violation("at", "membership.access.opens-at.format")));
        return access.preview(owner.get().storeCode(), audience, when, localeOf(lang, request));
    }

    @GetMapping("/{categoryId}")
    CategoryAccessEntry entry(@PathVariable long categoryId, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        return access.entry(owner.get().storeCode(), categoryId, localeOf(lang, request));
    }

    @PutMapping("/{categoryId}")
    CategoryAccessEntry save(@PathVariable long categoryId, @RequestBody CategoryAccessDraft draft,
            @RequestParam(required = false) String lang, HttpServletRequest request) {
        return access.save(owner.get().storeCode(), categoryId, draft, localeOf(lang, request));
    }

    /** {@code ?lang=zh_TW} (or {@code zh-TW}) when given, else the request's locale. */
    static Locale localeOf(String lang, HttpServletRequest request) {
        return lang == null || lang.isBlank() ? RequestLocale.of(request)
                : Locale.forLanguageTag(lang.strip().replace('_', '-'));
    }
}
