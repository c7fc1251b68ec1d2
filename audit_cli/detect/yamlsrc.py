"""YAML read with line numbers: compose the node tree, then construct plain values.

Every key path gets the 1-based line where it is written, so a problem deep inside a
rule (a modifier in one selection) is reported at its own line, not the file's top.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from audit_cli import safeyaml
from audit_cli.errors import AuditError


@dataclass
class Source:
    """A parsed YAML file: its value, the line of each key path, keys written twice."""

    path: Path
    data: object = None
    lines: dict[tuple, int] = field(default_factory=dict)
    duplicates: list[tuple[tuple, int]] = field(default_factory=list)
    error: str | None = None
    error_line: int = 1
    text: str = ""

    def line(self, *path) -> int:
        """Line of the deepest written prefix of `path` (1 when nothing matches)."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


def _walk(node, path: tuple, lines: dict, duplicates: list) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            if key in seen:
                duplicates.append((path + (key,), key_node.start_mark.line + 1))
            seen.add(key)
            lines[path + (key,)] = key_node.start_mark.line + 1
            _walk(value_node, path + (key,), lines, duplicates)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), lines, duplicates)


# libyaml's parser (same constructor and resolver) reads a rule pack about 8x faster;
# a file it rejects is read again by the pure-Python parser, whose messages the
# problems quote.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def read_yaml(path: Path) -> Source:
    src = Source(path=path)
    try:
        src.text = safeyaml.read_text(path, "rule file")
    except AuditError as exc:
        src.error, src.error_line = exc.detail, exc.row or 1
        return src
    if _FAST_LOADER is not None:
        fast = Source(path=path, text=src.text)
        try:
            _compose(fast, _FAST_LOADER)
            return fast
        except safeyaml.YamlLimitError as exc:
            src.error, src.error_line = f"refused: {exc.message}", exc.line
            return src
        except yaml.YAMLError:
            pass
    try:
        _compose(src, yaml.SafeLoader)
    except safeyaml.YamlLimitError as exc:
        src.error, src.error_line = f"refused: {exc.message}", exc.line
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        src.error = " ".join(str(exc.problem or exc).split())
        src.error_line = mark.line + 1 if mark else 1
    except yaml.YAMLError as exc:
        src.error = " ".join(str(exc).split())
    return src


def _compose(src: Source, loader_class) -> None:
    """Parse src.text into src.data, src.lines and src.duplicates (YAMLError on bad YAML)."""
    loader = loader_class(src.text)
    try:
        node = loader.get_single_node()
        if node is None:
            src.data = None
            return
        safeyaml.check_tree(node)  # before the walk below, which expands aliases
        _walk(node, (), src.lines, src.duplicates)
        src.data = loader.construct_document(node)
    finally:
        loader.dispose()


def read_settings_map(path: Path, texts: list[str], found: list,
                      what: str | None = None) -> Source | None:
    """A settings file that must hold a YAML map: its Source (its text appended to
    `texts`, for the pack hash), or None with the problem added to `found`."""
    from audit_cli.detect.problems import BadSettings

    src = read_yaml(path)
    texts.append(src.text)
    if src.error or not isinstance(src.data, dict):
        found.append(BadSettings(str(path), src.error_line,
                                 src.error or f"{what or path.name} must be a YAML map"))
        return None
    return src


def read_map_files(paths: list[Path], what: str) -> tuple[list[Source], list, str]:
    """Settings files that exist among `paths`, read in order.

    Returns the ones holding a YAML map, a BadSettings problem for each that does not
    ("{what} must be a YAML map"), and the texts of all of them joined (for the pack's
    hash)."""
    sources, found, texts = [], [], []
    for path in paths:
        if path.is_file():
            src = read_settings_map(path, texts, found, what)
            if src is not None:
                sources.append(src)
    return sources, found, "\0".join(texts)
