package io.smm.membership.segments;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import javax.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.PageView;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.SpreadsheetCsv;

/** The owner's saved segments: create, change, delete, list with counts, and their members as a page or CSV. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/segments")
class SegmentApiController {

    private final CurrentOwner owner;
    private final SegmentService segments;

    SegmentApiController(CurrentOwner owner, SegmentService segments) {
        this.owner = owner;
        this.segments = segments;
    }

    @GetMapping
    List<SegmentView> list() {
        return segments.list(store());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SegmentView create(@RequestBody SegmentDraft draft) {
        return segments.create(store(), draft);
    }

    @GetMapping("/{id}")
    SegmentView get(@PathVariable long id) {
        return segments.get(store(), id);
    }

    @PutMapping("/{id}")
    SegmentView update(@PathVariable long id, @RequestBody SegmentDraft draft) {
        return segments.update(store(), id, draft);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        segments.delete(store(), id);
    }

    /** The members of a saved segment ({@code segment}) or of one RFM segment ({@code rfm}). */
    @GetMapping("/members")
    PageView<SegmentMember> members(@RequestParam(required = false) Long segment,
            @RequestParam(required = false) String rfm, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(segments.members(store(), selection(segment, rfm), Paging.request(page, size,
                Sort.unsorted())), Function.identity());
    }

    @GetMapping("/members.csv")
    void membersCsv(@RequestParam(required = false) Long segment, @RequestParam(required = false) String rfm,
            HttpServletResponse response) throws IOException {
        segments.writeCsv(store(), selection(segment, rfm), SpreadsheetCsv.download(response, "members.csv"));
    }

    private static SegmentSelection selection(Long segment, String rfm) {
        return segment != null ? SegmentSelection.saved(segment) : SegmentSelection.rfm(rfm == null ? "" : rfm);
    }

    private String store() {
        return owner.get().storeCode();
    }
}
