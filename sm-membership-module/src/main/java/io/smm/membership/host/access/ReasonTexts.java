package io.smm.membership.host.access;

import java.util.Locale;

import io.smm.membership.access.AccessReason;

/**
 * What a storefront shows a shopper for why they may not do something yet ("Sign in to see the price"), in their
 * language: the access feature's texts, plugged into the seams' flags. Without it the flags carry no message.
 */
public interface ReasonTexts {

    String message(AccessReason reason, Locale locale);
}
