"""Raids on villages, fronts named before the fight, and the parties that back a side.

Each row: our own sentence in the style of an Arabic outlet → the (event_type,
sub_event_type, place, actor1, actor2, associated actors) of its events in text order.
"""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # An attack on villages that nobody armed answers, with homes burnt and herds looted,
    # is violence against civilians, one event per village.
    ("هاجمت قوات الدعم السريع، يوم السبت الماضي، قرى كورما وأبو زريقة جنوب غربي الفاشر، وأحرقت عشرات المنازل ونهبت الماشية.",
     [("Violence against civilians", "Attack", "كورما", "sd.rsf", "gen.civilians:SD", []),
      ("Violence against civilians", "Attack", "أبو زريقة", "sd.rsf", "gen.civilians:SD", [])]),
    # An attack that is answered stays a battle.
    ("هاجمت قوات الدعم السريع مواقع الجيش السوداني في مدينة الفاشر يوم السبت الماضي.",
     [("Battles", "Armed clash", "الفاشر", "sd.rsf", "sd.military", [])]),
    # Fronts named first («وفي جبهات أ وب، تواصلت المعارك»): one battle per front; tribesmen
    # «مسنودة برجال القبائل» back the army, they are not its enemy.
    ("وفي جبهات صرواح والكسارة غربي المحافظة، تواصلت المعارك العنيفة أمس بين قوات الجيش الوطني مسنودة برجال القبائل ومسلحي جماعة الحوثي.",
     [("Battles", "Armed clash", "صرواح", "ye.military", "ye.houthis", ["gen.tribal_militia:YE"]),
      ("Battles", "Armed clash", "الكسارة", "ye.military", "ye.houthis", ["gen.tribal_militia:YE"])]),
    # Settlers who burn homes destroy property; settlers who beat farmers attack civilians.
    ("أضرم مستوطنون، مساء أمس، النار في منازل ومركبات للمواطنين في بلدة ترمسعيا شمال شرق رام الله.",
     [("Strategic developments", "Looting/property destruction", "ترمسعيا", "ps.settlers", "gen.civilians:PS", [])]),
    ("اعتدى مستوطنون بالضرب على مزارعين في بلدة بيت أمر شمال الخليل صباح أمس.",
     [("Violence against civilians", "Attack", "بيت أمر", "ps.settlers", "gen.civilians:PS", [])]),
    # A feud between two families or clans is a clash of a clan militia of the country.
    ("اندلع نزاع عشائري مسلح ليل أمس بين عشيرتين في قضاء الدير شمالي البصرة.",
     [("Battles", "Armed clash", "الدير", "gen.tribal_militia:IQ", None, [])]),
    ("تطور إشكال مسلح ليل أمس إلى تبادل لإطلاق النار بين عائلتين في بلدة بريتال قضاء بعلبك.",
     [("Battles", "Armed clash", "بريتال", "gen.tribal_militia:LB", None, [])]),
    # «لقي مصرعه بنيران/برصاص مسلحين»: a killing told by its victim's death; a village head is a civilian.
    ("لقي مختار منطقة حي الجهاد غربي بغداد مصرعه بنيران أسلحة كاتمة للصوت أطلقها مسلحون أمام منزله مساء أمس.",
     [("Violence against civilians", "Attack", "حي الجهاد", "gen.unidentified:IQ", "gen.civilians:IQ", [])]),
    # A pipeline blown up is an explosion; a house blown up is destruction of property.
    ("فجر مجهولون خط أنابيب الغاز في منطقة المساعيد غربي العريش فجر اليوم.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "المساعيد", "gen.unidentified:EG", None, [])]),
    ("وفجر الحوثيون أمس منزل أحد مشايخ القبيلة في مديرية ردمان.",
     [("Strategic developments", "Looting/property destruction", "ردمان", "ye.houthis", None, [])]),
    # Civilians led away to an unknown place are abducted; the group that led them is actor1.
    ("اقتاد عناصر من تنظيم داعش أكثر من عشرين مدنيا من قرية الشحيل في ريف دير الزور الشرقي إلى جهة مجهولة أمس.",
     [("Violence against civilians", "Abduction/forced disappearance", "الشحيل", "int.is", "gen.civilians:SY", [])]),
    # Seizing vehicles or weapons takes no ground; seizing a town does.
    ("قالت حركة الشباب إنها استولت أمس على ثلاث عربات عسكرية قرب بلدة جلب.", []),
    ("استولى مسلحو حركة الشباب أمس على بلدة جلب في إقليم جوبا الوسطى.",
     [("Battles", "Non-state actor overtakes territory", "جلب", "so.shabaab", None, [])]),
    # Ground taken without a fight is a non-violent transfer; taken after battles, a battle.
    ("استعاد الجيش الصومالي أمس بلدة عدن يابال بعد انسحاب مقاتلي حركة الشباب منها دون قتال.",
     [("Strategic developments", "Non-violent transfer of territory", "عدن يابال", "so.military", "so.shabaab", [])]),
    ("استعادت قوات النظام أمس بلدة كفرنبودة بعد معارك عنيفة مع الفصائل.",
     [("Battles", "Government regains territory", "كفرنبودة", "sy.military", None, [])]),
    # The fighting named again at a town already taken is that taking: its toll goes there.
    ("سيطرت قوات النظام السوري أمس على بلدتي كفرنبودة والهبيط في ريف حماة الشمالي. وقال مصدر عسكري إن المعارك في كفرنبودة أسفرت عن مقتل 20 مسلحا من الفصائل.",
     [("Battles", "Government regains territory", "كفرنبودة", "sy.military", None, []),
      ("Battles", "Government regains territory", "الهبيط", "sy.military", None, [])]),
]


def _events(text: str) -> list[tuple]:
    events = sorted(extract(text, published="2014-03-05")["events"],
                    key=lambda e: (e["trigger"]["start"], (e.get("location") or {}).get("start", 0)))
    return [(e["event_type"], e["sub_event_type"], (e.get("location") or {}).get("name_ar"), e["actor1"], e["actor2"],
             e["assoc_actors"]) for e in events]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_raids_and_fronts(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_retold_fighting_brings_its_toll() -> None:
    text = CASES[-1][0]
    tolls = {(e.get("location") or {}).get("name_ar"): e["fatalities"] for e in extract(text, published="2019-05-10")["events"]}
    assert tolls == {"كفرنبودة": 20, "الهبيط": None}
