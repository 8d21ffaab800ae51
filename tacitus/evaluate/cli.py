"""`tacitus eval ...`: measure Tacitus against annotated data. Subcommands are added
to `eval_group` with `@eval_group.command` and `@config_options` (--lexicons, --dictionaries)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from tacitus.cli_types import config_options
from tacitus.errors import TacitusError


def _fail(message: str) -> None:
    click.echo(f"tacitus: {message}", err=True)
    sys.exit(1)


class _EvalGroup(click.Group):
    """Every evaluator ends bad input it meets late (a lexicon file that cannot be used, read
    when the pipeline is built) with one line naming it, as `_evaluated` does for its data."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except TacitusError as exc:
            _fail(str(exc))


@click.group("eval", cls=_EvalGroup)
def eval_group() -> None:
    """Measure extraction quality on reference data."""


def _evaluated(evaluate, argument):
    """Run an evaluator; bad input ends with one line naming it."""
    try:
        return evaluate(argument)
    except TacitusError as exc:
        _fail(str(exc))


@eval_group.command("dates")
@config_options
@click.argument("folder", type=click.Path())
@click.option("--failures", default=0, show_default=True, help="Show this many failures per category.")
def eval_dates(folder, failures):
    """Value accuracy on Recognizers-Text English specs (FOLDER of *.json) by category."""
    from tacitus.evaluate.dates import evaluate

    tallies = _evaluated(evaluate, folder)
    click.echo(f"{'category':<16}{'expected':>9}{'found':>8}{'correct':>9}{'accuracy':>10}")
    for name, tally in sorted(tallies.items(), key=lambda kv: (kv[0] == "all", -kv[1].total)):
        click.echo(f"{name:<16}{tally.total:>9}{tally.found:>8}{tally.correct:>9}{tally.accuracy:>10.1%}")
    for name, tally in tallies.items():
        for text_in, expr, got, wanted in tally.failures[:failures]:
            click.echo(f"  [{name}] {expr!r}: got {got}, expected {wanted}  ({text_in})")


@eval_group.command("timeml")
@config_options
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--failures", default=0, show_default=True, help="Show this many failures.")
@click.option("--split", type=click.Choice(["tune", "held"]), default=None,
              help="Only one fixed half of the documents (by the SHA-1 of each file name): "
                   "tune rules on 'tune', report 'held'.")
def eval_timeml(paths, failures, split):
    """TempEval-3 scores on TimeML (.tml) files or GUM Wikinews XML (files or directories)."""
    from tacitus.evaluate.timeml import evaluate

    scores = _evaluated(lambda p: evaluate(p, split), paths)
    if not scores.documents:
        _fail(f"{', '.join(paths)}: no TimeML or GUM documents found")
    click.echo(f"documents {scores.documents}  gold expressions {scores.gold}  system expressions {scores.system}")
    if not scores.gold:
        click.echo("no gold TIMEX3 in these documents (only document dates): nothing to score")
        return
    for label, (p, r, f) in (("strict", scores.strict_prf()), ("relaxed", scores.relaxed_prf()),
                             ("value", scores.value_prf())):
        click.echo(f"{label:<8} P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}")
    click.echo(f"value accuracy {scores.value_accuracy:.1%} of {scores.valued} matched expressions with a gold value")
    for doc, expr, got, wanted in scores.failures[:failures]:
        click.echo(f"  {doc}: {expr!r}: got {got}, expected {wanted}")


@eval_group.command("timeline")
@config_options
@click.argument("folder", type=click.Path())
@click.option("--failures", default=0, show_default=True, help="Show this many events dated wrongly.")
def eval_timeline(folder, failures):
    """Event dating on SemEval-2015 TimeLine gold timelines (a folder holding
    TimeLines_Gold_Standard/ and corpus_trackB_TimeML/)."""
    from tacitus import nlp
    from tacitus.evaluate.timeline import evaluate

    try:
        s = evaluate(folder, nlp.load(None))
    except TacitusError as exc:
        _fail(str(exc))
    share = lambda a, b: f"{100 * a / b:.1f}%" if b else "-"  # noqa: E731
    click.echo(f"event mentions {s.mentions} (not found in the TimeML: {s.missing}); with a gold date {s.anchorable}")
    click.echo(f"dated right {s.correct} ({share(s.correct, s.anchorable)}); the document date alone: "
               f"{s.dct_baseline} ({share(s.dct_baseline, s.anchorable)})")
    for precision in ("day", "month", "year"):
        click.echo(f"  gold {precision:5} {s.correct_by_precision[precision]:4} of {s.by_precision[precision]:4} "
                   f"({share(s.correct_by_precision[precision], s.by_precision[precision])})")
    click.echo(f"dated from the text {s.stated}, right {s.stated_correct} ({share(s.stated_correct, s.stated)}); "
               f"gold undatable but dated from the text: {s.unanchorable_given_text_date}")
    for mention, text, got, gold in s.failures[:failures]:
        click.echo(f"  {mention}: {text!r} -> {got} (gold {gold})")


@eval_group.command("plover")
@config_options
@click.argument("path", type=click.Path())
@click.option("--failures", default=0, show_default=True, help="Show this many records coded wrongly.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--cameo-map", type=click.Path(), default=None,
              help="CAMEO-to-PLOVER table, to score PETRARCH2 unit-test records (.jsonl) by type.")
@click.option("--actors", "actor_dict", type=click.Path(), default=None,
              help="A PETRARCH actor dictionary whose states and actors are known for this run "
                   "(as extra lexicon entries); the records' sides are then scored too.")
@click.option("--corpus", type=click.Path(), default=None,
              help="The Wikinews sample folder: each record's whole article (by its url) is run and "
                   "the events of the record's sentence scored.")
def eval_plover(path, failures, as_json, cameo_map, actor_dict, corpus):
    """Event type, actor/recipient country, mode and casualty scores on PLOVER gold records (JSON),
    or event types on PETRARCH2 unit-test records (JSON lines, with --cameo-map)."""
    import contextlib
    import tempfile

    from tacitus.evaluate import petrarch_dicts, plover

    with contextlib.ExitStack() as stack:
        try:
            if actor_dict:
                folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="tacitus-lexicons-")))
                petrarch_dicts.write_lexicons(petrarch_dicts.read_actors(actor_dict), folder)
                stack.enter_context(petrarch_dicts.using_lexicons(folder))
            if str(path).endswith(".jsonl"):
                if not cameo_map:
                    _fail(f"{path}: PETRARCH records need --cameo-map (the CAMEO-to-PLOVER table)")
                records = plover.load_petrarch(path, plover.load_cameo_map(cameo_map), sides=bool(actor_dict))
            else:
                records = plover.load_gold(path)
        except TacitusError as exc:
            _fail(str(exc))
        _eval_plover(records, failures, as_json, corpus)


def _eval_plover(records, failures, as_json, corpus=None):
    from tacitus.evaluate import plover

    wrong = []

    def keep_wrong(gold, report, event):
        if (event.type if event else plover.NO_EVENT) != gold.type and len(wrong) < failures:
            wrong.append((gold, event))

    if corpus:
        try:
            scores = plover.evaluate_in_articles(records, Path(corpus), on_record=keep_wrong)
        except TacitusError as exc:
            _fail(str(exc))
    else:
        scores = plover.evaluate(records, on_record=keep_wrong)
    if as_json:
        import json

        click.echo(json.dumps(scores.to_dict(), indent=2))
        return
    click.echo(plover.format_scores(scores))
    for gold, event in wrong:
        got = f"{event.type} ({event.trigger.text})" if event else plover.NO_EVENT
        click.echo(f"  {gold.id}: gold {gold.type}, got {got}: {gold.text[:100]}")


@eval_group.command("synthetic")
@config_options
@click.argument("path", type=click.Path())
@click.option("--split", type=click.Choice(["fifth", "rest", "all"]), default="fifth", show_default=True,
              help="fifth: the measurement fifth (sha1(text)[0] % 5 == 0); rest: the other 4/5, "
                   "where errors may be looked at; all: every story.")
@click.option("--limit", default=0, help="Score only the first N stories of the split (0: all).")
@click.option("--failures", default=0, show_default=True,
              help="Show this many stories whose labelled type was not coded.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_synthetic(path, split, limit, failures, as_json):
    """Share of labelled synthetic stories (NGEC CSV: text, label) whose PLOVER type is among
    the non-negated events, per type; extraction failures are listed."""
    from tacitus.evaluate import synthetic

    stories = _evaluated(lambda p: synthetic.load(p, split), path)
    if limit:
        stories = stories[:limit]
    missed = []

    def keep_missed(story, report):
        if len(missed) < failures and (report is None or story.label not in synthetic.coded_types(report)):
            missed.append((story, sorted(synthetic.coded_types(report)) if report else ["failed"]))

    scores = synthetic.evaluate(stories, on_story=keep_missed)
    if as_json:
        import json

        click.echo(json.dumps(scores.to_dict(), indent=2))
        return
    click.echo(synthetic.format_scores(scores))
    for story, types in missed:
        click.echo(f"  story {story.id}: {story.label} ({story.mode or '-'}), coded {', '.join(types) or '-'}: "
                   f"{' '.join(story.text.split())[:160]}")


@eval_group.command("attribution")
@config_options
@click.argument("marks", type=click.Path())
@click.option("--corpus", type=click.Path(), required=True, help="Folder of the CSV file the marks name.")
@click.option("--failures", default=0, show_default=True, help="Show this many misses and wrong statements.")
def eval_attribution(marks, corpus, failures):
    """Statements against attributions marked by hand (MARKS, YAML): precision, recall, F1
    (content overlap and right speaker), recall of quoted and unquoted content, act accuracy."""
    from tacitus.evaluate.attribution import evaluate

    s = _evaluated(lambda m: evaluate(m, corpus), marks)
    click.echo(f"marked {s.gold} ({s.gold_quoted} quoted)  found {s.found}  right {s.right}")
    click.echo(f"P {s.precision:6.1%}  R {s.recall:6.1%}  F1 {s.f1:6.1%}  "
               f"recall quoted {s.recall_quoted:6.1%}  unquoted {s.recall_unquoted:6.1%}  "
               f"act {s.act_accuracy:6.1%} of {s.recalled}")
    for name, mark, text in s.misses[:failures]:
        click.echo(f"  miss {name}: [{'|'.join(mark.sources)}] {text[:100]!r}")
    for name, quote in s.wrong[:failures]:
        click.echo(f"  wrong {name}: [{quote.speaker_name}] {quote.text[:100]!r}")


COMMANDS = [eval_group]


# --- casualties (issue 11) ---------------------------------------------------------

@eval_group.command("casualties")
@config_options
@click.argument("annotations", type=click.Path())
@click.argument("corpus", type=click.Path())
@click.option("--set", "subset", type=click.Choice(["dev", "heldout"]), default=None,
              help="Score one part of the annotations only.")
@click.option("--failures", is_flag=True, help="List the articles whose figures differ.")
def eval_casualties(annotations, corpus, subset, failures):
    """Exact killed/injured of each article's incident against hand annotations (a YAML of
    Wikinews ids and figures; CORPUS is the folder of wikinews_*.csv)."""
    from pathlib import Path

    from tacitus.evaluate.casualties import evaluate
    from tacitus.pipeline import get_pipeline

    scores = _evaluated(lambda a: evaluate(Path(a), Path(corpus), get_pipeline(), subset), annotations)
    for kind in ("killed", "injured"):
        right, total = scores.rate(kind)
        stated_right, stated = scores.rate(kind, stated_only=True)
        click.echo(f"{kind:<8} exact {right}/{total} ({right / max(total, 1):.1%})   "
                   f"where a figure is stated {stated_right}/{stated} ({stated_right / max(stated, 1):.1%})")
    if failures:
        for row in scores.rows:
            for kind in ("killed", "injured"):
                if not row.right[kind]:
                    click.echo(f"  {row.id} {kind}: expected {row.expected[kind]}, found {row.found[kind]}")


# --- event types on sentences labelled by hand (issue 10) -----------------------------

@eval_group.command("event-types")
@config_options
@click.argument("path", type=click.Path())
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Leave out events whose confidence is below this (0-1) before scoring.")
@click.option("--failures", default=0, show_default=True, help="Show this many sentences coded wrongly.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_event_types(path, min_confidence, failures, as_json):
    """Event type found / no event kept clean on sentences labelled with their main PLOVER
    type or NONE (JSON lines: text, type, also), e.g. tests/data/wikinews_event_types.jsonl."""
    from tacitus.evaluate import event_types

    scores = event_types.evaluate(_evaluated(event_types.load, path), min_confidence=min_confidence)
    if as_json:
        import json

        click.echo(json.dumps(scores.to_dict(), indent=2))
        return
    click.echo(event_types.format_scores(scores))
    for sentence, coded in scores.wrong[:failures]:
        click.echo(f"  line {sentence.id}: gold {sentence.type}, coded {', '.join(coded) or '-'}: {sentence.text[:120]}")


# --- whole articles labelled by hand (issue 10) -----------------------------------

@eval_group.command("article-events")
@config_options
@click.argument("path", type=click.Path())
@click.option("--corpus", type=click.Path(), required=True, help="Folder of the Wikinews CSV files the articles come from.")
@click.option("--failures", default=0, show_default=True, help="Show this many missed and false events.")
def eval_article_events(path, corpus, failures):
    """Every event of whole articles labelled by hand (PATH, JSON): sure events found, their
    type right, and events coded where the reader labelled none."""
    from tacitus.evaluate import article_events

    misses = []

    def keep(kind, text, types):
        if len(misses) < failures:
            misses.append((kind, text, types))

    scores = _evaluated(lambda p: article_events.evaluate(Path(p), Path(corpus), on_miss=keep), path)
    click.echo(article_events.format_scores(scores))
    for kind, text, types in misses:
        click.echo(f"  {kind} {'/'.join(types) or '-'}: {' '.join(text.split())[:100]}")
