"""A weapon named as the means of a strike is that strike, not a second event.

«قصفت الطائرات الحربية البلدة بالصواريخ», «شنت طائرات التحالف غارات … بصواريخ موجهة»,
«استهدفت … الأحياء بعدة قذائف»: the weapon noun is a shelling trigger on its own («سقطت
صواريخ على …»), but introduced by «ب» after a strike told earlier in its sentence it only says
how that strike was made. ACLED codes one event, of the strike's sub-type. Words:
rasad/data/events/context_words.yaml (instrument_nouns, instrument_quantities).
"""

from __future__ import annotations

from rasad.events.context_words import context_words
from rasad.events.triggers import TriggerHit
from rasad.text.sentences import clause_bounds

STRIKES = "Explosions/Remote violence"
_WINDOW = 24  # how far back a quantity word («بعشرات من») may stand


def is_instrument(text: str, hit: TriggerHit) -> bool:
    """Is `hit` a weapon noun introduced by «ب» (on itself or on a quantity just before it)?"""
    words = context_words()
    if hit.entry.event_type != STRIKES or hit.key not in words.instrument_nouns:
        return False
    if hit.prefix.lstrip("وف").startswith("ب"):
        return True
    return words.instrument_lead.search(text, max(0, hit.norm_start - _WINDOW), hit.norm_start) is not None


def drop_instruments(text: str, sentence: tuple[int, int], hits: list[TriggerHit]) -> list[TriggerHit]:
    """The sentence's triggers without the weapons that are the means of a strike before them
    in the same clause («…، كما استهدفت بلدة حاس بعشرات الصواريخ» is a strike of its own)."""
    kept: list[TriggerHit] = []
    for hit in sorted(hits, key=lambda h: h.norm_start):
        if is_instrument(text, hit):
            clause_start = clause_bounds(text, sentence, hit.norm_start)[0]
            if any(k.entry.event_type == STRIKES and clause_start <= k.norm_start and k.norm_end <= hit.norm_start
                   for k in kept):
                continue
        kept.append(hit)
    return kept
