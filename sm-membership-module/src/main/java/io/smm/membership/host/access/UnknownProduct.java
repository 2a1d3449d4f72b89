package io.smm.membership.host.access;

import java.lang.reflect.Constructor;

import org.springframework.util.ClassUtils;

/**
 * The exception the host throws for a product it does not have (docs/host-seams.md#category-restriction-detail), so
 * that a product the shopper may not browse is answered exactly as one that does not exist: the host's own
 * {@code ResourceNotFoundException}, found by name (it is in a jar Shopizer does not publish), with the host's text
 * for the path asked.
 */
final class UnknownProduct {

    private static final String HOST_EXCEPTION = "com.salesmanager.shop.store.api.exception.ResourceNotFoundException";

    private volatile Constructor<?> constructor;

    /** @throws IllegalStateException when the host has no such exception: it would answer 500, not 404 */
    RuntimeException notFound(String hostText) {
        try {
            return (RuntimeException) constructor().newInstance(hostText);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The host's " + HOST_EXCEPTION + " cannot be made", e);
        }
    }

    private Constructor<?> constructor() throws ReflectiveOperationException {
        if (constructor == null) {
            constructor = ClassUtils.forName(HOST_EXCEPTION, UnknownProduct.class.getClassLoader())
                    .getConstructor(String.class);
        }
        return constructor;
    }
}
