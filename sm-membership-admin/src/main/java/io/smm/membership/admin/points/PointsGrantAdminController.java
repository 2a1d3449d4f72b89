package io.smm.membership.admin.points;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.points.PointsOwnerService;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.MessageArguments;
import io.smm.membership.web.Violation;

/**
 * Points granted from a CSV file: every broken row is listed with its field and nothing is granted; a file
 * granted before grants nothing again, and the summary says so.
 */
@Controller
@RequestMapping(PointsPaths.GRANTS)
class PointsGrantAdminController {

    private final CurrentOwner owner;
    private final PointsOwnerService points;

    PointsGrantAdminController(CurrentOwner owner, PointsOwnerService points) {
        this.owner = owner;
        this.points = points;
    }

    @GetMapping
    String page() {
        return "membership/points/grants";
    }

    @PostMapping
    String grant(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        Owner current = owner.get();
        try {
            model.addAttribute("result", points.grant(current.storeCode(),
                    new String(file.getBytes(), StandardCharsets.UTF_8), current.name()));
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.violations().stream()
                    .map(RowProblem::of).sorted(RowProblem.IN_FILE_ORDER).collect(Collectors.toList()));
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        return "membership/points/grants";
    }

    /**
     * One problem as the page lists it: the row (null for the whole file), the column (null for the whole row), and
     * the message key with its arguments.
     */
    public static final class RowProblem {

        /** The file's problems first, then by row; a row's problems as the service named them. */
        static final Comparator<RowProblem> IN_FILE_ORDER = Comparator.comparing(RowProblem::getRow,
                Comparator.nullsFirst(Comparator.naturalOrder()));

        private static final Pattern ROW = Pattern.compile("rows\\[(\\d+)\\](?:\\.(\\w+))?");

        private final Long row;
        private final String column;
        private final String code;
        private final Object[] arguments;

        private RowProblem(Long row, String column, String code, Object[] arguments) {
            this.row = row;
            this.column = column;
            this.code = code;
            this.arguments = arguments;
        }

        static RowProblem of(Violation violation) {
            Matcher where = ROW.matcher(violation.field());
            Object[] arguments = MessageArguments.plain(violation.arguments());
            return where.matches() ? new RowProblem(Long.valueOf(where.group(1)), where.group(2), violation.code(),
                    arguments) : new RowProblem(null, null, violation.code(), arguments);
        }

        public Long getRow() {
            return row;
        }

        public String getColumn() {
            return column;
        }

        public String getCode() {
            return code;
        }

        public Object[] getArguments() {
            return arguments.clone();
        }
    }
}
