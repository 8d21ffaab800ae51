"""The date evaluators on data written here (TimeML, GUM-style XML, spec JSON) and,
when present, on ../shared."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tacitus.evaluate import dates, timeml
from tacitus.evaluate.cli import eval_group

TML = """<?xml version="1.0" encoding="utf-8"?>
<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2031-03-06" functionInDocument="CREATION_TIME">2031-03-06</TIMEX3></DCT>
<TEXT>The council of Veldora met on <TIMEX3 tid="t1" type="DATE" value="2031-03-04">Tuesday</TIMEX3>. It last met in <TIMEX3 tid="t2" type="DATE" value="2029">2029</TIMEX3> and talks lasted <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>, ending <TIMEX3 tid="t4" type="DATE" value="2031-W09">last week</TIMEX3>. Delegates meet <TIMEX3 tid="t5" type="SET" value="P1W">every week</TIMEX3>, and a new vote comes <TIMEX3 tid="t6" type="DATE" value="2031-03-01">on the first</TIMEX3>.</TEXT></TimeML>
"""

GUM = """<text id="x" type="news" dateCreated="2031-03-06" title="t">
<s type="decl">
<date when="2031-03-05">
Wednesday
</date>
,	,	,
the	DT	the
mayor	NN	mayor
left	VVD	leave
<date from="2031-02-24" to="2031-03-02">
last	JJ	last
week	NN	week
</date>
.	SENT	.
</s>
</text>
"""


def test_timeml_scores_own_document(tmp_path):
    (tmp_path / "doc.tml").write_text(TML, encoding="utf-8")
    scores = timeml.evaluate([tmp_path])
    assert (scores.documents, scores.gold) == (1, 6)
    assert scores.relaxed == 5 and scores.strict == 5  # "on the first" is missed
    assert scores.value_correct == 5
    assert scores.value_accuracy == 1.0


def test_split_keeps_one_fixed_half_of_the_documents(tmp_path):
    """The halves follow the SHA-1 of each file name (without extension), not its folder or order."""
    for name in ("veldora_one", "veldora_two", "veldora_three", "veldora_four"):
        (tmp_path / f"{name}.tml").write_text(TML, encoding="utf-8")
    assert [timeml.split_of(n) for n in ("veldora_one.tml", "x/veldora_one.xml", "veldora_two.tml")] == \
        ["tune", "tune", "held"]
    halves = {split: timeml.evaluate([tmp_path], split) for split in timeml.SPLITS}
    assert (halves["tune"].documents, halves["held"].documents, timeml.evaluate([tmp_path]).documents) == (2, 2, 4)
    result = CliRunner().invoke(eval_group, ["timeml", str(tmp_path), "--split", "held"])
    assert result.exit_code == 0 and result.output.startswith("documents 2 ")
    assert CliRunner().invoke(eval_group, ["timeml", str(tmp_path), "--split", "all"]).exit_code == 2


def test_gum_reader_restores_text_and_week_ranges(tmp_path):
    (tmp_path / "GUM_news_x.xml").write_text(GUM, encoding="utf-8")
    (doc,) = timeml.read_documents([tmp_path])
    assert doc.text.startswith("Wednesday, the mayor left last week.")
    assert [(doc.text[g.start:g.end], g.value) for g in doc.gold] == [("Wednesday", "2031-03-05"),
                                                                      ("last week", "2031-W09")]
    assert timeml.evaluate([tmp_path]).value_accuracy == 1.0


def test_dates_eval_on_own_specs(tmp_path):
    specs = [{"Input": "I left on Friday", "Context": {"ReferenceDateTime": "2031-03-06T00:00:00"},
              "Results": [{"Text": "friday", "Type": "date", "Start": 10, "Length": 6,
                           "Value": {"Timex": "XXXX-WXX-5", "PastResolution": {"date": "2031-02-28"},
                                     "FutureResolution": {"date": "2031-03-07"}}}]},
             {"Input": "it was in the 1990s", "Context": {"ReferenceDateTime": "2031-03-06T00:00:00"},
              "Results": [{"Text": "the 1990s", "Type": "daterange", "Start": 10, "Length": 9,
                           "Value": {"Timex": "(1990-01-01,2000-01-01,P10Y)"}}]}]
    (tmp_path / "DateParser.json").write_text(json.dumps(specs), encoding="utf-8")
    tallies = dates.evaluate(tmp_path)
    assert tallies["all"].total == 2 and tallies["daterange"].correct == 1
    assert tallies["date"].correct == 1  # the past resolution: news reads a bare weekday backwards


def test_cli_reports_and_fails_cleanly(tmp_path):
    (tmp_path / "doc.tml").write_text(TML, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(eval_group, ["timeml", str(tmp_path)])
    assert result.exit_code == 0 and "value accuracy 100.0%" in result.output
    result = runner.invoke(eval_group, ["dates", str(tmp_path / "missing")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>broken", encoding="utf-8")
    result = runner.invoke(eval_group, ["timeml", str(tmp_path / "bad.tml")])
    assert result.exit_code == 1 and "bad.tml" in result.output


def test_gum_wikinews_value_accuracy_at_least_80_percent(shared_dir):
    folder = shared_dir / "corpora" / "gum_wikinews" / "xml"
    if not folder.is_dir():
        pytest.skip("GUM corpus absent")
    scores = timeml.evaluate(sorted(folder.glob("GUM_news_*.xml")))
    assert scores.documents == 24
    assert scores.value_accuracy >= 0.80
    assert scores.relaxed_prf()[2] >= 0.80
