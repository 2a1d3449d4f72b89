package io.smm.membership.access;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * What a storefront shows a shopper for a missing permission, in their language: "Members of VIP see the price",
 * "Sign in to see the price", "On sale to you from 7 Dec 2026 10:00" (the store's time zone). Never names the
 * product, so that it may be shown for a product the shopper does not see.
 */
public class AccessTexts {

    private final MessageSource messages;
    private final CategoryAccessService views;
    private final ZoneId zone;

    AccessTexts(MessageSource messages, CategoryAccessService views, ZoneId zone) {
        this.messages = messages;
        this.views = views;
        this.zone = zone;
    }

    public String message(AccessReason reason, Locale locale) {
        String separator = messages.getMessage("membership.access.list-separator", null, ", ", locale);
        String groups = reason.groupIds().stream().map(views::group).flatMap(Optional::stream)
                .map(group -> group.name.in(locale)).filter(Objects::nonNull).collect(Collectors.joining(separator));
        String pattern = messages.getMessage("membership.access.date-pattern", null, "yyyy-MM-dd HH:mm", locale);
        String opensAt = reason.opensAt().map(instant -> DateTimeFormatter.ofPattern(pattern, locale)
                .format(instant.atZone(zone))).orElse("");
        String key = "membership.access.reason." + kebab(reason.kind().name()) + "." + kebab(reason.missing().name());
        return messages.getMessage(key, new Object[] { groups, opensAt }, key, locale);
    }

    private static String kebab(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
