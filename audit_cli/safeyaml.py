"""The one way `audit` reads a YAML file: bounded, safe, and with one-line errors.

PyYAML's safe loader constructs no objects, but it still lets a 1 KB file of nested
aliases ("billion laughs") stand for a billion nodes: it shares them while parsing, and
the first walk over the data (a merge, a hash, a deep copy) expands them and exhausts
memory. So every file is, in order:

1. refused above `yaml_max_bytes` (before it is read);
2. composed into a node tree (aliases shared, so this is cheap);
3. measured with aliases expanded, each shared node counted once per use but measured
   once (memoised), refused above `yaml_max_nodes` nodes or `yaml_max_depth` levels, or
   when an alias refers to itself;
4. refused when a mapping names a key twice (YAML says keys are unique; PyYAML would
   silently keep the last);
5. constructed into plain Python values.

Used for --config, profiles, force settings, follow-up requirements, lexicons and
linking settings (`load_yaml`), and by the rule reader (detect/yamlsrc.py, `check_tree`),
which keeps its own line-numbered problems.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from audit_cli import limits as limits_module
from audit_cli.errors import AuditError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlLimitError(yaml.YAMLError):
    """The document is over a limit; `line` is where (1-based)."""

    def __init__(self, message: str, line: int = 1):
        super().__init__(message)
        self.message = message
        self.line = line


def read_text(path: Path, what: str) -> str:
    """The file's text, refused before reading when over yaml_max_bytes."""
    limit = limits_module.active().yaml_max_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise AuditError(f"the {what} is {size:,} bytes, over the limit of {limit:,} for "
                             "a YAML file (limits.yaml_max_bytes); is this the right file?",
                             file=str(path))
        data = path.read_bytes()
    except FileNotFoundError:
        raise AuditError(f"{what} not found", file=str(path)) from None
    except IsADirectoryError:
        raise AuditError(f"the {what} is a folder; give a YAML file", file=str(path)) from None
    except OSError as exc:
        raise AuditError(f"cannot read the {what}: {exc.strerror}", file=str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise AuditError(f"the {what} is not UTF-8 text (byte 0x{data[exc.start]:02x}); give "
                         "a YAML file saved as UTF-8", file=str(path), row=line) from None


def check_tree(node: yaml.Node | None) -> None:
    """Raise YamlLimitError when the tree, aliases expanded, is too big or too deep."""
    if node is None:
        return
    limits = limits_module.active()
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def measure(item: yaml.Node, depth: int) -> int:
        if depth > limits.yaml_max_depth:
            raise YamlLimitError(f"nested deeper than {limits.yaml_max_depth} levels "
                                 "(limits.yaml_max_depth)", item.start_mark.line + 1)
        key = id(item)
        if key in sizes:
            return sizes[key]
        if key in open_nodes:
            raise YamlLimitError("an alias refers to the node that holds it",
                                 item.start_mark.line + 1)
        open_nodes.add(key)
        total = 1
        if isinstance(item, yaml.MappingNode):
            children = [child for pair in item.value for child in pair]
        elif isinstance(item, yaml.SequenceNode):
            children = item.value
        else:
            children = []
        for child in children:
            total += measure(child, depth + 1)
            if total > limits.yaml_max_nodes:
                raise YamlLimitError(
                    f"expands to more than {limits.yaml_max_nodes:,} values (nested aliases?)"
                    " (limits.yaml_max_nodes)", child.start_mark.line + 1)
        open_nodes.discard(key)
        sizes[key] = total
        return total

    measure(node, 0)


def _duplicate_key(node: yaml.Node) -> tuple[str, int] | None:
    """The first key written twice in one mapping, with its line."""
    stack, seen_nodes = [node], set()
    while stack:
        item = stack.pop()
        if id(item) in seen_nodes:
            continue
        seen_nodes.add(id(item))
        if isinstance(item, yaml.MappingNode):
            keys = set()
            for key_node, value_node in item.value:
                if isinstance(key_node, yaml.ScalarNode):
                    if key_node.value in keys:
                        return key_node.value, key_node.start_mark.line + 1
                    keys.add(key_node.value)
                stack += [key_node, value_node]
        elif isinstance(item, yaml.SequenceNode):
            stack += item.value
    return None


def parse(text: str, path: Path, what: str) -> object:
    """Plain values from YAML text, under the limits; AuditError on any problem."""
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        check_tree(node)
        duplicate = _duplicate_key(node) if node is not None else None
        if duplicate:
            raise AuditError(f"key {duplicate[0]!r} is written twice in one mapping; keep one",
                             file=str(path), row=duplicate[1])
        return loader.construct_document(node) if node is not None else None
    except YamlLimitError as exc:
        raise AuditError(f"the {what} is refused: {exc.message}", file=str(path),
                         row=exc.line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise AuditError(f"the {what} is not valid YAML: {problem}", file=str(path),
                         row=mark.line + 1 if mark else None) from None
    except RecursionError:
        raise AuditError(f"the {what} is refused: nested too deeply", file=str(path)) from None
    except (ValueError, TypeError) as exc:  # a value YAML cannot build: 2026-02-30
        raise AuditError(f"the {what} holds a value that cannot be read ({exc}); check "
                         "dates and numbers", file=str(path)) from None
    finally:
        loader.dispose()


def load_yaml(path: Path | str, what: str) -> object:
    """Read and parse one YAML file (see the module docstring)."""
    path = Path(path)
    return parse(read_text(path, what), path, what)
