"""Names of the Lake Chad war: Chad's FACT rebels under their short name (not two places,
«التغيير» and «الوفاق»), and the Sambisa forest of Borno. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # (text, published, actor the event names, admin1 of its place)
    ("أنجامينا – قتل ستة جنود تشاديين في معارك مع متمردي جبهة التغيير والوفاق في منطقة كانم أمس الأحد.",
     "2021-04-19", "ly.fact", "TD-KA"),
    ("قتل الجيش النيجيري 11 من مسلحي بوكو حرام في غابة سامبيسا يوم الجمعة.", "2016-11-13", "int.boko_haram", "NG-BO"),
]


@pytest.mark.parametrize(("text", "published", "actor", "admin1"), CASES)
def test_lake_chad_names(text: str, published: str, actor: str, admin1: str) -> None:
    record = extract(text, published=published)
    events = [e for e in record["events"] if e["event_type"] == "Battles"]
    assert events and actor in (events[0]["actor1"], events[0]["actor2"])
    assert events[0]["location"]["admin1_code"] == admin1
    assert all(p["text"] not in ("التغيير", "الوفاق") for p in record["places"])
