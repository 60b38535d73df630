"""Speed of the extractor (issue 3): bilateral.extraction.extract against spaCy's bare English tokenizer.

    python bench/extract.py [--corpus ../shared/corpus/dev] [--docs 5000] [--profile] [--cli-only]

The corpus documents (gold files skipped) are repeated to at least --docs documents. In this process,
pinned to one core, each contender is warmed up once over the distinct documents, then timed --repeats
times over all of them; the best run counts. Then, if the `bilateral extract` command exists, it is run
with --jobs 1 and --jobs 2 over a temporary .jsonl of the same documents (read a line at a time, so
memory stays flat whatever its size). See bench/README.md.

Exit status: 0 done, 1 bad arguments or corpus, 2 the spaCy baseline is unavailable.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
FALLBACK_CORPUS = REPO / "examples" / "reports"
PROFILE_DOCS = 500


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    try:
        import spacy
    except ImportError as e:
        print(f"baseline unavailable: spaCy is not importable ({e}); install it with `.venv/bin/pip install spacy`")
        return 2

    from bilateral.documents import DocumentError, iter_corpus
    from bilateral.extraction import EXTRACTORS, extract, warm_up

    corpus = _corpus(args.corpus)
    if corpus is None:
        return 1
    try:
        loaded = list(iter_corpus(corpus))
    except DocumentError as e:
        print(f"cannot load the corpus: {e}", file=sys.stderr)
        return 1
    distinct = [d for d in loaded if d.lang in EXTRACTORS]
    if not distinct:
        print(f"no documents in a language with an extractor ({', '.join(sorted(EXTRACTORS))}) in {corpus}",
              file=sys.stderr)
        return 1
    docs = _repeat(distinct, args.docs)
    texts = [d.text for d in docs]
    chars = sum(map(len, texts))

    print(f"corpus     {corpus}")
    print(f"documents  {len(distinct)} distinct ({len(loaded) - len(distinct)} skipped: no extractor for "
          f"their language), repeated to {len(docs)}; {chars:,} characters")
    print(f"python     {platform.python_version()} on {platform.machine()}, spaCy {spacy.__version__}, "
          f"best of {args.repeats} runs after one warm-up")
    print()
    if args.cli_only:
        _cli(docs, chars)
        return 0

    with _one_core() as core:
        # warm_up() as `bilateral extract` does it: lexicons loaded, long-lived objects (the lexicons and the
        # loaded corpus) out of the garbage collector's scans, which then apply to both contenders.
        extract_s = _best(lambda: _run(extract, docs), lambda: (warm_up(), _run(extract, distinct)), args.repeats)
        rss_extract = _maxrss_mb()
        nlp = spacy.blank("en")
        tokenizer = nlp.tokenizer
        token_s = _best(lambda: _run(tokenizer, texts), lambda: _run(tokenizer, [d.text for d in distinct]),
                        args.repeats)
        rss_both = _maxrss_mb()

    rows = [("bilateral.extraction.extract", extract_s), ('spacy.blank("en").tokenizer', token_s)]
    print(f"in-process, {core}")
    print(_table(["", "seconds", "docs/s", "chars/s"],
                 [[name, f"{s:.3f}", f"{len(docs) / s:,.0f}", f"{chars / s:,.0f}"] for name, s in rows]))
    print()
    ratio = token_s / extract_s
    print(f"ratio extract / tokenizer (throughput)   {ratio:.4f}   (extract is {1 / ratio:,.1f}x slower)")
    print(f"peak RSS after extract timing            {rss_extract:,.1f} MB")
    print(f"peak RSS after tokenizer timing          {rss_both:,.1f} MB   (includes spaCy)")
    print()

    _cli(docs, chars)

    if args.profile:
        print()
        _profile(extract, docs[:PROFILE_DOCS])
    return 0


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=None,
                        help=f"folder of <id>.json documents or a .jsonl (default: {DEFAULT_CORPUS}, "
                             f"else {FALLBACK_CORPUS.relative_to(REPO)})")
    parser.add_argument("--docs", type=int, default=5000, help="repeat the corpus to at least this many documents")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each contender; the best counts")
    parser.add_argument("--profile", action="store_true",
                        help=f"also print the top 10 functions by cumulative time over {PROFILE_DOCS} documents")
    parser.add_argument("--cli-only", action="store_true",
                        help="time only the `bilateral extract` command, not the in-process contenders")
    args = parser.parse_args(argv)
    if args.docs < 1 or args.repeats < 1:
        parser.error("--docs and --repeats must be at least 1")
    return args


def _corpus(given: Path | None) -> Path | None:
    if given is not None:
        if not given.exists():
            print(f"no corpus at {given}", file=sys.stderr)
            return None
        return given
    if DEFAULT_CORPUS.is_dir():
        return DEFAULT_CORPUS
    print(f"note: {DEFAULT_CORPUS} is absent; using {FALLBACK_CORPUS}")
    return FALLBACK_CORPUS


def _repeat(items: list, at_least: int) -> list:
    copies = -(-at_least // len(items))
    return (items * copies)[:max(at_least, len(items))]


def _run(fn: Callable, items: Sequence) -> None:
    for item in items:
        fn(item)


def _best(timed: Callable[[], None], warm_up: Callable[[], None], repeats: int) -> float:
    warm_up()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        timed()
        best = min(best, time.perf_counter() - start)
    return best


@contextmanager
def _one_core() -> Iterator[str]:
    """Pin this process to one CPU while it times, where the platform allows it; restore afterwards so
    that the worker processes of `bilateral extract --jobs 2` may use every core."""
    if not hasattr(os, "sched_setaffinity"):
        yield "not pinned (no sched_setaffinity on this platform; single-threaded anyway)"
        return
    before = os.sched_getaffinity(0)
    core = min(before)
    os.sched_setaffinity(0, {core})
    try:
        yield f"pinned to CPU {core}"
    finally:
        os.sched_setaffinity(0, before)


def _maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


def _cli(docs: list, chars: int) -> None:
    """Throughput of `bilateral extract --jobs 1` and `--jobs 2`, wall clock including process start-up."""
    exe = Path(sys.executable).with_name("bilateral")
    command = [str(exe)] if exe.exists() else ([found] if (found := shutil.which("bilateral")) else None)
    if command is None or subprocess.run([*command, "extract", "--help"], capture_output=True).returncode != 0:
        print("`bilateral extract` is not available: the CLI comparison is skipped")
        return
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        corpus, form = _write_corpus(docs, Path(tmp))
        rows, seconds = [], {}
        for jobs in (1, 2):
            out = Path(tmp, f"out-{jobs}.jsonl")
            start = time.perf_counter()
            done = subprocess.run([*command, "extract", str(corpus), "--out", str(out), "--jobs", str(jobs)],
                                  capture_output=True, text=True)
            seconds[jobs] = time.perf_counter() - start
            if done.returncode != 0:
                print(f"`bilateral extract --jobs {jobs}` failed (exit {done.returncode}): "
                      f"{(done.stderr or done.stdout).strip()[-500:]}")
                return
            lines = sum(1 for _ in out.open(encoding="utf-8"))
            if lines != len(docs):
                print(f"`bilateral extract --jobs {jobs}` wrote {lines} lines for {len(docs)} documents")
            rows.append([f"bilateral extract --jobs {jobs}", f"{seconds[jobs]:.3f}",
                         f"{len(docs) / seconds[jobs]:,.0f}", f"{chars / seconds[jobs]:,.0f}"])
    print(f"CLI over {form}, one run each, wall clock including start-up and I/O ({cpus} CPUs available)")
    print(_table(["", "seconds", "docs/s", "chars/s"], rows))
    print()
    print(f"ratio jobs2 / jobs1 (throughput)         {seconds[1] / seconds[2]:.3f}")
    print(f"peak RSS of the largest CLI process      {_maxrss_mb(resource.RUSAGE_CHILDREN):,.1f} MB")


def _write_corpus(docs: list, tmp: Path) -> tuple[Path, str]:
    """The repeated documents as one .jsonl. Ids are made unique: a text repeated is a distinct document here."""
    records = [json.dumps({**d.to_json(), "id": f"{i:06d}-{d.id}"}, ensure_ascii=False) for i, d in enumerate(docs)]
    path = tmp / "corpus.jsonl"
    path.write_text("".join(r + "\n" for r in records), encoding="utf-8")
    return path, f"a .jsonl ({path.stat().st_size / 2**20:.1f} MB)"


def _profile(extract: Callable, docs: list) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    _run(extract, docs)
    profiler.disable()
    stats = pstats.Stats(profiler)
    entries = [(ct, nc, tt, func) for func, (_cc, nc, tt, ct, _callers) in stats.stats.items()  # type: ignore[attr-defined]
               if func[0] != __file__ and "_lsprof.Profiler" not in func[2]]
    entries.sort(key=lambda e: e[0], reverse=True)
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = [[f"{ct:.3f}", f"{100 * ct / total:.0f}%", f"{tt:.3f}", f"{nc:,}", _where(func)]
            for ct, nc, tt, func in entries[:10]]
    print(f"profile: top 10 functions by cumulative time over {len(docs)} documents "
          f"(cProfile, {total:.2f} s profiled)")
    print(_table(["cumtime s", "share", "tottime s", "calls", "function"], rows))


def _where(func: tuple[str, int, str]) -> str:
    file, line, name = func
    if file == "~":
        return name
    path = Path(file)
    try:
        path = path.relative_to(REPO / "src")
    except ValueError:
        path = Path(*path.parts[-2:])
    return f"{name} ({path}:{line})"


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i in (0, len(cells) - 1) and not c[:1].isdigit() else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


if __name__ == "__main__":
    sys.exit(main())
