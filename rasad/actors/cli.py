"""`rasad actors …`: list, search, show and link, each one call into `rasad.actors`."""

from __future__ import annotations

import json
from datetime import date
from enum import Enum

import typer
from rich.console import Console
from rich.table import Table

from rasad.actors.dictionary import get_dictionary
from rasad.actors.linker import link_json
from rasad.actors.schema import Actor
from rasad.actors.spelling import get_spelling

app = typer.Typer(help="The actor dictionary and linker.", no_args_is_help=True)
console = Console()


class Format(str, Enum):
    jsonl = "jsonl"
    table = "table"


def actor_dict(a: Actor) -> dict:
    """An actor as plain JSON (the YAML fields, affiliations included)."""
    return {
        "id": a.id, "name_ar": a.name_ar, "name_en": a.name_en, "aliases_ar": list(a.aliases_ar),
        "short_ar": list(a.short_ar), "aliases_en": list(a.aliases_en), "inter": a.inter, "kind": a.kind,
        "countries": list(a.countries), "active_from": a.active_from, "active_to": a.active_to,
        "affiliations": [vars(f) for f in a.affiliations], "generic": a.generic, "source": a.source,
    }


@app.command("list")
def list_actors(
    format: Format = typer.Option(Format.table, "--format", help="jsonl or table"),
    country: str = typer.Option(None, "--country", help="only actors of this ISO country code"),
) -> None:
    """Every actor; the table ends with the count of complete actors and their countries."""
    d = get_dictionary()
    actors = [a for a in d.all() if not country or country.upper() in a.countries]
    if format is Format.jsonl:
        for a in actors:
            typer.echo(json.dumps(actor_dict(a), ensure_ascii=False))
        return
    table = Table("id", "name_en", "name_ar", "inter", "kind", "countries", "active")
    for a in actors:
        table.add_row(a.id, a.name_en, a.name_ar, str(a.inter or ""), a.kind, ",".join(a.countries),
                      f"{a.active_from or ''}–{a.active_to or ''}")
    console.print(table)
    complete = [a for a in d.complete() if not country or country.upper() in a.countries]
    countries = sorted({c for a in complete for c in a.countries})
    console.print(f"{len(complete)} complete actors over {len(countries)} countries ({', '.join(countries)}); "
                  f"{len(actors)} entries listed")


@app.command()
def search(text: str, limit: int = typer.Option(10, "--limit")) -> None:
    """Fuzzy search over Arabic and English names and aliases."""
    for actor, score in get_dictionary().search(text, limit=limit):
        typer.echo(f"{score:5.1f}  {actor.id:32} {actor.name_en} | {actor.name_ar}")


@app.command()
def show(
    actor_id: str,
    spellings: bool = typer.Option(False, "--spellings", help="also list every matching form the linker registers"),
) -> None:
    """One actor with its aliases and dated affiliations."""
    d = get_dictionary()
    a = d.get(actor_id)
    if a is None:
        typer.echo(f"no actor {actor_id}", err=True)
        raise typer.Exit(1)
    data = actor_dict(a)
    if spellings:
        rules = get_spelling()
        names = [n for n in (a.name_ar, *a.aliases_ar) if "{" not in n]
        data["spellings"] = sorted({v for n in names for v in rules.variants(n)})
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    for f in a.affiliations:
        target = d.get(f.target)
        span = f"{f.date or '?'}" + (f"–{f.until}" if f.until else "")
        typer.echo(f"  {f.type:14} {f.target:28} {target.name_en if target else '(missing)'}  [{span}]")


@app.command()
def link(
    text: str,
    date_: str = typer.Option(None, "--date", help="the article's date, YYYY-MM-DD"),
    country: str = typer.Option(None, "--country", help="the article's country, ISO alpha-2"),
) -> None:
    """Actor mentions of TEXT as JSON."""
    published = date.fromisoformat(date_) if date_ else None
    typer.echo(json.dumps(link_json(text, published, country), ensure_ascii=False, indent=2))
