"""Atomic, private writing: all or nothing, never over an existing report by accident."""

from __future__ import annotations

import stat

import pytest
from report_fixture import build_result

from audit_cli.errors import AuditError
from audit_cli.report import write_reports
from audit_cli.report.base import REGISTRY, Format
from audit_cli.report.files import staged_folder


@pytest.fixture(scope="module")
def result():
    return build_result(n_cases=6)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_files_0600_folder_0700(result, tmp_path):
    written = write_reports(result, tmp_path / "out", {"html", "csv"})
    assert mode(tmp_path / "out") == 0o700
    assert written and all(mode(p) == 0o600 and p.parent == tmp_path / "out" for p in written)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in written)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left


def test_existing_folder_needs_force(result, tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "old.txt").write_text("keep me")
    with pytest.raises(AuditError, match=r"already exists; use --force") as err:
        write_reports(result, target, {"csv"})
    assert str(target) in str(err.value) and err.value.exit_code == 2
    assert [p.name for p in target.iterdir()] == ["old.txt"]
    # --force replaces only a folder audit made: this one holds a file audit did not write
    with pytest.raises(AuditError, match=r"audit did not write") as err:
        write_reports(result, target, {"csv"}, force=True)
    assert err.value.exit_code == 2 and (target / "old.txt").read_text() == "keep me"
    (target / "old.txt").unlink()
    write_reports(result, target, {"csv"})
    write_reports(result, target, {"csv", "html"}, force=True)
    assert (target / "report.html").exists() and (target / "cases.csv").exists()
    (target / "my notes.docx").write_text("an analyst's notes")
    with pytest.raises(AuditError, match=r"'my notes.docx', which audit did not write"):
        write_reports(result, target, {"csv"}, force=True)
    assert (target / "my notes.docx").exists() and (target / "report.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_empty_existing_folder_is_used(result, tmp_path):
    (tmp_path / "out").mkdir()
    write_reports(result, tmp_path / "out", {"csv"})
    assert (tmp_path / "out" / "manifest.json").exists()


def test_a_file_in_the_way_is_an_error(result, tmp_path):
    (tmp_path / "out").write_text("x")
    with pytest.raises(AuditError, match="existing file"):
        write_reports(result, tmp_path / "out", {"csv"}, force=True)


@pytest.mark.parametrize("exc", [RuntimeError("boom"), KeyboardInterrupt()])
def test_failure_leaves_nothing(result, tmp_path, monkeypatch, exc):
    def explode(self, result, tmp_dir):
        (tmp_dir / "half.xlsx").write_bytes(b"PK")
        raise exc

    monkeypatch.setattr(REGISTRY[Format.XLSX], "render", explode)
    target = tmp_path / "deep" / "out"
    with pytest.raises(type(exc)):
        write_reports(result, target, {"csv", "xlsx"})
    assert list(tmp_path.iterdir()) == []  # not even the parent folder we created


def test_failure_with_force_keeps_the_old_report(result, tmp_path, monkeypatch):
    target = tmp_path / "out"
    write_reports(result, target, {"csv"})
    before = (target / "cases.csv").read_bytes()

    def explode(self, result, tmp_dir):
        raise RuntimeError("boom")

    monkeypatch.setattr(REGISTRY[Format.HTML], "render", explode)
    with pytest.raises(RuntimeError):
        write_reports(result, target, {"html", "csv"}, force=True)
    assert (target / "cases.csv").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_bad_options_fail_before_anything_is_created(result, tmp_path):
    with pytest.raises(AuditError, match="format 'pdf'"):
        write_reports(result, tmp_path / "out", {"pdf"})
    with pytest.raises(AuditError, match="audience 'everyone'"):
        write_reports(result, tmp_path / "out", {"csv"}, audience="everyone")
    assert list(tmp_path.iterdir()) == []


def test_staged_folder_is_private_while_writing(tmp_path):
    with staged_folder(tmp_path / "out") as staging:
        assert mode(staging) == 0o700 and staging.parent == tmp_path
        (staging / "a.txt").write_text("a")
    assert (tmp_path / "out" / "a.txt").read_text() == "a"
