package io.smm.membership.admin.web;

import java.util.function.UnaryOperator;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import io.smm.membership.web.Draft;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.MessageArguments;
import io.smm.membership.web.Violation;

/**
 * Turns the violations a membership service reports into errors of the bound form, so the form shows them next
 * to their fields. A violation naming no property of the form becomes a form-wide error; one on a field the page
 * could not bind is left out, the binding's own error says it. Numbers are passed as text, so that an id or a
 * limit shows as the service gave it ({@code 12345}, not {@code 12,345}).
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Names on the draft every field the page could not bind (letters in a number, a date that is none), so that
     * the service still checks every other field and refuses the whole: one answer shows every error at once.
     */
    public static void markUnbound(BindingResult result, Draft draft) {
        markUnbound(result, draft, UnaryOperator.identity());
    }

    /**
     * As {@link #markUnbound(BindingResult, Draft)}, for a draft that is not the form itself: {@code draftField}
     * names on the draft the field a form field is sent as.
     */
    public static void markUnbound(BindingResult result, Draft draft, UnaryOperator<String> draftField) {
        for (FieldError unbound : result.getFieldErrors()) {
            draft.markUnreadable(unreadable(draftField.apply(unbound.getField())));
        }
        for (ObjectError unbound : result.getGlobalErrors()) {
            draft.markUnreadable(unreadable(result.getObjectName()));
        }
    }

    /** A field whose text the page could not read (a date that is none, letters among ids). */
    public static Violation unreadable(String field) {
        return new Violation(field, AdminBindingErrors.TYPE_MISMATCH);
    }

    public static void reject(BindingResult result, InvalidInputException invalid) {
        reject(result, invalid, UnaryOperator.identity());
    }

    /**
     * As {@link #reject(BindingResult, InvalidInputException)}, for violations of a draft that is not the form
     * itself: {@code formField} names the form field a field of the draft came from.
     */
    public static void reject(BindingResult result, InvalidInputException invalid, UnaryOperator<String> formField) {
        Object target = result.getTarget();
        BeanWrapper form = target == null ? null : PropertyAccessorFactory.forBeanPropertyAccess(target);
        for (Violation violation : invalid.violations()) {
            Object[] arguments = MessageArguments.plain(violation.arguments());
            String field = formField.apply(violation.field());
            if (result.hasFieldErrors(field)) {
                continue;
            }
            if (form != null && form.isReadableProperty(field)) {
                result.rejectValue(field, violation.code(), arguments, violation.code());
            } else {
                result.reject(violation.code(), arguments, violation.code());
            }
        }
    }
}
