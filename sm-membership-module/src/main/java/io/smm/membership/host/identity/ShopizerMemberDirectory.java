package io.smm.membership.host.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MemberSummary;

/** Reads the host's {@code Customer} entities (docs/host-seams.md#host-tables-we-read) with JPQL; never writes them. */
public class ShopizerMemberDirectory implements MemberDirectory {

    private static final String SUMMARY = "select c.id, c.nick, c.emailAddress, c.billing.firstName,"
            + " c.billing.lastName";
    private static final String MATCHING = " from Customer c where c.merchantStore.code = :store"
            + " and (:text = '' or lower(c.emailAddress) like :like or lower(c.nick) like :like"
            + " or lower(c.billing.firstName) like :like or lower(c.billing.lastName) like :like)";
    private static final String IN_GROUP = " and exists (select m.id from SmmMembership m"
            + " where m.customerId = c.id and m.group.id = :groupId)";
    private static final String IN_DEFAULT_TIER = " and not exists (select m.id from SmmMembership m"
            + " where m.customerId = c.id and m.tierSlot = 1 and m.group.id <> :groupId)";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<MemberSummary> find(String storeCode, long customerId) {
        List<Object[]> found = entityManager
                .createQuery(SUMMARY + " from Customer c where c.id = :id and c.merchantStore.code = :store",
                        Object[].class)
                .setParameter("id", customerId).setParameter("store", storeCode).getResultList();
        return found.stream().findFirst().map(ShopizerMemberDirectory::summary);
    }

    @Override
    public Map<Long, MemberSummary> findAll(String storeCode, Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery(SUMMARY + " from Customer c where c.id in :ids and c.merchantStore.code = :store",
                        Object[].class)
                .setParameter("ids", customerIds).setParameter("store", storeCode).getResultList().stream()
                .map(ShopizerMemberDirectory::summary)
                .collect(Collectors.toMap(MemberSummary::getCustomerId, Function.identity()));
    }

    @Override
    public Map<String, MemberSummary> findByEmails(String storeCode, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        Set<String> lowered = emails.stream().map(email -> email.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return entityManager
                .createQuery(SUMMARY + " from Customer c where lower(c.emailAddress) in :emails"
                        + " and c.merchantStore.code = :store", Object[].class)
                .setParameter("emails", lowered).setParameter("store", storeCode).getResultList().stream()
                .map(ShopizerMemberDirectory::summary)
                .collect(Collectors.toMap(member -> member.getEmail().toLowerCase(Locale.ROOT), Function.identity(),
                        (first, second) -> first));
    }

    @Override
    public Page<MemberSummary> search(String storeCode, String text, GroupFilter filter, Pageable page) {
        String where = MATCHING + (filter.isAny() ? "" : filter.isDefaultTier() ? IN_DEFAULT_TIER : IN_GROUP);
        TypedQuery<Long> count = entityManager.createQuery("select count(c)" + where, Long.class);
        TypedQuery<Object[]> rows = entityManager.createQuery(SUMMARY + where + " order by c.id", Object[].class);
        bind(count, storeCode, text, filter);
        bind(rows, storeCode, text, filter);
        List<MemberSummary> content = rows.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize())
                .getResultList().stream().map(ShopizerMemberDirectory::summary).collect(Collectors.toList());
        return new PageImpl<>(content, page, count.getSingleResult());
    }

    private static void bind(TypedQuery<?> query, String storeCode, String text, GroupFilter filter) {
        query.setParameter("store", storeCode).setParameter("text", text)
                .setParameter("like", "%" + text.toLowerCase(Locale.ROOT) + "%");
        if (!filter.isAny()) {
            query.setParameter("groupId", filter.groupId());
        }
    }

    private static MemberSummary summary(Object[] row) {
        return new MemberSummary((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4]);
    }
}
