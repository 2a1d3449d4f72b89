package io.smm.membership.rewards;

import java.io.Writer;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.time.Instants;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.SpreadsheetCsv;
import io.smm.membership.web.Violation;

/**
 * The owner's referral report: per referrer, their invite code and their friends bound, by what became of them;
 * optionally only friends bound in one month of the store's zone. Counted by the database, a page at a time.
 */
public class ReferralReport {

    static final List<String> CSV_COLUMNS = List.of("referrer_id", "email", "invite_code", "friends_bound",
            "pending", "rewarded", "capped", "refused_self");
    private static final int CSV_PAGE = 500;
    private static final Instant EVER = Instant.EPOCH;
    private static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");

    private final ReferralBindingRepository referrals;
    private final RewardCustomers customers;
    private final ZoneId zone;

    ReferralReport(ReferralBindingRepository referrals, RewardCustomers customers, ZoneId zone) {
        this.referrals = referrals;
        this.customers = customers;
        this.zone = zone;
    }

    /**
     * The month a report is filtered by: {@code 2027-05}; blank for all time.
     *
     * @throws InvalidInputException naming {@code month}
     */
    public static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException unreadable) {
            throw new InvalidInputException(new Violation("month", "membership.rewards.report.month"));
        }
    }

    /** The referrers with friends bound in the month (null: ever), most friends first. */
    @Transactional(readOnly = true)
    public Page<ReferrerRow> referrers(String storeCode, YearMonth month, Pageable page) {
        Instant from = month == null ? EVER : month.atDay(1).atStartOfDay(zone).toInstant();
        Instant until = month == null ? NEVER : month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return referrals.referrers(storeCode, from, until, page).map(counts -> new ReferrerRow(counts,
                customers.find(counts.getReferrerId()).map(RewardCustomer::email).orElse(null)));
    }

    /** Every line of {@link #referrers} as CSV ({@link #CSV_COLUMNS}, a spreadsheet's UTF-8). */
    @Transactional(readOnly = true)
    public void writeCsv(String storeCode, YearMonth month, Writer out) {
        SpreadsheetCsv.Rows csv = SpreadsheetCsv.rows(out, CSV_COLUMNS);
        Page<ReferrerRow> page = referrers(storeCode, month, PageRequest.of(0, CSV_PAGE));
        for (;; page = referrers(storeCode, month, page.nextPageable())) {
            page.forEach(row -> csv.print(row.getReferrerId(), SpreadsheetCsv.inert(row.getEmail()),
                    row.getInviteCode(), row.getFriendsBound(), row.getPending(), row.getRewarded(), row.getCapped(),
                    row.getRefusedSelf()));
            if (!page.hasNext()) {
                break;
            }
        }
        csv.flush();
    }

    /** One referrer's friends, latest bound first: who, when, and what became of them. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> friendsOf(String storeCode, long referrerId) {
        return referrals.ofReferrer(storeCode, referrerId).stream().map(referral -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("friendId", referral.getFriendId());
            view.put("email", customers.find(referral.getFriendId()).map(RewardCustomer::email).orElse(null));
            view.put("state", referral.getState().name());
            view.put("boundAt", Instants.iso(referral.getBoundAt()));
            view.put("firstOrderId", referral.getFirstOrderId());
            view.put("rewardedAt", Instants.iso(referral.getRewardedAt()));
            return view;
        }).collect(Collectors.toList());
    }
}
