package io.smm.membership.admin.groups;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.web.Notice;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.segments.SegmentSelection;

/**
 * The members list's segment filter as the address gives it: a saved segment's id ({@code segment}) or an RFM
 * segment's code ({@code rfm}), kept as typed so that the page can name one the store does not have.
 */
final class SegmentFilter {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final String segment;
    private final String rfm;

    private SegmentFilter(String segment, String rfm) {
        this.segment = segment;
        this.rfm = rfm;
    }

    static SegmentFilter of(String segment, String rfm) {
        return new SegmentFilter(segment, rfm);
    }

    /** The members the filter selects; empty when its segment cannot be an id (letters) or neither is given. */
    static Optional<SegmentSelection> selection(String segment, String rfm) {
        if (segment != null) {
            return ID.matcher(segment).matches() ? Optional.of(SegmentSelection.saved(Long.parseLong(segment)))
                    : Optional.empty();
        }
        return rfm == null ? Optional.empty() : Optional.of(SegmentSelection.rfm(rfm));
    }

    Optional<SegmentSelection> selection() {
        return selection(segment, rfm);
    }

    /** What the list says of a filter that selects nothing the store has. */
    NotFoundException unknown() {
        return new NotFoundException("membership.segment.not-found", segment);
    }

    Notice error() {
        return segment != null ? Notice.error("membership.admin.member.filter.segment.unknown", segment)
                : Notice.error("membership.admin.member.filter.rfm.unknown", rfm);
    }

    /** {@code path} with this filter's parameter, for the pager and the CSV link. */
    UriComponentsBuilder link(String path) {
        return segment != null ? UriComponentsBuilder.fromPath(path).queryParam("segment", segment)
                : UriComponentsBuilder.fromPath(path).queryParam("rfm", rfm);
    }

    /** The saved segment's id as given; null when filtering by an RFM segment. */
    public String getSegment() {
        return segment;
    }

    /** The RFM segment's code as given; null when filtering by a saved segment. */
    public String getRfm() {
        return rfm;
    }
}
