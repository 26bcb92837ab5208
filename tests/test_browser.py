"""In Debian's Chromium, driven by Playwright, against the live server.

The browser is found at $CHROMIUM or /usr/bin/chromium; without it these
tests fail (``.ci/run`` installs it), they do not skip.
"""

import os
import shutil

import pytest
from playwright.sync_api import expect, sync_playwright

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(path):
        pytest.fail(f"Chromium not found at {path}: install Debian's chromium (see .ci/run)")
    return path


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="zh-CN")
    pg = context.new_page()
    pg.on("dialog", lambda d: (_ for _ in ()).throw(AssertionError(f"a dialog opened: {d.message}")))
    yield pg
    context.close()


def test_chat_page_answers_with_source(page, live_server):
    page.goto(live_server + "/")
    expect(page.locator(".example").first).to_be_visible()
    page.fill("#question", "区司法局收到多少件行政复议申请？")
    page.click("button[type=submit]")
    answer = page.locator(".answer").last
    expect(answer.locator(".text")).to_contain_text("32件")
    expect(answer.locator("blockquote.source")).to_contain_text("收到行政复议申请32件")
    expect(answer.locator("table.facts td.num").first).to_contain_text("32")


def test_chat_follow_up_and_suggestion(page, live_server):
    page.goto(live_server + "/")
    page.fill("#question", "行政复议收到多少件？")
    page.click("button[type=submit]")
    expect(page.locator(".answer").last).to_contain_text("32件")
    page.fill("#question", "办结了多少？")
    page.click("button[type=submit]")
    expect(page.locator(".answer").nth(1)).to_contain_text("28件")


@pytest.mark.parametrize("evil", ["<img src=x onerror=alert(1)>",
                                  "<img src=x onerror=\"window.__pwned=true\">行政复议多少件"])
def test_markup_in_a_question_is_shown_as_text(browser, live_server, evil):
    context = browser.new_context()
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(live_server + "/")
    page.evaluate("window.__pwned = false")
    page.fill("#question", evil)
    page.click("button[type=submit]")
    expect(page.locator(".user").last).to_have_text(evil)
    expect(page.locator(".answer").last).to_be_visible()
    page.wait_for_timeout(300)
    assert page.locator(".log img").count() == 0
    assert page.evaluate("window.__pwned") is False and dialogs == []
    context.close()


def test_sparql_editor_runs_an_example(page, live_server):
    page.goto(live_server + "/sparql")
    page.select_option("#examples", index=1)
    page.click("#run")
    expect(page.locator("#results table tr").nth(1)).to_be_visible()
    assert page.locator("#results table tr").count() > 10
    expect(page.locator(".CodeMirror .cm-keyword").first).to_be_visible()  # highlighted


def test_sparql_editor_shows_errors(page, live_server):
    page.goto(live_server + "/sparql")
    page.evaluate("window.sparqlEditor.setValue('SELEC nonsense')")
    page.click("#run")
    expect(page.locator("#error")).to_contain_text("malformed")


def test_entity_page_draws_its_neighbourhood(page, live_server):
    page.goto(live_server + "/search?q=司法局")
    page.click("ul.hits a >> nth=0")
    expect(page.locator("h1")).to_have_text("区司法局")
    expect(page.locator("#graph[data-drawn]")).to_be_attached()
    assert page.evaluate("window.cy.nodes().length") > 2
    assert page.locator("#graph canvas").count() > 0
    expect(page.locator("table.facts")).to_contain_text("行政复议")


def test_widget_on_a_page_answers(page, live_server):
    page.goto(live_server + "/widget-demo")
    host = page.locator(".fazhi-widget")
    host.locator(".bubble").click()
    host.locator("input").fill("进驻率是多少？")
    host.locator("button.send").click()
    expect(host.locator(".a").last).to_contain_text("96.67%")
