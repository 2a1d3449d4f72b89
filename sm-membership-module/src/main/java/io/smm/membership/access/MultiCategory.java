package io.smm.membership.access;

/**
 * How a product filed under several categories is seen: as its most generous category (ANY), or its least (ALL),
 * so that a restricted category's product also filed under a public one stays hidden.
 */
public enum MultiCategory {
    ANY,
    ALL
}
