"""The harness's Markdown: the machine, the throughput table with ratios, the memory
check and the time breakdown; written between markers in docs/benchmarks.md so the
hand-written text around it stays."""
from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
from pathlib import Path

START, END = "<!-- bench:start -->", "<!-- bench:end -->"
LONG_START, LONG_END = "<!-- bench:long:start -->", "<!-- bench:long:end -->"
SAME_RESULTS = ("tacitus",)  # with the cluster runs: configurations that must agree byte for byte


def results_agree(runs: dict) -> bool:
    """Did (b) and every cluster run of each repetition store byte-identical reports?
    (Per repetition: code edited between repetitions rightly changes the results.)"""
    same = [rs for name, rs in runs.items() if name in SAME_RESULTS or name.startswith("cluster")]
    return all(len({rs[rep]["digest"] for rs in same}) <= 1 for rep in range(min(map(len, same), default=0)))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import psutil

        ram = f"{psutil.virtual_memory().total / 2**30:.0f} GiB RAM"
    except ImportError:
        ram = "RAM unknown"
    import spacy

    return (f"{cpu}, {os.cpu_count()} cores, {ram}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}, spaCy {spacy.__version__}")


def _median(values) -> float:
    return statistics.median(values) if values else float("nan")


def render(results: dict, args) -> str:
    runs = results["runs"]
    base = runs["baseline"]
    sentences, words = base[0]["sentences"], base[0]["words"]
    articles = base[0]["articles"]
    base_rate = [r["articles"] / r["seconds"] for r in base]
    labels = {"baseline": "(a) spaCy full pipeline only", "tacitus": "(b) Tacitus end to end (read, extract, store)",
              "tacitus-fast": "(b′) Tacitus end to end, fast mode (spaCy on candidate sentences only)"}
    lines = [
        START,
        f"Run {dt.date.today().isoformat()} on: {machine()}.",
        "",
        f"Corpus `{Path(results['corpus']).name}`: {articles} articles, {sentences} sentences, {words} words; "
        f"{results['repeat']} repetitions, medians; batch size {args.batch_size}; model load time excluded "
        f"(median load: spaCy {_median([r['load_s'] for r in base]):.1f} s, "
        f"Tacitus {_median([r['load_s'] for r in runs['tacitus']]):.1f} s). "
        f"Ratios are taken per repetition against that repetition's baseline, then the median; "
        f"'wall' uses elapsed time, 'CPU' the process's CPU time (steadier on a shared machine).",
        "",
        "| configuration | articles/s | sentences/s | words/s | peak RSS (MB) | vs (a), wall | vs (a), CPU |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    base_cpu = [r["articles"] / r["cpu_seconds"] for r in base]
    one_worker = None
    for name, rs in runs.items():
        rate = [r["articles"] / r["seconds"] for r in rs]
        ratio = _median([x / b for x, b in zip(rate, base_rate)])
        label = labels.get(name) or f"(c) Tacitus on a local Dask cluster, {name.split(':')[1]} worker(s)"
        rss = f"{_median([r['peak_rss_mb'] for r in rs]):.0f}"
        cpu_ratio = "—"  # a cluster's CPU time is spread over its worker processes
        if "worker_peak_rss_mb" in rs[0]:
            rss = f"{rss} client + {_median([r['worker_peak_rss_mb'] for r in rs]):.0f} per worker"
        else:
            cpu_ratio = f"{_median([r['articles'] / r['cpu_seconds'] / b for r, b in zip(rs, base_cpu)]):.2f}×"
        secs = _median([r["seconds"] for r in rs])
        lines.append(f"| {label} | {articles / secs:.2f} | {sentences / secs:.1f} | {words / secs:.0f} "
                     f"| {rss} | {ratio:.2f}× | {cpu_ratio} |")
        if name == "cluster:1":
            one_worker = rate
    lines.append("")
    tacitus = runs["tacitus"][0]
    lines.append(f"Tacitus stored its reports in a {tacitus['store']}.")
    failed = max((r.get("failed", 0) for name, rs in runs.items() for r in rs), default=0)
    if failed:
        lines.append(f"{failed} article(s) failed extraction (reported as errors, counted in the rates).")
    for name, rs in runs.items():
        if name.startswith("cluster:") and name != "cluster:1" and one_worker:
            speedup = _median([r["articles"] / r["seconds"] / o for r, o in zip(rs, one_worker)])
            lines.append(f"Scaling: {name.split(':')[1]} workers run {speedup:.2f}× as fast as 1 worker.")
    lines.append(f"Results of (b) and every cluster run identical within each repetition: "
                 f"{'yes' if results_agree(runs) else 'NO'}.")
    if "memory" in results:
        small, large = (results["memory"][k] for k in sorted(results["memory"], key=int))
        lines += ["", "Memory: peak RSS of one Tacitus process ingesting the corpus repeated (distinct ids):", "",
                  f"| articles | seconds | peak RSS (MB) | vs {small['articles']} articles |", "|---:|---:|---:|---:|"]
        for r in (small, large):
            lines.append(f"| {r['articles']} | {r['seconds']:.0f} | {r['peak_rss_mb']:.0f} "
                         f"| {r['peak_rss_mb'] / small['peak_rss_mb']:.2f}× |")
    if "breakdown" in results:
        seconds = results["breakdown"]["seconds"]
        total = sum(seconds.values()) or 1.0
        lines += ["", "Where the time goes (one pass, each spaCy component alone; extractor steps by cProfile, "
                  "scaled to unprofiled time):", "", "| step | seconds | share |", "|---|---:|---:|"]
        for step, secs in sorted(seconds.items(), key=lambda kv: -kv[1]):
            lines.append(f"| {step} | {secs:.2f} | {secs / total:.0%} |")
    lines.append(END)
    return "\n".join(lines)


def render_long(repetitions: list[dict], args) -> str:
    """The long-article table: seconds per size (medians), and seconds per KB against the
    smallest size's in the same repetition (1.0 at every size when time is linear)."""
    sizes = [r["kb"] for r in repetitions[0]["sizes"]]
    lines = [LONG_START, f"Run {dt.date.today().isoformat()} on: {machine()}.", "",
             f"One article of each size, the corpus's texts one after another; one process with the model "
             f"loaded, {len(repetitions)} repetition(s), medians.", "",
             "| article | seconds | CPU seconds | seconds per KB | per KB vs the smallest | events | peak RSS (MB) |",
             "|---:|---:|---:|---:|---:|---:|---:|"]
    for n, kilobytes in enumerate(sizes):
        rows = [r["sizes"][n] for r in repetitions]
        firsts = [r["sizes"][0] for r in repetitions]
        ratio = _median([(x["cpu_seconds"] / x["kb"]) / (f["cpu_seconds"] / f["kb"]) for x, f in zip(rows, firsts)])
        secs = _median([x["seconds"] for x in rows])
        lines.append(f"| {kilobytes:,} KB | {secs:.1f} | {_median([x['cpu_seconds'] for x in rows]):.1f} "
                     f"| {secs / kilobytes:.3f} | {ratio:.2f}× | {rows[0]['events']} "
                     f"| {_median([x['peak_rss_mb'] for x in rows]):.0f} |")
    lines.append(LONG_END)
    return "\n".join(lines)


def write(path: Path, markdown: str, start: str = START, end: str = END) -> None:
    """Replace the generated part of `path` (between the markers), keep the rest."""
    old = path.read_text(encoding="utf-8") if path.exists() else f"# Benchmarks\n\n{start}\n{end}\n"
    if start in old and end in old:
        head, rest = old.split(start, 1)
        new = head + markdown + rest.split(end, 1)[1]
    else:
        new = old.rstrip("\n") + "\n\n" + markdown + "\n"
    path.write_text(new, encoding="utf-8")
