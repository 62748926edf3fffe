package org.interdict.infrastructure.elasticsearch.names;

import org.interdict.infrastructure.elasticsearch.names.QualityData.OfacEntry;
import org.interdict.infrastructure.elasticsearch.names.QualityData.UnEntity;
import org.interdict.infrastructure.elasticsearch.names.QualityData.UnIndividual;
import org.interdict.infrastructure.elasticsearch.names.SyntheticCompanies.Changes;
import org.interdict.infrastructure.elasticsearch.names.SyntheticCompanies.Company;
import org.interdict.infrastructure.elasticsearch.names.SyntheticCompanies.Style;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the harness's categories from the shared data and seeded perturbations (see
 * {@link MatchingQuality} for what each holds). The same data and seed give the same sets, query for
 * query; every category has its own seed, so changing one leaves the others as they were.
 */
final class QualitySets {

    static final String PERSON = "PERSON";
    static final String ORGANIZATION = "ORGANIZATION";

    /** A name of a pool. */
    record Target(String name, String kind) {
    }

    /** A query; {@code target} is the index of its true target in the pool, or −1 for a negative. */
    record Query(String text, String kind, int target, String group) {
        boolean positive() {
            return target >= 0;
        }
    }

    /** A pool and the queries ranked against the whole of it. */
    record Trial(List<Target> pool, List<Query> queries) {
    }

    /** A category: one or more trials (one per direction, for the cross-script ones). */
    record Category(String name, List<Trial> trials) {
    }

    /** Builds a pool, one target per distinct name. */
    private static final class Pool {
        final List<Target> targets = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        int add(String name, String kind) {
            return index.computeIfAbsent(name, n -> {
                targets.add(new Target(n, kind));
                return targets.size() - 1;
            });
        }
    }

    private static final long SEED = 20_260_227L;

    private QualitySets() {
    }

    static List<Category> build(Path data) throws IOException {
        Path names = data.resolve("name_matching");
        Path sanctions = data.resolve("sanctions");
        List<String> strangers = QualityData.yenteNames(names.resolve("yente_negatives_global_1000.csv"));
        List<UnIndividual> unIndividuals = QualityData.unIndividuals(sanctions.resolve("un_sc_consolidated_2026-02-27.xml"));
        List<UnEntity> unEntities = QualityData.unEntities(sanctions.resolve("un_sc_consolidated_2026-02-27.xml"));
        List<Map<String, String>> chinaList = QualityData.csvWithHeader(sanctions.resolve("cn_countersanctions.csv"));
        List<OfacEntry> sdn = QualityData.ofac(sanctions.resolve("ofac_sdn_2021/sdn.csv"));
        Map<String, List<String>> sdnAliases = QualityData.ofacAliases(sanctions.resolve("ofac_sdn_2021/alt.csv"));
        List<OfacEntry> nonSdn = QualityData.ofac(sanctions.resolve("ofac_nonsdn_consolidated_2021/cons_prim.csv"));
        List<QualityData.FtmEntity> ftm = QualityData.ftm(sanctions.resolve("opensanctions_sample_t1.ftm.jsonl"));
        List<List<String>> crossScript = QualityData.csv(names.resolve("watchman_cross_script_pairs.csv"), StandardCharsets.UTF_8);
        return List.of(
                personsPerturbed(names, strangers),
                personsPartial(unIndividuals, strangers),
                hanLatin(chinaList),
                pinyinGrouped(chinaList),
                cyrillicLatin(nonSdn, sdn, ftm),
                otherScripts(crossScript, unIndividuals, strangers),
                orgForms(sdn, sdnAliases, unEntities),
                syntheticCompanies("companies-cn-negatives", true),
                syntheticCompanies("companies-ru-negatives", false));
    }

    /** 1. The yente UN person names as perturbed, against the same names as listed. */
    private static Category personsPerturbed(Path names, List<String> strangers) throws IOException {
        List<String> listed = QualityData.yenteNames(names.resolve("yente_positives_un_untreated.csv"));
        List<String> perturbed = QualityData.yenteNames(names.resolve("yente_positives_un_treated.csv"));
        if (listed.size() != perturbed.size()) {
            throw new IllegalStateException("The treated and untreated sets must pair up line by line");
        }
        Pool pool = new Pool();
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            queries.add(new Query(perturbed.get(i), PERSON, pool.add(listed.get(i), PERSON), "yente"));
        }
        strangers.forEach(s -> queries.add(new Query(s, PERSON, -1, "yente")));
        return new Category("persons-perturbed", List.of(new Trial(pool.targets, queries)));
    }

    /** 2. UN individuals named in part: surname only, "Surname, Given", initials, a title, middle names left out. */
    private static Category personsPartial(List<UnIndividual> individuals, List<String> strangers) {
        Random random = new Random(SEED + 2);
        Pool pool = new Pool();
        List<String[]> people = new ArrayList<>();
        Map<String, Integer> surnames = new HashMap<>();
        for (UnIndividual individual : individuals) {
            List<String> tokens = List.of(individual.fullName().split(" "));
            if (tokens.size() < 2) {
                continue;
            }
            pool.add(individual.fullName(), PERSON);
            String surname = tokens.get(tokens.size() - 1);
            people.add(new String[] {individual.fullName(), String.join(" ", tokens.subList(0, tokens.size() - 1)), surname});
            surnames.merge(surname.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        List<String> titles = List.of("President", "General", "Dr.", "Colonel", "Sheikh", "Mr.", "Minister", "Mullah");
        Set<String> listedNames = new HashSet<>();
        pool.targets.forEach(t -> listedNames.add(t.name().toLowerCase(Locale.ROOT)));
        List<String> allSurnames = new ArrayList<>(surnames.keySet());
        Collections.sort(allSurnames);
        List<Query> queries = new ArrayList<>();
        for (String[] person : people) {
            int target = pool.index.get(person[0]);
            String given = person[1];
            String surname = person[2];
            List<String> variants = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            if (surnames.get(surname.toLowerCase(Locale.ROOT)) == 1 && surname.length() >= 4) {
                variants.add(surname);
                groups.add("surname-only");
            }
            variants.add(surname + ", " + given);
            groups.add("surname-comma-given");
            StringBuilder initials = new StringBuilder();
            for (String part : given.split(" ")) {
                initials.append(Character.toUpperCase(part.charAt(0))).append(". ");
            }
            variants.add(initials + surname);
            groups.add("initials");
            variants.add(titles.get(random.nextInt(titles.size())) + " " + person[0]);
            groups.add("with-title");
            String[] givenParts = given.split(" ");
            if (givenParts.length >= 2) {
                variants.add(givenParts[0] + " " + surname);
                groups.add("middle-missing");
            }
            for (int pick : pickTwo(random, variants.size())) {
                queries.add(new Query(variants.get(pick), PERSON, target, groups.get(pick)));
            }
            if (random.nextDouble() < 0.8) {
                for (int attempt = 0; attempt < 50; attempt++) {
                    String other = allSurnames.get(random.nextInt(allSurnames.size()));
                    String candidate = given + " " + other.toUpperCase(Locale.ROOT);
                    if (SyntheticCompanies.ratio(other, surname.toLowerCase(Locale.ROOT)) < 0.6
                            && !listedNames.contains(candidate.toLowerCase(Locale.ROOT))) {
                        queries.add(new Query(candidate, PERSON, -1, "other-surname"));
                        break;
                    }
                }
            }
        }
        for (String stranger : sample(strangers, 200, random)) {
            queries.add(new Query(stranger, PERSON, -1, "yente"));
        }
        return new Category("persons-partial", List.of(new Trial(pool.targets, queries)));
    }

    /** 3. China's counter-sanctions: the Latin name against the Chinese one, and back. */
    private static Category hanLatin(List<Map<String, String>> rows) {
        Random random = new Random(SEED + 3);
        List<String[]> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : rows) {
            String latin = row.get("Name");
            String han = row.get("Chinese name");
            if (!latin.isEmpty() && !han.isEmpty() && seen.add(latin + "|" + han)) {
                entries.add(new String[] {latin, han, row.get("Type").equals("Person") ? PERSON : ORGANIZATION});
            }
        }
        return crossScript("han-latin", entries, random, e -> e[2].toLowerCase(Locale.ROOT), List.of(), List.of());
    }

    /** Two trials: pool in the other script (queries as listed in Latin), and pool in Latin (queries in the other script). */
    private static Category crossScript(String name, List<String[]> entries, Random random,
            java.util.function.Function<String[], String> group, List<String> latinStrangers, List<String> otherStrangers) {
        List<String[]> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, random);
        int listed = (int) Math.round(shuffled.size() * 0.8);
        List<Trial> trials = new ArrayList<>();
        for (int direction = 0; direction < 2; direction++) {
            int targetColumn = direction == 0 ? 1 : 0;
            int queryColumn = 1 - targetColumn;
            Pool pool = new Pool();
            List<Query> queries = new ArrayList<>();
            for (String[] entry : shuffled.subList(0, listed)) {
                int target = pool.add(entry[targetColumn], entry[2]);
                queries.add(new Query(entry[queryColumn], entry[2], target, group.apply(entry)));
            }
            for (String[] entry : shuffled.subList(listed, shuffled.size())) {
                queries.add(new Query(entry[queryColumn], entry[2], -1, group.apply(entry)));
            }
            for (String stranger : direction == 0 ? latinStrangers : otherStrangers) {
                queries.add(new Query(stranger, PERSON, -1, "yente"));
            }
            trials.add(new Trial(pool.targets, queries));
        }
        return new Category(name, trials);
    }

    /** 4. Chinese company names in Han, queried in pinyin grouped into words as analysts type it. */
    private static Category pinyinGrouped(List<Map<String, String>> rows) {
        Random random = new Random(SEED + 4);
        Pool pool = new Pool();
        List<Query> queries = new ArrayList<>();
        List<String> hanCompanies = new ArrayList<>();
        for (Map<String, String> row : rows) {
            if (row.get("Type").equals("Company") && !row.get("Chinese name").isEmpty()) {
                hanCompanies.add(row.get("Chinese name"));
            }
        }
        hanCompanies = new ArrayList<>(new java.util.LinkedHashSet<>(hanCompanies));
        Collections.shuffle(hanCompanies, random);
        int listed = (int) Math.round(hanCompanies.size() * 0.8);
        for (int i = 0; i < hanCompanies.size(); i++) {
            String han = hanCompanies.get(i);
            int target = i < listed ? pool.add(han, ORGANIZATION) : -1;
            queries.add(new Query(GroupedPinyin.grouped(han), ORGANIZATION, target, "cn-countersanctions"));
        }
        Set<String> used = new HashSet<>();
        List<Company> companies = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Company company = SyntheticCompanies.chinese(random, used);
            companies.add(company);
            String han = SyntheticCompanies.render(company, Style.HAN, Changes.NONE, random);
            int target = pool.add(han, ORGANIZATION);
            queries.add(new Query(GroupedPinyin.grouped(han), ORGANIZATION, target, "synthetic"));
            if (random.nextDouble() < 0.5) {
                String variant = switch (random.nextInt(3)) {
                    case 0 -> GroupedPinyin.syllables(han);
                    case 1 -> SyntheticCompanies.render(company, Style.PINYIN,
                            new Changes(false, false, false, false, true, false, false, false), random);
                    default -> GroupedPinyin.grouped(han).replace(" Shi ", " ");
                };
                queries.add(new Query(variant, ORGANIZATION, target, "synthetic-variant"));
            }
        }
        List<String> brands = SyntheticCompanies.brands(companies);
        for (int i = 0; i < 300; i++) {
            Company stranger = SyntheticCompanies.stranger(random, true, used, brands);
            if (stranger == null) {
                break;
            }
            String han = SyntheticCompanies.render(stranger, Style.HAN, Changes.NONE, random);
            queries.add(new Query(GroupedPinyin.grouped(han), ORGANIZATION, -1, "synthetic"));
        }
        return new Category("pinyin-grouped", List.of(new Trial(pool.targets, queries)));
    }

    /** 5. Russian names in Latin as listed, built back into Cyrillic, and romanised again in other ways. */
    private static Category cyrillicLatin(List<OfacEntry> nonSdn, List<OfacEntry> sdn, List<QualityData.FtmEntity> ftm) {
        Random random = new Random(SEED + 5);
        List<String[]> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OfacEntry entry : nonSdn) {
            if (entry.type().isEmpty() && seen.add(entry.name())) {
                entries.add(new String[] {entry.name(), CyrillicSpelling.toCyrillic(entry.name()), ORGANIZATION, "ofac-ssi"});
            }
        }
        for (OfacEntry entry : sdn) {
            boolean russian = entry.programs().contains("RUSSIA") || entry.programs().contains("UKRAINE")
                    || entry.remarks().contains("Russia");
            boolean kind = entry.type().isEmpty() || entry.type().equals("individual");
            if (russian && kind && seen.add(entry.name())) {
                entries.add(new String[] {entry.name(), CyrillicSpelling.toCyrillic(entry.name()),
                        entry.type().isEmpty() ? ORGANIZATION : PERSON, "ofac-sdn"});
            }
        }
        Collections.shuffle(entries, random);
        entries = new ArrayList<>(entries.subList(0, Math.min(500, entries.size())));
        for (QualityData.FtmEntity entity : ftm) {
            List<String> cyrillic = entity.names().stream().filter(CyrillicSpelling::isCyrillic).toList();
            List<String> latin = entity.names().stream().filter(n -> n.chars().allMatch(c -> c < 0x250)).toList();
            String kind = entity.schema().equals("Person") ? PERSON : ORGANIZATION;
            for (String c : cyrillic) {
                for (String l : latin) {
                    entries.add(new String[] {l, c, kind, "opensanctions"});
                }
            }
        }
        Collections.shuffle(entries, random);
        int listed = (int) Math.round(entries.size() * 0.8);
        Pool cyrillicPool = new Pool();
        Pool latinPool = new Pool();
        List<Query> toCyrillic = new ArrayList<>();
        List<Query> toLatin = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String[] e = entries.get(i);
            boolean isListed = i < listed;
            int cyrillicTarget = isListed ? cyrillicPool.add(e[1], e[2]) : -1;
            int latinTarget = isListed ? latinPool.add(e[0], e[2]) : -1;
            toCyrillic.add(new Query(e[0], e[2], cyrillicTarget, "latin-as-listed"));
            if (isListed) {
                toCyrillic.add(new Query(CyrillicSpelling.icu(e[1]), e[2], cyrillicTarget, "icu"));
                toCyrillic.add(new Query(CyrillicSpelling.gostB(e[1]), e[2], cyrillicTarget, "gost-b"));
            }
            toLatin.add(new Query(e[1], e[2], latinTarget, "cyrillic"));
        }
        return new Category("cyrillic-latin", List.of(new Trial(cyrillicPool.targets, toCyrillic),
                new Trial(latinPool.targets, toLatin)));
    }

    /** 6. Names in Arabic, Korean, Han, Greek … against their Latin form, both ways. */
    private static Category otherScripts(List<List<String>> pairs, List<UnIndividual> individuals, List<String> strangers) {
        Random random = new Random(SEED + 6);
        List<String[]> entries = new ArrayList<>();
        for (List<String> pair : pairs) {
            if (pair.size() >= 2 && !pair.get(0).isBlank()) {
                entries.add(new String[] {pair.get(1).strip(), pair.get(0).strip(), PERSON});
            }
        }
        for (UnIndividual individual : individuals) {
            if (!individual.originalScript().isEmpty() && !isLatin(individual.originalScript())) {
                entries.add(new String[] {individual.fullName(), individual.originalScript(), PERSON});
            }
        }
        List<String> latinStrangers = sample(strangers.stream().filter(QualitySets::isLatin).toList(), 150, random);
        List<String> otherStrangers = sample(strangers.stream().filter(s -> !isLatin(s)).toList(), 150, random);
        return crossScript("other-scripts", entries, random, e -> script(e[1]), latinStrangers, otherStrangers);
    }

    /** 7. Organisations: legal forms moved, changed, misspelt; acronyms and short names; numbers in words or digits. */
    private static Category orgForms(List<OfacEntry> sdn, Map<String, List<String>> aliases, List<UnEntity> unEntities) {
        Random random = new Random(SEED + 7);
        List<OfacEntry> entities = new ArrayList<>(sdn.stream().filter(e -> e.type().isEmpty()).toList());
        Collections.shuffle(entities, random);
        Pool pool = new Pool();
        List<Query> queries = new ArrayList<>();
        List<String[]> named = new ArrayList<>();
        for (OfacEntry entity : entities) {
            String acronym = null;
            for (String alias : aliases.getOrDefault(entity.id(), List.of())) {
                if (isAcronymOf(alias, entity.name())) {
                    acronym = alias;
                }
            }
            boolean interesting = acronym != null || NUMBER.matcher(entity.name()).find()
                    || OrganisationVariants.hasLegalForm(entity.name());
            if (interesting || named.size() < 300) {
                named.add(new String[] {entity.name(), acronym});
            }
            if (named.size() >= 1000) {
                break;
            }
        }
        for (UnEntity entity : unEntities) {
            String acronym = null;
            for (String alias : entity.aliases()) {
                if (isAcronymOf(alias, entity.name())) {
                    acronym = alias;
                }
            }
            named.add(new String[] {entity.name(), acronym});
        }
        Collections.shuffle(named, random);
        int listed = (int) Math.round(named.size() * 0.85);
        for (int i = 0; i < named.size(); i++) {
            String name = named.get(i)[0];
            String acronym = named.get(i)[1];
            if (i >= listed) {
                String changed = OrganisationVariants.changeLegalForm(name, random);
                queries.add(new Query(changed == null ? name : changed, ORGANIZATION, -1, "not-listed"));
                continue;
            }
            int target = pool.add(name, ORGANIZATION);
            String changed = OrganisationVariants.changeLegalForm(name, random);
            if (changed != null) {
                queries.add(new Query(changed, ORGANIZATION, target, "legal-form"));
            }
            if (acronym != null) {
                queries.add(new Query(acronym, ORGANIZATION, target, "acronym"));
                queries.add(new Query(name + " (" + acronym + ")", ORGANIZATION, target, "with-acronym"));
            }
            Matcher parenthesised = Pattern.compile("\\s*\\(([A-Z0-9]{2,8})\\)").matcher(name);
            if (parenthesised.find()) {
                queries.add(new Query(parenthesised.group(1), ORGANIZATION, target, "acronym"));
                queries.add(new Query(parenthesised.replaceAll("").strip(), ORGANIZATION, target, "short-name"));
            }
            String numbers = OrganisationVariants.swapNumbers(name);
            if (numbers != null) {
                queries.add(new Query(numbers, ORGANIZATION, target, "numbers"));
            }
        }
        return new Category("org-forms-acronyms", List.of(new Trial(pool.targets, queries)));
    }

    private static final Pattern NUMBER = Pattern.compile("\\b(\\d{1,2}|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|"
            + "ELEVEN|TWELVE|FIRST|SECOND|THIRD)\\b", Pattern.CASE_INSENSITIVE);

    /** Whether the alias is an acronym of the name: 2–8 capitals, the initials of its words (small words left out or not). */
    static boolean isAcronymOf(String alias, String name) {
        if (!alias.matches("[A-Z]{2,8}")) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder significant = new StringBuilder();
        for (String word : name.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            all.append(word.charAt(0));
            if (!Set.of("OF", "THE", "AND", "FOR", "DE", "LA", "DEL", "EL", "AL", "IN", "Y", "ET", "DU", "DES").contains(word)) {
                significant.append(word.charAt(0));
            }
        }
        return all.toString().contains(alias) || significant.toString().contains(alias);
    }

    /** 8. Made-up Chinese or Russian companies: the pool, perturbed pool names, and other companies of the same words. */
    private static Category syntheticCompanies(String name, boolean chinese) {
        Random random = new Random(SEED + (chinese ? 8 : 9));
        Set<String> used = new HashSet<>();
        List<Company> companies = new ArrayList<>();
        Pool pool = new Pool();
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Company company = chinese ? SyntheticCompanies.chinese(random, used) : SyntheticCompanies.russian(random, used);
            companies.add(company);
            pool.add(SyntheticCompanies.render(company, company.style(), Changes.NONE, random), ORGANIZATION);
        }
        for (int i = 0; i < companies.size(); i++) {
            Company company = companies.get(i);
            Style style = queryStyle(company.style(), chinese, random);
            Changes changes = changes(random, chinese && style != Style.HAN);
            String group = style == company.style() ? "same-script" : company.style().name().toLowerCase(Locale.ROOT)
                    + "-to-" + style.name().toLowerCase(Locale.ROOT);
            queries.add(new Query(SyntheticCompanies.render(company, style, changes, random), ORGANIZATION, i, group));
        }
        List<String> brands = SyntheticCompanies.brands(companies);
        for (int i = 0; i < 800; i++) {
            Company stranger = SyntheticCompanies.stranger(random, chinese, used, brands);
            if (stranger == null) {
                break;
            }
            Style style = queryStyle(stranger.style(), chinese, random);
            queries.add(new Query(SyntheticCompanies.render(stranger, style, Changes.NONE, random), ORGANIZATION, -1,
                    style.name().toLowerCase(Locale.ROOT)));
        }
        return new Category(name, List.of(new Trial(pool.targets, queries)));
    }

    /** How an analyst writes the query for a company listed in the given style. */
    private static Style queryStyle(Style listed, boolean chinese, Random random) {
        double pick = random.nextDouble();
        if (chinese) {
            // Pinyin and English differ by translation (Wuliu, Logistics), which is not matching's to do.
            return listed == Style.HAN ? Style.PINYIN : listed;
        }
        if (listed == Style.CYRILLIC) {
            return pick < 0.6 ? Style.TRANSLIT : pick < 0.8 ? Style.CYRILLIC : Style.ENGLISH;
        }
        return pick < 0.8 ? listed : Style.CYRILLIC;
    }

    /** One or two of the changes, chosen at random. */
    private static Changes changes(Random random, boolean canSplit) {
        boolean[] on = new boolean[8];
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            int change = random.nextInt(8);
            if (change == 1 && !canSplit) {
                change = 0;
            }
            on[change] = true;
        }
        return new Changes(on[0], on[1], on[2], on[3], on[4], on[5], on[6], on[7]);
    }

    /** Two different indices below n (one when n is 1), at random. */
    private static int[] pickTwo(Random random, int n) {
        if (n == 1) {
            return new int[] {0};
        }
        int first = random.nextInt(n);
        int second = (first + 1 + random.nextInt(n - 1)) % n;
        return new int[] {first, second};
    }

    private static List<String> sample(List<String> items, int size, Random random) {
        List<String> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(size, copy.size()));
    }

    static boolean isLatin(String text) {
        return "Latin".equals(script(text));
    }

    /** The script most letters are written in, as "Arabic", "Han", "Latin" … */
    static String script(String text) {
        Map<Character.UnicodeScript, Integer> counts = new LinkedHashMap<>();
        text.codePoints().filter(Character::isLetter).forEach(cp -> counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        Character.UnicodeScript best = counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(Character.UnicodeScript.COMMON);
        String lower = best.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
