"""The TimeLine event-dating scorer, on a tiny gold written for this test."""
from __future__ import annotations

from tacitus.evaluate.timeline import evaluate, written_at

TML = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>77</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2031-03-06">2031-03-06</TIMEX3></DCT>
<TEXT><s id="0">Orvan shipyard <EVENT eid="e1">strike</EVENT> ends</s><s id="1">March 6 , 2031</s><s id="2">Workers at the Orvan shipyard <EVENT eid="e2">ended</EVENT> their strike on Tuesday , the union <EVENT eid="e3">said</EVENT> .</s><s id="3">The yard was <EVENT eid="e4">founded</EVENT> in 1988 .</s></TEXT></TimeML>
"""

GOLD = """Orvan
1\t1988-XX-XX\t77-3-founded
2\t2031-03-04\t77-2-ended
3\t2031-03-06\t77-2-said
0\tXXXX-XX-XX\t77-0-strike
"""


def test_written_at_the_gold_precision():
    assert written_at("2031-03-04", "2031-03-04") == "2031-03-04"
    assert written_at("1988", "1988-XX-XX") == "1988-XX-XX"
    assert written_at("2031-03-04", "2031-XX-XX") == "2031-XX-XX"
    assert written_at("2031-03", "2031-03-04") is None  # coarser than the gold
    assert written_at("P3Y", "2031-03-04") is None


def test_scores_a_small_timeline(tmp_path, pipeline):
    (tmp_path / "corpus_trackB_TimeML").mkdir()
    (tmp_path / "corpus_trackB_TimeML" / "77_Orvan.tml").write_text(TML, encoding="utf-8")
    (tmp_path / "TimeLines_Gold_Standard").mkdir()
    (tmp_path / "TimeLines_Gold_Standard" / "orvan.txt").write_text(GOLD, encoding="utf-8")
    scores = evaluate(tmp_path, pipeline.nlp)
    assert (scores.mentions, scores.anchorable, scores.missing) == (4, 3, 0)
    assert scores.correct == 3 and scores.dct_baseline == 1
