"""Rockets, shells and drones fired from one place at another: the strike is where they were
aimed («من قطاع غزة باتجاه عسقلان»), not whence (rasad/events/assemble.py, `_places_for`), and
a town across the border is read there (sites_il.tsv). Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # (published, text, place of the strike, admin1)
    ("2023-01-01", "غزة - أطلقت فصائل فلسطينية رشقة صواريخ من قطاع غزة باتجاه مدينة عسقلان مساء اليوم.", "عسقلان", "IL-D"),
    ("2023-10-20", "بيروت - أطلق حزب الله صواريخ من جنوب لبنان نحو مستوطنة كريات شمونة اليوم.", "كريات شمونة", "IL-Z"),
    ("2019-06-03", "صعدة - أطلقت جماعة الحوثي طائرة مسيرة من محافظة صعدة باتجاه مطار أبها الدولي فجر اليوم.", "مطار أبها", "SA-14"),  # the airport itself (sites_sa.tsv)
    # Fired from positions and at a town: the town.
    ("2016-01-05", "قصفت قوات النظام بلدة كفرنبل بقذائف المدفعية من مواقعها في معسكر جورين.", "كفرنبل", "SY-ID"),
]


@pytest.mark.parametrize("published,text,place,admin1", CASES)
def test_strike_is_where_fire_was_aimed(published: str, text: str, place: str, admin1: str) -> None:
    events = [e for e in extract(text, published)["events"] if e["event_type"] == "Explosions/Remote violence"]
    assert [(e["location"] or {}).get("name_ar") for e in events] == [place]
    assert events[0]["location"]["admin1_code"] == admin1


def _events(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    record = extract(text, published)
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    return sorted(((e["sub_event_type"], (e["location"] or {}).get("name_ar"), names.get(e["actor1"]))
                   for e in record["events"]), key=str)


# Drones told in the dual with their kind («انقضاضيتين») or as the means after a strike verb
# are drones, not marches; interceptions are the interceptor's, where they happened.
DRONES = [
    ("2024-06-20", "أعلن حزب الله أن مقاتليه استهدفوا قاعدة ميرون للمراقبة الجوية بمسيّرتين انقضاضيتين بعد ظهر اليوم.",
     [("Air/drone strike", "قاعدة ميرون", "Hezbollah")]),
    ("2024-06-20", "وقال الجيش الإسرائيلي إن دفاعاته الجوية اعترضت طائرتين مسيّرتين فوق الجليل الأعلى مساء اليوم.",
     [("Disrupted weapons use", "الجليل الأعلى", "Military Forces of Israel")]),
    ("2023-11-02", "وأفادت وسائل إعلام عبرية بأن الدفاعات الجوية الإسرائيلية اعترضت معظم الصواريخ فوق أسدود.",
     [("Disrupted weapons use", "أسدود", "Military Forces of Israel")]),
]


@pytest.mark.parametrize("published,text,expected", DRONES)
def test_drones_and_interceptions(published: str, text: str, expected: list) -> None:
    assert _events(text, published) == sorted(expected, key=str)


def test_a_later_claim_of_another_act_is_not_the_first_acts() -> None:
    """«كما تبنت سرايا القدس قصف تل أبيب»: a claim in a later sentence of an act of its own does
    not make its claimant the author of the strike told first."""
    text = ("غزة - قالت كتائب القسام، الجناح العسكري لحركة حماس، مساء أمس إنها قصفت مدينة عسقلان برشقة صاروخية. "
            "وأفادت مصادر عبرية بسقوط صاروخ على مبنى في المدينة. "
            "كما تبنت سرايا القدس قصف مدينة سديروت بثلاثة صواريخ فجر اليوم.")
    got = _events(text, "2023-11-05")
    assert ("Shelling/artillery/missile attack", "عسقلان", "Al Qassam Brigades") in got
    assert ("Shelling/artillery/missile attack", "سديروت", "Al Quds Brigades") in got


def test_barracks_across_the_border_and_a_complaint_to_the_council() -> None:
    """«استهدفوا ثكنة زرعيت»: barracks named across the border lie there; a complaint to the
    Security Council «ضد الاعتداءات» is no attack, and the Council is no side of one."""
    text = ("بيروت - أفيد عن مقتل مدنيين اثنين في غارة بمسيّرة على طريق بلدة عيترون مساء أمس. "
            "وفي سياق متصل، تقدمت وزارة الخارجية اللبنانية بشكوى جديدة إلى مجلس الأمن الدولي ضد الاعتداءات الإسرائيلية. "
            "وكان حزب الله قد أعلن أن مقاتليه استهدفوا ليل أمس ثكنة زرعيت بصواريخ بركان.")
    record = extract(text, "2024-02-14")
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    got = sorted(((e["sub_event_type"], (e["location"] or {}).get("admin1_code"), names.get(e["actor1"]))
                  for e in record["events"]), key=str)
    assert got == sorted([("Air/drone strike", "LB-NA", None),
                          ("Shelling/artillery/missile attack", "IL-Z", "Hezbollah")], key=str)


@pytest.mark.parametrize("text,place", [
    ("بيروت - أعلن حزب الله أن مقاتليه استهدفوا ثكنة برانيت بالأسلحة الصاروخية ظهر اليوم.", "ثكنة برانيت"),
    ("بيروت - أعلن حزب الله استهداف موقع مسكاف عام بالأسلحة المناسبة ظهر اليوم.", "مسغاف عام"),
    ("بيروت - أعلن حزب الله استهداف مستعمرة شوميرا بصليات من صواريخ الكاتيوشا مساء اليوم.", "شوميرا"),
])
def test_hezbollah_claims_on_border_posts(text: str, place: str) -> None:
    """Border posts and settlements a claim names, in its stock wordings («استهداف … بالأسلحة
    المناسبة», «بصليات»), are struck across the border (sites_il.tsv)."""
    events = extract(text, "2024-06-13")["events"]
    assert [(e["sub_event_type"], e["location"]["name_ar"], e["location"]["admin1_code"], e["modality"]) for e in events] \
        == [("Shelling/artillery/missile attack", place, "IL-Z", "claimed")]
