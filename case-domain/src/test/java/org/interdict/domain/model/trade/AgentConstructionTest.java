package org.interdict.domain.model.trade;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgentConstructionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALFA TRADING LLC FOR OOO ROMASHKA                  | OOO ROMASHKA          | ALFA TRADING LLC   | FOR",
            "ALFA TRADING LLC BY ORDER OF OOO ROMASHKA          | OOO ROMASHKA          | ALFA TRADING LLC   | BY ORDER OF",
            "Alfa Trading LLC by order of Romashka              | Romashka              | Alfa Trading LLC   | BY ORDER OF",
            "ALFA TRADING LLC ON BEHALF OF ROMASHKA             | ROMASHKA              | ALFA TRADING LLC   | ON BEHALF OF",
            "ALFA TRADING LLC, FOR AND ON BEHALF OF OOO ROMASHKA | OOO ROMASHKA         | ALFA TRADING LLC   | FOR AND ON BEHALF OF",
            "ALFA TRADING O/B ROMASHKA                          | ROMASHKA              | ALFA TRADING       | O/B",
            "ALFA TRADING LLC FOR ACCOUNT OF ROMASHKA JSC       | ROMASHKA JSC          | ALFA TRADING LLC   | FOR ACCOUNT OF",
            "ROMASHKA LLC C/O ALFA FREIGHT LTD                  | ROMASHKA LLC          | ALFA FREIGHT LTD   | C/O",
            "Romashka c/o Alfa Freight                          | Romashka              | Alfa Freight       | C/O",
            "ROMASHKA LLC (C/O ALFA FREIGHT LTD)                | ROMASHKA LLC          | ALFA FREIGHT LTD   | C/O",
            "ROMASHKA LLC CARE OF ALFA FREIGHT                  | ROMASHKA LLC          | ALFA FREIGHT       | CARE OF",
            "ООО \"АЛЬФА\" П/П ООО \"РОМАШКА\"                  | ООО \"РОМАШКА\"       | ООО \"АЛЬФА\"      | П/П",
            "ООО «Альфа» по поручению ООО «Ромашка»             | ООО «Ромашка»         | ООО «Альфа»        | ПО ПОРУЧЕНИЮ",
            "ООО «АЛЬФА» ДЛЯ ООО «РОМАШКА»                      | ООО «РОМАШКА»         | ООО «АЛЬФА»        | ДЛЯ",
            "ООО «АЛЬФА» В ИНТЕРЕСАХ АО «РОМАШКА»               | АО «РОМАШКА»          | ООО «АЛЬФА»        | В ИНТЕРЕСАХ",
            "ООО «АЛЬФА» ОТ ИМЕНИ ПАО «РОМАШКА»                 | ПАО «РОМАШКА»         | ООО «АЛЬФА»        | ОТ ИМЕНИ",
            "ООО «АЛЬФА» ОТ ИМЕНИ И ПО ПОРУЧЕНИЮ ПАО «РОМАШКА»  | ПАО «РОМАШКА»         | ООО «АЛЬФА»        | ОТ ИМЕНИ И ПО ПОРУЧЕНИЮ",
            "ТОО «АЛЬФА» ДЛЯ «РОМАШКА» МЧЖ                      | «РОМАШКА» МЧЖ         | ТОО «АЛЬФА»        | ДЛЯ",
            "ALFA DIS TICARET LTD. ŞTİ. FOR OOO ROMASHKA        | OOO ROMASHKA          | ALFA DIS TICARET LTD. ŞTİ. | FOR",
            "ALFA A.Ş. FOR \"ROMASHKA\" MCHJ                    | \"ROMASHKA\" MCHJ     | ALFA A.Ş.          | FOR",
    })
    void an_agent_and_its_principal_are_told_apart(String name, String principal, String agent, String marker) {
        AgentConstruction.Split split = AgentConstruction.of(name);
        assertEquals(new AgentConstruction.Split(principal, agent, marker), split);
        assertTrue(split.hasAgent());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "CENTER FOR STRATEGIC STUDIES",
            "FUND FOR PEACE",
            "FOUNDATION FOR DEFENSE OF DEMOCRACIES",
            "INSTITUTE FOR DEFENSE ANALYSES, INC.",
            "OOO CENTER FOR STRATEGIC STUDIES",
            "FUND FOR PEACE LLC",
            "AL NASR COMPANY FOR GENERAL TRADING LLC",
            "ООО \"ТОВАРЫ ДЛЯ ДОМА\"",
            "ООО «ТОВАРЫ ДЛЯ ДОМА»",
            "ООО „ТОВАРЫ ДЛЯ ДОМА“",
            "ТОВАРЫ ДЛЯ ДОМА ООО",
            "ООО «ЦЕНТР ПО ПОРУЧЕНИЮ»",
            "ALFA FORTRESS LLC",
            "CONFORT SERVICE O/BOX LTD",
            "ON BEHALF OF ROMASHKA LLC",
            "ROMASHKA LLC BY ORDER OF",
            "ROMASHKA LLC C/O 12345",
            "OOO ROMASHKA",
    })
    void a_name_of_one_party_is_its_own_principal(String name) {
        AgentConstruction.Split split = AgentConstruction.of(name);
        assertEquals(new AgentConstruction.Split(name, null, null), split);
        assertFalse(split.hasAgent());
    }

    @Test
    void registry_numbers_stay_with_the_side_they_are_written_on() {
        AgentConstruction.Split split = AgentConstruction.of("ALFA TRADING LLC INN 7707083893 FOR OOO ROMASHKA INN 7701234560");
        assertEquals("ALFA TRADING LLC INN 7707083893", split.agent());
        assertEquals("OOO ROMASHKA INN 7701234560", split.principal());
        assertEquals(List.of("INN:7707083893"), RegistryNumbers.in(split.agent()).numbers().stream()
                .map(RegistryNumbers.Number::key).toList());
    }

    @Test
    void a_weak_marker_judges_each_side_without_its_registry_numbers() {
        AgentConstruction.Split split = AgentConstruction.of("7701234560 OOO ALFA ДЛЯ ООО «РОМАШКА», ИНН 7707083893");
        assertEquals("7701234560 OOO ALFA", split.agent());
        assertEquals("ООО «РОМАШКА», ИНН 7707083893", split.principal());
    }

    @Test
    void a_strong_marker_wins_over_a_weak_one_before_it() {
        AgentConstruction.Split split = AgentConstruction.of("ALFA LLC FOR BETA LLC BY ORDER OF GAMMA LLC");
        assertEquals("BY ORDER OF", split.marker());
        assertEquals("ALFA LLC FOR BETA LLC", split.agent());
        assertEquals("GAMMA LLC", split.principal());
    }

    @Test
    void a_marker_typed_with_cyrillic_look_alikes_is_read() {
        // О/В and С/О typed on a Russian keyboard.
        assertEquals("O/B", AgentConstruction.of("ALFA TRADING О/В ROMASHKA").marker());
        assertEquals(new AgentConstruction.Split("ROMASHKA LLC", "ALFA FREIGHT", "C/O"), AgentConstruction.of("ROMASHKA LLC С/О ALFA FREIGHT"));
    }

    @Test
    void a_blank_name_is_one_party() {
        assertNull(AgentConstruction.of(null).agent());
        assertNull(AgentConstruction.of("  ").marker());
    }
}
