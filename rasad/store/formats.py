"""The export formats that need more than a line per event: GeoJSON, GraphML, Parquet.

Imported lazily by `export.py` so a CSV export never loads networkx or pyarrow.
"""

from __future__ import annotations

import json
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Engine, select

from rasad.store import acled
from rasad.store.models import Actor, Article, Relation

if TYPE_CHECKING:
    from rasad.store.export import EventView, Filters


def geojson(views: list[EventView], fh: IO[str]) -> dict[str, int]:
    """Events with coordinates as Point features; the rest are counted, not guessed."""
    from rasad.store.export import acled_row

    features, skipped = [], 0
    for v in views:
        row = acled_row(v)
        if row["latitude"] is None or row["longitude"] is None:
            skipped += 1
            continue
        props = {k: row[k] for k in acled.COLUMNS if k not in ("latitude", "longitude")}
        props["event_id"] = v.event["id"]
        features.append({"type": "Feature", "id": row["event_id_cnty"], "properties": props,
                         "geometry": {"type": "Point",
                                      "coordinates": [row["longitude"], row["latitude"]]}})
    json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False)
    fh.write("\n")
    return {"written": len(features), "skipped_no_coordinates": skipped}


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """GraphML has no null: absent attributes are left out."""
    return {k: v for k, v in attrs.items() if v is not None and v != ""}


def graphml(engine: Engine, views: list[EventView], f: Filters, fh: IO[bytes]) -> dict[str, int]:
    """The actor graph: relation edges (joined, allied, fought …) and event edges between an
    event's two actors, each with its date, as a networkx MultiDiGraph in GraphML."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    actors: dict[str, dict[str, Any]] = {}
    rel, art = Relation.__table__.c, Article.__table__.c
    with engine.connect() as conn:
        for r in conn.execute(select(Actor.__table__)):
            actors[r.id] = dict(r._mapping)
        rows = conn.execute(select(rel.article_id, rel.idx, rel.type, rel.source, rel.target,
                                   rel.date, rel.date_precision, art.published, art.outlet)
                            .join(Article.__table__, art.id == rel.article_id)
                            .order_by(rel.article_id, rel.idx)).all()

    def node(aid: str) -> str:
        a = actors.get(aid, {})
        graph.add_node(aid, **_clean({"name_en": a.get("name_en"), "name_ar": a.get("name_ar"),
                                      "inter": a.get("inter")}))
        return aid

    edges = 0
    for r in rows:
        if not (r.source and r.target):
            continue
        day = r.date or r.published
        if (f.since and (day is None or day < f.since)) or (f.until and (day is None or day > f.until)):
            continue
        if f.actor and f.actor.casefold() not in {r.source.casefold(), r.target.casefold()} | {
                str(actors.get(x, {}).get(k) or "").casefold()
                for x in (r.source, r.target) for k in ("name_en", "name_ar")}:
            continue
        graph.add_edge(node(r.source), node(r.target), key=f"{r.article_id}:{r.idx}", **_clean({
            "kind": "relation", "type": r.type, "date": acled.iso_date(r.date),
            "date_precision": r.date_precision, "published": acled.iso_date(r.published),
            "article_id": r.article_id, "outlet": r.outlet}))
        edges += 1
    for v in views:
        if not (v.actor1 and v.actor2):
            continue
        e = v.event
        graph.add_edge(node(v.actor1["id"]), node(v.actor2["id"]), key=e["id"], **_clean({
            "kind": "event", "type": e["event_type"], "sub_event_type": e["sub_event_type"],
            "date": acled.iso_date(v.day), "date_precision": e["date_precision"],
            "event_id": e["id"], "fatalities": e["fatalities"]}))
        edges += 1
    for line in nx.generate_graphml(graph):
        fh.write((line + "\n").encode("utf-8"))
    return {"written": edges, "nodes": graph.number_of_nodes()}


def parquet(views: list[EventView], fh: IO[bytes]) -> dict[str, int]:
    """The ACLED columns with real types (date32, int, float) plus the event id."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from rasad.store.export import acled_row

    ints = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
            "fatalities", "timestamp"}
    floats = {"latitude", "longitude"}
    rows = [acled_row(v) for v in views]
    fields = []
    for col in acled.COLUMNS:
        kind = pa.date32() if col == "event_date" else pa.int64() if col in ints else \
            pa.float64() if col in floats else pa.string()
        fields.append(pa.field(col, kind))
    fields.append(pa.field("event_id", pa.string()))
    for row, v in zip(rows, views):
        row["event_date"] = v.day
        row["event_id"] = v.event["id"]
    table = pa.Table.from_pylist(rows, schema=pa.schema(fields))
    pq.write_table(table, fh)
    return {"written": len(rows)}
