package io.smm.harness.customer;

import org.apache.commons.lang3.StringUtils;
import org.springframework.stereotype.Component;

import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.customer.PersistableCustomer;
import com.salesmanager.shop.model.customer.address.Address;

/**
 * Bean {@code customerFacade} with the host's self-registration method: {@code registerCustomer} stores the
 * customer (in the customer service's own transaction, as the host's facade has none) and returns the request's
 * customer with the stored id.
 */
@Component("customerFacade")
public class StandInCustomerFacade {

    private final StandInCustomerService customerService;

    public StandInCustomerFacade(StandInCustomerService customerService) {
        this.customerService = customerService;
    }

    public PersistableCustomer registerCustomer(PersistableCustomer customer, MerchantStore store,
            Language language) {
        Address billing = customer.getBilling();
        Customer stored = customerService.register(store, customer.getEmailAddress(), customer.getPassword(),
                StringUtils.defaultIfBlank(billing.getFirstName(), customer.getFirstName()),
                StringUtils.defaultIfBlank(billing.getLastName(), customer.getLastName()));
        customer.setId(stored.getId());
        return customer;
    }
}
