"""Run a grammar rule's regex only where it can match: near the literal words it needs.

Every rule's regex used to scan the whole article, 40 scans of every character, though
most rules need a word that few sentences hold ("quarter", "ago", a month's name). From
the compiled pattern itself (not from a list kept by hand beside the rules) this module
works out, for each rule:

* a few literal strings of which every match holds one (`needs`): "jan", "feb", ... for
  the month rules, "century", "ago"/"earlier"/"later"/...;
* how far before such a string a match can start, and how far past its start a match or
  its lookaheads can read. Widths are finite except `\\s+`-like repeats of one character
  class; those count as the longest run of that class in the article.

`finditer(rule, text)` then finds each place a needed string occurs and searches only the
stretch where a match holding it can start, with the text cut where nothing that starts
there can read: the same matches, in the same order, as `pattern.finditer(text)`. A rule
whose pattern cannot be bounded so (a repeat of a group without limit, a match that may be
empty, flags changed inside the pattern) is scanned whole as before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from re import _constants as sre
from re import _parser as sre_parse
from typing import Iterator, Optional

try:  # letters that match others beyond lower(): "ı" and "i", "ſ" and "s" (re's own table)
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - another Python: no case-blind rule is narrowed
    _EXTRA_CASES = None

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ONE_CHAR = (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY, sre.CATEGORY)
_PRODUCT_LIMIT = 256  # strings an exact set may hold before it is cut into shorter ones
# Words so frequent in news that a rule needing one of them gains little from the search.
_COMMON = frozenset("the of to in and a for on that by with as at from is was".split())


class _Unbounded(Exception):
    """The pattern has a part whose width no run of the text bounds."""


@dataclass(frozen=True)
class Width:
    """A length: `fixed` characters plus, for each character class, as many times the
    longest run of that class in the text."""
    fixed: int = 0
    runs: tuple = ()  # ((class key, count), ...)

    def __add__(self, other: "Width") -> "Width":
        return Width(self.fixed + other.fixed, _merge(self.runs, other.runs, lambda a, b: a + b))

    def most(self, other: "Width") -> "Width":
        """An upper bound of both."""
        return Width(max(self.fixed, other.fixed), _merge(self.runs, other.runs, max))

    def times(self, n: int) -> "Width":
        return Width(self.fixed * n, tuple((k, c * n) for k, c in self.runs))

    def value(self, longest: dict) -> int:
        return self.fixed + sum(c * longest[k] for k, c in self.runs)


def _merge(a: tuple, b: tuple, op) -> tuple:
    out = dict(a)
    for k, c in b:
        out[k] = op(out[k], c) if k in out else c
    return tuple(sorted(out.items()))


ZERO, ONE = Width(0), Width(1)


@dataclass
class _Part:
    """What is known of a piece of pattern: the strings it matches exactly (None: too many
    or unknown), the best set of strings every match holds with how far into the piece
    they can start, its longest match and how far its reading reaches (exclusive, from
    where it starts; a repeat reads the character that stops it, a lookahead what it tests)."""
    exact: Optional[set]
    needs: Optional[tuple]  # (set of strings, Width before them) or None
    width: Width
    reach: Width


@dataclass
class Plan:
    """How to run one rule: `needs` strings (lower-case when the rule ignores case), `before`
    the most characters a match may start ahead of one, `reach` how far past a match's
    start the regex may read."""
    needs: tuple
    ignore_case: bool
    before: Width
    reach: Width
    runs: dict = field(default_factory=dict)  # class key -> compiled regex of one run


def plan(pattern: re.Pattern) -> Optional[Plan]:
    """The plan for a compiled pattern, or None when it must scan the whole text."""
    if not isinstance(pattern.pattern, str):
        return None
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    if ignore_case and _EXTRA_CASES is None:
        return None
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0:
            return None  # an empty match moves finditer on by itself: keep its own loop
        runs: dict = {}
        part = _sequence(tree.data, tree.state.flags, runs)
    except _Unbounded:
        return None
    needs = part.needs
    if needs is None and part.exact is not None and "" not in part.exact:
        needs = (part.exact, ZERO)
    if needs is None:
        return None
    strings, before = needs
    runs.pop(_GROUP_WIDTHS, None)
    return Plan(tuple(sorted(_minimal(strings))), ignore_case, before, part.reach, runs)


def _minimal(strings: set) -> set:
    """Drop the strings that begin with another of the set: where "april" begins, "apr" does."""
    return {s for s in strings if not any(t != s and s.startswith(t) for t in strings)}


def _score(strings: set) -> tuple:
    """Higher is fewer expected occurrences: longer shortest string, no common word, fewer strings."""
    return (not any(s.strip() in _COMMON for s in strings), min(map(len, strings)), -len(strings))


def _better(a: Optional[tuple], b: Optional[tuple]) -> Optional[tuple]:
    if a is None:
        return b
    if b is None:
        return a
    return b if _score(b[0]) > _score(a[0]) else a


def _usable(strings: Optional[set]) -> bool:
    return bool(strings) and "" not in strings


def _sequence(items, flags: int, runs: dict) -> _Part:
    width, reach = ZERO, ZERO
    run: set = {""}  # exact strings of the items since the last inexact one
    run_start = ZERO  # the width before that run
    best = None
    exact_all = True
    for op, av in items:
        part = _item(op, av, flags, runs)
        reach = reach.most(width + part.reach)
        if part.exact is not None and len(run) * len(part.exact) <= _PRODUCT_LIMIT:
            run = {a + b for a in run for b in part.exact}
        else:
            exact_all = False
            if _usable(run):
                best = _better(best, (run, run_start))
            if part.exact is not None:  # too many strings together: start a new run here
                run, run_start = set(part.exact), width
            else:
                if part.needs is not None:
                    best = _better(best, (part.needs[0], width + part.needs[1]))
                run, run_start = {""}, width + part.width
        width = width + part.width
    if _usable(run):
        best = _better(best, (run, run_start))
    return _Part(run if exact_all else None, best, width, reach)


def _char(code: int, flags: int) -> str:
    ch = chr(code)
    return _fold(ch) if flags & re.IGNORECASE else ch


def _item(op, av, flags: int, runs: dict) -> _Part:
    if op is sre.LITERAL:
        return _Part({_char(av, flags)}, None, ONE, ONE)
    if op is sre.IN:
        chars = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(_char(value, flags))
            elif kind is sre.RANGE and value[1] - value[0] < 16:
                chars.update(_char(c, flags) for c in range(value[0], value[1] + 1))
            else:
                return _Part(None, None, ONE, ONE)
        return _Part(chars, None, ONE, ONE)
    if op in (sre.NOT_LITERAL, sre.ANY, sre.CATEGORY):
        return _Part(None, None, ONE, ONE)
    if op is sre.AT:
        return _Part({""}, None, ZERO, ONE)  # \b and the like look at the character here
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        direction, sub = av
        if direction < 0:  # a lookbehind reads before the start: the text is never cut there
            return _Part({""}, None, ZERO, ZERO)
        inner = _sequence(sub.data, flags, runs)
        return _Part({""}, None, ZERO, inner.reach + ONE)
    if op is sre.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:
            raise _Unbounded  # case rules changed inside: keep it simple, scan whole
        part = _sequence(sub.data, flags, runs)
        if group is not None:
            runs.setdefault(_GROUP_WIDTHS, {})[group] = part.width
        return part
    if op is sre.GROUPREF:  # "(?P=sep)": the text the group matched, no wider than the group
        width = runs.get(_GROUP_WIDTHS, {}).get(av)
        if width is None:
            raise _Unbounded
        return _Part(None, None, width, width + ONE)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data, flags, runs)
    if op is sre.BRANCH:
        return _alternatives([_sequence(alt.data, flags, runs) for alt in av[1]])
    if op is sre.GROUPREF_EXISTS:
        _group, yes, no = av
        alternatives = [_sequence(yes.data, flags, runs)]
        alternatives.append(_sequence(no.data, flags, runs) if no is not None else _Part({""}, None, ZERO, ZERO))
        return _alternatives(alternatives)
    if op in _REPEATS:
        low, high, sub = av
        inner = _sequence(sub.data, flags, runs)
        if high == sre.MAXREPEAT:
            width = _run_width(sub, flags, runs)
            reach = width + ONE
        else:
            width = inner.width.times(high)
            reach = inner.width.times(max(high - 1, 0)) + inner.reach + ONE
        if low == 0:
            exact = inner.exact | {""} if high == 1 and inner.exact is not None else None
            return _Part(exact, None, width, reach)
        needs = inner.needs
        if needs is None and _usable(inner.exact):
            needs = (inner.exact, ZERO)
        exact = inner.exact if low == high == 1 else None
        return _Part(exact, needs, width, reach)
    raise _Unbounded  # anything else: no bound


_GROUP_WIDTHS = "groups"  # the key in `runs` under which the analysis keeps each group's width


def _run_width(sub, flags: int, runs: dict) -> Width:
    """An unlimited repeat of one character class: as wide as the longest run of that
    class in the text, found by a regex of the class alone."""
    if len(sub.data) != 1 or sub.data[0][0] not in _ONE_CHAR or sub.getwidth() != (1, 1):
        raise _Unbounded
    key = repr((sub.data, flags & re.IGNORECASE))
    if key not in runs:  # runs of two and more: one character is the bound when there are none
        one = sre_parse.SubPattern(sub.state, list(sub.data))
        many = sre_parse.SubPattern(sub.state, [*sub.data, (sre.MAX_REPEAT, (1, sre.MAXREPEAT, one))])
        from re import _compiler
        runs[key] = _compiler.compile(many, flags & (re.IGNORECASE | re.UNICODE | re.ASCII | re.DOTALL))
    return Width(0, ((key, 1),))


def _alternatives(parts: list) -> _Part:
    exact = None
    if all(p.exact is not None for p in parts) and sum(len(p.exact) for p in parts) <= _PRODUCT_LIMIT:
        exact = set().union(*(p.exact for p in parts))
    needs = None
    wants = [p.needs if p.needs is not None else ((p.exact, ZERO) if _usable(p.exact) else None) for p in parts]
    if all(w is not None for w in wants):
        before = ZERO
        for _, w in wants:
            before = before.most(w)
        needs = (set().union(*(w[0] for w in wants)), before)
    width, reach = ZERO, ZERO
    for p in parts:
        width, reach = width.most(p.width), reach.most(p.reach)
    return _Part(exact, needs, width, reach)


# ----------------------------------------------------------------------------- folding

if _EXTRA_CASES is not None:
    # each group of letters re treats as one, to its smallest member
    _FOLD_MAP = {}
    for _code, _others in _EXTRA_CASES.items():
        _group = {_code, *_others}
        for _member in _group:
            _FOLD_MAP[_member] = min(_group)
else:  # pragma: no cover
    _FOLD_MAP = {}


def _fold(text: str) -> str:
    """Lower case as a case-blind regex sees it, character for character."""
    return text.lower().translate(_FOLD_MAP)


_PLANS: dict = {}


def plan_for(pattern: re.Pattern) -> Optional[Plan]:
    """`plan(pattern)`, worked out once per pattern."""
    try:
        return _PLANS[pattern]
    except KeyError:
        return _PLANS.setdefault(pattern, plan(pattern))


class Text:
    """One article's text with what the plans ask of it, each worked out once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: Optional[str] = None
        self._longest: dict = {}
        self._found: dict = {}

    def folded(self) -> Optional[str]:
        """The case-folded text, or None when folding changes its length (then offsets
        would not match and case-blind rules scan whole)."""
        if self._folded is None:
            folded = _fold(self.text)
            self._folded = folded if len(folded) == len(self.text) else ""
        return self._folded or None

    def longest(self, runs: dict) -> dict:
        """The longest run of each class of `runs` in the text, at least 1 (a bound is all a
        plan needs, and single characters are most of the runs)."""
        for key, regex in runs.items():
            if key not in self._longest:
                self._longest[key] = max((m.end() - m.start() for m in regex.finditer(self.text)), default=1)
        return self._longest

    def starts(self, strings: tuple, ignore_case: bool) -> Optional[list]:
        """Every offset where one of the strings begins, sorted; None when the text cannot be searched so."""
        source = self.folded() if ignore_case else self.text
        if source is None:
            return None
        out: set = set()
        for s in strings:
            key = (s, ignore_case)
            found = self._found.get(key)
            if found is None:
                found, i = [], source.find(s)
                while i >= 0:
                    found.append(i)
                    i = source.find(s, i + 1)
                self._found[key] = found
            out.update(found)
        return sorted(out)


def finditer(pattern: re.Pattern, the_plan: Optional[Plan], text: Text) -> Iterator[re.Match]:
    """The matches `pattern.finditer(text.text)` gives, searched only near the needed strings."""
    whole = text.text
    starts = text.starts(the_plan.needs, the_plan.ignore_case) if the_plan is not None else None
    if starts is None:
        yield from pattern.finditer(whole)
        return
    if not starts:
        return
    longest = text.longest(the_plan.runs)
    before, reach = the_plan.before.value(longest), the_plan.reach.value(longest)
    size = len(whole)
    pos, i = 0, 0
    while i < len(starts):
        at = starts[i]
        if at < pos:  # inside the last match: a match after it holds a later string
            i += 1
            continue
        # a match holding this string starts in [at - before, at] and reads before at + reach
        found = pattern.search(whole, max(pos, at - before), min(size, at + reach + 1))
        if found is None or found.start() > at:
            i += 1
            continue
        match = pattern.match(whole, found.start())
        if match is None or match.span() != found.span():  # the bound was wrong: never silently differ
            yield from pattern.finditer(whole, found.start())
            return
        yield match
        pos = match.end()
