"""`bilateral extract`: a corpus to facts JSON Lines without a database, the form the scorer reads.

It streams: documents are read, extracted and written one by one (in worker processes with --jobs),
so memory stays flat whatever the corpus size.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from multiprocessing import Pool
from pathlib import Path
from typing import Annotated, NamedTuple, TypeVar

import typer

from bilateral.cli.common import fail, progress, reason, say
from bilateral.documents import Document, DocumentError, iter_corpus
from bilateral.extraction import UnsupportedLanguage, extract
from bilateral.facts.jsonl import facts_line

CHUNKSIZE = 8
"""Documents sent to a worker at once: extraction takes milliseconds, so single documents would spend
as long in transfer as in work."""
CHUNKS_IN_FLIGHT = 4
"""Chunks per worker read ahead of the writer: enough to keep workers busy, few enough to stay small."""

T = TypeVar("T")


class Result(NamedTuple):
    """A document's output line, and the warning or error line that explains an empty one."""

    line: str
    message: str | None = None
    failed: bool = False


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
    try:
        with partial.open("w", encoding="utf-8") as sink, progress() as bar:
            task = bar.add_task("Extracting", total=None)
            for result in _results(iter_corpus(corpus), jobs):
                sink.write(result.line + "\n")
                bar.advance(task)
                if result.message:
                    say(result.message)
                failed += result.failed
        partial.replace(out)
    except DocumentError as e:
        fail(str(e))
    except OSError as e:
        fail(f"cannot write {out}: {e.strerror or e}")
    finally:
        partial.unlink(missing_ok=True)
    if failed:
        fail(f"extraction failed on {failed} document(s); they are written with no facts")


def extract_one(document: Document) -> Result:
    """The worker: one document's line. Module-level so that worker processes can import it."""
    try:
        return Result(facts_line(document.id, extract(document)))
    except UnsupportedLanguage as e:
        return Result(facts_line(document.id, []), f"warning: {e}; written with no facts")
    except Exception as e:  # a bug on one document must not cost the whole corpus its output
        return Result(facts_line(document.id, []), f"error: {document.source or document.id}: {reason(e)}",
                      failed=True)


def _results(documents: Iterable[Document], jobs: int) -> Iterator[Result]:
    if jobs == 1:
        yield from map(extract_one, documents)
        return
    window = Window(jobs * CHUNKSIZE * CHUNKS_IN_FLIGHT)
    with Pool(jobs) as pool:
        try:
            for result in pool.imap(extract_one, window.feed(documents), chunksize=CHUNKSIZE):
                window.release()
                yield result
        finally:
            window.close()
    if window.error is not None:
        raise window.error


class Window:
    """At most ``size`` documents between reader and writer.

    Pool.imap reads its input in a background thread as fast as it can, so on its own it would hold a
    whole corpus in memory; ``feed`` waits for a free place before it hands the pool a document. An
    error from the input is kept for the caller rather than sent through the pool, which would pickle it.
    """

    def __init__(self, size: int) -> None:
        self._free = threading.Semaphore(size)
        self._closed = False
        self.error: Exception | None = None

    def feed(self, items: Iterable[T]) -> Iterator[T]:
        try:
            for item in items:
                self._free.acquire()
                if self._closed:
                    return
                yield item
        except Exception as e:
            self.error = e

    def release(self) -> None:
        self._free.release()

    def close(self) -> None:
        """Unblock the reader so the pool can shut down (it waits for that thread)."""
        self._closed = True
        self._free.release()
