package io.smm.membership.admin.rfm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.HorizontalBarChart;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.analytics.AnalyticsSettingsDraft;
import io.smm.membership.analytics.AnalyticsSettingsService;
import io.smm.membership.analytics.RfmGrid;
import io.smm.membership.analytics.RfmGridDraft;
import io.smm.membership.analytics.RfmGridService;
import io.smm.membership.analytics.RfmReport;
import io.smm.membership.analytics.RfmRuns;
import io.smm.membership.analytics.RfmSegment;
import io.smm.membership.errors.ConflictException;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.web.InvalidInputException;

/**
 * The owner's RFM segments on one page: the latest run and a button to score now, members per segment (chart and
 * table, each segment leading to its members), the moves of the latest run, the analytics settings and the grid
 * that names a segment for every R and FM score. A form with errors shows the page again with every broken field
 * marked.
 */
@Controller
class RfmAdminController {

    static final String PAGE = "membership/rfm/page";
    static final String SETTINGS_FORM = "settingsForm";
    static final String GRID_FORM = "gridForm";
    /** The moves the chart draws, most first; the table lists them all. */
    static final int CHARTED_MOVES = 5;
    /** How often the page asks again while a scoring runs. */
    static final int REFRESH_SECONDS = 3;
    private static final List<Integer> RECENCY_SCORES = List.of(5, 4, 3, 2, 1);
    private static final List<Integer> FM_SCORES = List.of(1, 2, 3, 4, 5);

    private final CurrentOwner owner;
    private final AnalyticsSettingsService settings;
    private final RfmGridService grids;
    private final RfmRuns runs;
    private final RfmReport report;
    private final MessageSource messages;

    RfmAdminController(CurrentOwner owner, AnalyticsSettingsService settings, RfmGridService grids, RfmRuns runs,
            RfmReport report, MessageSource messages) {
        this.owner = owner;
        this.settings = settings;
        this.grids = grids;
        this.runs = runs;
        this.report = report;
        this.messages = messages;
    }

    @GetMapping(AdminPaths.RFM)
    String page(Model model, Locale locale) {
        String store = owner.get().storeCode();
        model.addAttribute(SETTINGS_FORM, AnalyticsSettingsDraft.of(settings.get(store)));
        model.addAttribute(GRID_FORM, draft(grids.get(store)));
        return page(store, model, locale);
    }

    /** Another node scoring now is no error: the owner is told a run is under way. */
    @PostMapping(AdminPaths.RFM + "/runs")
    String score(RedirectAttributes flash) {
        Owner current = owner.get();
        try {
            long runId = runs.request(current.storeCode(), current.name());
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.rfm.run.started", runId));
        } catch (ConflictException running) {
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.rfm.run.busy"));
        }
        return "redirect:" + AdminPaths.RFM;
    }

    @PostMapping(AdminPaths.RFM + "/settings")
    String saveSettings(@ModelAttribute(SETTINGS_FORM) AnalyticsSettingsDraft form, BindingResult result,
            Model model, Locale locale, RedirectAttributes flash) {
        FieldErrors.markUnbound(result, form);
        String store = owner.get().storeCode();
        try {
            settings.save(store, form);
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.rfm.settings.saved"));
            return "redirect:" + AdminPaths.RFM + "#rfm-settings";
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            model.addAttribute(GRID_FORM, draft(grids.get(store)));
            return page(store, model, locale);
        }
    }

    @PostMapping(AdminPaths.RFM + "/grid")
    String saveGrid(@ModelAttribute(GRID_FORM) RfmGridDraft form, BindingResult result, Model model, Locale locale,
            RedirectAttributes flash) {
        String store = owner.get().storeCode();
        fillGaps(form);
        try {
            grids.save(store, form);
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.rfm.grid.saved"));
            return "redirect:" + AdminPaths.RFM + "#rfm-grid";
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            model.addAttribute(SETTINGS_FORM, AnalyticsSettingsDraft.of(settings.get(store)));
            return page(store, model, locale);
        }
    }

    @PostMapping(AdminPaths.RFM + "/grid/reset")
    String resetGrid(RedirectAttributes flash) {
        grids.save(owner.get().storeCode(), draft(RfmGrid.builtIn()));
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.rfm.grid.reset-done"));
        return "redirect:" + AdminPaths.RFM + "#rfm-grid";
    }

    private String page(String store, Model model, Locale locale) {
        Map<String, String> names = SegmentNames.of(messages, locale);
        Map<String, Long> sizes = report.sizes(store);
        long allMembers = sizes.values().stream().mapToLong(Long::longValue).sum();
        List<SegmentShare> shares = Arrays.stream(RfmSegment.values()).map(segment -> new SegmentShare(
                segment.name(), names.get(segment.name()), sizes.get(segment.name()), allMembers))
                .collect(Collectors.toList());
        List<SegmentMove> moves = new ArrayList<>();
        for (Map<String, Object> move : report.moves(store)) {
            moves.add(new SegmentMove(names.get(codeOrUnscored(move.get("from"))),
                    names.get(codeOrUnscored(move.get("to"))), (Long) move.get("members")));
        }
        List<SegmentMove> charted = moves.subList(0, Math.min(CHARTED_MOVES, moves.size()));
        model.addAttribute("run", report.latest(store).map(RunSummary::new).orElse(null));
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        model.addAttribute("shares", shares);
        model.addAttribute("unscored", new SegmentShare(RfmReport.UNSCORED, names.get(RfmReport.UNSCORED),
                sizes.get(RfmReport.UNSCORED), allMembers));
        model.addAttribute("allMembers", allMembers);
        model.addAttribute("sizesChart", HorizontalBarChart.of(
                shares.stream().map(SegmentShare::getName).collect(Collectors.toList()),
                shares.stream().map(SegmentShare::getMembers).collect(Collectors.toList())));
        model.addAttribute("moves", moves);
        model.addAttribute("movesChart", HorizontalBarChart.of(
                charted.stream().map(SegmentMove::label).collect(Collectors.toList()),
                charted.stream().map(SegmentMove::getMembers).collect(Collectors.toList())));
        model.addAttribute("settingsSavedAt", settings.view(store).get("updatedAt"));
        model.addAttribute("segmentNames", names);
        model.addAttribute("segmentCodes", Arrays.stream(RfmSegment.values()).map(Enum::name)
                .collect(Collectors.toList()));
        model.addAttribute("recencyScores", RECENCY_SCORES);
        model.addAttribute("fmScores", FM_SCORES);
        return PAGE;
    }

    private static String codeOrUnscored(Object code) {
        return code == null ? RfmReport.UNSCORED : (String) code;
    }

    /**
     * Makes the posted grid 5 × 5, a cell the request left out standing empty: the page then names it like a cell
     * naming no segment, and has a cell for every select it draws.
     */
    private static void fillGaps(RfmGridDraft form) {
        List<List<String>> posted = form.getRows() == null ? List.of() : form.getRows();
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < FM_SCORES.size(); row++) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < FM_SCORES.size(); column++) {
                boolean sent = row < posted.size() && posted.get(row) != null && column < posted.get(row).size();
                cells.add(sent ? posted.get(row).get(column) : null);
            }
            rows.add(cells);
        }
        form.setRows(rows);
    }

    private static RfmGridDraft draft(RfmGrid grid) {
        RfmGridDraft draft = new RfmGridDraft();
        draft.setRows(grid.rows());
        return draft;
    }
}
