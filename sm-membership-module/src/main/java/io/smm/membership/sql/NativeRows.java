package io.smm.membership.sql;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.query.NativeQuery;

import io.smm.membership.time.UtcInstantConverter;

/**
 * The rows of our native report queries as the databases answer them: every row as an array (a single column too),
 * instants as UTC DATETIME values ({@link UtcInstantConverter}), counts and ids as whatever number type the
 * database chose.
 */
public final class NativeRows {

    private static final UtcInstantConverter UTC = new UtcInstantConverter();
    private static final int SCROLL_FETCH = 2_000;
    private static final String UNMAPPED = "SMM_UNMAPPED";

    private NativeRows() {
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(Query query) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row instanceof Object[] ? (Object[]) row : new Object[] { row });
        }
        return rows;
    }

    /**
     * A native insert, update or delete of tables no entity maps. After a native write Hibernate clears every
     * second-level cache region (the host's too) unless told which tables the write touches: told of one no entity
     * maps, it clears none.
     */
    public static Query unmappedWrite(EntityManager entityManager, String sql) {
        return entityManager.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace(UNMAPPED);
    }

    /** Reads the rows one by one, a few thousand fetched at a time, never all of them held at once. */
    public static void scroll(Query query, Consumer<Object[]> each) {
        try (ScrollableResults rows = query.unwrap(org.hibernate.query.Query.class).setFetchSize(SCROLL_FETCH)
                .scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                each.accept(rows.get());
            }
        }
    }

    public static Timestamp utc(Instant instant) {
        return UTC.convertToDatabaseColumn(instant);
    }

    public static Instant instant(Object value) {
        return UTC.convertToEntityAttribute((Timestamp) value);
    }

    public static long whole(Object value) {
        return ((Number) value).longValue();
    }

    /** The table as the entity manager's default schema names it (JDBC statements get no {@code {h-schema}}). */
    public static String table(EntityManager entityManager, String name) {
        Object schema = entityManager.getEntityManagerFactory().getProperties().get("hibernate.default_schema");
        return schema == null || schema.toString().isBlank() ? name : schema + "." + name;
    }
}
