package org.interdict.web.ui.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.interdict.application.party.PartyInput;
import org.interdict.application.party.PartyView;
import org.interdict.application.trade.TradeViews;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

class PartyFormTest {

    @Test
    void scriptIsTheOneOfMostLetters() {
        assertEquals("Latin", Scripts.of("Silva LLC"));
        assertEquals("Cyrillic", Scripts.of("ООО «Сильва»"));
        assertEquals("Han", Scripts.of("武汉高德红外股份有限公司"));
        assertEquals("Arabic", Scripts.of("شركة"));
        assertNull(Scripts.of("123 / 456"));
    }

    @Test
    void rowsTypedAreReadAndEmptyOnesLeftOut() {
        PartyView view = new PartyView(UUID.randomUUID(), "COMPANY", "Silva LLC", "RU", null,
                List.of(new PartyView.AliasView("OOO Silva", "Latin", null)), List.of(), List.of(), List.of("CONSIGNEE"),
                "NONE", "ECA", null, List.of(), Instant.now(), "alice", Instant.now(), 3);
        PartyForm form = PartyForm.of(view);
        form.addAlias();
        form.addIdentifier();
        form.addAddress();
        form.read(Map.of("alias-0", "OOO Silva", "alias-1", "ООО «Сильва»", "alias-lang-1", "ru",
                "id-type-0", "inn", "id-value-0", " 0323 123456 ", "addr-city-0", "Ulan-Ude"));
        PartyInput input = form.toInput();
        assertEquals(2, input.aliases().size());
        assertEquals("Latin", input.aliases().get(0).script(), "an unchanged alias keeps its recorded script");
        assertNull(input.aliases().get(1).script(), "a new alias's script is left for the application to detect");
        assertEquals("Cyrillic", form.getAliases().get(1).getScript());
        assertEquals("0323 123456", input.identifiers().get(0).value());
        assertEquals("Ulan-Ude", input.addresses().get(0).city());

        form.addAddress();
        assertEquals(1, form.toInput().addresses().size(), "an empty address row is not sent");
    }

    @Test
    void monthsWithoutFlaggedShipmentsAreFilledIn() {
        List<TradeViews.Bucket> months = TradeJson.months(List.of(new TradeViews.Bucket("2023-11", 2, 10.0),
                new TradeViews.Bucket("2024-02", 1, 5.0)));
        assertEquals(List.of("2023-11", "2023-12", "2024-01", "2024-02"), months.stream().map(TradeViews.Bucket::key).toList());
        assertEquals(0, months.get(1).shipments());
    }
}
