"""Sub-commands owned by other rooms of the package (places, actors, store), wired in one place."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    from rasad.actors.cli import app as actors_app
    from rasad.places.cli import app as places_app
    from rasad.store.cli import export_command, ingest_command

    app.add_typer(places_app, name="places", help="The gazetteer: build it, resolve place names.")
    app.add_typer(actors_app, name="actors", help="The actor dictionary: list, search, show, link.")
    app.command("ingest")(ingest_command)
    app.command("export")(export_command)
