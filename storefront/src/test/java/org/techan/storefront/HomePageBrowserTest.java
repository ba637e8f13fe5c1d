package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.techan.testsupport.browser.HeadlessChromium;
import org.techan.testsupport.browser.RequiresChromium;

@RequiresChromium
@MicronautTest
class HomePageBrowserTest {

    private static HeadlessChromium browser;

    @Inject
    EmbeddedServer server;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void homePageRendersInChineseThenEnglishThroughTheLanguageSwitch() throws Exception {
        WebDriver driver = browser.driver();

        driver.get(server.getURL() + "/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("地方特产馆");
        assertThat(driver.findElement(By.id("q")).getAttribute("placeholder")).isEqualTo("搜索特产、产地或合作社");
        Path chinese = browser.screenshot("home-zh-CN");

        browser.openMenu();
        driver.findElement(By.id("lang-en")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Regional specialty pavilions");
        assertThat(driver.getTitle()).isEqualTo("Home · Techan Pavilions");
        Path english = browser.screenshot("home-en");

        driver.get(server.getURL() + "/");
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .as("the language cookie keeps English")
                .isEqualTo("Regional specialty pavilions");

        assertThat(Files.size(chinese)).isGreaterThan(1000);
        assertThat(Files.size(english)).isGreaterThan(1000);
    }
}
