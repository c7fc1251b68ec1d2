"""Person ids and case ids do not depend on the order the input files are listed in."""

from __future__ import annotations

from click.testing import CliRunner

from audit_cli.cli import cli
from audit_cli.errors import EXIT_OK
from audit_cli.paths import SAMPLE_DIR


def test_listing_the_files_in_another_order_gives_the_same_ids(tmp_path):
    lines = (SAMPLE_DIR / "quarter.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    # whole records only: the sample has no line break inside a field
    first, second = tmp_path / "jul.csv", tmp_path / "aug.csv"
    first.write_text(header + "".join(body[:2500]), encoding="utf-8")
    second.write_text(header + "".join(body[2500:]), encoding="utf-8")
    outputs = []
    for order, name in (((first, second), "a"), ((second, first), "b")):
        out = tmp_path / name
        result = CliRunner().invoke(cli, ["run", *map(str, order), "--out", str(out),
                                          "--format", "csv"], catch_exceptions=False)
        assert result.exit_code == EXIT_OK, result.output
        outputs.append({f: (out / f).read_bytes() for f in ("cases.csv", "parties.csv")})
    assert outputs[0]["parties.csv"] == outputs[1]["parties.csv"]
    assert outputs[0]["cases.csv"] == outputs[1]["cases.csv"]
