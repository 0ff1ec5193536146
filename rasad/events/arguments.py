"""Who did it to whom: choosing actor1 and actor2 for a trigger from the mentions around it.

Arabic news writes the agent in a few fixed ways: «اشتباكات بين A و B», a verb followed by
its subject («قصفت قوات النظام …»), a verbal noun followed by its agent («قصف لقوات
النظام», «غارة للتحالف»), or a subject before the verb («قوات النظام قصفت»); the target
follows «على», «ضد», «مواقع», «استهدف». These rules read those shapes on the normalised text.
"""

from __future__ import annotations

import re
from typing import Sequence

from rasad.events.context_words import context_words
from rasad.types import ActorMention

# Text allowed between a trigger and its agent: nothing, a preposition glued or loose, the
# units it fields («حررت قطعات جهاز مكافحة الإرهاب …»).
_AGENT_GAP = re.compile(r"^[\s\"'()«»“”]*(?:(?:قطعات|وحدات|تشكيلات|مقاتلو|مسلحو|ابطال|رجال)\s+(?:من\s+)?"
                        # «غارات مكثفة لطيران التحالف»: the act's own adjective, then its agent
                        r"|(?:(?:مكثفه|عنيفه|جويه|مدفعيه|صاروخيه|متقطعه|متواصله|متفرقه|جديده|عنيف|مكثف|جوي|مدفعي|صاروخي|متقطع|متواصل|جديد)\s+)?(?:ل|لل)"
                        r"|من قبل|من طرف|من جانب"
                        # «بتفجير انتحاري نفذه عنصر من تنظيم داعش»
                        r"|(?:شنته|شنها|شنه|شنوه|نفذته|نفذها|نفذه|نفذوه|شنتها|نفذتها)(?:\s+(?:عنصر|عناصر|مسلح|مسلحون|مسلحو|انتحاري|مقاتل|مقاتلون|مقاتلو)(?:\s+من)?)?"
                        r"|(?:ال)?تابع(?:ه|ين|ون)?\s*(?:ل|لل)?)?[\s\"'()«»“”]*$")  # «مسيرة تابعة لجماعة …»
# Acts done to the party named after them: «اعتقال ثلاثة متهمين بالانتماء إلى التنظيم».
ACTS_ON_AFTER = frozenset({"Arrests", "Abduction/forced disappearance"})
# Acts one side does to another: two parties named together before one of them
# («أعلنت المقاومة والقوات الموالية للرئيس … السيطرة على») act together, they are no two sides.
ONE_SIDED = frozenset({"Non-state actor overtakes territory", "Government regains territory", "Air/drone strike",
                       "Shelling/artillery/missile attack", "Attack", "Abduction/forced disappearance", "Arrests",
                       "Remote explosive/landmine/IED"})
_TARGET_CUE = re.compile(r"(?:^|\s)(?:ب(?=دوري|حاجز|رتل|موقع|مقر|نقط))?(?:علي|ضد|مواقع|مواقعا|استهدف\w*|تجاه|نحو|بحق|مقرات|مقر|نقاط|تجمعا ل|تجمع|تجمعا|لمقاتلي|لعناصر|حاجز ل|حاجزا ل|حاجز لل|دوريه ل|دوريه لل|رتل ل|رتلا ل|نقطه ل|موقع ل|موقعا ل"
                         # «بعجلة عسكرية يستقلها عناصر من الحشد»: who rode in what was hit
                         r"|يستقلها|تستقلها|يستقلونها|يستقله|يستقلانها|تقل|يقل|تقلهم|تقله|كان يستقلها|كانوا يستقلونها)"
                         r"(?:\s+(?:عناصر|عنصر|مقاتلون|مقاتلين|جنود|افراد|منتسبون|منتسبين)(?:\s+من)?)?\s*$")
# «اعتقلت دورية لقوات النظام …», «اعتُقل على حاجز لقوات النظام»: in an arrest or abduction the
# force a patrol or checkpoint belongs to is who takes people, not a target.
_UNIT_OF = re.compile(r"(?:^|\s)(?:دوريه|دوريات|حاجز|حاجزا|حواجز|قوه|رتل)\s*(?:(?:ال)?تابعه\s*)?(?:ل|لل)\s*$")
_BETWEEN = re.compile(r"(?:^|\s)(?:بين)\s*[\"'(«“”]*$")
_BY_AGENT = re.compile(r"(?:من قبل|علي يد|علي ايدي|نفذها|نفذته)\s*$")
# «قُتل ثلاثة مدنيين برصاص هيئة تحرير الشام»: the agent of a passive act, named by its weapon.
_BY_WEAPON = re.compile(r"(?:^|\s)(?:برصاص|بنيران|بقذائف|بقذيفه|بقصف|بغاره|بغارات|بطائره|بطائرات|بمسيره|بمسيرات|علي يد|علي ايدي|من قبل)"
                        r"(?:\s+(?:عناصر|مسلحي|مقاتلي|عنصر|قناص|قناصه|دوريه|طائره|طائرات|مسيره|مسيرات))?"
                        r"(?:\s+(?:تابعه|التابعه|تابعين|التابعين|تابع|التابع))?\s*(?:ل|لل|من)?\s*$")
# «هجوم على سوق الكرمك نسبته السلطات إلى مجهولين»: the party an act is ascribed to is its agent.
_ASCRIBED_TO = re.compile(r"(?:^|\s)(?:نسبته|نسبتها|نسبه|نسبها|نسبوه|نسبوها|عزته|عزتها|عزاه|عزاها|عزوه|عزوها)"
                          r"(?:\s+\S+){0,3}?\s+(?:الي|ل|لل)\s*$")
_COORDINATED = re.compile(r"^\s*و\s*(?:تنظيم|حركه|قوات|فصائل|جماعه)?\s*$")
_PARTNER_GAP = re.compile(r"^[\s\"'()«»“”]*(?:و|بالتعاون مع|بدعم من|بمساندة|برفقه|ترافقها)\s*$")
_AND = re.compile(r"^[\s\"'()«»“”،,]*(?:و|من جهه و)?[\s\"'()«»“”]*$")


BETWEEN_REACH = 60


# «استهدف مسلحون …»: right after the verb stands its subject, not its target.
_VERB_THEN_SUBJECT = re.compile(r"(?:^|\s)(?:و|ف)?(?:استهدف|استهدفت|استهدفوا)\s+$")


_POST_MENTION = re.compile(r"(?:ب|و)?(?:دوريه|دوريات|حاجز|حواجز|رتل|ارتال|نقطه|ثكنه)\s")


def _targeted(norm_text: str, sentence: tuple[int, int], s: int) -> bool:
    """Is the mention at `s` named as a target («مواقع الفصائل», «حاجزاً للجيش»)? A mention
    that carries «ل» («للجيش», «لقوات») has it read with the words before it."""
    glued = "ل" if norm_text.startswith("ل", s) else ""
    # («استهدفت عبوة ناسفة دورية للشرطة»: a mention that is itself a patrol or a post is what was hit)
    return _TARGET_CUE.search(" " + norm_text[max(sentence[0], s - 24):s] + glued) is not None \
        or _POST_MENTION.match(norm_text, s) is not None


def _gap(text: str, a: int, b: int) -> str:
    return text[a:b] if a <= b else ""


def member_spans(norm_text: str, sentence: tuple[int, int], anchor: tuple[int, int]) -> list[tuple[int, int]]:
    """«جيش الفتح، الذي يضم جبهة النصرة وأحرار الشام، …»: the clauses that list a coalition's members
    (the trigger's own clause aside); a member named there is no party of the act."""
    spans = [m.span() for m in context_words().members.finditer(norm_text, sentence[0], sentence[1])]
    return [(a, b) for a, b in spans if not a <= anchor[0] < b]


def assign_actors(
    norm_text: str,
    anchor: tuple[int, int],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    mentions: list[tuple[int, int, ActorMention]],
    finite_verb: bool,
    sub_event_type: str = "",
    members: Sequence[tuple[int, int]] = (),
) -> tuple[ActorMention | None, ActorMention | None, list[ActorMention]]:
    """(actor1, actor2, associated actors) for the trigger at `anchor`.

    `mentions` are (norm_start, norm_end, mention) inside the sentence, speakers removed;
    `members` the clauses that list a coalition's members (`member_spans`), whose mentions
    are no parties.
    """
    words = context_words()
    backers = [x for x in mentions if words.backed_by.search(norm_text[max(sentence[0], x[0] - 28):x[0]])]
    for x in mentions:  # «… بمقاتلي العشائر المعروفين بـ"معاويسلي"»: the backer's name is a backer
        if x not in backers and (any(b[1] <= x[0] and words.backer_alias.match(norm_text[b[1]:x[0]]) for b in backers)
                                 or words.backed_alias.search(norm_text[max(sentence[0], x[0] - 60):x[0]])):
            backers.append(x)
    owned = []
    for prev, x in zip(mentions, mentions[1:]):  # «حركة حسم، الذراع المسلحة لجماعة الإخوان»
        if x not in backers and prev[2].actor_id != x[2].actor_id and words.affiliated.match(_gap(norm_text, prev[1], x[0])):
            if prev[2].generic and not x[2].generic:
                owned.append(prev)  # «منظومة الدفاع الجوي التابعة لقوات التحالف»: the owner is the side
            else:
                backers.append(x)
    mentions = [x for x in mentions if x not in backers and x not in owned]
    ts, te = anchor
    mentions = [x for x in mentions if not any(a <= x[0] < b for a, b in members)]
    if not mentions:
        return None, None, []
    # «بين A و B»
    for i, (s1, e1, m1) in enumerate(mentions):
        # «بين A و B» right after the trigger («المعارك التي دارت بين …»), A's backers aside
        # («بين قوات الجيش مسنودة برجال القبائل ومسلحي الجماعة»: the tribesmen are A's side).
        if 0 <= s1 - te <= BETWEEN_REACH and _BETWEEN.search(norm_text[max(sentence[0], s1 - 12):s1]):
            for s2, e2, m2 in mentions[i + 1:]:
                backing = [b for b in backers if e1 <= b[0] and b[1] <= s2]
                gap = _gap(norm_text, backing[-1][1], s2) if backing else _gap(norm_text, e1, s2)
                if m2.actor_id != m1.actor_id and _AND.match(gap):
                    return m1, m2, [b[2] for b in backing if b[2].actor_id not in (m1.actor_id, m2.actor_id)]
                break
    # «الطرفين»: two referents at one span
    pairs = [(s, m) for s, _, m in mentions if m.anaphor]
    for (s_a, a), (s_b, b) in zip(pairs, pairs[1:]):
        if s_a == s_b and a.actor_id != b.actor_id and abs(s_a - ts) < 120:
            return a, b, []
    actor1: ActorMention | None = None
    a1_end = -1
    allied: list[ActorMention] = []
    after = [(s, e, m) for s, e, m in mentions if s >= te]
    before = [(s, e, m) for s, e, m in mentions if e <= ts]
    inside = [(s, e, m) for s, e, m in mentions if ts <= s < te]
    # «قُتل مواطن بقصف سعودي», «بضربة جوية أمريكية», «جراء قصف مدفعي سعودي»: the act named with «بـ»
    # (or a cause word) and a nationality is
    # the means, and its nation the agent of what the sentence tells; the other party is the one hit.
    weapon = next((x for x in inside if x[0] == ts and x[2].inter != 7 and (
        x[0] >= 1 and norm_text[x[0] - 1] == "ب" and (x[0] < 2 or not norm_text[x[0] - 2].isalnum())
        or words.cause_before.search(norm_text, max(sentence[0], x[0] - 12), x[0]))), None)
    if weapon is not None:
        hit = next((x for x in reversed(before) if x[0] >= sentence[0] and x[2].actor_id != weapon[2].actor_id), None)
        return weapon[2], hit[2] if hit else None, []
    if inside:
        # «الحركة فصلت “الكتيبة” من صفوفها»: with a subject before the verb, the name inside is its
        # object; «حل الأخير لنفسه»: alone, it is the agent.
        subject = [x for x in before if x[0] >= clause[0]]
        if subject and finite_verb:
            return subject[-1][2], inside[0][2], []
        after = inside + after
    # «توصلت A وتنظيم B إلى اتفاق»: two sides named together before the trigger.
    if len(before) >= 2:
        (s1, e1, m1), (s2, e2, m2) = before[-2:]
        coordinated = m1.actor_id != m2.actor_id and _COORDINATED.match(_gap(norm_text, e1, s2)) is not None \
            and m1.inter != 7 and m2.inter != 7
        # Two forces of one state («قطعات جهاز مكافحة الإرهاب والجيش العراقي حررت …») are one side.
        if coordinated and (m1.inter == m2.inter and m1.inter in (1, 3) and set(m1.countries) & set(m2.countries)
                            or sub_event_type in ONE_SIDED):
            allied = [m1]
        elif coordinated:
            return m1, m2, []
    # Victims (civilians, prisoners) are never the agent while someone else is named.
    agents = [x for x in after if x[2].inter != 7]
    after_agent = agents[0] if agents else None
    by_weapon = [x for x in agents if x[0] - te < 120 and (_BY_WEAPON.search(norm_text, max(sentence[0], x[0] - 40), x[0])
                                                           or _ASCRIBED_TO.search(norm_text, max(sentence[0], x[0] - 50), x[0]))]
    if by_weapon:
        actor1, a1_end = by_weapon[0][2], by_weapon[0][1]
    elif after_agent is not None:
        s, e, m = after_agent
        gap = _gap(norm_text, te, s)
        words = gap.split()
        if sub_event_type in ACTS_ON_AFTER and _UNIT_OF.search(" " + gap) and len(words) <= 3:
            actor1, a1_end = m, e
        elif sub_event_type in ACTS_ON_AFTER and not finite_verb and not _BY_AGENT.search(gap):
            pass  # after the noun «اعتقال», «اختطاف» comes who it was done to (a verb takes its subject)
        elif (_AGENT_GAP.match(gap) and (finite_verb or not _POST_MENTION.match(norm_text, s))) \
                or (not finite_verb and len(words) <= 1 and not _targeted(norm_text, sentence, s)):
            actor1, a1_end = m, e
    before_agents = [x for x in before if x[2].inter != 7]
    if actor1 is None and before_agents:
        # The nearest earlier mention in the clause, else in the sentence; not one named as a
        # target («استهدف مسلحون حاجزاً للجيش بعبوة ناسفة»: the army's checkpoint was hit).
        in_clause = [x for x in before_agents if x[0] >= clause[0]]
        pool = in_clause or before_agents
        free = [x for x in pool if not _targeted(norm_text, sentence, x[0])
                or _VERB_THEN_SUBJECT.search(norm_text, max(sentence[0], x[0] - 12), x[0])]
        pick = (free or pool)[-1]
        if ts - pick[1] < 200:
            actor1, a1_end = pick[2], pick[1]
    # «قوات النظام والميليشيات الموالية لها», «الفصائل بالتعاون مع القوات الحليفة»: partners of
    # actor1, on its side (associated actors below), never the other side.
    partners = [x for x in mentions if actor1 is not None and x[0] > a1_end and x[2].actor_id != actor1.actor_id
                and _PARTNER_GAP.match(_gap(norm_text, a1_end, x[0]))]
    actor2: ActorMention | None = None
    targeted = False
    for s, e, m in mentions:
        if actor1 is not None and m.actor_id == actor1.actor_id or any(m is p[2] for p in partners):
            continue
        if s >= max(te, a1_end) and _targeted(norm_text, sentence, s):
            actor2, targeted = m, True
            if actor1 is None and sub_event_type in ACTS_ON_AFTER and m.inter != 7 \
                    and _UNIT_OF.search(" " + norm_text[max(sentence[0], s - 24):s]):
                actor1, actor2 = m, None  # «اعتُقل شاب على حاجز لقوات النظام»
            break
    if actor2 is None and actor1 is not None:
        # «استهدف مسلحون حاجزاً للجيش بعبوة ناسفة»: the target named between the agent and the act.
        for s, e, m in before:
            if s > a1_end and m.actor_id != actor1.actor_id and not any(m is p[2] for p in partners) \
                    and s >= clause[0] and _targeted(norm_text, sentence, s):
                actor2, targeted = m, True
                break
    if actor2 is None:
        # «… ، قالت أنقرة إنها استهدفت …»: who speaks after the act is no target of it; nor is
        # who acts in a clause opened by «فيما» («انفجرت سيارة مفخخة، فيما فككت قوة من الشرطة …»).
        rest = [x for x in after if (actor1 is None or x[2].actor_id != actor1.actor_id) and x not in partners
                and not context_words().speaks.search(norm_text, max(sentence[0], x[0] - 10), x[0])
                and not context_words().contrast.search(norm_text, te, x[0])]
        if rest and rest[0][0] - te < 80:
            actor2 = rest[0][2]
    # A lone party that is not the target of the act is its agent.
    if actor1 is None and actor2 is not None and actor2.inter != 7 and not targeted \
            and not (sub_event_type in ACTS_ON_AFTER and not finite_verb):
        actor1, actor2 = actor2, None
    assoc: list[ActorMention] = []
    seen = {m.actor_id for m in (actor1, actor2) if m is not None}
    if actor1 is not None:
        # «قوات النظام وحلفائها», «الفصائل بالتعاون مع القوات الحليفة»: partners of actor1.
        for s, e, m in partners:
            if m.actor_id not in seen:
                assoc.append(m)
                seen.add(m.actor_id)
        assoc.extend(m for m in allied if m.actor_id not in seen)
        assoc.extend(m for _, _, m in backers if m.actor_id not in seen)
    return actor1, actor2, assoc


def _arresting(m: ActorMention) -> bool:
    """A state force that can make an arrest (not a government named as a building or speaker)."""
    return m.inter == 1 and m.kind != "government"


def arrest_parties(actor1: ActorMention | None, actor2: ActorMention | None, before: list[ActorMention],
                   earlier: list[ActorMention]) -> tuple[ActorMention | None, ActorMention | None]:
    """(actor1, actor2) of an arrest: the state arrests. `before` are the sentence's parties
    named before the trigger, `earlier` those of the two sentences before it up to the trigger.

    - «ضبطت الجهات الأمنية خلية إرهابية … واعتقلت أفرادها»: the group named nearer the verb is
      who the state force named before it arrested;
    - «اعتقال الأمن العسكري أربعة شبان»: a state force after the noun makes the arrest;
    - «وقال مصدر في شرطة البصرة إن قوة … . واعتقلت ستة»: an arrest that names no one is made by
      the state force named last before it.
    """
    if actor1 is not None and actor1.inter != 1:
        state = [m for m in before if _arresting(m)]
        if state:
            return state[0], actor1
    if actor1 is None and actor2 is not None and _arresting(actor2):
        return actor2, None
    if actor1 is None:
        state = [m for m in earlier if _arresting(m)]
        if state:
            return state[-1], actor2
    return actor1, actor2

