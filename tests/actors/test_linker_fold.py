"""The linker's fast fold gives what `Spelling.fold` gives, and the article still links."""

from __future__ import annotations

import pytest

from rasad.actors import get_linker
from rasad.text.normalise import normalise


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات بين هيئة تحرير الشام وفصائل الجيش الوطني في ريف حلب",
        "قالت مصادر إن «هئية تحرير الشام» شنت هجوما على مواقع قوات النظام",
        "أعلنت قوات سوريا الديموقراطية أسر عناصر من تنظيم داعش قرب الشدادي",
        "قصفت طائرات التحالف مواقع لميليشيات إيرانية في البوكمال",
        "لا أسماء هنا",
    ],
)
def test_fast_fold_is_the_spelling_fold(text: str) -> None:
    linker = get_linker()
    norm = normalise(text)
    assert linker._fold(norm.text) == linker.spelling.fold(norm.text)


@pytest.mark.parametrize(
    "text,actor_text",
    [
        ("قالت مصادر إن «هئية تحرير الشام» شنت هجوما على مواقع قوات النظام", "هئية تحرير الشام"),
        ("وقالت هيئة تحرير الشام في بيان إن مقاتليها صدوا الهجوم", "هيئة تحرير الشام"),
    ],
)
def test_variant_spellings_still_link(text: str, actor_text: str) -> None:
    found = get_linker().find(normalise(text))
    assert actor_text in [m.text for m in found]
    hts = [m for m in found if m.text == actor_text]
    assert hts[0].actor_id == next(m.actor_id for m in get_linker().find(normalise("هيئة تحرير الشام")))
