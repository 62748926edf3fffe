package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The UI in Russian: a browser that asks for Russian gets Russian menus, buttons and messages, dates and
 * amounts written the Russian way (1 000,00; 1 мар. 2024 г.); the switch in the top bar changes the
 * language for good (a cookie) whatever the browser asks for. Each page is checked with axe-core too.
 */
class RussianLocaleIT extends BrowserIT {

    @Override
    String browserLanguages() {
        return "ru-RU,ru";
    }

    @Test
    void russianTextsDatesAndAmounts() {
        // A case with a linked shipment of 1,000.00 USD dated 1 March 2024.
        String stem = "Sokol" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        String name = stem + " Trading LLC";
        UUID party = api.party("alice", name, "RU");
        SearchIndexProbe.awaitSearchable(party.toString(), null);
        String declaration = "RU-UI-" + UUID.randomUUID();
        String batch = api.as("alice").contentType("text/csv").body((TradeFiles.header()
                        + TradeFiles.line(declaration, 1, "Shenzhen " + stem + " Export", name, "854231", "RU"))
                        .getBytes(StandardCharsets.UTF_8)).post("/imports")
                .then().statusCode(202).extract().path("batch.id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "DONE".equals(api.as("alice").get("/imports/" + batch).then().extract().path("batch.status")));
        String reference = api.openCase("alice", "Поставки " + stem, List.of(party));
        api.as("alice").post("/cases/" + reference + "/trade-records/flagged-of/" + party).then().statusCode(200);

        signIn("alice");
        assertEquals("ru", browser.findElement(By.tagName("html")).getAttribute("lang"));
        String nav = visible(By.cssSelector("nav.mainnav")).getText();
        assertTrue(nav.contains("Дела") && nav.contains("Поиск"), nav);
        assertTrue(visible(By.id("signout")).getText().contains("Выйти"), browser.findElement(By.id("signout")).getText());
        screenshot("15-ru-01-dashboard");
        checkAccessibility("dashboard (ru)");

        open("/case.xhtml?ref=" + reference);
        click(By.id("tab-trade"));
        ajaxDone();
        String trade = spaces(visible(By.id("trade-records")).getText());
        assertTrue(trade.contains("1 000,00"), "amounts with a space between thousands and a decimal comma: " + trade);
        assertTrue(trade.contains("мар") && trade.contains("2024"), "dates with Russian month names: " + trade);
        screenshot("15-ru-02-case-trade");
        checkAccessibility("case (ru)");

        open("/designations.xhtml");
        visible(By.id("designations"));
        checkAccessibility("designations (ru)");
        open("/cases.xhtml");
        screenshot("15-ru-03-cases");

        // The other roles' pages in Russian too: the decision queue, the audit trail and its chain, administration.
        signOutAndIn("dmitri");
        open("/decisions.xhtml");
        assertTrue(visible(By.tagName("h1")).getText().contains("Решения"), browser.findElement(By.tagName("h1")).getText());
        checkAccessibility("decision queue (ru)");
        signOutAndIn("erik");
        open("/audit.xhtml?record=" + reference);
        click(By.id("verify-chain"));
        wait.until(d -> !d.findElement(By.id("chain-result")).getText().isBlank());
        assertTrue(browser.findElement(By.id("chain-result")).getText().contains("цел"), browser.findElement(By.id("chain-result")).getText());
        screenshot("15-ru-04-audit");
        checkAccessibility("audit trail (ru)");
        signOutAndIn("fiona");
        open("/admin.xhtml");
        assertTrue(visible(By.id("health")).getText().contains("Состояние служб"), browser.findElement(By.id("health")).getText());
        screenshot("15-ru-05-admin");
        checkAccessibility("admin (ru)");

        // The switch wins over the browser's wish, until switched back.
        click(By.id("locale-en"));
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        open("/designations.xhtml");
        assertTrue(visible(By.cssSelector("nav.mainnav")).getText().contains("Dashboard"));
        click(By.id("locale-ru"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.mainnav"), "Сводка"));

        assertEquals(List.of(), accessibilityViolations, "serious or critical accessibility violations");
    }

    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
