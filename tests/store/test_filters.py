"""The event and quote filters are declared once (tacitus/store/filters.py): the CLI's
options, the web API's query parameters and the SQL all come from that declaration."""
from __future__ import annotations

import click
import pytest
from click.testing import CliRunner
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

from tacitus.cli import main
from tacitus.store import Store
from tacitus.store import cli as store_cli
from tacitus.store.filters import EVENTS, QUOTES, Filter, Filters
from tacitus.web.api import filter_params
from tacitus.web.app import create_app

from .helpers import report

# each route's own parameters, beside the filters
ROUTE_PARAMS = {"/api/events": {"merged", "limit", "offset"}, "/api/timeline": {"by"},
                "/api/counts": {"by", "format"}, "/api/map": set(), "/api/quotes": {"limit", "offset"}}
COMMAND_OPTIONS = {"events": {"--db", "--per-report", "--explain", "--format", "--limit", "--offset", "--all",
                              "--oldest-first"},
                   "export": {"--db", "--format", "--output", "--force", "--per-report"},
                   "counts": {"--db", "--by", "--format"},
                   "quotes": {"--db", "--format", "--limit", "--offset", "--all", "--oldest-first"}}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("filters") / "f.db"
    text = "Marovia shelled Tellburg on Monday. \"We will answer,\" said Velia minister Ada Rhee."
    with Store.open(path) as store:
        store.add_report(report("a1", text, "2024-03-04",
                                actors=[("m", "Marovia", "state", "MRV", "GOV"), ("v", "Velia", "state", "VEL", "GOV"),
                                        ("a", "Ada Rhee", "person", "VEL", "GOV", "minister")],
                                events=[dict(type="ASSAULT", trigger="shelled", actors=["m"], recipients=["v"],
                                             place="Tellburg", country="VEL", date="2024-03-04")],
                                quotes=[("a", "We will answer")]))
    return path


def _long_options(command: click.Command) -> set[str]:
    return {next(o for o in p.opts if o.startswith("--")) for p in command.params if isinstance(p, click.Option)}


@pytest.mark.parametrize("name", sorted(COMMAND_OPTIONS))
def test_the_commands_options_are_the_declared_filters(name):
    filters = QUOTES if name == "quotes" else EVENTS
    options = _long_options(main.commands[name]) - {"--help"}
    assert options - COMMAND_OPTIONS[name] == {f.cli_option for f in filters}


@pytest.mark.parametrize("route", sorted(ROUTE_PARAMS))
def test_the_api_parameters_are_the_declared_filters(db, route):
    with TestClient(create_app(db)) as client:
        schema = client.get("/openapi.json").json()["paths"][route]["get"]["parameters"]
    filters = QUOTES if route == "/api/quotes" else EVENTS
    assert {p["name"] for p in schema} - ROUTE_PARAMS[route] == set(filters.names)
    assert all(p.get("description") for p in schema if p["name"] in filters.names)


def test_a_filter_added_to_a_declaration_appears_in_the_cli_the_api_and_the_sql(db):
    outlet = Filter("outlet", "the outlet that published the article (part of it)", lambda alias, value: (
        f"{alias}.article_id IN (SELECT id FROM articles WHERE outlet LIKE ?)", [f"%{value}%"]))
    extended = Filters("events", "e", [*EVENTS, outlet])

    @click.command()
    @store_cli.filter_options(extended)
    def command(**kw):
        click.echo(repr(sorted((k, v) for k, v in kw.items() if v)))

    assert "--outlet" in CliRunner().invoke(command, ["--help"]).output
    assert CliRunner().invoke(command, ["--outlet", " Wire ", "--type", "assault"]).output.strip() == \
        repr([("outlet", "Wire"), ("type", "ASSAULT")])  # cleaned as declared

    app = FastAPI()

    @app.get("/x")
    def route(filters: dict = Depends(filter_params(extended))):
        return filters

    with TestClient(app) as client:
        assert client.get("/x", params={"outlet": "Wire", "date_from": ""}).json() == {"outlet": "Wire"}
        names = {p["name"] for p in client.get("/openapi.json").json()["paths"]["/x"]["get"]["parameters"]}
    assert names == set(extended.names)

    where, args = extended.where({"outlet": "Wire", "type": "ASSAULT"})
    assert "outlet LIKE ?" in where and args == ["ASSAULT", "%Wire%"]
    with Store.open(db, readonly=True) as store:  # the SQL runs over the store's own tables
        assert store.conn.execute(f"SELECT COUNT(*) FROM events e WHERE {where}", args).fetchone()[0] == 0


def test_unknown_filters_are_refused_not_ignored(db):
    with Store.open(db, readonly=True) as store:
        with pytest.raises(TypeError, match="unknown events filter"):
            store.events(outlet="Wire")
        assert store.count_events(type="assault", date_stated=True) == 1  # a Python caller's values: not checked


@pytest.mark.parametrize("cli, api, problem", [
    (["--type", "ASSAUL"], {"type": "ASSAUL"}, "did you mean ASSAULT"),
    (["--min-confidence", "2"], {"min_confidence": "2"}, "expected a number from 0 to 1"),
    (["--status", "asserte"], {"status": "asserte"}, "unknown status"),
])
def test_the_cli_and_the_api_refuse_the_same_values_with_the_same_words(db, cli, api, problem):
    result = CliRunner().invoke(main, ["events", "--db", str(db), *cli])
    assert result.exit_code == 2 and problem in result.output
    with TestClient(create_app(db)) as client:
        response = client.get("/api/events", params=api)
    assert response.status_code == 422 and problem in response.json()["detail"]


def test_every_filter_finds_the_event_or_quote(db):
    """One matching value per declared filter, through the Store: each one's SQL works."""
    events = {"actor": "Marovia", "recipient": "Velia", "country": "vel", "type": "ASSAULT", "status": "asserted",
              "date_from": "2024-03", "date_to": "2024", "place": "Tell", "q": "shelled", "date_stated": True}
    quotes = {"speaker": "Rhee", "q": "answer", "date_from": "2024-03-04", "date_to": "2024-03"}
    with Store.open(db, readonly=True) as store:
        for name, value in events.items():
            assert store.count_events(**{name: value}) == 1, name
        for name, value in quotes.items():
            assert store.count_quotes(**{name: value}) == 1, name
        # and the others select: nothing matches them here
        assert store.count_events(mode="air", place="Nowhere", min_confidence=0) == 0
        assert store.count_quotes(channel="radio") == store.count_quotes(via="Reuters") == 0
        assert store.count_quotes(act="belief") == 0 and store.count_quotes(speaker="Nobody") == 0
