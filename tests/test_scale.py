"""Distributed extraction: a 2-worker LocalCluster (processes, loopback only) gives the
same Reports as a single process, in input order, with bad inputs passed through."""
from __future__ import annotations

import pytest

from tacitus.errors import ReadError
from tacitus.report import Article
from tacitus.scale import ClusterError, parse_cluster, run_on_cluster

# Fictional articles written for this test.
ARTICLES = [
    Article(id="a1", published="2024-03-02", text=(
        "Velmar's foreign minister Ana Koste said on Tuesday that talks with Drostia would resume. "
        "\"We are ready to sign,\" Koste told reporters in Ostrava.")),
    Article(id="a2", published="2024-03-05", text=(
        "Drostian forces shelled the border town of Lisk overnight, killing at least four civilians, "
        "the regional governor Piet Malo said. Malo accused the army of Velmar of starting the fighting.")),
    Article(id="a3", published="2024-03-06", text=(
        "The United Nations called for a ceasefire. Secretary-General Antonio Guterres urged both "
        "sides to return to the table in Geneva next week.")),
    Article(id="a4", published="2024-03-07", text="Protesters gathered in Paris on Sunday."),
    Article(id="a5", published=None, text=""),
]


def test_parse_cluster():
    assert parse_cluster("local:3") == ("local", 3)
    assert parse_cluster("local") == ("local", 2)
    assert parse_cluster("tcp://10.0.0.5:8786") == ("tcp", "tcp://10.0.0.5:8786")
    for bad in ("local:0", "10.0.0.5:8786", "http://x:1", "tcp://host"):
        with pytest.raises(ClusterError, match="--cluster"):
            parse_cluster(bad)


def test_local_cluster_matches_single_process(pipeline):
    bad = ReadError("missing.txt", "no such file or directory")
    inputs = ARTICLES[:2] + [bad] + ARTICLES[2:]
    out = list(run_on_cluster(inputs, "local:2", batch_size=2))

    assert len(out) == len(inputs)
    assert out[2] is bad  # passed through in its place
    reports = [r for r in out if not isinstance(r, ReadError)]
    assert [r.article.id for r in reports] == [a.id for a in ARTICLES]  # input order
    for report, article in zip(reports, ARTICLES):
        assert report.to_dict() == pipeline.process(article).to_dict()


def test_unreachable_scheduler_is_one_line_error():
    # a port on loopback where nothing listens
    with pytest.raises(ClusterError, match="cannot reach"):
        list(run_on_cluster(ARTICLES[:1], "tcp://127.0.0.1:9", timeout=3))


def test_one_failing_article_does_not_stop_its_batch(pipeline, monkeypatch):
    real = pipeline.process

    def process(article):
        if article.id == "a2":
            raise ValueError("boom")
        return real(article)

    monkeypatch.setattr(pipeline, "process", process)
    monkeypatch.setattr(pipeline, "process_many", lambda articles, batch_size=16: map(process, articles))
    out = pipeline.process_batch_or_errors(ARTICLES[:3])
    assert [type(r).__name__ for r in out] == ["Report", "ReadError", "Report"]
    assert out[1].source == "a2" and "boom" in out[1].problem
