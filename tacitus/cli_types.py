"""Option types shared by every command."""
from __future__ import annotations

import datetime as dt

import click


class IsoDate(click.ParamType):
    """A calendar date written YYYY-MM-DD; passed on as that ISO string."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if value is None:
            return None
        if isinstance(value, str) and not value.strip():
            self.fail("an empty value: expected a date as YYYY-MM-DD", param, ctx)
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            self.fail(f"{value!r}: expected a date as YYYY-MM-DD", param, ctx)


ISO_DATE = IsoDate()


class DateOrPeriod(click.ParamType):
    """A filter bound: a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY); passed on as
    written, the store reads "--from 2025-05" as its first day and "--to 2025-05" as its last."""

    name = "YYYY[-MM[-DD]]"

    def convert(self, value, param, ctx):
        from tacitus.timex.period import bound

        if value is None or isinstance(value, str) and not value:
            return None
        try:
            bound(str(value), "from")
        except ValueError:
            self.fail(f"{value!r}: expected a day YYYY-MM-DD, a month YYYY-MM or a year YYYY", param, ctx)
        return str(value)


DATE_OR_PERIOD = DateOrPeriod()


class BoundedText(click.ParamType):
    """Text no longer than a store query may take (tacitus.store.limits.MAX_TEXT)."""

    name = "TEXT"

    def convert(self, value, param, ctx):
        from tacitus.store import limits

        try:
            return limits.check_text(value, "the value")
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


FILTER_TEXT = BoundedText()


def config_options(command):
    """`--lexicons DIR` and `--dictionaries DIR` (each may be given several times) for a command
    that extracts: the command runs with that Config in force (tacitus/config.py), so its
    pipeline, its worker processes and its Dask workers read those folders. A kind of folder
    not given on the command line is the environment's (TACITUS_LEXICONS, TACITUS_DICTIONARIES)."""
    import functools

    @functools.wraps(command)
    def run(*args, lexicons=(), dictionaries=(), config_file=None, **kwargs):
        from tacitus import config

        with config.using(command_config(lexicons, dictionaries, config_file)):
            return command(*args, **kwargs)

    folder = click.Path(exists=True, file_okay=False)
    run = click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
                       help="A TOML file naming lexicons = [DIR, ...] and dictionaries = [DIR, ...] "
                            "(relative to the file); --lexicons and --dictionaries override it.")(run)
    run = click.option("--dictionaries", multiple=True, type=folder, metavar="DIR",
                       help="A folder of the field's dictionaries (CAMEO, PETRARCH, Phoenix, ...) to read "
                            "instead of $TACITUS_DICTIONARIES; repeat for several.")(run)
    return click.option("--lexicons", multiple=True, type=folder, metavar="DIR",
                        help="A folder of your own lexicon files, merged over the bundled ones, instead of "
                             "$TACITUS_LEXICONS; repeat for several (merged in order).")(run)


def command_config(lexicons=(), dictionaries=(), config_file=None):
    """The Config of a command's --lexicons, --dictionaries and --config FILE (the flags over
    the file, the file over the environment); None (the environment's) when none is given.
    A file that cannot be used is a usage error naming it."""
    from tacitus.config import Config, ConfigError

    if not lexicons and not dictionaries and not config_file:
        return None
    try:
        base = Config.from_file(config_file) if config_file else Config.from_env()
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="'--config'") from None
    return Config(lexicons=tuple(lexicons) or base.lexicons, dictionaries=tuple(dictionaries) or base.dictionaries)
