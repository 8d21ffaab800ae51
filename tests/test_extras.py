"""The core extracts without the extras; a feature whose extra is missing says which to install."""
from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from tacitus import extras
from tacitus.cli import main

BLOCK_EXTRAS = ("import sys\n"
                "for name in ('fastapi', 'uvicorn', 'starlette', 'swagger_ui_bundle', 'dask', "
                "'distributed', 'pyarrow'):\n"
                "    sys.modules[name] = None  # import fails as if not installed\n")


def test_a_missing_extra_is_named(monkeypatch):
    monkeypatch.setitem(extras.EXTRAS, "web", ("no_such_module_for_tacitus",))
    with pytest.raises(extras.MissingExtra, match=r"tacitus serve needs the 'web' extra .*pip install 'tacitus\[web\]'"):
        extras.require("web", "tacitus serve")
    result = CliRunner().invoke(main, ["serve", "--db", "nothing.db"])
    assert result.exit_code == 1 and "pip install 'tacitus[web]'" in result.stderr
    assert "Traceback" not in result.output


def test_extraction_and_the_store_need_no_extra(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The prime minister of Velia met the president of Ostria in Tellburg on Monday. "
                       "They signed a trade agreement.", encoding="utf-8")
    code = BLOCK_EXTRAS + ("from tacitus.cli import main\n"
                           f"main(['extract', {str(article)!r}, '--published', '2024-05-06', '--format', 'json'])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert '"events"' in done.stdout
    code = BLOCK_EXTRAS + ("from tacitus.cli import main\nfrom tacitus.store import Store\n"
                           f"Store.open({str(tmp_path / 'x.db')!r}).close()\n"
                           f"main(['export', '--db', {str(tmp_path / 'x.db')!r}, '--format', 'parquet', "
                           f"'-o', {str(tmp_path / 'x.parquet')!r}])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert "pip install 'tacitus[parquet]'" in done.stderr and "Traceback" not in done.stderr
