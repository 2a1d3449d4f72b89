package io.smm.membership.groups;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/** Page requests from query parameters: page from 0, size from 1 to 100. */
public final class Paging {

    public static final int MAX_PAGE_SIZE = 100;

    private Paging() {
    }

    public static PageRequest request(int page, int size, Sort sort) {
        if (page < 0) {
            throw new InvalidInputException(new Violation("page", "membership.page.negative"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(new Violation("size", "membership.page.size", MAX_PAGE_SIZE));
        }
        if ((long) (page + 1) * size > Integer.MAX_VALUE) {
            throw new InvalidInputException(new Violation("page", "membership.page.too-far"));
        }
        return PageRequest.of(page, size, sort);
    }
}
