"""Screenshots of the pages into docs/ (Debian Chromium through Playwright).

    python scripts/screenshots.py
"""

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def main(port: int = 8799):
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--port", str(port), "--workers", "1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/readyz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = b.new_page(viewport={"width": 1100, "height": 800}, locale="zh-CN")
            page.goto(base + "/")
            for q in ["区司法局收到多少件行政复议申请？", "办结了多少？", "人大建议和政协提案合计多少件？"]:
                page.fill("#question", q)
                page.click("button[type=submit]")
                page.wait_for_timeout(400)
            page.screenshot(path=str(ROOT / "docs/chat.png"), full_page=True)
            page.goto(base + "/sparql")
            page.select_option("#examples", index=2)
            page.click("#run")
            page.wait_for_selector("#results table")
            page.screenshot(path=str(ROOT / "docs/sparql-editor.png"), full_page=True)
            page.goto(base + "/search?q=司法局")
            page.click("ul.hits a >> nth=0")
            page.wait_for_selector("#graph[data-drawn]")
            page.wait_for_timeout(500)
            page.screenshot(path=str(ROOT / "docs/entity.png"), full_page=True)
            page.goto(base + "/widget-demo")
            page.locator(".fazhi-widget .bubble").click()
            page.locator(".fazhi-widget input").fill("进驻率是多少？")
            page.locator(".fazhi-widget button.send").click()
            page.wait_for_timeout(800)
            page.screenshot(path=str(ROOT / "docs/widget.png"))
            b.close()
    finally:
        proc.terminate()
        proc.wait(20)


if __name__ == "__main__":
    main()
