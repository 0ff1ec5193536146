"""Who disrupted whose weapon: «تصدت وحدات من قواتنا المسلحة لطائرات مسيرة أطلقها إرهابيو
جبهة النصرة وأسقطتها», «أسقطت الدفاعات الجوية مسيرة للحوثيين».

ACLED codes a Disrupted weapons use with the force that intercepted, defused or seized as
actor1 and the owner of the weapon, when named, as actor2. The sentence names the owner as the
agent of its own verb («أطلقها …»), which the generic reading takes for the event's agent; the
state force the sentence names before the trigger is the one that disrupted.
"""

from __future__ import annotations

from rasad.events.taxonomy import ARMED_SIDES, STATE_FORCES
from rasad.types import ActorMention


def disrupter_first(actor1: ActorMention | None, actor2: ActorMention | None,
                    before: list[ActorMention]) -> tuple[ActorMention | None, ActorMention | None]:
    """(actor1, actor2) of a Disrupted weapons use: the last state force named before the
    trigger first, the other party (the weapon's owner) second. A party named only after the
    trigger («أعلن الحوثيون إسقاط طائرة أمريكية مسيّرة») owns the weapon when an armed party
    is named before it: that one brought it down."""
    armed_before = [m for m in before if m.inter in ARMED_SIDES]
    if actor1 is not None and armed_before and all(m.actor_id != actor1.actor_id for m in before):
        force = armed_before[-1]
        return force, actor1
    if actor1 is not None and actor1.inter in STATE_FORCES:
        return actor1, actor2
    force = next((m for m in reversed(before) if m.inter in STATE_FORCES), None)
    if force is None:
        return actor1, actor2
    owner = actor1 if actor1 is not None and actor1.actor_id != force.actor_id else actor2
    if owner is not None and owner.actor_id == force.actor_id:
        owner = None
    return force, owner
