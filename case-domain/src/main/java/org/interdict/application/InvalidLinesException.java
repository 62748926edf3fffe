package org.interdict.application;

import java.util.List;

/**
 * A file was refused because some of its lines break a rule, and nothing of it was kept: each bad line
 * is named by its number with what is wrong with it, so that the sender can mend them all at once.
 * The message sums them up in words for callers that show one sentence.
 */
public class InvalidLinesException extends InvalidInputException {

    /** One bad line: its number in the file (1 for the header) and what is wrong with it. */
    public record LineProblem(long line, String message) {
    }

    private final List<LineProblem> problems;
    private final long total;

    /**
     * @param problems the bad lines reported, in file order (a caller may report only the first ones)
     * @param total    how many lines were bad in all
     */
    public InvalidLinesException(String summary, List<LineProblem> problems, long total) {
        super(summary);
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public List<LineProblem> problems() {
        return problems;
    }

    /** How many lines were bad in all; more than {@link #problems()} holds when only the first were reported. */
    public long total() {
        return total;
    }
}
