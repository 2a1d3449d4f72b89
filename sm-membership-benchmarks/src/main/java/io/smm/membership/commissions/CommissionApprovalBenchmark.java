package io.smm.membership.commissions;

import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.membership.benchmarks.PostgresHost;

/**
 * The daily approval job on embedded PostgreSQL inside the stand-in host: {@code due} pending commissions whose
 * return window has passed, beside as many not yet due and as many approved or paid long ago, approved by one run of
 * {@link CommissionApproval#approveDue()} (batches of {@code sm.membership.affiliates.approval-batch-size}, each its
 * own transaction, under the job lease).
 *
 * <p>Arguments: due commissions (100000), batch size (1000).
 */
public final class CommissionApprovalBenchmark {

    private CommissionApprovalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int due = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        try (PostgresHost postgres = PostgresHost.start("--sm.membership.affiliates.approval-batch-size=" + batch)) {
            JdbcTemplate database = new JdbcTemplate(postgres.database());
            seed(database, due);
            CommissionApproval approval = postgres.context().getBean(CommissionApproval.class);
            long started = System.nanoTime();
            int approved = approval.approveDue();
            double seconds = (System.nanoTime() - started) / 1e9;
            long left = database.queryForObject("select count(*) from SALESMANAGER.SMM_COMMISSION"
                    + " where STATE = 'PENDING' and DUE_AT <= now()", Long.class);
            System.out.printf("approved %,d of %,d due commissions (%,d rows in all) in batches of %,d: %.2f s"
                    + " (%,.0f per second); due and still pending after the run: %d%n", approved, due, 3L * due,
                    batch, seconds, approved / seconds, left);
        }
    }

    /** {@code due} pending and due, {@code due} pending not yet due, {@code due} approved or paid long ago. */
    private static void seed(JdbcTemplate database, int due) {
        String insert = "insert into SALESMANAGER.SMM_COMMISSION (STORE_CODE, ORDER_ID, AFFILIATE_ID, SOURCE,"
                + " ORDER_AMOUNT, ELIGIBLE_AMOUNT, AMOUNT, CURRENCY, STATE, PLACED_AT, DUE_AT, APPROVED_AT)"
                + " select 'DEFAULT', g, 1 + g %% 200, 'COOKIE', 113, 100, 5, 'CAD', %s, now() - interval '%s',"
                + " now() - interval '%s' + interval '30 days', %s from generate_series(%d, %d) g";
        database.update(String.format(insert, "'PENDING'", "40 days", "40 days", "null", 1, due));
        database.update(String.format(insert, "'PENDING'", "10 days", "10 days", "null", due + 1, 2 * due));
        database.update(String.format(insert, "case when g % 2 = 0 then 'PAID' else 'APPROVED' end", "200 days",
                "200 days", "now() - interval '170 days'", 2 * due + 1, 3 * due));
        database.execute("analyze SALESMANAGER.SMM_COMMISSION");
    }
}
