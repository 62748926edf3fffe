package org.interdict.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A person opens Interdict in a browser (headless Chromium), is sent to Keycloak, logs in, and lands
 * on the page that greets them with their roles and agency.
 */
class WebLoginIT extends BlackBoxIT {

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("interdict-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** What the browser showed, for the person reading a failed build (target/*.png, *.html). */
    private void keepEvidence(String name) throws IOException {
        Path screenshot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(screenshot, Path.of("target", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(Path.of("target", name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
    }

    @Test
    void analystLogsInThroughKeycloakAndIsGreetedWithRolesAndAgency() throws IOException {
        browser.get(base.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(TestEnvironment.keycloak() + "/realms/interdict/"), browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys("alice");
        browser.findElement(By.id("password")).sendKeys(TestEnvironment.demoPassword());
        browser.findElement(By.id("kc-login")).click();

        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        } finally {
            keepEvidence("welcome-alice");
        }

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
    void aPartnerSeesTheCasesSharedWithItsAgencyUnderThatHeading() throws IOException {
        browser.get(base.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("paula");
        browser.findElement(By.id("password")).sendKeys(TestEnvironment.demoPassword());
        browser.findElement(By.id("kc-login")).click();
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        } finally {
            keepEvidence("welcome-paula");
        }
        // The demo shares an ECA case with PCU: it is listed as shared with PCU, never as PCU's own.
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Cases shared with PCU"), page);
        assertFalse(page.contains("Cases of PCU"), page);
    }
}
