"""An event a report places in another country than its own: the unnamed parties belong to the
country it happened in (rasad/events/abroad.py). Our own sentences, in the style of round-ups."""

from __future__ import annotations

import pytest

from rasad import extract

ROUNDUP = (
    "هجمات متزامنة في مالي والنيجر\n"
    "باماكو – 14 أيلول 2023 (الأخبار)\n"
    "قُتل 12 جندياً مالياً، أمس الأربعاء، في هجوم شنه مسلحون من جماعة نصرة الإسلام والمسلمين على معسكر للجيش قرب بلدة بير شمالي مالي.\n"
    "وفي النيجر المجاورة، هاجم مسلحون مجهولون قرية قرب تيلابيري وقتلوا أربعة مدنيين.\n"
)


@pytest.mark.parametrize("text,place,parties", [
    # Gunmen and villagers of an attack in Niger, told in a report from Bamako.
    (ROUNDUP, "تيلابيري", {"gen.unidentified:NE", "gen.civilians:NE"}),
    # The report's own country keeps its parties.
    ("مقتل مدنيين في هجوم بوسط مالي\nباماكو – 3 آذار 2022\nهاجم مسلحون مجهولون قرية قرب بلدة دوينتزا وقتلوا خمسة مدنيين، فيما قال الجيش في النيجر إنه عزز انتشاره على الحدود.\n",
     "دوينتزا", {"gen.unidentified:ML", "gen.civilians:ML"}),
])
def test_parties_of_the_country_it_happened_in(text: str, place: str, parties: set[str]) -> None:
    events = [e for e in extract(text)["events"] if e["location"] and e["location"]["name_ar"] == place]
    assert events, f"no event at {place}"
    assert {events[0]["actor1"], events[0]["actor2"]} == parties


def test_named_party_stays_itself() -> None:
    """A party the text names is who it is wherever it fights."""
    text = ("اشتباكات على الحدود\nنيامي – 5 أيار 2023\nوفي مالي، قالت القوات المسلحة المالية إنها اشتبكت مع مسلحين من جماعة نصرة الإسلام والمسلمين قرب بلدة أنسونغو.\n")
    ev = [e for e in extract(text)["events"] if e["location"] and e["location"]["country"] == "ML"]
    assert ev and "ml.military" in (ev[0]["actor1"], ev[0]["actor2"])
