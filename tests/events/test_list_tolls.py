"""Tolls told after a list of places go to the places the text ties them to.

Each row: our own two-sentence report → {place: fatalities} of its strike events (the
first sentence lists the places; the second gives the toll, place by place or not).
"""

from __future__ import annotations

import pytest

from rasad import extract

LIST = "قصفت ميليشيا الحوثي، مساء أمس الجمعة، بقذائف الهاون أحياء الروضة وثعبات والجحملية شرقي مدينة تعز."

CASES = [
    # A total broken down by place: each part to its place, the total to none.
    (LIST + " وأفادت مصادر طبية بأن تسعة مدنيين قتلوا في القصف، سقط خمسة منهم في حي الروضة وأربعة في الجحملية.",
     {"الروضة": 5, "ثعبات": None, "الجحملية": 4}),
    # A toll tied to one place of the list.
    (LIST + " وقالت مصادر طبية إن القصف أدى إلى مقتل ثلاثة مدنيين في الجحملية.",
     {"الروضة": None, "ثعبات": None, "الجحملية": 3}),
    # Who the dead were, told between the count and the place, still ties them to it when the
    # toll is told in the sentence of the list.
    ("قصفت ميليشيا الحوثي، مساء أمس الجمعة، بقذائف الهاون أحياء الروضة وثعبات والجحملية شرقي مدينة تعز، "
     "ما أسفر عن مقتل خمسة مدنيين من أسرة واحدة في ثعبات.",
     {"الروضة": None, "ثعبات": 5, "الجحملية": None}),
    ("قصفت ميليشيا الحوثي، مساء أمس الجمعة، بقذائف الهاون أحياء الروضة وثعبات والجحملية شرقي مدينة تعز، "
     "ما أسفر عن مقتل أربعة مدنيين بينهم طفلان في الروضة.",
     {"الروضة": 4, "ثعبات": None, "الجحملية": None}),
    # A place fronted at the head of the toll's sentence holds the dead the sentence counts,
    # words between them or not.
    (LIST + " وفي ثعبات، قتل ما لا يقل عن أربعة مدنيين وأصيب آخرون بجروح.",
     {"الروضة": None, "ثعبات": 4, "الجحملية": None}),
    (LIST + " وفي الجحملية لقي رجلان حتفهما متأثرين بجراحهما.",
     {"الروضة": None, "ثعبات": None, "الجحملية": 2}),
    # … not when another place stands between them.
    (LIST + " وفي ثعبات أصيب ثلاثة مدنيين بجروح، وقتل طفلان في الروضة.",
     {"الروضة": 2, "ثعبات": None, "الجحملية": None}),
    # A new act at a listed place keeps its own toll.
    (LIST + " وفي الجحملية، قتل قناص ثلاثة مدنيين.", {"الروضة": None, "ثعبات": None, "الجحملية": None}),
    # One strike told again with its dead, and another place's dead in the same sentence: each
    # count to its own place («… في حين قتل ثلاثة … في الجحملية»).
    (LIST + " وقال مسعفون إن القصف على حي الروضة أصاب سوقاً شعبياً وأدى إلى مقتل ستة مدنيين بينهم طفلان، "
            "في حين قتل ثلاثة أشخاص من أسرة واحدة بعد استهداف منزلهم في الجحملية.",
     {"الروضة": 6, "ثعبات": None, "الجحملية": 3}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_list_tolls_by_place(text: str, expected: dict[str, int | None]) -> None:
    events = extract(text, published="2016-02-06")["events"]
    strikes = {(e.get("location") or {}).get("name_ar"): e["fatalities"] for e in events
               if e["event_type"] == "Explosions/Remote violence"}
    assert strikes == expected


def test_a_breakdown_by_quarter_goes_to_each_town_of_the_list() -> None:
    """A lead's strikes on three towns, then the dead of each strike told in a quarter named
    with its town: each count to that town's strike, the dead told right before «في قصف» to
    that strike and not to the one told before them."""
    text = ("غزة - استشهد 15 فلسطينياً على الأقل في غارات شنتها طائرات الاحتلال ليل الأحد على منازل في مدن رفح "
            "وخان يونس ودير البلح. وقالت مصادر طبية إن ثمانية شهداء سقطوا في غارة على منزل في حي الشابورة وسط رفح، "
            "فيما استشهد خمسة آخرون في قصف شقة ببلدة عبسان شرق خان يونس.")
    events = extract(text, published="2024-02-05")["events"]
    strikes = {(e.get("location") or {}).get("name_ar"): e["fatalities"] for e in events
               if e["event_type"] == "Explosions/Remote violence"}
    assert strikes == {"رفح": 8, "خان يونس": 5, "دير البلح": None}


# What may stand between the dead and the place they fell in (normalised text, from the end of
# the count to the start of the place name). Guard of the linear form of the pattern: up to
# eight words, no comma or full stop, then «في/ب/داخل» alone or glued to the last word.
TIE_AFTER_CASES = [
    (" في ", True),
    (" مدنيين من عائله واحده في ", True),
    (" اشخاص بينهم ثلاثه اطفال بعد استهداف منزلهم في ", True),  # seven words
    (" اشخاص بينهم ثلاثه اطفال ونساء بعد استهداف منزلهم في ", True),  # eight words
    (" اشخاص بينهم ثلاثه اطفال ونساء ورجل بعد استهداف منزلهم في ", False),  # nine words
    (" مدنيين وب", True),  # «وبالجحملية»: the preposition glued to «و»
    (" مدنيين في بلده ", True),
    (" مدنيين، واصيب اخرون في ", False),  # a comma ends the clause of the dead
    (" مدنيين. وقصفت الطائرات ", False),
    (" مدنيين بينهم ثلاثه اطفال ونساء ورجل بعد استهداف منزلهم وسط ", False),  # no preposition: a miss, read at once
]


@pytest.mark.parametrize(("between", "tied"), TIE_AFTER_CASES)
def test_words_between_the_dead_and_their_place(between: str, tied: bool) -> None:
    from rasad.events.tolls import _TIE_AFTER

    assert bool(_TIE_AFTER.match(between)) is tied
