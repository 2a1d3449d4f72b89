package io.smm.membership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Bodies read field by field: an unreadable value is named with what it should be, and hides no other field. */
class DraftDeserializerTests {

    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json().build();

    @Test
    void readsEveryReadableFieldAndNamesEachUnreadableOne() throws Exception {
        Sample sample = mapper.readValue("{\"name\": \"Gold\", \"amount\": \"ten\", \"count\": 3.5e40,"
                + " \"kind\": \"HALF\", \"at\": \"tomorrow\", \"on\": \"maybe\", \"ids\": [1, \"abc\"],"
                + " \"unknown\": 1}", Sample.class);

        assertThat(sample.getName()).isEqualTo("Gold");
        assertThat(sample.unreadable()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                tuple("amount", "membership.input.number"),
                tuple("count", "membership.input.whole-number"),
                tuple("kind", "membership.input.one-of"),
                tuple("at", "membership.input.instant"),
                tuple("on", "membership.input.boolean"),
                tuple("ids[1]", "membership.input.whole-number"));
        assertThat(sample.unreadable().stream().filter(v -> v.field().equals("kind")).findFirst().get().arguments())
                .containsExactly("PERCENT, AMOUNT");
        assertThat(sample.getAmount()).isNull();
        assertThat(sample.isOn()).isTrue();
    }

    @Test
    void readsAValidBodyAsBefore() throws Exception {
        Sample sample = mapper.readValue("{\"amount\": \"12.50\", \"count\": 2, \"kind\": \"AMOUNT\","
                + " \"at\": \"2026-12-31T23:59:59Z\", \"on\": false, \"ids\": [4, 5], \"name\": null}", Sample.class);

        assertThat(sample.unreadable()).isEmpty();
        assertThat(sample.getAmount()).isEqualByComparingTo("12.50");
        assertThat(sample.getCount()).isEqualTo(2);
        assertThat(sample.getKind()).isEqualTo(Kind.AMOUNT);
        assertThat(sample.getAt()).isEqualTo(Instant.parse("2026-12-31T23:59:59Z"));
        assertThat(sample.isOn()).isFalse();
        assertThat(sample.getIds()).containsExactly(4L, 5L);
    }

    @Test
    void namesAnUnreadableFieldOfANestedDraftByItsPath() throws Exception {
        Outer outer = mapper.readValue("{\"rows\": [{\"amount\": \"1\"}, {\"amount\": \"lots\", \"count\": \"x\"},"
                + " \"not a row\"], \"single\": {\"at\": \"noon\"}}", Outer.class);

        assertThat(outer.unreadable().stream().map(Violation::field).collect(Collectors.toList()))
                .containsExactlyInAnyOrder("rows[2]", "single.at");
        assertThat(mapper.readValue("{\"rows\": [{\"amount\": \"lots\", \"count\": \"x\"}]}", Outer.class)
                .unreadable()).extracting(Violation::field).containsExactlyInAnyOrder("rows[0].amount",
                        "rows[0].count");
    }

    @Test
    void stillRefusesABodyThatIsNoObject() {
        assertThatThrownBy(() -> mapper.readValue("[1, 2]", Sample.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void anUnreadableFieldSilencesWhatTheRulesSayOfItButNoOtherField() {
        Sample sample = new Sample();
        sample.markUnreadable(new Violation("amount", "membership.input.number"));
        sample.markUnreadable(new Violation("rows[1]", "membership.problem.unreadable"));

        List<Violation> problems = sample.problems(List.of(new Violation("amount", "required"),
                new Violation("rows[1].amount", "required"), new Violation("rows[10].amount", "required"),
                new Violation("amountMax", "required"), new Violation("name", "required")));

        assertThat(problems).extracting(Violation::field).containsExactly("amount", "rows[1]", "rows[10].amount",
                "amountMax", "name");
        assertThatThrownBy(() -> sample.requireNoProblems(List.of())).isInstanceOf(InvalidInputException.class);
    }

    enum Kind { PERCENT, AMOUNT }

    static class Sample extends Draft {

        private String name;
        private BigDecimal amount;
        private Integer count;
        private Kind kind;
        private Instant at;
        private boolean on = true;
        private List<Long> ids = new ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }

        public Kind getKind() {
            return kind;
        }

        public void setKind(Kind kind) {
            this.kind = kind;
        }

        public Instant getAt() {
            return at;
        }

        public void setAt(Instant at) {
            this.at = at;
        }

        public boolean isOn() {
            return on;
        }

        public void setOn(boolean on) {
            this.on = on;
        }

        public List<Long> getIds() {
            return ids;
        }

        public void setIds(List<Long> ids) {
            this.ids = ids;
        }
    }

    static class Outer extends Draft {

        private List<Sample> rows = new ArrayList<>();
        private Sample single;

        public List<Sample> getRows() {
            return rows;
        }

        public void setRows(List<Sample> rows) {
            this.rows = rows;
        }

        public Sample getSingle() {
            return single;
        }

        public void setSingle(Sample single) {
            this.single = single;
        }
    }
}
