"""Names as outlets print them: an en dash inside a name, «لـ» before a name that opens on a
lam («للجان» is «لـ» + «اللجان»). Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("2023-06-20", "شنت قوات الحركة الشعبية لتحرير السودان – شمال هجوماً على حامية الجيش في منطقة الكويك قرب كادقلي.",
     "SPLM-N - Sudan People's Liberation Movement-North (al-Hilu)"),
    ("2022-10-17", "اشتبك مقاتلون محليون تابعون للجان المركزية مع خلية لتنظيم الدولة في مدينة جاسم بريف درعا.",
     "Central Committees (Daraa)"),
    ("2022-05-10", "قُتل عنصران تابعان للواء الثامن باشتباك مع مسلحين مجهولين في مدينة بصرى الشام بريف درعا الشرقي.",
     "8th Brigade (Syria)"),
]


@pytest.mark.parametrize("published,text,actor", CASES)
def test_the_group_is_linked(published: str, text: str, actor: str) -> None:
    rec = extract(text, published)
    names = {a["id"]: a["name_en"] for a in rec["actors"]}
    assert actor in {names.get(e.get("actor1")) for e in rec["events"]} | {names.get(e.get("actor2")) for e in rec["events"]}

