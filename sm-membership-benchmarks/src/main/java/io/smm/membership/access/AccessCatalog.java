package io.smm.membership.access;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.LongPredicate;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;

import com.salesmanager.core.model.merchant.MerchantStore;

import io.smm.harness.StandInCatalog;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;

/**
 * Benchmark data for category restriction (fixed seed 42), in a started stand-in host: 20 root categories x 100
 * leaves (2,020 categories, through the host's JPA so lineage and depth are the host's), 20 manual groups, 100,000
 * products each in 1-2 random leaves (bulk-inserted with JDBC into the host's tables: JPA would take minutes), and,
 * when asked, owner rules on 10 % of the categories (2 roots and 200 leaves), a mix of closed to guests, one group
 * only, price hidden from guests and early access.
 */
final class AccessCatalog {

    static final String STORE = MerchantStore.DEFAULT_STORE;
    static final int PRODUCTS = 100_000;
    static final int ROOTS = 20;
    static final int LEAVES = 100;
    static final int GROUPS = 20;
    static final int RULED_ROOTS = 2;
    static final int RULED_LEAVES = 200;
    /** Above the ids the host's sequencer gives, so that bulk-inserted rows never meet them. */
    private static final long FIRST_ID = 1_000_001;
    private static final int BATCH = 1_000;

    private final ApplicationContext host;
    private final Random random = new Random(42);
    final List<Long> roots = new ArrayList<>();
    /** Per root, its leaves. */
    final List<List<Long>> leaves = new ArrayList<>();
    final List<Long> groupIds = new ArrayList<>();
    /** The categories that get rules, and what kind of rule each gets (index into {@link Kind}). */
    final List<Long> ruled = new ArrayList<>();
    final List<Kind> kinds = new ArrayList<>();
    /** Each product's leaves, by product index. */
    final List<Set<Long>> productLeaves = new ArrayList<>(PRODUCTS);

    enum Kind { CLOSED_TO_GUESTS, ONE_GROUP_ONLY, PRICE_HIDDEN_FROM_GUESTS, EARLY_ACCESS }

    AccessCatalog(ApplicationContext host) {
        this.host = host;
    }

    /** Categories, groups and products; no rule yet. */
    AccessCatalog build() throws SQLException {
        StandInCatalog catalog = host.getBean(StandInCatalog.class);
        for (int r = 0; r < ROOTS; r++) {
            long root = catalog.createCategory("root-" + r, "Root " + r);
            roots.add(root);
            List<Long> children = new ArrayList<>();
            for (int l = 0; l < LEAVES; l++) {
                children.add(catalog.createCategory("leaf-" + r + "-" + l, "Leaf " + r + "-" + l, root));
            }
            leaves.add(children);
        }
        GroupService groups = host.getBean(GroupService.class);
        for (int g = 0; g < GROUPS; g++) {
            GroupDraft draft = new GroupDraft();
            draft.setCode(String.format("G%02d", g));
            draft.setKind(GroupKind.MANUAL);
            draft.setNameEn("Group " + g);
            groupIds.add(groups.create(STORE, draft).getId());
        }
        insertProducts();
        chooseRuledCategories();
        return this;
    }

    /** Saves every chosen category's rules through the owner's service, as the owner's JSON does. */
    void saveRules() {
        CategoryAccessOwnerService owner = host.getBean(CategoryAccessOwnerService.class);
        String opens = LocalDateTime.now().plusDays(30).truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        for (int i = 0; i < ruled.size(); i++) {
            String group = "GROUP:" + groupIds.get(i % GROUPS);
            CategoryAccessDraft draft = new CategoryAccessDraft();
            List<AccessRuleDraft> rules = new ArrayList<>();
            switch (kinds.get(i)) {
                case CLOSED_TO_GUESTS:
                    rules.add(AccessDatabaseContract.rule("GUESTS", Permission.BROWSE, RuleState.DENY, null));
                    rules.add(AccessDatabaseContract.rule("MEMBERS", Permission.BROWSE, RuleState.ALLOW, null));
                    break;
                case ONE_GROUP_ONLY:
                    rules.add(AccessDatabaseContract.rule(group, Permission.BROWSE, RuleState.ALLOW, null));
                    break;
                case PRICE_HIDDEN_FROM_GUESTS:
                    rules.add(AccessDatabaseContract.rule("GUESTS", Permission.BROWSE, RuleState.ALLOW, null));
                    rules.add(AccessDatabaseContract.rule("GUESTS", Permission.SEE_PRICE, RuleState.DENY, null));
                    rules.add(AccessDatabaseContract.rule("MEMBERS", Permission.BROWSE, RuleState.ALLOW, null));
                    break;
                default:
                    draft.setBeforeOpening(BeforeOpening.COMING);
                    rules.add(AccessDatabaseContract.rule(group, Permission.BROWSE, RuleState.ALLOW, null));
                    rules.add(AccessDatabaseContract.rule("MEMBERS", Permission.BROWSE, RuleState.ALLOW, opens));
                    rules.add(AccessDatabaseContract.rule("GUESTS", Permission.BROWSE, RuleState.ALLOW, opens));
            }
            draft.setRules(rules);
            owner.save(STORE, ruled.get(i), draft, Locale.ENGLISH);
        }
    }

    /** Gives every chosen category no rule of its own again, as the owner's JSON does with an empty list. */
    void clearRules() {
        CategoryAccessOwnerService owner = host.getBean(CategoryAccessOwnerService.class);
        for (Long category : ruled) {
            owner.save(STORE, category, new CategoryAccessDraft(), Locale.ENGLISH);
        }
    }

    /** Ids of products whose every category (and its root) has no rule: listed with prices in both runs. */
    List<Long> openProducts(int count) {
        return productsWhere(count, leaf -> !ruled.contains(leaf) && !ruled.contains(rootOf(leaf)));
    }

    /** A root without rules of its own, holding some ruled leaves: a category page the rules thin out. */
    long openRootWithRuledLeaves() {
        for (int r = 0; r < ROOTS; r++) {
            if (!ruled.contains(roots.get(r)) && leaves.get(r).stream().anyMatch(ruled::contains)) {
                return roots.get(r);
            }
        }
        throw new IllegalStateException("every root has rules");
    }

    private List<Long> productsWhere(int count, LongPredicate leafOk) {
        List<Long> ids = new ArrayList<>();
        for (int p = 0; p < PRODUCTS && ids.size() < count; p++) {
            if (productLeaves.get(p).stream().allMatch(leafOk::test)) {
                ids.add(FIRST_ID + p);
            }
        }
        return ids;
    }

    private long rootOf(long leaf) {
        for (int r = 0; r < ROOTS; r++) {
            if (leaves.get(r).contains(leaf)) {
                return roots.get(r);
            }
        }
        throw new IllegalArgumentException("no leaf " + leaf);
    }

    private void chooseRuledCategories() {
        Set<Long> chosen = new LinkedHashSet<>();
        while (chosen.size() < RULED_ROOTS) {
            chosen.add(roots.get(random.nextInt(ROOTS)));
        }
        while (chosen.size() < RULED_ROOTS + RULED_LEAVES) {
            chosen.add(leaves.get(random.nextInt(ROOTS)).get(random.nextInt(LEAVES)));
        }
        Kind[] all = Kind.values();
        int i = 0;
        for (Long category : chosen) {
            ruled.add(category);
            kinds.add(all[i++ % all.length]);
        }
    }

    private void insertProducts() throws SQLException {
        DataSource dataSource = host.getBean(DataSource.class);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long store;
            long language;
            try (Statement query = connection.createStatement();
                    ResultSet row = query.executeQuery("select s.MERCHANT_ID, s.LANGUAGE_ID from "
                            + "SALESMANAGER.MERCHANT_STORE s where s.STORE_CODE = '" + STORE + "'")) {
                row.next();
                store = row.getLong(1);
                language = row.getLong(2);
            }
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement product = connection.prepareStatement("insert into SALESMANAGER.PRODUCT"
                    + " (PRODUCT_ID, DATE_CREATED, DATE_MODIFIED, AVAILABLE, DATE_AVAILABLE, PREORDER, PRODUCT_FREE,"
                    + " PRODUCT_SHIP, PRODUCT_VIRTUAL, SKU, SORT_ORDER, MERCHANT_ID)"
                    + " values (?, ?, ?, true, ?, false, false, true, false, ?, 0, ?)");
                    PreparedStatement description = connection.prepareStatement("insert into"
                            + " SALESMANAGER.PRODUCT_DESCRIPTION (DESCRIPTION_ID, DATE_CREATED, DATE_MODIFIED, NAME,"
                            + " SEF_URL, LANGUAGE_ID, PRODUCT_ID) values (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement availability = connection.prepareStatement("insert into"
                            + " SALESMANAGER.PRODUCT_AVAILABILITY (PRODUCT_AVAIL_ID, AVAILABLE, FREE_SHIPPING,"
                            + " QUANTITY, QUANTITY_ORD_MAX, QUANTITY_ORD_MIN, STATUS, REGION, MERCHANT_ID,"
                            + " PRODUCT_ID) values (?, true, false, 100, 0, 1, true, '*', ?, ?)");
                    PreparedStatement price = connection.prepareStatement("insert into SALESMANAGER.PRODUCT_PRICE"
                            + " (PRODUCT_PRICE_ID, PRODUCT_PRICE_CODE, DEFAULT_PRICE, PRODUCT_PRICE_AMOUNT,"
                            + " PRODUCT_PRICE_TYPE, PRODUCT_AVAIL_ID) values (?, 'base', true, ?, 'ONE_TIME', ?)");
                    PreparedStatement category = connection.prepareStatement("insert into"
                            + " SALESMANAGER.PRODUCT_CATEGORY (PRODUCT_ID, CATEGORY_ID) values (?, ?)")) {
                for (int p = 0; p < PRODUCTS; p++) {
                    long id = FIRST_ID + p;
                    product.setLong(1, id);
                    product.setTimestamp(2, now);
                    product.setTimestamp(3, now);
                    product.setTimestamp(4, now);
                    product.setString(5, "B" + p);
                    product.setLong(6, store);
                    product.addBatch();
                    description.setLong(1, id);
                    description.setTimestamp(2, now);
                    description.setTimestamp(3, now);
                    description.setString(4, "Bench product " + p);
                    description.setString(5, "bench-product-" + p);
                    description.setLong(6, language);
                    description.setLong(7, id);
                    description.addBatch();
                    availability.setLong(1, id);
                    availability.setLong(2, store);
                    availability.setLong(3, id);
                    availability.addBatch();
                    price.setLong(1, id);
                    price.setBigDecimal(2, BigDecimal.valueOf(100 + random.nextInt(100_000), 2));
                    price.setLong(3, id);
                    price.addBatch();
                    Set<Long> held = new HashSet<>();
                    int count = 1 + random.nextInt(2);
                    while (held.size() < count) {
                        held.add(leaves.get(random.nextInt(ROOTS)).get(random.nextInt(LEAVES)));
                    }
                    productLeaves.add(Set.copyOf(held));
                    for (Long leaf : held) {
                        category.setLong(1, id);
                        category.setLong(2, leaf);
                        category.addBatch();
                    }
                    if ((p + 1) % BATCH == 0 || p + 1 == PRODUCTS) {
                        product.executeBatch();
                        description.executeBatch();
                        availability.executeBatch();
                        price.executeBatch();
                        category.executeBatch();
                        connection.commit();
                    }
                }
            }
            if (connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
                connection.setAutoCommit(true);
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("analyze");
                }
            }
        }
    }
}
