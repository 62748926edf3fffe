package org.interdict.infrastructure.elasticsearch.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Made-up but realistic company names for the harness's precision sets, seeded so that every run builds
 * the same ones: Chinese (city + two-syllable brand + trade words + legal form, in English, in pinyin or
 * in Han) and Russian (legal form + brand + trade words, sometimes a city; in BGN-style Latin, in English
 * or in Cyrillic with «»). Most of each name is generic: what tells two companies apart is the brand.
 *
 * <p>Chinese brands are two characters of {@link #CN_BRAND} (each with one pinyin syllable, no two alike,
 * and none that would run into the table words of {@link GroupedPinyin}); the Han name is city + 市 +
 * brand + trade + 有限公司. Russian brands are a prefix (sometimes two) and a suffix of {@link #RU_PREFIX}
 * and {@link #RU_SUFFIX} run together (Tekhsnab, Neftegazresurs) or a word of {@link #RU_WORD} (Romashka,
 * Vostok), each with its Cyrillic.
 */
final class SyntheticCompanies {

    /** How a company's name is written. */
    enum Style { ENGLISH, PINYIN, HAN, TRANSLIT, CYRILLIC }

    /** A made-up company: its brand in Latin and in its own script, and which generic words it uses. */
    record Company(String brand, String nativeBrand, int city, boolean withCity, int trade, int form, Style style) {
    }

    /** Ways a positive query departs from the name as listed. */
    record Changes(boolean typo, boolean split, boolean dropTrade, boolean dropForm, boolean otherForm,
            boolean reorder, boolean upper, boolean punctuation) {
        static final Changes NONE = new Changes(false, false, false, false, false, false, false, false);
    }

    /**
     * The characters brands are made of, common in company names, none of them the first character of a
     * word of {@link GroupedPinyin#WORDS} that could run into the trade word. Their pinyin is ICU's (as
     * the matcher would read them); characters whose pinyin another one already has are left out.
     */
    static final String[][] CN_BRAND = brandCharacters(
            "天目新浩华宏达瑞盛恒博泰嘉永利金源丰德富明龙凯晨辉联通成安顺祥兴昌创志卓宇奥威腾骏润朗琪森磊振彩"
            + "康益铁银菲帆普捷优思拓迈云尚泽鹏灿百贝本滨冰苍策岑超楚聪翠丹道登迪鼎都端敦多恩尔方芬甘港高格耕"
            + "贡古冠桂果汉禾虎环煌吉建江骄景久聚可坤兰林凌柳路洛曼茂梦米淼敏墨纳楠欧攀沛品平乾强桥勤清秋泉然"
            + "仁荣如赛桑山韶申石寿舒松素穗坦唐涛庭万旺文武喜夏先晓协秀旭轩雪雅燕阳耀叶英悦赞展章昭正忠舟竹紫"
            + "宗佐");
    /** Han, pinyin, English. */
    static final String[][] CN_CITY = {
        {"深圳", "Shenzhen", "Shenzhen"}, {"广州", "Guangzhou", "Guangzhou"}, {"东莞", "Dongguan", "Dongguan"},
        {"宁波", "Ningbo", "Ningbo"}, {"义乌", "Yiwu", "Yiwu"}, {"厦门", "Xiamen", "Xiamen"},
        {"杭州", "Hangzhou", "Hangzhou"}, {"苏州", "Suzhou", "Suzhou"}, {"香港", "Xianggang", "Hong Kong"},
        {"上海", "Shanghai", "Shanghai"}, {"佛山", "Foshan", "Foshan"}, {"青岛", "Qingdao", "Qingdao"},
        {"天津", "Tianjin", "Tianjin"}, {"北京", "Beijing", "Beijing"},
    };
    /** Han, grouped pinyin, English. */
    static final String[][] CN_TRADE = {
        {"科技", "Keji", "Technology"}, {"贸易", "Maoyi", "Trading"}, {"物流", "Wuliu", "Logistics"},
        {"电子", "Dianzi", "Electronics"}, {"进出口", "Jinchukou", "Import and Export"},
        {"实业", "Shiye", "Industrial"}, {"精密机械", "Jingmi Jixie", "Precision Machinery"},
        {"化工", "Huagong", "Chemical"}, {"电气", "Dianqi", "Electric"},
        {"供应链管理", "Gongyinglian Guanli", "Supply Chain Management"}, {"国际贸易", "Guoji Maoyi", "International Trading"},
        {"五金", "Wujin", "Hardware"}, {"机电", "Jidian", "Electromechanical"}, {"自动化", "Zidonghua", "Automation"},
        {"网络科技", "Wangluo Keji", "Network Technology"}, {"医疗器械", "Yiliao Qixie", "Medical Equipment"},
        {"包装", "Baozhuang", "Packaging"}, {"塑胶", "Sujiao", "Plastics"}, {"纺织", "Fangzhi", "Textile"},
        {"汽车配件", "Qiche Peijian", "Auto Parts"}, {"半导体", "Bandaoti", "Semiconductor"},
        {"科技发展", "Keji Fazhan", "Technology Development"},
    };
    static final String[] CN_FORM = {"Co., Ltd.", "Co Ltd", "Company Limited", "Limited", "Co., Limited"};

    static final String[][] RU_PREFIX = {
        {"Tekh", "Тех"}, {"Prom", "Пром"}, {"Stroy", "Строй"}, {"Nefte", "Нефте"}, {"Energo", "Энерго"},
        {"Agro", "Агро"}, {"Avto", "Авто"}, {"Trans", "Транс"}, {"Spets", "Спец"}, {"Elektro", "Электро"},
        {"Gidro", "Гидро"}, {"Aero", "Аэро"}, {"Sib", "Сиб"}, {"Ural", "Урал"}, {"Evro", "Евро"}, {"Geo", "Гео"},
        {"Khim", "Хим"}, {"Metall", "Металл"}, {"Radio", "Радио"}, {"Les", "Лес"}, {"Volga", "Волга"},
        {"Term", "Терм"}, {"Mash", "Маш"}, {"Gaz", "Газ"}, {"Bio", "Био"}, {"Med", "Мед"}, {"Rus", "Рус"},
        {"Ros", "Рос"}, {"Mega", "Мега"}, {"Inter", "Интер"}, {"Telekom", "Телеком"}, {"Avia", "Авиа"},
        {"Balt", "Балт"}, {"Kuban", "Кубань"}, {"Don", "Дон"}, {"Tsvetmet", "Цветмет"}, {"Stal", "Сталь"},
        {"Zolot", "Золот"}, {"Tayga", "Тайга"}, {"Sever", "Север"}, {"Yug", "Юг"}, {"Kamaz", "Камаз"},
    };
    static final String[][] RU_SUFFIX = {
        {"snab", "снаб"}, {"invest", "инвест"}, {"servis", "сервис"}, {"torg", "торг"}, {"resurs", "ресурс"},
        {"komplekt", "комплект"}, {"montazh", "монтаж"}, {"proekt", "проект"}, {"sintez", "синтез"},
        {"mash", "маш"}, {"stroy", "строй"}, {"prom", "пром"}, {"gaz", "газ"}, {"tekh", "тех"}, {"nord", "норд"},
        {"opt", "опт"}, {"lider", "лидер"}, {"market", "маркет"}, {"standart", "стандарт"}, {"region", "регион"},
        {"tsentr", "центр"}, {"energo", "энерго"}, {"impeks", "импекс"}, {"trast", "траст"},
        {"logist", "логист"}, {"tranzit", "транзит"}, {"soyuz", "союз"}, {"kapital", "капитал"},
        {"partner", "партнер"}, {"grupp", "групп"}, {"eksport", "экспорт"}, {"flot", "флот"},
        {"tekhnika", "техника"}, {"sistema", "система"}, {"kontrakt", "контракт"}, {"diler", "дилер"},
        {"metall", "металл"}, {"avto", "авто"}, {"agro", "агро"}, {"khim", "хим"},
    };
    static final String[][] RU_WORD = {
        {"Romashka", "Ромашка"}, {"Vostok", "Восток"}, {"Zarya", "Заря"}, {"Rassvet", "Рассвет"},
        {"Avangard", "Авангард"}, {"Sever", "Север"}, {"Almaz", "Алмаз"}, {"Granit", "Гранит"}, {"Kedr", "Кедр"},
        {"Sokol", "Сокол"}, {"Berkut", "Беркут"}, {"Baykal", "Байкал"}, {"Sibir", "Сибирь"}, {"Neva", "Нева"},
        {"Kristall", "Кристалл"}, {"Progress", "Прогресс"}, {"Impuls", "Импульс"}, {"Vektor", "Вектор"},
        {"Signal", "Сигнал"}, {"Energiya", "Энергия"}, {"Yantar", "Янтарь"}, {"Rubin", "Рубин"},
        {"Orion", "Орион"}, {"Pegas", "Пегас"}, {"Atlant", "Атлант"}, {"Meridian", "Меридиан"},
        {"Gorizont", "Горизонт"}, {"Titan", "Титан"}, {"Polyus", "Полюс"}, {"Zenit", "Зенит"},
        {"Kontinent", "Континент"}, {"Alyans", "Альянс"}, {"Garant", "Гарант"}, {"Etalon", "Эталон"},
        {"Optima", "Оптима"}, {"Volna", "Волна"}, {"Iskra", "Искра"}, {"Kaskad", "Каскад"}, {"Fakel", "Факел"},
        {"Biryuza", "Бирюза"}, {"Severnoe Siyanie", "Северное Сияние"}, {"Belyy Medved", "Белый Медведь"},
    };
    /** Latin (BGN), Cyrillic, English. */
    static final String[][] RU_CITY = {
        {"Moskva", "Москва", "Moscow"}, {"Sankt-Peterburg", "Санкт-Петербург", "Saint Petersburg"},
        {"Novosibirsk", "Новосибирск", "Novosibirsk"}, {"Yekaterinburg", "Екатеринбург", "Yekaterinburg"},
        {"Kazan", "Казань", "Kazan"}, {"Samara", "Самара", "Samara"}, {"Omsk", "Омск", "Omsk"},
        {"Chelyabinsk", "Челябинск", "Chelyabinsk"}, {"Rostov-na-Donu", "Ростов-на-Дону", "Rostov-on-Don"},
        {"Ufa", "Уфа", "Ufa"}, {"Krasnoyarsk", "Красноярск", "Krasnoyarsk"}, {"Perm", "Пермь", "Perm"},
        {"Voronezh", "Воронеж", "Voronezh"}, {"Volgograd", "Волгоград", "Volgograd"}, {"Tyumen", "Тюмень", "Tyumen"},
    };
    /** Latin (BGN), Cyrillic, English. */
    static final String[][] RU_TRADE = {
        {"Tekhnologii", "Технологии", "Technologies"}, {"Torgovyy Dom", "Торговый Дом", "Trading House"},
        {"Logistika", "Логистика", "Logistics"}, {"Elektronika", "Электроника", "Electronics"},
        {"Promyshlennaya Kompaniya", "Промышленная Компания", "Industrial Company"},
        {"Stroitelnaya Kompaniya", "Строительная Компания", "Construction Company"},
        {"Inzhiniring", "Инжиниринг", "Engineering"}, {"Snabzhenie", "Снабжение", "Supply"},
        {"Energetika", "Энергетика", "Energy"}, {"Mashinostroitelnyy Zavod", "Машиностроительный Завод", "Machine Building Plant"},
        {"Nauchno-Proizvodstvennoe Predpriyatie", "Научно-Производственное Предприятие", "Research and Production Enterprise"},
        {"Transportnaya Kompaniya", "Транспортная Компания", "Transport Company"},
        {"Investitsii", "Инвестиции", "Investments"}, {"Gruppa Kompaniy", "Группа Компаний", "Group of Companies"},
    };
    /** Short Latin, Cyrillic, English short, Latin long, English long. */
    static final String[][] RU_FORM = {
        {"OOO", "ООО", "LLC", "Obshchestvo s Ogranichennoy Otvetstvennostyu", "Limited Liability Company"},
        {"AO", "АО", "JSC", "Aktsionernoe Obshchestvo", "Joint Stock Company"},
        {"ZAO", "ЗАО", "CJSC", "Zakrytoe Aktsionernoe Obshchestvo", "Closed Joint Stock Company"},
        {"OAO", "ОАО", "OJSC", "Otkrytoe Aktsionernoe Obshchestvo", "Open Joint Stock Company"},
        {"PAO", "ПАО", "PJSC", "Publichnoe Aktsionernoe Obshchestvo", "Public Joint Stock Company"},
    };

    private SyntheticCompanies() {
    }

    private static String[][] brandCharacters(String characters) {
        com.ibm.icu.text.Transliterator pinyin = com.ibm.icu.text.Transliterator.getInstance("Han-Latin; Latin-ASCII");
        List<String[]> table = new ArrayList<>();
        Set<String> syllables = new HashSet<>();
        characters.codePoints().forEach(cp -> {
            String han = new String(Character.toChars(cp));
            String syllable = pinyin.transliterate(han).strip().toLowerCase(Locale.ROOT);
            if (syllable.matches("[a-z]+") && syllables.add(syllable)) {
                table.add(new String[] {han, syllable});
            }
        });
        return table.toArray(String[][]::new);
    }

    /** A new Chinese company whose brand is not already used. */
    static Company chinese(Random random, Set<String> usedBrands) {
        for (int attempt = 0; ; attempt++) {
            if (attempt > 100_000) {
                throw new IllegalStateException("no unused brand left");
            }
            int a = random.nextInt(CN_BRAND.length);
            int b = random.nextInt(CN_BRAND.length);
            String brand = title(CN_BRAND[a][1] + CN_BRAND[b][1]);
            if (a != b && usedBrands.add(brand.toLowerCase(Locale.ROOT))) {
                double pick = random.nextDouble();
                Style style = pick < 0.55 ? Style.ENGLISH : pick < 0.75 ? Style.PINYIN : Style.HAN;
                return new Company(brand, CN_BRAND[a][0] + CN_BRAND[b][0], random.nextInt(CN_CITY.length), true,
                        random.nextInt(CN_TRADE.length), random.nextInt(CN_FORM.length), style);
            }
        }
    }

    /** A new Russian company whose brand is not already used. */
    static Company russian(Random random, Set<String> usedBrands) {
        for (int attempt = 0; ; attempt++) {
            if (attempt > 100_000) {
                throw new IllegalStateException("no unused brand left");
            }
            String brand;
            String nativeBrand;
            if (random.nextDouble() < 0.25) {
                String[] word = RU_WORD[random.nextInt(RU_WORD.length)];
                brand = word[0];
                nativeBrand = word[1];
            } else {
                String[] prefix = RU_PREFIX[random.nextInt(RU_PREFIX.length)];
                String[] suffix = RU_SUFFIX[random.nextInt(RU_SUFFIX.length)];
                if (prefix[0].equalsIgnoreCase(suffix[0])) {
                    continue;
                }
                brand = prefix[0] + suffix[0];
                nativeBrand = prefix[1] + suffix[1];
                if (random.nextDouble() < 0.4) {
                    String[] middle = RU_PREFIX[random.nextInt(RU_PREFIX.length)];
                    if (middle[0].equals(prefix[0])) {
                        continue;
                    }
                    brand = prefix[0] + middle[0].toLowerCase(Locale.ROOT) + suffix[0];
                    nativeBrand = prefix[1] + middle[1].toLowerCase(Locale.ROOT) + suffix[1];
                }
            }
            if (usedBrands.add(brand.toLowerCase(Locale.ROOT))) {
                double pick = random.nextDouble();
                Style style = pick < 0.5 ? Style.TRANSLIT : pick < 0.75 ? Style.ENGLISH : Style.CYRILLIC;
                return new Company(brand, nativeBrand, random.nextInt(RU_CITY.length), random.nextDouble() < 0.25,
                        random.nextInt(RU_TRADE.length), random.nextInt(RU_FORM.length), style);
            }
        }
    }

    /**
     * A company of the same generic words as the pool's, whose brand is unlike every brand of the pool
     * (edit ratio below 0.6 to each): another company, which screening must not take for a listed one.
     * Null when no such brand is left.
     */
    static Company stranger(Random random, boolean chinese, Set<String> usedBrands, List<String> poolBrands) {
        for (int attempt = 0; attempt < 20_000; attempt++) {
            Company company;
            try {
                company = chinese ? chinese(random, usedBrands) : russian(random, usedBrands);
            } catch (IllegalStateException exhausted) {
                return null;
            }
            String brand = company.brand().toLowerCase(Locale.ROOT);
            if (poolBrands.stream().allMatch(other -> ratio(brand, other.toLowerCase(Locale.ROOT)) < 0.6)) {
                return company;
            }
        }
        return null;
    }

    /** The company's name written in the given style, with the given changes. */
    static String render(Company company, Style style, Changes changes, Random random) {
        boolean chinese = style == Style.HAN || style == Style.PINYIN
                || (style == Style.ENGLISH && company.nativeBrand().codePoints()
                        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        String text = chinese ? chineseName(company, style, changes, random) : russianName(company, style, changes, random);
        if (changes.upper()) {
            text = text.toUpperCase(Locale.ROOT);
        }
        if (changes.punctuation()) {
            text = text.replaceAll("[\"«»,.()]", "").replaceAll("\\s+", " ").strip();
        }
        return text;
    }

    private static String chineseName(Company c, Style style, Changes changes, Random random) {
        String[] city = CN_CITY[c.city()];
        String[] trade = CN_TRADE[c.trade()];
        if (style == Style.HAN) {
            String brand = c.nativeBrand();
            return (changes.reorder() ? brand + "(" + city[0] + ")" : city[0] + (city[0].equals("香港") ? "" : "市") + brand)
                    + (changes.dropTrade() ? "" : trade[0]) + (changes.dropForm() ? "" : "有限公司");
        }
        String brand = c.brand();
        if (changes.split()) {
            brand = splitSyllables(c);
        }
        if (changes.typo()) {
            brand = typo(brand, random);
        }
        boolean pinyin = style == Style.PINYIN;
        String cityName = pinyin ? city[1] : city[2];
        String tradeWords = changes.dropTrade() ? "" : " " + (pinyin ? trade[1] : trade[2]);
        String form = pinyin ? "Youxian Gongsi" : CN_FORM[c.form()];
        if (changes.otherForm()) {
            form = pinyin ? CN_FORM[random.nextInt(CN_FORM.length)] : CN_FORM[(c.form() + 1 + random.nextInt(CN_FORM.length - 1)) % CN_FORM.length];
        }
        String formPart = changes.dropForm() ? "" : " " + form;
        return changes.reorder() ? brand + " (" + cityName + ")" + tradeWords + formPart
                : cityName + " " + brand + tradeWords + formPart;
    }

    private static String russianName(Company c, Style style, Changes changes, Random random) {
        String[] city = RU_CITY[c.city()];
        String[] trade = RU_TRADE[c.trade()];
        String[] form = RU_FORM[c.form()];
        boolean cyrillic = style == Style.CYRILLIC;
        boolean english = style == Style.ENGLISH;
        String brand = cyrillic ? c.nativeBrand() : c.brand();
        if (changes.typo()) {
            brand = typo(brand, random);
        }
        int column = cyrillic ? 1 : english ? 2 : 0;
        String words = brand + (changes.dropTrade() ? "" : " " + trade[column]) + (c.withCity() ? " " + city[column] : "");
        if (english) {
            String formName = changes.otherForm() ? form[4] : form[2];
            if (changes.dropForm()) {
                return words;
            }
            return changes.reorder() ? formName + " " + words : words + (random.nextBoolean() ? ", " : " ") + formName;
        }
        String quoted = cyrillic ? "«" + words + "»" : "\"" + words + "\"";
        String formName = changes.otherForm() ? (cyrillic ? form[0] : random.nextBoolean() ? form[3] : form[2]) : form[column];
        if (changes.dropForm()) {
            return words;
        }
        return changes.reorder() ? words + ", " + formName : formName + " " + quoted;
    }

    /** The pinyin brand one syllable per word: "Tianmu" → "Tian Mu". */
    private static String splitSyllables(Company c) {
        for (String[] first : CN_BRAND) {
            if (c.nativeBrand().startsWith(first[0])) {
                String rest = c.brand().substring(first[1].length());
                return title(first[1]) + " " + title(rest);
            }
        }
        return c.brand();
    }

    /** One typing error inside the word (never its first letter): a letter changed, dropped, doubled or swapped. */
    static String typo(String word, Random random) {
        if (word.length() < 4) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        char c = word.charAt(at);
        boolean cyrillic = Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
        String alphabet = cyrillic ? "абвгдежзиклмнопрстуфхцчшыэюя" : "abcdefghiklmnoprstuvyz";
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length())) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + c + word.substring(at);
            default -> word.substring(0, at) + word.charAt(at + 1) + c + word.substring(at + 2);
        };
    }

    /** 1 − normalised Levenshtein distance (the harness's own, so that it does not change with the matcher). */
    static double ratio(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        if (longest == 0) {
            return 1.0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[b.length()] / longest;
    }

    static String title(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The brands of the companies, for {@link #stranger}. */
    static List<String> brands(List<Company> companies) {
        List<String> brands = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Company company : companies) {
            if (seen.add(company.brand())) {
                brands.add(company.brand());
            }
        }
        return brands;
    }
}
