"""Where the built-in data folders are, installed or in a checkout.

An installed wheel carries rules/, report_templates/ and sample_data/ inside the
package (pyproject force-include); an editable install or a checkout has them at
the repository root beside audit_cli/. Never the current directory.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


RULES_DIR = _data_dir("rules")
TEMPLATES_DIR = _data_dir("report_templates")
SAMPLE_DIR = _data_dir("sample_data")
PROFILES_DIR = RULES_DIR / "profiles"
