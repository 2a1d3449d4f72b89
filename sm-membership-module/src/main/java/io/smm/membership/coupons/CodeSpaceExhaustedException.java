package io.smm.membership.coupons;

/** The generator found no fresh code in too many draws in a row: the pattern's space is (nearly) full. */
class CodeSpaceExhaustedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    CodeSpaceExhaustedException(String message) {
        super(message);
    }
}
