package io.smm.membership.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.smm.membership.errors.NotFoundException;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * The owner's side of category restriction (docs/category-access.md): the matrix of every category and audience,
 * one category's rules replaced at a time, the store's settings and a preview as any audience. Every change bumps
 * the store's access stamp in its transaction, so every node rebuilds its views within the refresh interval.
 */
public class CategoryAccessOwnerService {

    private final CategoryAccessService views;
    private final CategoryAccessRepository accesses;
    private final CategoryAccessRuleRepository rules;
    private final AccessSettingsRepository settings;
    private final CategoryTree tree;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    @PersistenceContext
    private EntityManager entityManager;

    CategoryAccessOwnerService(CategoryAccessService views, CategoryAccessRepository accesses,
            CategoryAccessRuleRepository rules, AccessSettingsRepository settings, CategoryTree tree,
            MessageSource messages, Clock clock, ZoneId zone) {
        this.views = views;
        this.accesses = accesses;
        this.rules = rules;
        this.settings = settings;
        this.tree = tree;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public CategoryAccessOverview overview(String storeCode, Locale locale) {
        StoreRules store = views.load(storeCode);
        Map<Long, CategoryNode> nodes = nodesOf(storeCode);
        List<AudienceView> audiences = audiences(store, locale);
        Instant now = clock.instant();
        List<CategoryAccessEntry> entries = new ArrayList<>();
        for (StoreRules.Resolved category : store.inTreeOrder()) {
            CategoryNode node = nodes.get(category.id);
            if (node != null) {
                entries.add(entry(store, category, node, audiences, locale, now));
            }
        }
        return new CategoryAccessOverview(views.settingsOf(storeCode), audiences, entries);
    }

    /** @throws NotFoundException for a category the store does not have */
    @Transactional(readOnly = true)
    public CategoryAccessEntry entry(String storeCode, long categoryId, Locale locale) {
        StoreRules store = views.load(storeCode);
        StoreRules.Resolved category = store.category(categoryId).orElseThrow(() -> notFound(categoryId));
        CategoryNode node = nodesOf(storeCode).get(categoryId);
        if (node == null) {
            throw notFound(categoryId);
        }
        return entry(store, category, node, audiences(store, locale), locale, clock.instant());
    }

    /**
     * Replaces the category's own rules and before-opening choice.
     *
     * @throws NotFoundException for a category the store does not have
     * @throws InvalidInputException naming every broken field
     */
    @Transactional
    public CategoryAccessEntry save(String storeCode, long categoryId, CategoryAccessDraft draft, Locale locale) {
        if (!tree.parents(storeCode).containsKey(categoryId)) {
            throw notFound(categoryId);
        }
        draft.requireNoProblems(CategoryAccessValidation.check(draft, views.groupIdsOf(storeCode)));
        rules.deleteCategory(storeCode, categoryId);
        CategoryAccess access = accesses.findByStoreCodeAndCategoryId(storeCode, categoryId)
                .orElseGet(() -> new CategoryAccess(storeCode, categoryId));
        access.change(draft.getBeforeOpening(), clock.instant());
        accesses.save(access);
        rules.saveAll(draft.getRules().stream().map(rule -> new CategoryAccessRule(storeCode, categoryId,
                Audience.parse(rule.getAudience()).orElseThrow(), rule.getPermission(), rule.getState(),
                rule.getOpensAt() == null ? null : CategoryAccessValidation.localDateTime(rule.getOpensAt())
                        .orElseThrow().atZone(zone).toInstant()))
                .collect(Collectors.toList()));
        changed(storeCode);
        return entry(storeCode, categoryId, locale);
    }

    @Transactional(readOnly = true)
    public AccessSettings settings(String storeCode) {
        return views.settingsOf(storeCode);
    }

    /** @throws InvalidInputException naming each missing or unknown setting */
    @Transactional
    public AccessSettings saveSettings(String storeCode, AccessSettingsDraft draft) {
        draft.requireNoProblems(CategoryAccessValidation.check(draft));
        AccessSettings saved = views.settingsOf(storeCode);
        saved.change(draft.getUnlisted(), draft.getMultiCategory(), clock.instant());
        saved = settings.save(saved);
        changed(storeCode);
        return saved;
    }

    /**
     * The catalog an audience sees at a local time (now when null): GUESTS a guest, MEMBERS a customer in no group,
     * a group its members (or guests, for the guest group).
     *
     * @throws InvalidInputException when the audience is no audience of the store
     */
    @Transactional(readOnly = true)
    public AccessPreview preview(String storeCode, String audienceKey, LocalDateTime atOrNull, Locale locale) {
        StoreRules store = views.load(storeCode);
        Audience audience = Audience.parse(audienceKey)
                .filter(parsed -> parsed.groupId().map(store.groups::containsKey).orElse(true))
                .orElseThrow(() -> new InvalidInputException(
                        new Violation("audience", "membership.access.audience.unknown")));
        LocalDateTime at = atOrNull != null ? atOrNull : LocalDateTime.ofInstant(clock.instant(), zone);
        CategoryAccessView view = store.view(audiences(store, audience), at.atZone(zone).toInstant(),
                unknown -> CategoryAccessView.Decided.OPEN);
        Map<Long, CategoryNode> nodes = nodesOf(storeCode);
        List<PreviewCategory> categories = new ArrayList<>();
        for (StoreRules.Resolved category : store.inTreeOrder()) {
            CategoryNode node = nodes.get(category.id);
            if (node != null) {
                Access access = view.ofCategory(category.id);
                Map<String, String> opensAt = new LinkedHashMap<>();
                for (Permission permission : Permission.values()) {
                    access.opensAt(permission).ifPresent(instant -> opensAt.put(permission.name(), local(instant)));
                }
                categories.add(new PreviewCategory(category.id, node.name(locale), category.depth, access, opensAt,
                        node.productCount()));
            }
        }
        long listedProducts = tree.productCategories(storeCode).values().stream()
                .filter(categoryIds -> view.ofProduct(categoryIds).isListed()).count();
        return new AccessPreview(audience.key(), at.toString(), categories, listedProducts);
    }

    private static ShopperAudiences audiences(StoreRules store, Audience audience) {
        if (audience.kind() == Audience.Kind.GUESTS) {
            return new ShopperAudiences(true, store.groups.values().stream().filter(group -> group.guestGroup)
                    .map(group -> group.id).collect(Collectors.toList()));
        }
        if (audience.kind() == Audience.Kind.MEMBERS) {
            return new ShopperAudiences(false, List.of());
        }
        long groupId = audience.groupId().orElseThrow();
        return new ShopperAudiences(store.groups.get(groupId).guestGroup, List.of(groupId));
    }

    private void changed(String storeCode) {
        if (accesses.bumpStamp(storeCode) == 0) {
            entityManager.persist(new AccessStamp(storeCode));
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                views.forget(storeCode);
            }
        });
    }

    private CategoryAccessEntry entry(StoreRules store, StoreRules.Resolved category, CategoryNode node,
            List<AudienceView> audiences, Locale locale, Instant now) {
        Map<String, Map<String, CellView>> cells = new LinkedHashMap<>();
        for (AudienceView audience : audiences) {
            Map<String, CellView> row = new LinkedHashMap<>();
            for (Permission permission : Permission.values()) {
                row.put(permission.name(), cell(store, category, audience.getKey(), permission, now));
            }
            cells.put(audience.getKey(), row);
        }
        return new CategoryAccessEntry(node, category, node.name(locale), cells);
    }

    private CellView cell(StoreRules store, StoreRules.Resolved category, String audienceKey, Permission permission,
            Instant now) {
        Cell cell = category.cell(audienceKey, permission);
        Access.State effective = store.alone(category, audienceKey, permission, now);
        boolean own = cell != null && cell.from == category.id;
        return new CellView(own ? cell.state.name() : null, own ? local(cell.opensAt) : null, effective.name(),
                effective == Access.State.NOT_YET ? local(cell.opensAt) : null,
                cell != null && !own ? cell.from : null, cell == null && category.restricted());
    }

    private List<AudienceView> audiences(StoreRules store, Locale locale) {
        List<AudienceView> audiences = new ArrayList<>();
        for (Audience.Kind kind : List.of(Audience.Kind.GUESTS, Audience.Kind.MEMBERS)) {
            audiences.add(new AudienceView(kind.name(), messages.getMessage("membership.access.audience."
                    + kind.name().toLowerCase(Locale.ROOT), null, kind.name(), locale), null, null, null));
        }
        for (AudienceGroup group : store.groups.values()) {
            audiences.add(new AudienceView(Audience.group(group.id).key(), group.name.in(locale), group.id,
                    group.code, group.kind.name()));
        }
        return audiences;
    }

    private Map<Long, CategoryNode> nodesOf(String storeCode) {
        return tree.categories(storeCode).stream().collect(Collectors.toMap(CategoryNode::id, Function.identity(),
                (first, second) -> first));
    }

    private String local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone).toString();
    }

    private static NotFoundException notFound(long categoryId) {
        return new NotFoundException("membership.access.category.not-found", categoryId);
    }
}
