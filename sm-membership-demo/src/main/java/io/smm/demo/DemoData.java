package io.smm.demo;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.membership.groups.Actor;
import io.smm.membership.groups.ApplicationService;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.identity.Shopper;

/**
 * A coffee shop with a catalog, tiers and manual groups, customers in every group, applications waiting and
 * decided, and a history. Loaded once, when the store has no groups yet.
 */
class DemoData implements ApplicationRunner {

    static final String STORE = "DEFAULT";
    static final String PASSWORD = "password";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Actor OWNER = Actor.owner("admin@shopizer.com");

    private final StandInCatalog catalog;
    private final GroupService groups;
    private final MembershipService memberships;
    private final ApplicationService applications;

    DemoData(StandInCatalog catalog, GroupService groups, MembershipService memberships,
            ApplicationService applications) {
        this.catalog = catalog;
        this.groups = groups;
        this.memberships = memberships;
        this.applications = applications;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!groups.list(STORE).isEmpty()) {
            return;
        }
        loadCatalog();
        loadGroups();
        loadCustomers();
        log.info("sm-membership demo data loaded: {} groups", groups.list(STORE).size());
    }

    private void loadCatalog() {
        Long coffee = catalog.createCategory("coffee", "Coffee");
        Long espresso = catalog.createCategory("espresso", "Espresso blends", coffee);
        Long single = catalog.createCategory("single-origin", "Single origin", coffee);
        Long tea = catalog.createCategory("tea", "Tea");
        Long equipment = catalog.createCategory("equipment", "Equipment");
        Long grinders = catalog.createCategory("grinders", "Grinders", equipment);
        Long brewers = catalog.createCategory("brewers", "Brewers", equipment);
        String[] origins = { "Ethiopia Yirgacheffe", "Kenya AA", "Colombia Huila", "Guatemala Antigua",
            "Brazil Cerrado", "Costa Rica Tarrazu", "Sumatra Mandheling", "Yunnan Pu'er", "Taiwan Alishan",
            "Panama Geisha" };
        for (int i = 0; i < origins.length; i++) {
            product("SO-" + (i + 1), origins[i] + " 250 g", 14 + i, single);
        }
        String[] blends = { "House espresso", "Dark roast", "Decaf espresso", "Crema blend", "Morning blend",
            "Night owl", "Milano", "Napoli", "Ristretto", "Doppio" };
        for (int i = 0; i < blends.length; i++) {
            product("ES-" + (i + 1), blends[i] + " 1 kg", 32 + i * 2, espresso);
        }
        String[] teas = { "Tieguanyin", "Dongding oolong", "Longjing", "Jasmine pearls", "Earl grey", "Sencha",
            "Darjeeling", "Assam", "Rooibos", "Chamomile" };
        for (int i = 0; i < teas.length; i++) {
            product("TE-" + (i + 1), teas[i] + " 100 g", 9 + i, tea);
        }
        String[] grinderNames = { "Hand grinder", "Burr grinder", "Espresso grinder", "Travel grinder",
            "Commercial grinder" };
        for (int i = 0; i < grinderNames.length; i++) {
            product("GR-" + (i + 1), grinderNames[i], 60 + i * 90, grinders);
        }
        String[] brewerNames = { "Pour-over dripper", "French press", "Moka pot", "AeroPress", "Siphon",
            "Cold brew tower", "Espresso machine", "Kettle", "Scale", "Milk frother" };
        for (int i = 0; i < brewerNames.length; i++) {
            product("BR-" + (i + 1), brewerNames[i], 25 + i * 35, brewers);
        }
        catalog.createProduct(NewProduct.sku("GIFT-50").name("Gift card 50").price("50.00")
                .specialPrice("45.00").categories(coffee).quantity(500));
    }

    private void product(String sku, String name, int price, Long category) {
        catalog.createProduct(NewProduct.sku(sku).name(name).price(price + ".00").categories(category).quantity(200));
    }

    private void loadGroups() {
        groups.create(STORE, tier("BRONZE", 0, "Bronze", "銅級會員", "铜级会员"));
        groups.create(STORE, tier("SILVER", 1, "Silver", "銀級會員", "银级会员"));
        groups.create(STORE, tier("GOLD", 2, "Gold", "金級會員", "金级会员"));
        groups.create(STORE, tier("PLATINUM", 3, "Platinum", "白金會員", "白金会员"));
        GroupDraft wholesale = manual("WHOLESALE", "Wholesale", "批發客戶", "批发客户");
        wholesale.setOpenToApply(true);
        wholesale.setNeedsApproval(true);
        groups.create(STORE, wholesale);
        groups.create(STORE, manual("STAFF", "Staff", "員工", "员工"));
        GroupDraft club = manual("VIP_CLUB", "VIP club", "貴賓俱樂部", "贵宾俱乐部");
        club.setOpenToApply(true);
        groups.create(STORE, club);
        GroupDraft guests = manual("GUEST", "Guests", "訪客", "访客");
        guests.setGuestGroup(true);
        groups.create(STORE, guests);
    }

    private void loadCustomers() {
        customer("bronze", "Bai", "Lin");
        moveTier(customer("silver", "Chen", "Mei"), "SILVER", "Second year with us");
        long gold = customer("gold", "Wang", "Hao");
        moveTier(gold, "GOLD", "Top buyer of the spring");
        memberships.join(STORE, gold, "VIP_CLUB", OWNER, "Invited to the tasting");
        moveTier(customer("platinum", "Lee", "Ana"), "PLATINUM", "Cafe partner");
        long wholesale = customer("wholesale", "Zhang", "Wei");
        long application = applications.apply(Shopper.customer(STORE, wholesale), "WHOLESALE",
                "We run three cafes in Taipei").getId();
        applications.approve(STORE, application, OWNER);
        long staff = customer("staff", "Liu", "Yang");
        moveTier(staff, "SILVER", "Staff start at Silver");
        memberships.join(STORE, staff, "STAFF", OWNER, "Barista, Xinyi store");
        applications.apply(Shopper.customer(STORE, customer("applicant", "Huang", "Jie")), "WHOLESALE",
                "Opening a tea house next month");
        long rejected = customer("rejected", "Zhao", "Lei");
        long rejectedApplication = applications.apply(Shopper.customer(STORE, rejected), "WHOLESALE", "Just me")
                .getId();
        applications.reject(STORE, rejectedApplication, OWNER, "Wholesale is for businesses with a tax id");
        String[] tiers = { "BRONZE", "BRONZE", "SILVER", "GOLD" };
        List<Long> more = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            more.add(customer("customer" + i, "Customer", "No. " + i));
        }
        for (int i = 0; i < more.size(); i++) {
            moveTier(more.get(i), tiers[i % tiers.length], null);
        }
    }

    private long customer(String login, String firstName, String lastName) {
        return catalog.createCustomer(login + "@demo.example", PASSWORD, firstName, lastName);
    }

    private void moveTier(long customerId, String tier, String reason) {
        memberships.moveTier(STORE, customerId, tier, OWNER, reason);
    }

    private static GroupDraft tier(String code, int rank, String en, String zhTw, String zhCn) {
        GroupDraft draft = named(code, en, zhTw, zhCn);
        draft.setKind(GroupKind.TIER);
        draft.setRank(rank);
        return draft;
    }

    private static GroupDraft manual(String code, String en, String zhTw, String zhCn) {
        GroupDraft draft = named(code, en, zhTw, zhCn);
        draft.setKind(GroupKind.MANUAL);
        return draft;
    }

    private static GroupDraft named(String code, String en, String zhTw, String zhCn) {
        GroupDraft draft = new GroupDraft();
        draft.setCode(code);
        draft.setNameEn(en);
        draft.setNameZhTw(zhTw);
        draft.setNameZhCn(zhCn);
        return draft;
    }
}
