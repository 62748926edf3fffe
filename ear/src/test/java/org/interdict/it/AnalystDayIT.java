package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An analyst's day in the browser, as Alice would spend it: she signs in through Keycloak, finds a
 * company by the Cyrillic spelling of its name, opens a case on it, uploads a PDF and sees its text read,
 * links the company's flagged shipments, adds a task, looks at its trade risk and its trade network,
 * proposes a designation citing the PDF and sees the case awaiting a decision; she saves a search, imports
 * a customs file, watches its progress bar reach the end, sees the notification the import raised, and
 * signs out. Every main page is screenshotted (target/screenshots/) and checked with axe-core.
 */
class AnalystDayIT extends BrowserIT {

    @Test
    void anAnalystsDay() throws IOException {
        // Arranged through the API: a company with a Cyrillic alias and two flagged shipments of it.
        String stem = "Tundra" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        String name = stem + " Optics LLC";
        String cyrillic = "ООО «" + Names.cyrillic(stem) + " Оптикс»";
        UUID party = UUID.fromString(api.as("alice").body(Map.of("kind", "COMPANY", "primaryName", name, "country", "RU",
                        "aliases", List.of(Map.of("name", cyrillic))))
                .post("/parties").then().statusCode(201).extract().path("id"));
        // Searchable first: the import resolves consignees to parties through the search index.
        SearchIndexProbe.awaitSearchable(party.toString(), null);
        String declaration = "UI-" + UUID.randomUUID();
        importAndWait(TradeFiles.header()
                + TradeFiles.line(declaration, 1, "Shenzhen " + stem + " Export", name, "854231", "RU")
                + TradeFiles.line(declaration, 2, "Hong Kong " + stem + " Trading", name, "854231", "RU"));

        signIn("alice");
        screenshot("01-dashboard");
        checkAccessibility("dashboard");

        // Search by the Cyrillic spelling from the top bar's box, and open the company from its hit.
        WebElement box = visible(By.id("topsearch-q"));
        box.sendKeys(Names.cyrillic(stem) + Keys.ENTER);
        WebElement hit = visible(By.cssSelector("#results .hit-party a.hit-link"));
        assertTrue(visible(By.id("results")).getText().contains(name), "the company is found by its Cyrillic alias");
        screenshot("02-search");
        checkAccessibility("search");
        hit.click();
        wait.until(ExpectedConditions.urlContains("/party.xhtml"));
        assertTrue(browser.getCurrentUrl().contains(party.toString()), browser.getCurrentUrl());

        // Open a case on it.
        click(By.id("open-case"));
        wait.until(ExpectedConditions.urlContains("/case-new.xhtml"));
        checkAccessibility("new case");
        click(By.id("create-case"));
        wait.until(ExpectedConditions.urlContains("/case.xhtml?ref="));
        String reference = browser.getCurrentUrl().replaceAll(".*ref=([A-Z0-9-]+).*", "$1");
        assertTrue(reference.startsWith("ICT-"), reference);
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(name), "the company is the case's subject");

        // Add a task.
        visible(By.id("task-title")).sendKeys("Ask customs for the 2024 invoices of " + stem);
        click(By.id("add-task"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks"), "Ask customs for the 2024 invoices"));

        // Upload a PDF and see its text read.
        tab("tab-evidence");
        Path pdf = Files.createTempFile("invoice-" + stem, ".pdf");
        Files.write(pdf, EvidenceTextIT.pdf("Commercial invoice: thermal imaging modules for " + name));
        visible(By.id("evidence-description")).sendKeys("Commercial invoice seized by customs");
        browser.findElement(By.id("evidence-upload_input")).sendKeys(pdf.toAbsolutePath().toString());
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(90)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence .extraction-DONE")));
        assertTrue(browser.findElement(By.id("evidence")).getText().contains(pdf.getFileName().toString()));

        // Link the company's flagged shipments.
        tab("tab-trade");
        click(By.id("link-flagged"));
        wait.until(d -> d.findElements(By.cssSelector("#trade-records tbody tr[data-ri]")).size() == 2);
        assertTrue(browser.findElement(By.id("trade-records")).getText().contains(declaration));
        screenshot("03-case");
        checkAccessibility("case");

        // The company's trade risk and network.
        open("/party.xhtml?id=" + party);
        visible(By.cssSelector("#chart-tiers canvas"));
        visible(By.cssSelector("#network-graph canvas"));
        screenshot("04-party-risk");
        browser.findElement(By.id("network")).getLocation();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('network').scrollIntoView()");
        screenshot("05-party-network");
        checkAccessibility("party");

        // Start the investigation and propose a designation citing the PDF.
        open("/case.xhtml?ref=" + reference);
        click(By.id("step-START_INVESTIGATION"));
        ajaxDone();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-PROPOSE")));
        tab("tab-proposal");
        click(By.id("proposal-measure"));
        clickWhenSettled(By.cssSelector("#proposal-measure_items li:nth-child(2)"));
        browser.findElement(By.id("proposal-basis")).sendKeys("Regulation (EU) 833/2014, Art. 2");
        browser.findElement(By.id("reason-0")).sendKeys("Supplies thermal imaging modules on the CHP list to Russia.");
        click(By.id("reason-0-evidence"));
        clickWhenSettled(By.cssSelector("#reason-0-evidence_panel li.ui-selectcheckboxmenu-item"));
        browser.findElement(By.id("proposal-basis")).click();
        click(By.id("propose"));
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Awaiting decision"));
        screenshot("06-case-proposed");

        open("/cases.xhtml?status=PROPOSED");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases"), reference));
        screenshot("07-cases");
        checkAccessibility("cases");

        // Save a search for the company's shipments; a later import of one raises a notification.
        open("/search.xhtml?q=" + stem);
        click(By.id("save-search"));
        visible(By.id("saved-name")).sendKeys("Shipments of " + stem);
        click(By.id("saved-save"));
        ajaxDone();
        long unreadBefore = unread();

        // Import a customs file through the page and watch its progress bar reach the end.
        open("/imports.xhtml");
        checkAccessibility("imports");
        Path csv = customsFile(stem, name, 3000);
        browser.findElement(By.id("import-upload_input")).sendKeys(csv.toAbsolutePath().toString());
        // Nothing is imported yet: the page shows how the file would be read, then the analyst imports it.
        visible(By.id("preview-import"));
        assertTrue(browser.findElement(By.id("preview-lines")).getText().contains("Consignee 1"), "the first lines are previewed");
        screenshot("08-import-preview");
        checkAccessibility("import preview");
        click(By.id("preview-import"));
        wait.until(ExpectedConditions.urlContains("/import.xhtml?id="));
        visible(By.id("import-progress"));
        screenshot("08b-import-progress");
        checkAccessibility("import");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(120)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("import-progress"), "100"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lines-stored"), "3,000"));
        screenshot("09-import-done");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            open("/notifications.xhtml");
            return unread() > unreadBefore;
        });
        assertTrue(browser.findElement(By.id("notifications")).getText().contains("Shipments of " + stem));
        screenshot("10-notifications");
        checkAccessibility("notifications");

        open("/screening.xhtml?name=" + Names.cyrillic(stem));
        checkAccessibility("screening");
        open("/saved-searches.xhtml");
        checkAccessibility("saved searches");
        open("/parties.xhtml");
        checkAccessibility("parties");
        open("/party-edit.xhtml");
        checkAccessibility("new party");

        // Sign out: the Keycloak session ends too, so the next visit asks for the password again.
        open("/");
        click(By.id("signout"));
        visible(By.id("username"));
        browser.get(base.toString());
        visible(By.id("username"));
        assertTrue(browser.getCurrentUrl().startsWith(TestEnvironment.keycloak().toString()), browser.getCurrentUrl());

        assertEquals(List.of(), accessibilityViolations, "serious or critical accessibility violations");
    }

    /** Clicks the header of a tab of the case page (tab-evidence, tab-trade, tab-proposal …). */
    private void tab(String id) {
        click(By.id(id));
        ajaxDone();
    }

    private long unread() {
        List<WebElement> badge = browser.findElements(By.cssSelector("#nav-notifications .badge"));
        return badge.isEmpty() ? 0 : Long.parseLong(badge.get(0).getText().trim());
    }

    /** A customs file of {@code lines} declaration lines, the last of them a shipment to the company. */
    private static Path customsFile(String stem, String name, int lines) throws IOException {
        StringBuilder csv = new StringBuilder(TradeFiles.header());
        String declaration = "UI-IMPORT-" + UUID.randomUUID();
        for (int i = 1; i < lines; i++) {
            csv.append(TradeFiles.line(declaration, i, "Exporter " + (i % 97), "Consignee " + (i % 89), "847130", "DE"));
        }
        csv.append(TradeFiles.line(declaration, lines, "Ningbo " + stem + " Electronics", name, "854231", "RU"));
        Path file = Files.createTempFile("customs-" + stem, ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private void importAndWait(String csv) {
        String batch = api.as("alice").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/imports")
                .then().statusCode(202).extract().path("batch.id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "DONE".equals(api.as("alice").get("/imports/" + batch).then().statusCode(200).extract().path("batch.status")));
    }
}
