package io.smm.membership.admin.affiliates;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import io.smm.membership.admin.web.BarChart;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.PeriodForm;
import io.smm.membership.commissions.ReportCsv;
import io.smm.membership.commissions.ReportDay;
import io.smm.membership.commissions.ReportService;
import io.smm.membership.commissions.ReportView;
import io.smm.membership.time.DayPeriod;
import io.smm.membership.web.InvalidInputException;

/**
 * An affiliate's report on its page: totals, commission by state, and clicks and orders per day drawn as a bar
 * chart with the same numbers (and the commission) in a table; and the same days as a CSV file.
 */
final class AffiliateReports {

    static final String PERIOD_FORM = "reportPeriodForm";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportService reports;
    private final MessageSource messages;

    AffiliateReports(ReportService reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    /**
     * Adds the report of the period asked for; a date that is none, or a period the wrong way round or too long,
     * is shown next to its field, with the report of the last 30 days.
     */
    void addTo(Model model, String store, long affiliateId, PeriodForm asked, BindingResult result,
            Locale locale) {
        DayPeriod period;
        try {
            period = reports.period(asked.getFrom(), asked.getTo());
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            period = reports.period(null, null);
        }
        add(model, store, affiliateId, period, locale);
    }

    /** Adds the report of the last 30 days, with the period's form empty. */
    void addLastDays(Model model, String store, long affiliateId, Locale locale) {
        model.addAttribute(PERIOD_FORM, new PeriodForm());
        add(model, store, affiliateId, reports.period(null, null), locale);
    }

    private void add(Model model, String store, long affiliateId, DayPeriod period, Locale locale) {
        ReportView report = reports.report(store, affiliateId, period);
        List<String> days = report.getDays().stream().map(ReportDay::getDate).collect(Collectors.toList());
        model.addAttribute("report", report);
        model.addAttribute("period", period);
        model.addAttribute("conversion", percent(report.getConversionRate()));
        model.addAttribute("dailyChart", BarChart.of(days,
                List.of(message("membership.admin.affiliate.report.clicks", locale),
                        message("membership.admin.affiliate.report.orders", locale)),
                List.of(report.getDays().stream().map(ReportDay::getClicks).collect(Collectors.toList()),
                        report.getDays().stream().map(ReportDay::getOrders).collect(Collectors.toList()))));
    }

    /** The report's days as {@link ReportCsv}; a broken period answers 400 as the JSON does. */
    void writeCsv(String store, long affiliateId, String from, String to, HttpServletResponse response)
            throws IOException {
        DayPeriod period = reports.period(from, to);
        ReportCsv.write(reports.report(store, affiliateId, period), ReportCsv.download(response, affiliateId,
                period));
    }

    /** Orders over clicks as a percent without trailing zeros ({@code 2.5}); null when there was no click. */
    static String percent(BigDecimal ratio) {
        return ratio == null ? null : ratio.multiply(HUNDRED).stripTrailingZeros().toPlainString();
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
