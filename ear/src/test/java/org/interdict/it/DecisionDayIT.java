package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The decision of a designation through every role's eyes, in the browser: Carla proposes and is told
 * that she cannot decide her own proposal; Dmitri approves it with a rationale beside its evidence,
 * learns who beat him to another decision, publishes and shares the case with the partner agency; Paula
 * (partner) finds the shared case and the designation but nothing of an internal case on the same
 * company, neither by search, facet counts nor a guessed address; Erik (auditor) reads the timeline,
 * searches the audit trail and verifies its chain without any control that edits; Fiona (admin) rebuilds
 * the search index and watches its progress but cannot open a case. Each main page is screenshotted and
 * checked with axe-core.
 */
class DecisionDayIT extends BrowserIT {

    @Test
    void aDesignationThroughEveryRolesEyes() throws java.io.IOException {
        // Arranged through the API: a company, the case to decide (a PDF cited) and an internal case on it.
        String stem = "Kestrel" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        String name = stem + " Avionics LLC";
        UUID party = api.party("carla", name, "RU");
        String reference = api.openCase("carla", "Drone avionics for " + stem, List.of(party));
        String internalTitle = "Internal lead on " + stem + " payments";
        String internal = api.openCase("alice", internalTitle, List.of(party));
        api.as("carla").post("/cases/" + reference + "/investigation").then().statusCode(200);
        String pdf = api.as("carla").contentType("application/octet-stream").queryParam("name", "invoice-" + stem + ".pdf")
                .queryParam("source", "Customs").body(EvidenceTextIT.pdf("Commercial invoice: flight controllers for " + name))
                .post("/cases/" + reference + "/evidence").then().statusCode(201).extract().path("evidence.id");
        // A second proposal, by Alice, that Carla decides while Dmitri still looks at it.
        String raced = api.openCase("alice", "Machine tools for " + stem, List.of(api.party("alice", stem + " Tooling", "RU")));
        api.investigateAndPropose("alice", raced);

        // Carla proposes in the page, then opens her own proposal: four eyes, said before she tries.
        signIn("carla");
        open("/case.xhtml?ref=" + reference);
        click(By.id("tab-proposal"));
        ajaxDone();
        click(By.id("proposal-measure"));
        clickWhenSettled(By.cssSelector("#proposal-measure_items li:nth-child(2)"));
        browser.findElement(By.id("proposal-basis")).sendKeys("Regulation (EU) 269/2014, Art. 2");
        browser.findElement(By.id("reason-0")).sendKeys("Ships flight controllers on the CHP list to the armed forces.");
        click(By.id("reason-0-evidence"));
        clickWhenSettled(By.cssSelector("#reason-0-evidence_panel li.ui-selectcheckboxmenu-item"));
        browser.findElement(By.id("proposal-basis")).click();
        click(By.id("propose"));
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Awaiting decision"));
        open("/review.xhtml?ref=" + reference);
        assertTrue(visible(By.id("own-proposal-notice")).getText().contains("Another supervisor"),
                browser.findElement(By.id("own-proposal-notice")).getText());
        assertTrue(browser.findElements(By.id("decide-approve")).isEmpty(), "no decision control on her own proposal");
        screenshot("15-01-own-proposal");
        checkAccessibility("review (own proposal)");

        // Dmitri: the queue, the review beside the evidence, approval with a rationale.
        signOutAndIn("dmitri");
        open("/decisions.xhtml");
        visible(By.id("queue"));
        screenshot("15-02-decision-queue");
        // The longest waiting first: the proposal just made is on the last page of a busy queue.
        List<WebElement> last = browser.findElements(By.cssSelector("#queue .ui-paginator-last:not(.ui-state-disabled)"));
        if (!last.isEmpty()) {
            last.get(0).click();
            ajaxDone();
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue"), reference));
        checkAccessibility("decision queue");
        click(By.xpath("//a[contains(@class,'review-link') and normalize-space()='" + reference + "']"));
        wait.until(ExpectedConditions.urlContains("/review.xhtml"));
        visible(By.cssSelector(".evidence-preview"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Ships flight controllers"));
        screenshot("15-03-decision-review");
        checkAccessibility("decision review");
        click(By.id("decide-approve"));
        click(By.id("decide-confirm"));
        ajaxDone();
        assertTrue(visible(By.id("messages")).getText().toLowerCase().contains("rationale"),
                "a decision without a rationale is refused in words: " + browser.findElement(By.id("messages")).getText());
        visible(By.id("rationale")).sendKeys("The invoices and the CHP tier of the goods meet the legal basis.");
        click(By.id("decide-confirm"));
        ajaxDone();
        visible(By.id("publish"));

        // Publish it.
        click(By.id("publish"));
        assertEquals(java.time.LocalDate.now().toString(), visible(By.id("publish-date_input")).getAttribute("value"),
                "the effective date is today unless chosen otherwise");
        click(By.id("publish-confirm"));
        confirm();
        ajaxDone();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "DESIGNATED".equals(api.as("dmitri").get("/cases/" + reference).then().extract().path("status")));

        // Another supervisor decides first: Dmitri is told who and how.
        open("/review.xhtml?ref=" + raced);
        visible(By.id("decide-reject"));
        api.as("carla").body(Map.of("outcome", "APPROVED", "rationale", "Approved by Carla first"))
                .post("/cases/" + raced + "/decision").then().statusCode(200);
        click(By.id("decide-reject"));
        visible(By.id("rationale")).sendKeys("Not enough evidence.");
        click(By.id("decide-confirm"));
        ajaxDone();
        String told = visible(By.id("messages")).getText();
        assertTrue(told.contains("Carla") && told.toLowerCase().contains("approved"), told);
        screenshot("15-04-decided-by-another");

        // Share the case and its invoice with the partner agency, seeing what they will and will not see.
        open("/case.xhtml?ref=" + reference);
        click(By.id("share"));
        visible(By.id("share-dialog"));
        click(By.xpath("//*[@id='share-agencies']//label[contains(., 'PCU') or contains(., 'Partner')]"));
        String summary = visible(By.id("share-summary")).getText().toLowerCase();
        assertTrue(summary.contains("notes"), summary);
        screenshot("15-05-share-confirmation");
        checkAccessibility("share dialog");
        click(By.id("share-confirm"));
        ajaxDone();
        // … and the invoice, from its row of the evidence list.
        click(By.id("tab-evidence"));
        ajaxDone();
        click(By.cssSelector("[id$='share-file']"));
        visible(By.id("share-dialog-evidence"));
        click(By.xpath("//*[@id='share-agencies-evidence']//label[contains(., 'PCU') or contains(., 'Partner')]"));
        click(By.id("share-confirm-evidence"));
        ajaxDone();
        wait.until(d -> List.of("PCU").equals(api.as("dmitri").get("/evidence/" + pdf).then().extract().path("sharedWith")));
        assertEquals(List.of("PCU"), api.as("dmitri").get("/cases/" + reference).then().extract().path("sharedWith"));

        open("/designations.xhtml?text=" + stem);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("designations"), name));
        visible(By.id("export-csv"));
        visible(By.id("export-ftm"));
        screenshot("15-06-designations");
        checkAccessibility("designations");
        click(By.cssSelector("#designations a.designation-link"));
        wait.until(ExpectedConditions.urlContains("/designation.xhtml?id="));
        checkAccessibility("designation");

        // Paula (partner): the shared case and the designation, nothing of the internal case.
        SearchIndexProbe.awaitSearchable("interdict-cases", reference, "PCU");
        signOutAndIn("paula");
        open("/search.xhtml?q=" + stem);
        WebElement results = visible(By.id("results"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), reference));
        assertFalse(results.getText().contains(internal), "the internal case is not found");
        assertPageDoesNotReveal(internal, internalTitle);
        screenshot("15-07-partner-search");
        checkAccessibility("partner search");
        open("/case.xhtml?ref=" + reference);
        click(By.id("tab-evidence"));
        ajaxDone();
        visible(By.id("released-evidence"));
        assertTrue(browser.findElement(By.id("released-evidence")).getText().contains("invoice-" + stem));
        assertTrue(browser.findElements(By.id("tab-notes")).isEmpty() && browser.findElements(By.id("tab-proposal")).isEmpty(),
                "no notes or proposal on the partner's case page");
        assertFalse(browser.getPageSource().contains("Ships flight controllers"), "no statement of reasons of the proposal");
        screenshot("15-08-partner-case");
        checkAccessibility("partner case");
        open("/case.xhtml?ref=" + internal);
        visible(By.id("not-found"));
        assertPageDoesNotReveal(internal + "-", internalTitle);
        open("/designations.xhtml?text=" + stem);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("designations"), name));

        // Erik (auditor): the timeline, the audit trail and its chain, and nothing that edits.
        signOutAndIn("erik");
        open("/case.xhtml?ref=" + reference);
        visible(By.id("case-status"));
        assertNoEditControls();
        click(By.id("tab-timeline"));
        ajaxDone();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "dmitri"));
        checkAccessibility("auditor case");
        open("/audit.xhtml?record=" + reference);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-events"), "dmitri"));
        click(By.id("verify-chain"));
        WebElement chain = visible(By.id("chain-result"));
        wait.until(d -> !d.findElement(By.id("chain-result")).getText().isBlank());
        assertTrue(chain.getText().toLowerCase().contains("intact"), chain.getText());
        screenshot("15-09-auditor-chain");
        checkAccessibility("audit trail");

        // Fiona (admin): rebuild the search index and watch it; no case content.
        signOutAndIn("fiona");
        open("/admin.xhtml");
        visible(By.id("health"));
        click(By.id("rebuild-start"));
        confirm();
        visible(By.id("rebuild-progress"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(300)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("rebuild-status"), "Completed"));
        screenshot("15-10-admin-operations");
        checkAccessibility("admin");
        open("/case.xhtml?ref=" + reference);
        visible(By.id("not-found"));
        assertFalse(browser.getPageSource().contains(stem), "the admin sees no case content");

        assertEquals(List.of(), accessibilityViolations, "serious or critical accessibility violations");
    }

    /** Neither the visible page nor its source (scripts, hidden inputs, facet values) names the record. */
    private void assertPageDoesNotReveal(String... fragments) {
        String source = new String(browser.getPageSource().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        for (String fragment : fragments) {
            assertFalse(source.contains(fragment), "the page reveals " + fragment);
        }
    }

    /** No workflow step, upload, form field or button that changes the case. */
    private void assertNoEditControls() {
        List<WebElement> controls = browser.findElements(By.cssSelector(
                "[id^='step-'], [id$='share'], [id^='evidence-upload'], #add-task, #complete-task, [id$='complete-task'], "
                        + "[id$='reopen-task'], #add-note, #note-text, #edit-case, #assign-case, #link-subject, #subject-search, "
                        + "[id$='unlink'], [id$='unlink-subject'], #link-flagged, #propose, #add-reason, [id$='read-again'], "
                        + ".withdraw"));
        assertEquals(List.of(), controls.stream().map(e -> e.getAttribute("id")).toList(), "edit controls for the auditor");
    }
}
