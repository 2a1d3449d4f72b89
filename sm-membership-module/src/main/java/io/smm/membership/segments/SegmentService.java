package io.smm.membership.segments;

import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smm.membership.analytics.RfmSegment;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.sql.NativeRows;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.SpreadsheetCsv;
import io.smm.membership.web.Violation;

/**
 * Saved segments: the owner's filters over the members' scores (SMM_MEMBER_SCORE, as of the last RFM run), tiers,
 * groups and points, and the members they match, counted, paged and exported by one where-clause.
 */
public class SegmentService {

    static final List<String> CSV_COLUMNS = List.of("member_id", "name", "email", "tier", "rfm_segment",
            "lifetime_spend", "orders", "last_order");
    private static final int CHUNK = 1_000;

    private final SegmentRepository segments;
    private final GroupService groups;
    private final MemberDirectory directory;
    private final CatalogLookupService catalog;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;

    @PersistenceContext
    private EntityManager entityManager;

    SegmentService(SegmentRepository segments, GroupService groups, MemberDirectory directory,
            CatalogLookupService catalog, ObjectMapper json, Clock clock, ZoneId zone) {
        this.segments = segments;
        this.groups = groups;
        this.directory = directory;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
    }

    /** The store's saved segments by name, each with its members counted now. */
    @Transactional(readOnly = true)
    public List<SegmentView> list(String storeCode) {
        return segments.findByStoreCodeOrderByName(storeCode).stream().map(this::view).collect(Collectors.toList());
    }

    @Transactional(readOnly = true)
    public SegmentView get(String storeCode, long id) {
        return view(find(storeCode, id));
    }

    /**
     * @throws InvalidInputException naming every broken field of the draft, and a name the store already uses
     */
    @Transactional
    public SegmentView create(String storeCode, SegmentDraft draft) {
        return save(storeCode, new Segment(storeCode, clock.instant()), draft);
    }

    @Transactional
    public SegmentView update(String storeCode, long id, SegmentDraft draft) {
        return save(storeCode, find(storeCode, id), draft);
    }

    @Transactional
    public void delete(String storeCode, long id) {
        segments.delete(find(storeCode, id));
    }

    /** The segment's filter, as saved. */
    @Transactional(readOnly = true)
    public SegmentDraft filter(String storeCode, long id) {
        return read(find(storeCode, id));
    }

    /** The broken fields of a draft, none when it can be saved as is (the page shows them inline). */
    @Transactional(readOnly = true)
    public List<Violation> problems(String storeCode, Long id, SegmentDraft draft) {
        List<MemberGroup> known = groups.list(storeCode);
        List<Violation> problems = draft.problems(draft.check(codes(known, true), codes(known, false),
                category -> !catalog.categories(storeCode, List.of(category), Locale.ENGLISH).isEmpty()));
        if (draft.getName() != null && segments.findByStoreCodeAndName(storeCode, draft.getName().strip())
                .filter(other -> !other.getId().equals(id)).isPresent()) {
            problems.add(new Violation("name", "membership.segment.name.taken"));
        }
        return problems;
    }

    /** How many members the selection holds now. */
    @Transactional(readOnly = true)
    public long count(String storeCode, SegmentSelection selection) {
        return count(where(storeCode, selection));
    }

    /** A page of the selection's members by customer id. */
    @Transactional(readOnly = true)
    public Page<SegmentMember> members(String storeCode, SegmentSelection selection, Pageable page) {
        SegmentWhere where = where(storeCode, selection);
        List<Object[]> rows = NativeRows.rows(where.bind(entityManager.createNativeQuery(memberSql(where)))
                .setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()));
        return new PageImpl<>(members(storeCode, rows), page, count(where));
    }

    /** Writes the selection's members as CSV ({@link #CSV_COLUMNS}), a chunk at a time. */
    @Transactional(readOnly = true)
    public void writeCsv(String storeCode, SegmentSelection selection, Writer out) {
        SegmentWhere where = where(storeCode, selection);
        SpreadsheetCsv.Rows csv = SpreadsheetCsv.rows(out, CSV_COLUMNS);
        for (int offset = 0;; offset += CHUNK) {
            List<Object[]> rows = NativeRows.rows(where.bind(entityManager.createNativeQuery(memberSql(where)))
                    .setFirstResult(offset).setMaxResults(CHUNK));
            members(storeCode, rows).forEach(member -> csv.print(member.getCustomerId(), member.getName(),
                    member.getEmail(), member.getTier(), member.getRfmSegment(), member.getLifetimeSpend(),
                    member.getLifetimeOrders(), member.getLastOrderAt()));
            if (rows.size() < CHUNK) {
                break;
            }
        }
        csv.flush();
    }

    /** The ids of the saved segment's members now, ascending: what a push snapshots. */
    @Transactional(readOnly = true)
    public List<Long> memberIds(String storeCode, long segmentId) {
        SegmentWhere where = where(storeCode, SegmentSelection.saved(segmentId));
        return NativeRows.rows(where.bind(entityManager.createNativeQuery("select s.CUSTOMER_ID from "
                + SegmentWhere.SCORE + " s where " + where.sql() + " order by s.CUSTOMER_ID"))).stream()
                .map(row -> NativeRows.whole(row[0])).collect(Collectors.toList());
    }

    /** When the store's figures were last scored: the last RFM run's time; empty before the first. */
    @Transactional(readOnly = true)
    public Optional<Instant> scoredAt(String storeCode) {
        Object last = entityManager.createNativeQuery("select max(SCORED_AT) from " + SegmentWhere.SCORE
                + " where STORE_CODE = :store").setParameter("store", storeCode).getSingleResult();
        return Optional.ofNullable(last).map(NativeRows::instant);
    }

    private SegmentView save(String storeCode, Segment segment, SegmentDraft draft) {
        List<Violation> problems = problems(storeCode, segment.getId(), draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            segment.change(draft.getName().strip(), json.writeValueAsString(draft), clock.instant());
        } catch (JsonProcessingException unexpected) {
            throw new IllegalStateException("A segment's filter could not be written as JSON", unexpected);
        }
        return view(segments.saveAndFlush(segment));
    }

    private SegmentView view(Segment segment) {
        return new SegmentView(segment.getId(), segment.getName(), read(segment),
                count(where(segment.getStoreCode(), read(segment))));
    }

    private SegmentDraft read(Segment segment) {
        try {
            return json.readValue(segment.getCriteria(), SegmentDraft.class);
        } catch (JsonProcessingException unexpected) {
            throw new IllegalStateException("Segment " + segment.getId() + " holds a filter that is no JSON",
                    unexpected);
        }
    }

    private Segment find(String storeCode, long id) {
        return segments.findByIdAndStoreCode(id, storeCode)
                .orElseThrow(() -> new NotFoundException("membership.segment.not-found", id));
    }

    private SegmentWhere where(String storeCode, SegmentSelection selection) {
        if (selection.segmentId() != null) {
            return where(storeCode, read(find(storeCode, selection.segmentId())));
        }
        SegmentDraft rfm = new SegmentDraft();
        if (selection.rfm().isBlank()) {
            throw new InvalidInputException(new Violation("rfm", "membership.segment.rfm.required"));
        }
        if (Arrays.stream(RfmSegment.values()).noneMatch(code -> code.name().equals(selection.rfm()))) {
            throw new InvalidInputException(new Violation("rfm", "membership.segment.rfm.unknown", selection.rfm()));
        }
        rfm.setRfmSegments(List.of(selection.rfm()));
        return where(storeCode, rfm);
    }

    /** A saved filter whose groups were deleted since matches on the groups that remain. */
    private SegmentWhere where(String storeCode, SegmentDraft draft) {
        Map<String, MemberGroup> byCode = groups.list(storeCode).stream()
                .collect(Collectors.toMap(MemberGroup::getCode, Function.identity()));
        Set<Long> tierIds = ids(draft.getTiers(), byCode);
        boolean defaultTier = draft.getTiers().stream().map(byCode::get)
                .anyMatch(group -> group != null && group.isDefaultTier());
        return SegmentWhere.of(storeCode, draft, tierIds, defaultTier, ids(draft.getGroups(), byCode),
                LocalDate.now(clock.withZone(zone)), zone);
    }

    private long count(SegmentWhere where) {
        return NativeRows.whole(where.bind(entityManager.createNativeQuery("select count(*) from "
                + SegmentWhere.SCORE + " s where " + where.sql())).getSingleResult());
    }

    private static String memberSql(SegmentWhere where) {
        return "select s.CUSTOMER_ID, s.SEGMENT, s.LIFETIME_SPEND, s.LIFETIME_ORDERS, s.LAST_ORDER_AT,"
                + " (select t.CODE from {h-schema}SMM_MEMBERSHIP m join {h-schema}SMM_MEMBER_GROUP t"
                + " on t.ID = m.GROUP_ID where m.STORE_CODE = s.STORE_CODE and m.CUSTOMER_ID = s.CUSTOMER_ID"
                + " and m.TIER_SLOT is not null) from " + SegmentWhere.SCORE + " s where " + where.sql()
                + " order by s.CUSTOMER_ID";
    }

    private List<SegmentMember> members(String storeCode, List<Object[]> rows) {
        Map<Long, MemberSummary> people = directory.findAll(storeCode, rows.stream()
                .map(row -> NativeRows.whole(row[0])).collect(Collectors.toList()));
        String defaultTier = groups.defaultTier(storeCode).map(MemberGroup::getCode).orElse(null);
        List<SegmentMember> members = new ArrayList<>();
        for (Object[] row : rows) {
            long id = NativeRows.whole(row[0]);
            MemberSummary person = people.get(id);
            members.add(new SegmentMember(id, person == null ? null : fullName(person),
                    person == null ? null : person.getEmail(), row[5] == null ? defaultTier : (String) row[5],
                    (String) row[1], (BigDecimal) row[2], (int) NativeRows.whole(row[3]),
                    row[4] == null ? null : NativeRows.instant(row[4])));
        }
        return members;
    }

    private static String fullName(MemberSummary person) {
        String name = ((person.getFirstName() == null ? "" : person.getFirstName()) + " "
                + (person.getLastName() == null ? "" : person.getLastName())).strip();
        return name.isEmpty() ? person.getNick() : name;
    }

    private static Set<Long> ids(List<String> codes, Map<String, MemberGroup> byCode) {
        return codes.stream().map(byCode::get).filter(group -> group != null).map(MemberGroup::getId)
                .collect(Collectors.toSet());
    }

    private static Set<String> codes(List<MemberGroup> known, boolean tiers) {
        return known.stream().filter(group -> group.isTier() == tiers && !group.isGuestGroup())
                .map(MemberGroup::getCode).collect(Collectors.toSet());
    }
}
