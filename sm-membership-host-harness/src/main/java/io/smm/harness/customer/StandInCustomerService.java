package io.smm.harness.customer;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.lang3.Validate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import com.salesmanager.core.model.common.Billing;
import com.salesmanager.core.model.common.audit.AuditSection;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.user.Group;
import com.salesmanager.shop.model.customer.PersistableCustomer;

import io.smm.harness.core.TransactionalAspectAwareService;
import io.smm.harness.user.StandInGroupService;

/**
 * Bean {@code customerService}: customers of table {@code CUSTOMER}, looked up by nick (the login name),
 * plus self-registration as the host's {@code customerFacade.registerCustomer} stores it.
 */
@Service("customerService")
public class StandInCustomerService implements TransactionalAspectAwareService {

    /** The group the host gives to self-registered customers. */
    public static final String CUSTOMER_GROUP = "CUSTOMER";

    @PersistenceContext
    private EntityManager entityManager;

    private final StandInGroupService groupService;

    private final PasswordEncoder passwordEncoder;

    public StandInCustomerService(StandInGroupService groupService, PasswordEncoder passwordEncoder) {
        this.groupService = groupService;
        this.passwordEncoder = passwordEncoder;
    }

    /** The customer with this id, or {@code null}. */
    public Customer getById(Long id) {
        return entityManager.find(Customer.class, id);
    }

    /** The customer with this nick in any store (as the host's one-argument lookup), or {@code null}. */
    public Customer getByNick(String nick) {
        List<Customer> customers = entityManager
                .createQuery("select c from Customer c where c.nick = :nick order by c.id", Customer.class)
                .setParameter("nick", nick)
                .getResultList();
        return customers.isEmpty() ? null : customers.get(0);
    }

    /** The customer with this nick in the given store, or {@code null}. */
    public Customer getByNick(String nick, int storeId) {
        List<Customer> customers = entityManager
                .createQuery("select c from Customer c where c.nick = :nick and c.merchantStore.id = :store",
                        Customer.class)
                .setParameter("nick", nick)
                .setParameter("store", storeId)
                .getResultList();
        return customers.isEmpty() ? null : customers.get(0);
    }

    /** Ids of the customer's groups (table {@code CUSTOMER_GROUP}). */
    public List<Integer> getGroupIds(Long customerId) {
        return entityManager.createQuery("select g.id from Customer c join c.groups g where c.id = :id",
                Integer.class)
                .setParameter("id", customerId)
                .getResultList();
    }

    public void create(Customer customer) {
        entityManager.persist(customer);
    }

    /**
     * A guest buyer as the host's guest checkout builds one ({@code customerFacade.populateCustomerModel}), stored
     * before the order is priced, so it has an id: anonymous, no nick, the e-mail address and names given, the
     * store's language. The host stores a new customer each time; the published 2.16.0 entity keeps e-mail
     * addresses unique per store, so a guest already stored under the address is reused.
     */
    public Customer guest(MerchantStore store, PersistableCustomer given) {
        Validate.notNull(given, "Customer must not be null");
        List<Customer> known = entityManager.createQuery("select c from Customer c where c.emailAddress = :email"
                + " and c.merchantStore.id = :store and c.anonymous = true", Customer.class)
                .setParameter("email", given.getEmailAddress())
                .setParameter("store", store.getId())
                .getResultList();
        if (!known.isEmpty()) {
            return known.get(0);
        }
        Customer customer = new Customer();
        customer.setMerchantStore(store);
        customer.setEmailAddress(given.getEmailAddress());
        customer.setAnonymous(true);
        customer.setDefaultLanguage(store.getDefaultLanguage());
        Billing billing = new Billing();
        if (given.getBilling() != null) {
            billing.setFirstName(given.getBilling().getFirstName());
            billing.setLastName(given.getBilling().getLastName());
        }
        billing.setCountry(store.getCountry());
        customer.setBilling(billing);
        customer.setAuditSection(createdAt(new Date()));
        entityManager.persist(customer);
        return customer;
    }

    /**
     * Stores a customer the way self-registration does: nick = e-mail, BCrypt password, the store's default
     * language, group {@value #CUSTOMER_GROUP}, names in the billing address, and no creation date (Shopizer
     * 3.2.5's customer entity has no audit listener).
     */
    public Customer register(MerchantStore store, String email, String rawPassword, String firstName,
            String lastName) {
        Customer customer = new Customer();
        customer.setMerchantStore(store);
        customer.setEmailAddress(email);
        customer.setNick(email);
        customer.setPassword(passwordEncoder.encode(rawPassword));
        customer.setAnonymous(false);
        customer.setDefaultLanguage(store.getDefaultLanguage());
        Billing billing = new Billing();
        billing.setFirstName(firstName);
        billing.setLastName(lastName);
        billing.setCountry(store.getCountry());
        customer.setBilling(billing);
        Group customerGroup = groupService.findByName(CUSTOMER_GROUP);
        customer.getGroups().add(customerGroup);
        entityManager.persist(customer);
        return customer;
    }

    /** Dates the customer's registration ({@code auditSection.dateCreated}) back to {@code at}. */
    public void registeredAt(Long id, Date at) {
        getById(id).setAuditSection(createdAt(at));
    }

    /** The audit section the host's {@code AuditListener} gives an entity it saves for the first time. */
    private static AuditSection createdAt(Date at) {
        AuditSection audit = new AuditSection();
        audit.setDateCreated(at);
        audit.setDateModified(at);
        return audit;
    }
}
