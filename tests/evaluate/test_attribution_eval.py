"""The attribution scoring rule: content overlap and the right speaker."""
from __future__ import annotations

from tacitus.evaluate.attribution import Marked, Scores, score_article
from tacitus.report import Article, Quote, Report, Span

TEXT = "Mayor Ana Lopes said the bridge will close. The council said it disagrees."


def _quote(qid, start, end, speaker, act="speech"):
    return Quote(id=qid, text=TEXT[start:end], start=start, end=end, kind="indirect", act=act,
                 speaker_name=speaker, speaker_span=Span(0, 0, speaker or ""))


def test_overlap_and_speaker_decide():
    marks = [Marked(("lopes",), 21, 42, False, "speech"), Marked(("council",), 61, 74, False, "belief")]
    report = Report(article=Article(text=TEXT), quotes=[
        _quote("q1", 21, 30, "Ana Lopes"),  # overlaps the first mark, right speaker
        _quote("q2", 61, 74, "Ana Lopes"),  # overlaps the second, wrong speaker
        _quote("q3", 0, 5, "Ana Lopes"),  # overlaps nothing
    ])
    scores = Scores()
    score_article(scores, "a", report, marks)
    assert (scores.gold, scores.found, scores.right, scores.recalled) == (2, 3, 1, 1)
    assert scores.precision == 1 / 3 and scores.recall == 0.5
    assert scores.recall_unquoted == 0.5 and scores.act_accuracy == 1.0
    assert [m.sources for _, m, _ in scores.misses] == [("council",)]
