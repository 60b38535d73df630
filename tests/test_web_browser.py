"""The pages in a real browser: Debian's Chromium driven by Playwright against `bilateral serve`'s
application on loopback, over a store of the sample reports.

Skipped (with the reason) only where /usr/bin/chromium is absent outside CI; in CI (CI=true) a missing
browser fails. Screenshots go to the test's temporary folder; their paths are printed (pytest -s).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright

from bilateral.web import create_app
from web_support import TOKEN, fill_store, served

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists() and os.environ.get("CI") != "true":
    pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium); CI installs it and runs these tests",
                allow_module_level=True)



@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = fill_store(tmp_path_factory.mktemp("browser") / "demo.db", trade=True)
    with served(create_app(db, TOKEN)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A page that records policy violations and script errors; a test fails on any."""
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []

    def console(message: ConsoleMessage) -> None:
        if message.type == "error" and "status of 401" not in message.text:  # a refused form is a 401 page
            problems.append(message.text)

    page.on("console", console)
    page.on("pageerror", lambda error: problems.append(str(error)))
    yield page
    context.close()
    assert not problems, problems


def shot(page: Page, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path


def test_overview_of_the_sample_data_draws_its_charts(page: Page, tmp_path: Path) -> None:
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/pairs/AFG-KAZ$"))
    expect(page.locator("h1")).to_have_text("Afghanistan – Kazakhstan")
    for name in ("trade", "commitments", "engagements"):
        expect(page.locator(f'[data-spec="spec-{name}"][data-drawn="true"] svg')).to_be_visible()
    expect(page.get_by_role("heading", name="Newest reports")).to_be_visible()
    expect(page.locator("#trade ~ div table").first).to_contain_text("$3 billion")
    expect(page.get_by_role("heading", name="Official: Kazakhstan's statistics")).to_be_visible()
    shot(page, tmp_path, "overview")


def test_a_thread_leads_to_its_document_with_the_sentence_highlighted(page: Page, tmp_path: Path) -> None:
    page.goto("/pairs/AFG-KAZ")
    page.locator("#undertakings ~ table a", has_text="Torghundi").first.click()
    expect(page.locator("h1")).to_contain_text("Torghundi")
    steps = page.locator("ol.steps > li")
    expect(steps.first).to_contain_text("intent")
    expect(steps.last).to_contain_text("signed")
    quote = steps.last.locator("blockquote").inner_text()
    shot(page, tmp_path, "thread")
    steps.last.locator(".source a").click()
    expect(page).to_have_url(re.compile(r"/documents/[^#]+#fact-"))
    current = page.locator("mark.current")
    expect(current.first).to_be_visible()
    assert " ".join(current.all_inner_texts()).split() == quote.split()
    expect(page.locator(".doc-facts li.current")).to_have_count(1)
    shot(page, tmp_path, "document")


def test_a_pasted_report_is_ingested_through_the_form_with_the_token(page: Page, base_url: str,
                                                                      tmp_path: Path) -> None:
    text = ("Uzbekistan and Afghanistan sign rail deal\n\nTASHKENT, March 3, 2025 — Uzbekistan pledged to "
            "invest $120 million in the Termez–Mazar-i-Sharif railway, officials said after talks in Tashkent.")
    page.goto("/ingest")
    page.get_by_label("Report text").fill(text)
    page.get_by_label("Token").fill("wrong-token")
    page.get_by_role("button", name="Add the report").click()
    expect(page.get_by_role("alert")).to_contain_text("token")
    assert httpx.get(f"{base_url}/api/documents", params={"q": "Termez"}).json()["total"] == 0
    page.get_by_label("Published").fill("2025-03-03")
    page.get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Add the report").click()
    expect(page).to_have_url(re.compile(r"/documents/doc-[0-9a-f]{16}\?new=stored$"))
    expect(page.get_by_role("status")).to_contain_text("Stored")
    expect(page.locator("h1")).to_have_text("Uzbekistan and Afghanistan sign rail deal")
    expect(page.locator("main p.small").first).to_contain_text("3 March 2025")
    expect(page.locator(".doc-facts li").first).to_be_visible()
    shot(page, tmp_path, "ingested")


def test_a_report_holding_html_and_script_renders_as_inert_text(page: Page, base_url: str) -> None:
    hostile = ('<script>window.__pwned = 1</script> Kazakhstan pledged to build <b>a school</b> in Kabul '
               '<img src=x onerror="window.__pwned = 2"> for $2 million.')
    answer = httpx.post(f"{base_url}/api/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                        json={"id": "hostile", "title": "<i>Title</i><script>window.__pwned = 3</script>",
                              "published": "2025-05-01", "text": hostile})
    assert answer.status_code == 201, answer.text
    for path in ("/documents/hostile", "/search?q=school", "/documents?q=school"):
        page.goto(path)
        assert page.evaluate("window.__pwned") is None
        assert page.locator("main script, main img, main b, main i").count() == 0
    page.goto("/documents/hostile")
    expect(page.locator("h1")).to_have_text("<i>Title</i><script>window.__pwned = 3</script>")
    expect(page.locator("article.doc-text")).to_contain_text('<img src=x onerror="window.__pwned = 2">')
