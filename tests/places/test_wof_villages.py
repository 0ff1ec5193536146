"""Villages from Who's On First (GeoNames places with Arabic names) and, for Sudan, OpenStreetMap in
the bundled gazetteer:
found where the text marks them as places, and never allowed to pull a known town abroad.
Our own sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasad.places.build_data import wof_rows
from rasad.text.normalise import normalise

FOUND = [
    # sentence, name, admin1, source of the village
    ("اشتبكت قوات الجيش مع عناصر التنظيم في قرية تل دغش بمحافظة نينوى", "تل دغش", "IQ-NI", "wof:"),
    ("سقطت قذائف الحوثيين على قرية أم صيف في محافظة مأرب", "أم صيف", "YE-MA", "wof:"),
    ("اندلعت مشاجرة بالأسلحة النارية بين عائلتين في قرية الميمونة بمحافظة الشرقية", "الميمونة", "EG-SHR", "wof:"),
    # Sudan's villages from OpenStreetMap (the HOT export); Libya's too, their district from WOF's outlines.
    ("هاجمت قوات الدعم السريع قرية أم منقار بولاية الجزيرة ونهبت ممتلكات المواطنين", "أم منقار", "SD-GZ", "osm:"),
    ("اندلعت اشتباكات بين مجموعتين مسلحتين في منطقة بوجرار شرق بنغازي", "بوجرار", "LY-BA", "osm:"),
]


@pytest.mark.parametrize("sentence,name,admin1,source", FOUND)
def test_village_found(resolver, sentence: str, name: str, admin1: str, source: str) -> None:
    m = next(m for m in resolver.find(normalise(sentence)) if name in m.text)
    assert m.admin1_code == admin1 and (m.gazetteer_id or "").startswith(source)


NOT_ABROAD = [
    # An Iraqi hamlet shares «عكار»: the name still says Lebanon, and Tripoli is Lebanon's.
    ("طرابلس – 14 شباط 2021\nعمد شبان غاضبون إلى قطع الطرقات بالإطارات المشتعلة في ساحة النور في طرابلس وفي "
     "بلدة البداوي. وفي عكار، قطع محتجون الطريق الدولية لساعات.", "طرابلس", "LB-AS"),
    # A Yemeni hamlet «حوران», an Iraqi «الجولان» hold no Syrian town told by its bearing from them.
    ("قصفت قوات النظام مدينة نوى غربي حوران", "نوى", "SY-DR"),
    ("سقطت قذائف على بلدة مجدل شمس شمالي الجولان", "مجدل شمس", "SY-QU"),
    ("اقتحم مسلحون موقعاً عسكرياً غرب مدينة العريش شمالي سيناء فجر الأحد", "العريش", "EG-SIN"),
]


@pytest.mark.parametrize("sentence,name,admin1", NOT_ABROAD)
def test_a_hamlet_abroad_moves_no_town(resolver, sentence: str, name: str, admin1: str) -> None:
    m = next(m for m in resolver.find(normalise(sentence)) if name in m.text)
    assert m.admin1_code == admin1


def test_the_future_prefix_opens_no_name(resolver) -> None:
    """«أحياء سكنية»: «س» + «كنية» (a Yemeni hamlet) is an adjective, not a place."""
    found = resolver.find(normalise("قصفت الميليشيا أحياء سكنية في مدينة تعز بقذائف الهاون"))
    assert [m.admin1_code for m in found] == ["YE-TA"]


def _feature(props: dict, geometry: dict | None = None) -> dict:
    return {"type": "Feature", "properties": props, "geometry": geometry}


def test_wof_rows_reads_localities_with_their_region(tmp_path: Path) -> None:
    """A WOF admin repository: a region with its ISO code and outline; a locality named in Arabic
    inside it (kept, admin1 from the outline), its twin 2 km away (dropped), one with no Arabic
    name (dropped) and one superseded (dropped)."""
    square = {"type": "Polygon", "coordinates": [[[43.0, 36.0], [44.0, 36.0], [44.0, 37.0], [43.0, 37.0], [43.0, 36.0]]]}
    records = [
        _feature({"wof:id": 1, "wof:placetype": "region", "wof:concordances": {"iso:code": "IQ-NI"}}, square),
        _feature({"wof:id": 2, "wof:placetype": "locality", "wof:country": "IQ", "name:ara_x_preferred": ["قرية تل الصقور"],
                  "name:eng_x_preferred": ["Tall as Suqur"], "geom:latitude": 36.5, "geom:longitude": 43.5}),
        _feature({"wof:id": 3, "wof:placetype": "locality", "wof:country": "IQ", "name:ara_x_preferred": ["تل الصقور"],
                  "geom:latitude": 36.51, "geom:longitude": 43.51}),
        _feature({"wof:id": 4, "wof:placetype": "locality", "wof:country": "IQ", "name:eng_x_preferred": ["Latin Only"],
                  "geom:latitude": 36.6, "geom:longitude": 43.6}),
        _feature({"wof:id": 5, "wof:placetype": "locality", "wof:country": "IQ", "name:ara_x_preferred": ["الخضراء"],
                  "wof:superseded_by": [6], "geom:latitude": 36.7, "geom:longitude": 43.7}),
    ]
    for rec in records:
        (tmp_path / f"{rec['properties']['wof:id']}.geojson").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    rows = list(wof_rows(tmp_path, {}))
    assert [(r["id"], r["admin1"], r["names_ar"]) for r in rows] == [("wof:2", "IQ-NI", ["تل الصقور"])]


def test_the_bundled_file_round_trips(tmp_path: Path) -> None:
    """A build that keeps the current rows writes them back as they were: a name with a quote
    («Labadah"») is no longer escaped again at every round trip."""
    from rasad.places.build_data import current_rows, write

    row = {"id": "wof:1", "country": "YE", "admin1": "YE-HJ", "feature": "town", "lat": 16.0, "lon": 43.2,
           "population": 8, "name_en": 'Labadah"', "names_ar": ["لبادة"]}
    out = tmp_path / "gazetteer.tsv"
    write([row], out)
    first = out.read_text(encoding="utf-8")
    write(list(current_rows(out)), out)
    assert out.read_text(encoding="utf-8") == first
    assert next(current_rows(out))["name_en"] == 'Labadah"'
