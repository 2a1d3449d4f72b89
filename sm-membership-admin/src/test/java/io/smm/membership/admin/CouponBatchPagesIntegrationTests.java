package io.smm.membership.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.coupons.CodePattern;
import io.smm.membership.coupons.Coupon;
import io.smm.membership.coupons.CouponBatchDraft;
import io.smm.membership.coupons.CouponBatchStatus;
import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponOrigin;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;

/**
 * The generate-codes pages over plain HTTP on the stand-in host: the link on a coupon, the form with refusals next
 * to their fields, the progress page and its CSV file. Every test makes a template and a prefix of its own.
 */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class CouponBatchPagesIntegrationTests {

    private static final String COUPONS = "/membership/admin/coupons";

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    CouponService coupons;

    @Autowired
    DataSource dataSource;

    @Autowired
    CouponBatchService batches;

    @Autowired
    PlatformTransactionManager transactionManager;

    private ShopClient client;
    private String tag;
    private Coupon template;

    @BeforeEach
    void signInWithATemplate() throws Exception {
        tag = "G" + Long.toString(System.nanoTime(), 36).toUpperCase();
        CouponDraft draft = new CouponDraft();
        draft.setCode(tag + "-TEMPLATE");
        draft.setName("Single use " + tag);
        draft.setKind(CouponTerms.Kind.PERCENT);
        draft.setValue(new BigDecimal("15"));
        draft.setTotalLimit(1);
        template = coupons.create(ShopClient.STORE, draft);
        client = new ShopClient(server.getWebServer().getPort());
        client.signInToPages(ShopClient.ADMIN, ShopClient.ADMIN_PASSWORD);
    }

    @Test
    void linksFromTheCouponToAFormWithTheDefaultPattern() throws Exception {
        String edit = client.get(COUPONS + "/" + template.getId()).body();
        String form = client.get(newBatch()).body();

        assertThat(edit).contains("id=\"generate-codes\"", "href=\"" + newBatch() + "\"");
        assertThat(form).contains("Generate codes from " + tag + "-TEMPLATE")
                .containsPattern("id=\"length\"[^>]*value=\"8\"")
                .containsPattern("id=\"alphabet\"[^>]*value=\"ABCDEFGHJKLMNPQRSTUVWXYZ23456789\"");
    }

    @Test
    void showsRefusalsNextToTheirFieldsAndStartsNothing() throws Exception {
        Map<String, String> form = form("0", tag + " x", "3", "AA");
        Map<String, String> noRoom = form("1001", tag, "4", "0123456789");

        HttpResponse<String> refused = client.postForm(batches(), form);
        HttpResponse<String> tooMany = client.postForm(batches(), noRoom);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .containsPattern("id=\"count\"[^>]*value=\"0\"[\\s\\S]{0,300}"
                        + "The number of codes must be from 1 to 100000.")
                .containsPattern("id=\"prefix\"[\\s\\S]{0,300}The prefix may contain only letters")
                .containsPattern("id=\"length\"[\\s\\S]{0,300}The random part must be 4 to 32 characters long.")
                .containsPattern("id=\"alphabet\"[\\s\\S]{0,300}repeated: A.");
        assertThat(tooMany.statusCode()).isEqualTo(200);
        assertThat(tooMany.body()).containsPattern(
                "id=\"count\"[^>]*value=\"1001\"[\\s\\S]{0,300}This pattern has room for only 1000 more codes");
        assertThat(coupons.search(ShopClient.STORE, tag, null, Pageable.unpaged()).getContent())
                .extracting(Coupon::getId).containsExactly(template.getId());
        assertThat(batches.ofTemplate(ShopClient.STORE, template.getId())).isEmpty();
    }

    @Test
    void showsTheProgressUntilDoneThenOffersTheCodes() throws Exception {
        HttpResponse<String> started = client.postForm(batches(), form("30", tag.toLowerCase() + "-", "8", ""));

        assertThat(started.statusCode()).isEqualTo(302);
        String progress = started.headers().firstValue("Location").orElse("");
        assertThat(progress).matches(".*" + COUPONS + "/batches/\\d+");
        String page = untilDone(progress.substring(progress.indexOf(COUPONS)));
        assertThat(page).contains("id=\"batch-status\"", ">Done<", "30 of 30 codes made", "id=\"batch-csv\"")
                .doesNotContain("data-refresh");
        String csvPath = progress.substring(progress.indexOf(COUPONS)) + "/codes.csv";
        assertThat(page).contains("href=\"" + csvPath + "\"");
        assertThat(client.get(newBatch()).body()).contains("id=\"earlier-batches\"",
                "href=\"" + progress.substring(progress.indexOf(COUPONS)) + "\"", "30 of 30 codes made",
                "href=\"" + csvPath + "\"");
        HttpResponse<byte[]> csv = client.getBytes(csvPath);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode,status,uses,total_limit\r\n" + tag + "-");
        assertThat(text.split("\r\n")).hasSize(31);
        assertThat(coupons.search(ShopClient.STORE, tag + "-", null, Pageable.unpaged()).getTotalElements())
                .isEqualTo(31);
    }

    @Test
    void listsABatchAsOneRowAndPagesAndSearchesItsCodesOnItsOwnPage() throws Exception {
        long batch = finished(tag + "-", 30);
        List<String> codes = coupons.search(ShopClient.STORE, tag + "-", null, CouponOrigin.GENERATED,
                PageRequest.of(0, 100, Sort.by("id"))).map(Coupon::getCode).getContent();
        String code = codes.get(12);

        String list = client.get(COUPONS + "?q=" + tag).body();
        String byCode = client.get(COUPONS + "?q=" + code.toLowerCase()).body();
        String handMade = client.get(COUPONS + "?q=" + tag + "&origin=HAND_MADE").body();
        String generated = client.get(COUPONS + "?q=" + tag + "&origin=GENERATED").body();
        String firstPage = client.get(COUPONS + "/batches/" + batch).body();
        String secondPage = client.get(COUPONS + "/batches/" + batch + "?page=1").body();
        String found = client.get(COUPONS + "/batches/" + batch + "?q=" + code.substring(code.length() - 6)).body();

        assertThat(list).contains("id=\"batch-" + batch + "\"", "id=\"coupon-" + template.getId() + "\"",
                ">Batch " + batch + "<", "Copies of " + tag + "-TEMPLATE", "0 / 30 codes used", ">Done<",
                "30 of 30 codes made", "href=\"" + COUPONS + "/batches/" + batch + "/codes.csv\"",
                "href=\"" + COUPONS + "/batches/" + batch + "?q=" + tag + "\"")
                .doesNotContain(codes.get(0), code);
        assertThat(rows(list)).isEqualTo(1);
        assertThat(byCode).contains("id=\"batch-" + batch + "\"").doesNotContain(">" + code + "<");
        assertThat(handMade).contains("id=\"coupon-" + template.getId() + "\"").doesNotContain("id=\"batch-");
        assertThat(generated).contains("Page 1 of 2", ">" + codes.get(29) + "<", ">Batch " + batch + "<")
                .doesNotContain("id=\"batch-", "id=\"coupon-" + template.getId() + "\"");
        assertThat(rows(generated)).isEqualTo(20);
        assertThat(firstPage).contains("0 / 30 codes used", "Page 1 of 2", ">" + codes.get(0) + "<",
                ">" + codes.get(19) + "<").doesNotContain(">" + codes.get(20) + "<");
        assertThat(rows(firstPage)).isEqualTo(20);
        assertThat(secondPage).contains("Page 2 of 2", ">" + codes.get(29) + "<")
                .doesNotContain(">" + codes.get(0) + "<");
        assertThat(rows(found)).isEqualTo(1);
        assertThat(found).contains(">" + code + "<");
    }

    @Test
    void listsRewardCodesOnlyUnderTheirOwnOriginAndSaysWhichCouponOneCopies() throws Exception {
        String reward = new TransactionTemplate(transactionManager)
                .execute(status -> batches.issueSingleUse(ShopClient.STORE, template.getId()));
        long rewardId = coupons.idOfCode(ShopClient.STORE, reward).orElseThrow();

        String list = client.get(COUPONS + "?q=" + tag).body();
        String handMade = client.get(COUPONS + "?q=" + tag + "&origin=HAND_MADE").body();
        String rewards = client.get(COUPONS + "?q=" + tag + "&origin=REWARD").body();
        String page = client.get(COUPONS + "/" + rewardId).body();

        assertThat(list).contains("id=\"coupon-" + template.getId() + "\"", ">Reward codes<").doesNotContain(reward);
        assertThat(handMade).contains("id=\"coupon-" + template.getId() + "\"").doesNotContain(reward);
        assertThat(rewards).contains("id=\"coupon-" + rewardId + "\"", ">" + reward + "<", ">Reward code<",
                "href=\"" + COUPONS + "/" + template.getId() + "\"")
                .doesNotContain("id=\"coupon-" + template.getId() + "\"");
        assertThat(rows(rewards)).isEqualTo(1);
        assertThat(page).contains("id=\"coupon-issued-from\"", "Issued as a reward, one code for one customer",
                ">" + tag + "-TEMPLATE<");
    }

    @Test
    void describesABatchWithoutAPrefixAsSuch() throws Exception {
        long batch = finished("", 2);

        String page = client.get(COUPONS + "/batches/" + batch).body();
        String form = client.get(newBatch()).body();

        assertThat(page).contains("No prefix: 8 characters of " + CodePattern.DEFAULT_ALPHABET)
                .doesNotContain("Prefix ,");
        assertThat(form).contains("No prefix: 8 characters of " + CodePattern.DEFAULT_ALPHABET,
                "href=\"" + COUPONS + "/batches/" + batch + "/codes.csv\"").doesNotContain("Prefix ,");
    }

    @Test
    void speaksSimplifiedChinese() throws Exception {
        String form = client.get(newBatch() + "?lang=zh_CN").body();

        assertThat(form).contains("从 " + tag + "-TEMPLATE 生成代码", "代码数量", "随机字符数", "可用字符");
    }

    @Test
    void refreshesTheProgressOfARunningBatchAndShowsOneCutShortAnHourAgoAsFailed() throws Exception {
        String running = client.get(COUPONS + "/batches/" + batchRow(Instant.now())).body();
        String cutShort = client.get(COUPONS + "/batches/" + batchRow(Instant.now().minus(Duration.ofMinutes(61))))
                .body();

        assertThat(running).contains(">Running<", "data-refresh=\"2\"");
        assertThat(cutShort).contains(">Failed<").doesNotContain("data-refresh");
    }

    /** A batch as a running generation leaves it, or as a killed process would have left it. */
    private long batchRow(Instant startedAt) {
        JdbcTemplate database = new JdbcTemplate(dataSource);
        database.update("insert into SALESMANAGER.SMM_COUPON_BATCH (STORE_CODE, TEMPLATE_ID, PREFIX, CODE_LENGTH,"
                + " ALPHABET, REQUESTED, CREATED, STATUS, STARTED_AT) values (?, ?, ?, 8, ?, 100, 0, 'RUNNING', ?)",
                ShopClient.STORE, template.getId(), tag, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789",
                Timestamp.valueOf(LocalDateTime.ofInstant(startedAt, ZoneOffset.UTC)));
        return database.queryForObject("select max(ID) from SALESMANAGER.SMM_COUPON_BATCH where PREFIX = ?",
                Long.class, tag);
    }

    /** Starts a batch of the template and waits until it is done; its id. */
    private long finished(String prefix, int count) throws Exception {
        CouponBatchDraft draft = new CouponBatchDraft();
        draft.setCount(count);
        draft.setPrefix(prefix);
        long id = batches.start(ShopClient.STORE, template.getId(), draft).getId();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (batches.get(ShopClient.STORE, id).getStatus() == CouponBatchStatus.RUNNING
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        return id;
    }

    /** The rows of single coupons a page lists. */
    private static long rows(String page) {
        return Pattern.compile("<tr id=\"coupon-\\d+\"").matcher(page).results().count();
    }

    private String untilDone(String path) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String page = client.get(path).body();
        while (page.contains(">Running<") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            page = client.get(path).body();
        }
        return page;
    }

    private String newBatch() {
        return COUPONS + "/" + template.getId() + "/batches/new";
    }

    private String batches() {
        return COUPONS + "/" + template.getId() + "/batches";
    }

    private Map<String, String> form(String count, String prefix, String length, String alphabet) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("count", count);
        form.put("prefix", prefix);
        form.put("length", length);
        form.put("alphabet", alphabet);
        form.put("_csrf", client.csrfToken(newBatch()));
        return form;
    }
}
