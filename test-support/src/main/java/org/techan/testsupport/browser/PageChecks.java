package org.techan.testsupport.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a page must be on any screen, measured in the browser: nothing wider than the window (a
 * phone must never scroll sideways) and no serious or critical accessibility violations (axe-core,
 * bundled with this class under its MPL-2.0 licence).
 */
public final class PageChecks {

    private static final String AXE = readAxe();

    private final WebDriver driver;

    public PageChecks(WebDriver driver) {
        this.driver = driver;
    }

    /** Sets the viewport (the page's layout width), not only the outer window. */
    public void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long inner = ((Number) script().executeScript("return window.innerWidth")).longValue();
        if (inner != width) {
            // Headless windows may keep a frame: grow the window by the difference.
            driver.manage().window().setSize(new Dimension(width + (int) (width - inner), height));
        }
    }

    /**
     * The elements that stick out past the right edge of the window, with how far, or an empty
     * list when the page fits. The page's own scroll width is the first thing reported.
     */
    @SuppressWarnings("unchecked")
    public List<String> overflow() {
        return (List<String>)
                script().executeScript(
                                """
                const width = document.documentElement.clientWidth;
                const found = [];
                const page = document.documentElement.scrollWidth;
                if (page > width) found.push('page is ' + page + ' px wide in a ' + width + ' px window');
                for (const element of document.body.querySelectorAll('*')) {
                  const box = element.getBoundingClientRect();
                  if (box.width === 0 || box.height === 0) continue;
                  const style = getComputedStyle(element);
                  if (style.position === 'fixed' || style.visibility === 'hidden') continue;
                  // Text that does not wrap spills out of a box that itself fits.
                  const spill = style.overflowX === 'visible' ? box.left + element.scrollWidth : box.right;
                  const right = Math.max(box.right, spill);
                  if (right > width + 1 && !insideScroller(element)) {
                    found.push(describe(element) + ' ends at ' + Math.round(right) + ' px');
                    if (found.length > 8) break;
                  }
                }
                return found;
                function insideScroller(element) {
                  for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
                    const overflow = getComputedStyle(e).overflowX;
                    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'clip') return true;
                  }
                  return false;
                }
                function describe(element) {
                  return element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                      + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().replace(/\\s+/g, '.') : '')
                      + ' "' + (element.textContent || '').trim().slice(0, 30) + '"';
                }
                """);
    }

    /** axe-core's violations of impact serious or critical on the page as it is now: rule, impact, where. */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        script().executeScript(AXE);
        Map<String, Object> results = (Map<String, Object>)
                script().executeAsyncScript(
                                """
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done({ violations: r.violations.map(v => ({
                       id: v.id, impact: v.impact, help: v.help,
                       targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })) }))
                   .catch(e => done({ error: String(e) }));
                """);
        if (results.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + results.get("error"));
        }
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) results.get("violations")) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(violation.get("id") + " (" + impact + "): " + violation.get("help") + " at "
                        + violation.get("targets"));
            }
        }
        return serious;
    }

    private JavascriptExecutor script() {
        return (JavascriptExecutor) driver;
    }

    private static String readAxe() {
        try (InputStream in = PageChecks.class.getResourceAsStream("axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from test-support");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
