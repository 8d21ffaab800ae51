"""The documentation names every command, every option and every lexicon key
(after sqlite-utils' test_docs.py): a feature no page mentions is a feature nobody finds."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

import click
import pytest

from tacitus.cli import FEATURE_COMMANDS, main
from tacitus.lexicons import kinds
from tacitus.lexicons.shapes import Either, ListOf, MapOf, Record, Row

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def commands(group: click.Group = main, prefix: tuple[str, ...] = ()):
    """(command path, command) for every command and subcommand, hidden ones left out."""
    for name, command in sorted(group.commands.items()):
        if command.hidden:
            continue
        path = (*prefix, name)
        yield path, command
        if isinstance(command, click.Group):
            yield from commands(command, path)


COMMANDS = list(commands())


def _pages_naming(path: tuple[str, ...]) -> list[str]:
    words = r"\s+".join(map(re.escape, path))
    return [_text(p) for p in PAGES if re.search(rf"tacitus\s+{words}\b", _text(p))]


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_and_its_options_are_documented(path, command):
    pages = _pages_naming(path)
    assert pages, f"`tacitus {' '.join(path)}` is in no page of README.md or docs/"
    missing = [opt for param in command.params if isinstance(param, click.Option) and not param.hidden
               for opt in [o for o in param.opts if o.startswith("--")][:1] if opt != "--help"
               and not any(re.search(rf"{re.escape(opt)}\b", page) for page in pages)]
    assert not missing, f"`tacitus {' '.join(path)}`: options in no page that names the command: {missing}"


def test_every_feature_command_module_exists():
    for name in FEATURE_COMMANDS:
        assert importlib.util.find_spec(name) is not None, f"{name} is listed in cli.py but does not exist"


def lexicon_keys(shape, out: set[str] | None = None) -> set[str]:
    """Every named key of a lexicon kind's shape, at any depth."""
    out = set() if out is None else out
    if isinstance(shape, Record):
        for key, inner in shape.keys.items():
            out.add(key)
            lexicon_keys(inner, out)
    elif isinstance(shape, (MapOf, ListOf)):
        lexicon_keys(getattr(shape, "value", None) or getattr(shape, "item", None), out)
    elif isinstance(shape, Either):
        for inner in shape.shapes:
            lexicon_keys(inner, out)
    elif isinstance(shape, Row):
        for inner in shape.items:
            lexicon_keys(inner, out)
    return out


def lexicon_section(name: str) -> str:
    """The section of docs/lexicons.md about lexicon `name` (its heading to the next)."""
    text = _text(ROOT / "docs" / "lexicons.md")
    found = re.search(rf"^## `{re.escape(name)}`.*?(?=^## |\Z)", text, flags=re.M | re.S)
    assert found, f"docs/lexicons.md has no section '## `{name}`'"
    return found.group(0)


@pytest.mark.parametrize("name", kinds.KINDS)
def test_every_lexicon_key_is_documented(name):
    section = lexicon_section(name)
    if name in kinds.CSV_KINDS:
        header = ",".join(kinds.CSV_KINDS[name][0])
        assert f"`{header}`" in section, f"docs/lexicons.md, section {name}: the header `{header}` is not given"
        return
    keys = lexicon_keys(kinds.YAML_KINDS[name])
    missing = sorted(k for k in keys if f"`{k}`" not in section and not re.search(rf"`{re.escape(k)}[:,]", section))
    assert not missing, f"docs/lexicons.md, section {name}: keys not described: {missing}"


def test_the_checkers_find_what_is_missing():
    assert lexicon_keys(Record({"a": MapOf(Record({"b": ListOf(Record({"c": Row("x")}))}))})) == {"a", "b", "c"}
    assert _pages_naming(("no-such-command",)) == []
