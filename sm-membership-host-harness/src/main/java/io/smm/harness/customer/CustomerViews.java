package io.smm.harness.customer;

import java.util.stream.Collectors;

import com.salesmanager.core.model.common.Billing;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.user.Group;
import com.salesmanager.shop.model.customer.ReadableCustomer;
import com.salesmanager.shop.model.customer.address.Address;
import com.salesmanager.shop.model.security.ReadableGroup;

/** Turns a customer into the host's {@link ReadableCustomer} JSON, groups included. */
public final class CustomerViews {

    private CustomerViews() {
    }

    public static ReadableCustomer toReadable(Customer customer) {
        ReadableCustomer readable = new ReadableCustomer();
        readable.setId(customer.getId());
        readable.setUserName(customer.getNick());
        readable.setEmailAddress(customer.getEmailAddress());
        readable.setStoreCode(customer.getMerchantStore().getCode());
        if (customer.getDefaultLanguage() != null) {
            readable.setLanguage(customer.getDefaultLanguage().getCode());
        }
        Billing billing = customer.getBilling();
        if (billing != null) {
            readable.setFirstName(billing.getFirstName());
            readable.setLastName(billing.getLastName());
            readable.setBilling(address(billing));
        }
        readable.setGroups(customer.getGroups().stream().map(CustomerViews::group).collect(Collectors.toList()));
        return readable;
    }

    private static Address address(Billing billing) {
        Address address = new Address();
        address.setFirstName(billing.getFirstName());
        address.setLastName(billing.getLastName());
        address.setCompany(billing.getCompany());
        address.setAddress(billing.getAddress());
        address.setCity(billing.getCity());
        address.setPostalCode(billing.getPostalCode());
        address.setPhone(billing.getTelephone());
        if (billing.getCountry() != null) {
            address.setCountry(billing.getCountry().getIsoCode());
        }
        return address;
    }

    private static ReadableGroup group(Group group) {
        ReadableGroup readable = new ReadableGroup();
        readable.setId(group.getId().longValue());
        readable.setName(group.getGroupName());
        readable.setType(group.getGroupType().name());
        return readable;
    }
}
