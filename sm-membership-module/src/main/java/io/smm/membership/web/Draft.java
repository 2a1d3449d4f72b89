package io.smm.membership.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A body an owner or shopper sends, read one field at a time ({@link DraftDeserializer}): a value that cannot be
 * read (letters for a number, a date that is none) leaves its field unset and is named in {@link #unreadable()}, so
 * the service still checks every other field and answers all problems at once.
 */
@JsonDeserialize(using = DraftDeserializer.class)
public abstract class Draft {

    private final List<Violation> unreadable = new ArrayList<>();

    /** The fields whose values could not be read, each with the reason. */
    public List<Violation> unreadable() {
        return List.copyOf(unreadable);
    }

    /** Names a field whose value could not be read (by the body reader, or a page's binding). */
    public void markUnreadable(Violation violation) {
        unreadable.add(violation);
    }

    /**
     * Every problem of this draft: its unreadable fields, and the {@code checked} violations of the others. A field
     * that could not be read is left unset, so what the rules say of it (required...) would only repeat it.
     */
    public List<Violation> problems(List<Violation> checked) {
        List<Violation> problems = new ArrayList<>(unreadable);
        problems.addAll(checked.stream().filter(violation -> unreadable.stream()
                .noneMatch(unset -> covers(unset.field(), violation.field()))).collect(Collectors.toList()));
        return problems;
    }

    /**
     * @throws InvalidInputException naming the unreadable fields and the {@code checked} violations, if any
     */
    public void requireNoProblems(List<Violation> checked) {
        List<Violation> problems = problems(checked);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean covers(String unset, String field) {
        return field.equals(unset) || field.startsWith(unset + ".") || field.startsWith(unset + "[");
    }
}
