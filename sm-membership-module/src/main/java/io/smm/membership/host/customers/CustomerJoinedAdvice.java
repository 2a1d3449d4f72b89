package io.smm.membership.host.customers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.annotation.AfterReturning;
import org.aspectj.lang.annotation.Aspect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.shop.model.entity.Entity;

import io.smm.membership.identity.CustomerJoined;
import io.smm.membership.identity.CustomerJoinedListener;

/**
 * A customer's self-registration ({@code customerFacade.registerCustomer},
 * docs/host-seams.md#customers-customerfacade): once the host's call has returned the stored customer with its id,
 * and after the transaction it ran in (if any) has committed, every {@link CustomerJoinedListener} is told, in the
 * request's thread; a listener's failure is logged and never undoes or fails the registration.
 */
@Aspect
public class CustomerJoinedAdvice {

    private static final Logger LOGGER = LoggerFactory.getLogger(CustomerJoinedAdvice.class);

    private final List<CustomerJoinedListener> listeners;

    public CustomerJoinedAdvice(List<CustomerJoinedListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @AfterReturning(pointcut = "bean(customerFacade) && execution(* registerCustomer(..))", returning = "result")
    public void registered(JoinPoint call, Object result) {
        Optional<MerchantStore> store = Arrays.stream(call.getArgs()).filter(MerchantStore.class::isInstance)
                .map(MerchantStore.class::cast).findFirst();
        if (store.isEmpty() || !(result instanceof Entity) || ((Entity) result).getId() == null) {
            return;
        }
        CustomerJoined joined = new CustomerJoined(store.get().getCode(), ((Entity) result).getId());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell(joined);
                }
            });
        } else {
            tell(joined);
        }
    }

    private void tell(CustomerJoined joined) {
        for (CustomerJoinedListener listener : listeners) {
            try {
                listener.joined(joined);
            } catch (RuntimeException failed) {
                LOGGER.error("A listener failed on the registration of customer {} of store {}",
                        joined.customerId(), joined.storeCode(), failed);
            }
        }
    }
}
