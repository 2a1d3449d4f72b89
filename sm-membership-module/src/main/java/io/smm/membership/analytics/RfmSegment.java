package io.smm.membership.analytics;

/** The named RFM segments a scored member falls in, from the (R, FM) grid (docs/analytics.md). */
public enum RfmSegment {
    CHAMPIONS, LOYAL, POTENTIAL_LOYALIST, NEW, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK, CANT_LOSE,
    HIBERNATING, LOST
}
