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
    explain: bool = typer.Option(False, "--explain",
                                 help="Print {places, candidates}: every name's candidates with scores and why."),
) -> None:
    """Print the places found in TEXT as a JSON list (with --explain, an object that adds candidates)."""
    from rasad.places import resolve_json

    why: list[dict] | None = [] if explain else None
    places = resolve_json(text, country.upper() if country else None, why)
    out = {"places": places, "candidates": why} if explain else places
    typer.echo(json.dumps(out, ensure_ascii=False, indent=2))


@app.command()
def stats(
    country: Optional[str] = typer.Option(None, "--country", help="Only this country (ISO alpha-2), per admin1."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Gazetteer coverage: entries per country (or per admin1 of --country), by kind, with points."""
    from rasad.places.gazetteer import load_or_build
    from rasad.places.stats import coverage

    gaz = load_or_build()
    rows = coverage(gaz, country.upper() if country else None)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"gazetteer coverage ({gaz.meta['built']}, {gaz.meta['fingerprint']})")
    for col in ("unit", "name", "entries", "towns", "districts", "sub-districts", "sites/areas", "with point",
                "Arabic keys", "Latin only"):
        table.add_column(col, justify="left" if col in ("unit", "name") else "right")
    for r in rows:
        table.add_row(r["unit"], r["name"], *(str(r[k]) for k in ("entries", "towns", "admin2", "admin3", "sites",
                                                                  "with_point", "keys", "latin_only")))
    Console().print(table)


@app.command()
def score(
    table: Path = typer.Argument(..., exists=True, dir_okay=False,
                                 help="place-mention table, TSV: sentence, target, country, admin1, lat, lon"),
    km: float = typer.Option(25.0, "--km", help="How far from the table's point a resolved place may lie."),
    fails: bool = typer.Option(False, "--fails", help="Print every row resolved wrong."),
) -> None:
    """Score place resolution on a table of mentions: admin1 right and, where the row has a
    point, within --km of it."""
    from rasad.places import get_resolver
    from rasad.places.scoring import load_table, score_table

    rows = load_table(table)
    missing = [c for c in ("sentence", "target", "country", "admin1") if rows and c not in rows[0]]
    if missing:
        raise typer.BadParameter(f"no column {', '.join(missing)}", param_hint="TABLE")
    if bad := [i for i, r in enumerate(rows, 1) if r["target"] not in r["sentence"]]:
        raise typer.BadParameter(f"row {bad[0]}: the target is not in its sentence", param_hint="TABLE")
    s = score_table(get_resolver(), rows, km)
    out = Table(title=f"rasad places score — {table.name}")
    out.add_column("country")
    out.add_column("right", justify="right")
    for cc, n in sorted(s.by_country.items(), key=lambda x: (-x[1], x[0])):
        out.add_row(cc, f"{s.right_by_country[cc]}/{n}")
    out.add_row("all", f"{s.right}/{s.rows} = {s.rate:.3f}")
    console = Console()
    console.print(out)
    if fails:
        for line in s.fails:
            console.print(line, markup=False, highlight=False)


if __name__ == "__main__":  # pragma: no cover
    app()
