package org.interdict.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the browser tests of the web UI share: a headless Chromium (Debian's, driven by its chromedriver)
 * signed in through Keycloak's real login form, screenshots of what a person saw as build artefacts
 * ({@code target/screenshots/NAME-1366.png} and {@code -1920.png}, with the page's HTML), and an axe-core
 * accessibility check of each page that collects serious and critical violations.
 */
abstract class BrowserIT extends BlackBoxIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension LAPTOP = new Dimension(1366, 768);
    private static final Dimension MONITOR = new Dimension(1920, 1080);

    WebDriver browser;
    WebDriverWait wait;
    private Path profile;
    final List<String> accessibilityViolations = new ArrayList<>();

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("interdict-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--lang=" + browserLanguages().split(",")[0], "--window-size=1366,768",
                        "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", browserLanguages()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(LAPTOP);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            // What the browser showed last: where a failed test stopped.
            try {
                screenshot(getClass().getSimpleName() + "-last");
            } catch (RuntimeException e) {
                // The browser may be gone already; the test's own failure says more.
            }
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** The languages the browser asks for, most wanted first (Accept-Language). */
    String browserLanguages() {
        return "en-GB,en";
    }

    /** Opens Interdict, is sent to Keycloak, signs in there with the demo password and lands on the dashboard. */
    void signIn(String username) {
        browser.get(base.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(TestEnvironment.keycloak() + "/realms/interdict/"), browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestEnvironment.demoPassword());
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
    }

    /**
     * Signs the current user out (the Keycloak session ends too) and the next one in, as two people sharing a
     * desk would.
     */
    void signOutAndIn(String username) {
        open("/");
        click(By.id("signout"));
        visible(By.id("username"));
        signIn(username);
    }

    /** Opens a page of the UI by its path (e.g. {@code /cases.xhtml?status=PROPOSED}). */
    void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Clicks an item of a panel that opens with an animation (a menu's items): tries until it takes the click. */
    void clickWhenSettled(By by) {
        wait.ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    d.findElement(by).click();
                    return true;
                });
    }

    /** Waits until PrimeFaces has no ajax request in flight. */
    void ajaxDone() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()")));
    }

    /** Clicks the "Yes" of the confirmation dialog that an irreversible step opens. */
    void confirm() {
        click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }

    /** The page as a person saw it, on a 1366×768 laptop and a 1920×1080 monitor (the whole page's HTML beside it). */
    void screenshot(String name) {
        try {
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
            Path laptop = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(laptop, SCREENSHOTS.resolve(name + "-1366.png"), StandardCopyOption.REPLACE_EXISTING);
            browser.manage().window().setSize(MONITOR);
            Path monitor = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(monitor, SCREENSHOTS.resolve(name + "-1920.png"), StandardCopyOption.REPLACE_EXISTING);
            browser.manage().window().setSize(LAPTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page and keeps every serious or critical
     * violation, with the page and the elements, for one assertion at the end of the test.
     */
    @SuppressWarnings("unchecked")
    void checkAccessibility(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                             + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        for (Object violation : (List<Object>) result) {
            accessibilityViolations.add(page + ": " + violation);
        }
    }

    private static String axeSource() {
        try (InputStream in = BrowserIT.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
