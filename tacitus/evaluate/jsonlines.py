"""The JSON-lines files the scorers read: one object a line, blank lines skipped, and a
file or line that cannot be read ends with one message naming it (as `error`)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator


def read(path, error: type[Exception]) -> Iterator[tuple[int, object]]:
    """(line number, parsed value) for every non-blank line of `path`."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read ({exc.__class__.__name__})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            raise error(f"{path}:{n}: not a JSON line") from None
        yield n, value
