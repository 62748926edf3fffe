package org.interdict.web.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The syntax of media types in headers (RFC 9110, section 8.3.1 and 12.5.1), checked before anything parses them. */
final class MediaTypes {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[^\"\\\\]|\\\\.)*\"";
    private static final Pattern PARAMETER = Pattern.compile("\\s*;\\s*(" + TOKEN + ")=(" + TOKEN + "|" + QUOTED + ")");
    /** A type and subtype; a lone {@code *} too, which older clients (Java's URLConnection) send for any type. */
    private static final Pattern TYPE = Pattern.compile("\\s*(?:" + TOKEN + "/" + TOKEN + "|\\*)");
    /** A weight from 0 to 1 with at most three decimals, also written without its leading zero (.2). */
    private static final Pattern QUALITY = Pattern.compile("0?\\.\\d{1,3}|0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    private MediaTypes() {
    }

    /** An Accept header: media ranges separated by commas, each with an optional weight q between 0 and 1. */
    static boolean validList(String header) {
        for (String range : header.split(",", -1)) {
            if (!valid(range, true)) {
                return false;
            }
        }
        return true;
    }

    /** A Content-Type header: one media type; a weight means nothing there. */
    static boolean validSingle(String header) {
        return valid(header, false);
    }

    private static boolean valid(String text, boolean weighted) {
        Matcher type = TYPE.matcher(text);
        if (!type.lookingAt()) {
            return false;
        }
        int at = type.end();
        Matcher parameter = PARAMETER.matcher(text);
        while (at < text.length() && parameter.find(at) && parameter.start() == at) {
            if (parameter.group(1).equalsIgnoreCase("q") && (!weighted || !QUALITY.matcher(parameter.group(2)).matches())) {
                return false;
            }
            at = parameter.end();
        }
        return text.substring(at).isBlank();
    }
}
