"""A weapon named as a strike's means is that strike, not a second event.

Each row: a sentence in the style of Arabic conflict news (our own writing) → the exact
(sub-type, place) pairs of its Explosions/Remote violence events, in text order.
"""

from __future__ import annotations

import pytest

from rasad import extract

STRIKE = "Explosions/Remote violence"

CASES = [
    # «بالصواريخ» after «قصفت الطائرات»: one air strike, not an air strike and a shelling.
    ("قصفت الطائرات الحربية بلدة كفرنبل بالصواريخ أمس الجمعة، ما أدى إلى مقتل ثلاثة مدنيين.",
     [("Air/drone strike", "كفرنبل")]),
    ("شنت طائرات التحالف غارات على مدينة الرقة بصواريخ موجهة يوم الاثنين.",
     [("Air/drone strike", "الرقة")]),
    # A quantity word carries the «ب»: «بعدة قذائف», «بعشرات الصواريخ».
    ("استهدفت المروحيات أحياء مدينة داريا بعدة براميل متفجرة صباح اليوم.",
     [("Air/drone strike", "داريا")]),
    ("قصفت قوات النظام مدينة خان شيخون بعشرات القذائف المدفعية مساء أمس.",
     [("Shelling/artillery/missile attack", "خان شيخون")]),
    # A weapon that is the subject, with no strike before it, is the event itself.
    ("سقطت ثلاثة صواريخ على حي الحمدانية في مدينة حلب صباح اليوم.",
     [("Shelling/artillery/missile attack", "حي الحمدانية")]),
    # A strike in another clause does not absorb it: «… ثم سقطت قذائف على …».
    ("شنت الطائرات الحربية غارة على بلدة سراقب، ثم سقطت قذائف هاون على مدينة إدلب.",
     [("Air/drone strike", "سراقب"), ("Shelling/artillery/missile attack", "إدلب")]),
    # An aircraft that drops bombs strikes from the air, one event per village.
    ("قالت الحركة الشعبية إن طائرة أنتونوف تابعة لسلاح الجو السوداني ألقت، أمس الأحد، أكثر من عشرين قنبلة على قرى كاودا وهيبان في ولاية جنوب كردفان.",
     [("Air/drone strike", "كاودا"), ("Air/drone strike", "هيبان")]),
    # A hand grenade thrown by a man is no air strike.
    ("ألقى مجهول قنبلة يدوية على منزل في مدينة زليتن أمس.", [("Grenade", "زليتن")]),
    # A passive strike on a list of towns: one event per town.
    ("وفي ريف إدلب الجنوبي، استُهدفت بلدات البارة وكنصفرة وفليفل بقذائف المدفعية مساء أمس.",
     [("Shelling/artillery/missile attack", "البارة"), ("Shelling/artillery/missile attack", "كنصفرة"),
      ("Shelling/artillery/missile attack", "فليفل")]),
    # Rockets another party says it intercepted, in a clause of its own, were still fired.
    ("أعلنت كتائب القسام أمس قصف مدينة تل أبيب بعدد من الصواريخ، فيما قال الجيش الإسرائيلي إن منظومة القبة الحديدية اعترضت معظمها.",
     [("Shelling/artillery/missile attack", "تل أبيب")]),
    # A tank's shells named with a pronoun («قذائفها») are the strike.
    ("أطلقت دبابات إسرائيلية قذائفها باتجاه منازل المواطنين شرقي بلدة بيت حانون فجر اليوم.",
     [("Shelling/artillery/missile attack", "بيت حانون")]),
    # A list that names each item's city goes on after it («… بإدلب ومدينة اللطامنة بحماة»).
    ("قصفت الطائرات أمس مدينتي سراقب وكفرنبل بإدلب ومدينة اللطامنة بحماة.",
     [("Air/drone strike", "سراقب"), ("Air/drone strike", "كفرنبل"), ("Air/drone strike", "اللطامنة")]),
    # The weapons a clash was fought with are the clash's: no strike of their own.
    ("تجددت الاشتباكات ليل أمس على محوري باب التبانة وجبل محسن في طرابلس، واستخدمت فيها الأسلحة الرشاشة والقذائف الصاروخية.", []),
    ("اندلعت اشتباكات عنيفة أمس بين الجيش ومسلحين في مدينة الرمادي بالأسلحة الثقيلة والقذائف.", []),
    # Shells that fell elsewhere while the fighting went on are a strike.
    ("دارت اشتباكات أمس في محيط مدينة الرمادي، فيما سقطت قذائف هاون على حي الملعب.",
     [("Shelling/artillery/missile attack", "الملعب")]),
]


def _strikes(text: str) -> list[tuple[str, str | None]]:
    record = extract(text, published="2016-05-10")
    events = [e for e in record["events"] if e["event_type"] == STRIKE]
    events.sort(key=lambda e: (e["trigger"]["start"], (e.get("location") or {}).get("start", 0)))
    return [(e["sub_event_type"], (e.get("location") or {}).get("name_ar")) for e in events]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_weapon_as_means_is_one_strike(text: str, expected: list[tuple[str, str]]) -> None:
    assert _strikes(text) == expected


# An attack made with remote weapons alone is the weapons' strike, one event; with small arms
# or a fight beside them it stays a battle. Row: our own sentence → (type, sub-type) of every event.
ATTACKS = [
    ("هاجمت قوات الدعم السريع سوق مدينة الفاشر بالمدفعية الثقيلة ما أدى إلى مقتل تسعة مدنيين بينهم طفلان.",
     [(STRIKE, "Shelling/artillery/missile attack")]),
    ("هاجمت قوات الدعم السريع مدينة الفاشر بقذائف الهاون ما أدى إلى مقتل أربعة مدنيين.",
     [(STRIKE, "Shelling/artillery/missile attack")]),
    ("هاجم مسلحو حركة الشباب القاعدة العسكرية في بلدة بريري بقذائف الهاون والأسلحة الرشاشة.",
     [("Battles", "Armed clash")]),
]


@pytest.mark.parametrize(("text", "expected"), ATTACKS, ids=[f"attack{i}" for i in range(len(ATTACKS))])
def test_attack_with_remote_weapons_is_their_strike(text: str, expected: list[tuple[str, str]]) -> None:
    events = extract(text, published="2021-11-18")["events"]
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == expected
