package io.smm.membership.access;

/** A category's before-opening choice: its own ({@code set}, null when it inherits) and the one in force. */
public final class BeforeOpeningView {

    private final BeforeOpening set;
    private final BeforeOpening effective;

    BeforeOpeningView(BeforeOpening set, BeforeOpening effective) {
        this.set = set;
        this.effective = effective;
    }

    public BeforeOpening getSet() {
        return set;
    }

    public BeforeOpening getEffective() {
        return effective;
    }
}
