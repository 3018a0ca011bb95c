"""Headless chromium for tests that open exported pages (as tests/test_explorer.py starts it).

Offline: every host resolves to nothing (``--host-resolver-rules``), so a page that would
fetch a script from a CDN (MathJax, require.js in nbconvert's template) loads without it.
"""

from __future__ import annotations

import os
import shutil
import time
from contextlib import contextmanager

import pytest

#: Collects elements across shadow roots (Bokeh draws its widgets inside them).
DEEP = """
function deep(root, sel, out) {
  root.querySelectorAll(sel).forEach(e => out.push(e));
  root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) deep(e.shadowRoot, sel, out); });
  return out;
}
"""

#: What an attack left in the page, if anything ran or became markup: the flag a script sets, an
#: event-handler attribute or a javascript:/image URL carrying the payload, an executable script
#: element holding it, and code or links made from the manifest's backticks and brackets. (Data
#: the page only holds, a JSON script block or an option's value, is text, not markup.)
INJECTED = DEEP + """
const all = deep(document, '*', []);
const found = [];
const payload = v => v.includes('__pwned') || v.includes('alert(');
if (typeof window.__pwned !== 'undefined') found.push('window.__pwned is set');
for (const e of all) {
  for (const a of Array.from(e.attributes || [])) {
    const url = /^(href|src|action|formaction|xlink:href|data)$/i.test(a.name) && /^\\s*javascript:/i.test(a.value);
    if ((/^on/i.test(a.name) && payload(a.value)) || url) found.push(e.tagName + ' ' + a.name + '=' + a.value.slice(0, 60));
  }
  const type = (e.getAttribute && e.getAttribute('type') || '').toLowerCase();
  const runs = !type || /javascript|ecmascript|module/.test(type);
  if (e.tagName === 'SCRIPT' && runs && payload(e.textContent)) found.push('script element: ' + e.textContent.slice(0, 60));
  if (e.tagName === 'IMG' && /^(x|y)$/.test(e.getAttribute('src') || '')) found.push('img src=' + e.getAttribute('src'));
  if (e.tagName === 'CODE' && /^(code|tick)$/.test(e.textContent)) found.push('code element: ' + e.textContent);
}
return found;
"""

#: Every text node's text, shadow roots included (what a reader sees, Bokeh's widgets too).
VISIBLE_TEXT = DEEP + """
const parts = [document.body.innerText];
for (const e of deep(document, '*', [])) if (e.shadowRoot) parts.push(e.shadowRoot.textContent);
return parts.join('\\n');
"""


def find_chromium():
    """(chromium binary, chromedriver) or Nones."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name), shutil.which("chromedriver")
    return None, shutil.which("chromedriver")


@contextmanager
def chromium():
    """A headless chromium driver, skipped (failed on CI) when chromium or selenium is missing."""
    binary, driver = find_chromium()
    if binary is None or driver is None:
        if os.environ.get("CI"):
            pytest.fail("CI: chromium and chromedriver must be installed (.ci/run installs them)")
        pytest.skip("chromium or chromedriver not installed")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("selenium not installed")
    opts = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--window-size=1400,1000", "--host-resolver-rules=MAP * ~NOTFOUND"):
        opts.add_argument(a)
    opts.binary_location = binary
    d = webdriver.Chrome(service=Service(driver), options=opts)
    try:
        yield d
    finally:
        d.quit()


def open_page(d, path, settle: float = 1.0, wait_for: str | None = None, timeout: float = 20.0):
    """Load ``path`` (a file), hover and click over the page (a handler an attack set waits for
    them), and wait ``settle`` seconds (or until ``wait_for`` returns true) for scripts to run."""
    from selenium.webdriver.common.action_chains import ActionChains

    d.get(path.resolve().as_uri())
    end = time.monotonic() + timeout
    if wait_for:
        while time.monotonic() < end and not d.execute_script(DEEP + wait_for):
            time.sleep(0.2)
    # move over every element that names a group, and tab through focusable ones: an
    # onmouseover/onfocus attribute made from data would fire now
    d.execute_script("document.querySelectorAll('*').forEach(e => {"
                     " ['mouseover', 'mouseenter', 'focus'].forEach(t => e.dispatchEvent(new Event(t))); });")
    ActionChains(d).move_by_offset(5, 5).perform()
    time.sleep(settle)


def alert_text(d):
    """The text of an open alert/confirm/prompt dialog, or None."""
    from selenium.common.exceptions import NoAlertPresentException

    try:
        return d.switch_to.alert.text
    except NoAlertPresentException:
        return None
