"""A digest of every report on a corpus, to show that a refactoring changes no result.

    python bench/digest.py --out before.txt          # at one commit
    python bench/digest.py --out after.txt           # at the next
    python bench/digest.py --against before.txt      # or: run and compare at once

Runs the pipeline over the corpus (default: the Wikinews sample in ../shared; the
script says so and exits 0 when it is absent) and writes one line per article,
`id<TAB>sha256 of the report's JSON`, then a last line with the digest of all of them.
Two commits give byte-identical files exactly when every report is the same. With
`--against`, the articles whose reports differ are listed and the exit status is 1.
The reports are read from the field's dictionaries when ../shared/data is there
(as `make test` and `make bench` do), so both runs must see the same dictionaries.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

if (ROOT.parent / "shared" / "data").is_dir():
    os.environ.setdefault("TACITUS_DICTIONARIES", str(ROOT.parent / "shared" / "data"))

import corpus  # noqa: E402


def digests(articles, pipeline, folder: str | Path = "") -> list[tuple[str, str]]:
    """(article id, sha256 of its report's JSON, or of its one-line error), in corpus order.
    The article's source is taken relative to `folder`, so that where the corpus lies
    (another checkout, another machine) does not change the digest."""
    prefix = str(Path(folder).resolve()) + os.sep if folder else None
    out = []
    for article in articles:
        report = pipeline.process_or_error(article)
        if hasattr(report, "to_dict"):
            data = report.to_dict()
            source = data["article"].get("source") or ""
            if prefix and source.startswith(prefix):
                data["article"]["source"] = source[len(prefix):]
            text = json.dumps(data, ensure_ascii=False)
        else:
            text = f"error: {report}"
        out.append((article.id or article.source or "", hashlib.sha256(text.encode("utf-8")).hexdigest()))
    return out


def render(rows: list[tuple[str, str]]) -> str:
    lines = [f"{ident}\t{digest}" for ident, digest in rows]
    total = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    return "\n".join([*lines, f"ALL\t{total}"]) + "\n"


def differences(old: str, new: str) -> list[str]:
    """Article ids whose digest differs (or that only one of the two files has)."""
    before = dict(line.split("\t", 1) for line in old.splitlines() if "\t" in line)
    after = dict(line.split("\t", 1) for line in new.splitlines() if "\t" in line)
    before.pop("ALL", None)
    after.pop("ALL", None)
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", default=str(corpus.DEFAULT_CORPUS), help="a file or folder Tacitus can read")
    p.add_argument("--limit", type=int, default=None, help="only the first N articles")
    p.add_argument("--out", help="write the digests here (default: standard output)")
    p.add_argument("--against", help="a digest file of another run: list the articles that differ")
    args = p.parse_args(argv)
    if not Path(args.corpus).exists():
        print(f"digest: {args.corpus} is not here; nothing to digest", file=sys.stderr)
        return 0
    from tacitus.pipeline import Pipeline

    folder = Path(args.corpus).resolve()
    articles = corpus.articles(str(folder), args.limit)
    text = render(digests(articles, Pipeline(), folder if folder.is_dir() else folder.parent))
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    elif not args.against:
        sys.stdout.write(text)
    if args.against:
        changed = differences(Path(args.against).read_text(encoding="utf-8"), text)
        for ident in changed:
            print(f"differs: {ident}")
        print(f"digest: {len(changed)} of {len(text.splitlines()) - 1} reports differ", file=sys.stderr)
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
