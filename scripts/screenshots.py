"""Screenshots of the pages into docs/ (Debian Chromium through Playwright), on a laptop and a phone.

    .venv/bin/python scripts/screenshots.py

The server runs with the fictional Baihua report added (a data folder holding only ``reports/``),
so a cross-region question has something to chart.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
LAPTOP, PHONE = {"width": 1280, "height": 800}, {"width": 390, "height": 844}


def shoot(browser, base: str, viewport: dict, prefix: str, mobile: bool):
    page = browser.new_context(viewport=viewport, locale="zh-CN", is_mobile=mobile, has_touch=mobile,
                               device_scale_factor=2 if mobile else 1).new_page()

    def ask(q):
        page.fill("#question", q)
        page.press("#question", "Enter")
        page.wait_for_timeout(500)

    page.goto(base + "/")
    for q in ["区司法局收到多少件行政复议申请？", "办结了多少？", "有哪些工作机制？", "哪个区县法律援助案件最多"]:
        ask(q)
    page.wait_for_selector(".answer .chart canvas")
    page.wait_for_timeout(300)
    page.screenshot(path=str(ROOT / f"docs/{prefix}chat.png"), full_page=not mobile)
    page.add_style_tag(content=".ask { position: static }")   # the sticky question box would cover it
    page.locator(".answer").last.screenshot(path=str(ROOT / f"docs/{prefix}chart.png"))
    page.goto(base + "/sparql")
    page.wait_for_selector("#results table")
    page.screenshot(path=str(ROOT / f"docs/{prefix}sparql-editor.png"))   # the editor and the first rows
    page.goto(base + "/search?q=司法局")
    page.click("ul.hits a >> nth=0")
    page.wait_for_selector("#graph[data-drawn]")
    page.wait_for_timeout(500)
    page.screenshot(path=str(ROOT / f"docs/{prefix}entity.png"), full_page=not mobile)
    page.goto(base + "/widget-demo")
    page.locator(".fazhi-widget .bubble").click()
    page.locator(".fazhi-widget input").fill("进驻率是多少？")
    page.locator(".fazhi-widget button.send").click()
    page.wait_for_timeout(800)
    page.screenshot(path=str(ROOT / f"docs/{prefix}widget.png"))
    page.context.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main():
    port = free_port()   # a fixed port may be another checkout's server
    data = Path(tempfile.mkdtemp()) / "data"
    shutil.copytree(ROOT / "tests" / "fixtures" / "reports", data / "reports")
    log = (data.parent / "server.log").open("w+b")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--port", str(port), "--workers", "1"],
                            cwd=ROOT, env=dict(os.environ, KGQA_DATA=str(data)), stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/readyz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            shoot(b, base, LAPTOP, "", mobile=False)
            shoot(b, base, PHONE, "phone-", mobile=True)
            b.close()
    except Exception:
        log.seek(0)
        print(log.read().decode()[-3000:], file=sys.stderr)   # what the server saw, for the failure
        raise
    finally:
        proc.terminate()
        proc.wait(20)
        shutil.rmtree(data.parent)


if __name__ == "__main__":
    main()
