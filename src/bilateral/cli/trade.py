"""`bilateral trade`: official trade statistics imported, set out as yearly series and measured against targets."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from bilateral.cli.common import (
    EXIT_CODES,
    Db,
    check_country,
    check_pair,
    fail,
    open_store,
    out,
    pair_codes,
    progress,
    say,
)
from bilateral.trade.series import CIF_FOB, by_sector, choose_reporter, mirror, side

if TYPE_CHECKING:  # the commands import the storage layer when they run, not at start-up
    from bilateral.storage import Store
    from bilateral.storage.trade import TradeImport
    from bilateral.trade.comtrade import Reading
    from bilateral.trade.progress import Progress

trade_app = typer.Typer(no_args_is_help=True, rich_markup_mode="markdown",
                        help="Official trade statistics (UN Comtrade's format): import, series, progress to targets.")


class Metric(StrEnum):
    trade_turnover = "trade_turnover"
    exports = "exports"
    imports = "imports"


Pair = Annotated[str, typer.Option("--pair", metavar="ISO3-ISO3", callback=check_pair, show_default=False,
                                   help="The country pair, e.g. AFG-KAZ.")]
Reporter = Annotated[str | None, typer.Option(
    "--reporter", metavar="ISO3", callback=check_country, show_default=False,
    help="Whose reports the series uses. Default: the pair's better reporter (more years, more recent).")]
Factor = Annotated[float, typer.Option(
    "--cif-fob", min=1.0, max=2.0, help="Factor between the importer's CIF and the exporter's FOB values.")]


@trade_app.command("import", epilog=EXIT_CODES)
def import_files(
    files: Annotated[list[Path], typer.Argument(metavar="FILE", show_default=False, dir_okay=False,
                                                help="UN Comtrade CSV files, annual or monthly.")],
    db: Db = None,
) -> None:
    """Import UN Comtrade CSV files. Each file is stored whole or not at all; a file imported before, or
    rows another file already brought, change nothing. Bad rows are named with their line."""
    failed = 0
    table = Table(caption="rows per file")
    for column in ("file", "read", "stored", "already stored", "skipped", "note"):
        table.add_column(column, overflow="fold", justify="left" if column in ("file", "note") else "right")
    with open_store(db, create=True) as store:
        for path in files:
            done = _import(store, path)
            if done is None:
                failed += 1
                continue
            result, reading = done
            if result.new:
                table.add_row(str(path), f"{reading.read:,}", f"{result.rows:,}", f"{result.already_stored:,}",
                              f"{reading.read - reading.kept:,}", "")
            else:
                table.add_row(str(path), "", "0", "", "", f"imported before ({result.imported_at}): nothing to do")
    out.print(table, markup=False)
    if failed:
        raise typer.Exit(1)


def _import(store: Store, path: Path) -> tuple[TradeImport, Reading] | None:
    from bilateral.trade.comtrade import TradeFileError, import_file

    with progress() as bar:
        bar.add_task(f"Importing {path}", total=None)
        try:
            result, reading = import_file(store, path)
        except TradeFileError as e:
            for problem in e.problems:
                say(f"error: {problem}")
            say(f"{path}: nothing imported")
            return None
    for warning in reading.warnings():
        say(f"warning: {warning}")
    return result, reading


@trade_app.command("series", epilog=EXIT_CODES)
def series(
    pair: Pair,
    db: Db = None,
    sectors: Annotated[bool, typer.Option("--by-sector", help="By HS chapter, mapped to sectors.")] = False,
    reporter: Reporter = None,
    factor: Factor = CIF_FOB,
) -> None:
    """A pair's trade by year as each side reports it (exports, imports, turnover), with the mirror gap:
    one side's exports against the other's imports, CIF/FOB adjusted."""
    codes = pair_codes(pair)
    with open_store(db, create=False) as store:
        flows = store.trade_flows(codes)
    if not flows:
        fail(f"no official trade figures for {pair} are stored; import a UN Comtrade file: bilateral trade import FILE")
    chosen, reason = (reporter, f"{reporter}, as asked") if reporter else choose_reporter(flows, codes)
    partner = codes[1] if chosen == codes[0] else codes[0]
    if sectors:
        _print_sectors(by_sector(flows, chosen, partner), chosen, partner)
        return
    sides = {code: side(flows, code, other) for code, other in ((chosen, partner), (partner, chosen))}
    sides = {code: s for code, s in sides.items() if s["trade_turnover"].years}  # a side that reports nothing
    gaps = {metric: mirror(flows, chosen, partner, metric, factor) for metric in ("exports", "imports")}
    years = sorted({y for s in sides.values() for y in s["trade_turnover"].years})
    note = (f"mirror gap: {chosen}'s figure against {partner}'s, CIF/FOB {factor:g}" if partner in sides
            else f"{partner} reports nothing about {chosen}: no mirror")
    table = Table(caption=f"USD; series from {chosen}'s reports ({reason}); {note}")
    table.add_column("year")
    for code in sides:
        for metric in ("exports", "imports", "turnover"):
            table.add_column(f"{code} {metric}", justify="right")
    if partner in sides:
        table.add_column("gap exports", justify="right")
        table.add_column("gap imports", justify="right")
    for year in years:
        cells = []
        for s in sides.values():
            for metric in ("exports", "imports", "trade_turnover"):
                figure = s[metric].years.get(year)
                cells.append("" if figure is None else _usd(figure.value) + ("" if figure.full else
                                                                              f" ({figure.months} mo)"))
        if partner in sides:
            cells += [_pct(gaps[m][year].gap_pct) if year in gaps[m] else "" for m in ("exports", "imports")]
        table.add_row(str(year), *cells)
    out.print(table, markup=False)


def _print_sectors(data: dict[int, dict[str, dict[str, float]]], reporter: str, partner: str) -> None:
    if not data:
        fail(f"{reporter}'s figures about {partner} have no HS chapters, only totals")
    table = Table(caption=f"USD; {reporter}'s reports about {partner}, HS chapters mapped to sectors")
    for column in ("year", "sector", "exports", "imports"):
        table.add_column(column, justify="right" if column in ("exports", "imports") else "left")
    for year, sectors in data.items():
        for n, (sector, values) in enumerate(sorted(sectors.items(), key=lambda kv: -sum(kv[1].values()))):
            table.add_row(str(year) if n == 0 else "", sector, _usd(values["exports"]), _usd(values["imports"]))
    out.print(table, markup=False)


@trade_app.command("progress", epilog=EXIT_CODES)
def progress_command(
    pair: Pair,
    db: Db = None,
    target: Annotated[float | None, typer.Option(
        "--target", callback=lambda v: _positive(v, "--target"), show_default=False,
        help="The goal in USD, e.g. 3e9. Default: the target reports state most often.")] = None,
    by: Annotated[int | None, typer.Option(
        "--by", min=1900, max=2200, show_default=False, help="The year to reach it by. Default: the target's own.")
    ] = None,
    metric: Annotated[Metric, typer.Option("--metric", help="What the target measures.")] = Metric.trade_turnover,
    reporter: Reporter = None,
    factor: Factor = CIF_FOB,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """How far a pair's trade is from its target: the latest official year, the share reached, the yearly
    growth still needed, and the figures reports cite beside the official ones (over 10% apart flagged)."""
    from bilateral.trade.progress import NoTradeDataError, pair_progress, progress_json

    with open_store(db, create=False) as store:
        try:
            measured = pair_progress(store, pair_codes(pair), target=target, by=by, metric=metric.value,
                                     reporter=reporter, factor=factor)
        except NoTradeDataError as e:
            fail(f"{e}: bilateral trade import FILE")
    if as_json:
        typer.echo(json.dumps(progress_json(measured), ensure_ascii=False, indent=1))
        return
    _print_progress(measured)


def _print_progress(p: Progress) -> None:
    from bilateral.trade.progress import progress_json

    data = progress_json(p)
    lines = [f"{data['pair']} {p.metric.replace('_', ' ')}, official figures from {p.reporter}'s reports "
             f"({p.reporter_reason})"]
    if data["latest_year"] is not None:
        lines.append(f"latest full year: {data['latest_year']}, {_usd(data['latest_value'])}")
    if data["target"] is not None:
        goal = f"target: {_usd(data['target'])}" + (f" by {data['by']}" if data["by"] else " (no year: give --by)")
        if data["share_of_target"] is not None:
            goal += f"; reached {data['share_of_target']:.1%}"
        if data["required_cagr"] is not None:
            goal += f"; needs {data['required_cagr']:.1%} a year"
        lines.append(goal)
    else:
        lines.append("no target stated in the stored reports: give --target")
    out.print("\n".join(lines), markup=False)
    table = Table(caption=f"USD; mirror: the partner's reports, CIF/FOB {p.factor:g}")
    for column in ("year", "official", "mirror", "gap"):
        table.add_column(column, justify="right")
    for year, value in data["series"].items():
        point = data["mirror"].get(year)
        mirrored = (_usd(point["mirror"]), _pct(point["gap_pct"])) if point else ("", "")
        table.add_row(year, _usd(value), *mirrored)
    out.print(table, markup=False)
    if p.reported:
        figures = Table(caption="figures reports cite; ! more than 10% off the official figure")
        for column in ("", "year", "reported", "official", "diff", "fact", "source"):
            figures.add_column(column, overflow="fold")
        for f in data["reported_figures"]:
            figures.add_row("!" if f["flagged"] else "", str(f["period"] or ""), _usd(f["value"]),
                            _usd(f["official"]) if f["official"] is not None else "", _pct(f["diff_pct"]),
                            f["fact_id"], f["source"])
        out.print(figures, markup=False)


@trade_app.command("fetch", epilog=EXIT_CODES)
def fetch_command(
    reporter: Annotated[str, typer.Option("--reporter", metavar="ISO3", callback=check_country,
                                          show_default=False, help="The declaring country, e.g. KAZ.")],
    partner: Annotated[str, typer.Option("--partner", metavar="ISO3", callback=check_country,
                                         show_default=False, help="Its partner, e.g. AFG.")],
    years: Annotated[str, typer.Option("--years", metavar="YYYY[-YYYY]", show_default=False,
                                       help="A year or a range, e.g. 2019-2024.")],
    db: Db = None,
    monthly: Annotated[bool, typer.Option("--monthly", help="Monthly figures instead of yearly.")] = False,
    mirrored: Annotated[bool, typer.Option("--mirror/--no-mirror",
                                           help="Also fetch the partner's reports (for the mirror).")] = True,
    out_file: Annotated[Path | None, typer.Option(
        "--out", metavar="FILE", dir_okay=False, show_default=False,
        help="Where to keep the CSV file. Default: comtrade-REPORTER-PARTNER-YEARS.csv here.")] = None,
) -> None:
    """Fetch figures from UN Comtrade (needs $COMTRADE_KEY and a network), keep them as a CSV file and
    import it."""
    from bilateral.trade.fetch import FetchError, fetch, write_csv

    span = _years(years)
    try:
        records = fetch(reporter, partner, span, monthly=monthly, mirror=mirrored)
    except FetchError as e:
        fail(str(e))
    path = out_file or Path(f"comtrade-{reporter}-{partner}-{years}.csv")
    try:
        written = write_csv(records, path)
    except OSError as e:
        fail(f"cannot write {path}: {e.strerror or e}")
    out.print(f"Fetched {written} record(s) into {path}", markup=False)
    import_files([path], db)


def _years(text: str) -> range:
    first, _, last = text.partition("-")
    if not (first.isdigit() and len(first) == 4 and (not last or (last.isdigit() and len(last) == 4))):
        raise typer.BadParameter(f"{text!r} is not a year or a range like 2019-2024", param_hint="--years")
    start, end = int(first), int(last or first)
    if end < start:
        raise typer.BadParameter(f"{text!r} ends before it starts", param_hint="--years")
    return range(start, end + 1)


def _positive(value: float | None, name: str) -> float | None:
    if value is not None and value <= 0:
        raise typer.BadParameter(f"{value:g} is not a positive amount", param_hint=name)
    return value


def _usd(value: float) -> str:
    """$545.2M, $3.0B: short enough for a table column, exact enough to compare."""
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"${value / size:,.1f}{suffix}"
    return f"${value:,.0f}"


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f}%"
