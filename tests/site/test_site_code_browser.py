"""Code blocks, phone layout and search in headless Chromium: highlighted code, a copy
button that copies (clipboard, then the textarea fallback), stacked tables, no page wider
than the window at 1280 or 390 px, a search that lands on a function page.
Screenshots go to /tmp/site-*.png."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from generator.render.site import function_page, provider_page
from tests.site.test_site_browser import (
    PHONE_WIDTH,
    SEARCHED,
    base_url,
    console_errors,
    driver,
    horizontal_overflow,
    wait_for,
)

if TYPE_CHECKING:
    from selenium.webdriver.chrome.webdriver import WebDriver

__all__ = ["base_url", "driver"]  # fixtures
SHOTS = Path("/tmp")
FUNCTION = function_page("heroku", "list_dynos")
LUA_COPY = "#lua-example + .code-block .copy-button"  # the first one shown (schemas are folded)


# The element sticking out furthest to the right, for the failure message.
WIDEST = """
let worst = null, right = document.documentElement.clientWidth;
for (const e of document.querySelectorAll('body *')) {
  const r = e.getBoundingClientRect().right;
  if (r > right) { right = r; worst = e; }
}
return worst ? worst.tagName + '.' + worst.className + ' ' + worst.textContent.slice(0, 40) : '';
"""


def set_width(browser: WebDriver, width: int) -> None:
    metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)


@pytest.mark.timeout(600)
@pytest.mark.parametrize("width", [1280, PHONE_WIDTH])
def test_no_page_is_wider_than_the_window(
    driver: WebDriver, base_url: str, site: Path, width: int
) -> None:
    set_width(driver, width)
    pages = sorted(
        p.relative_to(site).as_posix() for p in site.rglob("*.html") if "pagefind" not in p.parts
    )
    wide = []
    for page in pages:
        driver.get(base_url + page)
        wait_for(driver, "main")  # copy buttons are added on DOMContentLoaded, before get returns
        if horizontal_overflow(driver):
            culprit = driver.execute_script(WIDEST)
            wide.append(f"{page}: {horizontal_overflow(driver)} px ({culprit})")
    for name, page in (("index", "index.html"), ("provider", provider_page("fly-io"))):
        driver.get(base_url + page)
        wait_for(driver, "main")
        driver.save_screenshot(str(SHOTS / f"site-{name}-{width}.png"))
    assert wide == []


@pytest.mark.parametrize("width", [1280, PHONE_WIDTH])
def test_code_is_highlighted_and_tables_stack_on_phones(
    driver: WebDriver, base_url: str, width: int
) -> None:
    from selenium.webdriver.common.by import By

    set_width(driver, width)
    driver.get(base_url + FUNCTION)
    wait_for(driver, LUA_COPY)
    keyword = driver.find_element(By.CSS_SELECTOR, "code.language-lua.highlight span.kd")
    assert keyword.text == "local"
    plain = driver.find_element(By.CSS_SELECTOR, "code.language-lua.highlight span.w")
    assert keyword.value_of_css_property("color") != plain.value_of_css_property("color")
    cell = driver.find_element(By.CSS_SELECTOR, "table.params td[data-label='Type']")
    display = cell.value_of_css_property("display")
    assert display == ("block" if width == PHONE_WIDTH else "table-cell")
    if width == PHONE_WIDTH:
        label = driver.execute_script(
            "return getComputedStyle(arguments[0], '::before').content", cell
        )
        assert label == '"Type: "'
    driver.execute_script("document.getElementById('parameters').scrollIntoView()")
    driver.save_screenshot(str(SHOTS / f"site-function-{width}.png"))
    assert console_errors(driver) == []


def press_copy(browser: WebDriver) -> tuple[str, str]:
    """Tab to the first copy button, press Enter: (the button's text after, the code)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    button = browser.find_element(By.CSS_SELECTOR, LUA_COPY)
    assert button.tag_name == "button" and button.accessible_name == "Copy Lua example"
    for _ in range(80):  # keyboard only: Tab until the button has focus
        if browser.switch_to.active_element == button:
            break
        ActionChains(browser).send_keys(Keys.TAB).perform()
    assert browser.switch_to.active_element == button
    button.send_keys(Keys.ENTER)
    wait_for(browser, f"{LUA_COPY}.copied", "Copied")
    code = browser.execute_script(
        "return arguments[0].closest('.code-block').querySelector('pre').innerText", button
    )
    return button.text, str(code).rstrip("\n")


def test_copy_button_copies_to_the_clipboard(driver: WebDriver, base_url: str) -> None:
    origin = base_url.rstrip("/")
    driver.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    driver.get(base_url + FUNCTION)
    wait_for(driver, LUA_COPY)
    text, code = press_copy(driver)
    assert text == "Copied"
    copied = driver.execute_async_script(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('!' + e))"
    )
    assert copied == code
    assert "app.integrations.heroku.list_dynos(" in code
    driver.save_screenshot(str(SHOTS / "site-copied.png"))


def test_copy_button_falls_back_to_a_textarea(driver: WebDriver, base_url: str) -> None:
    driver.get(base_url + FUNCTION)
    wait_for(driver, LUA_COPY)
    # No Clipboard API (as on plain-HTTP hosts): the hidden-textarea path must copy.
    driver.execute_script(
        "Object.defineProperty(navigator, 'clipboard', {value: undefined});"
        "window.copiedText = null;"
        "document.addEventListener('copy', () => {"
        "  window.copiedText = document.activeElement.value; });"
    )
    text, code = press_copy(driver)
    assert text == "Copied"
    assert driver.execute_script("return window.copiedText") == code
    assert driver.execute_script("return document.querySelectorAll('textarea').length") == 0


def test_search_lands_on_a_function_page(driver: WebDriver, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    provider_id, function = SEARCHED
    driver.get(base_url + "index.html")
    wait_for(driver, ".pagefind-ui__search-input")
    driver.find_element(By.CSS_SELECTOR, ".pagefind-ui__search-input").send_keys(function)
    wait_for(driver, ".pagefind-ui__results", function)
    first = driver.find_element(By.CSS_SELECTOR, ".pagefind-ui__result-link")
    excerpt = driver.find_element(By.CSS_SELECTOR, ".pagefind-ui__result-excerpt").text
    assert "Name Type Required" not in excerpt  # table headers stay out of excerpts
    driver.save_screenshot(str(SHOTS / "site-search.png"))
    first.click()
    wait_for(driver, "h1", function)
    assert driver.current_url.split("#")[0].endswith(function_page(provider_id, function))
