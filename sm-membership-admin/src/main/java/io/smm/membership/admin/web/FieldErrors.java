package io.smm.membership.admin.web;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * Turns the violations a membership service reports into errors of the bound form, so the form shows them next
 * to their fields. A violation naming no property of the form becomes a form-wide error.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void reject(BindingResult result, InvalidInputException invalid) {
        Object target = result.getTarget();
        BeanWrapper form = target == null ? null : PropertyAccessorFactory.forBeanPropertyAccess(target);
        for (Violation violation : invalid.violations()) {
            if (form != null && form.isReadableProperty(violation.field())) {
                result.rejectValue(violation.field(), violation.code(), violation.arguments(), violation.code());
            } else {
                result.reject(violation.code(), violation.arguments(), violation.code());
            }
        }
    }
}
