"""The analyst report in a real browser (headless Chromium), when one is installed.

Checks that the page renders from file://, that the case table is in the DOM, that the
sorting/filtering script ran (so the CSP hash matches it), and that Chromium requested
nothing over the network while loading the page (its net log holds no http(s) URL).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from report_fixture import build_result

from audit_cli.report import write_reports

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")


def chromium(page: Path, profile: Path, net_log: Path, *args: str) -> subprocess.CompletedProcess:
    command = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--disable-default-apps",
               "--disable-extensions", f"--user-data-dir={profile}",
               f"--log-net-log={net_log}", "--net-log-capture-mode=Everything", *args,
               page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    write_reports(build_result(), folder / "run", {"html"})
    return folder / "run" / "report.html"


def page_requests(net_log: Path) -> list[str]:
    """URLs the page asked for. Chromium's own background calls (update checks, account
    probes) start with no origin ("not an origin") and are not the report's doing."""
    text = net_log.read_text(encoding="utf-8", errors="replace").rstrip()
    if not text.endswith("}"):  # a log cut short when the browser exited
        text = text.rstrip(",") + "]}"
    log = json.loads(text)
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = set()
    for event in log["events"]:
        params = event.get("params") or {}
        if event["type"] != start_job or "url" not in params:
            continue
        if params.get("initiator") == "not an origin":
            continue
        if not params["url"].startswith(("file:", "data:")):
            urls.add(params["url"])
    return sorted(urls)


def test_the_request_detector_sees_a_page_request(tmp_path):
    """Guards the two tests below: a page that does fetch something is caught."""
    probe = tmp_path / "probe.html"
    probe.write_text('<!DOCTYPE html><img src="http://127.0.0.1:9/pixel.png" alt="">',
                     encoding="utf-8")
    chromium(probe, tmp_path / "profile", tmp_path / "net.json", "--dump-dom")
    assert page_requests(tmp_path / "net.json") == ["http://127.0.0.1:9/pixel.png"]


def test_screenshot_renders(page, tmp_path):
    shot = tmp_path / "report.png"
    run = chromium(page, tmp_path / "profile", tmp_path / "net.json",
                   f"--screenshot={shot}", "--window-size=1400,2400")
    assert shot.exists(), run.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
    assert page_requests(tmp_path / "net.json") == []


def test_dom_has_case_table_and_script_ran(page, tmp_path):
    run = chromium(page, tmp_path / "profile", tmp_path / "net.json", "--dump-dom")
    dom = run.stdout
    assert 'id="case-table"' in dom, run.stderr[-2000:]
    assert dom.count('data-verdict="missed_stalking"') == 9
    # The script un-hides the controls and counts rows: proof it was allowed to run.
    assert re.search(r'<div id="case-controls" class="controls">', dom)
    assert "21 of 21 cases shown" in dom  # the 9 no-concern cases are not listed
    assert 'class="sort"' in dom
    assert page_requests(tmp_path / "net.json") == []
