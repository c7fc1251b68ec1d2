"""Writing outputs so that a reader never sees a half-written report.

Everything is rendered into a private temporary folder beside the target (same file
system, so the final step is a rename), with files 0600 and the folder 0700 because the
outputs hold personal data. Only when every formatter has finished is the folder renamed
into place. Any exception, Ctrl-C included, removes the temporary folder: either the
whole report is there or nothing is.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from audit_cli.errors import AuditError

FILE_MODE = 0o600
FOLDER_MODE = 0o700


MANIFEST = "manifest.json"


def check_target(target: Path, force: bool) -> None:
    """Refuse to replace anything the user did not ask us to replace, and with force,
    anything audit did not make: the folder must hold audit's manifest.json and no file
    but those the manifest lists (an analyst's notes saved into the folder are not
    deleted by a re-run)."""
    if not target.exists():
        return
    if not target.is_dir():
        raise AuditError(f"output folder {target} is an existing file; choose another --out")
    if not any(target.iterdir()):
        return
    if not force:
        raise AuditError(f"output folder {target} already exists; use --force to replace it "
                         "or choose another --out")
    foreign = foreign_files(target)
    if foreign:
        raise AuditError(f"output folder {target} holds {foreign[0]!r}, which audit did not "
                         f"write ({len(foreign)} such file(s)); --force replaces only a folder "
                         "made by audit run: move those files out or choose another --out")


def audit_files(target: Path) -> set[str] | None:
    """The files a run folder's manifest.json says audit wrote (with the manifest), or
    None when the folder has no readable audit manifest."""
    import json

    try:
        manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
        listed = {str(item["file"]) for item in manifest["outputs"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if manifest.get("tool") != "audit" and "tool_version" not in manifest:
        return None
    return listed | {MANIFEST}


def foreign_files(target: Path) -> list[str]:
    """Paths inside target (relative, sorted) that audit did not write there; every one
    when the folder has no audit manifest."""
    present = sorted(p.relative_to(target).as_posix() for p in target.rglob("*")
                     if not p.is_dir() or not any(p.iterdir()))
    allowed = audit_files(target)
    if allowed is None:
        return [MANIFEST + " (missing)"] + present if MANIFEST not in present else present
    return [p for p in present if p not in allowed]


def _make_parents(folder: Path) -> list[Path]:
    """Create missing parent folders; return those created, deepest first."""
    created = []
    for parent in [folder, *folder.parents]:
        if parent.exists():
            break
        created.append(parent)
    for parent in reversed(created):
        parent.mkdir(mode=FOLDER_MODE)
    return created


def _lock_down(folder: Path) -> None:
    folder.chmod(FOLDER_MODE)
    for path in folder.rglob("*"):
        path.chmod(FOLDER_MODE if path.is_dir() else FILE_MODE)


def _move_into_place(staged: Path, target: Path) -> None:
    if not target.exists():
        staged.rename(target)
        return
    # Keep the old folder until the new one is in place, so a failure leaves one of them.
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    old.rmdir()
    target.rename(old)
    try:
        staged.rename(target)
    except BaseException:
        old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def staged_folder(target: Path, force: bool = False) -> Iterator[Path]:
    """Yield a private folder to render into; on success it becomes `target`.

    An existing non-empty `target` is replaced only with force=True (else AuditError).
    """
    target = Path(target)
    check_target(target, force)
    created = _make_parents(target.parent)
    staged = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial",
                                   dir=target.parent))
    try:
        yield staged
        _lock_down(staged)
        _move_into_place(staged, target)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        for parent in created:  # deepest first; only if still empty
            try:
                parent.rmdir()
            except OSError:
                break
        raise


def write_file_atomic(target: Path, data: bytes) -> Path:
    """Write one file via a 0600 temporary file beside it and a rename."""
    target = Path(target)
    if target.is_dir():
        raise AuditError(f"{target} is a folder; give a file name to write")
    created = _make_parents(target.parent)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                    dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        for parent in created:
            try:
                parent.rmdir()
            except OSError:
                break
        raise
    return target
