"""A crowd that throws stones or smashes shops riots; a brawl with sticks is no battle.

«رشق المحتجون قوات الأمن بالحجارة والزجاجات الحارقة»: violence by the crowd makes a
demonstration violent (ACLED's Riots: Violent demonstration). «مواجهات بالعصي والحجارة بين
شبان من عائلتين»: a fight with such means that no armed group takes part in is mob violence
(a violent demonstration when a force of the state is the other side), not a battle.
Words: rasad/data/events/context_words.yaml (riot_means, brawl_means).
"""

from __future__ import annotations

from rasad.actors.linker import UNIDENTIFIED
from rasad.events.context_words import context_words
from rasad.events.taxonomy import STATE_FORCES
from rasad.types import ActorMention

ARMED = (2, 3, 4, 8)  # ACLED inter codes of rebels, militias and foreign forces
CROWD_SUBTYPES = ("Peaceful protest", "Protest with intervention")


def _unnamed(m: ActorMention) -> bool:
    return m.generic and m.actor_id.startswith(UNIDENTIFIED)


def retype(etype: str, sub: str, text: str, clause: tuple[int, int], sentence: tuple[int, int],
           parties: list[ActorMention], trigger_key: str = "") -> tuple[str, str]:
    """The (type, sub-type) of an event told in `clause` of `sentence`, given its parties."""
    words = context_words()
    if etype in ("Battles", "Violence against civilians", "Protests") and words.supporters_attack.search(text, *sentence) \
            and not words.armed.search(text, *sentence) and not words.small_arms.search(text, *sentence):
        # «هاجم مناصرون لحزب الله وحركة أمل، على متن دراجات نارية، المحتجين»: a party's
        # followers who set on a protest with no weapons told are a mob, not its armed wing.
        return "Riots", "Mob violence"
    if etype == "Strategic developments" and sub == "Looting/property destruction" \
            and any(m.inter in (5, 6) for m in parties) and not any(m.inter in ARMED + (1,) for m in parties):
        # «أُحرقت إطارات وأُغلقت طرق … على يد محتجين غاضبين»: what a crowd burns or wrecks is its riot.
        return "Riots", "Violent demonstration"
    if etype == "Violence against civilians" and sub == "Attack" and any(m.inter == 5 for m in parties) \
            and not any(m.inter in ARMED + (1,) for m in parties) and words.riot_means.search(text, *clause):
        # «إحراق مقر المقاطعة احتجاجاً على وفاة شاب في الحجز»: a crowd that burns a building riots.
        return "Riots", "Violent demonstration"
    if etype == "Riots" and sub == "Mob violence" and any(m.inter in ARMED and not (m.generic and m.inter == 4) for m in parties) \
            and not any(m.inter in (5, 6) or m.generic and m.inter == 4 for m in parties) \
            and not words.crowd_attack.search(text, *clause):  # «أضرم مئات من الشبان النار …»: the crowd told is the doer
        # «أضرم مستوطنون النار في منازل …», «واعتدوا بالضرب على مزارعين»: an armed or organised group,
        # not a mob (tribesmen or a crowd fighting are one): the burning is destruction of
        # property, the beating an attack on civilians.
        if words.property_damage.search(trigger_key):
            return "Strategic developments", "Looting/property destruction"
        return "Violence against civilians", "Attack"
    # The crowd's deeds are told in its clause or after it («… قبل أن يقتحم عدد منهم المبنى»),
    # up to a clause that turns to others («…، فيما رشق محتجون في حي آخر …»).
    turn = next((m.start() for m in words.contrast.finditer(text, clause[0], sentence[1]) if m.start() > clause[0] + 4),
                sentence[1])  # the clause's own opener aside
    if etype == "Protests" and sub in CROWD_SUBTYPES and any(
            not words.refused_before.search(text, max(clause[0], m.start() - 24), m.start())
            for m in words.riot_means.finditer(text, clause[0], turn)):
        # («مؤكدين تمسكهم بسلمية الاحتجاجات ورفضهم أي أعمال تخريب»: violence refused is none)
        return "Riots", "Violent demonstration"
    # Masked men («ملثمين») read as an unidentified armed group are no armed side of a brawl.
    # (families or clans read as militias, or a party's followers, who fought with sticks and
    # knives and no fire arm told: a brawl)
    followers = etype == "Battles" and sub == "Armed clash" and words.supporters.search(text, *sentence) is not None
    if etype == "Battles" and sub == "Armed clash" and not any(
            m.inter in ARMED and not _unnamed(m) and not (m.generic and m.inter == 4) and not followers for m in parties) \
            and words.brawl_means.search(text, *sentence) \
            and (not (followers or any(m.generic and m.inter == 4 for m in parties)) or not words.firearms.search(text, *sentence)):
        state = any(m.inter == 1 for m in parties)
        return "Riots", "Violent demonstration" if state else "Mob violence"
    if followers and any(m.inter in STATE_FORCES for m in parties) and words.riot_means.search(text, *sentence) \
            and not words.firearms.search(text, *sentence) and not words.armed.search(text, *sentence):
        # «اشتبك أنصار الجماعة مع قوات الأمن … وأحرقوا سيارة للشرطة»: a party's followers who fight
        # the police with fire and stones, no gun told, riot.
        return "Riots", "Violent demonstration"
    if etype == "Battles" and sub == "Armed clash" and (words.crowd_side.search(text, *sentence)
                                                        or words.crowd_attack.search(text, *sentence)
                                                        or words.crowd_member_hurt.search(text, *sentence)) \
            and not words.armed.search(text, *sentence) \
            and not any(m.inter in (2, 3, 4) and not _unnamed(m) for m in parties):
        # «مواجهات بين الشبان وقوات الاحتلال»: youths against a force of the state (or an
        # occupying army) riot; «مواجهات ليلية مع الأمن» names the police unlinked.
        state = any(m.inter in STATE_FORCES for m in parties) or words.crowd_police.search(text, *sentence) is not None
        return "Riots", "Violent demonstration" if state else "Mob violence"
    return etype, sub
