package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

class PointsGrantCsvTests {

    @Test
    void aHeaderRowIsSkippedAndRowsAreNumberedAsInASpreadsheet() {
        List<Violation> violations = new ArrayList<>();

        PointsGrantCsv file = PointsGrantCsv.read("\uFEFFcustomer,points,reason\nann@example.com,100,survey\n"
                + "42,5,review\n", violations);

        assertThat(violations).isEmpty();
        assertThat(file.rows()).extracting(PointsGrantCsv.Row::number).containsExactly(2L, 3L);
        assertThat(file.rows().get(1).customerId()).isEqualTo(42L);
        assertThat(file.rows().get(0).customerId()).isNull();
        assertThat(file.id()).hasSize(64);
    }

    @Test
    void aFileWithoutHeaderStartsAtRowOne() {
        PointsGrantCsv file = PointsGrantCsv.read("ann@example.com,100,survey\n", new ArrayList<>());

        assertThat(file.rows()).extracting(PointsGrantCsv.Row::number).containsExactly(1L);
    }

    @Test
    void everyBrokenRowAndFieldIsNamed() {
        List<Violation> violations = new ArrayList<>();

        PointsGrantCsv.read("customer,points,reason\n,1.5,\nann@example.com,0,ok\nbob@example.com,7\n"
                + "cid@example.com,-3,ok\n", violations);

        assertThat(violations.stream().map(Violation::field).collect(Collectors.toList())).containsExactly(
                "rows[2].customer", "rows[2].points", "rows[2].reason", "rows[3].points", "rows[4]",
                "rows[5].points");
    }

    @Test
    void theSameTextHasTheSameIdAndAnotherTextAnother() {
        String id = PointsGrantCsv.read("1,5,a\n", new ArrayList<>()).id();

        assertThat(PointsGrantCsv.read("1,5,a\n", new ArrayList<>()).id()).isEqualTo(id);
        assertThat(PointsGrantCsv.read("1,6,a\n", new ArrayList<>()).id()).isNotEqualTo(id);
    }

    @Test
    void tenThousandRowsAreTheMost() {
        assertThat(PointsGrantCsv.read("1,5,a\n".repeat(10_000), new ArrayList<>()).rows()).hasSize(10_000);
        assertThatThrownBy(() -> PointsGrantCsv.read("1,5,a\n".repeat(10_001), new ArrayList<>()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field).containsExactly("file"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> PointsGrantCsv.read("customer,points,reason\n", new ArrayList<>()))
                .isInstanceOf(InvalidInputException.class);
    }
}
