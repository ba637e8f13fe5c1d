package org.techan.testsupport.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.techan.embedded.Directories;

/**
 * Debian's chromium driven by Selenium, with explicit binary paths (Selenium Manager would try to
 * download a browser) and the flags this network needs. One instance per test class; close it.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("techan.chromium", "/usr/lib/chromium/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("techan.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser whose user prefers zh-CN, as most Techan shoppers do. */
    public static HeadlessChromium start() {
        return start("zh-CN,zh");
    }

    /** A browser that sends {@code acceptLanguages} (e.g. {@code "en-US,en"}) with every request. */
    public static HeadlessChromium start(String acceptLanguages) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM
                    + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory("techan-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguages));
            // The network log lets a test see every request the page sent, bodies included.
            options.setExperimentalOption(
                    "perfLoggingPrefs", java.util.Map.of("enableNetwork", true, "enablePage", false));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=412,915",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new HeadlessChromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Clicks what the locator finds once it can be clicked, scrolled to the middle of the window
     * first: a phone page's sticky bottom bar would otherwise cover a button scrolled just into view.
     */
    public void click(By locator) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Opens the header's menu where a phone-sized window folds it away; nothing on a wide window. */
    public void openMenu() {
        List<WebElement> toggles = driver.findElements(By.cssSelector("label.menu-toggle"));
        if (!toggles.isEmpty()
                && toggles.get(0).isDisplayed()
                && !driver.findElement(By.id("menu-open")).isSelected()) {
            toggles.get(0).click();
        }
    }

    /** A request the page sent: its URL and, for a form or fetch, its body. */
    public record SentRequest(String method, String url, String body) {}

    /** The requests sent since the last call (read from the browser's network log, then forgotten). */
    public List<SentRequest> sentRequests() {
        List<SentRequest> sent = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = messageOf(entry.getMessage());
            if (!"Network.requestWillBeSent".equals(message.get("method"))) {
                continue;
            }
            Map<?, ?> request = (Map<?, ?>) ((Map<?, ?>) message.get("params")).get("request");
            Object body = request.get("postData");
            sent.add(new SentRequest(
                    String.valueOf(request.get("method")),
                    String.valueOf(request.get("url")),
                    body == null ? "" : String.valueOf(body)));
        }
        return sent;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> messageOf(String logged) {
        Map<String, Object> outer = new Json().toType(logged, Map.class);
        return (Map<String, Object>) outer.get("message");
    }

    /** Saves what the browser shows now as a PNG under {@code target/screenshots/}. */
    public Path screenshot(String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            return Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            Directories.deleteTree(profile);
        }
    }
}
