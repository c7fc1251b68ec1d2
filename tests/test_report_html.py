"""The analyst HTML report: self-contained, escaped, complete, overridable."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest
from report_fixture import HOSTILE_SCRIPT, build_result, listed_cases

from audit_cli.errors import AuditError
from audit_cli.report import write_reports
from audit_cli.report.html import evidence_spans, narrative_segments, render_html
from audit_cli.report.base import Audience
from audit_cli.report.tables import case_table, flagged_mask


class Page(HTMLParser):
    """Collects what the tests look at: elements, attributes, scripts, text by id."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)

    def all(self, tag):
        return [attrs for t, attrs in self.elements if t == tag]


@pytest.fixture(scope="module")
def result():
    return build_result()


@pytest.fixture(scope="module")
def html(result):
    return render_html(result, Audience.ANALYSTS)


@pytest.fixture(scope="module")
def page(html):
    return Page(html)


def test_strict_csp_allows_only_the_known_script(page):
    csp = next(a["content"] for a in page.all("meta")
               if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "img-src data:" in csp
    assert len(page.scripts) == 1
    digest = base64.b64encode(hashlib.sha256(page.scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert all("src" not in attrs for attrs in page.all("script"))


def test_no_external_reference_anywhere(page, html):
    for tag, attrs in page.elements:
        for name in ("src", "href", "action", "data", "poster"):
            value = attrs.get(name) or ""
            assert not value or value.startswith(("#", "data:")), (tag, name, value)
    assert "<link" not in html and "@import" not in html and "url(http" not in html


def test_data_is_escaped_never_markup(page, html):
    handlers = [(t, k) for t, attrs in page.elements for k in attrs if k.startswith("on")]
    assert handlers == []
    assert not any(t == "img" for t, _ in page.elements)  # "<img onerror>" was narrative
    text = "".join(page.text)
    assert HOSTILE_SCRIPT in text  # shown as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_sections_and_summary_figures(page, result, html):
    ids = {attrs.get("id") for _, attrs in page.elements}
    assert {"summary", "cases", "details", "compliance", "quality", "method"} <= ids
    text = " ".join(page.text)
    missed = int((result.cases["verdict"] == "missed_stalking").sum())
    assert re.search(rf"Missed stalking\s+{missed}\b", text)
    assert html.count('class="chart"') == 3
    assert f"Rows read {result.load.account.read}" in " ".join(text.split())


def test_case_table_is_a_real_accessible_table(page, result):
    table_rows = [a for a in page.all("tr") if "data-verdict" in a]
    assert len(table_rows) == len(listed_cases(result))
    assert any(a.get("scope") == "col" for a in page.all("th"))
    assert len(page.all("caption")) >= 5


def test_details_only_for_flagged_cases(page, result):
    cases = case_table(result)
    flagged = set(cases.loc[flagged_mask(cases), "case_id"])
    details = {a["id"][5:] for a in page.all("details") if (a.get("id") or "").startswith("case-")}
    assert details == flagged
    no_concern = cases.loc[cases["verdict"] == "no_concern", "case_id"]
    assert not details & set(no_concern)


def test_evidence_marked_from_offsets(page, result):
    marks = [a for a in page.all("mark")]
    narrative_hits = result.detect.hits
    assert len(marks) >= len(narrative_hits) // 2  # overlapping hits merge into one mark
    assert any("STK-PURSUIT-001" in (m.get("title") or "") for m in marks)


def test_cap_on_case_details_is_stated(result):
    text = render_html(result, Audience.ANALYSTS, max_case_details=2)
    assert text.count('<details class="case"') == 2
    flagged = int(flagged_mask(case_table(result)).sum())
    assert f"{flagged - 2} more not shown" in text


def test_cap_on_the_case_list_keeps_the_most_serious_and_says_so(result):
    listed = case_table(result)
    listed = listed[listed["verdict"] != "no_concern"]
    text = render_html(result, Audience.ANALYSTS, max_html_cases=3)
    rows = [attrs for attrs in Page(text).all("tr") if "data-verdict" in attrs]
    assert len(rows) == 3
    assert [r["data-verdict"] for r in rows] == listed["verdict"].head(3).tolist()
    assert "the first 3 are listed here" in text
    assert f"Reported cases (3 of {len(listed)})" in text
    full = render_html(result, Audience.ANALYSTS)
    assert "are listed here" not in full
    assert f"Reported cases ({len(listed)})" in full


def test_user_template_overrides_built_in(result, tmp_path):
    (tmp_path / "_method.html").write_text(
        '<section id="method"><h2>Local method {{ method.profile }}</h2></section>',
        encoding="utf-8")
    text = render_html(result, Audience.ANALYSTS, templates_dir=tmp_path)
    assert "Local method generic" in text
    assert 'id="summary"' in text  # everything else still built in


def test_user_templates_are_autoescaped_too(result, tmp_path):
    (tmp_path / "_method.html").write_text("<p>{{ cases[0].suspect }}</p>", encoding="utf-8")
    text = render_html(result, Audience.ANALYSTS, templates_dir=tmp_path)
    assert "<script>alert" not in text


def test_missing_templates_folder_is_a_user_error(result, tmp_path):
    with pytest.raises(AuditError, match="templates folder"):
        write_reports(result, tmp_path / "out", {"html"}, templates_dir=tmp_path / "nope")
    assert not (tmp_path / "out").exists()


def test_narrative_segments_merge_overlaps():
    text = "he followed her home and waited"
    spans = [(3, 11, "A"), (3, 20, "B"), (25, 31, "C")]
    assert narrative_segments(text, spans) == [
        ("he ", ""), ("followed her home", "A, B"), (" and ", ""), ("waited", "C")]


def test_bad_offsets_fall_back_to_the_matched_text():
    hits = [{"field": "narrative", "matched": "waited", "start": 0, "end": 6, "rule_id": "R"}]
    assert evidence_spans("he waited", hits) == [(3, 9, "R")]
    hits[0]["matched"] = "absent"
    assert evidence_spans("he waited", hits) == []
