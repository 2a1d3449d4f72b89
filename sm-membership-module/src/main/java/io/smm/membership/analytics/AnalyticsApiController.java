package io.smm.membership.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.web.MembershipApi;

/**
 * The owner's analytics settings and RFM segments ({@code /api/v1/private/**}, admin JWT): one 400 names every broken
 * field; a run asked for while one runs answers 409.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/analytics")
class AnalyticsApiController {

    private final CurrentOwner owner;
    private final AnalyticsSettingsService settings;
    private final RfmGridService grids;
    private final RfmRuns runs;
    private final RfmReport report;

    AnalyticsApiController(CurrentOwner owner, AnalyticsSettingsService settings, RfmGridService grids, RfmRuns runs,
            RfmReport report) {
        this.owner = owner;
        this.settings = settings;
        this.grids = grids;
        this.runs = runs;
        this.report = report;
    }

    @GetMapping("/settings")
    Map<String, Object> settings() {
        return settings.view(owner.get().storeCode());
    }

    @PutMapping("/settings")
    Map<String, Object> saveSettings(@RequestBody AnalyticsSettingsDraft draft) {
        return settings.save(owner.get().storeCode(), draft);
    }

    @GetMapping("/rfm/grid")
    Map<String, Object> grid() {
        return RfmGridService.view(grids.get(owner.get().storeCode()));
    }

    @PutMapping("/rfm/grid")
    Map<String, Object> saveGrid(@RequestBody RfmGridDraft draft) {
        return RfmGridService.view(grids.save(owner.get().storeCode(), draft));
    }

    @PostMapping("/rfm/runs")
    ResponseEntity<Map<String, Object>> run() {
        Owner current = owner.get();
        long runId = runs.request(current.storeCode(), current.name());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", runId));
    }

    @GetMapping("/rfm/runs/latest")
    ResponseEntity<Map<String, Object>> latest() {
        return ResponseEntity.of(report.latest(owner.get().storeCode()));
    }

    @GetMapping("/rfm/segments")
    Map<String, Object> segments() {
        String store = owner.get().storeCode();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sizes", report.sizes(store));
        view.put("moves", report.moves(store));
        view.put("lastRun", report.latest(store).orElse(null));
        return view;
    }
}
