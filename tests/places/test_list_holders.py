"""A list of places shares the place that holds it.

«أحياء الروضة وثعبات والجحملية شرقي مدينة تعز»: the first name of the list is read in Taiz
like the others (a namesake in Sanaa is another place); «قرى كفرنبل وحاس في ريف إدلب»: every
item lies in Idlib. Each row: our own sentence → {name as written: admin1 code}.
"""

from __future__ import annotations

import pytest

from rasad.places import resolve_json

CASES = [
    ("قصفت ميليشيا الحوثي أحياء الروضة وثعبات والجحملية شرقي مدينة تعز.",
     {"الروضة": "YE-TA", "ثعبات": "YE-TA", "الجحملية": "YE-TA"}),
    ("سقطت قذائف على أحياء الروضة والجحملية في مدينة تعز.", {"الروضة": "YE-TA", "الجحملية": "YE-TA"}),
    # The holder right after the name still decides alone.
    ("اندلعت اشتباكات في حي الروضة بصنعاء.", {"الروضة": "YE-SA"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_list_shares_its_holder(text: str, expected: dict[str, str]) -> None:
    found = {p["text"]: p["admin1_code"] for p in resolve_json(text)}
    assert {k: found.get(k) for k in expected} == expected
