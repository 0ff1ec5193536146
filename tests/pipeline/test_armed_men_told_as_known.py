"""«المسلحون», «المهاجمون» with no armed party named before them are the unidentified armed
group of the article's country, as «مسلحون» would be; after a named group they are that group
(rasad/pipeline/anaphora.py). Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("الجنينة - أما في قرية تيغي فقد أحرق المسلحون مخازن الحبوب ونهبوا المواشي.", "gen.unidentified:SD"),
    ("بغداد - فتح المسلحون النار على دورية للشرطة في حي العامل ولاذوا بالفرار.", "gen.unidentified:IQ"),
    ("نيالا - أحرقت القوات المهاجمة نحو مئتي منزل في قرية أم قونجا.", "gen.unidentified:SD"),
    ("نيالا - هاجمت قوات الدعم السريع قرى جنوب دارفور، وأحرقت القوات المهاجمة نحو مئتي منزل في قرية أم قونجا.", "sd.rsf"),
    # (guard) the group named before them
    ("الجنينة - هاجمت قوات الدعم السريع قرية مستري صباح اليوم، وأحرق المهاجمون عشرات المنازل.", "sd.rsf"),
]


@pytest.mark.parametrize(("text", "actor1"), CASES)
def test_armed_men_told_as_known(text: str, actor1: str) -> None:
    events = extract(text, published="2021-01-10")["events"]
    assert events and all(e["actor1"] == actor1 for e in events)
