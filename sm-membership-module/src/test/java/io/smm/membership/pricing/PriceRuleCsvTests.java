package io.smm.membership.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.test.util.ReflectionTestUtils;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

class PriceRuleCsvTests {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final String HEADER = String.join(",", PriceRuleCsv.COLUMNS);

    private final PriceRuleCsv csv = new PriceRuleCsv(TAIPEI);

    @Test
    void writesAByteOrderMarkAndAHeaderThenOneRowARule() throws Exception {
        PriceRuleView rule = view(1, draft("會員價, 冬季", RuleTarget.PRODUCT, 42L, "VIP", "GOLD"), "GOLD", "VIP");

        byte[] bytes = write(List.of(rule));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n")).containsExactly(HEADER,
                "\"會員價, 冬季\",GOLD|VIP,PRODUCT,42,PERCENT_OFF,12.5,3,2026-12-24T18:00,2027-01-01T00:00,5,true");
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        PriceRuleDraft first = draft("會員價, \"冬季\"", RuleTarget.PRODUCT, 42L, "GOLD", "VIP");
        PriceRuleDraft second = draft("Everyone", RuleTarget.STORE, null);
        second.setAllMembers(true);
        second.setStartsAt(null);
        second.setEndsAt(null);
        second.setExclusive(false);

        List<PriceRuleDraft> read = csv.read(new InputStreamReader(new ByteArrayInputStream(
                write(List.of(view(1, first, "GOLD", "VIP"), view(2, second)))), StandardCharsets.UTF_8));

        assertThat(read).hasSize(2);
        assertThat(read.get(0)).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo,
                BigDecimal.class).isEqualTo(first);
        assertThat(read.get(1)).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo,
                BigDecimal.class).isEqualTo(second);
    }

    @Test
    void keepsANameThatLooksLikeAFormulaFromRunningInASpreadsheet() throws Exception {
        PriceRuleDraft formula = draft("=HYPERLINK(\"http://x\")", RuleTarget.STORE, null);
        PriceRuleDraft dash = draft("-5 off", RuleTarget.STORE, null);

        byte[] bytes = write(List.of(view(1, formula), view(2, dash)));
        List<PriceRuleDraft> read = csv.read(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8));

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"http://x\"\")\"",
                "'-5 off");
        assertThat(read).extracting(PriceRuleDraft::getName).containsExactly(formula.getName(), dash.getName());
    }

    @Test
    void readsAFileWithoutByteOrderMarkAndLowerCaseChoices() {
        String file = HEADER + "\nStaff,STAFF,category,7,amount_off,2,,,,,false\n";

        PriceRuleDraft read = csv.read(new StringReader(file)).get(0);

        assertThat(read.getName()).isEqualTo("Staff");
        assertThat(read.getGroups()).containsExactly("STAFF");
        assertThat(read.getTarget()).isEqualTo(RuleTarget.CATEGORY);
        assertThat(read.getAdjustment()).isEqualTo(Adjustment.Kind.AMOUNT_OFF);
        assertThat(read.getMinQuantity()).isNull();
        assertThat(read.getStartsAt()).isNull();
    }

    @Test
    void namesEveryBadCellOnItsRowsDraftAndReadsTheOtherCells() {
        String file = HEADER + "\nGood,VIP,STORE,,PERCENT_OFF,10,,,,,false\n"
                + "Bad,VIP,SHOP,,PERCENT_OFF,ten,,tomorrow,,,maybe\n" + "Short,VIP\n";

        List<PriceRuleDraft> read = csv.read(new StringReader(file));

        assertThat(read).hasSize(3);
        assertThat(read.get(0).unreadable()).isEmpty();
        assertThat(read.get(1).unreadable()).extracting(Violation::field, Violation::code).containsExactly(
                tuple("target", "membership.price-rule.csv.target"), tuple("value", "membership.price-rule.csv.number"),
                tuple("startsAt", "membership.price-rule.csv.date-time"),
                tuple("exclusive", "membership.price-rule.csv.boolean"));
        assertThat(read.get(1).getName()).isEqualTo("Bad");
        assertThat(read.get(1).getAdjustment()).isEqualTo(Adjustment.Kind.PERCENT_OFF);
        assertThat(read.get(2).unreadable()).extracting(Violation::field).containsExactly(PriceRuleCsv.WHOLE_ROW);
    }

    @Test
    void namesARowsFieldByTheFilesOwnColumnWithTheRowUngrouped() {
        Violation atRow = PriceRuleImport.atRow(1002, new Violation("endsAt", "membership.price-rule.window.order"));
        Violation id = PriceRuleImport.atRow(3, new Violation("targetId", "membership.price-rule.target-id.unknown",
                999_999L));

        assertThat(atRow.field()).isEqualTo("row 1002: ends_at");
        assertThat(atRow.code()).isEqualTo("membership.price-rule.import.row");
        assertThat(atRow.arguments()[0]).isEqualTo("1002");
        assertThat(id.field()).isEqualTo("row 3: target_id");
        assertThat(((DefaultMessageSourceResolvable) id.arguments()[2]).getArguments()).containsExactly("999999");
        assertThat(PriceRuleCsv.column("allMembers")).isEqualTo("allMembers");
    }

    @Test
    void refusesAFileWithOtherColumns() {
        InvalidInputException invalid = catchThrowableOfType(
                () -> csv.read(new StringReader("name,price\nGold,10\n")), InvalidInputException.class);

        assertThat(invalid.violations()).extracting(Violation::code)
                .containsExactly("membership.price-rule.csv.columns");
    }

    @Test
    void refusesAFileWithoutRules() {
        InvalidInputException invalid = catchThrowableOfType(() -> csv.read(new StringReader(HEADER + "\n")),
                InvalidInputException.class);

        assertThat(invalid.violations()).extracting(Violation::code).containsExactly("membership.price-rule.csv.empty");
    }

    private byte[] write(List<PriceRuleView> rules) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            csv.write(rules, out);
        }
        return bytes.toByteArray();
    }

    private static PriceRuleDraft draft(String name, RuleTarget target, Long targetId, String... groups) {
        PriceRuleDraft draft = new PriceRuleDraft();
        draft.setName(name);
        draft.setGroups(List.of(groups));
        draft.setTarget(target);
        draft.setTargetId(targetId);
        draft.setAdjustment(Adjustment.Kind.PERCENT_OFF);
        draft.setValue(new BigDecimal("12.5000"));
        draft.setMinQuantity(3);
        draft.setStartsAt(Instant.parse("2026-12-24T10:00:00Z"));
        draft.setEndsAt(Instant.parse("2026-12-31T16:00:00Z"));
        draft.setPriority(5);
        draft.setExclusive(true);
        return draft;
    }

    private static PriceRuleView view(long id, PriceRuleDraft draft, String... groupCodes) {
        PriceRule rule = new PriceRule("DEFAULT", Instant.EPOCH);
        rule.apply(draft, Set.of(), Instant.EPOCH);
        ReflectionTestUtils.setField(rule, "id", id);
        return PriceRuleView.of(rule, List.of(groupCodes));
    }
}
