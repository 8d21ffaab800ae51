"""Quotes: every statement with its speaker, cue, channel and sources. (Being written.)"""


def find_quotes(ctx):
    return []
