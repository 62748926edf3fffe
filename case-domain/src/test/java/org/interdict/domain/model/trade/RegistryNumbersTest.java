package org.interdict.domain.model.trade;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryNumbersTest {

    // Published registry numbers: Sberbank (INN, OGRN) and Huawei Technologies (USCC).
    private static final String SBERBANK_INN = "7707083893";
    private static final String SBERBANK_OGRN = "1027700132195";
    private static final String HUAWEI_USCC = "914403001922038216";

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
}
