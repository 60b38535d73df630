"""The `bilateral` command: a thin layer over the library, one module per command group."""

from __future__ import annotations

from typing import Annotated

import typer

from bilateral import __version__
from bilateral.cli.brief import brief, events
from bilateral.cli.common import EXIT_CODES
from bilateral.cli.extract import extract_corpus
from bilateral.cli.facts import facts
from bilateral.cli.ingest import ingest
from bilateral.cli.serve import serve
from bilateral.cli.threads import thread, threads
from bilateral.cli.trade import trade_app

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True, epilog=EXIT_CODES, rich_markup_mode="markdown",
                  pretty_exceptions_show_locals=False,
                  context_settings={"help_option_names": ["-h", "--help"]})
for name, command in (("ingest", ingest), ("extract", extract_corpus), ("facts", facts),
                      ("events", events), ("brief", brief), ("threads", threads), ("thread", thread),
                      ("serve", serve)):
    app.command(name, epilog=EXIT_CODES)(command)
app.add_typer(trade_app, name="trade")


def _version(shown: bool) -> None:
    if shown:
        typer.echo(f"bilateral {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False) -> None:
    """Turn reports on cooperation between countries into facts (events, commitments, agreements,
    targets, indicators), store them, and write briefs that cite every source sentence.

    Typical use: bilateral ingest reports/ → bilateral events → bilateral brief --event ID.
    """
