package io.smm.demo;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.membership.access.AccessRuleDraft;
import io.smm.membership.access.AccessSettingsDraft;
import io.smm.membership.access.BeforeOpening;
import io.smm.membership.access.CategoryAccessDraft;
import io.smm.membership.access.CategoryAccessOwnerService;
import io.smm.membership.access.MultiCategory;
import io.smm.membership.access.Permission;
import io.smm.membership.access.RuleState;
import io.smm.membership.access.Unlisted;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;

/**
 * The demo's restricted corners: a VIP corner only the VIP club may browse; a wholesale line every member sees, that
 * guests see without prices and only Wholesale may buy; and the winter harvest, which Gold, Platinum and the VIP
 * club may buy now, other members in three days, and guests see as coming until then.
 */
final class DemoCategoryAccess {

    private static final int EARLY_DAYS = 3;

    private final StandInCatalog catalog;
    private final CategoryAccessOwnerService access;
    private final GroupService groups;
    private final ZoneId zone;

    DemoCategoryAccess(StandInCatalog catalog, CategoryAccessOwnerService access, GroupService groups, ZoneId zone) {
        this.catalog = catalog;
        this.access = access;
        this.groups = groups;
        this.zone = zone;
    }

    void load() {
        Map<String, Long> group = groups.list(DemoData.STORE).stream()
                .collect(Collectors.toMap(MemberGroup::getCode, MemberGroup::getId));
        AccessSettingsDraft settings = new AccessSettingsDraft();
        settings.setUnlisted(Unlisted.CLOSED);
        settings.setMultiCategory(MultiCategory.ALL);
        access.saveSettings(DemoData.STORE, settings);

        long corner = category("vip-corner", "VIP corner", "貴賓專區", "贵宾专区");
        product("VC-1", "Panama Geisha reserve 100 g", "巴拿馬藝伎珍藏 100 g", "巴拿马瑰夏珍藏 100 g", "88.00", corner);
        product("VC-2", "Aged Pu'er 2006 357 g", "2006 陳年普洱 357 g", "2006 陈年普洱 357 g", "168.00", corner);
        CategoryAccessDraft vipOnly = new CategoryAccessDraft();
        for (Permission permission : Permission.values()) {
            vipOnly.getRules().add(rule("GROUP:" + group.get("VIP_CLUB"), permission, null));
        }
        save(corner, vipOnly);

        long line = category("wholesale-line", "Wholesale line", "批發專區", "批发专区");
        product("WL-1", "House espresso 5 kg", "招牌義式濃縮 5 kg", "招牌意式浓缩 5 kg", "140.00", line);
        product("WL-2", "Paper filters × 1000", "濾紙 1000 張", "滤纸 1000 张", "38.00", line);
        CategoryAccessDraft wholesale = new CategoryAccessDraft();
        wholesale.getRules().add(rule("MEMBERS", Permission.BROWSE, null));
        wholesale.getRules().add(rule("MEMBERS", Permission.SEE_PRICE, null));
        wholesale.getRules().add(rule("GUESTS", Permission.BROWSE, null));
        wholesale.getRules().add(rule("GROUP:" + group.get("WHOLESALE"), Permission.BUY, null));
        save(line, wholesale);

        long early = category("winter-harvest", "Winter harvest", "冬季新採", "冬季新采");
        product("WH-1", "Alishan winter oolong 150 g", "阿里山冬茶 150 g", "阿里山冬茶 150 g", "36.00", early);
        product("WH-2", "Holiday blend 250 g", "節慶配方 250 g", "节庆拼配 250 g", "19.00", early);
        String opens = LocalDateTime.now(zone).plusDays(EARLY_DAYS).truncatedTo(ChronoUnit.HOURS).toString();
        CategoryAccessDraft harvest = new CategoryAccessDraft();
        harvest.setBeforeOpening(BeforeOpening.COMING);
        for (String first : List.of("GOLD", "PLATINUM", "VIP_CLUB")) {
            harvest.getRules().add(rule("GROUP:" + group.get(first), Permission.BUY, null));
        }
        harvest.getRules().add(rule("MEMBERS", Permission.BROWSE, null));
        harvest.getRules().add(rule("MEMBERS", Permission.SEE_PRICE, null));
        harvest.getRules().add(rule("MEMBERS", Permission.BUY, opens));
        harvest.getRules().add(rule("GUESTS", Permission.BROWSE, opens));
        harvest.getRules().add(rule("GUESTS", Permission.SEE_PRICE, opens));
        harvest.getRules().add(rule("GUESTS", Permission.BUY, opens));
        save(early, harvest);
    }

    private long category(String code, String... names) {
        long id = catalog.createCategory(code, names[0]);
        catalog.nameCategory(id, "zh_TW", names[1]);
        catalog.nameCategory(id, "zh_CN", names[2]);
        return id;
    }

    private void product(String sku, String en, String zhTw, String zhCn, String price, long category) {
        long id = catalog.createProduct(NewProduct.sku(sku).name(en).price(price).categories(category).quantity(50));
        catalog.nameProduct(id, "zh_TW", zhTw);
        catalog.nameProduct(id, "zh_CN", zhCn);
    }

    private void save(long category, CategoryAccessDraft draft) {
        access.save(DemoData.STORE, category, draft, Locale.ENGLISH);
    }

    /** An ALLOW rule, from {@code opensAt} (local time) when given. */
    private static AccessRuleDraft rule(String audience, Permission permission, String opensAt) {
        AccessRuleDraft rule = new AccessRuleDraft();
        rule.setAudience(audience);
        rule.setPermission(permission);
        rule.setState(RuleState.ALLOW);
        rule.setOpensAt(opensAt);
        return rule;
    }
}
