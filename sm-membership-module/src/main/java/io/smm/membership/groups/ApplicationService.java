package io.smm.membership.groups;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.errors.RefusedException;
import io.smm.membership.identity.Shopper;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * Shoppers asking to join groups that are open to them, and owners deciding. A group open without approval is
 * joined at once; one that needs approval waits for an owner. At most one application per customer and group
 * is pending, and only one owner can decide it.
 */
public class ApplicationService {

    private final GroupService groups;
    private final MembershipService memberships;
    private final GroupApplicationRepository applications;
    private final Clock clock;

    ApplicationService(GroupService groups, MembershipService memberships, GroupApplicationRepository applications,
            Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.applications = applications;
        this.clock = clock;
    }

    /** The groups of the shopper's store that shoppers may apply to. */
    @Transactional(readOnly = true)
    public List<MemberGroup> openGroups(String storeCode) {
        return groups.list(storeCode).stream().filter(MemberGroup::isOpenToApply)
                .collect(java.util.stream.Collectors.toList());
    }

    @Transactional
    public GroupApplication apply(Shopper shopper, String groupCode, String message) {
        long customerId = shopper.customerId()
                .orElseThrow(() -> new RefusedException("membership.shopper.login-required"));
        if (groupCode == null || groupCode.isBlank()) {
            throw new InvalidInputException(new Violation("group", "membership.application.group.required"));
        }
        Texts.checkLength("message", message);
        MemberGroup group = groups.getByCode(shopper.storeCode(), groupCode);
        if (!group.isOpenToApply()) {
            throw new ConflictException("membership.application.group-closed", group.getCode());
        }
        if (memberships.statusOf(shopper.storeCode(), customerId).isIn(group)) {
            throw new ConflictException("membership.application.already-member", group.getCode());
        }
        if (applications.existsByCustomerIdAndGroupAndStatus(customerId, group, GroupApplication.Status.PENDING)) {
            throw new ConflictException("membership.application.already-pending", group.getCode());
        }
        Instant now = clock.instant();
        GroupApplication application = new GroupApplication(customerId, group, Texts.blankToNull(message),
                now);
        if (!group.isNeedsApproval()) {
            application.approveAutomatically(now);
            memberships.enter(shopper.storeCode(), customerId, group, Actor.shopper(customerId),
                    "membership.history.reason.open-group");
        }
        try {
            return applications.saveAndFlush(application);
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("membership.application.already-pending", group.getCode());
        }
    }

    @Transactional(readOnly = true)
    public List<GroupApplication> mine(Shopper shopper) {
        long customerId = shopper.customerId()
                .orElseThrow(() -> new RefusedException("membership.shopper.login-required"));
        return applications.findByStoreCodeAndCustomerIdOrderByCreatedAtDescIdDesc(shopper.storeCode(), customerId);
    }

    @Transactional(readOnly = true)
    public Page<GroupApplication> inStore(String storeCode, GroupApplication.Status status, Pageable page) {
        return applications.findByStoreCodeAndStatus(storeCode, status, page);
    }

    @Transactional(readOnly = true)
    public GroupApplication get(String storeCode, long id) {
        return applications.findByIdAndStoreCode(id, storeCode)
                .orElseThrow(() -> new NotFoundException("membership.application.not-found", id));
    }

    /** Approves a pending application and puts the applicant in the group, in one transaction. */
    @Transactional
    public GroupApplication approve(String storeCode, long id, Actor owner) {
        GroupApplication application = decide(storeCode, id, GroupApplication.Status.APPROVED, owner, null);
        memberships.enter(storeCode, application.getCustomerId(), application.getGroup(), owner,
                "membership.history.reason.application-approved");
        return application;
    }

    @Transactional
    public GroupApplication reject(String storeCode, long id, Actor owner, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(new Violation("reason", "membership.application.reason.required"));
        }
        Texts.checkLength("reason", reason);
        return decide(storeCode, id, GroupApplication.Status.REJECTED, owner, reason.trim());
    }

    private GroupApplication decide(String storeCode, long id, GroupApplication.Status decision, Actor owner,
            String reason) {
        GroupApplication application = get(storeCode, id);
        int decided = applications.decide(id, storeCode, decision, owner.name(), reason, clock.instant());
        if (decided == 0) {
            throw new ConflictException("membership.application.already-decided", application.getId(),
                    application.getStatus());
        }
        return get(storeCode, id);
    }
}
