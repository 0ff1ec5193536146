"""A regular army unit told by its number and its arm is the country's military forces.

«الفرقة السادسة مشاة», «اللواء 35 مدرع», «اللواء الرابع حماية رئاسية»: ACLED codes such a unit as
its state's military, not as a group of its own; without the arm («اللواء 444», «الفرقة الرابعة»)
a number may name an armed group of its own, so nothing is said. Words:
rasad/data/actors/rules/army_units.yaml (kept apart from the actor files).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasad.datafiles import data_path, load_yaml, word_lists
from rasad.text.literals import alt
from rasad.text.normalise import normalise_phrase

KEYS = ("heads", "ordinals", "arms")


@lru_cache(maxsize=1)
def army_unit_pattern() -> re.Pattern[str]:
    """The pattern of a numbered unit with its arm, over normalised text."""
    path = data_path("actors", "rules", "army_units.yaml")
    w = word_lists(load_yaml(path), KEYS, path)

    def words(key: str) -> str:
        return alt({normalise_phrase(x) for x in w[key]})

    return re.compile(rf"(?<!\w)(?:و|ف|ب)?(?P<unit>(?:ال|لل|ل)?(?:{words('heads')})\s+(?:رقم\s+)?"
                      rf"(?:\d{{1,3}}|{words('ordinals')})\s+(?:{words('arms')}))(?!\w)")


def army_units(text: str) -> list[tuple[int, int]]:
    """Normalised spans of the numbered army units in `text`."""
    if "فرق" not in text and "لواء" not in text and "كتيب" not in text and "فوج" not in text and "فيلق" not in text:
        return []
    return [(m.start("unit"), m.end("unit")) for m in army_unit_pattern().finditer(text)]
