package io.smm.membership.admin.web;

import java.math.BigDecimal;
import java.util.Arrays;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * Turns the violations a membership service reports into errors of the bound form, so the form shows them next
 * to their fields. A violation naming no property of the form becomes a form-wide error. Numbers are passed as
 * text, so that an id or a limit shows as the service gave it ({@code 12345}, not {@code 12,345}).
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void reject(BindingResult result, InvalidInputException invalid) {
        Object target = result.getTarget();
        BeanWrapper form = target == null ? null : PropertyAccessorFactory.forBeanPropertyAccess(target);
        for (Violation violation : invalid.violations()) {
            Object[] arguments = asText(violation.arguments());
            if (form != null && form.isReadableProperty(violation.field())) {
                result.rejectValue(violation.field(), violation.code(), arguments, violation.code());
            } else {
                result.reject(violation.code(), arguments, violation.code());
            }
        }
    }

    private static Object[] asText(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof BigDecimal ? ((BigDecimal) argument).toPlainString()
                        : argument instanceof Number ? argument.toString() : argument)
                .toArray();
    }
}
