package io.smm.membership.admin.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * A value that cannot be converted (letters in a number field) becomes our own message key, not Spring's bare
 * {@code typeMismatch} codes, which would change or miss the host's messages.
 */
final class AdminBindingErrors extends DefaultBindingErrorProcessor {

    static final String TYPE_MISMATCH = "membership.admin.form.type-mismatch";

    @Override
    public void processPropertyAccessException(PropertyAccessException failure, BindingResult result) {
        String field = failure.getPropertyName();
        result.addError(new FieldError(result.getObjectName(), field, failure.getValue(), true,
                new String[] { TYPE_MISMATCH }, null, TYPE_MISMATCH));
    }
}
