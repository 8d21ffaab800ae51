"""PLOVER events. (Being written.)"""


def find_events(ctx):
    return [], []
