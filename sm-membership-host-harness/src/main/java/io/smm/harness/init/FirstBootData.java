package io.smm.harness.init;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.PostConstruct;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.country.Country;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.core.model.user.Group;
import com.salesmanager.core.model.user.GroupType;
import com.salesmanager.core.model.user.Permission;
import com.salesmanager.core.model.user.User;

import io.smm.harness.reference.StandInCountryService;
import io.smm.harness.reference.StandInCurrencyService;
import io.smm.harness.reference.StandInLanguageService;
import io.smm.harness.reference.StandInMerchantStoreService;
import io.smm.harness.user.StandInGroupService;
import io.smm.harness.user.StandInUserService;

/**
 * The host's first-boot data (InitializationLoader), created through JPA when table {@code LANGUAGE} is empty:
 * languages en and fr, country CA, currency CAD, store {@code DEFAULT}, the host's permissions and groups,
 * and administrator {@value #ADMIN_USER} / {@value #ADMIN_PASSWORD} in groups SUPERADMIN and ADMIN.
 */
@Component
public class FirstBootData {

    public static final String ADMIN_USER = "admin@shopizer.com";
    public static final String ADMIN_PASSWORD = "password";

    private static final String[] ADMIN_PERMISSIONS = {"AUTH", "SUPERADMIN", "ADMIN", "PRODUCTS", "ORDER",
        "CONTENT", "STORE", "TAX", "PAYMENT", "CUSTOMER", "SHIPPING"};

    private final TransactionTemplate transaction;
    private final StandInLanguageService languageService;
    private final StandInCountryService countryService;
    private final StandInCurrencyService currencyService;
    private final StandInMerchantStoreService storeService;
    private final StandInGroupService groupService;
    private final StandInUserService userService;
    private final PasswordEncoder passwordEncoder;

    public FirstBootData(PlatformTransactionManager transactionManager, StandInLanguageService languageService,
            StandInCountryService countryService, StandInCurrencyService currencyService,
            StandInMerchantStoreService storeService, StandInGroupService groupService,
            StandInUserService userService, PasswordEncoder passwordEncoder) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.languageService = languageService;
        this.countryService = countryService;
        this.currencyService = currencyService;
        this.storeService = storeService;
        this.groupService = groupService;
        this.userService = userService;
        this.passwordEncoder = passwordEncoder;
    }

    @PostConstruct
    public void populateIfEmpty() {
        transaction.executeWithoutResult(status -> {
            if (languageService.count() == 0) {
                populate();
            }
        });
    }

    private void populate() {
        Language english = language("en", 0);
        Language french = language("fr", 1);
        Country canada = new Country("CA");
        canada.setName("Canada");
        canada.setSupported(true);
        countryService.create(canada);
        MerchantStore store = new MerchantStore();
        store.setCode(MerchantStore.DEFAULT_STORE);
        store.setStorename("Default store");
        store.setStorephone("888-888-8888");
        store.setStoreaddress("1234 Street address");
        store.setStorecity("My city");
        store.setStorepostalcode("H2H-2H2");
        store.setCountry(canada);
        store.setCurrency(currencyService.findOrCreate("CAD"));
        store.setDefaultLanguage(english);
        store.setLanguages(new ArrayList<>(List.of(english, french)));
        store.setInBusinessSince(new Date());
        store.setStoreEmailAddress("john@test.com");
        store.setDomainName("localhost:8080");
        store.setStoreTemplate("december");
        store.setRetailer(true);
        storeService.create(store);
        Map<String, Group> groups = createSecurityGroups();
        User admin = new User(ADMIN_USER, passwordEncoder.encode(ADMIN_PASSWORD), ADMIN_USER);
        admin.setFirstName("Administrator");
        admin.setLastName("User");
        admin.setMerchantStore(store);
        admin.setDefaultLanguage(english);
        admin.getGroups().add(groups.get("SUPERADMIN"));
        admin.getGroups().add(groups.get("ADMIN"));
        userService.create(admin);
    }

    private Language language(String code, int sortOrder) {
        Language language = new Language(code);
        language.setSortOrder(sortOrder);
        languageService.create(language);
        return language;
    }

    private Map<String, Group> createSecurityGroups() {
        Map<String, Permission> permissions = new HashMap<>();
        for (String name : ADMIN_PERMISSIONS) {
            permissions.put(name, permission(name));
        }
        permissions.put("AUTH_CUSTOMER", permission("AUTH_CUSTOMER"));
        Map<String, Group> groups = new HashMap<>();
        group(groups, permissions, "SUPERADMIN", GroupType.ADMIN, ADMIN_PERMISSIONS);
        group(groups, permissions, "ADMIN", GroupType.ADMIN, "AUTH", "ADMIN", "PRODUCTS", "ORDER", "CONTENT",
                "STORE", "TAX", "PAYMENT", "CUSTOMER", "SHIPPING");
        group(groups, permissions, "ADMIN_RETAILER", GroupType.ADMIN, "AUTH", "ADMIN", "PRODUCTS", "ORDER",
                "CONTENT", "STORE", "TAX", "PAYMENT", "CUSTOMER", "SHIPPING");
        group(groups, permissions, "ADMIN_STORE", GroupType.ADMIN, "AUTH", "CONTENT", "STORE", "TAX", "PAYMENT",
                "CUSTOMER", "SHIPPING");
        group(groups, permissions, "ADMIN_CATALOGUE", GroupType.ADMIN, "AUTH", "PRODUCTS");
        group(groups, permissions, "ADMIN_ORDER", GroupType.ADMIN, "AUTH", "ORDER");
        group(groups, permissions, "ADMIN_CONTENT", GroupType.ADMIN, "AUTH", "CONTENT");
        group(groups, permissions, "CUSTOMER", GroupType.CUSTOMER, "AUTH", "AUTH_CUSTOMER");
        return groups;
    }

    private Permission permission(String name) {
        Permission permission = new Permission(name);
        groupService.create(permission);
        return permission;
    }

    private void group(Map<String, Group> groups, Map<String, Permission> permissions, String name, GroupType type,
            String... permissionNames) {
        Group group = new Group(name);
        group.setGroupType(type);
        for (String permissionName : permissionNames) {
            group.getPermissions().add(permissions.get(permissionName));
        }
        groupService.create(group);
        groups.put(name, group);
    }
}
