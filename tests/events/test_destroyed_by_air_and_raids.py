"""What aircraft destroy, raids that kill armed men, RPG fire and a group's name in quotes.
Our own sentences.

- «دمر سلاح الجو مقرات للمسلحين في بلدتي أ وب»: air strikes on each town, and the army the air
  force belongs to is not their target;
- «مقتل خمسة مسلحين خلال مداهمة نفذتها قوات الأمن»: the state's forces that kill armed men
  fight them (Battles), they do not attack civilians;
- «استهدف المسلحون الحاجز بقذائف آر بي جي»: direct fire of an attack, not a shelling of its own;
- «تجمعات مسلحي «جبهة النصرة» فيها»: no place name runs on past a closing quote mark.
"""

from __future__ import annotations

import pytest

from rasad import extract


def _events(text: str, published: str) -> list[dict]:
    return extract(text, published)["events"]


@pytest.mark.parametrize("text,towns", [
    ("حلب - سانا: دمر سلاح الجو في الجيش العربي السوري اليوم مقرات وآليات للإرهابيين في بلدتي خان طومان والعيس بريف حلب الجنوبي.",
     {"خان طومان", "العيس"}),
    ("إدلب - دمرت طائرات حربية روسية مساء أمس مستودعاً للذخيرة في بلدة سراقب.", {"سراقب"}),
])
def test_what_aircraft_destroy_they_struck(text: str, towns: set[str]) -> None:
    strikes = [e for e in _events(text, "2016-09-02") if e["sub_event_type"] == "Air/drone strike"]
    assert {e["location"]["name_ar"] for e in strikes if e["location"]} >= towns
    assert all(e["actor2"] != "sy.military" for e in strikes)


@pytest.mark.parametrize("text", [
    "دمر الزلزال عشرات المنازل في بلدة جنديرس فجر اليوم.",
    "دمرت السيول جسراً على الطريق بين المدينتين أمس.",
])
def test_destruction_without_aircraft_is_no_strike(text: str) -> None:
    assert not [e for e in _events(text, "2023-02-06") if e["event_type"] == "Explosions/Remote violence"]


@pytest.mark.parametrize("text", [
    "العريش - أعلن المتحدث العسكري مقتل خمسة مسلحين خلال مداهمة نفذتها قوات الجيش في قرية المهدية جنوب رفح.",
    "درعا - أعلنت مديرية الأمن مقتل ثلاثة مسلحين خلال مداهمة نفذتها قوة أمنية في منطقة الشيخ مسكين.",
    "بعقوبة - أعلن الجيش مقتل أربعة مسلحين مجهولين خلال عملية دهم في قرية الزهيرات فجر اليوم.",
])
def test_state_forces_that_kill_armed_men_fight_them(text: str) -> None:
    events = _events(text, "2017-02-08")
    assert events and events[0]["event_type"] == "Battles"


def test_rpg_fire_on_a_checkpoint_is_no_shelling() -> None:
    text = ("العريش - هاجم مسلحون كميناً للجيش جنوب المدينة فجر اليوم، واستهدفوا الكمين بقذائف «آر بي جي» "
            "وأسلحة رشاشة قبل أن يفروا.")
    assert not [e for e in _events(text, "2017-02-08") if e["sub_event_type"] == "Shelling/artillery/missile attack"]


def test_a_place_name_stops_at_a_closing_quote() -> None:
    text = ("ريف حلب - أحكمت وحدات من الجيش سيطرتها على تلة استراتيجية بعد القضاء على آخر تجمعات مسلحي "
            "«جبهة النصرة» فيها.")
    places = [e["location"]["name_ar"] for e in _events(text, "2016-09-02") if e["location"]]
    assert not [p for p in places if "»" in p or "فيها" in p]


@pytest.mark.parametrize("text", [
    "الموصل - حررت قطعات الجيش قرية الشورة بعد معارك مع عناصر داعش أسفرت عن قتل 30 إرهابياً وتدمير 6 عجلات مفخخة.",
    "تلعفر - استعادت القوات العراقية السيطرة على قرية العياضية بعد اشتباكات مع داعش أسفرت عن تدمير سيارتين مفخختين.",
])
def test_car_bombs_a_fight_destroyed_are_no_blast_of_their_own(text: str) -> None:
    events = _events(text, "2017-08-20")
    assert events and not [e for e in events if e["event_type"] == "Explosions/Remote violence"]


@pytest.mark.parametrize("text,attacker", [
    ("نيامي - أ ف ب: هاجم مسلحون يرجح انتماؤهم لتنظيم الدولة ثكنة للجيش في ولاية تيلابيري وقتلوا ستة جنود.", "int.is_sahel"),
    ("بلدوين - قتل مسلحون يعتقد أنهم من حركة الشباب ثلاثة مدنيين في قرية قرب المدينة.", "so.shabaab"),
])
def test_gunmen_told_as_likely_of_a_group_are_its_men(text: str, attacker: str) -> None:
    events = _events(text, "2022-05-10")
    assert events and events[0]["actor1"] == attacker
    assert not (events[0]["actor2"] or "").startswith("gen.unidentified")


@pytest.mark.parametrize("text,expected", [
    ("واغادوغو - أعلنت هيئة الأركان أن سلاح الجو نفذ ضربات دقيقة على تجمعات إرهابية قرب بلدة جيبو.", "Air/drone strike"),
    ("موبتي - أحرق مسلحون قرية في منطقة موبتي واستولوا على ماشيتهم.", "Looting/property destruction"),
])
def test_strikes_told_in_the_masculine_and_livestock_seized(text: str, expected: str) -> None:
    events = _events(text, "2023-05-10")
    assert events and {e["sub_event_type"] for e in events} == {expected}
