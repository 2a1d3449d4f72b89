package io.smm.membership.admin.web;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Previous and next links of a paged list. The links are context-relative (templates pass them through
 * {@code @{...}}), built from the list's own path and filters rather than from the current request, so they stay
 * right on a page re-rendered after a failed POST.
 */
public final class Pager {

    private final int number;
    private final int totalPages;
    private final long totalElements;
    private final String previous;
    private final String next;

    private Pager(Page<?> page, UriComponentsBuilder list) {
        this.number = page.getNumber();
        this.totalPages = page.getTotalPages();
        this.totalElements = page.getTotalElements();
        this.previous = page.hasPrevious() ? link(list, page.getNumber() - 1) : null;
        this.next = page.hasNext() ? link(list, page.getNumber() + 1) : null;
    }

    /** @param list the list's path and its filter parameters, without {@code page} */
    public static Pager of(Page<?> page, UriComponentsBuilder list) {
        return new Pager(page, list);
    }

    private static String link(UriComponentsBuilder list, int page) {
        return list.cloneBuilder().replaceQueryParam("page", page).build().encode().toUriString();
    }

    /** The page shown, counted from 1. */
    public int getNumber() {
        return number + 1;
    }

    public int getTotalPages() {
        return Math.max(totalPages, 1);
    }

    public long getTotalElements() {
        return totalElements;
    }

    public String getPrevious() {
        return previous;
    }

    public String getNext() {
        return next;
    }
}
