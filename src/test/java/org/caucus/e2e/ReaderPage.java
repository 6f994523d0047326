package org.caucus.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reader as a person works it in the browser: the real mouse and the real keyboard. */
final class ReaderPage {

    private final ChromeDriver browser;
    private final WebDriverWait wait;

    ReaderPage(ChromeDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
    }

    void open(int port, long messageId) {
        browser.get("http://localhost:" + port + "/messages/" + messageId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("passage-reader .block")));
        wait.until(Browser::settled);
    }

    /** Drags the real mouse from the first character of one phrase to the last of another. */
    void selectWithMouse(String from, String to) {
        wait.until(Browser::settled);
        @SuppressWarnings("unchecked")
        List<Number> points = (List<Number>) browser.executeScript("""
                const find = (phrase, atEnd) => {
                  const walker = document.createTreeWalker(document.querySelector('passage-reader'), NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.data.indexOf(phrase);
                    if (at >= 0) {
                      if (!atEnd) node.parentElement.scrollIntoView({ block: 'center' });
                      const range = document.createRange();
                      const offset = atEnd ? at + phrase.length - 1 : at;
                      range.setStart(node, offset);
                      range.setEnd(node, offset + 1);
                      const box = range.getBoundingClientRect();
                      return [atEnd ? box.right - 1 : box.left + 1, box.top + box.height / 2];
                    }
                  }
                  throw new Error('not on the page: ' + phrase);
                };
                return find(arguments[0], false).concat(find(arguments[1], true));
                """, from, to);
        new Actions(browser)
                .moveToLocation(points.get(0).intValue(), points.get(1).intValue())
                .clickAndHold()
                .moveToLocation(points.get(2).intValue(), points.get(3).intValue())
                .release()
                .perform();
    }

    /** Scrolls the element to the middle of its scrolling box first: the mouse moves only within the window. */
    void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
        new Actions(browser).moveToElement(element).click().perform();
    }

    /** Types keys with the focus on the page itself, as after a click on the message. */
    void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    void undo() {
        new Actions(browser)
                .keyDown(Keys.CONTROL)
                .sendKeys("z")
                .keyUp(Keys.CONTROL)
                .perform();
    }

    void redo() {
        new Actions(browser)
                .keyDown(Keys.CONTROL)
                .keyDown(Keys.SHIFT)
                .sendKeys("z")
                .keyUp(Keys.SHIFT)
                .keyUp(Keys.CONTROL)
                .perform();
    }

    /** The mark that carries a passage's own text, i.e. the innermost one over these words. */
    static By textMarkContaining(String text) {
        return By.xpath("//passage-reader//mark[contains(@class, 'text') and contains(., '" + text + "')]");
    }

    static By markOf(String annotationId) {
        return By.cssSelector("passage-reader mark[data-annotation='" + annotationId + "']");
    }

    /** How many distinct passages are painted. */
    long paintedPassages() {
        return ((Number) browser.executeScript("""
                        return new Set([...document.querySelectorAll('passage-reader mark[data-annotation]')]
                          .map(m => m.dataset.annotation)).size;""")).longValue();
    }
}
