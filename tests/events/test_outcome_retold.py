"""An act named again by its definite noun as the subject of its outcome («وأدى الاشتباك إلى
…», «أن القصف أسفر عن …») is the act told before: the time of that sentence is the outcome's
(rasad/events/assemble.py, `_outcome_start`). A time told of the act itself, before the
outcome, keeps a second act apart. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # (published, text, [(sub-event type, date, fatalities)] expected)
    ("2019-03-03",
     "صيدا - اندلع اشتباك مسلح ليل أمس في مخيم عين الحلوة بين عناصر من حركة فتح ومسلحين من جند الشام. "
     "وأدى الاشتباك إلى إغلاق المدارس في المخيم اليوم.",
     [("Armed clash", "2019-03-02", None)]),
    ("2019-03-03",
     "الحسكة - قصفت المدفعية التركية قرية أم الكيف بريف تل تمر مساء أمس. "
     "وقال مصدر محلي إن القصف أسفر عن أضرار مادية في منازل المدنيين اليوم.",
     [("Shelling/artillery/missile attack", "2019-03-02", None)]),
    ("2021-06-07",
     "بيروت - أصيب ثلاثة أشخاص بجروح في اشتباك مسلح بين عائلتين في منطقة الشراونة ببعلبك مساء أمس. "
     "وأفاد مصدر أمني بأن الاشتباك أدى إلى إقفال المحال التجارية في الحي صباح اليوم.",
     [("Armed clash", "2021-06-06", None)]),
    # The fighting that broke out again this morning is told with its own time: two days, two events.
    ("2021-06-07",
     "درعا - اندلعت اشتباكات بين قوات النظام ومسلحين محليين في بلدة اليادودة أمس الأحد. "
     "وأسفرت الاشتباكات التي تجددت فجر اليوم عن مقتل ثلاثة من عناصر النظام.",
     [("Armed clash", "2021-06-06", None), ("Armed clash", "2021-06-07", 3)]),
]


@pytest.mark.parametrize("published,text,expected", CASES)
def test_outcome_subject_is_the_act_told_before(published: str, text: str, expected: list) -> None:
    events = extract(text, published)["events"]
    assert sorted((e["sub_event_type"], e["date"], e["fatalities"]) for e in events) == sorted(expected)


def test_blast_at_its_own_place_stands_alone() -> None:
    """«أما في X فقد أسفر الانفجار عن …»: the blast told at a place of its own is that place's."""
    text = ("بغداد - انفجرت سيارة مفخخة في سوق شعبي بمدينة الصدر مساء اليوم ما أوقع ستة قتلى. "
            "أما في الزعفرانية فقد أسفر الانفجار عن إصابة عشرة أشخاص بجروح.")
    places = sorted((e["location"] or {}).get("name_ar") or "" for e in extract(text, "2013-05-20")["events"])
    assert places == ["الزعفرانية", "مدينة الصدر"]


def test_a_sides_source_retelling_a_strike_names_no_author() -> None:
    """«وقال مصدر في الإطار الاستراتيجي إن القصف أصاب منزلاً»: a speaker of an armed side retelling the
    strike by its definite noun speaks of another's act, not its own; «وهي رواية لم يتسن التحقق منها» is an
    account, not a novel (the sentence stays news)."""
    text = ("كيدال - قصفت طائرات مسيرة تابعة للجيش المالي صباح اليوم مواقع في مدينة كيدال. وقال مصدر في الإطار "
            "الاستراتيجي الدائم إن القصف أصاب منزلاً قرب السوق وأدى إلى مقتل أربعة مدنيين، وهي رواية لم يتسن التحقق منها.")
    events = extract(text, "2023-10-02")["events"]
    assert events and {e["actor1"] for e in events} == {"ml.military"}
    assert 4 in {e["fatalities"] for e in events}

