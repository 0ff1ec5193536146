"""A campaign told as the background of an event is no event of its own.

«سيطرت قوات النظام على كفرنبودة بعد أسابيع من القصف المكثف», «عقب أشهر من المعارك»: weeks of
shelling and months of fighting are a campaign named to explain the event, not an act with a
day and a place; coding them invents an event on the report's day. A span of days («بعد أيام
من اعتقاله») names one earlier act, which is left alone. Words: context_words.yaml
(campaign_leads, campaign_spans).
"""

from __future__ import annotations

from typing import Sequence

from rasad.events.context_words import context_words
from rasad.events.triggers import TriggerHit

REACH = 36  # normalised characters before a trigger that may hold «بعد أسابيع طويلة من»


def without_campaigns(text: str, hits: Sequence[TriggerHit]) -> list[TriggerHit]:
    """`hits` less the acts named as a long campaign behind another event."""
    pattern = context_words().campaign_before
    return [h for h in hits
            if not pattern.search(text, max(0, h.norm_start - len(h.prefix) - REACH), h.norm_start - len(h.prefix))]
