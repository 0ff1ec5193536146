"""Unnamed victims: «مقتل شاب», «إعدام رجلين», «استهداف عائلة» are civilians.

ACLED codes the victims of an attack on people the text does not tie to any armed party as
Civilians (country). The words that describe them («شاب», «امرأة», «عائلة», «منازل المدنيين»)
are `civilian_words` in rasad/data/events/cues.yaml. A strike names civilians as its target
only when someone was hurt or killed; an attack on civilians needs no toll.
"""

from __future__ import annotations

from rasad.events.context_words import context_words
from rasad.events.cues import CueHit
from rasad.types import ActorMention

CASUALTY_FAMILIES = ("death_cues", "wound_cues")
PLANTED = ("Remote explosive/landmine/IED", "Suicide bomb")  # blasts that strike what passes or stands
VEHICLE_REACH = 40  # normalised characters before a party in which «مركبة تابعة لـ» may stand


def civilian_victim(event_type: str, anchor: tuple[int, int], sentence_cues: list[CueHit],
                    speaker: tuple[int, int] | None = None) -> CueHit | None:
    """The word in the trigger's sentence that names civilian victims, if any (the first
    one after the trigger, else the first before it). Words of the speaker's phrase
    («قال أطباء وأهالي») name witnesses, not victims."""
    words = [c for c in sentence_cues if c.family == "civilian_words"
             and not (speaker is not None and speaker[0] <= c.start < speaker[1])]
    if not words:
        return None
    if event_type == "Explosions/Remote violence" and not casualties_told(sentence_cues):
        return None  # «دون أن تسفر عن إصابات»: nobody hurt, no civilian target
    after = [c for c in words if c.start >= anchor[1]]
    return (after or words)[0]


def casualties_told(sentence_cues: list[CueHit]) -> bool:
    """Does the sentence tell of anyone killed or hurt (not «دون إصابات»)?"""
    denied = [(c.start, c.end) for c in sentence_cues if c.family == "no_casualty_phrases"]
    return any(c.family in CASUALTY_FAMILIES and not any(a <= c.start < b for a, b in denied) for c in sentence_cues)


def detainees(anchor: tuple[int, int], sentence_cues: list[CueHit],
              speaker: tuple[int, int] | None = None) -> CueHit | None:
    """The words after an arrest that name who was taken («اعتقلت شاباً», «أوقفت أربعة
    أشخاص», «القبض على 19 متهماً»), outside the speaker's phrase; None when none follow."""
    words = [c for c in sentence_cues if c.family in ("civilian_words", "detainee_words") and c.start >= anchor[1]
             and not (speaker is not None and speaker[0] <= c.start < speaker[1])]
    return words[0] if words else None


def vehicle_owner(text: str, parties: list[tuple[int, int, ActorMention]]) -> ActorMention | None:
    """The party whose vehicle or patrol the sentence says a blast hit («اصطدمت مركبة تابعة للجيش
    المالي بعبوة», «دورية لبعثة مينوسما»): the blast's target (context_words.yaml vehicle_words).
    `parties` are the sentence's mentions in normalised offsets."""
    pattern = context_words().vehicle_of
    return next((m for s, _, m in parties if pattern.search(text, max(0, s - VEHICLE_REACH), s)), None)
