"""Bar charts as inline SVG for the HTML report (matplotlib, Agg, no display needed).

The SVG is deterministic: a fixed hash salt for element ids, no date or creator in the
metadata, text drawn as paths with the fonts matplotlib ships, and the XML comments
(which repeat the label text) stripped. Labels are data, so they are cleaned and kept
out of matplotlib's mathtext (a "$" in a team name must not be parsed as TeX).
"""

from __future__ import annotations

import hashlib
import io
import re

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

BAR_COLOUR = "#1f4e79"  # 9.3:1 against white
TEXT_COLOUR = "#1a1a1a"
MAX_BARS = 12
MAX_LABEL = 38
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_COMMENT = re.compile(r"<!--.*?-->\s*", re.DOTALL)
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)

_STYLE = {
    "svg.hashsalt": "audit-report",
    "svg.fonttype": "path",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.edgecolor": "#595959",
    "axes.labelcolor": TEXT_COLOUR,
    "xtick.color": TEXT_COLOUR,
    "ytick.color": TEXT_COLOUR,
    "text.color": TEXT_COLOUR,
    "text.usetex": False,
}


def chart_label(text: object) -> str:
    label = _CONTROL.sub(" ", str(text)).strip() or "(blank)"
    if len(label) > MAX_LABEL:
        label = label[:MAX_LABEL - 1] + "…"
    return label.replace("$", r"\$")


def top_counts(counts: pd.Series, limit: int = MAX_BARS) -> pd.Series:
    """The largest `limit - 1` bars and one "Other" bar for the rest."""
    if len(counts) <= limit:
        return counts
    head = counts.iloc[:limit - 1]
    rest = counts.iloc[limit - 1:]
    other = pd.Series([int(rest.sum())], index=[f"Other ({len(rest)} more)"])
    return pd.concat([head, other])


def bar_chart_svg(counts: pd.Series, title: str, value_label: str,
                  horizontal: bool = True) -> str:
    """An SVG bar chart of counts (index = labels), ready to inline in HTML."""
    counts = counts if horizontal else counts.iloc[-24:]
    counts = top_counts(counts) if horizontal else counts
    labels = [chart_label(label) for label in counts.index]
    values = [int(v) for v in counts.to_numpy()]
    # A bare Figure, not pyplot: no global figure registry or GUI backend to load (pyplot
    # alone took ~0.9 s of every run's start-up).
    with matplotlib.rc_context(_STYLE):
        if horizontal:
            fig = Figure(figsize=(4.8, 0.6 + 0.3 * max(len(labels), 1)))
            ax = fig.subplots()
            positions = range(len(labels))
            bars = ax.barh(positions, values, color=BAR_COLOUR)
            ax.set_yticks(list(positions), labels)
            ax.invert_yaxis()  # largest at the top
            ax.set_xlabel(value_label)
        else:
            fig = Figure(figsize=(4.8, 2.4))
            ax = fig.subplots()
            positions = range(len(labels))
            bars = ax.bar(positions, values, color=BAR_COLOUR)
            ax.set_xticks(list(positions), labels, rotation=45 if len(labels) > 6 else 0,
                          ha="right" if len(labels) > 6 else "center")
            ax.set_ylabel(value_label)
        ax.bar_label(bars, padding=3, fontsize=9)
        ax.spines[["top", "right"]].set_visible(False)
        value_axis = ax.xaxis if horizontal else ax.yaxis
        value_axis.get_major_locator().set_params(integer=True)  # counts: no 2.5 ticks
        ax.margins(**({"x": 0.08} if horizontal else {"y": 0.12}))
        # No title inside the image: the HTML figcaption names the chart, once.
        fig.tight_layout()
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return inline_svg(buffer.getvalue(), title)


def inline_svg(svg: str, title: str) -> str:
    """Drop the XML prologue, comments and RDF metadata; give the chart's ids a prefix of
    their own (several charts share one HTML page); make it scale; name it for readers."""
    svg = svg[svg.index("<svg"):]
    prefix = "c" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:6] + "-"
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}\1"', svg)
    svg = re.sub(r'href="#([^"]+)"', rf'href="#{prefix}\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}\1)", svg)
    svg = _METADATA.sub("", _COMMENT.sub("", svg))  # the RDF block only names licences
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)
    aria = (title.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            .replace(">", "&gt;"))
    return svg.replace("<svg", f'<svg role="img" aria-label="{aria}" class="chart"', 1)
