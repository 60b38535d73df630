"""What the commands share: the --db option and its store, option checks, consoles, errors and progress."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

if TYPE_CHECKING:
    from bilateral.storage import Store

EXIT_CODES = ("Exit codes: 0 done; 1 an input failed or nothing was found; 2 wrong usage (options, "
              "arguments); 3 the database cannot be opened.")
DB_FAILED = 3
_DATE = re.compile(r"\d{4}(-\d{2}){0,2}")

Db = Annotated[str | None, typer.Option(
    "--db", metavar="PATH|URL", show_default=False,
    help="The database: an SQLite file or an SQLAlchemy URL. Default: $BILATERAL_DB, else ./bilateral.db.")]

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def say(line: str) -> None:
    """One line on stderr, as written: report text and paths may hold [brackets] that rich would eat."""
    err.print(line, markup=False, soft_wrap=True)


def reason(error: Exception) -> str:
    """An exception as the end of an error line; some carry no message, and then their type says it."""
    return str(error) or type(error).__name__


def fail(message: str, code: int = 1) -> NoReturn:
    """A user error: one line on stderr and an exit code, never a traceback."""
    say(f"error: {message}")
    raise typer.Exit(code)


@contextmanager
def open_store(db: str | None, *, create: bool) -> Iterator[Store]:
    """The store behind --db. Commands that only read refuse a missing SQLite file rather than leave
    an empty one behind, so a mistyped path is reported, not silently answered with nothing.
    The storage layer (SQLAlchemy, Alembic) is imported here: commands without a database skip it."""
    from alembic.util import CommandError  # a store opens through Alembic's migrations anyway
    from sqlalchemy.exc import SQLAlchemyError

    from bilateral.storage import Store, resolve_url

    url = resolve_url(db)
    path = _sqlite_file(url)
    if not create and path is not None and not path.exists():
        fail(f"no database at {path}; store reports first with: bilateral ingest PATH --db {path}", DB_FAILED)
    try:
        store = Store(url)
    except (SQLAlchemyError, CommandError, ImportError) as e:
        fail(f"cannot open the database {url}: {str(e).splitlines()[0]}", DB_FAILED)
    with store:
        yield store


def _sqlite_file(url: str) -> Path | None:
    from sqlalchemy import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def pair_codes(pair: str) -> tuple[str, str]:
    """"AFG-KAZ" -> ("AFG", "KAZ")."""
    first, second = pair.split("-")
    return first, second


def check_pair(value: str | None) -> str | None:
    """--pair is two different ISO3 codes joined by a hyphen; normalised to upper case."""
    if value is None:
        return None
    codes = value.strip().upper().split("-")
    if len(codes) != 2 or not all(_is_iso3(c) for c in codes) or codes[0] == codes[1]:
        raise typer.BadParameter(f"{value!r} is not two different ISO3 country codes, like AFG-KAZ")
    return "-".join(codes)


def check_country(value: str | None) -> str | None:
    """--country is one ISO3 code; normalised to upper case."""
    if value is None:
        return None
    if not _is_iso3(value.strip().upper()):
        raise typer.BadParameter(f"{value!r} is not an ISO3 country code, like KAZ")
    return value.strip().upper()


def check_date(value: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, as the store's --since filter compares them."""
    if value is None:
        return None
    if _DATE.fullmatch(value):
        try:
            date.fromisoformat((value + "-01-01")[:10])  # a year or month is checked as its first day
            return value
        except ValueError:
            pass
    raise typer.BadParameter(f"{value!r} is not a date YYYY, YYYY-MM or YYYY-MM-DD")


def _is_iso3(code: str) -> bool:
    return len(code) == 3 and code.isascii() and code.isalpha()


def id_table(ids: Sequence[str], columns: Sequence[str], caption: str) -> Table:
    """A table whose first column holds fact ids, kept whole on one line: they are there to be copied."""
    table = Table(caption=caption)
    table.add_column("id", no_wrap=True, min_width=max(map(len, ids), default=2))
    for name in columns:
        table.add_column(name, overflow="fold")
    return table


def progress() -> Progress:
    """A progress display on stderr, so it never mixes with output; off when stderr is not a terminal."""
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)
