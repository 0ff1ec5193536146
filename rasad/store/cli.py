"""`rasad ingest` and `rasad export`: argument parsing around one API call each.

The lead's `rasad/cli.py` registers them:
    app.command("ingest")(ingest_command)
    app.command("export")(export_command)
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from rasad.store.db import DEFAULT_URL
from rasad.store.export import FORMATS, Filters, export
from rasad.store.ingest import ingest

_err = Console(stderr=True)


def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (.txt, .jsonl, .html, .xml/.rss/.atom), or - for stdin.")],
    db: Annotated[str, typer.Option("--db", help="Store URL: a SQLite file path or sqlite:///…, or postgresql://…")] = DEFAULT_URL,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per transaction.")] = 200,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Extraction processes.")] = 1,
    no_text: Annotated[bool, typer.Option("--no-text", help="Do not keep article texts in the store.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    dask: Annotated[Optional[str], typer.Option("--dask", metavar="ADDRESS", help="Extract on a Dask cluster: "
                                                "local:N (N worker processes) or a scheduler's tcp://host:port.")] = None,
) -> None:
    """Extract articles and store their events, skipping articles already stored."""
    from rasad.distributed import DaskError  # no Dask import: that waits for --dask

    if dask is not None and workers > 1:
        raise typer.BadParameter("give --workers or --dask, not both (local:N sets the worker count)")
    try:
        report = ingest(paths, db, batch_size=batch_size, workers=workers, progress=not quiet,
                        store_text=not no_text, dask=dask)
    except DaskError as exc:
        raise typer.BadParameter(str(exc), param_hint="--dask") from exc
    _err.print(report.summary())


def _day(value: Optional[datetime]) -> Optional[str]:
    return value.date().isoformat() if value else None


def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "acled-csv",
    db: Annotated[str, typer.Option("--db", help="Store URL or SQLite file path.")] = DEFAULT_URL,
    out: Annotated[Optional[Path], typer.Option("--output", "-o", help="Output file (default: stdout).")] = None,
    since: Annotated[Optional[datetime], typer.Option("--since", formats=["%Y-%m-%d"], help="First event date.")] = None,
    until: Annotated[Optional[datetime], typer.Option("--until", formats=["%Y-%m-%d"], help="Last event date.")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="SY, SYR or Syria.")] = None,
    admin1: Annotated[Optional[str], typer.Option("--admin1", help="Governorate: English, Arabic or ISO 3166-2 code.")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Actor id or part of its name.")] = None,
    event_type: Annotated[Optional[str], typer.Option("--event-type", help="ACLED event type, e.g. Battles.")] = None,
    reviewed_only: Annotated[bool, typer.Option("--reviewed-only", help="Only events a person accepted or corrected (rasad serve).")] = False,
) -> None:
    """Export the deduplicated events, as reviewed: corrections applied, rejected events left out."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    stats: dict[str, int] = {}
    export(db, fmt, out, Filters(_day(since), _day(until), country, admin1, actor, event_type,
                                               reviewed_only=reviewed_only), stats=stats)
    _err.print(", ".join(f"{k.replace('_', ' ')} {v}" for k, v in stats.items()))
