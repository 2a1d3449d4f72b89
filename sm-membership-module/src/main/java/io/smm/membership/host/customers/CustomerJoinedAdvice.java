package io.smm.membership.host.customers;

import java.util.Arrays;
import java.util.Optional;

import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.annotation.AfterReturning;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.shop.model.entity.Entity;

import io.smm.membership.identity.CustomerJoined;

/**
 * A customer's self-registration ({@code customerFacade.registerCustomer}, docs/host-seams.md#customers-customerfacade):
 * once the host's call has returned the stored customer with its id, and after the transaction it ran in (if any)
 * has committed, {@link CustomerJoined} is published, so nothing of ours can undo or delay the registration.
 */
@Aspect
public class CustomerJoinedAdvice {

    private final ApplicationEventPublisher events;

    public CustomerJoinedAdvice(ApplicationEventPublisher events) {
        this.events = events;
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
                    events.publishEvent(joined);
                }
            });
        } else {
            events.publishEvent(joined);
        }
    }
}
