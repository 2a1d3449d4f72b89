package io.smm.membership.points;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/** The owner's points settings ({@code /api/v1/private/**}, admin JWT): one 400 names every broken field. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/points/settings")
class PointsSettingsApiController {

    private final CurrentOwner owner;
    private final PointsSettingsService settings;

    PointsSettingsApiController(CurrentOwner owner, PointsSettingsService settings) {
        this.owner = owner;
        this.settings = settings;
    }

    @GetMapping
    Map<String, Object> get() {
        return settings.view(owner.get().storeCode());
    }

    @PutMapping
    Map<String, Object> save(@RequestBody PointsSettingsDraft draft) {
        return settings.save(owner.get().storeCode(), draft);
    }
}
