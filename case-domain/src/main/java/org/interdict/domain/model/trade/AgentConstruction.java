package org.interdict.domain.model.trade;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name field that names two parties: an agent and the principal it acts for. Customs clerks write
 * the forwarder or trading house that filed the declaration together with the company it filed for —
 * {@code ALFA TRADING LLC BY ORDER OF OOO ROMASHKA}, {@code ООО "АЛЬФА" П/П ООО "РОМАШКА"},
 * {@code ROMASHKA LLC C/O ALFA FREIGHT LTD} — and both are parties an analyst wants to see.
 *
 * <p>Strong markers (BY ORDER OF, ON BEHALF OF, O/B, C/O, П/П, ПО ПОРУЧЕНИЮ, В ИНТЕРЕСАХ, ОТ ИМЕНИ …)
 * mean an agent wherever they stand between two words. The weak ones (FOR, ДЛЯ) also join ordinary
 * names ({@code CENTER FOR STRATEGIC STUDIES}, {@code ООО "ТОВАРЫ ДЛЯ ДОМА"}), so they split a name
 * only where each side looks like a party of its own: a legal form at its start or end, or a name in
 * quotes. No marker inside quotes splits a name. Registry numbers stay with the side they are written
 * on; {@link RegistryNumbers} takes them out of each side.
 */
public final class AgentConstruction {

    /** Which side of the marker the agent is on. */
    private enum Order { AGENT_FIRST, PRINCIPAL_FIRST }

    /** A marker: its canonical form, how it orders the parties, whether it needs a legal form on each side. */
    private record Marker(String canonical, Order order, boolean weak, String regex) {
    }

    private static final String NOT_IN_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_IN_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final String O = "[OО]";

    /** Longer markers first, so that FOR AND ON BEHALF OF is not read as FOR. */
    private static final Marker[] MARKERS = {
            new Marker("FOR AND ON BEHALF OF", Order.AGENT_FIRST, false, "FOR\\s+AND\\s+ON\\s+BEHALF\\s+OF"),
            new Marker("ОТ ИМЕНИ И ПО ПОРУЧЕНИЮ", Order.AGENT_FIRST, false, "ОТ\\s+ИМЕНИ\\s+И\\s+ПО\\s+ПОРУЧЕНИЮ"),
            new Marker("BY ORDER OF", Order.AGENT_FIRST, false, "BY\\s+ORDER\\s+OF"),
            new Marker("ON BEHALF OF", Order.AGENT_FIRST, false, "ON\\s+BEHALF\\s+OF"),
            new Marker("FOR ACCOUNT OF", Order.AGENT_FIRST, false, "(?:FOR|ON)\\s+(?:THE\\s+)?ACCOUNT\\s+OF"),
            new Marker("O/B", Order.AGENT_FIRST, false, O + "\\s?/\\s?[BВ]"),
            new Marker("П/П", Order.AGENT_FIRST, false, "П\\s?/\\s?П"),
            new Marker("ПО ПОРУЧЕНИЮ", Order.AGENT_FIRST, false, "ПО\\s+ПОРУЧЕНИЮ"),
            new Marker("В ИНТЕРЕСАХ", Order.AGENT_FIRST, false, "В\\s+ИНТЕРЕСАХ"),
            new Marker("ОТ ИМЕНИ", Order.AGENT_FIRST, false, "ОТ\\s+ИМЕНИ"),
            new Marker("C/O", Order.PRINCIPAL_FIRST, false, "[CС]\\s?/\\s?" + O),
            new Marker("CARE OF", Order.PRINCIPAL_FIRST, false, "CARE\\s+OF"),
            new Marker("FOR", Order.AGENT_FIRST, true, "FOR"),
            new Marker("ДЛЯ", Order.AGENT_FIRST, true, "ДЛЯ"),
    };

    private static final Pattern ANY_MARKER;

    static {
        StringBuilder alternatives = new StringBuilder();
        for (int i = 0; i < MARKERS.length; i++) {
            alternatives.append(i == 0 ? "" : "|").append("(").append(MARKERS[i].regex()).append(")");
        }
        ANY_MARKER = Pattern.compile("(?iu)" + NOT_IN_WORD_BEFORE + "(?:" + alternatives + ")" + NOT_IN_WORD_AFTER);
    }

    /**
     * Legal forms that make a side of a weak marker a party of its own, as written at the start or end of
     * a name, in capitals and without dots (L.L.C. is LLC, A.Ş. is AŞ, LTD. ŞTİ. ends in ŞTİ).
     */
    private static final Set<String> LEGAL_FORMS = Set.of(
            // English and international
            "LLC", "LTD", "LIMITED", "INC", "CORP", "CORPORATION", "PLC", "LLP", "LP", "JSC", "CJSC", "OJSC", "PJSC",
            "GMBH", "AG", "KG", "SA", "SAS", "SARL", "SRL", "SPA", "BV", "NV", "AB", "OY", "AS", "PTE", "PVT", "FZE", "FZCO",
            "SRO", "UAB", "SIA", "OU", "KFT", "MMC",
            // Russia, in Latin and Cyrillic
            "OOO", "ООО", "AO", "АО", "ZAO", "ЗАО", "OAO", "ОАО", "PAO", "ПАО", "NAO", "НАО", "IP", "ИП", "ЧП",
            // Kazakhstan
            "TOO", "ТОО", "ЖШС", "АҚ",
            // Uzbekistan
            "MCHJ", "МЧЖ", "XK", "ХК", "QK", "AJ", "АЖ", "XAJ", "ХАЖ",
            // Türkiye
            "AŞ", "ŞTİ", "STI",
            // Armenia
            "ՍՊԸ", "ՓԲԸ", "ԲԲԸ");

    private static final Pattern QUOTED_NAME = Pattern.compile("^\\s*[\"«“„'].*[\"»”“']\\s*$", Pattern.DOTALL);

    private AgentConstruction() {
    }

    /**
     * The parties a name field names: the principal, and the agent acting for it with the marker that
     * said so (canonical: {@code BY ORDER OF}, {@code C/O}, {@code П/П}, …). A name of one party is its
     * own principal, with no agent and no marker.
     */
    public record Split(String principal, String agent, String marker) {

        /** Whether the name named an agent besides its principal. */
        public boolean hasAgent() {
            return agent != null;
        }
    }

    /** The principal and agent in a name as written; the name alone where it names one party. */
    public static Split of(String name) {
        if (name == null || name.isBlank()) {
            return new Split(name, null, null);
        }
        boolean[] quoted = quoted(name);
        Matcher m = ANY_MARKER.matcher(name);
        Split weak = null;
        while (m.find()) {
            if (quoted[m.start()]) {
                continue;
            }
            Marker marker = marker(m);
            String before = side(name.substring(0, m.start()));
            String after = side(name.substring(m.end()));
            if (before.isEmpty() || after.isEmpty() || !hasLetter(before) || !hasLetter(after)) {
                continue;
            }
            if (marker.weak() && !(party(before) && party(after))) {
                continue;
            }
            Split split = marker.order() == Order.AGENT_FIRST
                    ? new Split(after, before, marker.canonical()) : new Split(before, after, marker.canonical());
            if (!marker.weak()) {
                return split;
            }
            if (weak == null) {
                weak = split;
            }
        }
        return weak != null ? weak : new Split(name.strip(), null, null);
    }

    private static Marker marker(Matcher m) {
        for (int i = 0; i < MARKERS.length; i++) {
            if (m.group(i + 1) != null) {
                return MARKERS[i];
            }
        }
        throw new IllegalStateException("a marker matched without a group");
    }

    /**
     * A side without the spaces and separators around it, nor the bracket the marker stood in:
     * {@code ROMASHKA LLC (C/O ALFA FREIGHT LTD)} is ROMASHKA LLC and ALFA FREIGHT LTD.
     */
    private static String side(String text) {
        String side = text;
        String trimmed;
        do {
            trimmed = side;
            side = side.replaceAll("^[\\s,;:/\\\\\\-–—]+|[\\s,;:/\\\\\\-–—]+$", "");
            side = unmatched(side, '(', ')');
            side = unmatched(side, ')', '(');
        } while (!side.equals(trimmed));
        return side;
    }

    /** The text without a bracket at its start or end that nothing matches. */
    private static String unmatched(String text, char bracket, char other) {
        if (text.isEmpty() || text.chars().filter(c -> c == bracket).count() <= text.chars().filter(c -> c == other).count()) {
            return text;
        }
        if (text.charAt(text.length() - 1) == bracket) {
            return text.substring(0, text.length() - 1);
        }
        return text.charAt(0) == bracket ? text.substring(1) : text;
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** Whether a side looks like a party of its own: a legal form at its start or end, or a name in quotes. */
    static boolean party(String side) {
        String name = RegistryNumbers.in(side).name();
        String[] words = name.toUpperCase(Locale.ROOT).replace(".", "").split("[^\\p{L}\\p{N}]+");
        int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        if (first >= words.length) {
            return false;
        }
        if (LEGAL_FORMS.contains(words[first]) || LEGAL_FORMS.contains(words[words.length - 1])) {
            return true;
        }
        return QUOTED_NAME.matcher(name).matches();
    }

    /**
     * For each character, whether it stands inside quotes: «» nest, straight double quotes open and
     * close in turn, „ opens and “ or ” closes it, “ opens and ” closes it.
     */
    private static boolean[] quoted(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        int guillemets = 0;
        boolean straight = false;
        char curly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opens = false;
            if (c == '«') {
                guillemets++;
                opens = true;
            } else if (c == '»') {
                guillemets = Math.max(0, guillemets - 1);
            } else if (c == '"') {
                straight = !straight;
                opens = straight;
            } else if (c == '„' || c == '“' && curly == 0) {
                curly = c;
                opens = true;
            } else if ((c == '“' || c == '”') && curly != 0) {
                curly = 0;
            }
            inside[i] = opens || guillemets > 0 || straight || curly != 0;
        }
        return inside;
    }
}
