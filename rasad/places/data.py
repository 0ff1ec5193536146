"""Loaders for the curated place files in `rasad/data/places/`, each checked against its schema.

The curated files hold what no installed source has (camps, air bases, front-line villages,
ACLED admin1 spellings, the stoplist). A malformed row fails loudly with file and line,
so a bad edit is caught by the tests rather than by a wrong coordinate in the output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rasad.datafiles import load_yaml

FEATURES = ("country", "admin1", "admin2", "admin3", "town", "area", "site")
_ISO_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
_PAREN_RE = re.compile(r"\s*\([^)]*\)\s*")


class CuratedDataError(ValueError):
    """A curated data file breaks its schema."""


def data_dir() -> Path:
    """Folder of the curated place files shipped with the package."""
    return Path(__file__).resolve().parents[1] / "data" / "places"


@dataclass(frozen=True)
class Admin1Row:
    country: str
    iso: str
    geonames: str | None
    name_en: str
    name_ar: str
    aliases_ar: tuple[str, ...]


@dataclass(frozen=True)
class CountryRow:
    cc: str
    en: str
    names_ar: tuple[str, ...]
    lat: float
    lon: float
    nisba: tuple[str, ...] = ()  # nationality adjectives, masculine singular («سوري»)
    capital: str | None = None  # the capital's name, for «العاصمة» told bare (rasad/places/capitals.py)


@dataclass(frozen=True)
class SiteRow:
    country: str
    admin1: str | None
    feature: str
    lat: float
    lon: float
    name_en: str
    names_ar: tuple[str, ...]  # display form first; «(…)» qualifiers stripped for matching
    display_ar: str
    source_file: str


@dataclass(frozen=True)
class StopRow:
    name: str
    action: str  # drop: never a place | cue: only after a place word or preposition | strong: only after a place word
    note: str


def _tsv_rows(path: Path, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TAB file with a header naming exactly `columns`; '#' lines are comments."""
    out: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if header != columns:
                raise CuratedDataError(f"{path.name}:{lineno}: header {header} != {columns}")
            continue
        if len(cells) != len(header):
            raise CuratedDataError(f"{path.name}:{lineno}: {len(cells)} cells, expected {len(header)}")
        out.append((lineno, dict(zip(header, (c.strip() for c in cells)))))
    return out


def _float(value: str, lo: float, hi: float, where: str) -> float:
    try:
        f = float(value)
    except ValueError as exc:
        raise CuratedDataError(f"{where}: not a number: {value!r}") from exc
    if not lo <= f <= hi:
        raise CuratedDataError(f"{where}: {f} outside [{lo}, {hi}]")
    return f


def strip_qualifier(name: str) -> str:
    """«الأشرفية (بيروت)» → «الأشرفية»: the qualifier is for people, not for matching."""
    return _PAREN_RE.sub(" ", name).strip()


def load_admin1(folder: Path | None = None) -> list[Admin1Row]:
    path = (folder or data_dir()) / "admin1.tsv"
    rows = []
    for lineno, r in _tsv_rows(path, ["country", "iso", "geonames", "name_en", "name_ar", "aliases_ar"]):
        where = f"{path.name}:{lineno}"
        if not _ISO_RE.match(r["iso"]) or not r["iso"].startswith(r["country"] + "-"):
            raise CuratedDataError(f"{where}: bad ISO code {r['iso']!r}")
        if not r["name_en"] or not r["name_ar"]:
            raise CuratedDataError(f"{where}: empty name")
        aliases = tuple(a.strip() for a in r["aliases_ar"].split("|") if a.strip())
        rows.append(Admin1Row(r["country"], r["iso"], r["geonames"] or None, r["name_en"], r["name_ar"], aliases))
    return rows


_COUNTRY_KEYS = {"cc", "en", "ar", "lat", "lon", "nisba", "capital"}


def load_countries(folder: Path | None = None) -> list[CountryRow]:
    path = (folder or data_dir()) / "countries.yaml"
    items = load_yaml(path)
    if not isinstance(items, list):
        raise CuratedDataError(f"{path.name}: expected a list")
    rows = []
    for i, it in enumerate(items):
        where = f"{path.name}[{i}]"
        if not isinstance(it, dict) or not {"cc", "en", "ar", "lat", "lon"} <= set(it) <= _COUNTRY_KEYS:
            raise CuratedDataError(f"{where}: keys must be cc, en, ar, lat, lon (and nisba, capital)")
        if not re.fullmatch(r"[A-Z]{2}", str(it["cc"])) or not it["ar"]:
            raise CuratedDataError(f"{where}: bad cc or empty ar")
        nisba = it.get("nisba", [])
        if not isinstance(nisba, list) or not all(isinstance(n, str) and n.strip() for n in nisba):
            raise CuratedDataError(f"{where}: nisba must be a list of words")
        capital = it.get("capital")
        if capital is not None and (not isinstance(capital, str) or not capital.strip()):
            raise CuratedDataError(f"{where}: capital must be a name")
        rows.append(CountryRow(it["cc"], it["en"], tuple(str(a) for a in it["ar"]),
                               _float(str(it["lat"]), -90, 90, where), _float(str(it["lon"]), -180, 180, where),
                               tuple(n.strip() for n in nisba), capital.strip() if capital else None))
    return rows


def load_sites(folder: Path | None = None) -> list[SiteRow]:
    """Every `sites_*.tsv` row: curated towns, neighbourhoods, camps, bases, crossings, areas."""
    folder = folder or data_dir()
    cols = ["country", "admin1", "feature", "lat", "lon", "name_en", "names_ar"]
    rows = []
    for path in sorted(folder.glob("sites_*.tsv")):
        for lineno, r in _tsv_rows(path, cols):
            where = f"{path.name}:{lineno}"
            if r["feature"] not in ("town", "area", "site"):
                raise CuratedDataError(f"{where}: feature {r['feature']!r} not town/area/site")
            if r["admin1"] and (not _ISO_RE.match(r["admin1"]) or not r["admin1"].startswith(r["country"] + "-")):
                raise CuratedDataError(f"{where}: bad admin1 {r['admin1']!r}")
            raw = [n.strip() for n in r["names_ar"].split("|") if n.strip()]
            if not raw or not r["name_en"]:
                raise CuratedDataError(f"{where}: empty name")
            names = tuple(dict.fromkeys(strip_qualifier(n) for n in raw))
            rows.append(SiteRow(r["country"], r["admin1"] or None, r["feature"],
                                _float(r["lat"], -90, 90, where), _float(r["lon"], -180, 180, where),
                                r["name_en"], names, strip_qualifier(raw[0]), path.name))
    return rows


@dataclass(frozen=True)
class BundledRow:
    """One row of the bundled `gazetteer.tsv` (built by rasad.places.build_data)."""

    id: str
    country: str
    admin1: str | None
    feature: str
    lat: float | None
    lon: float | None
    population: int
    name_en: str
    names_ar: tuple[str, ...]

    @property
    def source(self) -> str:
        return self.id.split(":", 1)[0]


BUNDLED_COLUMNS = ["id", "country", "admin1", "feature", "lat", "lon", "population", "name_en", "names_ar"]


def load_bundled(folder: Path | None = None) -> list[BundledRow]:
    """The bundled gazetteer rows; an absent file is an empty list (a source checkout mid-build)."""
    path = (folder or data_dir()) / "gazetteer.tsv"
    if not path.is_file():
        return []
    rows = []
    for lineno, r in _tsv_rows(path, BUNDLED_COLUMNS):
        where = f"{path.name}:{lineno}"
        if ":" not in r["id"] or r["feature"] not in FEATURES:
            raise CuratedDataError(f"{where}: bad id or feature")
        if r["admin1"] and (not _ISO_RE.match(r["admin1"]) or not r["admin1"].startswith(r["country"] + "-")):
            raise CuratedDataError(f"{where}: bad admin1 {r['admin1']!r}")
        if bool(r["lat"]) != bool(r["lon"]):
            raise CuratedDataError(f"{where}: lat and lon go together")
        names = tuple(n for n in r["names_ar"].split("|") if n)
        if not names:
            raise CuratedDataError(f"{where}: no Arabic name")
        rows.append(BundledRow(r["id"], r["country"], r["admin1"] or None, r["feature"],
                               _float(r["lat"], -90, 90, where) if r["lat"] else None,
                               _float(r["lon"], -180, 180, where) if r["lon"] else None,
                               int(r["population"] or 0), r["name_en"], names))
    return rows


def load_stoplist(folder: Path | None = None) -> list[StopRow]:
    path = (folder or data_dir()) / "stoplist.tsv"
    rows = []
    for lineno, r in _tsv_rows(path, ["name", "action", "note"]):
        if r["action"] not in ("drop", "cue", "strong"):
            raise CuratedDataError(f"{path.name}:{lineno}: action must be drop, cue or strong")
        rows.append(StopRow(r["name"], r["action"], r["note"]))
    return rows
