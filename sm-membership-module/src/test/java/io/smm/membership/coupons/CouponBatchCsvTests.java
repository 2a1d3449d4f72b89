package io.smm.membership.coupons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CouponBatchCsvTests {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void writesAByteOrderMarkAHeaderAndOneCodeARow() {
        StringWriter out = new StringWriter();

        CouponBatchCsv csv = CouponBatchCsv.start(out, NOW);
        csv.print(line("XA2B3", true, null, 1, 1));
        csv.print(line("XC4D5", true, null, null, 3));
        csv.print(line("XE6F7", false, null, 1, 0));
        csv.print(line("XG8H9", true, NOW.plusSeconds(1), 1, 0));
        csv.flush();

        assertThat(out.toString()).isEqualTo("\uFEFFcode,status,uses,total_limit\r\n"
                + "XA2B3,USED_UP,1,1\r\n"
                + "XC4D5,ACTIVE,3,\r\n"
                + "XE6F7,DISABLED,0,1\r\n"
                + "XG8H9,SCHEDULED,0,1\r\n");
    }

    private static CouponBatchLine line(String code, boolean active, Instant startsAt, Integer totalLimit,
            int uses) {
        return new CouponBatchLine() {

            @Override
            public Long getId() {
                return 1L;
            }

            @Override
            public String getCode() {
                return code;
            }

            @Override
            public boolean isActive() {
                return active;
            }

            @Override
            public Instant getStartsAt() {
                return startsAt;
            }

            @Override
            public Instant getEndsAt() {
                return null;
            }

            @Override
            public Integer getTotalLimit() {
                return totalLimit;
            }

            @Override
            public int getUses() {
                return uses;
            }
        };
    }
}
