package org.interdict.domain.model.party;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;
import java.util.Objects;

/**
 * Another name a party goes by, in the script it is written in: {@code ООО "Сильва"} (Cyrillic),
 * {@code 武汉高德红外股份有限公司} (Han), {@code Silva LLC} (Latin). The script is detected from the name
 * when not given, so that search can treat each script as it needs.
 */
@Embeddable
public class Alias {

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "script", nullable = false, length = 24)
    private String script;

    @Column(name = "language", length = 8)
    private String language;

    protected Alias() {
        // for JPA
    }

    public Alias(String name, String script, String language) {
        this.name = Text.required(name, "An alias needs a name", "an alias", 300);
        this.script = script == null || script.isBlank() ? detectScript(this.name) : Text.required(script, "A script is a name such as Latin, Cyrillic or Han", "an alias's script", 24);
        this.language = language == null || language.isBlank() ? null : Text.required(language, "A language is a code such as ru or zh", "an alias's language", 8).toLowerCase(Locale.ROOT);
    }

    /** The script most letters of the name are written in, e.g. {@code Latin}, {@code Cyrillic}, {@code Han}. */
    public static String detectScript(String name) {
        int[] counts = new int[Character.UnicodeScript.values().length];
        name.codePoints().filter(Character::isLetter)
                .forEach(cp -> counts[Character.UnicodeScript.of(cp).ordinal()]++);
        int best = Character.UnicodeScript.COMMON.ordinal();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        String script = Character.UnicodeScript.values()[best].name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(script.charAt(0)) + script.substring(1);
    }

    public String name() {
        return name;
    }

    public String script() {
        return script;
    }

    public String language() {
        return language;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Alias alias && name.equals(alias.name) && script.equals(alias.script)
                && Objects.equals(language, alias.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, script, language);
    }

    @Override
    public String toString() {
        return name + " [" + script + (language == null ? "" : ", " + language) + "]";
    }
}
