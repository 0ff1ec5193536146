"""A truce stops the fighting the article tells: where and between whom, if it says no other.

«… بين عناصر من حركة فتح ومسلحين من جند الشام في مخيم عين الحلوة. وكانت هيئة العمل المشترك
قد توصلت إلى اتفاق لوقف إطلاق النار»: the ceasefire named with no place or parties of its
own is agreed where that fighting was, by (or for) its sides; analysts code it there. Words:
rasad/data/events/context_words.yaml (truce_words).
"""

from __future__ import annotations

from typing import Sequence

from rasad.events.context_words import context_words
from rasad.text.normalise import normalise_phrase
from rasad.types import Event


def is_truce(event: Event, text: str) -> bool:
    """Is `event` an agreement its own sentence calls a truce? `text`: the article's original text."""
    if event.sub_event_type != "Agreement":
        return False
    return told_as_truce(normalise_phrase(text[event.evidence_start:event.evidence_end]))


def told_as_truce(said: str, exchange: bool = False) -> bool:
    """Does normalised `said` name a truce (or, with `exchange`, an exchange of prisoners or
    bodies as well: context_words.yaml exchange_words)?"""
    words = context_words()
    return any(w in said for w in words.truce_words) or exchange and any(w in said for w in words.exchange_words)


def place_truces(events: Sequence[Event], text: str) -> None:
    """Give a truce with no place the place of the battle told nearest it (the sides too, when
    it names none)."""
    battles = [e for e in events if e.event_type == "Battles" and e.location is not None]
    if not battles:
        return
    for e in events:
        if e.location is not None or not is_truce(e, text):
            continue
        fight = min(battles, key=lambda b: abs(b.trigger_start - e.trigger_start))
        e.location = fight.location
        if e.actor1 is None and e.actor2 is None:
            e.actor1, e.actor2 = fight.actor1, fight.actor2
