"""`--lexicons DIR` and `--dictionaries DIR` on the commands that extract (and `serve`):
the command runs with that Config, its worker processes and its web requests too."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tacitus import config
from tacitus.cli import main
from tacitus.config import Config
from tacitus.report import Article
from tacitus.store import Store
from tacitus.store import ingest as ingest_mod

# Fictional text written for these tests: "embrace" is no trigger of our lexicon.
TEXT = "Velmar's president Ana Koste embraced Drostia's envoy in Ostrava on Monday.\n"
# every command that extracts or reads lexicons: every `eval` subcommand, present and future
COMMANDS = [("extract",), ("ingest",), ("watch",), ("serve",),
            *(("eval", name) for name in main.commands["eval"].commands)]


@pytest.fixture()
def user_folder(tmp_path):
    """A user lexicon folder that makes 'embrace' a trigger of CONSULT (a meeting)."""
    folder = tmp_path / "lexicons"
    folder.mkdir()
    (folder / "plover_triggers.yaml").write_text('verbs:\n  embrace: {type: CONSULT, cameo: "040"}\n',
                                                 encoding="utf-8")
    return folder


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "embrace.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _types(output: str) -> set[str]:
    return {e["type"] for e in json.loads(output)["events"]}


def test_extract_reads_the_folder_given(pipeline, article, user_folder):
    run = CliRunner()
    plain = run.invoke(main, ["extract", str(article), "--published", "2024-03-05", "--format", "json"])
    own = run.invoke(main, ["extract", str(article), "--published", "2024-03-05", "--format", "json",
                            "--lexicons", str(user_folder)])
    assert plain.exit_code == own.exit_code == 0, own.output
    assert "CONSULT" not in _types(plain.stdout) and "CONSULT" in _types(own.stdout)
    assert config.active() == Config.from_env()  # nothing left in force after the command


def test_ingest_stores_what_the_folder_makes_of_the_article(pipeline, article, user_folder, tmp_path):
    db = tmp_path / "s.db"
    result = CliRunner().invoke(main, ["ingest", str(article), "--db", str(db), "--published", "2024-03-05",
                                       "--no-progress", "--lexicons", str(user_folder)])
    assert result.exit_code == 0, result.output
    with Store.open(db, readonly=True) as store:
        assert store.count_events(type="CONSULT") == 1


def test_worker_processes_get_the_config_in_force(user_folder, monkeypatch):
    """A context variable does not cross into a spawned process: the pool hands it over."""
    started = {}

    class Context:
        def Pool(self, workers, initializer, initargs):
            started.update(workers=workers, initializer=initializer, initargs=initargs)

    monkeypatch.setattr(ingest_mod.multiprocessing, "get_context", lambda method: Context())
    own = Config(lexicons=(str(user_folder),))
    with config.using(own):
        ingest_mod.worker_pool(2, None)
    assert started["initargs"] == (None, own)
    started["initializer"](*started["initargs"])  # what each worker runs first, here in this process
    report = ingest_mod._worker_process(Article(text=TEXT, id="w1", published="2024-03-05"))
    assert "CONSULT" in {e.type for e in report.events}


def test_a_broken_folder_is_one_line_before_any_article(article, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "titles.yaml").write_text("president: [not, a, mapping\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--lexicons", str(broken)])
    assert result.exit_code == 1 and "Traceback" not in result.output, (result.output, result.exception)
    assert str(broken / "titles.yaml") in result.stderr and len(result.stderr.strip().splitlines()) == 1
    missing = CliRunner().invoke(main, ["extract", str(article), "--lexicons", str(tmp_path / "absent")])
    assert missing.exit_code == 2 and "does not exist" in missing.output


def test_the_explorer_checks_filters_against_the_folder_given(tmp_path):
    """A user's own PLOVER type is a filter the explorer knows only with their folder."""
    from fastapi.testclient import TestClient

    from tacitus.web.app import create_app

    folder = tmp_path / "types"
    folder.mkdir()
    (folder / "plover.yaml").write_text('types:\n  EMBRACE: {summary: a hug between leaders, cameo: "040"}\n',
                                        encoding="utf-8")
    Store.open(tmp_path / "s.db").close()
    with TestClient(create_app(tmp_path / "s.db")) as plain:
        assert plain.get("/api/events", params={"type": "EMBRACE"}).status_code == 422
    with TestClient(create_app(tmp_path / "s.db", config=Config(lexicons=(str(folder),)))) as own:
        assert own.get("/api/events", params={"type": "EMBRACE"}).json()["total"] == 0
        assert own.get("/timeline", params={"type": "EMBRACE"}).status_code == 200


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_extracting_command_takes_the_options(path):
    command = main
    for name in path:
        command = command.commands[name]
    options = {o for p in command.params for o in p.opts}
    assert {"--lexicons", "--dictionaries", "--config"} <= options


def test_a_config_file_names_the_folders_and_the_flags_override_it(pipeline, article, user_folder, tmp_path):
    setup = tmp_path / "tacitus.toml"
    setup.write_text(f'lexicons = ["{user_folder.name}"]\n', encoding="utf-8")  # relative to the file
    run = CliRunner()
    own = run.invoke(main, ["extract", str(article), "--published", "2024-03-05", "--format", "json",
                            "--config", str(setup)])
    assert own.exit_code == 0, own.output
    assert "CONSULT" in _types(own.stdout)
    assert Config.from_file(setup).lexicons == (str(user_folder),)
    empty = tmp_path / "empty"
    empty.mkdir()
    flagged = run.invoke(main, ["extract", str(article), "--published", "2024-03-05", "--format", "json",
                                "--config", str(setup), "--lexicons", str(empty)])
    assert flagged.exit_code == 0 and "CONSULT" not in _types(flagged.stdout)


@pytest.mark.parametrize("content, problem", [
    ("lexicons = [", "not a TOML file"),
    ('lexicon = ["x"]\n', "unknown key 'lexicon'"),
    ("lexicons = 3\n", "must be a folder or a list of folders"),
    ('lexicons = ["absent"]\n', "no folder"),
])
def test_a_config_file_that_cannot_be_used_is_one_usage_error(article, tmp_path, content, problem):
    setup = tmp_path / "bad.toml"
    setup.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--config", str(setup)])
    assert result.exit_code == 2 and "Traceback" not in result.output, (result.output, result.exception)
    assert problem in result.output and str(setup) in result.output
