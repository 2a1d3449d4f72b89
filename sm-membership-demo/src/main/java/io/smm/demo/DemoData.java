package io.smm.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import com.salesmanager.core.model.order.orderstatus.OrderStatus;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.membership.groups.Actor;
import io.smm.membership.groups.ApplicationService;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.tiers.TierService;
import io.smm.membership.identity.Shopper;
import io.smm.membership.pricing.PriceRuleService;

/**
 * A coffee shop with a catalog, tiers and manual groups, customers in every group, applications waiting and
 * decided, and a history: tier moves, up and down, dated over the last year or so (the charts show them). Every
 * demo customer also has a year of orders: about 150 in all, placed through the host's checkout and dated over the
 * last 365 days, mostly delivered, those of the last three weeks processed, a few canceled or refunded; the higher
 * the tier, the more spent (gold, platinum and wholesale most). Then member prices ({@link DemoPriceRules}), tiers by
 * spend switched on ({@link DemoTiers}), the catalog's restricted corners ({@link DemoCategoryAccess}), and, once
 * the web server is up, a few orders of today placed through the storefront's checkout ({@link DemoCheckouts},
 * {@link #ORDERS_OF_TODAY}). Customers' names are written in their
 * own scripts: Chinese, Japanese, Korean and Latin. The orders and moves are the same on every load (fixed seed)
 * except that their dates count back from today. Loaded once, when the store has no groups yet.
 */
class DemoData implements SmartInitializingSingleton {

    static final String STORE = "DEFAULT";
    static final String PASSWORD = "password";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Actor OWNER = Actor.owner("admin@shopizer.com");
    private static final long ORDER_SEED = 20240917L;
    private static final int DAYS_OF_HISTORY = 365;
    private static final int DAYS_STILL_PROCESSED = 21;
    /** Where silver and gold are among the customers {@link #loadCustomers} creates. */
    private static final int SILVER = 1;
    private static final int GOLD = 2;
    /** Given and family names of the other customers, customer1 to customer24, in order. */
    private static final String[][] MORE_NAMES = {
        { "Olivia", "Brown" }, { "志明", "李" }, { "花子", "佐藤" }, { "민준", "김" }, { "Lucas", "Dubois" },
        { "怡君", "林" }, { "Xiaoming", "Li" }, { "Sofia", "Rossi" }, { "一郎", "鈴木" }, { "家豪", "吳" },
        { "서연", "이" }, { "Noah", "Wilson" }, { "佩珊", "蔡" }, { "Chloé", "Bernard" }, { "さくら", "高橋" },
        { "Mateo", "García" }, { "宇翔", "鄭" }, { "지훈", "박" }, { "Hannah", "Schmidt" }, { "雅婷", "許" },
        { "Yuki", "Tanaka" }, { "Liam", "O'Connor" }, { "Minji", "Kim" }, { "Mei", "Chen" } };
    /**
     * Today's orders, through the checkout: member prices of every kind, a quantity tier, an exclusive rule, the
     * tea fortnight, coupons, points at the till, and one order big enough for an express upgrade (customer1,
     * Bronze, to Gold).
     */
    static final List<DemoCheckouts.Basket> ORDERS_OF_TODAY = List.of(
            DemoCheckouts.Basket.of("gold@demo.example").add("BR-7", 1).add("SO-2", 2).coupon("VIP20"),
            DemoCheckouts.Basket.of("wholesale@demo.example").add("ES-1", 12).add("ES-7", 6),
            DemoCheckouts.Basket.of("staff@demo.example").add("TE-1", 2).add("BR-3", 1),
            DemoCheckouts.Basket.of("kai@demo.example").add("BR-4", 1).add("TE-5", 1).via(DemoAffiliates.TOM),
            DemoCheckouts.Basket.of("platinum@demo.example").add("GR-5", 1).add("TE-4", 3).points(500),
            DemoCheckouts.Basket.of("silver@demo.example").add("TE-3", 2).add("SO-3", 1),
            DemoCheckouts.Basket.of("customer1@demo.example").add("GR-5", 1).add("BR-3", 1),
            DemoCheckouts.Basket.of("rejected@demo.example").add("TE-6", 2).coupon("WELCOME10"),
            DemoCheckouts.Basket.of("applicant@demo.example").add("SO-5", 1).add("TE-2", 1).coupon("WELCOME10"));

    private final StandInCatalog catalog;
    private final GroupService groups;
    private final MembershipService memberships;
    private final ApplicationService applications;
    private final CouponService coupons;
    private final PriceRuleService priceRules;
    private final TierService tiers;
    private final DemoGate gate;
    private final DemoCategoryAccess categoryAccess;
    private final DemoAffiliates affiliates;
    private final DemoPoints points;
    private final DemoRewards rewards;
    private final DemoAnalytics analytics;
    /** Wound back to date the tier moves; null when the host has a clock of its own (moves are then dated now). */
    private final DemoClock clock;
    private final List<String> skus = new ArrayList<>();
    private final Map<String, Long> productIds = new LinkedHashMap<>();
    private final Map<String, Long> categoryIds = new LinkedHashMap<>();
    private final Map<String, Long> categoryOfSku = new LinkedHashMap<>();

    DemoData(StandInCatalog catalog, GroupService groups, MembershipService memberships,
            ApplicationService applications, CouponService coupons, PriceRuleService priceRules, TierService tiers,
            DemoGate gate, DemoClock clock, DemoCategoryAccess categoryAccess, DemoAffiliates affiliates,
            DemoPoints points, DemoRewards rewards, DemoAnalytics analytics) {
        this.catalog = catalog;
        this.groups = groups;
        this.memberships = memberships;
        this.applications = applications;
        this.coupons = coupons;
        this.priceRules = priceRules;
        this.tiers = tiers;
        this.gate = gate;
        this.clock = clock;
        this.categoryAccess = categoryAccess;
        this.affiliates = affiliates;
        this.points = points;
        this.rewards = rewards;
        this.analytics = analytics;
    }

    /** Runs before the web server opens, so no request ever sees a half-loaded demo. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!groups.list(STORE).isEmpty()) {
            return;
        }
        loadCatalog();
        loadGroups();
        loadCoupons();
        Map<Long, Spending> buyers = loadCustomers();
        int orders = loadOrders(buyers) + new DemoShoppers(catalog, skus).load(Instant.now());
        new DemoPriceRules(priceRules, categoryIds, productIds).load(Instant.now());
        new DemoTiers(tiers).switchOn(new ArrayList<>(buyers.keySet()));
        categoryAccess.load();
        affiliates.load(productIds, categoryOfSku);
        List<Long> customers = new ArrayList<>(buyers.keySet());
        if (clock != null) {
            rewards.invite(customers.get(SILVER));
        }
        points.load(productIds, categoryOfSku, customers.get(SILVER), customers.get(GOLD));
        rewards.settle(customers.get(SILVER));
        analytics.load();
        gate.close();
        log.info("sm-membership demo data loaded: {} groups, {} orders, {} price rules; {} more orders once the"
                + " server is up", groups.list(STORE).size(), orders, priceRules.list(STORE).size(),
                analytics.ordersOfToday().size());
    }

    /** Every category and product is named in English, Traditional and Simplified Chinese, as the pages are. */
    private void loadCatalog() {
        Long coffee = category("coffee", null, "Coffee", "咖啡", "咖啡");
        Long espresso = category("espresso", coffee, "Espresso blends", "義式濃縮配方豆", "意式浓缩拼配豆");
        Long single = category("single-origin", coffee, "Single origin", "單品咖啡豆", "单品咖啡豆");
        Long tea = category("tea", null, "Tea", "茶葉", "茶叶");
        Long equipment = category("equipment", null, "Equipment", "器具", "器具");
        Long grinders = category("grinders", equipment, "Grinders", "磨豆機", "磨豆机");
        Long brewers = category("brewers", equipment, "Brewers", "沖煮器具", "冲煮器具");
        String[][] origins = { { "Ethiopia Yirgacheffe", "衣索比亞耶加雪菲", "埃塞俄比亚耶加雪菲" },
            { "Kenya AA", "肯亞 AA", "肯尼亚 AA" }, { "Colombia Huila", "哥倫比亞薇拉", "哥伦比亚慧兰" },
            { "Guatemala Antigua", "瓜地馬拉安提瓜", "危地马拉安提瓜" }, { "Brazil Cerrado", "巴西喜拉朵", "巴西塞拉多" },
            { "Costa Rica Tarrazu", "哥斯大黎加塔拉珠", "哥斯达黎加塔拉珠" },
            { "Sumatra Mandheling", "蘇門答臘曼特寧", "苏门答腊曼特宁" }, { "Yunnan Pu'er", "雲南普洱", "云南普洱" },
            { "Taiwan Alishan", "台灣阿里山", "台湾阿里山" }, { "Panama Geisha", "巴拿馬藝伎", "巴拿马瑰夏" } };
        for (int i = 0; i < origins.length; i++) {
            product("SO-" + (i + 1), origins[i], " 250 g", 14 + i, single);
        }
        String[][] blends = { { "House espresso", "招牌義式濃縮", "招牌意式浓缩" }, { "Dark roast", "深焙配方", "深烘拼配" },
            { "Decaf espresso", "低咖啡因義式濃縮", "低咖啡因意式浓缩" }, { "Crema blend", "克麗瑪配方", "克丽玛拼配" },
            { "Morning blend", "晨光配方", "晨光拼配" }, { "Night owl", "夜貓子", "夜猫子" }, { "Milano", "米蘭", "米兰" },
            { "Napoli", "拿坡里", "那不勒斯" }, { "Ristretto", "芮斯崔朵", "精萃浓缩" }, { "Doppio", "雙份濃縮", "双份浓缩" } };
        for (int i = 0; i < blends.length; i++) {
            product("ES-" + (i + 1), blends[i], " 1 kg", 32 + i * 2, espresso);
        }
        String[][] teas = { { "Tieguanyin", "鐵觀音", "铁观音" }, { "Dongding oolong", "凍頂烏龍", "冻顶乌龙" },
            { "Longjing", "龍井", "龙井" }, { "Jasmine pearls", "茉莉龍珠", "茉莉龙珠" }, { "Earl grey", "伯爵茶", "伯爵茶" },
            { "Sencha", "煎茶", "煎茶" }, { "Darjeeling", "大吉嶺", "大吉岭" }, { "Assam", "阿薩姆", "阿萨姆" },
            { "Rooibos", "南非國寶茶", "南非国宝茶" }, { "Chamomile", "洋甘菊", "洋甘菊" } };
        for (int i = 0; i < teas.length; i++) {
            product("TE-" + (i + 1), teas[i], " 100 g", 9 + i, tea);
        }
        String[][] grinderNames = { { "Hand grinder", "手搖磨豆機", "手摇磨豆机" },
            { "Burr grinder", "刀盤磨豆機", "刀盘磨豆机" }, { "Espresso grinder", "義式磨豆機", "意式磨豆机" },
            { "Travel grinder", "旅行磨豆機", "旅行磨豆机" }, { "Commercial grinder", "商用磨豆機", "商用磨豆机" } };
        for (int i = 0; i < grinderNames.length; i++) {
            product("GR-" + (i + 1), grinderNames[i], "", 60 + i * 90, grinders);
        }
        String[][] brewerNames = { { "Pour-over dripper", "手沖濾杯", "手冲滤杯" }, { "French press", "法式濾壓壺", "法压壶" },
            { "Moka pot", "摩卡壺", "摩卡壶" }, { "AeroPress", "愛樂壓", "爱乐压" }, { "Siphon", "虹吸壺", "虹吸壶" },
            { "Cold brew tower", "冰滴咖啡壺", "冰滴咖啡壶" }, { "Espresso machine", "義式咖啡機", "意式咖啡机" },
            { "Kettle", "細口手沖壺", "细口手冲壶" }, { "Scale", "咖啡秤", "咖啡秤" }, { "Milk frother", "奶泡器", "奶泡器" } };
        for (int i = 0; i < brewerNames.length; i++) {
            product("BR-" + (i + 1), brewerNames[i], "", 25 + i * 35, brewers);
        }
        Long gift = catalog.createProduct(NewProduct.sku("GIFT-50").name("Gift card 50").price("50.00")
                .specialPrice("45.00").categories(coffee).quantity(500));
        nameInChinese(gift, new String[] { "Gift card", "禮物卡", "礼品卡" }, " 50", catalog::nameProduct);
        productIds.put("GIFT-50", gift);
        categoryOfSku.put("GIFT-50", coffee);
        skus.add("GIFT-50");
    }

    private Long category(String code, Long parent, String... names) {
        Long id = catalog.createCategory(code, names[0], parent);
        nameInChinese(id, names, "", catalog::nameCategory);
        categoryIds.put(code, id);
        return id;
    }

    /** @param names English, Traditional and Simplified Chinese; {@code size} follows each of them */
    private void product(String sku, String[] names, String size, int price, Long category) {
        Long id = catalog.createProduct(NewProduct.sku(sku).name(names[0] + size).price(price + ".00")
                .categories(category).quantity(200));
        nameInChinese(id, names, size, catalog::nameProduct);
        productIds.put(sku, id);
        categoryOfSku.put(sku, category);
        skus.add(sku);
    }

    private static void nameInChinese(Long id, String[] names, String suffix, Naming naming) {
        naming.name(id, "zh_TW", names[1] + suffix);
        naming.name(id, "zh_CN", names[2] + suffix);
    }

    /** {@link StandInCatalog#nameProduct} or {@link StandInCatalog#nameCategory}. */
    private interface Naming {
        void name(long id, String languageCode, String name);
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

    /** Three coupons to try at the till: one for anyone once, one for the VIP club, one amount off with a floor. */
    private void loadCoupons() {
        CouponDraft welcome = coupon("WELCOME10", "Welcome, 10 % off", CouponTerms.Kind.PERCENT, "10");
        welcome.setGuestsAllowed(true);
        welcome.setPerShopperLimit(1);
        coupons.create(STORE, welcome);
        CouponDraft club = coupon("VIP20", "VIP club, 20 % off", CouponTerms.Kind.PERCENT, "20");
        club.setGroups(List.of("VIP_CLUB"));
        club.setMaxDiscount(new BigDecimal("50"));
        coupons.create(STORE, club);
        CouponDraft spring = coupon("SPRING5", "5 off from 30", CouponTerms.Kind.AMOUNT, "5");
        spring.setMinSubtotal(new BigDecimal("30"));
        spring.setTotalLimit(100);
        coupons.create(STORE, spring);
    }

    static CouponDraft coupon(String code, String name, CouponTerms.Kind kind, String value) {
        CouponDraft draft = new CouponDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setKind(kind);
        draft.setValue(new BigDecimal(value));
        return draft;
    }

    /** Creates the customers and returns how each of them shops, in creation order: silver second, gold third. */
    private Map<Long, Spending> loadCustomers() {
        Map<Long, Spending> buyers = new LinkedHashMap<>();
        buyers.put(customer("bronze", "Emma", "Martin"), Spending.LIGHT);
        long silver = customer("silver", "美玲", "陳");
        moveTier(silver, "SILVER", "Second year with us", 10);
        buyers.put(silver, Spending.REGULAR);
        long gold = customer("gold", "浩", "王");
        moveTier(gold, "SILVER", null, 9);
        moveTier(gold, "GOLD", "Top buyer of the spring", 4);
        memberships.join(STORE, gold, "VIP_CLUB", OWNER, "Invited to the tasting");
        buyers.put(gold, Spending.HIGH);
        long platinum = customer("platinum", "Ana", "Lee");
        moveTier(platinum, "GOLD", null, 8);
        moveTier(platinum, "PLATINUM", "Cafe partner", 2);
        buyers.put(platinum, Spending.TOP);
        long wholesale = customer("wholesale", "偉", "張");
        long application = applications.apply(Shopper.customer(STORE, wholesale), "WHOLESALE",
                "We run three cafes in Taipei").getId();
        applications.approve(STORE, application, OWNER);
        buyers.put(wholesale, Spending.BULK);
        long staff = customer("staff", "洋", "劉");
        moveTier(staff, "SILVER", "Staff start at Silver", 6);
        memberships.join(STORE, staff, "STAFF", OWNER, "Barista, Xinyi store");
        buyers.put(staff, Spending.REGULAR);
        long applicant = customer("applicant", "傑", "黃");
        applications.apply(Shopper.customer(STORE, applicant), "WHOLESALE", "Opening a tea house next month");
        buyers.put(applicant, Spending.LIGHT);
        long rejected = customer("rejected", "Lei", "Zhao");
        long rejectedApplication = applications.apply(Shopper.customer(STORE, rejected), "WHOLESALE", "Just me")
                .getId();
        applications.reject(STORE, rejectedApplication, OWNER, "Wholesale is for businesses with a tax id");
        buyers.put(rejected, Spending.LIGHT);
        String[] tiers = { "BRONZE", "BRONZE", "SILVER", "GOLD" };
        Spending[] spending = { Spending.LIGHT, Spending.LIGHT, Spending.REGULAR, Spending.HIGH };
        List<Long> more = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            more.add(customer("customer" + i, MORE_NAMES[i - 1][0], MORE_NAMES[i - 1][1]));
        }
        for (int i = 0; i < more.size(); i++) {
            int monthsAgo = i % 11;
            if (i % 4 == 3) {
                moveTier(more.get(i), "PLATINUM", null, monthsAgo + 3);
            } else if (i % 8 == 0) {
                moveTier(more.get(i), "SILVER", null, monthsAgo + 2);
            }
            moveTier(more.get(i), tiers[i % tiers.length], null, monthsAgo);
            buyers.put(more.get(i), spending[i % spending.length]);
        }
        return buyers;
    }

    /** Plans every buyer's year from one seeded {@link Random}, then places the orders oldest first. */
    private int loadOrders(Map<Long, Spending> buyers) {
        Random random = new Random(ORDER_SEED);
        Instant now = Instant.now();
        List<DemoOrder> orders = new ArrayList<>();
        buyers.forEach((customerId, spending) -> {
            List<String> shelf = skus.stream().filter(spending::stocks).collect(Collectors.toList());
            for (int i = 0; i < spending.orders; i++) {
                int daysAgo = random.nextInt(DAYS_OF_HISTORY);
                Date purchasedAt = Date.from(now.minus(Duration.ofDays(daysAgo)
                        .plusMinutes(random.nextInt(24 * 60))));
                orders.add(new DemoOrder(customerId, purchasedAt, lines(random, spending, shelf),
                        status(random, daysAgo)));
            }
        });
        orders.sort(Comparator.comparing(order -> order.purchasedAt));
        for (DemoOrder order : orders) {
            catalog.placeOrder(STORE, order.customerId, order.quantitiesBySku, order.purchasedAt, order.status);
        }
        return orders.size();
    }

    private static Map<String, Integer> lines(Random random, Spending spending, List<String> shelf) {
        List<String> picks = new ArrayList<>(shelf);
        Collections.shuffle(picks, random);
        Map<String, Integer> lines = new LinkedHashMap<>();
        int count = 1 + random.nextInt(spending.maxLines);
        for (String sku : picks.subList(0, count)) {
            lines.put(sku, spending.minUnits + random.nextInt(spending.maxUnits - spending.minUnits + 1));
        }
        return lines;
    }

    private static OrderStatus status(Random random, int daysAgo) {
        int roll = random.nextInt(100);
        if (roll < 6) {
            return OrderStatus.CANCELED;
        }
        if (roll < 11) {
            return OrderStatus.REFUNDED;
        }
        return daysAgo < DAYS_STILL_PROCESSED ? OrderStatus.PROCESSED : OrderStatus.DELIVERED;
    }

    /** A customer with a given name and a family name, which the host keeps as first and last name. */
    private long customer(String login, String givenName, String familyName) {
        return catalog.createCustomer(login + "@demo.example", PASSWORD, givenName, familyName);
    }

    /** Moves a customer's tier as the owner did {@code monthsAgo} months ago; a customer's moves come oldest first. */
    private void moveTier(long customerId, String tier, String reason, int monthsAgo) {
        Runnable move = () -> memberships.moveTier(STORE, customerId, tier, OWNER, reason);
        if (clock == null) {
            move.run();
        } else {
            clock.at(ZonedDateTime.now(ZoneOffset.UTC).minusMonths(monthsAgo).toInstant(), move);
        }
    }

    /** How a demo customer shops over a year: how many orders, lines and units, from which shelves (sku prefixes). */
    private enum Spending {
        LIGHT(2, 2, 1, 2, "TE-", "SO-"),
        REGULAR(5, 3, 1, 2, "TE-", "SO-", "ES-"),
        HIGH(8, 4, 1, 2, "SO-", "ES-", "BR-", "GIFT-"),
        TOP(12, 4, 1, 3, "ES-", "BR-", "GR-"),
        BULK(12, 4, 5, 12, "ES-", "SO-");

        private final int orders;
        private final int maxLines;
        private final int minUnits;
        private final int maxUnits;
        private final List<String> shelves;

        Spending(int orders, int maxLines, int minUnits, int maxUnits, String... shelves) {
            this.orders = orders;
            this.maxLines = maxLines;
            this.minUnits = minUnits;
            this.maxUnits = maxUnits;
            this.shelves = List.of(shelves);
        }

        boolean stocks(String sku) {
            return shelves.stream().anyMatch(sku::startsWith);
        }
    }

    private static final class DemoOrder {

        private final long customerId;
        private final Date purchasedAt;
        private final Map<String, Integer> quantitiesBySku;
        private final OrderStatus status;

        DemoOrder(long customerId, Date purchasedAt, Map<String, Integer> quantitiesBySku, OrderStatus status) {
            this.customerId = customerId;
            this.purchasedAt = purchasedAt;
            this.quantitiesBySku = quantitiesBySku;
            this.status = status;
        }
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
