package io.smm.membership.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;


/** Reads that join the host's customers with their groups, for the owner's JSON and pages. */
public class MemberQueries {

    private final MemberDirectory directory;
    private final MembershipService memberships;
    private final GroupService groups;
    private final MessageSource messages;

    MemberQueries(MemberDirectory directory, MembershipService memberships, GroupService groups,
            MessageSource messages) {
        this.directory = directory;
        this.memberships = memberships;
        this.groups = groups;
        this.messages = messages;
    }

    /** One page of a store's customers, filtered by text and group code (blank: all). */
    @Transactional(readOnly = true)
    public Page<MemberView> search(String storeCode, String text, String groupCode, int page, int size,
            Locale locale) {
        PageRequest pageRequest = Paging.request(page, size, Sort.by("customerId"));
        MemberDirectory.GroupFilter filter = groupCode == null || groupCode.isBlank()
                ? MemberDirectory.GroupFilter.any()
                : MemberDirectory.GroupFilter.of(groups.getByCode(storeCode, groupCode));
        Page<MemberSummary> found = directory.search(storeCode, text == null ? "" : text.trim(), filter,
                pageRequest);
        List<Long> ids = found.getContent().stream().map(MemberSummary::getCustomerId).collect(Collectors.toList());
        Map<Long, MemberStatus> statuses = memberships.statusesOf(storeCode, ids);
        List<MemberView> views = found.getContent().stream()
                .map(member -> MemberView.of(member, statuses.get(member.getCustomerId()), locale))
                .collect(Collectors.toList());
        return new PageImpl<>(views, found.getPageable(), found.getTotalElements());
    }

    @Transactional(readOnly = true)
    public MemberView member(String storeCode, long customerId, Locale locale) {
        MemberSummary member = memberships.member(storeCode, customerId);
        return MemberView.of(member, memberships.statusOf(storeCode, customerId), locale);
    }

    /** A member with the history of their groups, newest first: what the owner's JSON answers about one member. */
    @Transactional(readOnly = true)
    public Map<String, Object> detail(String storeCode, long customerId, Locale locale) {
        MemberView member = member(storeCode, customerId, locale);
        List<ChangeView> history = memberships.history(storeCode, customerId).stream()
                .map(change -> ChangeView.of(change, messages, locale)).collect(Collectors.toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("member", member);
        body.put("history", history);
        return body;
    }
}
