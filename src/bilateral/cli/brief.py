"""`bilateral brief` and `bilateral events`: a brief of one engagement or one country pair, and the list
of events to pick the engagement from."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bilateral.cli.common import Db, check_pair, fail, id_table, open_store, out, pair_codes
from bilateral.facts.models import Event

if TYPE_CHECKING:  # the commands import the storage and view layers when they run, not at start-up
    from bilateral.facts.record import FactRecord
    from bilateral.storage import Store
    from bilateral.trade.progress import Progress


class Format(StrEnum):
    md = "md"
    html = "html"


def brief(
    db: Db = None,
    event: Annotated[str | None, typer.Option(
        "--event", metavar="ID", show_default=False,
        help="An event's fact id, `<doc_id>:<n>` (see `bilateral events`), or a report's id for the visit it "
        "reports (else its first event).")] = None,
    pair: Annotated[str | None, typer.Option(
        "--pair", metavar="ISO3-ISO3", callback=check_pair, show_default=False,
        help="A country pair, e.g. AFG-KAZ: everything stored about the two.")] = None,
    output: Annotated[Format, typer.Option(
        "--format", help="md (Markdown) or html (one self-contained page with a chart).")] = Format.md,
    out_file: Annotated[Path | None, typer.Option(
        "--out", metavar="FILE", dir_okay=False, show_default=False,
        help="Write the brief to FILE instead of printing it.")] = None,
) -> None:
    """Write a brief of one engagement (--event) or one country pair (--pair).

    The brief says who met, what each side wanted, what was signed or pledged and what is still open,
    every line citing the report sentences it rests on. A pair brief shows each thread (one commitment,
    target or agreement line followed across reports) once, with its stage history, and, when official
    trade figures for the pair are stored (`bilateral trade import`), the target's progress against them.
    Markdown goes to stdout unless --out is given.
    """
    from bilateral.tracking.load import thread_states
    from bilateral.views import BriefError, event_brief, pair_brief, render_html, render_markdown

    if (event is None) == (pair is None):
        fail("give exactly one of --event ID or --pair ISO3-ISO3", 2)
    with open_store(db, create=False) as store:
        try:
            made = (event_brief(store.facts(), _event_id(store, event)) if event is not None
                    else pair_brief(_pair_records(store, pair), pair_codes(pair),
                                    threads=thread_states(store, store.threads(pair=pair_codes(pair))),
                                    progress=_progress(store, pair)))
        except BriefError as e:
            fail(f"{e}; `bilateral events` lists the event ids")
    text = render_html(made) if output is Format.html else render_markdown(made)
    if out_file is None:
        typer.echo(text)
        return
    try:
        out_file.write_text(text, encoding="utf-8")
    except OSError as e:
        fail(f"cannot write {out_file}: {e.strerror or e}")
    out.print(f"Wrote {out_file}", markup=False)


def _event_id(store: Store, given: str) -> str:
    """A fact id as given; a report's id stands for its visit, else its first event, so that commands
    can name an engagement by its report and do not depend on how facts are numbered."""
    if store.fact(given) is not None or store.document(given) is None:
        return given
    events = store.facts(doc_id=given, type="event")
    if not events:
        fail(f"report {given!r} states no event; `bilateral events` lists the event ids")
    return next((r.id for r in events if isinstance(r.fact, Event) and r.fact.kind == "visit"), events[0].id)


def _progress(store: Store, pair: str) -> Progress | None:
    """The pair's target progress as `bilateral trade progress` measures it; None (no progress part)
    when no official trade figures for the pair are stored."""
    from bilateral.trade.progress import NoTradeDataError, pair_progress

    try:
        return pair_progress(store, pair_codes(pair))
    except NoTradeDataError:
        return None


def _pair_records(store: Store, pair: str) -> list[FactRecord]:
    records = store.facts(pair=pair_codes(pair))
    if not records:
        fail(f"no facts about {pair} are stored; `bilateral ingest` reports about them first")
    return records


def events(
    db: Db = None,
    pair: Annotated[str | None, typer.Option(
        "--pair", metavar="ISO3-ISO3", callback=check_pair, show_default=False,
        help="Only events of this country pair, e.g. AFG-KAZ.")] = None,
) -> None:
    """List stored events (visits, meetings, forums, ...) with the ids `bilateral brief --event` takes."""
    with open_store(db, create=False) as store:
        records = store.facts(type="event", pair=pair_codes(pair) if pair else None)
    table = id_table([r.id for r in records], ("date", "kind", "place", "persons", "countries"),
                     f"{len(records)} event(s)")
    for r in records:
        fact = r.fact
        if isinstance(fact, Event):
            table.add_row(r.id, r.date or "", fact.kind, fact.place or "", ", ".join(fact.persons),
                          " ".join(fact.parties))
    out.print(table, markup=False)
