"""Limits on what a hostile or broken input may make `audit` do, with safe defaults.

A small file can ask for unbounded work: an XLSX whose one cell sits at XFD1048576 (a
dense read of 17 billion cells), a workbook of repeated shared strings that inflates a
thousandfold, a YAML file of nested aliases ("billion laughs"), a quoted CSV field left
open that swallows the rest of the file. Each is checked cheaply *before* the expensive
read, and refused with one line naming the file and the limit (exit 2).

The defaults are far above any real export or settings file; a force that needs more
sets the `limits` section of its --config file (config.py), e.g.

    limits:
      xlsx_max_cells: 100000000
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from audit_cli.errors import AuditError


_ZERO_ALLOWED = {"csv_max_records_in_field"}


@dataclass(frozen=True)
class Limits:
    # YAML (rules, --config, profiles, lexicons, force settings)
    yaml_max_bytes: int = 2_000_000
    yaml_max_nodes: int = 200_000  # nodes after aliases are expanded
    yaml_max_depth: int = 64
    # XLSX inputs (checked on the zip directory and the sheet's <dimension> first)
    xlsx_max_cells: int = 50_000_000  # rows x columns of the sheet's declared range
    xlsx_max_rows: int = 5_000_000
    xlsx_max_columns: int = 1_000
    xlsx_max_shared_strings: int = 20_000_000
    xlsx_max_uncompressed_bytes: int = 4_000_000_000
    xlsx_max_compression_ratio: int = 200  # uncompressed / compressed, per member
    xlsx_max_text_bytes: int = 1_500_000_000  # cell text once shared strings are expanded
    # CSV inputs: lines inside one quoted field that hold a whole record's delimiters
    # (a quote left open swallowing records); more than this and the row is reported
    csv_max_records_in_field: int = 0

    @classmethod
    def from_settings(cls, section: dict | None, source: str = "config file") -> "Limits":
        """Limits from a `limits:` settings mapping; unknown keys and bad values are errors."""
        section = section or {}
        if not isinstance(section, dict):
            raise AuditError("config key 'limits': must be a mapping", file=source)
        known = {f.name for f in fields(cls)}
        for key, value in section.items():
            if key not in known:
                raise AuditError(f"config key 'limits.{key}': unknown limit; use "
                                 f"{', '.join(sorted(known))}", file=source)
            least = 0 if key in _ZERO_ALLOWED else 1
            if isinstance(value, bool) or not isinstance(value, int) or value < least:
                raise AuditError(f"config key 'limits.{key}': {value!r} is not a whole "
                                 f"number of {least} or more", file=source)
        return replace(cls(), **section)

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


DEFAULT_LIMITS = Limits()

# The limits in force for this process. `audit` is a one-shot command: the CLI sets them
# once from --config (use()), before any input or rule file is read; the config file
# itself is always read under the defaults.
_active = DEFAULT_LIMITS


def use(limits: Limits) -> None:
    global _active
    _active = limits


def active() -> Limits:
    return _active
