package io.smm.membership.admin.points;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.points.PointsCampaignDraft;
import io.smm.membership.points.PointsCampaignView;

/**
 * The campaign page's form: the window as the browser's local date-time inputs send it, the categories as ids
 * separated by commas, the groups as checks. Text that does not read is named on the draft's field.
 */
public class PointsCampaignForm extends PointsCampaignDraft {

    private String starts = "";
    private String ends = "";
    private String categories = "";

    static PointsCampaignForm of(PointsCampaignView campaign) {
        PointsCampaignForm form = new PointsCampaignForm();
        form.setName(campaign.getName());
        form.starts = campaign.getStartsAt().toString();
        form.ends = campaign.getEndsAt().toString();
        form.setMultiplier(campaign.getMultiplier());
        form.categories = campaign.getCategoryIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
        form.setGroupIds(new ArrayList<>(campaign.getGroupIds()));
        return form;
    }

    /** Reads the entered texts into the draft's fields; what does not read is named unreadable. */
    void read() {
        setStartsAt(dateTime("startsAt", starts));
        setEndsAt(dateTime("endsAt", ends));
        List<Long> ids = new ArrayList<>();
        for (String id : Arrays.stream(categories.split(",")).map(String::strip).filter(text -> !text.isEmpty())
                .collect(Collectors.toList())) {
            try {
                ids.add(Long.valueOf(id));
            } catch (NumberFormatException notAnId) {
                markUnreadable(FieldErrors.unreadable("categoryIds"));
                return;
            }
        }
        setCategoryIds(ids);
    }

    private LocalDateTime dateTime(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            markUnreadable(FieldErrors.unreadable(field));
            return null;
        }
    }

    public String getStarts() {
        return starts;
    }

    public void setStarts(String starts) {
        this.starts = starts == null ? "" : starts;
    }

    public String getEnds() {
        return ends;
    }

    public void setEnds(String ends) {
        this.ends = ends == null ? "" : ends;
    }

    public String getCategories() {
        return categories;
    }

    public void setCategories(String categories) {
        this.categories = categories == null ? "" : categories;
    }
}
