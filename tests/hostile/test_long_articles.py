"""Item 9 of issue 16: the work of extraction grows linearly with the article's length.
Measured as the number of function calls cProfile counts (deterministic, unlike time):
before the fix, comparing every mention, person, quote or time with every other made an
article 4 times as long cost 8 times as many calls. Timings live in bench/, not here."""
from __future__ import annotations

import cProfile
import importlib
import pstats

from tacitus.report import Article

FIRST = ["Ana", "Tomas", "Ilse", "Piet", "Mira", "Oskar", "Lena", "Jonas", "Vera", "Karl", "Edda", "Rolf"]
LAST = ["Rhee", "Vell", "Karro", "Malo", "Strand", "Dorn", "Falk", "Brandt", "Lund", "Hale", "Moss", "Krall"]
TOWNS = ["Tellburg", "Dunmere", "Kelda", "Fennick", "Isthal", "Brenna", "Orsk", "Lisk"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def paragraph(i: int) -> str:
    """A fictional wire paragraph; names vary, so people, organisations and quotes accumulate."""
    a = f"{FIRST[i % 12]} {LAST[(i // 12) % 12]}"
    b = f"{FIRST[(i + 5) % 12]} {LAST[(i // 12 + 7) % 12]}"
    town, day = TOWNS[i % 8], DAYS[i % 5]
    return (f"Mayor {a} of {town} said on {day} that the {LAST[i % 12]} Workers Union would strike. "
            f"\"We will not be silenced,\" {a.split()[1]} told reporters. Police arrested {i % 9 + 2} "
            f"protesters in {town} on {day}, the ministry said. Interior Minister {b} met union leaders "
            f"in the capital; she said talks would resume next week.")


def extraction_calls(pipeline, paragraphs: int) -> int:
    """Function calls made extracting (not parsing) an article of `paragraphs` paragraphs."""
    extractors = importlib.import_module("tacitus.extract")
    text = "\n\n".join(paragraph(i) for i in range(paragraphs))
    article = Article(text=text, id="long", published="2024-03-08")
    doc, _ = next(pipeline._parse([(text, article)], 1))
    profile = cProfile.Profile()
    profile.enable()
    try:
        extractors.run(doc, article)
    finally:
        profile.disable()
    return pstats.Stats(profile).total_calls


def test_extraction_work_is_linear_in_article_length(pipeline):
    extraction_calls(pipeline, 3)  # lexicons and caches load on first use
    short, long = extraction_calls(pipeline, 10), extraction_calls(pipeline, 40)
    # 4 times the text: about 4 times the calls (4.2 measured); quadratic steps made it 8
    assert long / short < 5.5, (short, long)
