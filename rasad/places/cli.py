"""`rasad places build|resolve`: build the gazetteer index, or geocode a text from the shell."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(help="Gazetteer and place resolution.", no_args_is_help=True)
console = Console(stderr=True)


@app.command()
def build(
    opensyria: Optional[Path] = typer.Option(None, "--opensyria", help="OpenSyria data-geography folder (CC BY 4.0)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Index file (default: $RASAD_GAZETTEER or the user cache)."),
) -> None:
    """Build the place index from GeoNames, ISO 3166-2, curated files and (optionally) OpenSyria."""
    from rasad.places import gazetteer

    if opensyria is not None and not (opensyria / "governorates.json").is_file():
        raise typer.BadParameter(f"{opensyria} has no governorates.json", param_hint="--opensyria")
    t0 = time.perf_counter()
    with console.status("building gazetteer…"):
        gaz = gazetteer.build(opensyria if opensyria is not None else gazetteer.default_opensyria_dir(),
                              progress=lambda msg: console.log(msg))
        path = gazetteer.save(gaz, out or gazetteer.default_path())
    table = Table(title=f"gazetteer → {path}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for k, v in gaz.meta["counts"].items():
        table.add_row(k, str(v))
    console.print(table)
    for note in gaz.meta["notes"]:
        console.log(f"[yellow]note[/]: {note}")
    for line in gaz.meta["attribution"]:
        console.print(f"[dim]{line}[/]")
    console.print(f"built in {time.perf_counter() - t0:.1f}s")


@app.command()
def resolve(
    text: str = typer.Argument(..., help="Arabic text to geocode."),
    country: Optional[str] = typer.Option(None, "--country", help="ISO alpha-2 country hint, e.g. SY."),
) -> None:
    """Print the places found in TEXT as a JSON list."""
    from rasad.places import resolve_json

    typer.echo(json.dumps(resolve_json(text, country.upper() if country else None), ensure_ascii=False, indent=2))


if __name__ == "__main__":  # pragma: no cover
    app()
