package io.smm.membership.commissions;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/** The owner's commission JSON: approving their store's due commissions now, without waiting for the daily run. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/affiliates/commissions")
class CommissionOwnerApiController {

    private final CurrentOwner owner;
    private final CommissionApproval approval;

    CommissionOwnerApiController(CurrentOwner owner, CommissionApproval approval) {
        this.owner = owner;
        this.approval = approval;
    }

    /** {@code {approved: n}}; 409 while another node runs the approval. */
    @PostMapping("/approve-due")
    Map<String, Object> approveDue() {
        int approved = approval.approveDue(owner.get().storeCode());
        if (approved < 0) {
            throw new ConflictException("membership.commission.approval-running");
        }
        return Map.of("approved", approved);
    }
}
