"""The JSON Schema of a Report, derived from the dataclasses in report.py.

`python -m tacitus.report_schema > tacitus/schemas/report.schema.json` regenerates
the committed file; a test checks that the two agree, so the contract cannot drift.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path

from tacitus import report

SCHEMA_PATH = Path(__file__).parent / "schemas" / "report.schema.json"
SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _type(tp) -> dict:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return {"anyOf": [_type(inner[0]), {"type": "null"}]}
    if origin is list:
        return {"type": "array", "items": _type(typing.get_args(tp)[0])}
    if dataclasses.is_dataclass(tp):
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp is typing.Any:
        return {}
    return {"type": SCALARS[tp]}


def _definition(cls) -> dict:
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    doc = (cls.__doc__ or "").strip().splitlines()
    out = {
        "type": "object",
        "properties": {f.name: _type(hints[f.name]) for f in fields},
        "required": [f.name for f in fields],
    }
    if doc and not doc[0].startswith(cls.__name__ + "("):
        out["description"] = doc[0]
    return out


def build() -> dict:
    classes = [c for c in vars(report).values()
               if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == report.__name__]
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Tacitus Report",
        "description": "Everything Tacitus extracts from one article. Offsets (start, end) index article.text.",
        "$defs": {c.__name__: _definition(c) for c in classes if c is not report.Report},
    }
    schema.update(_definition(report.Report))
    schema["properties"]["schema_version"] = {"const": report.SCHEMA_VERSION}
    return schema


def load() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


if __name__ == "__main__":
    print(json.dumps(build(), indent=2))
