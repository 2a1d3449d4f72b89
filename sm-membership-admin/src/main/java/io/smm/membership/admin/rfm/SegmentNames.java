package io.smm.membership.admin.rfm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import io.smm.membership.analytics.RfmReport;
import io.smm.membership.analytics.RfmSegment;

/** The names of the RFM segments in the page's language, each key spelled out so that the bundles' test sees it. */
final class SegmentNames {

    private SegmentNames() {
    }

    /** Every segment's code to its name, in the enum's order, then {@link RfmReport#UNSCORED} to "not scored". */
    static Map<String, String> of(MessageSource messages, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (RfmSegment segment : RfmSegment.values()) {
            names.put(segment.name(), messages.getMessage(key(segment), null, locale));
        }
        names.put(RfmReport.UNSCORED, messages.getMessage("membership.admin.rfm.unscored", null, locale));
        return names;
    }

    static String key(RfmSegment segment) {
        switch (segment) {
        case CHAMPIONS:
            return "membership.analytics.segment.CHAMPIONS";
        case LOYAL:
            return "membership.analytics.segment.LOYAL";
        case POTENTIAL_LOYALIST:
            return "membership.analytics.segment.POTENTIAL_LOYALIST";
        case NEW:
            return "membership.analytics.segment.NEW";
        case PROMISING:
            return "membership.analytics.segment.PROMISING";
        case NEED_ATTENTION:
            return "membership.analytics.segment.NEED_ATTENTION";
        case ABOUT_TO_SLEEP:
            return "membership.analytics.segment.ABOUT_TO_SLEEP";
        case AT_RISK:
            return "membership.analytics.segment.AT_RISK";
        case CANT_LOSE:
            return "membership.analytics.segment.CANT_LOSE";
        case HIBERNATING:
            return "membership.analytics.segment.HIBERNATING";
        case LOST:
            return "membership.analytics.segment.LOST";
        default:
            throw new IllegalArgumentException("No name for RFM segment " + segment);
        }
    }
}
