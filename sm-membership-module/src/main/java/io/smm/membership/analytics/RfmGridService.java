package io.smm.membership.analytics;

import static io.smm.membership.sql.NativeRows.rows;
import static io.smm.membership.sql.NativeRows.unmappedWrite;
import static io.smm.membership.sql.NativeRows.whole;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/** A store's RFM grid: its SMM_RFM_GRID rows when the owner saved some, else the built-in grid. */
public class RfmGridService {

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(readOnly = true)
    public RfmGrid get(String storeCode) {
        List<Object[]> saved = rows(entityManager.createNativeQuery("select R_SCORE, FM_SCORE, SEGMENT from"
                + " {h-schema}SMM_RFM_GRID where STORE_CODE = :store").setParameter("store", storeCode));
        if (saved.size() != 25) {
            return RfmGrid.builtIn();
        }
        RfmSegment[][] cells = new RfmSegment[5][5];
        for (Object[] row : saved) {
            cells[5 - (int) whole(row[0])][(int) whole(row[1]) - 1] = RfmSegment.valueOf((String) row[2]);
        }
        return new RfmGrid(cells);
    }

    /** @throws InvalidInputException naming every cell that names no segment */
    @Transactional
    public RfmGrid save(String storeCode, RfmGridDraft draft) {
        List<Violation> violations = draft.check();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        RfmGrid grid = RfmGrid.parse(draft.getRows());
        unmappedWrite(entityManager, "delete from {h-schema}SMM_RFM_GRID where STORE_CODE = :store")
                .setParameter("store", storeCode).executeUpdate();
        for (int recency = 5; recency >= 1; recency--) {
            for (int fm = 1; fm <= 5; fm++) {
                unmappedWrite(entityManager, "insert into {h-schema}SMM_RFM_GRID (STORE_CODE, R_SCORE, FM_SCORE,"
                        + " SEGMENT) values (:store, :r, :fm, :segment)").setParameter("store", storeCode)
                        .setParameter("r", recency).setParameter("fm", fm)
                        .setParameter("segment", grid.segment(recency, fm).name()).executeUpdate();
            }
        }
        return grid;
    }

    static Map<String, Object> view(RfmGrid grid) {
        return Map.of("rows", grid.rows());
    }
}
