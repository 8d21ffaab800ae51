"""Optional features and the extra that installs each.

`pip install tacitus` is enough to extract events from articles and keep a store; the
web explorer, the Dask engine and Parquet export need their own packages, installed with
`pip install 'tacitus[web]'`, `'tacitus[scale]'` or `'tacitus[parquet]'` (`'tacitus[all]'`
for everything; the README's `make` commands install everything from the lock).
"""
from __future__ import annotations

import importlib
from types import ModuleType

from tacitus.errors import TacitusError

# extra -> the modules it brings (the first missing one is named in the error)
EXTRAS = {
    "web": ("fastapi", "uvicorn", "swagger_ui_bundle"),  # jinja2 comes with spaCy
    "scale": ("dask", "distributed"),
    "parquet": ("pyarrow",),
}


class MissingExtra(TacitusError):
    """A feature whose optional packages are not installed."""


def require(extra: str, feature: str) -> None:
    """Raise MissingExtra, in one line naming the extra to install, unless `extra`'s
    packages can be imported."""
    for module in EXTRAS[extra]:
        try:
            importlib.import_module(module)
        except ImportError:
            raise MissingExtra(f"{feature} needs the '{extra}' extra ({module} is not installed): "
                               f"pip install 'tacitus[{extra}]'") from None


def load(extra: str, module: str, feature: str) -> ModuleType:
    """Import `module` of an extra, or MissingExtra naming the extra."""
    require(extra, feature)
    return importlib.import_module(module)
