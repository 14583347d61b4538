package org.openwfm.forecast;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openwfm.shared.error.Problem;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;

/**
 * The answer to an upload with problems: every problem found, reading errors and rule breaks together, in the
 * uploader's order, and nothing stored. Forecasts and actuals refuse alike.
 */
public final class UploadRefusal {

    /** An answer listing more than this many problems helps nobody; the detail still gives the total. */
    static final int MAX_LISTED_ERRORS = 1000;

    private static final Pattern ARRAY_INDEX = Pattern.compile("\\[(\\d+)]");

    private UploadRefusal() {}

    /** 413 before any row is checked: an upload with more rows than allowed is refused whole. */
    public static void requireAtMostRows(int rows, int maxRows) {
        if (rows > maxRows) {
            throw ProblemException.tooLarge("An upload may hold at most " + maxRows + " rows");
        }
    }

    /**
     * @param slug the problem type, such as {@code invalid-forecast}
     * @param title its title, such as "Forecast refused"
     */
    public static ProblemException of(List<Violation> errors, String slug, String title) {
        List<Violation> ordered = errors.stream()
                .sorted(Comparator.comparingInt(UploadRefusal::position))
                .limit(MAX_LISTED_ERRORS)
                .toList();
        long badRows = errors.stream()
                .map(v -> v.line() != null ? "l" + v.line() : v.field())
                .distinct()
                .count();
        String detail = errors.size() + " problem(s) in " + badRows + " place(s); nothing was stored"
                + (errors.size() > MAX_LISTED_ERRORS ? " (the first " + MAX_LISTED_ERRORS + " are listed)" : "");
        return new ProblemException(Problem.of(400, slug, title, detail, ordered));
    }

    /** Line of a CSV problem, or array index of a JSON one, so problems are listed in the uploader's order. */
    private static int position(Violation v) {
        if (v.line() != null) {
            return v.line();
        }
        Matcher index = ARRAY_INDEX.matcher(v.field());
        return index.find() ? Integer.parseInt(index.group(1)) : -1;
    }
}
