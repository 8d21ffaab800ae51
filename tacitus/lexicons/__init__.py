"""Data files a user can extend: reporting verbs, titles, demonyms, triggers, ...

Each lexicon is a YAML or CSV file in this folder. A user extends one by putting a
file of the same name in a folder of the Config in force (`tacitus/config.py`: a
Pipeline's own, else the TACITUS_LEXICONS environment variable, several folders
separated by os.pathsep): YAML mappings are merged key by key (lists are appended),
CSV rows are appended. See docs/lexicons.md.

Everything read or derived from lexicons is cached per Config (`cached`), so two
setups coexist in one process; a table handed out is shared: never change it.

Every file, ours and the user's, is checked against the shape of its kind
(`kinds.py`) as it is read; `check_all()` reads them all, so that a broken file is
reported in one line naming the file and the key before any article is read.
"""
from __future__ import annotations

import collections
import csv
import functools
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tacitus import config as config_mod
from tacitus.errors import TacitusError
from tacitus.lexicons import kinds
from tacitus.lexicons.shapes import Mismatch

HERE = Path(__file__).parent


@dataclass
class LexiconError(TacitusError):
    """A lexicon file that cannot be used: the file, where in it, and what is wrong."""

    path: str
    where: str
    problem: str

    def __str__(self) -> str:
        return f"lexicon {self.path}: {self.where + ': ' if self.where else ''}{self.problem}"


def user_dirs() -> list[Path]:
    """The user lexicon folders of the Config in force."""
    return [Path(p) for p in config_mod.active().lexicons]


CONFIGS_KEPT = 4  # per cached function: the setups of a process are few (tests make some)


def cached(function):
    """`functools.lru_cache` for what is read or derived from lexicons or dictionaries:
    the values are kept per Config in force (the few most recently used), then by the
    arguments. `.cache_clear()` empties it."""
    by_config: collections.OrderedDict = collections.OrderedDict()
    lock = threading.Lock()
    # the Config last asked for and its values, as one pair: the rules ask tens of thousands
    # of times an article under one Config, and hashing a Config's folders each time cost
    # more than the lookup itself
    last: list = [(None, None)]

    @functools.wraps(function)
    def wrapper(*args):
        config = config_mod.active()
        seen, values = last[0]
        if seen is not config:
            values = by_config.get(config)
        if values is not None and args in values:
            return values[args]
        value = function(*args)
        with lock:
            values = by_config.get(config)
            if values is None:
                values = by_config[config] = {}
                while len(by_config) > CONFIGS_KEPT:
                    by_config.popitem(last=False)
            by_config.move_to_end(config)
            values[args] = value
            last[0] = (config, values)
        return value

    def cache_clear() -> None:
        with lock:
            by_config.clear()
            last[0] = (None, None)

    wrapper.cache_clear = cache_clear
    return wrapper


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [v for v in extra if v not in base]
    return extra


@cached
def load(name: str) -> Any:
    """Load lexicon `name` ("reporting_verbs.yaml", "demonyms.csv"), user files merged in;
    a file that does not fit its kind raises LexiconError."""
    paths = [HERE / name] + [d / name for d in user_dirs() if (d / name).exists()]
    result: Any = None
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"lexicon {name!r} not found in {path.parent}")
        if name.endswith(".csv"):
            result = (result or []) + read_csv(path)
        else:
            data = read_yaml(path)
            result = data if result is None else _merge(result, data)
    return result


def check_all() -> None:
    """Read every lexicon kind, ours and the user's: the first file that does not fit
    raises LexiconError. A file in a user folder that no kind is named like is an error
    too (a misspelt name would otherwise be ignored without a word)."""
    for folder in user_dirs():
        if not folder.is_dir():
            raise LexiconError(str(folder), "", "no such folder (named as a lexicon folder)")
        for path in sorted(folder.iterdir()):
            if path.suffix in (".yaml", ".yml", ".csv") and path.name not in kinds.KINDS:
                raise LexiconError(str(path), "", f"no lexicon has this name (lexicons: {', '.join(kinds.KINDS)})")
    for name in kinds.KINDS:
        load(name)
    _check_event_types()


def _check_event_types() -> None:
    """Every event entry (triggers, negations, old names) names a PLOVER type of
    plover.yaml: a misspelt type would make events no query finds. The merged data is
    walked once; only when an entry is wrong are the files read again, to name the one
    that holds it."""
    types = set(load("plover.yaml").get("types") or {})
    for name in kinds.EVENT_TYPE_KINDS:
        if next(_unknown_types(load(name), types), None) is None:
            continue
        for path in [HERE / name] + [d / name for d in user_dirs() if (d / name).exists()]:
            for where, value in _unknown_types(read_yaml(path), types):
                raise LexiconError(str(path), where, f"{value!r} is no PLOVER type of plover.yaml "
                                   f"({', '.join(sorted(types))})")


def _unknown_types(data: Any, types: set[str], where: str = ""):
    """(path, value) of every `type: X` below `data` whose X is not in `types`."""
    if isinstance(data, dict):
        for key, value in data.items():
            inner = f"{where}.{key}" if where else str(key)
            if key == "type" and isinstance(value, str):
                if value not in types:
                    yield inner, value
            else:
                yield from _unknown_types(value, types, inner)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from _unknown_types(item, types, f"{where}[{i}]")


def read_yaml(path: Path) -> Any:
    """A YAML lexicon file, checked: no repeated key, and the shape of its kind."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(str(path), "", f"cannot be read ({exc.__class__.__name__}: {exc})") from None
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _no_repeated_keys(node, path)
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else ""
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise LexiconError(str(path), where, f"not valid YAML ({problem})") from None
    finally:
        loader.dispose()
    shape = kinds.YAML_KINDS.get(path.name)
    if shape is not None and data is not None:
        try:
            shape.check(data, "")
        except Mismatch as exc:
            raise LexiconError(str(path), exc.where, exc.problem) from None
    return data


def _no_repeated_keys(node: yaml.Node, path: Path, where: str = "") -> None:
    """A key written twice in one mapping: YAML keeps the last silently (a line that lost
    its '#' becomes a live key that a later one overrides), so it is an error here."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            inner = f"{where}.{key}" if where else str(key)
            if key is not None:
                if key in seen:
                    raise LexiconError(str(path), inner, f"key written twice (lines {seen[key]} and "
                                       f"{key_node.start_mark.line + 1}); YAML would keep only the last")
                seen[key] = key_node.start_mark.line + 1
            _no_repeated_keys(value_node, path, inner)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _no_repeated_keys(item, path, f"{where}[{i}]")


def read_csv(path: Path) -> list[dict]:
    """The rows of a CSV lexicon file (lines starting with '#' skipped), checked against
    its kind's header; every row must fill the columns that cannot be empty."""
    header, may_be_empty = kinds.CSV_KINDS.get(path.name, (None, ()))
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if header is not None and tuple(reader.fieldnames or ()) != header:
                raise LexiconError(str(path), "line 1", f"the header is {','.join(reader.fieldnames or ())!r}; "
                                   f"expected {','.join(header)!r}")
            rows = []
            for row in reader:
                if next(iter(row.values()), "").startswith("#"):
                    continue
                where = f"line {reader.line_num}"
                if None in row:
                    raise LexiconError(str(path), where, f"more fields than the header's {len(reader.fieldnames)}")
                for column in header or ():
                    if column not in may_be_empty and not (row.get(column) or "").strip():
                        raise LexiconError(str(path), where, f"the column {column!r} is empty")
                rows.append(row)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise LexiconError(str(path), "", f"cannot be read ({exc.__class__.__name__}: {exc})") from None
    return rows
