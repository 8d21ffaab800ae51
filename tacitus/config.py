"""Where Tacitus finds its data: the user's lexicon folders and the field's dictionaries.

A `Config` is a small immutable value (it pickles, so a Dask worker gets the client's).
The one in force travels with the work in a context variable, not in the environment:
a `Pipeline` given a Config sets it around each article (`using`), so two pipelines with
different folders give their own results in one process. With none set, the environment
decides (TACITUS_LEXICONS, TACITUS_DICTIONARIES), read when asked, as before.
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import os
from dataclasses import dataclass
from typing import Iterator, Optional

LEXICONS_ENV = "TACITUS_LEXICONS"
DICTIONARIES_ENV = "TACITUS_DICTIONARIES"


@dataclass(frozen=True)
class Config:
    """User lexicon folders (merged over ours, in order) and dictionary folders, as text."""

    lexicons: tuple[str, ...] = ()
    dictionaries: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # tuples of plain strings: hashable (a cache key), comparable, picklable
        object.__setattr__(self, "lexicons", tuple(str(p) for p in self.lexicons))
        object.__setattr__(self, "dictionaries", tuple(str(p) for p in self.dictionaries))

    @classmethod
    def from_env(cls) -> "Config":
        """The folders the environment names (several separated by os.pathsep)."""
        return _from_env(os.environ.get(LEXICONS_ENV, ""), os.environ.get(DICTIONARIES_ENV, ""))

    @classmethod
    def from_file(cls, path) -> "Config":
        """A Config written as TOML: `lexicons = ["DIR", ...]`, `dictionaries = ["DIR", ...]`
        (a single folder may be a string); relative folders count from the file's folder.
        A folder kind the file leaves out is the environment's."""
        import tomllib
        from pathlib import Path

        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc.__class__.__name__})") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not a TOML file ({exc})") from None
        unknown = sorted(set(data) - {"lexicons", "dictionaries"})
        if unknown:
            raise ConfigError(f"{path}: unknown key {unknown[0]!r} (known: lexicons, dictionaries)")
        env, folders = cls.from_env(), {}
        for key in ("lexicons", "dictionaries"):
            value = data.get(key)
            if value is None:
                folders[key] = getattr(env, key)
                continue
            value = [value] if isinstance(value, str) else value
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{path}: {key} must be a folder or a list of folders")
            resolved = [path.parent / v for v in value]
            missing = next((f for f in resolved if not f.is_dir()), None)
            if missing is not None:
                raise ConfigError(f"{path}: {key}: no folder {missing}")
            folders[key] = tuple(str(f) for f in resolved)
        return cls(**folders)

    def with_lexicons_first(self, *folders) -> "Config":
        """This Config with `folders` before its own lexicon folders."""
        return Config(lexicons=(*folders, *self.lexicons), dictionaries=self.dictionaries)


class ConfigError(ValueError):
    """A configuration file that cannot be used (named, with the problem)."""


@functools.lru_cache(maxsize=16)
def _from_env(lexicons: str, dictionaries: str) -> Config:
    # cached by the variables' values: the same environment gives the same (equal) Config
    return Config(lexicons=tuple(p for p in lexicons.split(os.pathsep) if p),
                  dictionaries=tuple(p for p in dictionaries.split(os.pathsep) if p))


_ACTIVE: contextvars.ContextVar[Optional[Config]] = contextvars.ContextVar("tacitus_config", default=None)


def active() -> Config:
    """The Config in force here: the one set by `using`, else the environment's."""
    return _ACTIVE.get() or Config.from_env()


@contextlib.contextmanager
def using(config: Optional[Config]) -> Iterator[Optional[Config]]:
    """Run the block with `config` in force (None: leave what is in force)."""
    if config is None:
        yield None
        return
    token = _ACTIVE.set(config)
    try:
        yield config
    finally:
        _ACTIVE.reset(token)
