"""Synthetic crime-record exports with known ground truth (`audit sample`).

Public entry points:
    generate(rows, seed) -> (export DataFrame of text, labels dict)
    sample_command          click command "sample" (the lead wires it into the CLI)
    write_export(df, path)  CSV, or XLSX when path ends .xlsx
    write_labels(labels, path)

The labels format is documented in sample_data/README.md.
"""

from audit_cli.sample.assemble import EXPORT_COLUMNS, generate
from audit_cli.sample.command import labels_text, sample_command, write_export, write_labels
from audit_cli.sample.offences import is_recorded_stalking

__all__ = ["EXPORT_COLUMNS", "generate", "is_recorded_stalking", "labels_text", "sample_command",
           "write_export", "write_labels"]
