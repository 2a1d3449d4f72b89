package io.smm.membership.admin.points;

import java.io.IOException;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.BarChart;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.PeriodForm;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.points.LiabilityMonth;
import io.smm.membership.points.LiabilityView;
import io.smm.membership.points.PointsReportCsv;
import io.smm.membership.points.PointsReports;
import io.smm.membership.web.InvalidInputException;

/**
 * The owner's points reports (docs/points.md, "Reports"): the liability per month as a bar chart of its cash value
 * with the numbers in a table, and the members whose points expire soon, page by page; both as CSV files. A broken
 * month or number of days shows next to its field, with the report of the defaults.
 */
@Controller
class PointsReportsAdminController {

    static final String LIABILITY = AdminPaths.ROOT + "/points/liability";
    static final String EXPIRING = AdminPaths.ROOT + "/points/expiring";

    private final CurrentOwner owner;
    private final PointsReports reports;
    private final MessageSource messages;

    PointsReportsAdminController(CurrentOwner owner, PointsReports reports, MessageSource messages) {
        this.owner = owner;
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping(LIABILITY)
    String liability(@ModelAttribute("monthsForm") PeriodForm form, BindingResult errors, Model model,
            Locale locale) {
        String store = owner.get().storeCode();
        LiabilityView report;
        try {
            report = reports.liability(store, form.getFrom(), form.getTo());
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(errors, invalid);
            report = reports.liability(store, null, null);
        }
        List<LiabilityMonth> months = report.getMonths();
        model.addAttribute("report", report);
        // the chart's axis counts whole units of the currency; the table has the exact amounts
        model.addAttribute("chart", BarChart.of(months.stream().map(LiabilityMonth::getMonth)
                .collect(Collectors.toList()), List.of(message("membership.admin.points.liability.cash", locale)),
                List.of(months.stream().map(month -> month.getCashValue().setScale(0, RoundingMode.HALF_UP)
                        .longValue()).collect(Collectors.toList()))));
        return "membership/points/liability";
    }

    @GetMapping(LIABILITY + ".csv")
    void liabilityCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) throws IOException {
        PointsReportCsv.writeLiability(reports.liability(owner.get().storeCode(), from, to), response);
    }

    @GetMapping(EXPIRING)
    String expiring(@ModelAttribute("daysForm") DaysForm form, BindingResult errors,
            @RequestParam(required = false) String after, Model model) {
        PointsReports.ExpiringQuery query;
        try {
            query = reports.expiringQuery(form.getDays(), after, null);
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(errors, invalid);
            query = reports.expiringQuery(null, null, null);
        }
        model.addAttribute("page", reports.expiring(owner.get().storeCode(), query));
        model.addAttribute("firstPage", after == null || after.isBlank());
        return "membership/points/expiring";
    }

    @GetMapping(EXPIRING + ".csv")
    void expiringCsv(@RequestParam(required = false) String days, HttpServletResponse response) throws IOException {
        int within = reports.expiringQuery(days, null, null).days();
        reports.writeExpiringCsv(owner.get().storeCode(), within, PointsReportCsv.expiringDownload(response, within));
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    /** How many days ahead the expiring list looks, blank for 30. */
    public static class DaysForm {

        private String days;

        public String getDays() {
            return days;
        }

        public void setDays(String days) {
            this.days = days;
        }
    }
}
