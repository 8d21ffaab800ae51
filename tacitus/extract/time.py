"""Time expressions and dates. (Being written.)"""


def find_times(doc, published):
    return []


def date_quotes_and_events(ctx):
    return None
