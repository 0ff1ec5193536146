"""The event store: ingest records into SQLite/PostgreSQL, deduplicate events, export them.

    from rasad.store import ingest, export, Filters
    report = ingest(["corpus/"], "rasad.db")          # -> IngestReport
    export("rasad.db", "acled-csv", "events.csv", Filters(country="SY"))   # -> events written
"""

from rasad.store.db import normalise_url, open_store
from rasad.store.export import FORMATS, Filters, export
from rasad.store.ingest import IngestReport, ingest, ingest_records

__all__ = ["FORMATS", "Filters", "IngestReport", "export", "ingest", "ingest_records",
           "normalise_url", "open_store"]
