package org.interdict.infrastructure.elasticsearch.names;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Chinese name romanised as an analyst types it: pinyin without tones, syllables grouped into words
 * and the words in title case (深圳市天目物流有限公司 → "Shenzhen Shi Tianmu Wuliu Youxian Gongsi"), not
 * one syllable per word as ICU writes it ("shen zhen shi tian mu wu liu you xian gong si").
 *
 * <p>Words are found by longest match in a small table of the words company names are made of (cities,
 * trades, legal forms: {@link #WORDS}); the Han characters between them (brands, transliterated foreign
 * names) are grouped in runs of up to three syllables, run together. Pinyin from ICU
 * ({@code Han-Latin; Latin-ASCII}).
 */
final class GroupedPinyin {

    /** Han words written as one word in pinyin (or as the words given, for the legal form). */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("有限公司", "Youxian Gongsi"), Map.entry("股份", "Gufen"), Map.entry("公司", "Gongsi"),
            Map.entry("有限", "Youxian"), Map.entry("集团", "Jituan"), Map.entry("科技", "Keji"),
            Map.entry("贸易", "Maoyi"), Map.entry("物流", "Wuliu"), Map.entry("电子", "Dianzi"),
            Map.entry("进出口", "Jinchukou"), Map.entry("实业", "Shiye"), Map.entry("精密", "Jingmi"),
            Map.entry("机械", "Jixie"), Map.entry("工业", "Gongye"), Map.entry("技术", "Jishu"),
            Map.entry("发展", "Fazhan"), Map.entry("投资", "Touzi"), Map.entry("控股", "Konggu"),
            Map.entry("制造", "Zhizao"), Map.entry("设备", "Shebei"), Map.entry("材料", "Cailiao"),
            Map.entry("化工", "Huagong"), Map.entry("航空", "Hangkong"), Map.entry("研究所", "Yanjiusuo"),
            Map.entry("研究院", "Yanjiuyuan"), Map.entry("大学", "Daxue"), Map.entry("中国", "Zhongguo"),
            Map.entry("国际", "Guoji"), Map.entry("电气", "Dianqi"), Map.entry("供应链", "Gongyinglian"),
            Map.entry("管理", "Guanli"), Map.entry("五金", "Wujin"), Map.entry("机电", "Jidian"),
            Map.entry("自动化", "Zidonghua"), Map.entry("网络", "Wangluo"), Map.entry("医疗", "Yiliao"),
            Map.entry("器械", "Qixie"), Map.entry("包装", "Baozhuang"), Map.entry("塑胶", "Sujiao"),
            Map.entry("纺织", "Fangzhi"), Map.entry("汽车", "Qiche"), Map.entry("配件", "Peijian"),
            Map.entry("半导体", "Bandaoti"), Map.entry("深圳", "Shenzhen"), Map.entry("广州", "Guangzhou"),
            Map.entry("东莞", "Dongguan"), Map.entry("宁波", "Ningbo"), Map.entry("义乌", "Yiwu"),
            Map.entry("厦门", "Xiamen"), Map.entry("杭州", "Hangzhou"), Map.entry("苏州", "Suzhou"),
            Map.entry("香港", "Xianggang"), Map.entry("上海", "Shanghai"), Map.entry("北京", "Beijing"),
            Map.entry("佛山", "Foshan"), Map.entry("青岛", "Qingdao"), Map.entry("天津", "Tianjin"),
            Map.entry("市", "Shi"));
    private static final int LONGEST = 4;
    private static final ThreadLocal<Transliterator> PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

    private GroupedPinyin() {
    }

    /** The name in grouped pinyin, words in title case; characters that are not Han are kept. */
    static String grouped(String han) {
        List<String> words = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < han.length()) {
            String word = null;
            for (int length = Math.min(LONGEST, han.length() - i); length >= 1 && word == null; length--) {
                word = WORDS.get(han.substring(i, i + length));
                if (word != null) {
                    flush(run, words);
                    words.add(word);
                    i += length;
                }
            }
            if (word != null) {
                continue;
            }
            char c = han.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                run.append(c);
            } else {
                flush(run, words);
                if (Character.isLetterOrDigit(c)) {
                    int end = i;
                    while (end < han.length() && Character.isLetterOrDigit(han.charAt(end))
                            && Character.UnicodeScript.of(han.charAt(end)) != Character.UnicodeScript.HAN) {
                        end++;
                    }
                    words.add(han.substring(i, end));
                    i = end;
                    continue;
                }
            }
            i++;
        }
        flush(run, words);
        return String.join(" ", words);
    }

    /** One word per syllable, as ICU writes it but in title case ("Shen Zhen Shi Tian Mu …"). */
    static String syllables(String han) {
        List<String> words = new ArrayList<>();
        for (String syllable : PINYIN.get().transliterate(han).split("[^A-Za-z0-9]+")) {
            if (!syllable.isEmpty()) {
                words.add(title(syllable));
            }
        }
        return String.join(" ", words);
    }

    /** A run of Han characters outside the table: words of up to three syllables, two where it is longer. */
    private static void flush(StringBuilder run, List<String> words) {
        int i = 0;
        while (i < run.length()) {
            int length = run.length() - i <= 3 ? run.length() - i : 2;
            words.add(title(PINYIN.get().transliterate(run.substring(i, i + length)).replaceAll("[^A-Za-z0-9]", "")));
            i += length;
        }
        run.setLength(0);
    }

    private static String title(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
