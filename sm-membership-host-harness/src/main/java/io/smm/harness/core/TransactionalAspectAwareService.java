package io.smm.harness.core;

/**
 * Marker of the services the XML transaction advice wraps, as the host's own
 * {@code TransactionalAspectAwareService}: {@code get*}, {@code list*}, {@code search*} read-only,
 * everything else read-write, rolled back on {@code ServiceException} and unchecked exceptions.
 */
public interface TransactionalAspectAwareService {
}
