package io.smm.membership.points;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/** The owner's points campaigns ({@code /api/v1/private/**}, admin JWT), times in the store's time zone. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/points/campaigns")
class PointsCampaignApiController {

    private final CurrentOwner owner;
    private final PointsCampaignService campaigns;

    PointsCampaignApiController(CurrentOwner owner, PointsCampaignService campaigns) {
        this.owner = owner;
        this.campaigns = campaigns;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return campaigns.list(owner.get().storeCode()).stream().map(this::view).collect(Collectors.toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody PointsCampaignDraft draft) {
        return view(campaigns.create(owner.get().storeCode(), draft));
    }

    @PutMapping("/{id}")
    Map<String, Object> update(@PathVariable long id, @RequestBody PointsCampaignDraft draft) {
        return view(campaigns.update(owner.get().storeCode(), id, draft));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        campaigns.delete(owner.get().storeCode(), id);
    }

    private Map<String, Object> view(PointsCampaignView campaign) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", campaign.getId());
        view.put("name", campaign.getName());
        view.put("startsAt", campaign.getStartsAt().toString());
        view.put("endsAt", campaign.getEndsAt().toString());
        view.put("timeZone", campaigns.zone().getId());
        view.put("multiplier", campaign.getMultiplier().toPlainString());
        view.put("categoryIds", campaign.getCategoryIds());
        view.put("groupIds", campaign.getGroupIds());
        return view;
    }
}
