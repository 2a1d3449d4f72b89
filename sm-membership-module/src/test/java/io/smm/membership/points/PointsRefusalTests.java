package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class PointsRefusalTests {

    @Test
    void everyReasonPointsAreRefusedForHasATextInEachLanguage() throws IOException {
        for (String bundle : List.of("messages", "messages_zh_TW", "messages_zh_CN")) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/membership/i18n/" + bundle + ".properties")) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }

            assertThat(Arrays.stream(PointsRefusal.values()).map(PointsRefusal::messageKey)).as(bundle)
                    .allMatch(texts::containsKey);
        }
    }

    @Test
    void aLostHoldIsNamedWithDashes() {
        assertThat(PointsRefusal.HOLD_LOST.messageKey()).isEqualTo("membership.points.refused.hold-lost");
    }
}
