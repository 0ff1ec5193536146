"""An act named again by its definite noun at a list of new places strikes those places too.

«وطالت الغارات أيضاً حيي أ وب» after a report of air strikes: each listed place is an event
of its own with the first report's party; «دون أن تسجل إصابات» says nobody died there (a
present tense after «أن» is no habit). Each row: our own sentences → (place, fatalities) of
the strike events in text order.
"""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("شنت طائرات النظام غارات على حلب. وطالت الغارات أيضاً حيي الكلاسة والمشهد، دون أن تسجل إصابات.",
     [("حلب", None), ("حي الكلاسة", 0), ("المشهد", 0)]),
    ("شنت طائرات النظام غارات على حلب. وطالت الغارات أيضاً حيي الكلاسة والمشهد.",
     [("حلب", None), ("حي الكلاسة", None), ("المشهد", None)]),
    ("قصفت مدفعية قوات النظام مدينة سراقب صباح اليوم. كما طال القصف بلدتي كفرنبل وخان شيخون دون وقوع إصابات.",
     [("سراقب", None), ("كفرنبل", 0), ("خان شيخون", 0)]),
    # The same noun without new places is the strike already told, not another one.
    ("شنت طائرات النظام غارات على مدينة سراقب صباح اليوم. وأدت الغارات إلى مقتل ثلاثة مدنيين.",
     [("سراقب", 3)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_retold_strike_at_new_places(text: str, expected: list[tuple[str, int | None]]) -> None:
    events = [e for e in extract(text, published="2016-04-23")["events"] if e["event_type"] == "Explosions/Remote violence"]
    events.sort(key=lambda e: (e["trigger"]["start"], (e.get("location") or {}).get("start", 0)))
    assert [((e.get("location") or {}).get("name_ar"), e["fatalities"]) for e in events] == expected
