package org.interdict.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What goes wrong in the web UI is said in plain words: a record that does not exist or is not the
 * user's to see, an address with nothing at it, a page whose state the server no longer knows (an expired
 * view); never a stack trace or a Faces exception page. And every page carries the security headers.
 */
class WebErrorsIT extends BrowserIT {

    @Test
    void refusalsAndExpiredPagesAreShownInWords() {
        signIn("alice");

        open("/case.xhtml?ref=ICT-1999-000001");
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("ICT-1999-000001"), "the message names what was asked for: " + page);
        assertNoTechnicalPage();

        open("/no-such-page.xhtml");
        assertTrue(browser.getPageSource().contains("There is nothing at this address."), browser.getPageSource());
        assertNoTechnicalPage();

        // The server no longer knows the page's state (as after a restart): the page is loaded again, saying so.
        open("/cases.xhtml");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = '-123:456');");
        click(By.cssSelector("#cases .ui-sortable-column"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "expired"));
        assertNoTechnicalPage();
        screenshot("errors-expired-view");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        Response page = given().redirects().follow(false).get(base + "index.xhtml");
        String policy = page.getHeader("Content-Security-Policy");
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertFalse(policy.contains("*"), "no wildcard source: " + policy);
        assertEquals("nosniff", page.getHeader("X-Content-Type-Options"));
        assertEquals("DENY", page.getHeader("X-Frame-Options"));
    }

    private void assertNoTechnicalPage() {
        String source = browser.getPageSource();
        for (String trace : new String[] {"FacesException", "ViewExpiredException", "java.lang.", "at org.", "Stack Trace", "Error Page"}) {
            assertFalse(source.contains(trace), "the page shows '" + trace + "': " + source);
        }
    }
}
