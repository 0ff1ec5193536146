"""Where the guns stand is no place of their strike, and who is among the dead is not counted
twice. Our own sentences.

«قصفت قوات النظام المتمركزة في معسكر الحامدية بلدات …»: the camp is where the shells came
from (`stationed_words` in rasad/data/events/context_words.yaml); a fight at the place where
troops are stationed stays there. «خمسة مدنيين في حاس بينهم امرأتان»: the two women are two of
the five.
"""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # (text, published, event type, places)
    ("إدلب - قصفت قوات النظام المتمركزة في مطار أبو الظهور العسكري بقذائف المدفعية، مساء أمس، بلدات سراقب "
     "وتفتناز وبنش.", "2016-02-10", "Explosions/Remote violence", {"سراقب", "تفتناز", "بنش"}),
    ("درعا - استهدفت الفصائل من مواقعها في بلدة طفس بقذائف الهاون، ظهر اليوم، حي المنشية في درعا البلد.",
     "2016-02-10", "Explosions/Remote violence", {"حي المنشية"}),
    # (guard) fighting at the post the troops hold is there
    ("حماة - هاجم مسلحون قوات النظام المتمركزة في بلدة مورك واشتبكوا معها لساعات.",
     "2016-02-10", "Battles", {"مورك"}),
]


@pytest.mark.parametrize(("text", "published", "event_type", "places"), CASES)
def test_where_the_guns_stand(text: str, published: str, event_type: str, places: set[str]) -> None:
    events = [e for e in extract(text, published=published)["events"] if e["event_type"] == event_type]
    assert {(e["location"] or {}).get("name_ar") for e in events} == places


@pytest.mark.parametrize(("text", "place", "toll"), [
    ("إدلب - قصفت قوات الأسد صباح اليوم بلدات كفرنبل وحاس والبارة، ما أدى إلى استشهاد خمسة مدنيين في حاس "
     "بينهم امرأتان، وإصابة العشرات.", "حاس", 5),
    # (guard) a subset told with its figure
    ("إدلب - قصفت قوات الأسد صباح اليوم بلدات كفرنبل وحاس والبارة، ما أدى إلى استشهاد خمسة مدنيين في حاس "
     "بينهم ثلاثة أطفال.", "حاس", 5),
])
def test_people_among_the_dead_are_not_added(text: str, place: str, toll: int) -> None:
    events = [e for e in extract(text, published="2013-05-20")["events"]
              if (e["location"] or {}).get("name_ar") == place]
    assert [e["fatalities"] for e in events] == [toll]
