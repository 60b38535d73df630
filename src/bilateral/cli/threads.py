"""`bilateral threads` and `bilateral thread`: what is tracked across reports, and one thread's timeline."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from bilateral.cli.common import Db, check_pair, fail, id_table, open_store, out, pair_codes
from bilateral.tracking.export import activity_records, threads_csv, threads_json
from bilateral.tracking.state import STAGES

if TYPE_CHECKING:
    from bilateral.tracking.state import ThreadState


class Kind(StrEnum):
    commitment = "commitment"
    agreement = "agreement"
    target = "target"
    indicator = "indicator"
    engagement = "engagement"


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    activities = "activities"


def threads(
    db: Db = None,
    pair: Annotated[str | None, typer.Option(
        "--pair", metavar="ISO3-ISO3", callback=check_pair, show_default=False,
        help="Only threads of this country pair, e.g. AFG-KAZ.")] = None,
    kind: Annotated[Kind | None, typer.Option(
        "--type", show_default=False, help="Only threads of this kind.")] = None,
    stage: Annotated[str | None, typer.Option(
        "--stage", metavar="STAGE", show_default=False,
        help=f"Only threads now at this stage: {', '.join((*STAGES, 'stalled', 'cancelled'))}.")] = None,
    silent: Annotated[bool, typer.Option(
        "--silent", help="Only threads no report has mentioned for over 12 months.")] = False,
    output: Annotated[Format | None, typer.Option(
        "--format", show_default=False,
        help="table; json (the threads.json shape); csv; activities (IATI and AidData status records). "
        "Default: from --out's suffix (.json, .csv), else table.")] = None,
    out_file: Annotated[Path | None, typer.Option(
        "--out", metavar="FILE", dir_okay=False, show_default=False,
        help="Write to FILE, e.g. threads.json or threads.csv.")] = None,
) -> None:
    """List threads: one commitment, target, agreement line, indicator series or engagement followed
    across every stored report, with its current stage and amount."""
    if stage is not None and stage not in (*STAGES, "stalled", "cancelled"):
        raise typer.BadParameter(f"{stage!r} is not a stage", param_hint="--stage")
    from bilateral.tracking.load import thread_states  # with the storage layer, not at start-up

    chosen = output or _format_of(out_file)
    with open_store(db, create=False) as store:
        summaries = store.threads(pair=pair_codes(pair) if pair else None, kind=kind.value if kind else None,
                                  stage=stage, silent=True if silent else None)
        states = thread_states(store, summaries) if chosen is not Format.table else []
    if chosen is Format.table:
        text = None
        _print_table(summaries)
    elif chosen is Format.json:
        text = json.dumps(threads_json(states), ensure_ascii=False, indent=1)
    elif chosen is Format.csv:
        text = threads_csv(states)
    else:
        text = json.dumps(activity_records(states), ensure_ascii=False, indent=1)
    if text is None:
        return
    if out_file is None:
        typer.echo(text)
        return
    try:
        out_file.write_text(text + ("\n" if not text.endswith("\n") else ""), encoding="utf-8")
    except OSError as e:
        fail(f"cannot write {out_file}: {e.strerror or e}")
    out.print(f"Wrote {len(summaries)} thread(s) to {out_file}", markup=False)


def _format_of(path: Path | None) -> Format:
    if path is None:
        return Format.table
    return {".json": Format.json, ".csv": Format.csv}.get(path.suffix.lower(), Format.json)


def _print_table(summaries: list) -> None:
    table = id_table([s.id for s in summaries], ("kind", "stage", "amount", "last report", "countries", "label"),
                     f"{len(summaries)} thread(s)")
    for s in summaries:
        amount = f"{s.amount_value:,.0f} {s.amount_unit}" if s.amount_value is not None else ""
        stage = (s.stage or "") + (" (silent)" if s.silent else "")
        table.add_row(s.id, s.kind, stage, amount, s.last_date or "", " ".join(s.countries), s.label)
    out.print(table, markup=False)


def thread(
    thread_id: Annotated[str, typer.Argument(metavar="ID", help="A thread id, as `bilateral threads` lists.")],
    db: Db = None,
) -> None:
    """Show one thread: its stage history, amounts and conflicts, and every report that speaks of it,
    each with the sentence it rests on."""
    from bilateral.tracking.load import thread_state

    with open_store(db, create=False) as store:
        state = thread_state(store, thread_id)
    if state is None:
        fail(f"no thread {thread_id!r}; `bilateral threads` lists them")
    out.print(_timeline(state), markup=False)


def _timeline(state: ThreadState) -> Table:
    lines = [f"{state.thread.kind}: {state.label}", f"countries: {' '.join(state.thread.countries)}"]
    if state.history:
        lines.append("stage: " + " → ".join(f"{s.stage} ({s.date or 'undated'})" for s in state.history))
    if state.amount is not None:
        lines.append(f"amount: {state.amount.value:,.0f} {state.amount.code}"
                     + ("" if state.summable else " (not summable: not signed)"))
    for c in state.conflicts:
        lines.append(f"conflict over the {c.what}: {c.first.doc_id} vs {c.second.doc_id}")
    if state.silent:
        lines.append(f"silent: no report since {state.last_date}")
    table = Table(title="\n".join(lines), title_justify="left", show_lines=True)
    for column in ("date", "fact", "stage", "source", "sentence"):
        table.add_column(column, overflow="fold")
    for r in state.thread.members:
        table.add_row(r.date or "", r.fact.type, getattr(r.fact, "stage", None) or "", r.source, r.quote)
    return table
