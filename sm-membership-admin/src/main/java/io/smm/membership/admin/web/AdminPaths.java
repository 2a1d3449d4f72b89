package io.smm.membership.admin.web;

/** The URLs of the owners' pages; all of them lie under {@link #ROOT}, the only path our security chain guards. */
public final class AdminPaths {

    public static final String ROOT = "/membership/admin";
    public static final String LOGIN = ROOT + "/login";
    public static final String LOGOUT = ROOT + "/logout";
    public static final String DENIED = ROOT + "/denied";
    public static final String ASSETS = ROOT + "/assets";
    /** The owner's start page. */
    public static final String DASHBOARD = ROOT + "/dashboard";
    public static final String GROUPS = ROOT + "/groups";
    public static final String MEMBERS = ROOT + "/members";
    public static final String APPLICATIONS = ROOT + "/applications";
    public static final String TIERS = ROOT + "/tiers";
    public static final String PRICE_RULES = ROOT + "/price-rules";
    public static final String PRICE_SIMULATOR = ROOT + "/price-simulator";
    public static final String COUPONS = ROOT + "/coupons";
    public static final String ORDERS = ROOT + "/orders";
    public static final String PRODUCTS = ROOT + "/products";
    public static final String CATALOG = ROOT + "/catalog";
    public static final String CATEGORY_ACCESS = ROOT + "/category-access";
    public static final String AFFILIATES = ROOT + "/affiliates";
    public static final String REWARDS = ROOT + "/rewards";
    public static final String SEGMENTS = ROOT + "/segments";
    public static final String OFFERS = ROOT + "/offers";
    public static final String RFM = ROOT + "/rfm";

    private AdminPaths() {
    }
}
