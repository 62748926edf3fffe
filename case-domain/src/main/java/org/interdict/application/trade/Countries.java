package org.interdict.application.trade;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Countries as customs files write them: an ISO 3166 code of two or three letters ({@code CN}, {@code CHN}),
 * or a name in English or Russian ({@code CHINA}, {@code RUSSIAN FEDERATION}, {@code КИТАЙ}, {@code Турция})
 * as the JDK's CLDR data names countries, plus a small table of customs spellings CLDR does not use
 * ({@code HONG KONG, CHINA}, {@code TURKEY}, {@code KOREA, REPUBLIC OF}, {@code UAE}, …). Case, accents,
 * punctuation and spacing do not matter.
 */
final class Countries {

    /**
     * Customs and trade-data spellings (UN Comtrade, vendors' exports, Russian customs) that CLDR names
     * otherwise: the project's own table.
     */
    private static final String[][] ALIASES = {
            {"HONG KONG CHINA", "HK"}, {"CHINA HONG KONG SAR", "HK"}, {"HONG KONG SAR CHINA", "HK"}, {"MACAO CHINA", "MO"},
            {"TAIWAN PROVINCE OF CHINA", "TW"}, {"CHINESE TAIPEI", "TW"}, {"TURKEY", "TR"}, {"TURKIYE", "TR"},
            {"RUSSIA", "RU"}, {"RUSSIAN FEDERATION", "RU"}, {"RF", "RU"}, {"РФ", "RU"}, {"РОССИЯ", "RU"},
            {"KOREA REPUBLIC OF", "KR"}, {"REPUBLIC OF KOREA", "KR"}, {"SOUTH KOREA", "KR"}, {"KOREA", "KR"},
            {"KOREA DEMOCRATIC PEOPLES REPUBLIC OF", "KP"}, {"NORTH KOREA", "KP"}, {"DPRK", "KP"},
            {"UAE", "AE"}, {"UNITED ARAB EMIRATES", "AE"}, {"ОАЭ", "AE"}, {"USA", "US"}, {"UNITED STATES OF AMERICA", "US"},
            {"США", "US"}, {"UK", "GB"}, {"GREAT BRITAIN", "GB"}, {"ВЕЛИКОБРИТАНИЯ", "GB"},
            {"IRAN ISLAMIC REPUBLIC OF", "IR"}, {"IRAN", "IR"}, {"VIET NAM", "VN"}, {"CZECH REPUBLIC", "CZ"},
            {"MOLDOVA REPUBLIC OF", "MD"}, {"KYRGYZ REPUBLIC", "KG"}, {"KIRGHIZIA", "KG"}, {"КИРГИЗИЯ", "KG"},
            {"BELORUSSIA", "BY"}, {"BYELORUSSIA", "BY"}, {"БЕЛОРУССИЯ", "BY"}, {"SYRIAN ARAB REPUBLIC", "SY"},
            {"LAO PEOPLES DEMOCRATIC REPUBLIC", "LA"}, {"TANZANIA UNITED REPUBLIC OF", "TZ"}, {"HOLLAND", "NL"}};

    private static final Map<String, String> BY_KEY = table();

    private Countries() {
    }

    /** The ISO 3166 alpha-2 code of a country as written, or null when no country is written so. */
    static String code(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        return BY_KEY.get(key(written));
    }

    private static Map<String, String> table() {
        Map<String, String> table = new HashMap<>();
        Locale english = Locale.ENGLISH;
        Locale russian = Locale.forLanguageTag("ru");
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            table.put(key(code), code);
            table.put(key(country.getISO3Country()), code);
            table.putIfAbsent(key(country.getDisplayCountry(english)), code);
            table.putIfAbsent(key(country.getDisplayCountry(russian)), code);
        }
        for (String[] alias : ALIASES) {
            table.put(key(alias[0]), alias[1]);
        }
        return Map.copyOf(table);
    }

    /** Upper case, accents and punctuation away, words joined by single spaces. */
    private static String key(String written) {
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        // Й and Ё lose their marks in NFKD too; both sides of the table are folded alike.
        return folded.toUpperCase(Locale.ROOT).replaceAll("[’'`]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
