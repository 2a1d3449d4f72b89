package io.smm.membership.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.LocalizedName;

/** The reason a storefront shows, in the shopper's language and the store's time zone. */
class AccessTextsTests {

    private final CategoryAccessService views = mock(CategoryAccessService.class);
    private final AccessTexts texts = new AccessTexts(messages(), views, StoreRulesFixture.TAIPEI);

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("membership/i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void aWaitSaysTheLocalDateAndTimeInTheStoresTimeZone() {
        AccessReason wait = new AccessReason(Permission.BUY, AccessReason.Kind.WAIT, List.of(),
                StoreRulesFixture.taipei("2026-12-07T10:00"));

        assertThat(texts.message(wait, Locale.ENGLISH)).isEqualTo("On sale to you from 7 Dec 2026 10:00");
        assertThat(texts.message(wait, Locale.TAIWAN)).isEqualTo("2026年12月7日 10:00 起開放您購買");
    }

    @Test
    void aJoinNamesTheGroupsInTheShoppersLanguage() {
        when(views.group(20L)).thenReturn(Optional.of(new AudienceGroup(20, "VIP", GroupKind.MANUAL, 0, true, false,
                new LocalizedName("VIP", "貴賓", "贵宾"))));
        when(views.group(21L)).thenReturn(Optional.of(new AudienceGroup(21, "CLUB", GroupKind.MANUAL, 0, false,
                false, new LocalizedName("Club", null, null))));
        AccessReason join = new AccessReason(Permission.SEE_PRICE, AccessReason.Kind.JOIN_GROUP, List.of(20L, 21L),
                null);

        assertThat(texts.message(join, Locale.ENGLISH)).isEqualTo("Members of VIP, Club see the price");
        assertThat(texts.message(join, Locale.SIMPLIFIED_CHINESE)).isEqualTo("贵宾、Club 会员可查看价格");
        assertThat(texts.message(new AccessReason(Permission.SEE_PRICE, AccessReason.Kind.SIGN_IN, List.of(), null),
                Locale.ENGLISH)).isEqualTo("Sign in to see the price");
    }
}
