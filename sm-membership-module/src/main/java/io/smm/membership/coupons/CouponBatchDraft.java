package io.smm.membership.coupons;

import io.smm.membership.web.Draft;

/** What an owner asks a batch for: how many codes, and their pattern. A blank alphabet is the default one. */
public class CouponBatchDraft extends Draft {

    private Integer count;
    private String prefix;
    private Integer length;
    private String alphabet;

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public Integer getLength() {
        return length;
    }

    public void setLength(Integer length) {
        this.length = length;
    }

    public String getAlphabet() {
        return alphabet;
    }

    public void setAlphabet(String alphabet) {
        this.alphabet = alphabet;
    }
}
