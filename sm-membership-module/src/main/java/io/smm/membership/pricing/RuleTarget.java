package io.smm.membership.pricing;

/** What a rule prices: one product, a category with all its subcategories, or the whole store. */
public enum RuleTarget {
    PRODUCT,
    CATEGORY,
    STORE
}
