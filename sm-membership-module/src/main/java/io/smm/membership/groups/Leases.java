package io.smm.membership.groups;

import java.util.function.BooleanSupplier;

import org.springframework.dao.DataIntegrityViolationException;

/** Taking a lease kept in a row of its own, which the first instance to need it creates. */
final class Leases {

    private Leases() {
    }

    /**
     * Takes the lease, creating its row first if there is none; false when another instance holds it, or created
     * the row at the same moment (it then holds the lease).
     *
     * @param create creates the row; throws {@link DataIntegrityViolationException} when another did at once
     */
    static boolean take(BooleanSupplier take, Runnable create) {
        if (take.getAsBoolean()) {
            return true;
        }
        try {
            create.run();
        } catch (DataIntegrityViolationException createdByAnother) {
            return false;
        }
        return take.getAsBoolean();
    }
}
