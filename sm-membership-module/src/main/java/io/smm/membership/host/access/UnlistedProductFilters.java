package io.smm.membership.host.access;

import java.util.Map;

import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataContributor;
import org.hibernate.cfg.SecondPass;
import org.hibernate.engine.spi.FilterDefinition;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.Value;
import org.hibernate.type.LongType;

/**
 * Two Hibernate filters on the host's {@code Product} entity that keep the products of unlisted categories out of
 * every query on products, counts included, so the host's paging stays exact (docs/host-seams.md#category-restriction-listing).
 * Found by Hibernate through {@code META-INF/services} when it builds the host's entity manager factory, after the
 * entities are bound; nothing happens in a persistence unit without the host's {@code Product}. The filters are off
 * until a seam enables one on a session.
 */
public class UnlistedProductFilters implements MetadataContributor {

    /** Hides a product held by any unlisted category (store setting ALL). */
    static final String ANY_UNLISTED = "membershipUnlistedInAnyCategory";
    /** Hides a product all of whose categories are unlisted (store setting ANY); a product in none stays. */
    static final String ALL_UNLISTED = "membershipUnlistedInAllCategories";
    static final String CATEGORY_IDS = "unlistedCategoryIds";

    private static final String PRODUCT = "com.salesmanager.core.model.catalog.product.Product";

    @Override
    public void contribute(InFlightMetadataCollector metadata, org.jboss.jandex.IndexView jandex) {
        PersistentClass product = metadata.getEntityBinding(PRODUCT);
        if (product == null) {
            return;
        }
        for (String name : new String[] { ANY_UNLISTED, ALL_UNLISTED }) {
            metadata.addFilterDefinition(new FilterDefinition(name, null, Map.of(CATEGORY_IDS, LongType.INSTANCE)));
        }
        // the join table of Product.categories is bound in a later pass than this call; ours runs after it
        metadata.addSecondPass((SecondPass) classes -> addConditions(product,
                metadata.getMetadataBuildingOptions().getMappingDefaults().getImplicitSchemaName()));
    }

    private static void addConditions(PersistentClass product, String defaultSchema) {
        Collection categories = (Collection) product.getProperty("categories").getValue();
        Table table = categories.getCollectionTable();
        String schema = table.getSchema() != null ? table.getSchema() : defaultSchema;
        String joinTable = (schema == null ? "" : schema + ".") + table.getName();
        String holds = "select 1 from " + joinTable + " smm_pc where smm_pc." + column(categories.getKey())
                + " = {alias}." + column(product.getIdentifier()) + " and smm_pc." + column(categories.getElement());
        String unlisted = " in (:" + CATEGORY_IDS + "))";
        String listed = " not in (:" + CATEGORY_IDS + "))";
        product.addFilter(ANY_UNLISTED, "not exists (" + holds + unlisted, false, Map.of(), Map.of());
        product.addFilter(ALL_UNLISTED, "(not exists (" + holds + unlisted + " or exists (" + holds + listed + ")",
                false, Map.of(), Map.of());
    }

    private static String column(Value value) {
        return ((Column) value.getColumnIterator().next()).getName();
    }
}
