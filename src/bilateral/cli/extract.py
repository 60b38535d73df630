"""`bilateral extract`: a corpus to facts JSON Lines without a database, the form the scorer reads.

It streams: the corpus is read in parts (runs of raw lines, or a few files), each loaded, extracted and
serialised by a worker process with --jobs, so the writer only moves bytes and strings, and memory stays
flat whatever the corpus size.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Annotated, NamedTuple

import typer

from bilateral.cli.common import fail, progress, reason, say
from bilateral.documents import CorpusPart, Document, DocumentError, corpus_parts
from bilateral.extraction import UnsupportedLanguage, extract, warm_up
from bilateral.facts.jsonl import facts_line

PARTS_IN_FLIGHT = 4
"""Parts per worker read ahead of the writer: enough to keep workers busy, few enough to stay small."""


class Result(NamedTuple):
    """A document's output line, and the warning or error line that explains an empty one."""

    line: str
    message: str | None = None
    failed: bool = False


class Batch(NamedTuple):
    """A corpus part's output: what the writer writes, says and counts, with no work left for it."""

    text: str
    """one facts line per document, each ending in a newline"""
    documents: int
    messages: tuple[str, ...] = ()
    failed: int = 0
    error: DocumentError | None = None
    """the part's first bad input, which ends the run; the documents before it are in ``text``"""


def extract_corpus(
    corpus: Annotated[Path, typer.Argument(
        metavar="INPUT", exists=True, show_default=False,
        help="A folder of `<id>.json` documents (`<id>.gold.json` files are skipped) or a .jsonl of them.")],
    out: Annotated[Path, typer.Option(
        "--out", metavar="FILE.jsonl", dir_okay=False, show_default=False,
        help='Where to write one {"doc_id", "facts"} line per document, in input order.')],
    jobs: Annotated[int, typer.Option(
        "--jobs", min=1, help="Worker processes; 1 extracts in this process.")] = 1,
) -> None:
    """Extract facts from a corpus into JSON Lines, without a database.

    The output is what ../shared/tools/score reads. A document in a language without an extractor is
    written with no facts and a warning. The file is written only when the whole corpus is done.
    """
    partial = out.with_name(f".{out.name}.partial")
    failed = 0
    warm_up()  # before the workers start, so that they share what it loads
    try:
        with partial.open("w", encoding="utf-8") as sink, progress() as bar:
            task = bar.add_task("Extracting", total=None)
            for batch in _batches(corpus_parts(corpus), jobs):
                sink.write(batch.text)
                bar.advance(task, batch.documents)
                for message in batch.messages:
                    say(message)
                failed += batch.failed
                if batch.error is not None:
                    raise batch.error
        partial.replace(out)
    except DocumentError as e:
        fail(str(e))
    except OSError as e:
        fail(f"cannot write {out}: {e.strerror or e}")
    finally:
        partial.unlink(missing_ok=True)
    if failed:
        fail(f"extraction failed on {failed} document(s); they are written with no facts")


def extract_part(part: CorpusPart | DocumentError) -> Batch:
    """The worker: a part's documents loaded, extracted and serialised, up to its first bad input.

    Module-level so that worker processes can import it.
    """
    if isinstance(part, DocumentError):
        return Batch("", 0, error=part)
    lines: list[str] = []
    messages: list[str] = []
    failed = 0
    for item in part.items():
        if isinstance(item, DocumentError):
            return Batch("".join(lines), len(lines), tuple(messages), failed, item)
        result = extract_one(item)
        lines.append(result.line + "\n")
        if result.message:
            messages.append(result.message)
        failed += result.failed
    return Batch("".join(lines), len(lines), tuple(messages), failed)


def extract_one(document: Document) -> Result:
    """One document's line; a document that fails is written with no facts, and the message says why."""
    try:
        return Result(facts_line(document.id, extract(document)))
    except UnsupportedLanguage as e:
        return Result(facts_line(document.id, []), f"warning: {e}; written with no facts")
    except Exception as e:  # a bug on one document must not cost the whole corpus its output
        return Result(facts_line(document.id, []), f"error: {document.source or document.id}: {reason(e)}",
                      failed=True)


def _batches(parts: Iterable[CorpusPart | DocumentError], jobs: int) -> Iterator[Batch]:
    """The parts' batches in input order, from a pool of ``jobs`` workers when there is more than one.

    Parts are handed out at most ``jobs * PARTS_IN_FLIGHT`` ahead of the writer, so memory stays flat.
    """
    if jobs == 1:
        yield from map(extract_part, parts)
        return
    # Not multiprocessing.Pool: its terminate() on an early stop can deadlock (CPython issues 73945,
    # 78178); here a stop cancels the parts not started and waits for the few that are running.
    with ProcessPoolExecutor(jobs) as pool:
        pending: deque[Future[Batch]] = deque()
        try:
            for part in parts:
                pending.append(pool.submit(extract_part, part))
                if len(pending) >= jobs * PARTS_IN_FLIGHT:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for waiting in pending:
                waiting.cancel()
