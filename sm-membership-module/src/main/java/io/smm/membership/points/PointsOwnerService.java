package io.smm.membership.points;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * The owner's movements of members' points: one adjustment (the owner's user name kept as the actor), and grants
 * from a CSV file, every row checked before any is written, each row once whatever the uploads.
 */
public class PointsOwnerService {

    private static final String UNKNOWN_CUSTOMER = "membership.points.member.unknown";

    private final PointsLedger ledger;
    private final MemberDirectory members;

    PointsOwnerService(PointsLedger ledger, MemberDirectory members) {
        this.ledger = ledger;
        this.members = members;
    }

    /** The store's customer with this id. @throws NotFoundException for no customer of the store */
    public MemberSummary member(String storeCode, long customerId) {
        return members.find(storeCode, customerId)
                .orElseThrow(() -> new NotFoundException(UNKNOWN_CUSTOMER, customerId));
    }

    /** The store's customer with this id or e-mail (any case), if any. */
    public Optional<MemberSummary> lookup(String storeCode, String idOrEmail) {
        String text = idOrEmail == null ? "" : idOrEmail.strip();
        if (text.chars().allMatch(Character::isDigit) && !text.isEmpty() && text.length() < 19) {
            return members.find(storeCode, Long.parseLong(text));
        }
        return Optional.ofNullable(members.findByEmails(storeCode, List.of(text)).get(text.toLowerCase(Locale.ROOT)));
    }

    /**
     * Adjusts a member's points once per key (a replay changes nothing).
     *
     * @throws NotFoundException for no customer of the store
     * @throws InvalidInputException naming every broken field
     * @throws PointsRefusedException taking more points than the member has
     */
    public void adjust(String storeCode, long customerId, PointsAdjustmentDraft draft, String actor) {
        member(storeCode, customerId);
        draft.requireNoProblems(draft.check());
        ledger.adjust(storeCode, customerId, draft.getPoints(), draft.getReason().strip(), actor, draft.entryKey());
    }

    /**
     * Grants the points of a CSV file: every row checked first (its shape, its customer), then each row written under
     * its key, so that the same file again grants nothing.
     *
     * @throws InvalidInputException naming every broken row and field; nothing written
     */
    public PointsGrantResult grant(String storeCode, String csv, String actor) {
        List<Violation> violations = new ArrayList<>();
        PointsGrantCsv file = PointsGrantCsv.read(csv, violations);
        Map<PointsGrantCsv.Row, Long> customers = customers(storeCode, file.rows(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int granted = 0;
        long points = 0;
        for (PointsGrantCsv.Row row : file.rows()) {
            if (ledger.adjust(storeCode, customers.get(row), row.points(), row.reason(), actor,
                    "csv:" + file.id() + ":" + row.number())) {
                granted++;
                points += row.points();
            }
        }
        return new PointsGrantResult(file.id(), file.rows().size(), granted, file.rows().size() - granted, points);
    }

    /** Each row's customer id, in two queries; an unknown customer names its row. */
    private Map<PointsGrantCsv.Row, Long> customers(String storeCode, List<PointsGrantCsv.Row> rows,
            List<Violation> violations) {
        Set<Long> ids = rows.stream().map(PointsGrantCsv.Row::customerId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> emails = rows.stream().filter(row -> row.customer() != null && row.customerId() == null)
                .map(PointsGrantCsv.Row::customer).collect(Collectors.toSet());
        Map<Long, MemberSummary> byId = members.findAll(storeCode, ids);
        Map<String, MemberSummary> byEmail = members.findByEmails(storeCode, emails);
        Map<PointsGrantCsv.Row, Long> found = new HashMap<>();
        for (PointsGrantCsv.Row row : rows) {
            if (row.customer() == null) {
                continue;
            }
            MemberSummary member = row.customerId() != null ? byId.get(row.customerId())
                    : byEmail.get(row.customer().toLowerCase(Locale.ROOT));
            if (member == null) {
                violations.add(new Violation("rows[" + row.number() + "].customer", UNKNOWN_CUSTOMER,
                        row.customer()));
            } else {
                found.put(row, member.getCustomerId());
            }
        }
        return found;
    }
}
