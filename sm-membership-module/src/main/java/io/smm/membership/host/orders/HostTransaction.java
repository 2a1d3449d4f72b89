package io.smm.membership.host.orders;

import java.util.function.Consumer;

import org.aspectj.lang.ProceedingJoinPoint;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction on the host's {@code transactionManager}, at read committed, around a host call that the host's own
 * transaction advice then joins: our work after the call commits or rolls back with the host's
 * (docs/host-seams.md#orders-orderservice).
 */
public final class HostTransaction {

    private final TransactionTemplate transaction;

    public HostTransaction(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
        // as PostgreSQL and H2 do by default; on MariaDB, repeatable read would make the coupon ledger's locking
        // count lock index gaps that two coupons' checkouts can share, and deadlock
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Proceeds with the host's call, then runs {@code after} with its result, in one transaction. */
    public Object proceedThen(ProceedingJoinPoint call, Consumer<Object> after) throws Throwable {
        try {
            return transaction.execute(status -> {
                Object result = proceed(call);
                after.accept(result);
                return result;
            });
        } catch (HostFailure failure) {
            throw failure.getCause();
        }
    }

    private static Object proceed(ProceedingJoinPoint call) {
        try {
            return call.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            throw new HostFailure(checked); // the host's ServiceException is checked; rethrown as is outside
        }
    }

    /** Carries a checked exception of the host through the transaction template, which rolls back on it. */
    private static final class HostFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        HostFailure(Throwable cause) {
            super(cause);
        }
    }
}
