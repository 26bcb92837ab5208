"""The pages on a laptop (1280×800) and a phone (390×844), in Debian's Chromium.

What a person needs on each: nothing wider than the screen, the answer and its source in view,
the input reachable; and the pictures (charts, the entity drawing) drawn where they belong.
"""

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright
from test_browser import ARGS, chromium_path

SIZES = {"laptop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture(params=list(SIZES))
def page(request, browser):
    """A page at each size; every response of 400 or more is collected (a missing favicon too)."""
    context = browser.new_context(viewport=SIZES[request.param], locale="zh-CN",
                                  is_mobile=request.param == "phone", has_touch=request.param == "phone",
                                  accept_downloads=True)
    pg = context.new_page()
    pg.failed = []
    pg.on("response", lambda r: r.status >= 400 and pg.failed.append(f"{r.status} {r.url}"))
    pg.size = request.param
    yield pg
    context.close()


def no_horizontal_overflow(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] + 1, f"page is {width}px wide at {page.size}"


def in_view(page, locator):
    box = locator.bounding_box()
    assert box is not None, "not displayed"
    view = page.viewport_size
    assert box["x"] >= 0 and box["x"] + box["width"] <= view["width"] + 1, box
    assert box["y"] >= 0 and box["y"] + box["height"] <= view["height"] + 1, box


def ask(page, question):
    """Ask on the chat page; the new answer (not the one before it, still on screen)."""
    before = page.locator(".answer").count()
    page.fill("#question", question)
    page.press("#question", "Enter")
    expect(page.locator(".answer")).to_have_count(before + 1, timeout=20_000)
    answer = page.locator(".answer").nth(before)
    expect(answer).to_be_visible()
    return answer


def test_chat(page, live_server):
    page.goto(live_server + "/")
    in_view(page, page.locator("#question"))
    answer = ask(page, "区司法局收到多少件行政复议申请？")
    expect(answer.locator(".text")).to_contain_text("32件")
    source = answer.locator("blockquote.source")
    source.scroll_into_view_if_needed()
    expect(source).to_be_in_viewport()
    for q in ["办结了多少？", "进驻率是多少？", "有哪些工作机制？"]:
        ask(page, q)
    page.locator(".answer").last.scroll_into_view_if_needed()
    in_view(page, page.locator("#question"))   # the input stays on screen below a long conversation
    no_horizontal_overflow(page)
    cell = page.locator(".answer table.facts td").first
    display = cell.evaluate("td => getComputedStyle(td).display")
    assert display == ("block" if page.size == "phone" else "table-cell")   # cards on a phone
    assert not page.failed


def test_a_list_answer_is_a_list(page, live_server):
    page.goto(live_server + "/")
    answer = ask(page, "有哪些工作机制？")
    assert answer.locator("ol.items li").count() >= 5
    no_horizontal_overflow(page)


def test_sparql_editor(page, live_server):
    page.goto(live_server + "/sparql")
    expect(page.locator("#results table tr").nth(1)).to_be_visible()   # opened with an example, run
    assert page.evaluate("window.sparqlEditor.getValue()").strip()
    assert page.locator("#examples option").nth(1).inner_text()[0] > "\u2e80"   # a Chinese title
    no_horizontal_overflow(page)
    assert not page.failed
    page.evaluate("window.sparqlEditor.setValue('SELEC nonsense')")
    page.locator(".CodeMirror textarea").focus()
    page.keyboard.press("Control+Enter")
    expect(page.locator("#error")).to_contain_text("malformed")
    assert page.locator("#results").inner_text() == ""   # the earlier results are gone
    page.evaluate("window.sparqlEditor.setValue('PREFIX org: <http://www.w3.org/ns/org#> "
                  "CONSTRUCT { ?o ?p ?v } WHERE { ?o a org:Organization ; ?p ?v }')")
    page.click("#run")
    turtle = page.locator("#results pre.turtle")
    expect(turtle).to_contain_text("skos:prefLabel")   # prefixed Turtle, not N-Triples
    expect(page.locator("#error")).to_have_text("")
    no_horizontal_overflow(page)
    page.locator("#run").scroll_into_view_if_needed()
    in_view(page, page.locator("#run"))


def test_entity_page(page, live_server):
    page.goto(live_server + "/search?q=司法局")
    page.click("ul.hits a >> nth=0")
    expect(page.locator("h1")).to_have_text("区司法局")
    expect(page.locator("#graph[data-drawn]")).to_be_attached()
    fit = page.evaluate("""() => {
        const bb = cy.elements().renderedBoundingBox(), w = cy.width(), h = cy.height();
        return {x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2, w, h, zoom: cy.zoom()};
    }""")
    assert fit["x1"] >= -2 and fit["y1"] >= -2 and fit["x2"] <= fit["w"] + 2 and fit["y2"] <= fit["h"] + 2, fit
    assert fit["x2"] - fit["x1"] >= fit["w"] / 2 and fit["y2"] - fit["y1"] >= fit["h"] / 2, fit   # not a speck
    assert fit["zoom"] * 13 >= 10, fit   # 13px labels stay readable
    labels = page.evaluate("cy.nodes().map(n => n.style('label')).filter(l => l).length")
    assert labels == page.evaluate("cy.nodes().length")   # a small neighbourhood: every node named
    no_horizontal_overflow(page)
    in_view(page, page.locator("header .search input"))
    assert not page.failed


def test_widget_demo(page, live_server):
    page.goto(live_server + "/widget-demo")
    host = page.locator(".fazhi-widget")
    in_view(page, host.locator(".bubble"))
    host.locator(".bubble").click()
    in_view(page, host.locator("input"))
    host.locator("input").fill("区司法局收到多少件行政复议申请？")
    host.locator("button.send").click()
    expect(host.locator(".a").last).to_contain_text("32件")
    expect(host.locator(".a .src").last).to_be_visible()
    in_view(page, host.locator(".panel"))
    no_horizontal_overflow(page)
    assert not page.failed


def test_browsers_get_an_html_404(page, live_server):
    response = page.goto(live_server + "/id/no-such-thing")
    assert response.status == 404 and response.headers["content-type"].startswith("text/html")
    expect(page.locator("h1")).to_have_text("找不到这个页面")
    no_horizontal_overflow(page)


def test_a_ranking_is_charted_and_its_facts_download_as_csv(page, two_report_server):
    page.goto(two_report_server + "/")
    answer = ask(page, "哪个区县法律援助案件最多")
    expect(answer.locator(".chart canvas")).to_be_visible()
    drawn = answer.locator(".chart").evaluate("h => h.chart && h.chart.data.labels.join('|')")
    assert drawn == "白桦区2024年|铁西区2025年"
    assert answer.locator(".chart canvas").evaluate("c => c.width > 50 && c.height > 50")
    no_horizontal_overflow(page)
    with page.expect_download() as download:
        answer.locator("a.csv").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8-sig"))))
    assert [(r["region"], r["value"]) for r in rows] == [("白桦区", "517"), ("铁西区", "328")]
    one = ask(page, "铁西区区司法局收到多少件行政复议申请？")   # one figure: nothing to compare
    expect(one.locator("table.facts")).to_be_visible()
    assert one.locator(".chart").count() == 0
