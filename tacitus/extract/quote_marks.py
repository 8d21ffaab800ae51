"""Quoted stretches of text: straight and curly, double and single marks, nested
quotes, and quotes that run on into the next paragraph.

Works on characters only (no parse), so every span is exact. A quote that opens
in one paragraph and has no closing mark continues when the next paragraph opens
with a quote mark (the newspaper convention); otherwise it ends with its paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
OPENING_CONTEXT = " \t\n\u00a0([{—–-/“\"‘'"  # what may stand just before an opening mark
# every character the paragraph scan acts on: the others it passes over
_MARK = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'") + "]")


@dataclass
class QuotedSpan:
    """One quotation: `start`/`end` enclose the quoted words (marks excluded)."""

    start: int
    end: int
    open_mark: int  # offset of the first opening mark
    close_mark: int | None  # offset of the last closing mark (None: ran to paragraph end)
    depth: int = 0  # 0 for a quotation, 1+ for a quotation inside it
    parts: list[tuple[int, int]] = field(default_factory=list)  # one (start, end) a paragraph


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph (start, end) offsets: blank-line separated, or one a line when the
    text has no blank lines."""
    sep = r"\n[ \t\u00a0]*\n\s*" if re.search(r"\n[ \t\u00a0]*\n", text) else r"\n\s*"
    out, pos = [], 0
    for m in re.finditer(sep, text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[QuotedSpan], list[int]]:
    """Closed quotations of one paragraph, and the opening offsets still open at its end."""
    found: list[QuotedSpan] = []
    stack: list[tuple[str, int]] = []  # (kind, offset of opening mark); kind "d" double, "s" single

    def before(i: int) -> str:
        return text[i - 1] if i > start else " "

    def after(i: int) -> str:
        return text[i + 1] if i + 1 < end else " "

    def close(kind: str, i: int) -> None:
        while stack:
            k, o = stack.pop()
            if k == kind:
                found.append(QuotedSpan(o + 1, i, o, i, depth=len(stack)))
                return
        # a closing mark with no opening one: ignore

    for mark in _MARK.finditer(text, start, end):  # only the marks: every other character is passed over
        i, ch = mark.start(), mark[0]
        open_kinds = [k for k, _ in stack]
        if ch in DOUBLE_OPEN:
            stack.append(("d", i))
        elif ch in DOUBLE_CLOSE:
            if "d" in open_kinds:
                close("d", i)
        elif ch == '"':
            # after a blank and before a word, a straight mark opens a quotation inside
            # the one still open ("... The "United States" is ..."), it does not close it
            opens_here = before(i) in OPENING_CONTEXT and not after(i).isspace() \
                and (_is_word(after(i)) or (stack and stack[-1][0] == "s"))
            if "d" in open_kinds and not opens_here:
                close("d", i)
            elif before(i) in OPENING_CONTEXT or i == start:
                stack.append(("d", i))
        elif ch in SINGLE_OPEN or ch == "'":
            is_open = (before(i) in OPENING_CONTEXT) and not after(i).isspace()
            if ch == "'" and "s" in open_kinds and not _is_word(after(i)):
                close("s", i)
            elif is_open and ch in SINGLE_OPEN:
                stack.append(("s", i))
            elif is_open and ch == "'" and _is_word(after(i)):
                stack.append(("s", i))
        elif ch in SINGLE_CLOSE:
            # ’ is also the apostrophe: it closes only with no letter after it
            if "s" in open_kinds and not _is_word(after(i)) and not before(i).isspace():
                close("s", i)
    unclosed = [o for k, o in stack if k == "d"]
    # depth counts only the quotations that really enclose this one (an opening
    # mark never closed, like the one of "the ‘90s", encloses nothing)
    for s in found:
        s.depth = sum(1 for o in found if o.open_mark < s.open_mark and s.close_mark < o.close_mark) \
            + sum(1 for o in unclosed if o < s.open_mark)
    return found, unclosed


def find_quoted(text: str) -> list[QuotedSpan]:
    """Every quotation in `text`, outermost and nested, in text order."""
    spans: list[QuotedSpan] = []
    pending: QuotedSpan | None = None  # a quotation still open at the end of the last paragraph
    for p_start, p_end in paragraphs(text):
        found, unclosed = _scan_paragraph(text, p_start, p_end)
        for s in found:
            s.parts = [(s.start, s.end)]
        if pending is not None:
            opens_with_mark = text[p_start] in DOUBLE_OPEN + '"'
            same = next((s for s in found if s.open_mark == p_start), None) if opens_with_mark else None
            if same is not None:  # the quotation goes on here and closes in this paragraph
                found.remove(same)
                pending.parts.append((same.start, same.end))
                pending.end, pending.close_mark = same.end, same.close_mark
                spans.append(pending)
                pending = None
            elif opens_with_mark and unclosed[:1] == [p_start]:  # goes on, still open
                pending.parts.append((p_start + 1, p_end))
                pending.end = p_end
                spans.extend(found)
                continue
            else:  # no closing mark anywhere: it ended with its paragraph
                spans.append(pending)
                pending = None
        spans.extend(found)
        if unclosed:
            o = unclosed[0]
            pending = QuotedSpan(o + 1, p_end, o, None, 0, [(o + 1, p_end)])
    if pending is not None:
        spans.append(pending)
    for s in spans:  # no trailing blanks inside a quotation
        while s.end > s.start and text[s.end - 1].isspace():
            s.end -= 1
        s.parts[-1] = (s.parts[-1][0], s.end)
    return sorted(spans, key=lambda s: (s.start, s.depth))


def top_level(spans: list[QuotedSpan]) -> list[QuotedSpan]:
    return [s for s in spans if s.depth == 0]


def inside(spans: list[QuotedSpan], start: int, end: int) -> bool:
    """True when [start, end) lies within the marks of one of `spans`."""
    return any(s.open_mark <= start and end <= (s.close_mark if s.close_mark is not None else s.end) + 1
               for s in spans)
