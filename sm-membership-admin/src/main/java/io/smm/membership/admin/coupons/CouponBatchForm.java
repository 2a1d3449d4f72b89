package io.smm.membership.admin.coupons;

import io.smm.membership.coupons.CodePattern;
import io.smm.membership.coupons.CouponBatchDraft;

/** The generate-codes form: a draft that starts with eight characters of the default alphabet. */
public class CouponBatchForm extends CouponBatchDraft {

    public CouponBatchForm() {
        setLength(CodePattern.DEFAULT_LENGTH);
        setAlphabet(CodePattern.DEFAULT_ALPHABET);
    }
}
