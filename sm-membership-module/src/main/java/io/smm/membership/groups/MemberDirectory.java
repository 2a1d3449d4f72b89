package io.smm.membership.groups;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The host's customers, read-only, as membership needs them. Implemented in the host seam. */
public interface MemberDirectory {

    Optional<MemberSummary> find(String storeCode, long customerId);

    /** The store's customers among {@code customerIds}, by id, in one query; ids of no customer are left out. */
    Map<Long, MemberSummary> findAll(String storeCode, Collection<Long> customerIds);

    /**
     * The store's customers with these e-mails (any case), in one query, keyed by the e-mail lower-cased; e-mails of
     * no customer are left out.
     */
    Map<String, MemberSummary> findByEmails(String storeCode, Collection<String> emails);

    /**
     * Customers of a store whose name, login or e-mail contains {@code text} (any, when blank), optionally only
     * those in one group: members of a tier include the customers who have no tier row and so hold the default tier.
     */
    Page<MemberSummary> search(String storeCode, String text, GroupFilter filter, Pageable page);

    /** Which customers a search keeps. */
    final class GroupFilter {

        private final Long groupId;
        private final boolean defaultTier;

        private GroupFilter(Long groupId, boolean defaultTier) {
            this.groupId = groupId;
            this.defaultTier = defaultTier;
        }

        public static GroupFilter any() {
            return new GroupFilter(null, false);
        }

        public static GroupFilter of(MemberGroup group) {
            return new GroupFilter(group.getId(), group.isDefaultTier());
        }

        public boolean isAny() {
            return groupId == null;
        }

        public Long groupId() {
            return groupId;
        }

        public boolean isDefaultTier() {
            return defaultTier;
        }
    }
}
