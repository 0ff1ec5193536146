"""«بقصف جوي روسي وآخر مدفعي للنظام»: a second strike told by its adjective alone is an event of
its own kind, at the same places, by the party named after it (triggers.yaml). Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("2020-01-01", "حماة - قتل مدنيان بقصف جوي روسي وآخر مدفعي لقوات النظام على بلدة كفرزيتا في ريف حماة الشمالي اليوم.",
     [("Air/drone strike", "كفرزيتا", "Military Forces of Russia"),
      ("Shelling/artillery/missile attack", "كفرزيتا", "Military Forces of Syria (2000-2024)")]),
    ("2020-01-01", "تعرضت مدينة اللطامنة لقصف صاروخي وآخر جوي أسفر عن دمار كبير في المنازل.",
     [("Air/drone strike", "اللطامنة", None), ("Shelling/artillery/missile attack", "اللطامنة", None)]),
]


@pytest.mark.parametrize("published,text,expected", CASES)
def test_second_strike_by_its_adjective(published: str, text: str, expected: list) -> None:
    record = extract(text, published)
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    got = sorted(((e["sub_event_type"], (e["location"] or {}).get("name_ar"), names.get(e["actor1"]))
                  for e in record["events"]), key=str)
    assert got == sorted(expected, key=str)
