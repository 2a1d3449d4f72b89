package io.smm.membership.tiers;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/** The owner's tier settings and ladder, read and saved as one ({@code /api/v1/private/**}). */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/tiers")
class TierOwnerApiController {

    private final CurrentOwner owner;
    private final TierService tiers;
    private final GroupService groups;
    private final TierJob job;
    private final TierJobSchedule schedule;
    private final SpendBackfill backfill;
    private final TierPreviewer previewer;

    TierOwnerApiController(CurrentOwner owner, TierService tiers, GroupService groups, TierJob job,
            TierJobSchedule schedule, SpendBackfill backfill, TierPreviewer previewer) {
        this.owner = owner;
        this.tiers = tiers;
        this.groups = groups;
        this.job = job;
        this.schedule = schedule;
        this.backfill = backfill;
        this.previewer = previewer;
    }

    @GetMapping
    TierSetup get() {
        return setup(owner.get().storeCode());
    }

    @PutMapping
    TierSetup save(@RequestBody TierSetup setup) {
        String store = owner.get().storeCode();
        tiers.save(store, setup, setup.getTiers());
        return setup(store);
    }

    /** What saving this setup would do to the members now, moving nobody: the owner's "what if". */
    @PostMapping("/preview")
    TierPreview preview(@RequestBody TierSetup setup) {
        return previewer.preview(owner.get().storeCode(), setup, setup.getTiers());
    }

    /** The daily job's current or last run: status, start, end, customers evaluated and moved. */
    @GetMapping("/job")
    TierJobView jobState() {
        return TierJobView.of(job.state(owner.get().storeCode()));
    }

    /** Runs the store's job now, in the background; it resumes a run cut short. */
    @PostMapping("/job")
    @ResponseStatus(HttpStatus.ACCEPTED)
    TierJobView runJob() {
        String store = owner.get().storeCode();
        schedule.runJobNow(store);
        return TierJobView.of(job.state(store));
    }

    /** How far the backfill of orders from before the install went, on whichever instance runs it. */
    @GetMapping("/backfill")
    SpendBackfill.BackfillProgress backfillProgress() {
        return backfill.progress(owner.get().storeCode());
    }

    /** Counts the store's older orders, then re-evaluates everyone, in the background; running it again is safe. */
    @PostMapping("/backfill")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SpendBackfill.BackfillProgress runBackfill() {
        String store = owner.get().storeCode();
        schedule.runBackfillNow(store);
        return backfill.progress(store);
    }

    private TierSetup setup(String store) {
        List<MemberGroup> ladder = groups.list(store).stream().filter(MemberGroup::isTier)
                .sorted(Comparator.comparing(MemberGroup::getRank)).collect(Collectors.toList());
        return TierSetup.of(tiers.settings(store), tiers.rules(store), ladder, tiers.shownAmounts(store));
    }
}
