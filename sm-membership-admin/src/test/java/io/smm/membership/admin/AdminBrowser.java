package io.smm.membership.admin;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on the owner's pages, sized as a desktop or as a phone. The phone is emulated as Chromium's
 * device mode does it (a mobile viewport that follows the page's viewport tag), since a headless window cannot be
 * made narrower than 500 px. Skips the calling test class when Chromium is not installed.
 */
final class AdminBrowser implements AutoCloseable {

    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 390;

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    private final ChromeDriver driver;
    private final String base;
    private int width;

    private AdminBrowser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.base = "http://localhost:" + port;
    }

    private static AdminBrowser start(int port) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and ChromeDriver are not installed");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        AdminBrowser browser = new AdminBrowser(new ChromeDriver(service, options), port);
        browser.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        browser.size(DESKTOP_WIDTH);
        return browser;
    }

    /**
     * The browser a test class shares: {@code open} if started already, else a new one signed in as {@code user};
     * either way laid out as a desktop.
     */
    static AdminBrowser signedIn(AdminBrowser open, int port, String user, String password) throws Exception {
        AdminBrowser browser = open;
        if (browser == null) {
            browser = start(port);
            browser.signIn(user, password);
        }
        browser.size(DESKTOP_WIDTH);
        return browser;
    }

    /** Closes a shared browser, if any; null, for the test class to forget it. */
    static AdminBrowser closed(AdminBrowser open) {
        if (open != null) {
            open.close();
        }
        return null;
    }

    /** Lays pages out {@code width} CSS pixels wide, as a phone below 600. */
    void size(int width) {
        this.width = width;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String user, String password) {
        open("/membership/admin/login");
        driver.manage().deleteAllCookies();
        open("/membership/admin/login");
        fill("username", user);
        fill("password", password);
        follow(driver.findElement(By.id("login-submit")));
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    String text(By locator) {
        return driver.findElement(locator).getText().trim();
    }

    void fill(String name, String value) {
        WebElement field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Clicks a link or submit button and waits for the page it leads to, so no assertion reads the old one. */
    void follow(WebElement linkOrButton) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        linkOrButton.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(page -> left(oldPage));
    }

    /** True once {@code page} was replaced by another page, false while it is still the one shown. */
    static boolean left(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException left) {
            return true;
        } catch (WebDriverException leaving) {
            return leaving.getMessage() != null && leaving.getMessage().contains("does not belong to the document");
        }
    }

    WebDriverWait waiting(Duration atMost) {
        return new WebDriverWait(driver, atMost);
    }

    /** Saves the whole page, not only the window, under {@code target/screenshots}. */
    void screenshot(String name) throws Exception {
        long height = (Long) script("return document.documentElement.scrollHeight");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", (int) Math.min(Math.max(height, 600), 8000), "deviceScaleFactor", 1,
                "mobile", width < 600));
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            size(width);
        }
    }

    /**
     * Opens {@code path} on a desktop and then on a phone, saving a screenshot of each as {@code name-1280.png} and
     * {@code name-390.png}; the phone's page stays open.
     *
     * @return how wide the page is on the phone, in CSS pixels
     */
    long shootOnDesktopAndPhone(String path, String name) throws Exception {
        size(DESKTOP_WIDTH);
        open(path);
        screenshot(name + "-" + DESKTOP_WIDTH + ".png");
        size(PHONE_WIDTH);
        open(path);
        screenshot(name + "-" + PHONE_WIDTH + ".png");
        return (Long) script("return document.documentElement.scrollWidth");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
