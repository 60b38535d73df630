"""`bilateral ingest`: reports in, facts extracted, both stored; a bad report is reported, not fatal."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from bilateral.cli.common import Db, fail, open_store, out, progress, reason, say
from bilateral.documents import Document, DocumentError, load
from bilateral.extraction import extract
from bilateral.facts.models import FACT_TYPES, Fact

if TYPE_CHECKING:
    from bilateral.storage import Store


@dataclass
class Tally:
    """What a run did, for the summary table and the exit code."""

    new: int = 0
    unchanged: int = 0
    failed: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    new_ids: list[str] = field(default_factory=list)
    threads: int = 0

    def stored(self, document: Document, added: bool, facts: Sequence[Fact]) -> None:
        if added:
            self.new += 1
            self.new_ids.append(document.id)
            self.facts.update(f.type for f in facts)
        else:
            self.unchanged += 1


def ingest(
    sources: Annotated[list[str], typer.Argument(
        metavar="PATH|URL", show_default=False,
        help="Report files (.json, .jsonl, .txt, .html), folders of them, http(s) URLs, or - for stdin.")],
    db: Db = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Check every input before storing any: stop at the first bad one, store nothing.")
    ] = False,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Fetch URLs on private, loopback and link-local addresses too.")] = False,
) -> None:
    """Load reports, extract their facts and store both. A report already stored is left unchanged.

    Each input that fails is named on stderr with the reason; the others are still stored.
    """
    from bilateral.tracking.refresh import refresh_threads  # with the storage layer, not at start-up

    with open_store(db, create=True) as store:
        tally = (_ingest_all_or_nothing(store, sources, allow_private) if strict
                 else _ingest_each(store, sources, allow_private))
        if tally.new_ids:
            with progress() as bar:
                bar.add_task("Linking threads", total=None)
                tally.threads = refresh_threads(store, tally.new_ids)
    out.print(_summary(tally))
    if tally.failed:
        raise typer.Exit(1)


def _ingest_each(store: Store, sources: list[str], allow_private: bool) -> Tally:
    """Report by report, each stored in its own transaction, so one failure costs only itself."""
    tally = Tally()
    with progress() as bar:
        task = bar.add_task("Ingesting", total=None)
        for item in load(sources, allow_private=allow_private):
            bar.advance(task)
            if isinstance(item, DocumentError):
                _report(str(item), tally)
                continue
            try:
                facts = extract(item)
                added = store.add(item, facts)
            except Exception as e:  # an extractor or store failure on one report must not end the batch
                _report(f"{_source(item)}: {reason(e)}", tally)
            else:
                tally.stored(item, added, facts)
    return tally


def _report(line: str, tally: Tally) -> None:
    say(line)
    tally.failed += 1


class _Refused(Exception):
    """A report that loads but cannot be stored; --strict stops on it as on a bad input."""


def _ingest_all_or_nothing(store: Store, sources: list[str], allow_private: bool) -> Tally:
    """Every input loaded, extracted and checked first; only then is anything written."""
    checked: list[tuple[Document, list[Fact]]] = []
    texts: dict[str, str] = {}  # id -> hash in this batch, to catch one id given two texts
    tally = Tally()
    with progress() as bar:
        task = bar.add_task("Checking", total=None)
        try:
            for document in load(sources, strict=True, allow_private=allow_private):
                bar.advance(task)
                checked.append((document, _checked_facts(store, document, texts)))
        except (DocumentError, _Refused) as e:
            fail(f"{e} (--strict: nothing was stored)")
        task = bar.add_task("Storing", total=len(checked))
        for document, facts in checked:
            try:
                added = store.add(document, facts)
            except Exception as e:
                fail(f"{_source(document)}: {reason(e)}")
            tally.stored(document, added, facts)
            bar.advance(task)
    return tally


def _checked_facts(store: Store, document: Document, texts: dict[str, str]) -> list[Fact]:
    """Its facts, once it is sure that Store.add will take it: its id holds no other text, stored or
    earlier in this batch (Store.add refuses that)."""
    if texts.setdefault(document.id, document.hash) != document.hash or (
            not store.has(document) and store.document(document.id) is not None):
        raise _Refused(f"{_source(document)}: document {document.id!r} is stored, or given earlier, "
                       "with another text")
    try:
        return extract(document)
    except Exception as e:
        raise _Refused(f"{_source(document)}: {reason(e)}") from e


def _source(document: Document) -> str:
    return document.source or document.id


def _summary(tally: Tally) -> Table:
    table = Table(title="Ingested", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, count in (("documents new", tally.new), ("documents unchanged", tally.unchanged),
                         ("documents failed", tally.failed)):
        table.add_row(label, str(count))
    table.add_section()
    for fact_type in FACT_TYPES:
        table.add_row(f"new {fact_type} facts", str(tally.facts[fact_type]))
    table.add_section()
    table.add_row("threads relinked", str(tally.threads))
    return table
