package io.smm.membership.sql;

import java.util.Collections;
import java.util.List;

import javax.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

/**
 * Many rows into one of our tables in few statements: multi-row {@code values} lists, which H2, PostgreSQL and
 * MariaDB all take, as native queries so {@code {h-schema}} names the table the way every other query does (an
 * entity with a database-generated id cannot be inserted in a batch).
 */
public final class MultiRowInsert {

    /** Rows per statement: few round trips, well within every database's parameter limit. */
    public static final int ROWS_PER_STATEMENT = 500;

    private MultiRowInsert() {
    }

    /**
     * Inserts {@code rows}, each its {@code columns}' values in order.
     *
     * @param synchronizedEntity the entity whose cached data the insert touches: without one Hibernate clears every
     *        cache region
     */
    public static void insert(EntityManager entityManager, String table, List<String> columns, List<Object[]> rows,
            Class<?> synchronizedEntity) {
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            NativeQuery<?> insert = entityManager.createNativeQuery("insert into {h-schema}" + table + " ("
                    + String.join(", ", columns) + ") values " + String.join(", ", Collections.nCopies(chunk.size(),
                    row))).unwrap(NativeQuery.class).addSynchronizedEntityClass(synchronizedEntity);
            int position = 1;
            for (Object[] values : chunk) {
                for (Object value : values) {
                    insert.setParameter(position++, value);
                }
            }
            insert.executeUpdate();
        }
    }
}
