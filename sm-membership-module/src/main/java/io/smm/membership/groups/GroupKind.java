package io.smm.membership.groups;

/** A tier is one of an ordered ladder (a customer holds exactly one); a manual group is any number of extra labels. */
public enum GroupKind {
    TIER,
    MANUAL
}
