package org.interdict.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A person opens Interdict in a browser (headless Chromium), is sent to Keycloak, logs in, and lands
 * on the page that greets them with their roles and agency.
 */
class WebLoginIT extends BrowserIT {

    @Test
    void analystLogsInThroughKeycloakAndIsGreetedWithRolesAndAgency() {
        signIn("alice");
        screenshot("welcome-alice");

        assertEquals("Welcome, Alice Marsh", browser.findElement(By.id("greeting")).getText());
        assertTrue(browser.findElement(By.id("agency")).getText().contains("ECA"));
        assertTrue(browser.findElement(By.id("agency")).getText().contains("Export Control Agency"));
        assertEquals("analyst", browser.findElement(By.id("roles")).getText().trim().toLowerCase());
        assertTrue(browser.getCurrentUrl().startsWith(base.toString()), browser.getCurrentUrl());

        // The first screen tells the story: the analyst's queue, the agency's cases, published designations.
        assertTrue(browser.findElement(By.id("queue")).getText().contains("ICT-"), "alice's queue is shown");
        assertTrue(browser.findElements(By.cssSelector("#recent tbody tr")).size() >= 1, "the agency's cases are shown");
        assertTrue(browser.findElements(By.cssSelector("#designations tbody tr")).size() >= 1, "designations are shown");
    }

    @Test
    void aPartnerSeesTheCasesSharedWithItsAgencyUnderThatHeading() {
        signIn("paula");
        screenshot("welcome-paula");
        // The demo shares an ECA case with PCU: it is listed as shared with PCU, never as PCU's own.
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Shared with your agency (PCU)"), page);
        assertTrue(browser.findElement(By.id("shared-cases")).getText().startsWith("Cases"), page);
        assertFalse(page.contains("Cases of PCU"), page);
    }
}
