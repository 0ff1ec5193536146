"""A hamlet named by a compass word and a town's name («وسط بيروت», «غرب دنقلة» are village
names in the lists we bundle) does not swallow the town the news means. Sentences written
for these tests → the first place's (name as matched, country, admin1)."""

from __future__ import annotations

import pytest

from rasad.places import get_resolver
from rasad.text.normalise import normalise


@pytest.mark.parametrize(
    "text,country,admin1",
    [
        ("احتشد الآلاف في ساحة الشهداء وسط بيروت رافعين الأعلام", "LB", "LB-BA"),
        ("وأقيمت الخيم في وسط بيروت منذ ثلاثة أسابيع", "LB", "LB-BA"),
        ("تقدمت قوات الدعم السريع إلى مواقع غرب دنقلة", "SD", "SD-NO"),
    ],
)
def test_compass_hamlet_leaves_the_town(text: str, country: str, admin1: str) -> None:
    found = get_resolver().find(normalise(text))
    assert found and (found[-1].country, found[-1].admin1_code) == (country, admin1)
