package io.smm.membership.analytics;

import static io.smm.membership.sql.NativeRows.instant;
import static io.smm.membership.sql.NativeRows.rows;
import static io.smm.membership.sql.NativeRows.whole;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.time.Instants;

/** What the last RFM run left: members per segment (and unscored), and the moves between segments it made. */
public class RfmReport {

    /** The key of members without a segment. */
    public static final String UNSCORED = "UNSCORED";

    @PersistenceContext
    private EntityManager entityManager;

    /** Segment code (every one, in the enum's order) to its members, then {@link #UNSCORED}. */
    @Transactional(readOnly = true)
    public Map<String, Long> sizes(String storeCode) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (RfmSegment segment : RfmSegment.values()) {
            sizes.put(segment.name(), 0L);
        }
        sizes.put(UNSCORED, 0L);
        for (Object[] row : rows(entityManager.createNativeQuery("select SEGMENT, count(*) from"
                + " {h-schema}SMM_MEMBER_SCORE where STORE_CODE = :store group by SEGMENT")
                .setParameter("store", storeCode))) {
            sizes.put(row[0] == null ? UNSCORED : (String) row[0], whole(row[1]));
        }
        return sizes;
    }

    /** The moves of the store's latest finished run: from, to (null: unscored) and how many, most first. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> moves(String storeCode) {
        List<Map<String, Object>> moves = new ArrayList<>();
        for (Object[] row : rows(entityManager.createNativeQuery("select m.FROM_SEGMENT, m.TO_SEGMENT, count(*)"
                + " from {h-schema}SMM_SEGMENT_MOVE m where m.STORE_CODE = :store and m.RUN_ID = (select max(r.ID)"
                + " from {h-schema}SMM_RFM_RUN r where r.STORE_CODE = :store and r.STATUS = 'DONE')"
                + " group by m.FROM_SEGMENT, m.TO_SEGMENT order by count(*) desc, m.FROM_SEGMENT, m.TO_SEGMENT")
                .setParameter("store", storeCode))) {
            Map<String, Object> move = new LinkedHashMap<>();
            move.put("from", row[0]);
            move.put("to", row[1]);
            move.put("members", whole(row[2]));
            moves.add(move);
        }
        return moves;
    }

    /** The store's latest run as JSON, if any. */
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> latest(String storeCode) {
        return rows(entityManager.createNativeQuery("select ID, TRIGGERED_BY, STATUS, STARTED_AT, FINISHED_AT,"
                + " MEMBERS, SCORED, MOVED from {h-schema}SMM_RFM_RUN where STORE_CODE = :store order by ID desc")
                .setParameter("store", storeCode).setMaxResults(1)).stream().findFirst().map(RfmReport::run);
    }

    private static Map<String, Object> run(Object[] row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", whole(row[0]));
        view.put("triggeredBy", row[1]);
        view.put("status", row[2]);
        view.put("startedAt", Instants.iso(instantOrNull(row[3])));
        view.put("finishedAt", Instants.iso(instantOrNull(row[4])));
        view.put("members", whole(row[5]));
        view.put("scored", whole(row[6]));
        view.put("moved", whole(row[7]));
        return view;
    }

    private static Instant instantOrNull(Object value) {
        return value == null ? null : instant(value);
    }
}
