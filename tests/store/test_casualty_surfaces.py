"""Killed and injured carried from a Report through the store, the CLI table, the web
article page and every export, each figure with who gave it and the rule that chose it."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from tacitus.report import Article

TEXT = ("Gunmen attacked a police post in Varn on Tuesday, killing four officers and wounding 12 people, "
        "the interior ministry of Norland said.")


@pytest.fixture(scope="module")
def toll_report(pipeline):
    return pipeline.process(Article(text=TEXT, id="varn", published="2024-05-08", title="Attack on Varn post"))


@pytest.fixture
def store(tmp_path, toll_report):
    from tacitus.store import Store

    s = Store.open(tmp_path / "t.db")
    s.add_report(toll_report)
    yield s
    s.close()


def test_report_has_the_incident_toll(toll_report):
    c = toll_report.casualties
    assert (c.killed.count.min, c.injured.count.min) == (4, 12)
    assert c.killed.rule and c.killed.sources and "ministry" in c.killed.sources[0].name


def test_store_keeps_each_figure_with_its_source_and_rule(store):
    rows = store.conn.execute("SELECT kind, min, sources, rule FROM casualties ORDER BY kind").fetchall()
    by_kind = {r["kind"]: r for r in rows}
    assert by_kind["killed"]["min"] == 4 and by_kind["injured"]["min"] == 12
    assert "ministry" in (by_kind["killed"]["sources"] or "")
    assert by_kind["killed"]["rule"]
    # the whole Report, summary included, round-trips
    assert store.report("varn").casualties.injured.count.min == 12


def test_every_export_carries_killed_and_injured(store):
    from tacitus.store.export import export

    for fmt in ("jsonl", "csv", "plover", "gdelt"):
        out = io.StringIO()
        export(store, fmt, out)
        text = out.getvalue()
        if fmt == "jsonl":
            row = json.loads(text.splitlines()[0])
            assert (row["killed"], row["injured"]) == (4, 12)
        elif fmt == "plover":
            row = json.loads(text)[0]
            assert (row["dead"], row["injured"]) == (4, 12)
        else:
            row = next(csv.DictReader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
            keys = ("killed", "injured") if fmt == "csv" else ("Killed", "Injured")
            assert (row[keys[0]], row[keys[1]]) == ("4", "12")


def test_cli_extract_table_has_injured_and_the_toll(pipeline, tmp_path):
    from tacitus.cli import main

    path = tmp_path / "varn.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--published", "2024-05-08"], terminal_width=250)
    assert result.exit_code == 0, result.output
    assert "injured" in result.output
    assert "Incident toll: killed 4" in result.output and "injured 12" in result.output


def test_web_article_page_shows_the_toll(store, tmp_path):
    from fastapi.testclient import TestClient

    from tacitus.web.app import create_app

    store.close()
    client = TestClient(create_app(tmp_path / "t.db"))
    page = client.get("/article/varn")
    assert page.status_code == 200
    assert "Incident toll" in page.text and "victim mention" in page.text
