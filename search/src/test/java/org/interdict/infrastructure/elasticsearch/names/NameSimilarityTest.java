package org.interdict.infrastructure.elasticsearch.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cases the scoring model was built for: what must meet, what must stay apart, and the words that say why. */
class NameSimilarityTest {

    private static final NameNormalizer NAMES = NameNormalizer.shared();

    private static NameSimilarity.Score score(String a, String b) {
        return NameSimilarity.score(NAMES.normalize(a), NAMES.normalize(b));
    }

    private static NameSimilarity.Score persons(String a, String b) {
        return NameSimilarity.score(NAMES.normalize(a, NameKind.PERSON), NAMES.normalize(b, NameKind.PERSON));
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
            "Shenzhen Xinhao Logistics Co Ltd          | Shenzhen Tianmu Logistics",
            "Government of Austria                     | Government of Australia",
            "Shenzhen Randemi Machinery Co., Ltd.      | Shenzhen Xintekvi Machinery",
            "深圳市天目物流有限公司                         | 深圳市新豪物流有限公司",
            "Shenzhen Logistics                        | Shenzhen Tianmu Logistics Co Ltd",
            "Dongguan Hengda Precision Machinery       | Dongguan Shunfa Precision Machinery Co Ltd",
            "OOO Romashka                              | OOO Vasilek",
            "Brigade 44                                | Brigade 45",
    })
    void namesThatShareOnlyGenericWordsStayApart(String a, String b) {
        NameSimilarity.Score score = score(a, b);
        assertTrue(score.value() < 0.7, a + " ~ " + b + " scored " + score);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "Shenzhen Tianmu Logistics Co Ltd          | 深圳市天目物流有限公司",
            "Shenzhen Tianmu Wuliu Youxian Gongsi      | 深圳市天目物流有限公司",
            "Tian Mu Logistics                         | 深圳市天目物流有限公司",
            "Wuhan Gaode Hongwai                       | 武汉高德红外股份有限公司",
            "Joint Stok Company Kalashnikov Concern    | Kalashnikov Concern JSC",
            "Aktsionernoye Obshchestvo Kontsern VKO Almaz-Antey | АО «Концерн ВКО «Алмаз – Антей»",
            "Obshchestvo s Ogranichennoy Otvetstvennostyu Romashka | ООО «Ромашка»",
            "Brigade Forty-Four                        | Brigade 44",
            "Shcherbakov Trading                       | Щербаков Трейдинг",
            "Khrushchev Ivan                           | Хрущёв Иван",
            "Silva LLC                                 | ООО «Сильва»",
    })
    void spellingsScriptsAndFormsMeet(String a, String b) {
        NameSimilarity.Score score = score(a, b);
        assertTrue(score.value() >= 0.8, a + " ~ " + b + " scored " + score);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "V. V. Putin                          | Vladimir Vladimirovich Putin",
            "Putin, Vladimir                      | Vladimir Vladimirovich Putin",
            "President Vladimir Putin             | Vladimir Vladimirovich Putin",
            "Vladimir Putin                       | Владимир Владимирович Путин",
            "Sergei Shoigu                        | Сергей Кужугетович Шойгу",
    })
    void personsMeetByInitialsOrderTitlesAndMissingPatronymics(String a, String b) {
        NameSimilarity.Score score = persons(a, b);
        assertTrue(score.value() >= 0.75, a + " ~ " + b + " scored " + score);
    }

    @Test
    void twoPersonsWithTheSameGivenNamesAndAnotherFamilyNameAreTwo() {
        NameSimilarity.Score score = persons("Ivan Sergeyevich Petrov", "Ivan Sergeyevich Petrenko");
        assertTrue(score.value() < 0.7, score.toString());
    }

    @Test
    void theExplanationSaysWhatMetInWords() {
        String why = persons("V. V. Putin", "Vladimir Vladimirovich Putin").explanation();
        assertTrue(why.contains("'putin' in both"), why);
        assertTrue(why.contains("'v' as initial of 'vladimir'"), why);
        String different = score("Shenzhen Xinhao Logistics", "Shenzhen Tianmu Logistics").explanation();
        assertTrue(different.contains("distinctive word"), different);
        assertTrue(different.contains("generic word"), different);
    }

    @Test
    void legalFormsBreakTiesAndDisagreeGently() {
        double agree = score("OOO Romashka", "Romashka LLC").value();
        double differ = score("JSC Romashka", "Romashka LLC").value();
        assertEquals(1.0, agree);
        assertTrue(differ < agree && differ >= 0.95, "JSC vs LLC scored " + differ);
    }

    @Test
    void shortFormsAndAcronymsAreNotStrippedFromEveryName() {
        assertEquals("att", NAMES.normalize("AT&T").normalized());
        assertEquals("sacc", NAMES.normalize("S.A.C.C.").normalized());
        assertEquals("repsol", NAMES.normalize("Repsol SA").normalized());
        assertEquals("maria sa", NAMES.normalize("Maria Sa").normalized());
        assertEquals("ivan at", NAMES.normalize("Ivan At", NameKind.PERSON).normalized());
    }

    @Test
    void noScriptCollapsesToAnEmptyName() {
        for (String name : new String[] {"សម្តេច ហ៊ុន សែន", "မင်းအောင်လှိုင်", "ኢትዮጵያ", "ᏣᎳᎩ"}) {
            assertFalse(NAMES.normalize(name).tokens().isEmpty(), name);
            assertEquals(1.0, score(name, name).value(), name);
        }
    }

    @Test
    void derivedNamesAreTheShortNameAndTheAcronym() {
        assertTrue(NAMES.derived("Ural Optical and Mechanical Plant (UOMZ)", NameKind.ORGANIZATION).contains("UOMZ"));
        assertTrue(NAMES.derived("Ural Optical and Mechanical Plant (UOMZ)", NameKind.ORGANIZATION)
                .contains("Ural Optical and Mechanical Plant"));
        assertTrue(NAMES.derived("Islamic Revolutionary Guard Corps", NameKind.ORGANIZATION).contains("IRGC"));
        assertTrue(NAMES.derived("Vladimir Putin", NameKind.PERSON).isEmpty());
    }

    @Test
    void whatTheFirstReviewFound() {
        assertFalse(NAMES.derived("Qorvex Trading (Hong Kong) Limited", NameKind.ORGANIZATION).contains("Hong Kong"));
        assertFalse(NAMES.derived("Velmora Components (Pvt) Ltd", NameKind.ORGANIZATION).contains("Pvt"));
        assertTrue(persons("G.T. Zolotarkin", "Zolotarkin Grigory Timofeyevich").value() >= 0.8, "joined initials");
        assertTrue(persons("Золотаркин Г.Т.", "Zolotarkin Grigory Timofeyevich").value() >= 0.8, "joined initials in Cyrillic");
        assertTrue(score("a", "Almaty Engines").value() <= 0.5, "one letter names nobody");
        assertEquals(1.0, score("Qorvex Third Machine Plant", "Qorvex 3rd Machine Plant").value());
        assertTrue(persons("Vladimir Sergeyevich Sidorov", "Vladimir Petrovich Sidorov").value() < 0.7, "other father");
        assertEquals(1.0, score("Pyolmuri Trading", "Pyolmuri Trading Co").value());
        assertEquals(3, NAMES.normalize("សម្តេច ហ៊ុន សែន").tokens().size(), "Khmer words keep their marks");
    }
}
