"""Benchmark harness: `make bench` (or `python bench/run.py --help`).

Measures, in the same run and over the same texts, (a) spaCy's full pipeline alone
and (b) Tacitus end to end (read, extract, store), and Tacitus on a local Dask
cluster of 1 and 2 workers: articles/s, sentences/s, words/s and peak RSS, each
configuration in its own subprocess, several repetitions, medians, and ratios
against the baseline of the same repetition (the machine may be shared and noisy;
ratios travel, absolute times do not). Writes the table to docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

import corpus  # noqa: E402
import table  # noqa: E402


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", default=str(corpus.DEFAULT_CORPUS),
                   help="a file or folder Tacitus can read (default: the Wikinews sample in ../shared)")
    p.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    p.add_argument("--repeat", type=int, default=3, help="repetitions (medians are reported)")
    p.add_argument("--workers", default="1,2", help="Dask worker counts to compare; '' for none")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--model", default=None, help="spaCy pipeline (default: Tacitus's)")
    p.add_argument("--memory-check", type=int, default=0, metavar="N",
                   help="also ingest N articles (the corpus repeated) and compare peak RSS with 100")
    p.add_argument("--long-articles", metavar="KB,KB,...", default=None,
                   help="only time single long articles of these sizes (e.g. 100,500,1000,2000), "
                        "built from the corpus; writes their own table")
    p.add_argument("--long-sizes", help=argparse.SUPPRESS)  # for the child
    p.add_argument("--no-breakdown", action="store_true", help="skip the where-the-time-goes profile")
    p.add_argument("--no-fast", action="store_true", help="skip Tacitus's fast mode (tacitus/fast.py)")
    p.add_argument("--fast", action="store_true", help=argparse.SUPPRESS)  # for a child: use fast mode
    p.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"), help="Markdown file to update")
    p.add_argument("--no-write", action="store_true", help="print the table, do not write --out")
    p.add_argument("--json", metavar="FILE", help="also write every measurement as JSON")
    p.add_argument("--child", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def child(name: str, args: argparse.Namespace, **overrides) -> dict:
    """Run one workload in a fresh Python process; its last stdout line is JSON."""
    forward = {"corpus": args.corpus, "limit": args.limit, "batch-size": args.batch_size,
               "model": args.model, **overrides}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name]
    for key, value in forward.items():
        if value == "":
            cmd.append(f"--{key}")  # a flag
        elif value is not None:
            cmd += [f"--{key}", str(value)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        sys.exit(f"bench: workload {name!r} failed: {tail}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.child:
        import workloads

        args.workers = int(args.workers) if args.workers.isdigit() else 1
        print(json.dumps(workloads.WORKLOADS[args.child](args)))
        return 0
    if not Path(args.corpus).exists():
        sys.exit(f"bench: --corpus {args.corpus}: no such file or directory")
    if args.long_articles:
        return long_articles(args)
    worker_counts = [int(w) for w in args.workers.split(",") if w.strip()]
    runs: dict[str, list[dict]] = {"baseline": [], "tacitus": []}
    if not args.no_fast:
        runs["tacitus-fast"] = []
    runs.update({f"cluster:{w}": [] for w in worker_counts})
    started = time.time()
    for rep in range(args.repeat):
        # interleaved, so that a slow spell of a shared machine hits every configuration
        for name in runs:
            kind, _, workers = name.partition(":")
            extra = {"fast": ""} if kind == "tacitus-fast" else {"workers": workers or None}
            result = child(kind.replace("-fast", ""), args, **extra)
            if not result["articles"]:
                sys.exit(f"bench: --corpus {args.corpus}: no articles could be read")
            runs[name].append(result)
            print(f"bench: repetition {rep + 1}/{args.repeat} {name}: "
                  f"{result['articles'] / result['seconds']:.2f} articles/s", file=sys.stderr)
    results = {"runs": runs, "repeat": args.repeat, "corpus": args.corpus}
    if args.memory_check:
        small = min(100, args.memory_check // 2)  # the issue compares N articles with 100
        results["memory"] = {n: child("tacitus", args, limit=n) for n in (small, args.memory_check)}
    if not args.no_breakdown:
        results["breakdown"] = child("breakdown", args)
    results["elapsed_s"] = time.time() - started
    markdown = table.render(results, args)
    print(markdown)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    if not args.no_write:
        table.write(Path(args.out), markdown)
        print(f"bench: table written to {args.out}", file=sys.stderr)
    if not table.results_agree(runs):
        print("bench: the configurations gave DIFFERENT results", file=sys.stderr)
        return 2
    return 0


def long_articles(args) -> int:
    """Seconds per KB of single long articles, each repetition in a fresh process, the
    ratios against the smallest size of the same repetition."""
    repetitions = [child("long", args, **{"long-sizes": args.long_articles}) for _ in range(args.repeat)]
    markdown = table.render_long(repetitions, args)
    print(markdown)
    if not args.no_write:
        table.write(Path(args.out), markdown, table.LONG_START, table.LONG_END)
        print(f"bench: table written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
