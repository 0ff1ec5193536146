"""What a person is accused, suspected or charged of, and an arrest only ordered, are no events.

«أوقفت الشرطة شخصين اتهمهما الأهالي بخطف طفل», «المشتبه به في قتل شاب», «مطلوبين بقضايا سلب
مسلح وإطلاق نار», «أمرت المحكمة بالقبض على ثلاثة متهمين»: the kidnapping, the killing and the
shooting are charges, the arrest an order; the report tells none of them as an act on a day and
at a place. A party accused by name («اتهم الجيش الحوثيين بقصف الحديدة») is another matter: the
act happened and the accused is its claimed author, so only the accused told by a pronoun or
as «المتهم/المشتبه به» counts here. Words: context_words.yaml (accusation_words,
charge_list_words, arrest_order_words).
"""

from __future__ import annotations

from typing import Sequence

from rasad.events.context_words import context_words
from rasad.events.triggers import TriggerHit

REACH = 40  # normalised characters before the act that may hold «اتهمهما الأهالي ب»
ORDER_REACH = 48  # … and «أمرت المحكمة الابتدائية ب»


def accused_of(text: str, hit: TriggerHit) -> bool:
    """Is the trigger a charge or an ordered arrest rather than an act the text tells?"""
    words = context_words()
    at = hit.norm_start - len(hit.prefix)
    if hit.prefix.endswith("ب"):
        if hit.entry.sub_event_type == "Arrests" and words.arrest_order.search(text, max(0, at - ORDER_REACH), at) is not None:
            return True  # «أمرت المحكمة بالقبض على ثلاثة متهمين»: an order, no arrest made
        return words.accused_act.search(text, max(0, at - REACH), at) is not None
    if hit.prefix == "" and text[max(0, at - 3):at] == "في ":
        return words.accused_act.search(text, max(0, at - REACH), at) is not None  # «المشتبه به في قتل»
    if hit.prefix == "و":
        return words.charged_act.search(text, max(0, at - REACH), at) is not None  # «بقضايا سلب مسلح وإطلاق نار»
    return False


def without_accusations(text: str, hits: Sequence[TriggerHit]) -> list[TriggerHit]:
    """`hits` less the charges and the ordered arrests."""
    return [h for h in hits if not accused_of(text, h)]
