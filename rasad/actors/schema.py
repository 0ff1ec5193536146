"""The actor dictionary's data model, its YAML loader and the checks every file must pass.

Actors live as data under `rasad/data/actors/*.yaml` (one file a country or theme) so that
analysts add groups without reading code. `load_actors()` parses every file there;
`validate()` returns every problem at once (not just the first) so a schema test can show
the whole list: missing fields, bad dates, dangling affiliation targets, and aliases that
would make two actors active at the same time indistinguishable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterable

from rasad.datafiles import DataFileError, data_path, load_yaml
from rasad.text.normalise import normalise_phrase

ACTORS_DIR = data_path("actors")

ID_RE = re.compile(r"^[a-z0-9_.]+$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KINDS = frozenset(
    {
        "state_force", "rebel_group", "political_militia", "identity_militia", "party",
        "government", "foreign_force", "igo", "civilians", "protesters", "media", "ngo", "other",
    }
)
AFFILIATION_TYPES = frozenset(
    {"merged_into", "joined", "split_from", "pledged_to", "expelled_from", "parent",
     "allied_with", "renamed_from", "dissolved"}
)
REQUIRED = ("id", "name_ar", "name_en", "aliases_ar", "inter", "kind", "countries")
OPTIONAL = ("short_ar", "local_aliases_ar", "aliases_en", "active_from", "active_to", "affiliations", "generic")

_FAR_PAST = date(1, 1, 1)
_FAR_FUTURE = date(9999, 12, 31)


def parse_partial_date(value: Any, *, end: bool = False) -> date | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a date: the period's first day, or its last if `end`."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    if not DATE_RE.match(text):
        raise ValueError(f"bad date {value!r} (want YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        y, m = parts
        if not end:
            return date(y, m, 1)
        return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)


@dataclass(frozen=True)
class Affiliation:
    """A dated link from one actor to another («renamed_from sy.jfs on 2017-01-28»)."""

    type: str
    target: str
    date: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class Actor:
    """One entry of the dictionary, as written in YAML plus its source file."""

    id: str
    name_ar: str
    name_en: str
    aliases_ar: tuple[str, ...]
    inter: int | None
    kind: str
    countries: tuple[str, ...]
    short_ar: tuple[str, ...] = ()
    # Descriptions that name the actor only in an article of its own countries («مقاتلو العشائر»
    # are Iraq's Tribal Mobilization in Anbar, Somali clan fighters in Hiraan).
    local_aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    active_from: str | None = None
    active_to: str | None = None
    affiliations: tuple[Affiliation, ...] = ()
    generic: bool = False
    source: str = ""
    _period: tuple[date, date] = field(default=(_FAR_PAST, _FAR_FUTURE), compare=False, repr=False)

    @property
    def period(self) -> tuple[date, date]:
        """Half-open [from, to) active period; unknown ends are open."""
        return self._period

    def active_on(self, day: date) -> bool:
        start, end = self._period
        return start <= day < end

    def distance(self, day: date) -> int:
        """Days between `day` and the active period (0 when inside it)."""
        start, end = self._period
        if day < start:
            return (start - day).days
        if day >= end:
            return (day - end).days + 1
        return 0

    @property
    def complete(self) -> bool:
        """Usable for linking and reporting: names in both languages, an alias, a type, a country."""
        return bool(self.name_ar and self.name_en and self.aliases_ar and self.inter and self.kind
                    and self.countries)

    def all_arabic_names(self) -> tuple[str, ...]:
        """The canonical Arabic name and its aliases (not the anaphoric short forms)."""
        return (self.name_ar, *self.aliases_ar)


def _as_tuple(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataFileError(f"{where}: '{key}' should be a list of strings")
    return tuple(v for v in value if v.strip())


def parse_actor(raw: Any, where: str) -> Actor:
    """Build an `Actor` from one YAML mapping, raising `DataFileError` on a malformed entry."""
    if not isinstance(raw, dict):
        raise DataFileError(f"{where}: expected a mapping, got {type(raw).__name__}")
    for key in REQUIRED:
        if key not in raw:
            raise DataFileError(f"{where}: missing field '{key}'")
    unknown = set(raw) - set(REQUIRED) - set(OPTIONAL)
    if unknown:
        raise DataFileError(f"{where}: unknown field(s) {sorted(unknown)}")
    aid = raw["id"]
    if not isinstance(aid, str) or not ID_RE.match(aid):
        raise DataFileError(f"{where}: bad id {aid!r}")
    source = where.split("[", 1)[0]
    where = f"{where} ({aid})"
    inter = raw["inter"]
    if inter is not None and (not isinstance(inter, int) or isinstance(inter, bool) or not 1 <= inter <= 8):
        raise DataFileError(f"{where}: inter must be 1..8 or null, got {inter!r}")
    if raw["kind"] not in KINDS:
        raise DataFileError(f"{where}: unknown kind {raw['kind']!r}")
    for key in ("name_ar", "name_en"):
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise DataFileError(f"{where}: '{key}' must be a non-empty string")
    try:
        start = parse_partial_date(raw.get("active_from"))
        end = parse_partial_date(raw.get("active_to"))
    except ValueError as exc:
        raise DataFileError(f"{where}: {exc}") from exc
    if start and end and end < start:
        raise DataFileError(f"{where}: active_to before active_from")
    affs: list[Affiliation] = []
    for i, a in enumerate(raw.get("affiliations") or []):
        if not isinstance(a, dict) or "type" not in a or "target" not in a:
            raise DataFileError(f"{where}: affiliation {i} needs type and target")
        if a["type"] not in AFFILIATION_TYPES:
            raise DataFileError(f"{where}: affiliation {i} has unknown type {a['type']!r}")
        try:
            parse_partial_date(a.get("date"))
            parse_partial_date(a.get("until"))
        except ValueError as exc:
            raise DataFileError(f"{where}: affiliation {i}: {exc}") from exc
        affs.append(Affiliation(a["type"], str(a["target"]),
                                None if a.get("date") is None else str(a["date"]),
                                None if a.get("until") is None else str(a["until"])))
    countries = _as_tuple(raw["countries"], where, "countries")
    if any(not re.match(r"^[A-Z]{2}$", c) for c in countries):
        raise DataFileError(f"{where}: countries must be ISO alpha-2 codes")
    generic = raw.get("generic", False)
    if not isinstance(generic, bool):
        raise DataFileError(f"{where}: 'generic' must be true or false")
    return Actor(
        id=aid,
        name_ar=raw["name_ar"].strip(),
        name_en=raw["name_en"].strip(),
        aliases_ar=_as_tuple(raw["aliases_ar"], where, "aliases_ar"),
        inter=inter,
        kind=raw["kind"],
        countries=countries,
        short_ar=_as_tuple(raw.get("short_ar"), where, "short_ar"),
        local_aliases_ar=_as_tuple(raw.get("local_aliases_ar"), where, "local_aliases_ar"),
        aliases_en=_as_tuple(raw.get("aliases_en"), where, "aliases_en"),
        active_from=None if raw.get("active_from") is None else str(raw["active_from"]),
        active_to=None if raw.get("active_to") is None else str(raw["active_to"]),
        affiliations=tuple(affs),
        generic=generic,
        source=source,
        _period=(start or _FAR_PAST, end or _FAR_FUTURE),
    )


def load_file(path: Path) -> list[Actor]:
    """Every actor of one YAML file (an empty file is an empty list)."""
    raw = load_yaml(path)
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise DataFileError(f"{path.name}: expected a list of actors")
    return [parse_actor(entry, f"{path.name}[{i}]") for i, entry in enumerate(raw)]


def actor_files(directory: Path | None = None) -> list[Path]:
    return sorted((directory or ACTORS_DIR).glob("*.yaml"))


def load_actors(directory: Path | None = None) -> list[Actor]:
    """All actors of all files, in file then entry order."""
    actors: list[Actor] = []
    for path in actor_files(directory):
        actors.extend(load_file(path))
    return actors


def _overlap(a: Actor, b: Actor) -> bool:
    return a.period[0] < b.period[1] and b.period[0] < a.period[1]


def _share_a_country(a: Actor, b: Actor) -> bool:
    """Both may be named in one country's news: the linker tells apart only actors of different
    countries by the article's country («فاغنر»: Libya's in Libyan news, Mali's in Malian)."""
    return not a.countries or not b.countries or bool(set(a.countries) & set(b.countries))


def alias_conflicts(actors: Iterable[Actor]) -> list[str]:
    """Aliases (normalised) shared by two actors of one country whose active periods overlap."""
    by_key: dict[str, list[Actor]] = {}
    for actor in actors:
        for name in {normalise_phrase(n) for n in actor.all_arabic_names()}:
            if name:
                by_key.setdefault(name, []).append(actor)
    problems = []
    for key, owners in sorted(by_key.items()):
        for i, a in enumerate(owners):
            for b in owners[i + 1:]:
                if a.id != b.id and _overlap(a, b) and _share_a_country(a, b):
                    problems.append(f"alias «{key}» maps to both {a.id} and {b.id} in overlapping periods")
    return problems


def validate(actors: list[Actor]) -> list[str]:
    """Every cross-entry problem: duplicate ids, dangling targets, alias clashes."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for a in actors:
        if a.id in seen:
            problems.append(f"duplicate id {a.id} ({seen[a.id]} and {a.source})")
        seen[a.id] = a.source
    for a in actors:
        for aff in a.affiliations:
            if aff.target not in seen:
                problems.append(f"{a.id}: affiliation target {aff.target} does not exist")
    problems.extend(alias_conflicts(actors))
    return problems
