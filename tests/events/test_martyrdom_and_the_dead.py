"""Deaths told as martyrdom, and who the dead are (issue 11, points 2 and 3).

«استشهد/يستشهد/استشهاد» (form X of ش-ه-د, rasad/data/events/trigger_roots.yaml) with a manner
of death («برصاص», «بنيران») is an attack; without one it cites («استشهد الوزير بتقرير»).
The dead are not the side of an actor whose name merely follows them («ستة فلسطينيين برصاص
قوات الاحتلال»: the «ل» inside «فلسطينيين» is no «ل» of a side), and a people noun followed by
its adjective («شاب فلسطيني») is one person. Our own sentences in outlets' styles.
"""

from __future__ import annotations

import pytest

from rasad import extract


def _events(text: str, published: str = "2021-03-05") -> list[dict]:
    return extract(text, published)["events"]


# text → (event type, sub-type, actor1, actor2, fatalities) of the one event it tells, or None
CASES = [
    ("نابلس – 5 آذار 2021\nاستشهد ستة فلسطينيين برصاص قوات الاحتلال الإسرائيلي في مخيم جنين أمس.",
     ("Violence against civilians", "Attack", "int.israel_military", "gen.civilians:PS", 6)),
    ("نابلس – 5 آذار 2021\nاستشهد شاب فلسطيني برصاص قوات الاحتلال الإسرائيلي قرب بلدة بيتا جنوب نابلس أمس.",
     ("Violence against civilians", "Attack", "int.israel_military", "gen.civilians:PS", 1)),
    ("غزة – 5 آذار 2021\nأعلنت وزارة الصحة استشهاد طفلين بنيران قناص إسرائيلي في خان يونس اليوم.",
     ("Violence against civilians", "Attack", "int.israel_military", "gen.civilians:PS", 2)),
    ("قتل شاب سوري برصاص مجهولين في مدينة درعا أمس.",
     ("Violence against civilians", "Attack", "gen.unidentified:SY", "gen.civilians:SY", 1)),
    # A list still adds up when its items are joined.
    ("قتل طفل وامرأة فلسطينية برصاص قوات الاحتلال الإسرائيلي قرب بلدة بيتا أمس.",
     ("Violence against civilians", "Attack", "int.israel_military", "gen.civilians:PS", 2)),
    # A minister who cites a report, a scholar who quotes figures: no death.
    ("استشهد وزير الخارجية بتقرير الأمم المتحدة في كلمته أمام البرلمان أمس.", None),
    ("يستشهد الباحث بأرقام البنك الدولي في دراسته عن البطالة.", None),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_martyrdom_and_the_dead(text: str, expected: tuple | None) -> None:
    events = _events(text)
    if expected is None:
        assert events == []
        return
    assert len(events) == 1
    e = events[0]
    assert (e["event_type"], e["sub_event_type"], e["actor1"], e["actor2"], e["fatalities"]) == expected



def test_victims_named_are_civilians() -> None:
    """«اختطف المهاجمون ستة شبان»: the victims named are civilians, not the unnamed gunmen
    «المهاجمون» also stands for."""
    text = ("نيالا – 3 آذار 2024\nدخلت قوات الدعم السريع، فجر أمس، قرية أم كدادة جنوبي نيالا، وأطلقت النار على الأهالي. "
            "وقال شهود إن الهجوم أسفر عن مقتل خمسة أشخاص، فيما اختطف المهاجمون ستة شبان واقتادوهم إلى جهة مجهولة.")
    events = [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in _events(text, "2024-03-03")]
    assert ("Abduction/forced disappearance", "sd.rsf", "gen.civilians:SD") in events
