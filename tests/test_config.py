"""Two lexicon setups in one process: a Pipeline's Config decides which lexicons it reads,
and what is derived from them is cached per Config; a Dask worker uses the client's."""
from __future__ import annotations

import contextvars
import pickle

import pytest

from tacitus import config, lexicons, scale
from tacitus.config import Config
from tacitus.extract import triggers
from tacitus.pipeline import Pipeline
from tacitus.report import Article

# Fictional text written for this test: "embrace" is no trigger of our lexicon.
ARTICLE = Article(id="c1", published="2024-03-05",
                  text="Velmar's president Ana Koste embraced Drostia's envoy in Ostrava on Monday.")


def _types(report) -> set[str]:
    return {event.type for event in report.events}


@pytest.fixture()
def user_folder(tmp_path):
    """A user lexicon folder that makes 'embrace' a trigger of CONSULT (a meeting)."""
    (tmp_path / "plover_triggers.yaml").write_text(
        'verbs:\n  embrace: {type: CONSULT, cameo: "040"}\n', encoding="utf-8")
    return tmp_path


def test_two_pipelines_with_their_own_lexicons_in_one_process(pipeline, user_folder):
    default_before = pipeline.process(ARTICLE).to_dict()
    assert "CONSULT" not in _types(pipeline.process(ARTICLE))

    own = Pipeline(config=Config.from_env().with_lexicons_first(user_folder))
    report = own.process(ARTICLE)
    assert "CONSULT" in _types(report)
    trigger = next(e for e in report.events if e.type == "CONSULT").trigger
    assert ARTICLE.text[trigger.start:trigger.end] == "embraced"
    assert [r.to_dict() for r in own.process_many([ARTICLE])] == [report.to_dict()]

    # the default one is unchanged afterwards, and neither leaks into the caller's tables
    assert pipeline.process(ARTICLE).to_dict() == default_before
    assert "embrace" not in triggers.lexicon()["verbs"]
    with config.using(own.config):
        assert "embrace" in triggers.lexicon()["verbs"]


def test_a_config_pickles_and_keys_caches():
    c = Config(lexicons=("a", "b"), dictionaries=("d",))
    back = pickle.loads(pickle.dumps(c))
    assert back == c and hash(back) == hash(c)
    assert Config.from_env() == Config.from_env()


def test_the_environment_decides_when_no_config_is_set(user_folder, monkeypatch):
    monkeypatch.setenv(config.LEXICONS_ENV, str(user_folder))
    assert config.active().lexicons == (str(user_folder),)
    assert "embrace" in lexicons.load("plover_triggers.yaml")["verbs"]
    with config.using(Config()):
        assert "embrace" not in lexicons.load("plover_triggers.yaml")["verbs"]


class _WorkerElsewhere:
    """A stand-in Dask client: every task's arguments travel pickled, as to a worker,
    and run in a fresh context (nothing the client set) where the environment names no
    lexicon folder at all."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch
        self.sent = []

    def scheduler_info(self):
        return {"workers": {"w1": {}}}

    def _on_worker(self, function, args):
        args = pickle.loads(pickle.dumps(args))
        self.sent.append(args)
        with self.monkeypatch.context() as m:
            m.delenv(config.LEXICONS_ENV, raising=False)
            return contextvars.Context().run(function, *args)

    def run(self, function, *args):
        return {"w1": self._on_worker(function, args)}

    def submit(self, function, *args, pure=True):
        result = self._on_worker(function, args)

        class Done:
            def result(self):
                return result
        return Done()


def test_a_worker_uses_the_clients_config(user_folder, monkeypatch):
    client = _WorkerElsewhere(monkeypatch)
    with config.using(Config.from_env().with_lexicons_first(user_folder)):
        reports = list(scale.run_on_cluster([ARTICLE], "local:1", client=client))
    assert "CONSULT" in _types(reports[0])
    assert all(args[-1].lexicons[0] == str(user_folder) for args in client.sent)


def test_a_cached_table_keeps_each_configs_value_when_configs_alternate(tmp_path):
    # the wrapper finds the Config last asked for without hashing it; asking under another
    # Config, and back, must still give each Config its own value, each built once
    built = []

    @lexicons.cached
    def folders() -> tuple:
        built.append(config.active())
        return config.active().lexicons

    first, second = Config(lexicons=(str(tmp_path / "a"),)), Config(lexicons=(str(tmp_path / "b"),))
    for _ in range(2):
        for chosen in (first, second, second, first):
            with config.using(chosen):
                assert folders() == chosen.lexicons
    assert built == [first, second]
    folders.cache_clear()  # forgets the last Config's values too
    with config.using(first):
        assert folders() == first.lexicons
    assert built == [first, second, first]
