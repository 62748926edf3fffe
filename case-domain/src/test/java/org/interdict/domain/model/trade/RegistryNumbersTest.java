package org.interdict.domain.model.trade;

import org.interdict.domain.model.party.Identifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryNumbersTest {

    // Published registry numbers: Sberbank (INN, OGRN) and Huawei Technologies (USCC).
    private static final String SBERBANK_INN = "7707083893";
    private static final String SBERBANK_OGRN = "1027700132195";
    private static final String HUAWEI_USCC = "914403001922038216";
    // Numbers whose check digits were computed for these tests.
    private static final String INN = "7701234560";
    private static final String INN_12 = "771234567859";
    private static final String KPP = "770101001";
    /** A BIN checked by the first weights (1..11). */
    private static final String BIN = "981040001381";
    /** A BIN whose first check gives 10, checked by the second weights (3..11, 1, 2). */
    private static final String BIN_SECOND_WEIGHTS = "981040000509";
    /** An IIN: born 1 January 1985, fifth and sixth digits the day. */
    private static final String IIN = "850101300124";

    private static List<String> keys(RegistryNumbers.Found found) {
        return found.numbers().stream().map(RegistryNumbers.Number::key).toList();
    }

    @Test
    void check_digits_of_published_numbers_hold() {
        assertTrue(RegistryNumbers.validInn(SBERBANK_INN));
        assertTrue(RegistryNumbers.validOgrn(SBERBANK_OGRN));
        assertTrue(RegistryNumbers.validUscc(HUAWEI_USCC));
    }

    @Test
    void a_changed_digit_fails_the_check() {
        assertFalse(RegistryNumbers.validInn("7707083894"));
        assertFalse(RegistryNumbers.validOgrn("1027700132196"));
        assertFalse(RegistryNumbers.validUscc("914403001922038217"));
    }

    @Test
    void a_labelled_inn_is_taken_out_of_a_cyrillic_name() {
        RegistryNumbers.Found found = RegistryNumbers.in("ООО «Сильва» ИНН " + SBERBANK_INN);
        assertEquals("ООО «Сильва»", found.name());
        assertEquals(List.of(new RegistryNumbers.Number("INN", SBERBANK_INN, "RU")), found.numbers());
        assertEquals("INN:" + SBERBANK_INN, found.numbers().get(0).key());
    }

    @Test
    void several_numbers_in_brackets_leave_a_clean_name() {
        RegistryNumbers.Found found = RegistryNumbers.in("Silva LLC (INN: " + SBERBANK_INN + ", OGRN " + SBERBANK_OGRN + ")");
        assertEquals("Silva LLC", found.name());
        assertEquals(List.of("INN:" + SBERBANK_INN, "OGRN:" + SBERBANK_OGRN),
                found.numbers().stream().map(RegistryNumbers.Number::key).toList());
    }

    @Test
    void an_unlabelled_uscc_is_recognised_by_its_check_character() {
        RegistryNumbers.Found found = RegistryNumbers.in("Huawei Technologies Co., Ltd. " + HUAWEI_USCC);
        assertEquals("Huawei Technologies Co., Ltd.", found.name());
        assertEquals("USCC:" + HUAWEI_USCC, found.numbers().get(0).key());
    }

    @Test
    void numbers_that_fail_their_check_stay_in_the_name_and_are_no_evidence() {
        RegistryNumbers.Found found = RegistryNumbers.in("Trading 7707083894 LLC INN 7707083894");
        assertEquals("Trading 7707083894 LLC INN 7707083894", found.name());
        assertTrue(found.numbers().isEmpty());
    }

    @Test
    void an_unlabelled_ten_digit_number_is_not_taken_for_an_inn() {
        assertTrue(RegistryNumbers.in("Model " + SBERBANK_INN + " Trading").numbers().isEmpty());
    }

    @Test
    void computed_test_numbers_pass_their_checks() {
        assertTrue(RegistryNumbers.validInn(INN));
        assertTrue(RegistryNumbers.validInn(INN_12));
        assertTrue(RegistryNumbers.validKazakh(BIN));
        assertTrue(RegistryNumbers.validKazakh(BIN_SECOND_WEIGHTS));
        assertTrue(RegistryNumbers.validKazakh(IIN));
    }

    @Test
    void kazakh_check_digit_uses_the_second_weights_only_when_the_first_give_ten() {
        assertFalse(RegistryNumbers.validKazakh("981040001382"));
        // First weights give 10 for 98104000050; the second give 9: a 0 would pass a naive first-weights check.
        assertFalse(RegistryNumbers.validKazakh("981040000500"));
        // 98104000056 gives 10 under both weights: no check digit can make it valid.
        for (int digit = 0; digit <= 9; digit++) {
            assertFalse(RegistryNumbers.validKazakh("98104000056" + digit), "digit " + digit);
        }
        assertFalse(RegistryNumbers.validKazakh("98104000138"));
    }

    @Test
    void an_unlabelled_inn_and_kpp_at_the_start_are_taken_out() {
        RegistryNumbers.Found found = RegistryNumbers.in(INN + " " + KPP + " OOO ROMASHKA");
        assertEquals("OOO ROMASHKA", found.name());
        assertEquals(List.of(new RegistryNumbers.Number("INN", INN, "RU"), new RegistryNumbers.Number("KPP", KPP, "RU")),
                found.numbers());
    }

    @Test
    void an_unlabelled_inn_and_kpp_joined_by_a_slash_are_taken_out() {
        RegistryNumbers.Found found = RegistryNumbers.in(INN + "/" + KPP + " ООО \"РОМАШКА\"");
        assertEquals("ООО \"РОМАШКА\"", found.name());
        assertEquals(List.of("INN:" + INN, "KPP:" + KPP), keys(found));
    }

    @Test
    void an_unlabelled_inn_alone_at_the_start_is_taken_out() {
        RegistryNumbers.Found found = RegistryNumbers.in(INN + ", OOO ROMASHKA");
        assertEquals("OOO ROMASHKA", found.name());
        assertEquals(List.of("INN:" + INN), keys(found));
    }

    @Test
    void an_unlabelled_twelve_digit_inn_at_the_start_has_no_kpp() {
        RegistryNumbers.Found found = RegistryNumbers.in(INN_12 + " " + KPP + " IP IVANOV");
        assertEquals(KPP + " IP IVANOV", found.name());
        assertEquals(List.of("INN:" + INN_12), keys(found));
    }

    @Test
    void an_unlabelled_inn_at_the_end_is_taken_out() {
        assertEquals(List.of("INN:" + INN), keys(RegistryNumbers.in("OOO ROMASHKA " + INN)));
        RegistryNumbers.Found found = RegistryNumbers.in("OOO ROMASHKA, " + INN + "/" + KPP);
        assertEquals("OOO ROMASHKA", found.name());
        assertEquals(List.of("INN:" + INN, "KPP:" + KPP), keys(found));
        RegistryNumbers.Found bracketed = RegistryNumbers.in("ООО «Ромашка» (" + INN + " " + KPP + ")");
        assertEquals("ООО «Ромашка»", bracketed.name());
        assertEquals(List.of("INN:" + INN, "KPP:" + KPP), keys(bracketed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7701234561 OOO ROMASHKA", "OOO ROMASHKA 7701234561", "7701234561/770101001 OOO ROMASHKA",
            "OOO ROMASHKA TEL 7701234560", "OOO ROMASHKA тел.: 7701234560", "OOO ROMASHKA +7 7701234560",
            "OOO ROMASHKA ОКПО 7701234560", "OOO ROMASHKA 7701234560 STREET 5", "TIN 1234567 ALFA", "KPP 77010100 ALFA"})
    void an_unlabelled_number_that_fails_or_follows_another_label_stays_in_the_name(String written) {
        RegistryNumbers.Found found = RegistryNumbers.in(written);
        assertEquals(written, found.name());
        assertTrue(found.numbers().isEmpty(), found.numbers().toString());
    }

    @Test
    void a_labelled_kpp_is_taken_out_with_its_inn() {
        RegistryNumbers.Found found = RegistryNumbers.in("ООО «Ромашка» ИНН " + INN + " КПП " + KPP);
        assertEquals("ООО «Ромашка»", found.name());
        assertEquals(List.of("INN:" + INN, "KPP:" + KPP), keys(found));
        assertEquals("RU", found.numbers().get(1).country());
    }

    @Test
    void inn_slash_kpp_under_one_label_is_read_as_two_numbers() {
        RegistryNumbers.Found found = RegistryNumbers.in("ИНН/КПП " + INN + "/" + KPP + " ООО «Ромашка»");
        assertEquals("ООО «Ромашка»", found.name());
        assertEquals(List.of("INN:" + INN, "KPP:" + KPP), keys(found));
        assertEquals(List.of("INN:" + INN, "KPP:" + KPP), keys(RegistryNumbers.in("OOO ROMASHKA INN " + INN + " " + KPP)));
    }

    @Test
    void a_kpp_with_letters_in_its_reason_code_is_read_when_labelled() {
        assertEquals(List.of("KPP:7701AB001"), keys(RegistryNumbers.in("OOO ROMASHKA KPP: 7701ab001")));
    }

    @Test
    void a_kpp_after_an_invalid_inn_stays_with_it() {
        String written = "ИНН 7701234561 " + KPP + " ООО «Ромашка»";
        assertEquals(written, RegistryNumbers.in(written).name());
    }

    @Test
    void a_labelled_tin_has_no_country() {
        RegistryNumbers.Found found = RegistryNumbers.in("ALFA TRADING LLC TIN 123456789");
        assertEquals("ALFA TRADING LLC", found.name());
        assertEquals(List.of(new RegistryNumbers.Number("TIN", "123456789", null)), found.numbers());
        assertEquals(List.of("TIN:12345678"), keys(RegistryNumbers.in("TIN: 12345678 ALFA TRADING LLC")));
        RegistryNumbers.Found taxId = RegistryNumbers.in("Tax ID 123456789012345, Alfa Dis Ticaret Ltd. Şti.");
        assertEquals("Alfa Dis Ticaret Ltd. Şti.", taxId.name());
        assertEquals(List.of("TIN:123456789012345"), keys(taxId));
    }

    @Test
    void a_tin_needs_its_label() {
        assertTrue(RegistryNumbers.in("ALFA TRADING 123456789 LLC").numbers().isEmpty());
        assertTrue(RegistryNumbers.in("MARTIN 123456789 LLC").numbers().isEmpty());
    }

    @Test
    void a_kazakh_bin_is_taken_out_when_its_check_digit_holds() {
        RegistryNumbers.Found found = RegistryNumbers.in("ТОО «Альфа» БИН " + BIN);
        assertEquals("ТОО «Альфа»", found.name());
        assertEquals(List.of(new RegistryNumbers.Number("BIN", BIN, "KZ")), found.numbers());
        assertEquals(List.of("BIN:" + BIN_SECOND_WEIGHTS), keys(RegistryNumbers.in("ALFA TOO BIN: " + BIN_SECOND_WEIGHTS)));
        String typo = "ТОО «Альфа» БИН 981040001382";
        assertEquals(typo, RegistryNumbers.in(typo).name());
    }

    @Test
    void a_kazakh_iin_keeps_its_type() {
        assertEquals(List.of(new RegistryNumbers.Number("IIN", IIN, "KZ")), RegistryNumbers.in("ИП Ахметов ИИН " + IIN).numbers());
        assertEquals(List.of("IIN:" + IIN), keys(RegistryNumbers.in("IP AKHMETOV IIN " + IIN)));
    }

    @Test
    void under_a_bin_slash_iin_label_the_number_tells_its_type() {
        assertEquals(List.of("BIN:" + BIN), keys(RegistryNumbers.in("ТОО «Альфа» БИН/ИИН " + BIN)));
        assertEquals(List.of("IIN:" + IIN), keys(RegistryNumbers.in("ИП Ахметов БИН/ИИН " + IIN)));
    }

    @Test
    void an_uzbek_stir_is_labelled_stir_or_a_nine_digit_inn() {
        RegistryNumbers.Found found = RegistryNumbers.in("\"ALFA TEXTILE\" MCHJ STIR 301234567");
        assertEquals("\"ALFA TEXTILE\" MCHJ", found.name());
        assertEquals(List.of(new RegistryNumbers.Number("STIR", "301234567", "UZ")), found.numbers());
        assertEquals(List.of("STIR:301234567"), keys(RegistryNumbers.in("ООО «Альфа» СТИР: 301234567")));
        assertEquals(List.of(new RegistryNumbers.Number("STIR", "301234567", "UZ")),
                RegistryNumbers.in("«ALFA» МЧЖ ИНН 301234567").numbers());
        assertTrue(RegistryNumbers.in("ALFA 301234567 MCHJ").numbers().isEmpty());
    }

    @Test
    void every_type_found_makes_an_identifier() {
        RegistryNumbers.Found found = RegistryNumbers.in("ALFA INN " + INN + " KPP " + KPP + " OGRN " + SBERBANK_OGRN + " BIN " + BIN
                + " IIN " + IIN + " STIR 301234567 TIN 12345678 USCC " + HUAWEI_USCC);
        assertEquals("ALFA", found.name());
        assertEquals(List.of("INN", "OGRN", "KPP", "BIN", "IIN", "STIR", "TIN", "USCC"),
                found.numbers().stream().map(RegistryNumbers.Number::type).toList());
        for (RegistryNumbers.Number number : found.numbers()) {
            Identifier identifier = new Identifier(number.type(), number.value(), number.country());
            assertEquals(number.type(), identifier.type());
        }
        assertNull(found.numbers().get(6).country());
    }
}
