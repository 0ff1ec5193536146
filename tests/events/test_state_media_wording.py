"""State media's wording of its own forces' fights: «الجهات المختصة» are the state's security
forces, and «قضت على عدد من الإرهابيين» is a fight. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("2019-05-01", "اشتبكت الجهات المختصة مع مجموعة إرهابية حاولت التسلل إلى ريف حماة الشمالي.", "Armed clash", 1),
    ("2018-11-03", "ضبطت الجهات الأمنية المختصة خلية إرهابية في مدينة الرمادي واعتقلت أفرادها الأربعة.", "Arrests", 1),
    ("2019-05-01", "دمرت وحدات من الجيش العربي السوري تحصينات في ريف إدلب الجنوبي وقضت على عدد من الإرهابيين.", "Armed clash", 1),
]


@pytest.mark.parametrize("published,text,sub_type,inter", CASES)
def test_the_states_fight(published: str, text: str, sub_type: str, inter: int) -> None:
    rec = extract(text, published)
    inters = {a["id"]: a["inter"] for a in rec["actors"]}
    events = [e for e in rec["events"] if e["sub_event_type"] == sub_type]
    assert events and inters.get(events[0]["actor1"]) == inter


def test_an_arrest_naming_no_one_is_made_by_the_force_named_before() -> None:
    """«… وقال مصدر في شرطة البصرة إن قوة أمنية طوقت المنطقة. واعتقلت ستة …»: the arrest's agent
    is the state force the sentences before it named."""
    rec = extract("قتل شخصان في نزاع عشائري شمالي البصرة. وقال مصدر في شرطة البصرة إن قوة أمنية طوقت المنطقة. "
                  "واعتقلت ستة من المتورطين في النزاع.", "2022-01-09")
    names = {a["id"]: a["name_en"] for a in rec["actors"]}
    arrests = [e for e in rec["events"] if e["sub_event_type"] == "Arrests"]
    assert arrests and names.get(arrests[0]["actor1"]) == "Police Forces of Iraq"


def test_the_force_after_an_arrest_noun_arrests() -> None:
    rec = extract("وجاء ذلك بعد اعتقال الأمن العسكري أربعة شبان من بلدة إنخل يوم الأربعاء الماضي.", "2019-11-17")
    inters = {a["id"]: a["inter"] for a in rec["actors"]}
    arrests = [e for e in rec["events"] if e["sub_event_type"] == "Arrests"]
    assert arrests and inters.get(arrests[0]["actor1"]) == 1


@pytest.mark.parametrize("published,text", [
    # «التنظيمات الإرهابية»: the armed groups a state's agency names by no name fire the shells
    ("2016-06-15", "حلب-سانا: أصيب سبعة مواطنين جراء اعتداء التنظيمات الإرهابية بالقذائف الصاروخية على حي الحمدانية."),
    ("2015-03-02", "دمشق-سانا: سقطت قذائف أطلقتها المجموعات الإرهابية المسلحة على حي باب توما ما أدى إلى إصابة مدنيين."),
])
def test_terrorist_organisations_of_state_media_are_unidentified_armed_groups(published: str, text: str) -> None:
    rec = extract(text, published)
    strikes = [e for e in rec["events"] if e["event_type"] == "Explosions/Remote violence"]
    assert strikes and (strikes[0]["actor1"] or "").startswith("gen.unidentified")
