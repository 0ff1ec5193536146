"""The review desk's store API: people check, correct, split, merge and publish events.

Why a layer beside the machine's tables: ACLED publishes only events a person checked against
their source, and an analyst must always see what the machine said. So the machine's rows are
never touched. Each action is a dated `Revision` (who, when, why, what); `EventReview` folds
them into an event's current reviewed state, which the listings, the web app and every export
read through `overlay`. Statuses: unreviewed (no revision), accepted, rejected, corrected.

    from rasad.store import review
    token = review.add_user(engine, "hala", "reviewer")
    review.review(engine, event_id, "corrected", {"date": "2017-02-17"}, "dateline is a day late", "hala")
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from rasad.events.taxonomy import TAXONOMY
from rasad.store.models import Actor, EventReview, EventSource, Revision, Setting, User

ROLES = ("viewer", "reviewer", "admin")
STATUSES = ("accepted", "rejected", "corrected")
ALL_STATUSES = ("unreviewed", *STATUSES)
MODALITIES = ("asserted", "claimed", "planned", "negated", "hypothetical")
PRECISIONS = ("day", "week", "month", "year")
# Fields a reviewer may correct, and the event keys they replace.
CORRECTABLE = ("event_type", "sub_event_type", "date", "date_precision", "actor1", "actor2",
               "assoc_actors", "place", "fatalities", "modality", "notes_en")
PLACE_KEYS = ("name_ar", "name_en", "country", "admin1", "admin1_ar", "admin1_code", "lat", "lon",
              "gazetteer_id")
MAX_NOTE = 2000


class ReviewError(ValueError):
    """A review the desk refuses (unknown event, bad value, wrong state); the text says why."""


class NotFound(ReviewError):
    """No event (or user) with that id."""


# --- users and tokens ---------------------------------------------------------------------


def token_hash(token: str) -> str:
    """Tokens are 256-bit random strings, so one SHA-256 is a safe way to keep only a hash."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(engine: Engine, name: str, role: str) -> str:
    """Create (or give a new token to) user `name` with `role`; returns the token, shown once."""
    name = name.strip()
    if not name or len(name) > 100:
        raise ReviewError("a user name is 1 to 100 characters")
    if role not in ROLES:
        raise ReviewError(f"role must be one of {', '.join(ROLES)}")
    token = secrets.token_urlsafe(32)
    row = {"name": name, "role": role, "token_hash": token_hash(token), "created_at": int(time.time())}
    with engine.begin() as conn:
        t = User.__table__
        if conn.execute(select(t.c.name).where(t.c.name == name)).first():
            conn.execute(update(t).where(t.c.name == name).values(role=role, token_hash=row["token_hash"]))
        else:
            conn.execute(insert(t), [row])
    return token


def user_for_token(engine: Engine, token: str | None) -> dict[str, Any] | None:
    """The user a bearer token belongs to, or None."""
    if not token:
        return None
    t = User.__table__
    with engine.connect() as conn:
        row = conn.execute(select(t.c.name, t.c.role).where(t.c.token_hash == token_hash(token))).first()
    return dict(row._mapping) if row else None


def list_users(engine: Engine) -> list[dict[str, Any]]:
    t = User.__table__
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(t.c.name, t.c.role, t.c.created_at).order_by(t.c.name))]


def allows(role: str | None, needed: str) -> bool:
    """Roles are ordered: an admin may do what a reviewer may, a reviewer what a viewer may."""
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


def setting(engine: Engine, key: str, default: str | None = None) -> str | None:
    """A store-wide setting; with `default`, the default is stored on first read (one value for
    every process serving this store, e.g. the key that signs sessions)."""
    t = Setting.__table__
    with engine.begin() as conn:
        row = conn.execute(select(t.c.value).where(t.c.key == key)).first()
        if row:
            return str(row[0])
        if default is None:
            return None
        conn.execute(insert(t), [{"key": key, "value": default}])
    return default


# --- checking a change --------------------------------------------------------------------


def check_changes(changes: dict[str, Any] | None, resolve_place: Any = None) -> dict[str, Any]:
    """The corrections in `changes`, checked and normalised; ReviewError names the bad field.

    `place` is a place object (PLACE_KEYS, `geo_precision`), or `{"name": "…"}` which
    `resolve_place(name)` turns into one (the gazetteer), or null to remove the place."""
    if changes is None:
        return {}
    if not isinstance(changes, dict):
        raise ReviewError("changes must be an object of field: value")
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in CORRECTABLE:
            raise ReviewError(f"{key!r} cannot be corrected; fields: {', '.join(CORRECTABLE)}")
        out[key] = _check_field(key, value, resolve_place)
    if "event_type" in out and out["event_type"] not in TAXONOMY:
        raise ReviewError(f"event_type must be one of {', '.join(TAXONOMY)}")
    return out


def _check_field(key: str, value: Any, resolve_place: Any) -> Any:
    if key in ("event_type", "sub_event_type", "date_precision", "modality", "notes_en", "actor1", "actor2"):
        if value is not None and not isinstance(value, str):
            raise ReviewError(f"{key} must be a string or null")
        value = value.strip() or None if isinstance(value, str) else None
        if key == "date_precision" and value not in (None, *PRECISIONS):
            raise ReviewError(f"date_precision must be one of {', '.join(PRECISIONS)} or null")
        if key == "modality" and value not in MODALITIES:
            raise ReviewError(f"modality must be one of {', '.join(MODALITIES)}")
        if key in ("actor1", "actor2") and value and len(value) > 200:
            raise ReviewError(f"{key} is an actor id of at most 200 characters")
        if key == "notes_en" and value and len(value) > MAX_NOTE:
            raise ReviewError(f"notes_en is at most {MAX_NOTE} characters")
        return value
    if key == "date":
        if value is None:
            return None
        if not isinstance(value, str) or len(value) != 10:
            raise ReviewError("date must be YYYY-MM-DD or null")
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError as exc:
            raise ReviewError("date must be YYYY-MM-DD or null") from exc
    if key == "fatalities":
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100000:
            raise ReviewError("fatalities must be a whole number from 0 or null")
        return value
    if key == "assoc_actors":
        if not isinstance(value, list) or not all(isinstance(a, str) and 0 < len(a) <= 200 for a in value):
            raise ReviewError("assoc_actors must be a list of actor ids")
        return value
    return check_place(value, resolve_place)


def check_place(value: Any, resolve_place: Any = None) -> dict[str, Any] | None:
    """A corrected place: null, `{"name": …}` looked up, or the place's fields."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ReviewError("place must be an object or null")
    if set(value) == {"name"}:
        name = str(value["name"]).strip()
        found = resolve_place(name) if resolve_place and name else None
        if not found:
            raise ReviewError(f"no place named {name!r} in the gazetteer; give its fields instead")
        return found
    place = {k: value.get(k) for k in PLACE_KEYS}
    for k in ("lat", "lon"):
        if place[k] is not None:
            try:
                place[k] = float(place[k])
            except (TypeError, ValueError) as exc:
                raise ReviewError(f"place {k} must be a number") from exc
    if place["lat"] is not None and not -90 <= place["lat"] <= 90 or \
            place["lon"] is not None and not -180 <= place["lon"] <= 180:
        raise ReviewError("place lat/lon out of range")
    if not (place["name_ar"] or place["name_en"]):
        raise ReviewError("a place needs name_ar or name_en")
    gp = value.get("geo_precision", 1)
    if gp not in (1, 2, 3):
        raise ReviewError("geo_precision is 1, 2 or 3")
    place["geo_precision"] = gp
    for k in ("name_ar", "name_en", "country", "admin1", "admin1_ar", "admin1_code", "gazetteer_id"):
        if place[k] is not None:
            place[k] = str(place[k])[:200]
    return place


def resolve_place_name(name: str) -> dict[str, Any] | None:
    """The gazetteer's best reading of `name` as a place object (rasad.places), or None."""
    from rasad.places import resolve_json

    for m in resolve_json(name):
        if m.get("lat") is not None:
            return {**{k: m.get(k) for k in PLACE_KEYS}, "geo_precision": m.get("geo_precision") or 1}
    return None


# --- writing revisions --------------------------------------------------------------------


def _state(conn: Connection, event_id: str) -> dict[str, Any] | None:
    t = EventReview.__table__
    row = conn.execute(select(t).where(t.c.event_id == event_id)).first()
    return dict(row._mapping) if row else None


def _event_exists(conn: Connection, event_id: str) -> bool:
    from rasad.store.models import Event

    e = Event.__table__
    return conn.execute(select(e.c.id).where(e.c.id == event_id)).first() is not None


def _write(conn: Connection, event_id: str, action: str, status: str, changes: dict[str, Any],
           note: str | None, user: str, *, values: dict[str, Any] | None = None,
           parent_id: str | None = None, merged_into: str | None = None) -> dict[str, Any]:
    now = time.time()
    conn.execute(insert(Revision.__table__), [{
        "event_id": event_id, "action": action, "status": status, "changes": changes,
        "note": note, "user_name": user, "created_at": now}])
    old = _state(conn, event_id)
    t = EventReview.__table__
    if old is None:
        es = EventSource.__table__.c
        reports = [[r.article_id, r.idx] for r in conn.execute(
            select(es.article_id, es.idx).where(es.event_id == event_id).order_by(es.article_id, es.idx))]
        new = {"event_id": event_id, "status": status, "values": values if values is not None else changes,
               "parent_id": parent_id, "merged_into": merged_into, "revisions": 1,
               "updated_at": now, "updated_by": user, "sources": reports or None}
        conn.execute(insert(t), [new])
        return new
    merged = dict(old["values"] or {})
    merged.update(values if values is not None else changes)
    new = {"status": status, "values": merged, "revisions": old["revisions"] + 1, "updated_at": now,
           "updated_by": user, "merged_into": merged_into if action == "merge" else old["merged_into"]}
    conn.execute(update(t).where(t.c.event_id == event_id).values(**new))
    return {**old, **new}


def _require(conn: Connection, event_id: str) -> dict[str, Any] | None:
    state = _state(conn, event_id)
    if state is None and not _event_exists(conn, event_id):
        raise NotFound(f"no event {event_id!r}")
    return state


def _note(note: str | None) -> str | None:
    if note is not None and not isinstance(note, str):
        raise ReviewError("note must be a string")
    return note.strip()[:MAX_NOTE] or None if note else None


def review(engine: Engine, event_id: str, status: str, changes: dict[str, Any] | None = None,
           note: str | None = None, user: str = "?", *, resolve_place: Any = resolve_place_name) -> dict[str, Any]:
    """Accept, reject or correct an event; returns its new reviewed state.

    Corrections make the status `corrected` (a reviewer may still say `accepted` with none)."""
    if status not in STATUSES:
        raise ReviewError(f"status must be one of {', '.join(STATUSES)}")
    checked = check_changes(changes, resolve_place)
    if status == "corrected" and not checked:
        raise ReviewError("a correction needs changes")
    if checked and status == "accepted":
        status = "corrected"
    with engine.begin() as conn:
        state = _require(conn, event_id)
        if state and state["merged_into"] and status != "rejected":
            raise ReviewError(f"event {event_id} was merged into {state['merged_into']}; review that one")
        if status == "accepted" and state and state["values"]:
            status = "corrected"  # earlier corrections still stand
        return _write(conn, event_id, "review", status, checked, _note(note), user)


def split(engine: Engine, event_id: str, places: list[Any], note: str | None = None, user: str = "?",
          *, resolve_place: Any = resolve_place_name) -> list[str]:
    """One event per place (ACLED's rule): the event keeps the first place, and each other place
    becomes a new event with the same fields and sources; returns all their ids."""
    if not isinstance(places, list) or len(places) < 2:
        raise ReviewError("a split needs a list of at least two places")
    checked = [check_place(p, resolve_place) for p in places]
    if any(p is None for p in checked):
        raise ReviewError("every place of a split must be given")
    ids = [event_id]
    with engine.begin() as conn:
        state = _require(conn, event_id)
        if state and state["merged_into"]:
            raise ReviewError(f"event {event_id} was merged into {state['merged_into']}")
        base = dict((state or {}).get("values") or {})
        root = (state or {}).get("parent_id") or event_id
        _write(conn, event_id, "split", "corrected", {"place": checked[0], "split_into": len(checked)},
               _note(note), user, values={"place": checked[0]})
        t = EventReview.__table__
        taken = {r[0] for r in conn.execute(select(t.c.event_id).where(t.c.parent_id == root))}
        n = 1
        for place in checked[1:]:
            while f"{root}-{n}" in taken:
                n += 1
            child = f"{root}-{n}"
            taken.add(child)
            _write(conn, child, "split", "corrected", {"place": place, "split_from": event_id},
                   _note(note), user, values={**base, "place": place}, parent_id=root)
            ids.append(child)
    return ids


def merge(engine: Engine, event_id: str, into: str, note: str | None = None, user: str = "?") -> dict[str, Any]:
    """`event_id` is a duplicate of `into`: it is rejected and its sources count for `into`."""
    if not isinstance(into, str) or into == event_id:
        raise ReviewError("merge needs another event's id in 'into'")
    with engine.begin() as conn:
        _require(conn, event_id)
        target = _require(conn, into)
        if target and target["merged_into"]:
            raise ReviewError(f"event {into} was itself merged into {target['merged_into']}")
        _write(conn, into, "merge", target["status"] if target else "accepted", {"merged_from": event_id},
               _note(note), user, values={})
        return _write(conn, event_id, "merge", "rejected", {"merged_into": into}, _note(note), user,
                      values={}, merged_into=into)


def history(engine: Engine, event_id: str, *, check: bool = True) -> list[dict[str, Any]]:
    """Every revision of an event, oldest first (NotFound for an unknown event when `check`)."""
    t = Revision.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.event_id == event_id).order_by(t.c.id)).all()
        if check and not rows and not _event_exists(conn, event_id):
            raise NotFound(f"no event {event_id!r}")
    return [dict(r._mapping) for r in rows]


def review_states(conn: Connection) -> dict[str, dict[str, Any]]:
    t = EventReview.__table__
    return {r.event_id: dict(r._mapping) for r in conn.execute(select(t))}


def has_reviews(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.execute(select(func.count()).select_from(EventReview.__table__)).scalar_one())


# --- reading events with their reviews ----------------------------------------------------


def overlay(engine: Engine, views: list[Any]) -> list[Any]:
    """`views` (export.EventView) with reviewed values applied, split-off events added, and a
    `review` state on each; rejected and merged events stay in, marked (exports drop them)."""
    from rasad.store.export import _actor

    with engine.connect() as conn:
        states = review_states(conn)
        if not states:
            return [replace(v, review={"status": "unreviewed"}) for v in views]
        actors = {r.id: dict(r._mapping) for r in conn.execute(select(Actor.__table__))}
    by_id = {v.event["id"]: v for v in views}
    states = _follow_renamed(states, views, by_id)
    merged_sources: dict[str, list[dict[str, Any]]] = {}
    for eid, st in states.items():
        if st["merged_into"] and eid in by_id:
            merged_sources.setdefault(st["merged_into"], []).extend(by_id[eid].sources)
    out = []
    for v in views:
        st = states.get(v.event["id"])
        out.append(_apply(v, st, actors, merged_sources.get(v.event["id"], []), _actor))
    for eid, st in sorted(states.items()):
        parent = by_id.get(st["parent_id"] or "")
        if parent is not None:
            child = replace(parent, event=dict(parent.event, id=eid))
            out.append(_apply(child, st, actors, merged_sources.get(parent.event["id"], []), _actor))
    return out


def _follow_renamed(states: dict[str, dict[str, Any]], views: list[Any],
                    by_id: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Reviews of events that deduplication has since renamed, moved to the event now holding
    most of their reports (unless that event has a review of its own); references to a
    renamed event (a split's parent, a merge's target) follow it."""
    lost = {eid: st for eid, st in states.items() if eid not in by_id and not st["parent_id"] and st.get("sources")}
    if not lost:
        return states
    holder = {(s["article_id"], s["idx"]): v.event["id"] for v in views for s in v.sources}
    renamed: dict[str, str] = {}
    for eid, st in lost.items():
        now = [holder[(a, i)] for a, i in st["sources"] if (a, i) in holder]
        if now:
            target = max(set(now), key=lambda x: (now.count(x), x))
            if target not in states and target not in renamed.values():
                renamed[eid] = target
    if not renamed:
        return states
    out = {}
    for eid, st in states.items():
        st = dict(st, parent_id=renamed.get(st["parent_id"], st["parent_id"]),
                  merged_into=renamed.get(st["merged_into"], st["merged_into"]))
        out[renamed.get(eid, eid)] = dict(st, event_id=renamed.get(eid, eid), reviewed_as=eid)
    return out


def _apply(v: Any, st: dict[str, Any] | None, actors: dict[str, dict[str, Any]],
           extra_sources: list[dict[str, Any]], actor_of: Any) -> Any:
    if st is None:
        return replace(v, review={"status": "unreviewed"})
    vals = st["values"] or {}
    event = dict(v.event)
    machine = {}
    for key in ("event_type", "sub_event_type", "date", "date_precision", "actor1", "actor2",
                "assoc_actors", "fatalities", "notes_en"):
        if key in vals:
            machine[key] = event.get(key)
            event[key] = date.fromisoformat(vals[key]) if key == "date" and vals[key] else vals[key]
    place, day, from_pub = v.place, v.day, v.from_publication
    if "place" in vals:
        machine["place"] = v.place
        p = vals["place"]
        place = None if p is None else {"id": p.get("gazetteer_id") or f"review:{p.get('name_ar') or p.get('name_en')}",
                                        **{k: p.get(k) for k in PLACE_KEYS}}
        event["geo_precision"] = p.get("geo_precision") if p else None
        event["country"] = (p or {}).get("country") or (None if p is None else event.get("country"))
        event["admin1"] = (p or {}).get("admin1")
        event["place_id"] = place["id"] if place else None
    if "date" in vals:
        published = [s["published"] for s in v.sources if s.get("published")]
        day = event["date"] or (min(published) if published else None)
        from_pub = event["date"] is None and day is not None
    sources = v.sources + [s for s in extra_sources if s not in v.sources]
    if extra_sources:
        event["n_sources"] = len({s["article_id"] for s in sources})
    review_state = {"status": st["status"], "revisions": st["revisions"], "updated_at": st["updated_at"],
                    "updated_by": st["updated_by"], "merged_into": st["merged_into"],
                    "split_from": st["parent_id"], "modality": vals.get("modality"), "machine": machine,
                    "reviewed_as": st.get("reviewed_as", st["event_id"])}
    return replace(v, event=event, day=day, from_publication=from_pub, place=place,
                   actor1=actor_of(actors, event["actor1"]), actor2=actor_of(actors, event["actor2"]),
                   assoc=[a for a in (actor_of(actors, x) for x in event.get("assoc_actors") or []) if a],
                   sources=sources, review=review_state)
