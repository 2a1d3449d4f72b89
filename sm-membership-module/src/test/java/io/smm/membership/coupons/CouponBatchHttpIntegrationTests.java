package io.smm.membership.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static io.smm.membership.testhost.HostClient.violationFields;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;

/** The owner's code batches on the stand-in host: generate, follow, download, and what is refused. */
@SpringBootTest(classes = StandInShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouponBatchHttpIntegrationTests {

    private static final String COUPONS = "/api/v1/private/membership/coupons";

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private CouponService coupons;

    @Autowired
    private CouponBatchService batches;

    private HostClient host;
    private String owner;
    private String suffix;
    private Object templateId;

    @BeforeAll
    void ownerWithATemplate() {
        host = new HostClient(rest);
        owner = host.adminToken();
        suffix = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        host.send(HttpMethod.POST, "/api/v1/private/membership/groups",
                Map.of("code", "BATCHVIP", "kind", "MANUAL", "nameEn", "Batch VIP"), owner);
        Map<String, Object> template = new HashMap<>();
        template.put("code", "tpl" + suffix);
        template.put("name", "Single use");
        template.put("kind", "AMOUNT");
        template.put("value", "5.00");
        template.put("minSubtotal", "20.00");
        template.put("endsAt", "2099-01-01T00:00:00Z");
        template.put("totalLimit", 1);
        template.put("groups", List.of("BATCHVIP"));
        ResponseEntity<Map<String, Object>> created = host.send(HttpMethod.POST, COUPONS, template, owner);
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        templateId = created.getBody().get("id");
    }

    @Test
    void makesUniqueCopiesOfTheTemplateAndListsThemInTheCsv() throws Exception {
        String prefix = "B" + suffix + "-";

        ResponseEntity<Map<String, Object>> started = host.send(HttpMethod.POST, COUPONS + "/" + templateId
                + "/batches", Map.of("count", 500, "prefix", prefix.toLowerCase(), "length", 8), owner);

        assertThat(started.getStatusCode()).as(started.toString()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody()).containsEntry("requested", 500).containsEntry("prefix", prefix)
                .containsEntry("alphabet", CodePattern.DEFAULT_ALPHABET).containsEntry("templateId", templateId);
        Object batchId = started.getBody().get("id");
        Map<String, Object> done = untilFinished(batchId);
        assertThat(done).containsEntry("status", "DONE").containsEntry("created", 500)
                .containsEntry("failure", null);
        List<Coupon> copies = coupons.search("DEFAULT", prefix, null, Pageable.ofSize(1_000)).getContent();
        assertThat(copies).hasSize(500).allSatisfy(copy -> {
            assertThat(copy.getCode()).matches(prefix + "[" + CodePattern.DEFAULT_ALPHABET + "]{8}");
            assertThat(copy.getName()).isEqualTo("Single use");
            assertThat(copy.getKind()).isEqualTo(CouponTerms.Kind.AMOUNT);
            assertThat(copy.getValue()).isEqualByComparingTo("5.00");
            assertThat(copy.getMinSubtotal()).isEqualByComparingTo("20.00");
            assertThat(copy.getEndsAt()).isEqualTo(Instant.parse("2099-01-01T00:00:00Z"));
            assertThat(copy.getTotalLimit()).isEqualTo(1);
            assertThat(copy.getGroupIds()).hasSize(1);
            assertThat(copy.getBatchId()).isEqualTo(((Number) batchId).longValue());
        });
        Set<String> codes = copies.stream().map(Coupon::getCode).collect(Collectors.toSet());
        assertThat(codes).hasSize(500);
        ResponseEntity<byte[]> csv = host.getBytes(COUPONS + "/batches/" + batchId + "/codes.csv", owner);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode,status,uses,total_limit\r\n");
        List<String> rows = Arrays.asList(text.substring(1).split("\r\n")).subList(1, 501);
        assertThat(rows).allMatch(row -> row.endsWith(",ACTIVE,0,1"));
        assertThat(rows.stream().map(row -> row.split(",")[0]).collect(Collectors.toSet())).isEqualTo(codes);
    }

    @Test
    void makesCodesOfEightCharactersWhenNoLengthIsGivenAsTheFormDoes() throws Exception {
        String prefix = "E" + suffix + "-";

        ResponseEntity<Map<String, Object>> started = host.send(HttpMethod.POST, COUPONS + "/" + templateId
                + "/batches", Map.of("count", 3, "prefix", prefix), owner);

        assertThat(started.getStatusCode()).as(started.toString()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody()).containsEntry("length", 8);
        assertThat(untilFinished(started.getBody().get("id"))).containsEntry("created", 3);
        assertThat(coupons.search("DEFAULT", prefix, null, Pageable.unpaged()).getContent())
                .extracting(Coupon::getCode).hasSize(3).allMatch(code -> code.length() == prefix.length() + 8);
    }

    @Test
    void filtersTheListByOriginAndListsBatchesAndTheirCodes() throws Exception {
        String prefix = "L" + suffix + "-";
        Object batchId = host.send(HttpMethod.POST, COUPONS + "/" + templateId + "/batches",
                Map.of("count", 25, "prefix", prefix, "length", 6), owner).getBody().get("id");
        assertThat(untilFinished(batchId)).containsEntry("created", 25);

        Map<String, Object> generated = host.get(COUPONS + "?q=" + prefix + "&origin=generated&size=100", owner)
                .getBody();
        Map<String, Object> handMade = host.get(COUPONS + "?q=tpl" + suffix + "&origin=HAND_MADE", owner).getBody();
        Map<String, Object> everyOrigin = host.get(COUPONS + "?q=" + prefix + "&size=100", owner).getBody();
        ResponseEntity<Map<String, Object>> unknown = host.get(COUPONS + "?origin=MINE&status=LATER", owner);
        Map<String, Object> codes = host.get(COUPONS + "/batches/" + batchId + "/codes?size=10&page=2", owner)
                .getBody();
        Map<String, Object> oneCode = host.get(COUPONS + "/batches/" + batchId + "/codes?q="
                + items(codes).get(0).get("code"), owner).getBody();
        Map<String, Object> listed = host.get(COUPONS + "/batches?size=100", owner).getBody();

        assertThat(generated).containsEntry("totalItems", 25);
        assertThat(items(generated)).allSatisfy(item -> assertThat(item).containsEntry("batchId", batchId));
        assertThat(items(handMade)).extracting(item -> item.get("id")).containsExactly(templateId);
        assertThat(everyOrigin).as("every coupon, as before origins were told apart").containsEntry("totalItems", 25);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(unknown)).containsExactly("origin", "status");
        assertThat(codes).containsEntry("totalItems", 25).containsEntry("totalPages", 3);
        assertThat(items(codes)).hasSize(5);
        assertThat(oneCode).containsEntry("totalItems", 1);
        assertThat(items(listed)).anySatisfy(batch -> {
            assertThat(batch.get("batch")).isEqualTo(host.get(COUPONS + "/batches/" + batchId, owner).getBody());
            assertThat(batch).containsEntry("templateCode", "TPL" + suffix).containsEntry("codes", 25)
                    .containsEntry("codesUsed", 0).containsEntry("uses", 0);
        });
    }

    @Test
    void namesEveryBadFieldAndStartsNothing() {
        int batchesBefore = batches.ofTemplate("DEFAULT", ((Number) templateId).longValue()).size();
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST, COUPONS + "/" + templateId
                + "/batches", Map.of("count", 100_001, "prefix", "no space", "length", 3, "alphabet", "AA"), owner);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(refused)).containsExactly("alphabet", "count", "length", "prefix");
        assertThat(violationFields(host.send(HttpMethod.POST, COUPONS + "/" + templateId + "/batches", Map.of(), owner)))
                .containsExactly("count");
        assertThat(batches.ofTemplate("DEFAULT", ((Number) templateId).longValue())).hasSize(batchesBefore);
    }

    @Test
    void namesAnUnreadableCountWithEveryOtherBadField() {
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST, COUPONS + "/" + templateId
                + "/batches", Map.of("count", "many", "prefix", "no space", "length", "8 or so", "alphabet", "AA"),
                owner);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(refused)).containsExactly("alphabet", "count", "length", "prefix");
    }

    @Test
    void refusesAPatternWithoutRoomForTheCodes() {
        ResponseEntity<Map<String, Object>> refused = host.send(HttpMethod.POST, COUPONS + "/" + templateId
                + "/batches", Map.of("count", 1_001, "prefix", "R" + suffix, "length", 4, "alphabet", "0123456789"),
                owner);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(violationFields(refused)).containsExactly("count");
        assertThat(refused.getBody().toString()).contains("room for only 1000 more codes");
    }

    @Test
    void answersNotFoundForAnUnknownTemplateOrBatch() {
        Map<String, Object> body = Map.of("count", 1, "prefix", "X", "length", 8);

        assertThat(host.send(HttpMethod.POST, COUPONS + "/987654321/batches", body, owner).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(host.get(COUPONS + "/batches/987654321", owner).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(host.getBytes(COUPONS + "/batches/987654321/codes.csv", owner).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void isTheOwnersOnly() {
        String shopper = host.customerToken(host.registerCustomer("cb"));

        assertThat(host.get(COUPONS + "/batches/1", shopper).getStatusCode().value()).isIn(401, 403);
        assertThat(host.get(COUPONS + "/batches/1", null).getStatusCode().value()).isIn(401, 403);
    }

    private Map<String, Object> untilFinished(Object batchId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Map<String, Object> batch = host.get(COUPONS + "/batches/" + batchId, owner).getBody();
        while ("RUNNING".equals(batch.get("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            batch = host.get(COUPONS + "/batches/" + batchId, owner).getBody();
        }
        return batch;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
