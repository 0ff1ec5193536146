"""The run-wise normaliser gives exactly what the character-by-character rules give.

`normalise` copies runs of ordinary characters whole and applies the rules only to
quotes, spaces, line breaks and dropped or widened characters; `_reference` below is
those rules applied to every character, as the normaliser did before it was made fast.
"""

from __future__ import annotations

import random

import pytest

from rasad.text import normalise as N


def _reference(original: str) -> tuple[str, tuple[int, ...]]:
    out: list[str] = []
    offs: list[int] = []
    n = len(original)
    for i, ch in enumerate(original):
        if ch in N._SPECIAL:
            if ch in N.QUOTES:
                j = len(out)
                while j > 0 and out[j - 1] in N._PROCLITIC_SCAN:
                    j -= 1
                if "".join(out[j:]) in N._PROCLITIC_WORDS and (j == 0 or not out[j - 1].isalnum()):
                    nxt = original[i + 1] if i + 1 < n else ""
                    if nxt and (N.fold_char(nxt) or " ").isalnum():
                        continue
                ch = " "
            elif ch != "\n":
                ch = " "
            if out and out[-1] in (" ", "\n"):
                if ch == "\n" and out[-1] == " ":
                    out[-1], offs[-1] = "\n", i
                continue
            out.append(ch)
            offs.append(i)
            continue
        folded = N._TABLE.get(ch)
        for f in (ch.lower() if "A" <= ch <= "Z" else ch) if folded is None else folded:
            out.append(f)
            offs.append(i)
    offs.append(n)
    return "".join(out), tuple(offs)


@pytest.mark.parametrize(
    "text",
    [
        "قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي،  ما أدى إلى مقتل مدنيَّين اثنين.",
        "دمشق - سانا\r\n\r\nأعلنت وزارة الدفاع  \n  أن وحدات الجيش تصدّت لهجوم",
        "قال ناشطون لـ\"سمارت\" إن الطيران الحربي شنّ ثلاث غارات",
        "وأكد مصدر لـ “عنب بلدي” أن «الفرقة الرابعة» انسحبت من حاجز ‘الصناعة’",
        "قُتِلَ ١٥ عنصراً وجُرِحَ ۲۰ آخرون في هجوم ﻻ سابق له على ثكنة «الطلائع»",
        "الـــجـيـش\u200f الوطني\u00a0السوري\u2009يعلن السيطرة على قرية\tالعريمة",
        "AFP - Reuters: «قوات سوريا الديمقراطية» (قسد) تعلن أسر 7 عناصر من ISIS",
        "«»  “”\n\n\n ' ' ل\"و\"ب“ال”حسكة",
        "",
        "   ",
        "\n",
    ],
)
def test_runs_match_the_character_rules(text: str) -> None:
    norm = N.normalise(text)
    assert (norm.text, norm.offsets) == _reference(text)


def test_random_mixtures_match_the_character_rules() -> None:
    """Short random strings dense in every special case: quotes after proclitics, runs of
    spaces and breaks, dropped marks, ligatures, Latin capitals."""
    alphabet = [*"ابتجحدرسعفقلمنهويةأإآىؤئءـ", *"ًٌٍَُِّْٰ", *"٠١٢۴ﻻﻷ", *N.QUOTES, *N._SPACES,
                "\n", "\u200f", "A", "Z", "b", "1", ".", " ", " ", " ", "ل", "و", "ب", "لل"]
    rnd = random.Random(12)
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        norm = N.normalise(text)
        assert (norm.text, norm.offsets) == _reference(text), repr(text)
