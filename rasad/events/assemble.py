"""From triggers to events: one event per real-world event, with its arguments.

For each sentence, the triggers of one event type (and sub-type) make one candidate; its
date, place, actors, fatalities and modality come from the clause, then the sentence,
then the article (the dateline for the date, the headline or the dateline for the place). A list of
towns after one trigger makes one event per town, as ACLED codes them. Candidates that
describe the same event (same type, compatible date, place and actors) are merged, so an
event mentioned three times is reported once.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import takewhile

from rasad.actors.dictionary import one_force
from rasad.actors.linker import BORDER_WITH as _BORDER_WITH, UNIDENTIFIED
from rasad.events.arguments import arrest_parties, assign_actors, member_spans
from rasad.events.context_words import context_words
from rasad.events.instruments import drop_instruments
from rasad.events.interceptions import disrupter_first
from rasad.events.list_tolls import share_to_list
from rasad.events.crowd_violence import retype
from rasad.events.crowd_names import article_start, crowd_named
from rasad.events.ceasefires import place_truces
from rasad.events.deadly_destruction import deadly_groups, deadly_retype
from rasad.events.territory import retype_taking
from rasad.events.cues import CueHit, get_cues
from rasad.events.campaigns import without_campaigns
from rasad.events.accusations import without_accusations
from rasad.events.aftermath import without_aftermath
from rasad.events.titles import without_titles
from rasad.events.agreements import civil_agreement
from rasad.events.opinions import without_opinions
from rasad.events.grievances import without_grieved_deaths, without_grievances
from rasad.events.taxonomy import ARMED_SIDES, CROWD_TYPES, STATE_FORCES
from rasad.events.fatalities import DeathCount, death_counts
from rasad.events.tolls import Told, cumulative, event_toll, orphan_share, orphan_target, same_place, tied_places
from rasad.events.modality import judge
from rasad.events.place_lists import VICINITY_KM, continues_list, governing_list, list_runs, named_apart, outskirts
from rasad.events.spans import SpanIndex, sentence_of
from rasad.events.story_day import day_carried_on
from rasad.events.toll_words import running_total
from rasad.text.asides import in_brackets
from rasad.events.triggers import TriggerHit, get_trigger_lexicon
from rasad.events.victims import PLANTED, casualties_told, civilian_victim, detainees, vehicle_owner
from rasad.text.matcher import SharedScan
from rasad.text.normalise import NormText, normalise_phrase
from rasad.text.words import spelled_at
from rasad.timex.lexicon import load_lexicon
from rasad.text.sentences import clause_bounds
from rasad.types import ActorMention, Event, NumberMention, PlaceMention, Relation, TimeExpression

_DESTINATION = re.compile(r"(?<!\w)(?:الي|نحو|باتجاه)\s+(?:\S+\s+)?$")
# «استقدمت تعزيزات من عدن ولحج», «قادمين من مأرب»: where forces came from is no event's place
# (nor the rest of its list: «… من عدن ولحج»).
_ROAD_END = re.compile(r"(?:الرابط|الواصل|يربط|تربط|الرابطه|الواصله)\s+(?:بين\s+)?(?:(?:مدينه|مدينتي)\s+)?(?:\S+(?:\s+\S+)?\s+و)?$")
_ORIGIN_LIST = re.compile(r"(?:تعزيزات|امدادات|قادمه|قادمين|قادما)(?:\s+\S+){0,2}?\s+من\s+\S+(?:\s+\S+)?\s+و$")
_ORIGIN = re.compile(r"(?:^|\s)(?:تعزيزات|تعزيزاتها|تعزيزاته|امدادات|قادمه|قادمين|قادما|قادمون|وافدين)(?:\s+\S+){0,2}?\s+من\s+$")
_SINCE = re.compile(r"(?<!\w)(?:و)?منذ\s+$")
_SINCE_START = re.compile(r"(?:و)?منذ\s")
_RELATIVE = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)(?!\w)")
_OWN_RELATIVE = 14  # normalised characters after a trigger within which a relative clause describes it
# «معارك استمرت منذ فجر أمس»: within these normalised characters of the trigger, «منذ» after a
# verb of lasting (context_words.yaml lasting_verbs) dates the trigger's own act.
_OWN_DURATION = 12
_SINCE_REACH = 30  # normalised characters after a trigger within which «منذ …» may still date it
# «قال مسؤولون اليوم السبت إن …»: a date right before the complementiser dates the speaking.
_SPEECH_TIME = re.compile(r"\s*[،,]?\s*ب?ان(?:ه|ها|هم)?\s")
# «… بعد أن كانت عناصر التنظيم قد تسللت إليها أواخر الشهر الماضي»: a date past these is another act's.
_COMMA_NEXT = re.compile(r"\s*[،,]")
_EARLIER_ACT = re.compile(r"(?<!\w)(?:(?:بعد|قبل) ان|و?كان(?:ت|وا)?)(?!\w)")
_LATER_ACT = re.compile(r"(?<!\w)قبل ان(?!\w)")
_BACKGROUND = re.compile(r"(?:علي خلفيه|في ظل|في خضم)\s+(?:\S+\s+)?$")
UNREALISED = ("negated", "hypothetical")
UNARMED_BODIES = frozenset({"igo", "ngo"})  # actor kinds that author no violence …
ARMED_BODIES = frozenset({"int.nato"})  # … but an alliance whose aircraft strike
# A name inside brackets right after another name is an aside about it, not a party.
ASIDE_BEFORE, ASIDE_AFTER = 40, 60
HEADLINE_AREA_KM = 40  # a village the body places in the headline's town or district lies this near it
HOLDER_REACH = 40  # characters from a place to the area named as holding it («… شمالي قضاء سنجار»)
DEATH_REACH = 220  # characters from a trigger to a death toll that belongs to it
# A summary bullet («- **غارات على بلدة كذا**: …») repeats the story like a headline.
_BULLET = re.compile(r"\s*(?:[-–•*▪●]\s*\*\*|[•▪●])")
_GENERIC_STRIKE_NOUNS = frozenset({"القصف", "بالقصف", "والقصف", "للقصف", "الاستهداف", "القصف ذاته", "القصف نفسه"})
_PROTESTED = re.compile(r"(?:احتجاجا|تنديدا|رفضا|استنكارا)\s+(?:علي|ب|ل)?\s*(?:استمرار\s+)?$|(?:للمطالبه|مطالبين|مطالبه)\s+ب(?:الافراج|اطلاق)\s+(?:سراح\s+)?\S*\s*$")
_DEFINITE = re.compile(r"(?:هذا|هذه|ذلك|تلك|هذين|هاتين)\s+$")
# Decisions and changes inside a group: a place in another clause is rarely where they happened.
ABSTRACT_SUBTYPES = {"Agreement", "Change to group/activity", "Other"}
TRANSFER = "Non-violent transfer of territory"
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
CIVILIAN_TARGET = {"Explosions/Remote violence", "Violence against civilians"}
ACLED_START = date(1997, 1, 1)  # the first day ACLED's data covers: events before it are history
_LED_BY = re.compile(r"(?:بقياده|تقوده|تقودها|يقوده|بزعامه|المدعوم من|المدعومه من|بدعم من)\s+(?:المملكه\s+)?(?:العربيه\s+)?$")
# A sentence that carries on the previous one's report: «وأضاف …», «وأوضح …», «بدورهم أشار …».
_CONTINUES_REPORT = re.compile(r"\s*(?:واضاف|واضافت|واضافوا|واوضح|واوضحت|وتابع|وتابعت|واشار|واشارت|وافاد|وافادت|بدوره|بدورها|بدورهم"
                               r"|(?:و)?في الوقت (?:ذاته|نفسه)|(?:و)?في الاثناء|(?:و)?في غضون ذلك|(?:و)?بالتزامن(?: مع ذلك)?"
                               r"|(?:و)?في (?:العمليه|الحمله|اليوم|الهجوم) (?:ذاتها|نفسها|ذاته|نفسه))(?:\s|،)")
_BEARING_WORD = re.compile(r"^(?:و|ب|في\s+)?(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|قرب|بالقرب من)\s")
# «وفي صفاقس، نفذ عمال …»: a place fronted before the sentence's first comma sets the scene.
_FRONTED = re.compile(r"\s*(?:و|ف)?(?:في|ب)\s*(?:مدينه|بلده|محافظه|ولايه|منطقه|قريه)?\s*")
_INSIDE = re.compile(r"^\s*[،,]?\s*(?:وسط|في|ب|داخل|قرب|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)?\s*(?:مدينه|بلده|محافظه|ولايه)?\s*$")


@dataclass
class Candidate:
    event: Event
    sentence: int
    own_time: bool
    own_place: bool
    relations: list[tuple[str, bool]] = field(default_factory=list)  # (relation type, reverse)
    deaths: list[DeathCount] = field(default_factory=list)
    weak: bool = False
    body: bool = True  # False for a mention in the headline
    split_group: int | None = None  # candidates made from one list of towns stay apart
    groups: set[int] = field(default_factory=set)  # lists this candidate holds an item of (itself or merged)
    sentences: set[int] = field(default_factory=set)  # every sentence that mentions the event
    definite: bool = False  # «التفجير», «هذا الهجوم»: refers back to an event already told
    outcome_subject: bool = False  # «وأدى الاشتباك إلى …»: definite, and the subject of its outcome
    merge_only: bool = False  # adds to an event told elsewhere, never stands alone
    bare_reference: bool = False  # told by a definite noun («الاحتجاجات»), as something known
    new_scene: bool = False  # placed in a sentence that opens with a place («وفي صيدا، احتشد …»): another scene
    places_told: tuple[PlaceMention, ...] = ()  # every place its sentences name
    # «الغارة على خان شيخون أدت إلى مقتل خمسة، في حين قتل ثلاثة في كفرسجنة»: counts its sentence
    # ties to another place of a list told before, and that place (see `_send_tolls_home`)
    elsewhere: list[tuple[DeathCount, PlaceMention]] = field(default_factory=list)
    # «أصيب عسكريان إثر انفجار لغم»: the country's forces a blast hurt, its target when no other
    # is named once the event's mentions are merged (a force told as a victim blocks no merge)
    hurt_forces: ActorMention | None = None


@dataclass
class DocumentView:
    """What the event stage reads: the text and every earlier stage's annotations."""

    norm: NormText
    sentences: list[tuple[int, int]]
    published: date | None
    title_end: int  # normalised offset where the headline ends (0 if none)
    body_start: int
    times: list[TimeExpression]
    actors: list[ActorMention]
    places: list[PlaceMention]
    numbers: list[NumberMention]
    outlet_names: frozenset[str] = frozenset()
    country: str | None = None  # the country the article is mostly about (ISO alpha-2)
    furniture: list[tuple[int, int]] = field(default_factory=list)  # page furniture (normalised spans)
    names: list[tuple[int, int]] = field(default_factory=list)  # outlets' names («قناة المسيرة»): no triggers


def _to_norm(norm: NormText, start: int, end: int) -> tuple[int, int]:
    return norm.norm_index(start), norm.norm_index(end)


CLAIM_REACH = 40  # characters between a claim of responsibility and the group that makes it
CLAIM_SENTENCES = 4  # sentences after an attack's own within which its claim may come


CLAIM_NOUN = normalise_phrase("مسؤول")  # «مسؤوليته» as cue keys are matched (ؤ folded to و)


def _same_incident_after(text: str, si: int, sentences: list[tuple[int, int]],
                         places: SpanIndex | None = None) -> list[tuple[int, int]]:
    """The few sentences after the attack's, up to one that opens another incident
    («وفي حادث منفصل، …», or another place fronted: «وفي ولاية شمال دارفور، دارت …»): a claim
    there is about what follows it."""
    opens_another = context_words().separate_incident

    def another_place(s: tuple[int, int]) -> bool:
        if places is None:
            return False
        lead = _FRONTED.match(text, s[0])
        return lead is not None and bool(places.within(lead.end(), lead.end() + 1))  # a place opens right there

    return list(takewhile(lambda s: not opens_another.match(text, s[0]) and not another_place(s),
                          sentences[si + 1:si + 1 + CLAIM_SENTENCES]))


def _opens_with_place(text: str, sent: tuple[int, int], places: SpanIndex) -> bool:
    """Does the sentence open with a place, fronted and cut off by a comma («وفي صيدا، …»)?"""
    lead = _FRONTED.match(text, sent[0])
    first = next(iter(places.within(lead.end(), lead.end() + 1)), None) if lead else None
    return first is not None and _comma_after(text, first[1])


def _comma_after(text: str, pos: int) -> bool:
    """Does a comma follow `pos`, a space aside (where a fronted place ends: «وفي صيدا، …»)?"""
    return text[pos:pos + 2].lstrip().startswith(("،", ","))


_DATELINE_LINE = re.compile(r"\s*\S+(?:\s\S+)?\s*(?:[-–—/(:،,]|$)")


def _dateline_places(text: str, view: DocumentView, places: SpanIndex) -> list[tuple[int, int, PlaceMention]]:
    """The place a short dateline line opens with («عمّان - الغد», «نيامي (أ ف ب)»), when the
    first line after the headline is one."""
    first = next((s for s in view.sentences if s[0] >= view.title_end), None)
    if first is None or first[1] - first[0] > 48 or "\n" in text[first[0]:first[1]]:
        return []
    opening = places.within(first[0], first[0] + 2)
    if not opening or not _DATELINE_LINE.match(text, first[0]):
        return []
    return opening[:1]


def _claimant(text: str, sent: tuple[int, int], si: int, sentences: list[tuple[int, int]], cues: SpanIndex,
              actors: SpanIndex, places: SpanIndex | None = None) -> ActorMention | None:
    """«… وتبنى تنظيم الدولة التفجير», «أعلنت حركة الشباب مسؤوليتها»: the group that claims
    the attack, in its sentence or the few after it that tell the same incident, is its author."""
    spans = [sent] + _same_incident_after(text, si, sentences, places)
    for s0, s1 in spans:
        for _, _, c in cues.within(s0, s1):
            if c.family != "claim_verbs":
                continue
            if c.key.startswith(CLAIM_NOUN):
                near = [m for a, b, m in actors.within(s0, c.start) if b <= c.start and c.start - b <= CLAIM_REACH]
                pick = near[-1] if near else None
            else:
                near = [(b, m) for a, b, m in actors.within(c.end, s1) if a - c.end <= CLAIM_REACH]
                pick = near[0][1] if near else None
                if pick is not None and s0 != sent[0] and context_words().new_act_claimed.search(text, c.end, min(s1, c.end + CLAIM_REACH + 50)):
                    # «كما تبنت سرايا القدس قصف تل أبيب»: a later claim of an act of its own
                    continue
            if pick is not None and pick.inter in (2, 3, 4, 8) and not pick.is_person:
                return pick
    return None



def _accused(text: str, sent: tuple[int, int], si: int, sentences: list[tuple[int, int]],
             actors: SpanIndex) -> ActorMention | None:
    """«واتهم متحدث باسم القوات الجنوبية تنظيم القاعدة بالوقوف وراء الهجوم»: the armed group
    a speaker accuses of the attack, in its sentence or the few after it, is its alleged author."""
    words = context_words()
    for s0, s1 in [sent] + _same_incident_after(text, si, sentences):
        verb = words.accusation.search(text, s0, s1)
        if verb is None:
            continue
        for a, b, m in actors.within(verb.end(), s1):
            if words.accused_of.match(text, b) and m.inter in (2, 3, 4) and not m.is_person:
                return m
    return None


# «قواته», «مقاتليها», «عناصره»: a party's own forces, told by its speaker.
_OWN_FORCES = re.compile(r"(?<!\w)(?:و|ف|ب|ل)?(?:قوات|مقاتلي|مقاتلو|عناصر|وحدات|كوادر|دوريات|افراد)(?:ه|ها|هم)(?!\w)")
# «قالت القوات إنها اشتبكت مع …», «أعلن الجيش أنه خاض معارك»: the speaker tells its own fight.
_SELF_TOLD = re.compile(r"(?<!\w)(?:و|ف)?ان(?:ه|ها|هم)(?: قد)?(?: \S+)? $")


def _unarmed_body(m: ActorMention) -> bool:
    """A body of states or an aid agency («مجلس الأمن», «الصليب الأحمر»): never violence's author."""
    return m.kind in UNARMED_BODIES and m.actor_id not in ARMED_BODIES


def _armed_speaker(mod, actors: list[tuple[int, int, ActorMention]]) -> ActorMention | None:
    """«قال التحالف إن طائراته نفذت ضربة»: an armed party that reports a strike and names no
    other author speaks of its own act."""
    if mod.speaker_span is None:
        return None
    a, b = mod.speaker_span
    armed = [m for s, e, m in actors if a <= s and e <= b and m.inter in (1, 2, 3, 8) and not m.is_person
             and m.kind != "ngo"]  # «قالت اللجنة الدولية للصليب الأحمر إن …» tells of others' acts
    return armed[0] if armed else None


def _victims(victim: CueHit, view: "DocumentView", country: str | None) -> ActorMention | None:
    """Civilians (country), named by the words the sentence calls its victims (normalised span)."""
    return _party_named("civilians", victim.start, victim.end, view, country)


def _party_named(kind: str, norm_start: int, norm_end: int, view: "DocumentView",
                 country: str | None) -> ActorMention | None:
    """The generic actor `gen.<kind>` of `country`, named by the words at a normalised span."""
    a, b = view.norm.span(norm_start, norm_end)
    return _generic_party(kind, view.norm.original[a:b], a, b, view, country)


def _forces_killed(text: str, clause: tuple[int, int]) -> tuple[str, re.Match[str]] | None:
    """(«police» or «military», the words) when the clause names a policeman or a soldier
    («شرطي», «رجل أمن»; «جنود», «مجند») among the victims; the police are looked for first."""
    words = context_words()
    for kind, pattern in (("police", words.police_victims), ("military", words.soldiers)):
        if (found := pattern.search(text, *clause)) is not None:
            return kind, found
    return None


def _crowd(kind: str, hit: TriggerHit, view: "DocumentView", country: str | None) -> ActorMention | None:
    """Protesters or rioters of the article's country, named by the trigger itself
    («خرج المئات في مظاهرة»: the crowd is the event's first actor, as ACLED codes it)."""
    return _generic_party(kind, hit.text, hit.start, hit.end, view, country)


def _generic_party(kind: str, text: str, start: int, end: int, view: "DocumentView",
                   country: str | None) -> ActorMention | None:
    """The generic actor `gen.<kind>` of `country`, named by the words at start:end."""
    from rasad.actors import get_dictionary

    book = get_dictionary()
    generic = book.get(f"gen.{kind}")
    if generic is None:
        return None
    actor = book.resolve(generic, country, view.published)
    return ActorMention(text=text, start=start, end=end, actor_id=actor.id, name_ar=actor.name_ar,
                        name_en=actor.name_en, inter=actor.inter, kind=actor.kind, countries=tuple(actor.countries),
                        generic=True)


def _crowd_roles(etype: str, sub: str, actor1: ActorMention | None, actor2: ActorMention | None,
                 mentions: list[tuple[int, int, ActorMention]], hit: TriggerHit, view: "DocumentView",
                 country: str | None, sentence: tuple[int, int],
                 sentence_cues: list[CueHit] = (), speaker: tuple[int, int] | None = None,
                 ) -> tuple[ActorMention | None, ActorMention | None]:
    """Protests and riots: the crowd is actor1; a state force that meets it is actor2, and
    the agent when it uses excessive force. The target of a protest is no actor."""
    kind = "protesters" if etype == "Protests" else "rioters"
    named = [m for _, _, m in mentions]
    inter = 6 if etype == "Protests" else 5  # ACLED: 6 protesters, 5 rioters
    # A union or a movement that organises the crowd («نقابة المعلمين») is its associated actor
    # (see _caller), not the crowd itself.
    crowd = next((m for m in named if m.actor_id.startswith(f"gen.{kind}")
                  or (m.inter == inter and not _organiser(m))), None)
    if crowd is not None and crowd.generic and country and not crowd.actor_id.endswith(f":{country}") \
            and crowd.actor_id.startswith(f"gen.{kind}"):
        # The crowd is of the country where it marched, whatever the article's main country.
        crowd = _generic_party(kind, crowd.text, crowd.start, crowd.end, view, country) or crowd
    if crowd is None and (people := crowd_named(view.norm.text, (hit.norm_start, hit.norm_end), sentence, sentence_cues,
                                                speaker)) is not None:
        # «تظاهر مئات الموظفين والمعلمين»: the crowd named by the people it is made of
        crowd = _party_named(kind, article_start(people), people.end, view, country)
    crowd = crowd or _crowd(kind, hit, view, country)
    # Whoever meets the crowd with force: security forces, or gunmen of any side; not what the
    # crowd marches against («طالبوا برحيل النظام، وفرقتهم قوات الشرطة»).
    words = context_words()
    text = view.norm.text
    forces = [m for s, _, m in mentions if m.inter not in (None, 5, 6, 7) and not m.is_person
              and not words.protest_target.search(text, max(0, s - 12), s)]
    # An armed force over a government named only as a building («قرب قصر الحكومة»).
    force = next((m for m in forces if m.kind != "government"), forces[0] if forces else None)
    if force is None and sub != "Peaceful protest":
        found = words.crowd_police.search(text, *sentence)
        if found:  # «أطلقت القوات الأمنية الرصاص على متظاهرين»
            start = found.start() + (3 if text.startswith("مع ", found.start()) else 0)  # «مع الأمن»: the force, not «مع»
            force = _party_named("police", start, found.end(), view, country)
    if force is None and sub != "Peaceful protest":
        found = words.soldiers.search(text, *sentence)
        if found:  # «أطلق جنود متمركزون قرب الدوار النار على المتظاهرين»: the country's army
            force = _party_named("military", found.start(), found.end(), view, country)
    if sub == "Excessive force against protesters":
        return (force, crowd) if force is not None else (crowd, None)
    return crowd, force if sub != "Peaceful protest" else None



def _organiser(m: ActorMention) -> bool:
    """A union, a professionals' association or a movement of protest («نقابة المعلمين»,
    «تجمع المهنيين»): ACLED's associated actor of the crowd it brings out, not the crowd."""
    return m.kind == "protesters" and not m.actor_id.startswith(("gen.protesters", "gen.rioters"))


def _caller(text: str, anchor: tuple[int, int], sent: tuple[int, int],
            mentions: list[tuple[int, int, ActorMention]]) -> ActorMention | None:
    """The group that called a protest out: named right after a call or organiser verb before
    the trigger, an organisation rather than a crowd, a victim, a person or a state force; else
    a union or movement of protest the sentence names («أضرب أعضاء نقابة المعلمين»)."""
    for s, e, m in mentions:
        if e <= anchor[0] and (m.inter not in (None, 1, 5, 6, 7) or _organiser(m)) and not m.is_person \
                and not _unarmed_body(m) and context_words().call_before.search(text, max(sent[0], s - 12), s):
            return m
    return next((m for _, _, m in mentions if _organiser(m)), None)


def _is_finite_verb(key: str) -> bool:
    """Is the trigger a conjugated verb («قصفت», «اعتقلت») rather than a noun («اعتقال»,
    «تفجير», «اشتباكات», «القصف»)? Verbal nouns of the common patterns carry a long vowel
    before their last letter; plurals end in «ات»; the article marks a noun."""
    word = key.split()[0]
    if word in context_words().verbs_like_nouns:
        return True
    if word.startswith("ال") or word.endswith(("ات", "ه")):
        return False
    return not (len(word) >= 5 and word[-2] in "اي")


def _fuul_noun(key: str) -> bool:
    """«هجوم», «سقوط», «خروج»: a verbal noun of the pattern فُعول, which `_is_finite_verb` reads
    as a verb (its parties are read the same either way; its date is not: «الهجوم الذي استهدف
    حافلة … أمس الجمعة» is dated by the clause that describes it)."""
    word = key.split()[0]
    return len(word) == 4 and word[-2] == "و" and word[0] not in "يتنا"


def _next_weekday(texpr: TimeExpression, published: date) -> TimeExpression | None:
    """«دعا … إلى موكب بعد ظهر الخميس»: a bare weekday of what is planned is the coming one,
    not the one just gone («الخميس الماضي» says it is past: no date then)."""
    if not (texpr.relative and texpr.precision == "day" and texpr.date is not None
            and 0 < (published - texpr.date).days < 7):
        return None
    past = _past_words()
    said = normalise_phrase(texpr.text)
    if any(w in past for w in said.split()) or any(p in said for p in past if " " in p):
        return None
    return replace(texpr, date=texpr.date + timedelta(days=7), future=True)


@lru_cache(maxsize=1)
def _past_words() -> frozenset[str]:
    """The time lexicon's words that point back («الماضي», «أمس»)."""
    lex = load_lexicon()
    return frozenset({w for w, sign in lex.modifiers.items() if sign < 0} | {w for w, days in lex.relative_days.items() if days < 0})


def _kinds_beside(text: str, hit: TriggerHit, hits: list[TriggerHit]) -> set[str]:
    """The event kinds («type» and «type: sub-type») the sentence's other triggers name, except
    those in a later clause opened by «فيما/بينما/في حين» (another party's account) or by a
    denial («…، ونفى المصدر … سيطرتهم على التبة»: a denied act is no better name for one told)."""
    kinds: set[str] = set()
    for h in hits:
        if h is hit:
            continue
        if h.norm_start > hit.norm_start and _OTHER_ACCOUNT.search(text, hit.norm_end, h.norm_start):
            continue
        kinds |= {h.entry.event_type, f"{h.entry.event_type}: {h.entry.sub_event_type}"}
    return kinds


_OTHER_ACCOUNT = re.compile(r"[،,]\s*(?:و)?(?:فيما|بينما|في حين|اما|نفي|نفت|نفوا)\s")


_QUOTE_OPEN, _QUOTE_CLOSE = "«\"“", "»\"”"
# «دعا ناشطون إلى «مليونية»», «إلى «عصيان مدني»»: a protest called to or joined, quoted as outlets
# quote the names they coin, not as a figure of speech (the issue's «دعا إلى يوم غضب»); so is
# a day of protest named as the day's events («فعاليات «جمعة الغضب»», not «فعاليات «مسيرة الألف خطوة»»).
_CALLED_TO = re.compile(r"(?<!\w)(?:الي|في|ل)\s*\W?$")


def _scare_quoted(original: str, start: int, end: int) -> bool:
    """«اغتيال» المؤسسات, «قصف عشوائي» لمكتسبات المواطنين: a trigger word set in quotation
    marks by itself (a few words at most) is a figure of speech, not a report."""
    before = original[max(0, start - 3):start]
    opening = max(before.rfind(q) for q in _QUOTE_OPEN)
    if opening < 0 or any(ch.isalpha() and ch not in "بلوفكـا" for ch in before[opening + 1:]):
        return False
    close = min((i for i in (original.find(q, end, end + 24) for q in _QUOTE_CLOSE) if i >= 0), default=-1)
    return close >= 0 and original[end:close].count(" ") <= 2 and "\n" not in original[end:close]


def _offset_back(text: str, at: int, texpr: TimeExpression) -> TimeExpression:
    """«عُثر صباح اليوم على جثة شاب بعد يومين من اختطافه»: the act after «بعد يومين من»
    happened two days before the sentence's day."""
    words = context_words()
    m = words.offset_before.search(text, max(0, at - 24), at)
    days = words.offset_days.get(m.group("n"), 0) if m else 0
    if not days:
        return texpr
    return replace(texpr, date=texpr.date - timedelta(days=days), relative=True)


def _day_after(text: str, norm: NormText, sent: tuple[int, int], candidates: list[Candidate]) -> TimeExpression | None:
    """«كما أحرق المهاجمون في اليوم التالي قريتي …»: the day after the last day told before."""
    m = context_words().following_day.search(text, *sent)
    told = [c.event.time for c in candidates if c.event.time is not None and c.event.time.date is not None
            and c.event.time.precision == "day" and c.event.trigger_start < norm.span(sent[0], sent[0] + 1)[0]]
    if m is None or not told:
        return None
    a, b = norm.span(m.start(), m.end())
    return TimeExpression(text=norm.original[a:b], start=a, end=b, date=told[-1].date + timedelta(days=1),
                          precision="day", relative=True)


def _after_particle(text: str, at: int) -> bool:
    """«دون أن تسجل إصابات», «ولم يشهد»: the present tense after a particle tells no habit."""
    return context_words().particle_before.search(text, max(0, at - 10), at) is not None


def _outcome_start(text: str, hit: TriggerHit, sent: tuple[int, int]) -> int | None:
    """Where the outcome begins when the definite act noun at `hit` is the subject of an
    outcome verb («وأدى الاشتباك إلى …», «أن القصف أسفر عن …»), else None. A time before it
    («وأسفرت الاشتباكات التي اندلعت فجر اليوم عن …») is the act's own."""
    cw = context_words()
    word_start = hit.norm_start - len(hit.prefix)
    end = _word_end(text, hit.norm_end)
    after = cw.outcome_verb_after.match(text, end)
    if after is not None:
        return after.end()
    if cw.outcome_verb_before.search(text, max(sent[0], word_start - 12), word_start) is None:
        return None
    lead = _OUTCOME_LEAD.search(text, end, sent[1])
    return lead.start() if lead is not None else end


# «وأدى الاشتباك (الذي …) إلى …», «أسفر القصف عن …», «تسبب الانفجار بـ/في …»: the outcome's preposition.
_OUTCOME_LEAD = re.compile(r"\s(?:الي|عن|في|ب(?=\w))")


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isalnum():
        pos += 1
    return pos


_REALISED = frozenset({"asserted", "claimed"})


def _same_footing(a: str, b: str) -> bool:
    """Are two modalities those of one act told twice? What the outlet asserts and what a
    source tells of it is one event; what is planned, feared or denied is not."""
    return a == b or {a, b} <= _REALISED


def _same_noun(told: Event, again: Event) -> bool:
    """«تجددت المواجهات بين الشبان وقوات مكافحة الشغب … وأسفرت المواجهات عن إصابة …»: the
    noun an event was told by, named again with the article, is that event whatever the type
    its second sentence alone would give it."""
    def word(e: Event) -> str:
        w = normalise_phrase(e.trigger_text)
        w = w[1:] if w[:1] in "وفب" and w[1:3] == "ال" else w
        return w[2:] if w.startswith("ال") else w
    return " " not in again.trigger_text.strip() and word(told) == word(again)


def _is_bare_reference(hit: TriggerHit) -> bool:
    """«أن القصف تسبب باحتراق …», «نص الاتفاق على …»: the definite noun of an event already
    told, with nothing of its own (no date, place or party) to make it another one."""
    return hit.prefix.endswith("ال") or hit.key.startswith("ال")


# «إرهابيين اثنين ينتميان إلى كتيبة «جند الخلافة»»: a count and the group's noun may come between.
_AFFILIATED = re.compile(r"^\s*(?:(?:اثنين|اثنان|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|\d+)\s+)?"
                         r"(?:من|من عناصر|ينتمون الي|ينتمي الي|ينتميان الي|التابعين ل|التابعين لل|تابعين ل|تابعين لل|التابع ل|التابع لل"
                         r"|يتبعون|يتبعون ل|يتبعون لل|يتبع|يتبع ل|يتبع لل|تابعون ل|تابعون لل)?"
                         r"\s*(?:(?:كتيبه|تنظيم|جماعه|حركه|قبيله|قبائل|عشيره|عشائر)\s*)?[\"'«“(]*\s*$")


def _named_affiliations(text: str, mentions: list[tuple[int, int, ActorMention]]) -> list[tuple[int, int, ActorMention]]:
    """«مسلحون من تنظيم داعش», «مسلحين ينتمون إلى ولاية سيناء»: a category followed by the group
    it belongs to is that group."""
    out: list[tuple[int, int, ActorMention]] = []
    skip = -1
    for i, (s, e, m) in enumerate(mentions):
        if i == skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        # («مسلحين من أبناء العشائر»: unnamed gunmen told as the tribes' men are the tribal militia)
        if m.generic and m.inter in (None, 2, 3, 4) and nxt is not None and nxt[2].actor_id \
                and (not nxt[2].generic or nxt[2].inter == 4 and m.inter != 4) \
                and nxt[0] - e <= 24 and _AFFILIATED.match(text[e:nxt[0]]):
            out.append((s, nxt[1], nxt[2]))  # the whole phrase stands for the group
            skip = i + 1
            continue
        out.append((s, e, m))
    return out


_FIRE_BETWEEN = re.compile(r"(?<!\w)بين(?!\w)")


def _mutual_fire(text: str, anchor: tuple[int, int], norm: NormText, actor1: ActorMention | None,
                 actor2: ActorMention | None) -> bool:
    """«إطلاق النار بين آل شمص وآل جعفر»: shooting between two armed sides named right after
    it is a fight between them, not violence against civilians."""
    if actor1 is None or actor2 is None or actor1.inter not in ARMED_SIDES or actor2.inter not in ARMED_SIDES:
        return False
    a1 = norm.norm_index(actor1.start)
    if not 0 <= a1 - anchor[1] <= 40 or norm.norm_index(actor2.start) < a1:
        return False
    return _FIRE_BETWEEN.search(text, anchor[1], a1) is not None



def _in(span: tuple[int, int], items: SpanIndex) -> list:
    return items.within(*span)


def _owned_elsewhere(text: str, t: tuple[int, int, TimeExpression], anchor: tuple[int, int],
                     sentence: tuple[int, int], owners: list[tuple[int, int]]) -> bool:
    """Does another trigger stand in the clause of date expression `t` (and this one not)?"""
    if not owners:
        return False
    c0, c1 = clause_bounds(text, sentence, t[0])
    if c0 <= anchor[0] < c1:
        return False
    return any(c0 <= a < c1 for a, _ in owners)


def _raid_told_next(text: str, sentences: list[tuple[int, int]], si: int) -> bool:
    """«تعرضت القرى لهجمات … وقال أحد الأعيان إن المهاجمين قتلوا 14 من الأهالي وأحرقوا المنازل»:
    the next sentence tells of the same attackers burning or looting homes."""
    if si + 1 >= len(sentences):
        return False
    nxt = sentences[si + 1]
    words = context_words()
    return words.attackers.search(text, *nxt) is not None and words.raid.search(text, *nxt) is not None


def _time_for(text: str, anchor: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int],
              times: list[tuple[int, int, TimeExpression]], triggers: list[tuple[int, int]],
              owners: list[tuple[int, int]] = (), verb: bool = False) -> TimeExpression | None:
    """The date expression of the trigger's clause, else the nearest one in its sentence
    that no other trigger stands closer to."""
    ts, te = anchor

    def dist(t: tuple[int, int, TimeExpression], span: tuple[int, int]) -> int:
        # Arabic puts the date after its verb: a date before a trigger belongs to it less.
        return t[0] - span[1] if t[0] >= span[1] else span[0] - t[1] + 8

    def since(t: tuple[int, int, TimeExpression]) -> bool:
        # «شارع القرية المغلق منذ أربعة عشر عاماً»: when a state began, not when an act happened;
        # «بلغت الحصيلة حتى ظهر اليوم 57 قتيلاً»: how long a count ran, not when its act happened.
        # («استعادت السيطرة على القرية بعد معارك استمرت منذ فجر أمس»: when another act told after
        # this one began, not when this one happened)
        lasted = context_words().lasted_since.search(text, te, t[0]) if t[0] > te else None
        return _SINCE_START.match(text, t[0]) is not None or until(t) or (
            lasted is not None and lasted.start() - te > _OWN_DURATION)

    def until(t: tuple[int, int, TimeExpression]) -> bool:
        return text.endswith("حتي ", 0, t[0]) or later(t)

    def later(t: tuple[int, int, TimeExpression]) -> bool:
        # «واعتقلت سبعة من المحتجين، قبل أن يُفرج عن أربعة منهم فجر اليوم»: a date past «قبل أن»
        # dates the later act that clause tells, not this one.
        return t[0] > te and _LATER_ACT.search(text, te, t[0]) is not None

    in_clause = [t for t in _in(clause, times) if t[2].date is not None or t[2].precision]
    in_sentence = [t for t in _in(sentence, times) if all(dist(t, anchor) <= dist(t, o) for o in triggers)
                   # «… على أن تتم عملية التبادل يوم السبت المقبل»: a date in another event's clause is its own
                   and not _owned_elsewhere(text, t, anchor, sentence, owners)]
    # («ولم يصدر أي رواية للهجوم حتى صباح اليوم»: how long something was awaited dates no act)
    # («وقفة … للمطالبة بفك الحصار المفروض على المدينة منذ ثلاثة أعوام»: how long another state has
    # lasted, far after the act, dates no act; «اعتقل منذ يومين» right after its verb does)
    cands = ([t for t in in_clause if not since(t)] or [t for t in in_sentence if not since(t)]
             or [t for t in in_clause if not until(t) and t[0] - te <= _SINCE_REACH]
             or [t for t in in_sentence if not until(t) and t[0] - te <= _SINCE_REACH])
    # «رشقوا الدوريات …، بينما حاول آخرون الوصول إلى دوار اللؤلؤة الذي أزالته السلطات العام الماضي»:
    # after a verb, a date in a relative clause about another noun dates that clause's verb (after
    # a noun, «المسيرة التي خرجت أمس», «مجزرة صلحان، في الإقليم ذاته، التي قتل فيها …», the clause
    # may describe the act itself).
    if verb:
        cands = [t for t in cands if t[0] < te or not any(te + _OWN_RELATIVE < m.start() for m in _RELATIVE.finditer(text, te, t[0]))]
    if not cands:
        return None
    # «قال مسؤولون اليوم السبت إن جنوداً قتلوا عندما هاجم مسلحون … مساء الجمعة»: the act's own
    # date, when the sentence gives one, not the day it was told.
    # «أعلنت خلية الإعلام الأمني، اليوم الأحد، مقتل … بهجوم … ليلة أمس»: a date set off by commas
    # right after the speaker who opens the sentence dates the telling too.
    opening = context_words().speech_opening
    told_on = [t for t in cands if t[1] <= ts and (_SPEECH_TIME.match(text, t[1]) or (
        _COMMA_NEXT.match(text, t[1]) and opening.fullmatch(text, sentence[0], t[0])))]
    if told_on:
        own = [t for t in cands if t not in told_on and not since(t) and not text.endswith("منذ ", 0, t[0])
               and (t[0] < ts or not _EARLIER_ACT.search(text, te, t[0]))]
        cands = own or cands
    # «بعد تفجيرات طابا في أكتوبر 2004 وتفجيرات شرم الشيخ في يوليو الماضي»: a date told after
    # another act, before this one, is that act's when this one has its own after it.
    if any(t[0] >= te for t in cands):
        cands = [t for t in cands if t[0] >= te or not any(clause[0] <= a and b <= t[0] for a, b in owners)] or cands
    return min(cands, key=lambda t: min(abs(t[0] - te), abs(ts - t[1])) + (0 if t[0] >= ts else 8))[2]


def _fronted_end(text: str, place: tuple[int, int, PlaceMention], told: list[tuple[int, int, PlaceMention]]) -> bool:
    """Does the comma of a fronted scene follow `place`, maybe after the places that hold it
    («وفي ساحة النور في طرابلس،», «وفي حي الشعار بمدينة حلب،»)?"""
    end = place[1]
    for q in told:
        if q[0] >= end and _INSIDE.match(text[end:q[0]]):
            end = q[1]
    return _comma_after(text, end)


def _places_for(anchor: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int],
                places: list[tuple[int, int, PlaceMention]], norm_text: str, strict: bool,
                country: str | None = None, fired: bool = False, crowd: bool = False,
                away: bool = False) -> list[PlaceMention]:
    """The place (or list of towns) governing the trigger at `anchor`.

    `strict` (decisions, agreements, changes to a group) looks only in the trigger's own
    clause and ignores destinations: «اتفاق يقضي بخروجهم إلى الرقة» did not happen in Raqqa.
    `away` (ground given up) ignores destinations too: «انسحب الباقون باتجاه إقليم شبيلي»
    gave up no ground there.
    """
    ts, te = anchor
    words = context_words()

    def after_destination(p: tuple[int, int, PlaceMention]) -> bool:
        return _DESTINATION.search(norm_text, max(0, p[0] - 20), p[0]) is not None

    def usable(p: tuple[int, int, PlaceMention]) -> bool:
        # «طائرات التحالف بقيادة السعودية»: a country that leads a party describes it, it is no place.
        if _LED_BY.search(norm_text[max(0, p[0] - 24):p[0]]):
            return False
        if _ORIGIN.search(norm_text[max(0, p[0] - 40):p[0]]) or _ORIGIN_LIST.search(norm_text, max(0, p[0] - 60), p[0]):
            return False
        if words.mediators.search(norm_text, max(0, p[0] - 40), p[0]):
            return False  # «وقف لإطلاق النار في طرابلس بوساطة من أعيان مصراتة»: where the mediators came from
        if crowd and words.crowd_against.search(norm_text, max(0, p[0] - 16), p[0]):
            return False  # «مرددين شعارات معادية لفرنسا»: what a crowd chants against
        if crowd and words.slogan.search(norm_text, max(0, p[0] - 60), p[0]):
            return False  # «ورفعوا لافتات كتب عليها "طرابلس ليست ساحة حرب"»: a place the slogan names
        if crowd and words.crowd_about.search(norm_text, max(0, p[0] - 30), p[0]):
            return False  # «وقفة … تضامناً مع غزة، … تطالب بفتح معبر رفح»: what a crowd stands for, not where
        if words.fled_to.search(norm_text, max(0, p[0] - 60), p[0]):
            return False  # «عائلات كثيرة نزحت نحو جنزور»: where people fled to
        if p[2].feature == "country" and _BORDER_WITH.search(norm_text, max(0, p[0] - 24), p[0]):
            return False  # «قرب المعبر الحدودي مع تركيا»: the border's other side
        if fired and words.stationed.search(norm_text, max(0, p[0] - 40), p[0]) \
                and any(q is not p and q[0] > p[0] for q in _in(sentence, places)):
            return False  # «قصفت القوات المتمركزة في معسكر وادي الضيف بلدات …»: where the guns stand

        return not (strict or away) or not after_destination(p)

    told = _in(sentence, places)  # the sentence's places, read once for every test below
    usable_told = [p for p in told if usable(p)]
    in_clause = [p for p in _in(clause, places) if usable(p)]
    if fired:
        # A projectile's strike is where it was fired at («… من غزة باتجاه عسقلان»), not whence:
        # a place aimed at after one it was launched from.
        aimed = [p for p in told if words.fired_at.search(norm_text, max(0, p[0] - 20), p[0])]
        launched = min((q[0] for q in told if words.launched_from.search(norm_text, max(0, q[0] - 40), q[0])),
                       default=None) if aimed else None
        target = [p for p in aimed if launched is not None and launched < p[0]]
        if target:
            return [target[0][2]]
    # From another clause, a destination («… أعلنوا مسيرة نحو الرباط») is another event's place.
    cands = in_clause if strict else in_clause or [p for p in usable_told if not after_destination(p)]
    if not cands:
        return []
    scope = clause if in_clause else sentence
    if not in_clause and (contrast := words.contrast.search(norm_text, te, sentence[1])) is not None \
            and any(p[0] < contrast.start() for p in cands):
        # «قُتل متظاهر … في حي بري شرقي الخرطوم، فيما خرجت مواكب في مدن ود مدني وعطبرة»: the places
        # of the clause «فيما» opens are its own act's, when the trigger's part names one.
        scope = (sentence[0], contrast.start())
        cands = [p for p in cands if p[0] < contrast.start()]
        usable_told = [p for p in usable_told if p[0] < contrast.start()]
    if not in_clause:
        # «وفي صفاقس، نفذ عمال المناولة وقفة …، في حين دعا الاتحاد بقفصة إلى …»: the fronted place,
        # not one in a later clause of another act.
        # («وفي ساحة النور في طرابلس، احتشد …»: a square and the city that holds it, fronted together)
        fronted = [p for p in cands if p[1] <= ts and _FRONTED.fullmatch(norm_text, sentence[0], p[0])
                   and _fronted_end(norm_text, p, told)]
        if fronted:
            return [fronted[0][2]]
    # «الطريق الرابط بين الخرطوم وعطبرة عند مدخل شندي»: a road's two ends are not where it
    # happened when the text says where on it; alone («على الطريق الرابط بين دولو وبلد حاوو»), the first is.
    off_road = [p for p in cands if not _ROAD_END.search(norm_text, max(0, p[0] - 50), p[0])]
    if off_road and len(off_road) < len(cands):
        cands = off_road
    # A list of places one action covers: one event per place (rasad/events/place_lists.py).
    # Its commas may cut the clause, so the list is read over the sentence.
    listed = governing_list(anchor, scope, usable_told, norm_text)
    if listed:
        return listed
    # «ميدان الشجرة وسط مدينة بنغازي», «ساحة الكرامة وسط مدينة السويداء»: a place set inside
    # the next one lies there; a same-named town elsewhere was the wrong reading.
    # (the next place may stand past the clause's comma: «قرية الحويز، قرب قلعة المضيق»)
    def holder(p: tuple[int, int, PlaceMention]) -> tuple[int, int, PlaceMention] | None:
        return next((q for q in told if 0 <= q[0] - p[1] <= 20 and _elsewhere(p[2], q[2])
                     and _INSIDE.match(norm_text[p[1]:q[0]])
                     # «أوتوستراد جل الديب شمالي بيروت», «منطقة أم الأرانب جنوب غربي سبها»: a place told by its
                     # bearing from a city is no misreading, however far out in the desert it lies
                     and not _within_bearing(p[2], q[2])), None)

    holders = [holder(p) for p in cands]
    kept = [p for p, h in zip(cands, holders) if h is None]
    if not kept:
        # Each reading lies elsewhere and the holder stands past the clause: the village the
        # text names lies near its holder (ACLED's geo-precision 2), as an unlisted one does.
        p, h = next((p, h) for p, h in zip(cands, holders) if h is not None)
        return [replace(h[2], text=p[2].text, start=p[2].start, end=p[2].end, name_ar=p[2].name_ar,
                        name_en=None, gazetteer_id=None, geo_precision=2, feature="town")]
    cands = kept
    pool = [p for p in cands if p[0] >= ts - 60] or cands
    # «وعاد بعدها إلى حماة»: a destination is where someone went, not where it happened.
    best = min(pool, key=lambda p: (_DESTINATION.search(norm_text[max(0, p[0] - 6):p[0]]) is not None,
                                    country is not None and p[2].country not in (None, country),
                                    _rank(p[2]), 0 if p[0] >= te else 1, p[0] - te if p[0] >= te else p[0]))
    return [best[2]]


# «… تواصلت المعارك بين …، وسط غارات للتحالف على … في منطقة الكسارة»: a clause of another act.
_NEW_ACT = re.compile(r"(?:[،,؛]\s*(?:و)?(?:وسط|فيما|بينما|في حين|ثم|كما)?|\s(?:وسط|فيما|بينما|في حين))\s*(?:\S+\s+){0,2}$")


def _next_act(text: str, anchor: tuple[int, int], etype: str,
              groups: dict[tuple[str, str, str | None, int], list[TriggerHit]], span: tuple[int, int]) -> int:
    """Where the trigger's sentence ends for its places: at the next act of another type told in
    a clause of its own («، وسط غارات …»), whose places are that act's."""
    end = span[1]
    for (other, _sub, _rel, at), _group in groups.items():
        if other != etype and anchor[1] < at < end and _NEW_ACT.search(text, max(anchor[1], at - 30), at):
            end = at
    return end


# «عثرت الشرطة على جثة …», «انتشلت فرق الدفاع المدني جثث …»: a body found, by whoever found it.
_FOUND_BODY = re.compile(r"(?:عثر|عثرت|عثروا|انتشل|انتشلت|انتشلوا|وجد|وجدت)\w*\s+(?:\S+\s+){0,5}?(?:علي\s+)?(?:ال)?(?:جث|رفات)")
# «أعلنت الوزارة أن …», «أكدت الشرطة في بيان إن …»: what follows is what the party announced.
_ANNOUNCES_THAT = re.compile(r"(?:\s+\S+){0,6}?\s+(?:ان|انه|انها|بان)\s")
# Killings that are never a fight, whoever the victim: executions, assassinations, throat-cutting.
_ONE_SIDED_KILLING = re.compile(r"اعدم|اعدام|اغتال|اغتيال|ذبح|خطف|اختطف")
_LOOKS_BACK = re.compile(r"(?<!\w)و?كان(?:ت|وا)?\s(?:\S+\s){0,8}?قد\s")


def _side_next_door(view: "DocumentView", actor_spans: SpanIndex, si: int,
                    actor1: ActorMention) -> ActorMention | None:
    """«… خلال اشتباكات مسلحة اندلعت إثر اقتحام قوات الاحتلال المخيم. وقالت كتيبة جنين إن
    مقاتليها فجروا …»: a fight told with one side has its other side in the next sentence (else
    the one before) when that sentence names exactly one armed party of the other camp — a
    state's force against rebels or an unnamed armed group, or the reverse."""
    if actor1.inter not in (1, 2, 3, 8):
        return None  # communal fights (tribes, clans) are told with both sides or none
    state = actor1.inter in STATE_FORCES
    # The sentence before too, unless this one looks back to an earlier act of its own
    # («استعاد الجيش القرى. وكانت عناصر التنظيم قد تسللت إليها …»).
    looks_back = _LOOKS_BACK.search(view.norm.text, *view.sentences[si]) is not None
    for sj in (si + 1,) if looks_back else (si + 1, si - 1):
        if not 0 <= sj < len(view.sentences):
            continue
        camp = {m.actor_id: m for _, _, m in actor_spans.within(*view.sentences[sj])
                if not m.anaphor and m.actor_id != actor1.actor_id and not m.is_person and m.kind != "government"
                and (m.inter in (2, 3) if state else m.inter in STATE_FORCES)}
        if len(camp) == 1:
            return next(iter(camp.values()))
        if camp:
            return None
    return None


# «كما استهدفت غارات أخرى أراضي زراعية …»: more acts of the one told before (not «هجوماً
# مماثلاً» a year before: similar, by whoever).
_MORE_OF = re.compile(r"\s*(?:اخري|اخرى)(?!\w)")


def _more_of_the_same(norm: NormText, candidates: list["Candidate"]) -> None:
    """An act told as more of the same («غارات أخرى») with no author of its own
    is the work of the author of the last act of its type told before it."""
    for i, cand in enumerate(candidates):
        e = cand.event
        if e.actor1 is not None or e.event_type not in VIOLENT:
            continue
        if not _MORE_OF.match(norm.text, norm.norm_index(e.trigger_end)):
            continue
        earlier = [c for c in candidates[:i] if c.event.event_type == e.event_type and c.event.actor1 is not None
                   and c.sentence < cand.sentence]
        if earlier:
            e.actor1 = earlier[-1].event.actor1


def _rank(p: PlaceMention) -> int:
    """How specific a place is for choosing among candidates: a village the gazetteer lacks
    is a village all the same (its precision 2 only says its point is borrowed)."""
    return 1 if p.feature == "town" and p.gazetteer_id is None else p.geo_precision


SITE_IN_TOWN_KM = 10.0
AREA_REACH_KM = 60.0
BEARING_REACH_KM = 250.0  # «X جنوب غربي Y»: how far from Y a town X told by its bearing may lie
NEAR_REACH_KM = 30.0  # «X قرب Y»: … and told as near it


def _within_bearing(inner: PlaceMention, outer: PlaceMention) -> bool:
    """Is `outer` told by its bearing («جنوب غربي Y», «قرب Y») and `inner` within its reach?"""
    m = _BEARING_WORD.match(normalise_phrase(outer.text))
    if m is None:
        return False
    reach = NEAR_REACH_KM if "قرب" in m.group(0) else BEARING_REACH_KM
    return (_km(inner, outer) or 1e9) <= reach


def _km(a: PlaceMention, b: PlaceMention) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    dy = (a.lat - b.lat) * 111.0
    dx = (a.lon - b.lon) * 111.0 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy)


def _elsewhere(inner: PlaceMention, outer: PlaceMention) -> bool:
    """Does the gazetteer put `inner` in another country or governorate than `outer`? A region
    named like a governorate may reach past it («عيتا الشعب في جنوب لبنان»: Nabatieh's, in the
    south all the same): a town near the governorate named is in it."""
    if inner.country and outer.country and inner.country != outer.country:
        return True
    if not (inner.admin1_code and outer.admin1_code and inner.admin1_code != outer.admin1_code):
        return False
    dist = _km(inner, outer) if outer.feature == "admin1" else None
    return dist is None or dist > AREA_REACH_KM


def _same_place(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Could both mentions name the place of one event (the same town, or one inside the other)?"""
    if a is None or b is None:
        return True
    if (a.gazetteer_id and a.gazetteer_id == b.gazetteer_id) or a.name_ar == b.name_ar:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.feature == "country" or b.feature == "country":
        return True
    dist = _km(a, b)
    if a.geo_precision > 1 or b.geo_precision > 1:
        if a.admin1_code and b.admin1_code and a.admin1_code != b.admin1_code:
            return False
        if outskirts(a) and b.feature == "town" and b.geo_precision == 1 \
                or outskirts(b) and a.feature == "town" and a.geo_precision == 1:
            # «كما طال القصف أطراف مدينة معرة النعمان»: a town's outskirts are not the villages
            # around it, though an area («ريف إدلب») holds them.
            return dist is not None and dist <= VICINITY_KM
        return dist is None or dist <= AREA_REACH_KM or max(a.geo_precision, b.geo_precision) == 3
    # Two towns are two places; a site (square, camp, base) lies inside its town.
    if "site" in (a.feature, b.feature):
        return dist is not None and dist <= SITE_IN_TOWN_KM
    return False


def _more_specific(a: PlaceMention | None, b: PlaceMention | None) -> PlaceMention | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if b.geo_precision < a.geo_precision else a


def _retold_at(cand: Candidate, merged: list[Candidate], text: str, sentence: tuple[int, int]) -> Candidate | None:
    """The earlier event of the candidate's type whose place its sentence names, if any."""
    said = text[sentence[0]:sentence[1]]
    for m in reversed(merged):
        loc = m.event.location
        if m.event.event_type != cand.event.event_type or min(m.sentences) >= cand.sentence or loc is None \
                or m.event.modality in UNREALISED:
            continue
        names = {normalise_phrase(n) for n in (loc.text, loc.name_ar) if n}
        if any(next(spelled_at(said, n, ("ال",)), None) is not None for n in names if len(n) >= 3):
            return m
    return None


def _holds(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Is one mention the governorate (first-level division) the other lies in?"""
    if a is None or b is None or not a.admin1_code or a.admin1_code != b.admin1_code:
        return False
    return (a.feature == "admin1") != (b.feature == "admin1")


def _one_place(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Do both mentions name the very same place (not merely one near or inside the other)?"""
    return a is not None and b is not None and (bool(a.gazetteer_id) and a.gazetteer_id == b.gazetteer_id
                                                or a.name_ar == b.name_ar)


def _crowd_met_later(cand: Candidate, merged: list[Candidate]) -> Candidate | None:
    """«خرجت مظاهرات في دوما وحرستا … فيما فرقت قوات الأمن متظاهري حرستا»: a crowd told in an
    earlier sentence, then dispersed or fired on at its place, is one protest (the severest);
    so is force told again after its dead («قُتل متظاهر في الكوت … أطلقت قوات الأمن الرصاص لتفريق
    المحتجين»). A peaceful crowd told after force met another stays its own event."""
    if cand.event.sub_event_type not in _PROTEST_SEVERITY:
        return None
    rank = _PROTEST_SEVERITY.index(cand.event.sub_event_type)
    for m in merged:
        e = m.event
        if e.event_type == "Protests" and m.body and m.own_place and min(m.sentences) < cand.sentence \
                and e.sub_event_type in _PROTEST_SEVERITY \
                and (_PROTEST_SEVERITY.index(e.sub_event_type) < rank or _PROTEST_SEVERITY.index(e.sub_event_type) > rank > 0) \
                and _one_place(e.location, cand.event.location) and _compatible(m, cand):
            return m
    return None


def _dates_agree(a: Candidate, b: Candidate) -> bool:
    ea, eb = a.event, b.event
    if not (a.own_time and b.own_time) or ea.date is None or eb.date is None:
        return True
    precisions = {ea.date_precision, eb.date_precision}
    if "year" in precisions:
        return ea.date.year == eb.date.year
    if "month" in precisions:
        return (ea.date.year, ea.date.month) == (eb.date.year, eb.date.month)
    if "week" in precisions:
        return abs((ea.date - eb.date).days) <= 7
    return ea.date == eb.date


def _actors_agree(a: Event, b: Event) -> bool:
    # Civilians are the victims of most attacks: they tell no two events apart. A partner on
    # actor1's side («قوات الشرطة وأبناء العشائر») is a party to the event as well.
    ids_a = {m.actor_id for m in (a.actor1, a.actor2) if m is not None and m.inter != 7}
    ids_b = {m.actor_id for m in (b.actor1, b.actor2) if m is not None and m.inter != 7}
    if not ids_a or not ids_b:
        return True
    return bool(ids_a & ids_b) or bool((ids_a | {m.actor_id for m in a.assoc_actors})
                                       & (ids_b | {m.actor_id for m in b.assoc_actors}))


def _can_merge(a: Candidate, b: Candidate) -> bool:
    ea, eb = a.event, b.event
    if {ea.event_type, eb.event_type} == {"Protests", "Riots"}:
        # «أغلق شبان الشارع بالإطارات المشتعلة واشتبكوا مع قوات الأمن»: a crowd that turns violent
        # in the sentence that tells it is one riot, at one place (ACLED codes the riot alone).
        return bool(a.sentences & b.sentences) and a.body == b.body and _dates_agree(a, b) \
            and (ea.location is None or eb.location is None or _one_place(ea.location, eb.location))
    if ea.event_type != eb.event_type:
        return False
    if (a.new_scene or b.new_scene) and not a.sentences & b.sentences and not (a.own_place and b.own_place):
        return False  # «… قطع محتجون طريق المطار. وفي صيدا، احتشد المئات …»: another scene, another event
    # «وأفاد شهود بأن المحتجين كانوا يرددون…»: a protest told again without a place is the one
    # told before, whatever happened to it there; «قطع محتجون طريق X … وتدخل الجيش لفتح طريق X»:
    # a crowd met by force at the place where it was told is one event (the severest, see _merge).
    # «مسيرة حاشدة في معان … قبل أن تتدخل قوات الدرك»: a crowd and what met it in one sentence, at
    # the very same place, likewise.
    # («قُتل متظاهر عندما أطلقت الشرطة النار لتفريق المحتجين أمام مبنى محافظة ذي قار»: the crowd at the
    # governorate's building is the one fired on in its capital, told in one sentence.)
    retold_protest = ea.event_type == "Protests" and (
        not (a.own_place and b.own_place) or not (a.body and b.body)
        or bool(a.sentences & b.sentences) and _same_footing(ea.modality, eb.modality) and (
            _one_place(ea.location, eb.location) or _holds(ea.location, eb.location))) \
        or ea.event_type == "Riots" and bool(a.sentences & b.sentences)  # «رشق شبان غاضبون …»: one riot
    if ea.sub_event_type != eb.sub_event_type and not (a.weak or b.weak) and not retold_protest:
        # «انتحاري … سيارة مفخخة فجرها … الانفجار»: one suicide bombing told twice.
        # A headline that names the truck bomb, a body that names its suicide driver: one bombing.
        suicide = {ea.sub_event_type, eb.sub_event_type} == {"Suicide bomb", "Remote explosive/landmine/IED"}
        if not (suicide and (a.sentences & b.sentences or a.body != b.body)):
            return False
    return _compatible(a, b)


def _compatible(a: Candidate, b: Candidate) -> bool:
    """Same date, place and actors as far as both say (type aside)."""
    ea, eb = a.event, b.event
    if a.groups & b.groups:
        return False  # one event takes one item of a list: the others are other places
    held = _list_item_holds(a, b)
    if (a.split_group is not None or b.split_group is not None) and a.own_place and b.own_place \
            and named_apart(ea.location, eb.location) and not held:
        return False  # an item of a list is its own place, however near the others lie
    if (ea.modality == "planned") != (eb.modality == "planned") and a.body and b.body:
        return False  # what is announced for later is not what already happened
    if (ea.modality == "negated") != (eb.modality == "negated"):
        return False
    if not _dates_agree(a, b):
        return False
    if a.own_place and b.own_place and not _same_place(ea.location, eb.location) and not _headline_holds(a, b) \
            and not held:
        return False
    return _actors_agree(ea, eb)


def _list_item_holds(a: Candidate, b: Candidate) -> bool:
    """«غارات على مدن رفح وخان يونس ودير البلح» then «عشرة شهداء سقطوا في غارة … في حي تل السلطان
    غرب رفح»: a later sentence that places its strike in a quarter of a town of an earlier list,
    naming that town right after the quarter, tells that town's strike (ACLED: one event per
    town and day)."""
    if (a.split_group is None) == (b.split_group is None) or a.sentences & b.sentences:
        return False
    item, other = (a, b) if a.split_group is not None else (b, a)
    where, loc = item.event.location, other.event.location
    if where is None or loc is None or where.feature in ("admin1", "country") or where.name_ar == loc.name_ar:
        return False
    km = _km(where, loc)
    return km is not None and km <= HEADLINE_AREA_KM and any(
        p.name_ar == where.name_ar and 0 <= p.start - loc.end <= HOLDER_REACH for p in other.places_told)


def _headline_holds(a: Candidate, b: Candidate) -> bool:
    """«… بقصف مسيرة تركية في سنجار» over «… قرب مجمع سنوني شمالي قضاء سنجار»: the headline
    names the area the body's sentence places its village in."""
    if a.body == b.body:
        return False
    head, body = (a, b) if not a.body else (b, a)
    where, loc = head.event.location, body.event.location
    if where is None or loc is None or where.geo_precision > 2:
        return False
    km = _km(where, loc)
    return km is not None and km <= HEADLINE_AREA_KM and any(
        p.name_ar == where.name_ar and 0 <= p.start - loc.end <= HOLDER_REACH for p in body.places_told)


_PROTEST_SEVERITY = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")
_MODALITY_RANK = {"asserted": 0, "claimed": 1, "planned": 2, "hypothetical": 3, "negated": 4}


def _merge(into: Candidate, other: Candidate) -> None:
    e, o = into.event, other.event
    # The crowd turned violent: the event is the riot, its parties the riot's (set again at the end).
    riot = (o if o.event_type == "Riots" else e) if {e.event_type, o.event_type} == {"Protests", "Riots"} else None
    riot_kind = (riot.event_type, riot.sub_event_type, riot.actor1, riot.actor2) if riot is not None else None
    headline_meets_body = not into.body and other.body
    if not into.body and other.body:
        # The body's sentence is better evidence than the headline, and says how sure it is.
        e.trigger_text, e.trigger_start, e.trigger_end = o.trigger_text, o.trigger_start, o.trigger_end
        e.evidence_start, e.evidence_end, e.sentence_index = o.evidence_start, o.evidence_end, o.sentence_index
        e.modality, e.attribution, e.denied = o.modality, o.attribution, o.denied
        if e.event_type == o.event_type == "Protests":
            # A headline sums up several crowds; the body says what befell this one.
            e.sub_event_type, e.actor1, e.actor2 = o.sub_event_type, o.actor1 or e.actor1, o.actor2
        into.body = True
    if {e.sub_event_type, o.sub_event_type} == {"Suicide bomb", "Remote explosive/landmine/IED"}:
        e.sub_event_type = "Suicide bomb"
    if into.weak and not other.weak:
        e.sub_event_type = o.sub_event_type
        into.weak = False
    if not into.own_time and other.own_time:
        e.time, e.date, e.date_precision, e.date_text = o.time, o.date, o.date_precision, o.date_text
        into.own_time = True
    if other.own_place:
        if headline_meets_body and o.location is not None and (
                e.location is None or o.location.geo_precision <= e.location.geo_precision):
            # «غارات على شمال ووسط قطاع غزة» over «… شمال غرب بيت لاهيا»: the body says where, and
            # another place told after it («أغارت أيضاً على … النصيرات») is another strike.
            e.location = o.location
        else:
            e.location = _more_specific(e.location if into.own_place else None, o.location)
        into.own_place = True
    elif e.location is None:
        e.location = o.location
    if e.actor1 is None:
        e.actor1 = o.actor1
    if e.actor2 is None and o.actor2 is not None and (e.actor1 is None or o.actor2.actor_id != e.actor1.actor_id) \
            and not any(m.actor_id == o.actor2.actor_id for m in e.assoc_actors):  # a partner is no opponent
        e.actor2 = o.actor2
    elif e.actor2 is None and e.actor1 is not None and o.actor1 is not None and o.actor2 is not None \
            and o.actor2.actor_id == e.actor1.actor_id and o.actor1.actor_id != e.actor1.actor_id \
            and not any(m.actor_id == o.actor1.actor_id for m in e.assoc_actors):
        # «مصرع 23 حوثياً في معارك مع القوات الجنوبية» over a body naming both sides: the side
        # the headline left out is the other one.
        e.actor2 = o.actor1
    if _MODALITY_RANK[o.modality] < _MODALITY_RANK[e.modality]:
        e.modality = o.modality
    if e.attribution is None:
        e.attribution = o.attribution
    if e.event_type == o.event_type == "Protests" and into.body and other.body \
            and _PROTEST_SEVERITY.index(o.sub_event_type) > _PROTEST_SEVERITY.index(e.sub_event_type):
        # A march told first, then broken up or fired on: the event is what the crowd met.
        e.sub_event_type, e.actor1, e.actor2 = o.sub_event_type, o.actor1 or e.actor1, o.actor2 or e.actor2
    if riot_kind is not None:
        e.event_type, e.sub_event_type = riot_kind[0], riot_kind[1]
        e.actor1, e.actor2 = riot_kind[2] or e.actor1, riot_kind[3] or e.actor2
    into.deaths.extend(other.deaths)
    into.elsewhere.extend(other.elsewhere)
    into.places_told += other.places_told
    into.groups |= other.groups
    into.hurt_forces = into.hurt_forces or other.hurt_forces
    into.sentences |= other.sentences
    into.relations.extend(r for r in other.relations if r not in into.relations)
    e.main = e.main or o.main


# Sub-types of ground taken or given up: a crowd or civilians take none.
_GROUND_TAKEN = frozenset({"Non-state actor overtakes territory", "Government regains territory", TRANSFER})


# A fight between youths and the police and the stones they threw are one night's riot: its
# triggers are read as kinds of the same thing when they share a sentence's time.
_STREET_FIGHT = frozenset({"Battles", "Riots", "Protests"})


def _one_kind(a: str, b: str) -> bool:
    """Acts of one kind share the time their sentence tells («مواجهات … ليلة الأحد، حيث رشق المحتجون …»)."""
    return a == b or (a in _STREET_FIGHT and b in _STREET_FIGHT and "Riots" in (a, b))


# Bombs and mines: what a source names after telling one is not who set it off.
_BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})


def _other_days(a: Event, b: Event) -> bool:
    """Both told to the day, and not the same day."""
    return (a.date is not None and b.date is not None and a.date_precision == "day"
            and b.date_precision == "day" and a.date != b.date)


def _fold_into_crowds(merged: list[Candidate]) -> list[Candidate]:
    """Arrests made at a protest or riot are how the police met it (ACLED codes the protest
    with intervention, not a separate arrest)."""
    crowds = [c for c in merged if c.event.event_type in CROWD_TYPES and c.event.modality not in UNREALISED
              and c.event.modality != "planned"]
    if not crowds:
        return merged
    out: list[Candidate] = []
    for cand in merged:
        e = cand.event
        # An arrest «by» a crowd is a misread: the crowd is who was arrested («وتوقيف ثلاثة محتجين»).
        crowd_arrested = e.actor1 is not None and e.actor1.inter in (5, 6)
        if e.sub_event_type == "Arrests" and e.modality not in UNREALISED \
                and (e.actor1 is None or e.actor1.inter == 1 or crowd_arrested):
            at = min(cand.sentences)
            near = [c for c in crowds if min(c.sentences) <= at <= max(c.sentences) + 1
                    # «وفجر اليوم اعتقلت قوات الأمن قادة الحركة»: arrests a day after the crowd are their own event
                    and not _other_days(e, c.event)
                    and (e.location is None or _same_place(c.event.location, e.location)
                         # «شهدت العاصمة وقفة أمام البرلمان بباردو، واعتقلت الشرطة ثلاثة من المشاركين»:
                         # told in the crowd's own sentence, in its governorate
                         or (at in c.sentences and c.event.location is not None
                             and c.event.location.admin1_code is not None
                             and c.event.location.admin1_code == e.location.admin1_code))]
            # The crowd of the arrest's own sentence and place first, else the last one told before it.
            near.sort(key=lambda c: (at not in c.sentences, not (e.location is not None and c.event.location is not None
                                                                  and c.event.location.name_ar == e.location.name_ar),
                                     -min(c.sentences)))
            crowd = near[0] if near else None
            if crowd is not None:
                ce = crowd.event
                if ce.sub_event_type == "Peaceful protest":
                    ce.sub_event_type = "Protest with intervention"
                if ce.actor2 is None and e.actor1 is not None and not crowd_arrested and ce.event_type == "Protests":
                    ce.actor2 = e.actor1
                continue
        out.append(cand)
    return out


def _outcomes(groups: dict[tuple[str, str, str | None, int], list[TriggerHit]], text: str) -> set:
    """Triggers told as the outcome of another act of the sentence («… ما أدى إلى مقتل متظاهر»)."""
    outcome = context_words().outcome_before
    told = {key for key, hits in groups.items() for h in hits
            if any(k != key and k[3] < h.norm_start for k in groups)
            and outcome.search(text, max(0, h.norm_start - 16), h.norm_start)}
    # «مقتل متظاهر»: the crowd word right after the killing is the same outcome.
    return told | {key for key, hits in groups.items() for h in hits
                   if any(0 < h.norm_start - k[3] <= 16 for k in told)}


def _lethal_interventions(groups: dict[tuple[str, str, str | None, int], list[TriggerHit]],
                          deaths: list[DeathCount], text: str = "") -> dict[tuple[str, str, str | None, int], list[TriggerHit]]:
    """«أطلقت قوات الأمن الغاز والرصاص الحي على المتظاهرين، ما أدى إلى سقوط قتيلين»: force met
    by deaths in its own sentence, where nothing else violent is told (the killing told as its
    outcome aside), is excessive force."""
    outcomes = _outcomes(groups, text)
    if not any(d.count for d in deaths) or any(k[0] in VIOLENT or k[1] == "Excessive force against protesters"
                                               for k in groups if k not in outcomes):
        return groups
    return {(k[0], "Excessive force against protesters", *k[2:]) if k[:2] == ("Protests", "Protest with intervention")
            and any(d.norm_start > k[3] for d in deaths if d.count) else k: g for k, g in groups.items()}


# Between a count of the dead and the act they died in: who they were, a verb of dying, «في»/«جراء».
_DIED_IN = re.compile(r"(?:\s+[^\s،,.؛:]+){0,3}?\s+(?:في|ب|جراء|اثر|بسبب|خلال|اثناء)\s*(?:ال)?$")


def _death_owners(deaths: list[DeathCount], groups: dict[tuple[str, str, str | None, int], list[TriggerHit]],
                  text: str = "") -> dict[int, tuple[str, str, str | None, int]]:
    """Each death count belongs to the violent trigger nearest before it, else nearest after.
    A killing told as the outcome of an act before it («قصفت … ما أدى إلى مقتل ثلاثة متظاهرين»)
    is that act's toll: the count goes to the act."""
    violent = [(h.norm_end, key) for key, hits in groups.items()
               if key[0] in VIOLENT or key[1] == "Excessive force against protesters" for h in hits]
    outcomes = _outcomes(groups, text)
    if any(k not in outcomes for _, k in violent):
        violent = [(s, k) for s, k in violent if k not in outcomes]
    starts = {key: [h.norm_start for h in hits] for key, hits in groups.items()}
    owners: dict[int, tuple[str, str, str | None, int]] = {}
    for d in deaths:
        before = [(d.norm_start - s, k) for s, k in violent if s <= d.norm_start and d.norm_start - s <= DEATH_REACH]
        after = [(s - d.norm_start, k) for s, k in violent if s > d.norm_start and s - d.norm_start <= DEATH_REACH]
        # «فيما استشهد ستة آخرون في قصف منزل ببلدة …»: the dead told right before «في» + an act
        # died in that act, not in the one told before them.
        right_after = [(a, k) for a, k in after if any(
            d.norm_end <= s0 and _DIED_IN.match(text, d.norm_end, s0) for s0 in starts.get(k, ()))]
        pick = min(right_after) if right_after else min(before) if before else (min(after) if after else None)
        if pick is not None:
            owners[id(d)] = pick[1]
    return owners


def _tolls_told_elsewhere(cand: Candidate, text: str, sent: tuple[int, int], places: SpanIndex,
                          candidates: list[Candidate]) -> None:
    """Set aside the counts of `cand`'s sentence that it ties to another place of a list told
    before («الغارة على خان شيخون أدت إلى مقتل خمسة، في حين قتل ثلاثة … في كفرسجنة»): they are
    that place's dead, not this event's."""
    listed = [c.event.location for c in candidates if c.split_group is not None and c.event.location is not None
              and c.event.event_type == cand.event.event_type]
    if not listed:
        return
    ties = tied_places(text, sent, cand.deaths, places.within(*sent), listed)
    away = [(d, p) for d in cand.deaths if (p := ties.get(id(d))) is not None
            and not same_place(p, cand.event.location) and any(same_place(p, k) for k in listed)]
    if away and len(away) < len(cand.deaths):
        cand.elsewhere = away
        cand.deaths = [d for d in cand.deaths if all(d is not x for x, _ in away)]


def _send_tolls_home(merged: list[Candidate]) -> None:
    """Give each count set aside by `_tolls_told_elsewhere` to the event of its type at its place
    (back to the event that told it when there is none)."""
    for c in merged:
        for d, place in c.elsewhere:
            home = next((m for m in merged if m is not c and m.event.event_type == c.event.event_type
                         and same_place(m.event.location, place)), c)
            home.deaths.append(d)
        c.elsewhere = []


def _carry_orphan_tolls(view: DocumentView, candidates: list[Candidate], numbers: SpanIndex, cue_index: SpanIndex,
                        actor_spans: SpanIndex, places: SpanIndex, people_nouns: dict[str, int]) -> None:
    """Deaths told in a sentence that makes no violent event («وارتفعت حصيلة القتلى إلى 12»,
    «واستشهد ثلاثة مدنيين») belong to the event the text is telling (tolls.orphan_target)."""
    text = view.norm.text
    told = [Told(c.sentence, c.event.event_type in VIOLENT or c.event.sub_event_type == "Excessive force against protesters",
                 c.event.location, c.split_group is not None) for c in candidates]
    violent_at = {t.sentence for t in told if t.violent}
    for si, sent in enumerate(view.sentences):
        if si in violent_at:
            continue
        sent_cues = [c for _, _, c in cue_index.within(*sent)]
        if any(c.family in ("not_news_markers", "topic_markers") for c in sent_cues):
            continue
        deaths = death_counts(text, sent, numbers.within(*sent), sent_cues, actor_spans.within(*sent), people_nouns)
        # Most sentences tell no death: the running-total test waits for one that does.
        if not deaths or cumulative(text, sent):
            continue
        ties = tied_places(text, sent, deaths, places.within(*sent), [t.location for t in told if t.split])
        for i in orphan_target(si, deaths, ties, told):
            candidates[i].deaths.extend(orphan_share(deaths, candidates[i].deaths))


@lru_cache(maxsize=1)
def _one_scan() -> SharedScan:
    """The stage's matchers (cue words, triggers, non-events, sub-type cues) read the same
    text with the same boundary rule: one automaton pass serves them all."""
    lexicon = get_trigger_lexicon()
    return SharedScan([get_cues().matcher, lexicon.matcher, lexicon.not_events, *lexicon.refinements.values()])


def assemble(view: DocumentView) -> tuple[list[Event], list[Relation]]:
    """All events and relations of one article."""
    norm = view.norm
    text = norm.text
    lexicon = get_trigger_lexicon()
    cue_book = get_cues()
    _one_scan()
    cues = cue_book.find(norm)
    triggers = lexicon.find(norm)
    sub_cues = lexicon.refinement_cues(norm)
    starts = [s for s, _ in view.sentences]
    times = SpanIndex([(*_to_norm(norm, t.start, t.end), t) for t in view.times])
    places = SpanIndex([(*_to_norm(norm, p.start, p.end), p) for p in view.places])
    actor_spans = SpanIndex([(*_to_norm(norm, m.start, m.end), m) for m in view.actors])
    numbers = SpanIndex([(*_to_norm(norm, n.start, n.end), n) for n in view.numbers])
    # A place inside an actor's name («جيش إدلب الحر») is not where anything happened.
    places = places.where(lambda p: not actor_spans.covers(p[0], p[1]))
    # A cue word inside a place's name is no cue: «باب المعظم» says nothing of «most» of anything.
    cues = [c for c in cues if not places.covers(c.start, c.end, strict=True)]
    cue_index = SpanIndex([(c.start, c.end, c) for c in cues])
    # Counts inside dates («23 كانون الثاني») are not casualties.
    numbers = numbers.where(lambda n: not times.covers(n[0], n[1]))
    title_places = places.within(0, view.title_end)
    # The dateline's place («عمّان - الغد» on a line of its own): where the report is from.
    header_places = _dateline_places(text, view, places)
    named_actors = SpanIndex([a for a in actor_spans if not a[2].anaphor])
    names = SpanIndex([(a, b) for a, b in view.names])
    furniture = SpanIndex([(a, b) for a, b in view.furniture])

    # «هيئة تحرير الشام» names a group, not a liberation.
    # («غارة تركية» is both the strike and its author: a trigger opening the name stays.)
    triggers = [t for t in triggers if not named_actors.covers(t.norm_start, t.norm_end, strict=True)]
    triggers = [t for t in triggers if not names.covers(t.norm_start, t.norm_end)]
    triggers = without_grievances(text, triggers)
    triggers = without_campaigns(text, triggers)
    triggers = without_opinions(text, starts, triggers)
    triggers = without_accusations(text, triggers)  # «اتهمهما الأهالي بخطف طفل»: a charge, no act
    triggers = without_aftermath(text, starts, view.sentences, times, numbers, cue_index, triggers)  # «تفقد موقع التفجير»: told as known
    triggers = without_titles(norm.original, triggers)  # «قصيدته «مطر القصف»»: a work's title
    by_sentence: dict[int, list[TriggerHit]] = {}
    for t in triggers:
        by_sentence.setdefault(sentence_of(starts, t.norm_start), []).append(t)

    candidates: list[Candidate] = []
    report_day: TimeExpression | None = None  # day-precision date of the last dated report sentence
    sentence_parties: dict[int, tuple[ActorMention | None, ActorMention | None]] = {}
    fought: list[tuple[int, ActorMention, ActorMention]] = []  # (sentence, side, side) of each fight told
    first_body_sentence = next((i for i, (s, _) in enumerate(view.sentences) if s >= view.title_end), 0)
    for si, hits in sorted(by_sentence.items()):
        sent = view.sentences[si]
        sent_actors_all = actor_spans.within(*sent)
        sent_cues = [c for _, _, c in cue_index.within(*sent)]
        if any(c.family == "topic_markers" for c in sent_cues):
            continue  # «افتتحت البلدية متحفاً …», «دورة تدريبية حول التعامل مع المظاهرات»: a topic, no event
        # «لليوم الخامس على التوالي»: the sentence tells of something out again today
        going_on = context_words().ongoing_today.search(text, *sent)
        markers = [c for c in sent_cues if c.family == "not_news_markers"]
        if markers:
            # A film, a festival, an exercise: topics, not events. An anniversary only marks the
            # event it remembers («في ذكرى مجزرة …»); a crowd that marches on it («خرجت مظاهرات
            # في ذكرى الثورة») protests that day, and what else the sentence tells happened.
            remembered = [c for c in markers if c.key.endswith(context_words().anniversary)]
            if len(remembered) < len(markers):
                hits = [h for h in hits if h.entry.event_type == "Protests"]
            else:
                hits = [h for h in hits if not any(0 <= h.norm_start - c.end <= 30 for c in remembered)]
            if not hits:
                continue
        # A crowd named after the fact («محتجين») only adds to a protest: it hides no weak trigger.
        if any(h.entry.weight >= 1.0 and not h.entry.merge_only for h in hits):
            hits = [h for h in hits if h.entry.weight >= 1.0]
        hits = [h for h in hits if not h.entry.needs_actor or sent_actors_all]
        # «بعد معارك عنيفة» beside «استعادت … السيطرة»: the battle is how the town was taken.
        # A report another party gives in a clause of its own («…، فيما قال الجيش إن القبة
        # الحديدية اعترضت معظمها») is no better name for the act: only a trigger outside such a
        # clause is yielded to.
        hits = [h for h in hits if not (h.entry.yields_to & _kinds_beside(text, h, hits))]
        hits = [h for h in hits if not furniture.covers(h.norm_start, h.norm_start + 1)]
        hits = drop_instruments(text, sent, hits, [a[0] for a in sent_actors_all])  # «… بالصواريخ»: the strike's means
        hits = [h for h in hits if not _scare_quoted(norm.original, h.start, h.end)
                or h.entry.event_type == "Protests" and (
                    _CALLED_TO.search(text, max(0, h.norm_start - 8), h.norm_start)
                    or h.key.startswith(context_words().named_days)
                    and context_words().day_of_events.search(text, max(0, h.norm_start - 12), h.norm_start))]
        # One candidate per trigger; repeated mentions are merged below.
        groups: dict[tuple[str, str, str | None, int], list[TriggerHit]] = {}
        for h in hits:
            sub = h.entry.sub_event_type
            lo, hi = sent
            if h.entry.event_type == "Protests":
                # «خرجت مسيرة في أ، فيما قطع محتجون الطريق في ب قبل أن تفرقهم قوات الأمن»: the
                # force met the crowd of its own clause, not the one told before «فيما».
                for m in context_words().contrast.finditer(text, sent[0], sent[1]):
                    if m.start() < h.norm_start:
                        lo = m.start()
                    else:
                        hi = m.start()
                        break
                # (only when each clause names its own place: «تظاهر المئات في الساحة، فيما
                # فرقتهم قوات الأمن» tells one crowd, met by force)
                if not places.within(lo, hi) or not (places.within(sent[0], lo) or places.within(hi, sent[1])):
                    lo, hi = sent
            refined = lexicon.refine(h.entry.event_type, sub_cues, lo, hi, h.norm_start, text)
            if refined and h.entry.event_type in ("Explosions/Remote violence", "Protests"):
                if h.entry.event_type == "Protests" or sub in ("Shelling/artillery/missile attack", "Remote explosive/landmine/IED") \
                        or refined == "Chemical weapon":  # «فجر انتحاري شاحنة تحمل صهريجاً من غاز الكلور»
                    sub = refined
            groups.setdefault((h.entry.event_type, sub, h.entry.relation, h.norm_start), []).append(h)
        # «… مقتل 27 شخصاً في عمليات اغتيال منذ مطلع الشهر»: a running total is no event's toll.
        deaths = [] if cumulative(text, sent) else death_counts(text, sent, numbers.within(*sent), sent_cues,
                                                                 sent_actors_all, cue_book.people_nouns)
        deaths = without_grieved_deaths(text, deaths)
        # «… سقط خمسة منهم في حي الروضة وأربعة في الجحملية»: counts for places listed before,
        # in a sentence that tells no new violent act (only the one named again: «في القصف»).
        if all(_is_bare_reference(g[0]) or k[0] not in VIOLENT for k, g in groups.items()):
            deaths = share_to_list(text, sent, deaths, places.within(*sent), candidates, VIOLENT)
        groups = _lethal_interventions(groups, deaths, text)
        groups = deadly_groups(groups, deaths, VIOLENT, _outcomes(groups, text))
        owner = _death_owners(deaths, groups, text)
        judged = {}
        for key, group in groups.items():
            h = group[0]
            h_clause = clause_bounds(text, sent, h.norm_start)
            judged[key] = (h_clause, judge(text, norm.original, norm.span, (h.norm_start, h.norm_end), h.prefix, h.key,
                                           h.entry.future_forms, sent, h_clause, sent_cues, sent_actors_all, view.outlet_names,
                                           self_act=h.entry.sub_event_type == "Change to group/activity",
                                           outlet_spans=view.names))
        # Only triggers of events that happened compete for the sentence's dates.
        realised = [(g[0].norm_start, g[0].norm_end, k[0]) for k, g in groups.items() if judged[k][1].modality not in UNREALISED]
        # The sentence's parties, its claimant and its evidence span serve each of its triggers alike.
        parties = _named_affiliations(text, [a for a in sent_actors_all
                                             if not a[2].is_person and not in_brackets(norm.original, a[2].start, a[2].end, ASIDE_BEFORE, a[2].end + ASIDE_AFTER)])
        claimants: list[ActorMention | None] = []  # filled at the first violent trigger
        evidence = norm.span(*sent)
        bullet = _BULLET.match(norm.original, evidence[0]) is not None
        opens_with_place = _opens_with_place(text, sent, places)  # «وفي صيدا، …»: a new scene
        for key, group in groups.items():
            etype, sub, _relation, _at = key
            anchor_hit = group[0]
            anchor = (anchor_hit.norm_start, anchor_hit.norm_end)
            clause, mod = judged[key]
            sent_actors = parties
            if mod.speaker_span:
                # Who speaks is no party to the act, unless it announces its own; and an unarmed
                # speaker («قالت اللجنة الدولية للصليب الأحمر إن … قتلوا خلال القتال») fights none.
                sp = mod.speaker_span
                sent_actors = [a for a in sent_actors if not (sp[0] <= a[0] < sp[1]) or mod.speaker_is_party
                               and not (etype in VIOLENT and a[2].inter not in ARMED_SIDES)]
            finite = _is_finite_verb(anchor_hit.key)
            members = member_spans(text, sent, anchor)  # «جيش الفتح، الذي يضم …»: named members are no parties
            actor1, actor2, assoc = assign_actors(text, anchor, clause, sent, sent_actors, finite, sub, members)
            suspected = False  # actor1 is the group unnamed gunmen are told as likely of
            if actor1 is not None and actor2 is not None and actor1.actor_id.startswith(UNIDENTIFIED) \
                    and actor2.inter in (2, 3) and not actor2.generic:
                # «هاجم مسلحون يرجح انتماؤهم لتنظيم الدولة ثكنة للجيش»: the gunmen are the group's
                # suspected men, no side against it.
                a1_end, a2_start = norm.norm_index(actor1.end), norm.norm_index(actor2.start)
                if 0 < a2_start - a1_end <= 40 and context_words().suspected_of.match(text[a1_end:a2_start]):
                    actor1, actor2, suspected = actor2, None, True
            if etype in VIOLENT and mod.speaker_span and _SELF_TOLD.search(text, max(sent[0], anchor[0] - 24), anchor[0]):
                # «قالت قوات الدعم السريع إنها سيطرت على بلدة الخوي بعد معارك مع الجيش»: the speaker's own act.
                speaker = _armed_speaker(mod, sent_actors_all)
                if speaker is not None and (actor1 is None or actor1.actor_id != speaker.actor_id):
                    actor1, actor2 = speaker, actor2 if actor2 is not None and actor2.actor_id != speaker.actor_id else actor1
            if sub in _BOMBINGS and actor1 is not None and actor1.inter in STATE_FORCES and any(
                    a[2] is actor1 and a[1] <= anchor[0] and _ANNOUNCES_THAT.match(text, a[1], anchor[0])
                    for a in sent_actors):
                # «وأعلنت وزارة الداخلية أن عبوة ناسفة انفجرت …»: the state's force that announces a
                # bombing did not plant it.
                actor1 = None
            if etype == "Violence against civilians" and actor1 is not None and actor1.inter in STATE_FORCES \
                    and _FOUND_BODY.search(text, max(sent[0], anchor[0] - 48), anchor[1]):
                # «عثرت الشرطة على جثة شاب مقتول بعيارات نارية»: who found the body did not kill him.
                actor1 = None
            if etype in VIOLENT and actor1 is not None and _unarmed_body(actor1):
                # «شكوى إلى مجلس الأمن ضد الاعتداءات»: a body of states or an aid agency is no
                # author of violence (it may be its target: actor2 stays).
                actor1 = None
            if sub == "Arrests":
                before = [m for a, _b, m in sent_actors if a < anchor[0]]
                earlier = [m for _a, _b, m in actor_spans.within(view.sentences[max(0, si - 2)][0], anchor[0])] if si > 0 else []
                actor1, actor2 = arrest_parties(actor1, actor2, before, earlier)
                if actor1 is None and mod.speaker_span is not None and (
                        _OWN_FORCES.search(text, max(mod.speaker_span[1], anchor[0] - 16), anchor[0])
                        or _SELF_TOLD.search(text, max(sent[0], anchor[0] - 24), anchor[0])):
                    # «قالت مديرية الأمن العام إن كوادرها أوقفت 44 شخصاً»: the speaker's own men arrested.
                    actor1 = _armed_speaker(mod, sent_actors_all)
            elif sub == "Disrupted weapons use":
                actor1, actor2 = disrupter_first(actor1, actor2, [m for a, _b, m in sent_actors if a < anchor[0]])
                if actor1 is None and context_words().own_defences.search(text, max(sent[0], anchor[0] - 40), anchor[1]):
                    actor1 = _armed_speaker(mod, sent_actors_all)
            inherited = False
            if not any(clause[0] <= a[0] < clause[1] for a in sent_actors) and sentence_parties.get(si):
                # «… بعد أن انضم إليها»: a clause that names no one continues its sentence's parties.
                actor1, actor2 = sentence_parties[si]
                inherited = True
            elif actor1 is not None and si not in sentence_parties:
                sentence_parties[si] = (actor1, actor2)
            if etype in CIVILIAN_TARGET and actor1 is not None and actor2 is None \
                    and any(d.actor is not None and d.actor.actor_id == actor1.actor_id for d in deaths):
                # «مقتل أربعة من عناصر حركة الشباب» in a strike: the dead side is the target.
                actor1, actor2 = None, actor1
            claimed = False
            if etype in VIOLENT:
                if not claimants:
                    claimants.append(_claimant(text, sent, si, view.sentences, cue_index, actor_spans, places))
                claimant = claimants[0]
                if claimant is not None and (actor1 is None or actor1.actor_id != claimant.actor_id):
                    # A claim of responsibility names the author, whoever else the sentence names;
                    # the unnamed gunmen it replaces («هجوم شنه مسلحون») were its own men.
                    unnamed = actor1 is None or actor1.actor_id.startswith(UNIDENTIFIED)
                    actor1, actor2 = claimant, actor2 if unnamed else (actor2 or actor1)
                    claimed = True
                elif actor1 is None:
                    # («وقال مصدر في الإطار إن القصف أصاب منزلاً»: a speaker retelling an act told before
                    # by its definite noun speaks of another's act, not its own)
                    # («فجر انتحاري نفسه قرب مطعم، بحسب الشرطة»: the source of a bombing told after it is
                    # no bomber, as the military spokesman of «غارات … بحسب المتحدث العسكري» is the striker)
                    # («قالت قيادة عمليات بغداد إن عبوة ناسفة انفجرت»: a state's forces that report a
                    # bombing did not plant it)
                    actor1 = _accused(text, sent, si, view.sentences, actor_spans)
                    if actor1 is None and not (_is_bare_reference(anchor_hit) and si > first_body_sentence
                                               or sub in _BOMBINGS and mod.speaker_span is not None
                                               and mod.speaker_span[0] >= anchor[1]):
                        speaker = _armed_speaker(mod, sent_actors_all)
                        if not (sub in _BOMBINGS and speaker is not None and speaker.inter in STATE_FORCES) \
                                and not (mod.speaker_span is not None and context_words().attackers.search(
                                    text, mod.speaker_span[1], anchor[0])):
                            # («وقال أحد عناصر قوة المهام إن المسلحين اقتحموا القرية وأطلقوا النار»: the
                            # gunmen the speaker tells of are the attackers, not the speaker's men)
                            actor1 = speaker
                elif actor1.actor_id.startswith(UNIDENTIFIED) \
                        and (accused := _accused(text, sent, si, view.sentences, actor_spans)) is not None:
                    actor1 = accused
                elif actor2 is None and etype == "Battles" and _OWN_FORCES.search(text, *sent):
                    # «أكد ناطق باسم الحركة أن قواته اشتبكت مع المهاجمين»: the speaker's forces fought.
                    speaker = _armed_speaker(mod, sent_actors_all)
                    if speaker is not None and speaker.actor_id != actor1.actor_id:
                        actor2 = speaker
            if etype in CIVILIAN_TARGET and actor2 is None:
                civ = [a for a in sent_actors if a[2].actor_id.startswith("gen.civilians") or a[2].kind == "civilians"]
                if civ:
                    actor2 = civ[0][2]
            if actor1 is not None and actor2 is not None and (
                    actor1.actor_id == actor2.actor_id or etype == "Explosions/Remote violence"
                    and one_force(actor1.actor_id, actor2.actor_id, view.published)):
                actor2 = None  # «دمر سلاح الجو في الجيش …»: the air force of the army does not strike it
            reach = _next_act(text, anchor, etype, groups, sent)
            if actor1 is not None and actor2 is None and etype in ("Battles", "Explosions/Remote violence"):
                # The other side of a fight or strike is the other armed party of its sentence,
                # not one of another act told after it («، وسط غارات لمقاتلات التحالف …»).
                # A government that speaks of it («قالت أنقرة») or an actor's own state is no side.
                # («دمر سلاح الجو … بينما أحكمت وحدات من الجيش …»: a force's own army is no other side)
                others = [m for a, b, m in sent_actors if a < reach and m.actor_id != actor1.actor_id and m.inter in (1, 2, 3, 4, 8)
                          and not (etype == "Explosions/Remote violence" and one_force(m.actor_id, actor1.actor_id, view.published))
                          and not any(x.actor_id == m.actor_id for x in assoc) and m.kind != "government"
                          and not ((claimed or suspected) and m.actor_id.startswith(UNIDENTIFIED))
                          and not any(x <= a < y for x, y in members)]
                if others:
                    actor2 = min(others, key=lambda m: abs(norm.norm_index(m.start) - anchor[0]))
                elif etype == "Battles" and sub == "Armed clash":
                    actor2 = _side_next_door(view, actor_spans, si, actor1)
            if actor1 is not None and actor2 is not None and actor2.kind == "government" and actor1.inter in STATE_FORCES \
                    and actor1.countries and actor2.countries and actor2.countries[0] == actor1.countries[0]:
                actor2 = None  # «طائرة مسيرة تركية … وقالت أنقرة»: a state's force does not strike its government
            locs = _places_for(anchor, (clause[0], min(clause[1], reach)), (sent[0], reach), places, text,
                               strict=sub in ABSTRACT_SUBTYPES, country=view.country,
                               fired=etype == "Explosions/Remote violence", crowd=etype in CROWD_TYPES,
                               away=sub == TRANSFER) or [None]
            if locs == [None] and si > 0 and etype in VIOLENT and context_words().place_pronoun.match(text, anchor[1]):
                # «… قرى أ وب. وكانت عناصر التنظيم قد تسللت إليها»: the pronoun is the place (or
                # the list) told in the sentence before («انضم إليها» names a group: no fight, no place).
                before = _in((view.sentences[si - 1][0], sent[0]), places)
                runs = list_runs(text, before)
                locs = [p for _, _, p in runs[-1]] if runs else [before[-1][2]] if before else [None]
            place_inherited = False
            if locs == [None] and si > 0 and _CONTINUES_REPORT.match(text, sent[0]) and sub not in ABSTRACT_SUBTYPES:
                # «وأضاف البيان أن القوات ألقت القبض على 23 …»: the same report goes on where its
                # sentence before took place (as it goes on with its day).
                told = [c.event.location for c in candidates if c.sentence == si - 1 and c.event.location is not None]
                if told and len({p.admin1_code for p in told}) == 1:
                    locs, place_inherited = [told[-1]], True
            country = next((p.country for p in locs if p is not None and p.country), view.country)
            if etype == "Battles" and sub == "Armed clash" and any(m.inter in (5, 6) for _, _, m in sent_actors) \
                    and not any(m.inter in (2, 3, 4, 8) for _, _, m in sent_actors):
                # «مواجهات بين المحتجين وقوات الأمن»: a crowd fighting the police riots, it does not battle;
                # crowds fighting each other with no force of the state there are mob violence.
                state = any(m.inter == 1 for _, _, m in sent_actors) or context_words().crowd_police.search(text, *sent) is not None
                etype, sub = "Riots", "Violent demonstration" if state else "Mob violence"
            if etype == "Violence against civilians" and sub == "Attack" and _mutual_fire(text, anchor, norm, actor1, actor2):
                etype, sub = "Battles", "Armed clash"
            if etype == "Violence against civilians" and sub == "Attack" and actor2 is not None and actor2.inter == 1 \
                    and actor2.kind != "government" and actor1 is not None and actor1.inter in (2, 3, 4, 8) \
                    and mod.modality not in UNREALISED and not _ONE_SIDED_KILLING.search(anchor_hit.key):
                # «فتح مسلحون النار على نقطة تفتيش للشرطة فقتلوا شرطيين»: armed men who fire on the
                # state's forces fight them; what is done to civilians is an attack.
                etype, sub = "Battles", "Armed clash"
            if etype == "Violence against civilians" and sub == "Attack" and actor1 is not None and actor1.inter == 1 \
                    and actor1.kind != "government" and mod.modality not in UNREALISED \
                    and not _ONE_SIDED_KILLING.search(anchor_hit.key):
                # «أعلنت مديرية الأمن مقتل ثلاثة مسلحين خلال مداهمة»: the state's forces that kill
                # armed men, told as such, fight them (an execution or a massacre stays one-sided);
                # so do they a named armed group.
                armed = context_words().militant_victims.search(text, *clause)
                if armed is not None and (actor2 is None or actor2.inter in (2, 3, 4)) \
                        or actor2 is not None and actor2.inter in (2, 3, 4) and not actor2.actor_id.startswith(UNIDENTIFIED):
                    if actor2 is None:
                        actor2 = _party_named("unidentified", armed.start(), armed.end(), view, view.country)
                    etype, sub = "Battles", "Armed clash"
            if mod.modality not in UNREALISED:
                etype, sub = retype(etype, sub, text, clause, sent, [m for _, _, m in sent_actors], anchor_hit.key)
                # «أضرم مستوطنون النار في منزل … ما أدى إلى استشهاد طفل»: burning that kills is an attack.
                etype, sub = deadly_retype(sub, anchor_hit.key, [d for d in deaths if owner.get(id(d)) == key]) or (etype, sub)
            if etype == "Battles" and sub == "Armed clash" and (actor2 is None or actor2.inter == 7) \
                    and (actor1 is None or actor1.inter != 7) and context_words().attack.search(anchor_hit.key) \
                    and not context_words().military_target.search(text, anchor[1], min(clause[1], anchor[1] + 90)) \
                    and (civilian_victim("Explosions/Remote violence", anchor, sent_cues, mod.speaker_span) is not None
                         or context_words().raid.search(text, *sent)
                         or _raid_told_next(text, view.sentences, si)
                         or (_is_finite_verb(anchor_hit.key) and context_words().dwelling_target.search(text, anchor[1], min(sent[1], anchor[1] + 90))
                             and not any(m.inter in (1, 2, 3, 8) and m.actor_id != actor1.actor_id
                                         and all(m.actor_id != a.actor_id for a in assoc) for _, _, m in sent_actors))):
                # «هاجم مسلحون قرية … وقتلوا خمسة من سكانها»: an attack nobody armed answers, that
                # hurt or killed people named as civilians, or burnt or looted their homes
                # («… وأحرقت عشرات المنازل ونهبت الماشية»), or that went for where they live with
                # no other armed party in sight («هاجمت قوات الدعم السريع أحياء الجمارك»), is
                # violence against them.
                etype, sub = "Violence against civilians", "Attack"
            if etype == "Violence against civilians" and sub == "Attack" and actor2 is None and actor1 is not None \
                    and actor1.inter in (2, 3, 4) and not _ONE_SIDED_KILLING.search(anchor_hit.key) \
                    and mod.modality not in UNREALISED and context_words().soldiers.search(text, *sent) \
                    and context_words().military_target.search(text, *sent):
                # «قُتل جنديان حين فتح مسلحون النار على نقطة تفتيش»: armed men who fire on a post and
                # kill its soldiers fight them.
                etype, sub = "Battles", "Armed clash"
            if etype == "Battles" and actor2 is None and actor1 is not None and actor1.inter in (2, 3, 4):
                # «قتل ثمانية جنود في هجوم لحركة الشباب على قاعدة عسكرية»: the soldiers a group
                # fights are the country's army.
                found = context_words().soldiers.search(text, *clause)
                if found:
                    actor2 = _party_named("military", found.start(), found.end(), view, country)
            if etype == "Explosions/Remote violence" and sub in PLANTED and actor2 is None \
                    and (owner_hit := vehicle_owner(text, sent_actors)) is not None:
                # «اصطدمت مركبة تابعة للجيش المالي بعبوة ناسفة»: whose vehicle a mine or a bomb hit is its target.
                actor1 = None if actor1 is not None and actor1.actor_id == owner_hit.actor_id else actor1
                actor2 = owner_hit
            hurt_forces = None
            if etype == "Explosions/Remote violence" and actor2 is None and (actor1 is None or actor1.inter not in (1, 3)) \
                    and casualties_told(sent_cues) and (forces := _forces_killed(text, (sent[0], clause[1]))) is not None:
                # «أصيب عسكريان إثر انفجار لغم», «قتل شرطي بانفجار عبوة»: soldiers or policemen a blast
                # hurts are the country's forces, its target (not its author).
                kind, found = forces
                hurt_forces = _party_named(kind, found.start(), found.end(), view, country)
            victim = civilian_victim(etype, anchor, sent_cues, mod.speaker_span) if etype in CIVILIAN_TARGET else None
            if etype in CIVILIAN_TARGET and actor2 is None and (actor1 is None or actor1.inter != 7):
                # «مقتل شاب», «أعدموا رجلين»: victims no party owns are civilians of the country.
                if victim is not None:
                    actor2 = _victims(victim, view, country)
                elif etype == "Violence against civilians" and (forces := _forces_killed(text, clause)) is not None:
                    # «لقي شرطي مصرعه بنيران مسلحين»: a policeman or a soldier killed is of the
                    # country's forces, not a civilian.
                    kind, found = forces
                    actor2 = _party_named(kind, found.start(), found.end(), view, country)
                elif etype == "Violence against civilians":
                    # «اغتيل إمام وخطيب أحد المساجد»: whoever the victims of violence against
                    # civilians are called, ACLED codes them Civilians (country), named by the act.
                    actor2 = _crowd("civilians", anchor_hit, view, country)
            if etype == "Violence against civilians" and actor2 is not None and actor2.inter in (1, 2, 3, 4, 8) \
                    and (actor1 is None or actor1.actor_id != actor2.actor_id) and victim is not None:
                # «قُتلت طفلة بقذيفة للحوثي على مواقع الجيش», «اختطف المهاجمون سبعة شبان»: the
                # victims the sentence names are civilians; an armed party beside them is no victim.
                actor2 = _victims(victim, view, country) or actor2
            if sub == "Arrests" and actor1 is not None and (actor2 is None or actor2.actor_id == actor1.actor_id):
                # «اعتقلت قوات الاحتلال ثلاثة شبان»: the people taken, named after the act and
                # owned by no party, are civilians of the country (as ACLED codes them).
                taken = detainees(anchor, sent_cues, mod.speaker_span)
                if taken is not None:
                    actor2 = _victims(taken, view, country)
                elif actor2 is not None:
                    actor2 = None  # the arresting force is not its own detainee
            if actor2 is not None and ((etype in CIVILIAN_TARGET and actor2.generic and actor2.inter == 7
                                        and not actor2.actor_id.startswith("gen.civilians"))
                                       or ((etype in CIVILIAN_TARGET or sub == "Arrests") and _organiser(actor2))):
                # ACLED codes an attack on activists, journalists or prisoners, and the arrest of a
                # union's members, as one on civilians, with the group they belong to associated.
                civilians = _generic_party("civilians", actor2.text, actor2.start, actor2.end, view, country)
                if civilians is not None:
                    assoc = [*assoc, actor2]
                    actor2 = civilians
            if etype in CROWD_TYPES:
                actor1, actor2 = _crowd_roles(etype, sub, actor1, actor2, sent_actors, anchor_hit, view, country, sent,
                                              sent_cues, mod.speaker_span)
                caller = _caller(text, anchor, sent, sent_actors_all) if etype == "Protests" else None
                if caller is not None and all(caller.actor_id != m.actor_id for m in (actor1, actor2, *assoc) if m is not None):
                    assoc = [*assoc, caller]  # «دعت الجماعة إلى مسيرات حاشدة»: who called the crowd out
            if anchor_hit.entry.state_sub_event_type and actor1 is not None and actor1.inter == 1:
                sub = anchor_hit.entry.state_sub_event_type
            if sub == TRANSFER and any(k[0] == "Battles" for k in groups) \
                    and not context_words().no_fight.search(text, *sent):
                continue  # «ثم دارت اشتباكات استمرت ساعتين قبل أن تنسحب العناصر نحو الجبال»: a fight's end
            if sub == "Agreement" and civil_agreement(text, sent, [m for m in (actor1, actor2, *assoc) if m is not None]):
                continue  # «وقعت الوزارة والنقابة محضر اتفاق ينهي خلافاً حول المنح»: no conflict's agreement
            if sub in _GROUND_TAKEN and actor1 is not None and actor1.inter in (5, 6, 7) \
                    and (actor2 is None or actor2.inter in (5, 6, 7)):
                continue  # «تقدمت نساء وعائلات الصفوف الأولى», «حاول محتجون السيطرة على مقر التلفزيون»: no ground taken
            if anchor_hit.entry.relation == "joined" and (actor1 or actor2) \
                    and all(m.generic and m.inter in (5, 6, 7) for m in (actor1, actor2) if m is not None):
                continue  # «انضم إليهم عمال الوردية الليلية»: people joining a strike, no group joining another
            if mod.modality not in UNREALISED:
                etype, sub = retype_taking(etype, sub, text, sent)
            if sub == "Arrests" and _PROTESTED.search(text, max(sent[0], anchor[0] - 24), anchor[0]):
                continue  # «أغلق الطلاب البوابات احتجاجاً على اعتقال زملائهم»: the cause of a protest, told in passing
            # Events of one kind told in one sentence share its date («قصفت … وقصفت … أمس»).
            texpr = _time_for(text, anchor, clause, sent, times, [(a, b) for a, b, t in realised if not _one_kind(t, etype)],
                              [(a, b) for a, b, _ in realised if (a, b) != anchor],
                              _is_finite_verb(anchor_hit.key) and not _fuul_noun(anchor_hit.key))
            if texpr is None and any(c.family == "generic_markers" and not _after_particle(text, c.start)
                                     and not anchor[0] <= c.start < anchor[1]  # «اعترضت معظم الصواريخ»: the act's own words
                                     and not (c.prefix.endswith("ال") and c.key[0] in "يت")  # «مواقع التواصل» is no «تواصل»
                                     # «تواصل اعتصام العاطلين»: a crowd that carries on is out again today
                                     and not (etype in CROWD_TYPES and c.key in context_words().crowd_goes_on)
                                     and not context_words().strike_series.match(text, c.start)
                                     and (clause[0] <= c.start < clause[1] or c.start < anchor[0]) for c in sent_cues) \
                    and going_on is None:
                continue  # a habit or a tally, not an event («يواصلون اعتصامهم لليوم الخامس» goes on today)
            if mod.modality != "negated" and any(  # («لم تشهد حلب أي تظاهرات»: «any» denied is a denial)
                    c.family in ("not_first_time_markers", "any_markers", "tally_markers") and clause[0] <= c.start <= anchor[0]
                    for c in sent_cues):
                continue  # «وليست هذه المرة الأولى التي تشهد فيها البلاد احتجاجات …», «أي تجمعات»: in general
            if etype not in CROWD_TYPES and texpr is not None and texpr.precision in ("month", "year") and any(
                    t[2] is texpr and _SINCE.search(text, max(sent[0], t[0] - 6), t[0]) and context_words().tally_since.match(text, t[0])
                    for t in _in(sent, times)):
                # «منذ مطلع العام»: dated only by the span since a period began, a tally (a crowd
                # out «منذ مطلع الشهر» is a sit-in that goes on: its protest stands)
                continue
            if etype not in CROWD_TYPES and context_words().documented.search(text, sent[0], anchor[0]) \
                    and running_total(text, *sent):
                continue  # «ووثق ناشطون اغتيال 120 شخصاً … خلال العام الماضي»: a documented tally
            if texpr is None and context_words().since_outbreak.match(text, anchor[1], clause[1]):
                continue  # «إن المعارك أسفرت منذ اندلاعها عن مقتل 120»: the war's tally
            if texpr is None and etype in CROWD_TYPES and view.published is not None and going_on is not None:
                # «يواصل العمال إضرابهم لليوم الرابع على التوالي»: a crowd out again today, its own day
                a, b = norm.span(going_on.start(), going_on.end())
                texpr = TimeExpression(norm.original[a:b], a, b, view.published, "day")
            if texpr is None:
                texpr = _day_after(text, norm, sent, candidates)
            if texpr is None:
                # «داهمت قوة مطلوبين فجر أمس، وتبادلت القوة إطلاق النار معهم»: an act told after
                # another in the same sentence, with no time of its own, happened on its day.
                here = takewhile(lambda c: c.sentence == si, reversed(candidates))  # this sentence's, last made first
                told_here = [c.event.time for c in here if c.event.time is not None
                             and c.event.trigger_start < anchor_hit.start and c.event.time.precision == "day"][::-1]
                texpr = told_here[-1] if told_here else None
            if texpr is None and report_day is None and si > 0:
                # The sentence before may tell the day without an event of its own
                # («لقي أب ونجلاه مصرعهم … صباح اليوم الاثنين»).
                told_day = [t for _, _, t in _in(view.sentences[si - 1], times) if t.precision == "day" and t.date is not None]
                report_day = told_day[0] if told_day else None
            if texpr is None and report_day is not None and going_on is None \
                    and (_CONTINUES_REPORT.match(text, sent[0]) or (
                    report_day.date is not None and view.published is not None
                    and 0 <= (view.published - report_day.date).days <= 1 and not context_words().pluperfect.search(text, *sent))):
                # «وأضاف الناشطون أن قوات النظام قصفت …»: the same source goes on with the same
                # day's report, dated by the sentence before; so does a dispatch about today or
                # last night («… اليوم. وفرقت قوات الأمن المسيرة …»), unless it looks back («وكان … قد»).
                texpr = report_day
            if mod.modality == "planned" and texpr is not None and texpr.date is not None \
                    and view.published is not None and texpr.date < view.published:
                future = [t for t in _in(sent, times) if t[2].date is not None and t[2].date >= view.published]
                texpr = future[0][2] if future else _next_weekday(texpr, view.published)
            if texpr is not None and texpr.date is not None and texpr.precision == "day":
                texpr = _offset_back(text, anchor[0], texpr)
            weak = all(h.entry.weight < 1.0 for h in group)
            bare_reference = _is_bare_reference(anchor_hit)
            # «وأدى الاشتباك إلى إغلاق المدارس اليوم»: the act told again as the subject of its
            # outcome; the sentence's time is the outcome's (see the merge below).
            outcome_at = _outcome_start(text, anchor_hit, sent) if bare_reference else None
            outcome_subject = outcome_at is not None
            # (its time, when the outcome's, does not keep it apart from the act told before)
            outcome_time = outcome_subject and texpr is not None and not any(
                t[2] is texpr and t[0] < outcome_at for t in _in(sent, times))
            if etype == "Battles" and actor1 is not None and actor2 is not None and actor1.actor_id != actor2.actor_id \
                    and actor1.inter in ARMED_SIDES and actor2.inter in ARMED_SIDES:
                fought.append((si, actor1, actor2))
            a, b = evidence
            for loc in locs:
                ev = Event(
                    event_type=etype, sub_event_type=sub,
                    trigger_text=anchor_hit.text, trigger_start=anchor_hit.start, trigger_end=anchor_hit.end,
                    evidence_start=a, evidence_end=b, sentence_index=si,
                    actor1=actor1, actor2=actor2, assoc_actors=assoc,
                    location=loc, modality=mod.modality, attribution=mod.attribution, denied=mod.denied,
                    main=si <= first_body_sentence,
                )
                background = _BACKGROUND.search(text[max(sent[0], anchor[0] - 16):anchor[0]]) is not None
                if background and texpr is None:
                    texpr = _time_for(text, anchor, clause, sent, times, [])
                if texpr is not None:
                    ev.time, ev.date, ev.date_precision, ev.date_text = texpr, texpr.date, texpr.precision, texpr.text
                    if background and texpr.date is not None and texpr.precision in ("day", "week"):
                        # «على خلفية الاقتتال الدائر»: an ongoing situation, dated only to its month.
                        ev.time = None
                        ev.date, ev.date_precision = texpr.date.replace(day=1), "month"
                cand = Candidate(ev, si, own_time=texpr is not None and not outcome_time,
                                 own_place=loc is not None and not place_inherited, weak=weak,
                                 places_told=tuple(p for _, _, p in places.within(*sent)),
                                 body=sent[0] >= view.title_end and not bullet,
                                 split_group=anchor_hit.norm_start if len(locs) > 1 else None,
                                 groups={anchor_hit.norm_start} if len(locs) > 1 else set(),
                                 merge_only=all(h.entry.merge_only for h in group),
                                 bare_reference=bare_reference,
                                 new_scene=loc is not None and not place_inherited and opens_with_place,
                                 hurt_forces=hurt_forces,
                                 sentences={si},
                                 outcome_subject=outcome_subject,
                                 definite=outcome_subject
                                 or _DEFINITE.search(text[max(sent[0], anchor_hit.norm_start - 8):anchor_hit.norm_start]) is not None
                                 or (bare_reference and texpr is None and actor1 is None
                                     and not places.within(*clause)))
                if not inherited:
                    cand.relations = [(h.entry.relation, h.entry.relation_reverse) for h in group if h.entry.relation]
                if etype in VIOLENT or sub == "Excessive force against protesters":
                    # A list of places: a count goes only to the place the text ties it to.
                    ties = tied_places(text, sent, deaths, places.within(*sent), locs) if len(locs) > 1 else {}
                    cand.deaths = [d for d in deaths if owner.get(id(d)) == key
                                   and (len(locs) == 1 or same_place(ties.get(id(d)), loc))]
                    if len(locs) == 1 and loc is not None and len(cand.deaths) > 1:
                        _tolls_told_elsewhere(cand, text, sent, places, candidates)
                candidates.append(cand)
        dated = [c.event.time for c in candidates if c.sentence == si and c.event.time is not None]
        report_day = dated[0] if dated and dated[0].precision == "day" else (report_day if not dated else None)

    _carry_orphan_tolls(view, candidates, numbers, cue_index, actor_spans, places, cue_book.people_nouns)
    _more_of_the_same(norm, candidates)

    merged: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.weak or c.merge_only)):
        target = next((m for m in merged if _can_merge(m, cand)), None)
        if target is None and cand.merge_only:
            target = next((m for m in merged if m.event.event_type == cand.event.event_type and _compatible(m, cand)), None)
            if target is None:
                continue
        if target is None and cand.bare_reference and cand.event.event_type in ("Battles", "Explosions/Remote violence") \
                and cand.split_group is None:
            # «استعادت القوات بلدتي أ وب … وقال إن المعارك في ب أسفرت عن مقتل 40»: the fighting
            # named again at a place already taken is that event; its toll goes there.
            target = _retold_at(cand, merged, text, view.sentences[cand.sentence])
        if target is None and cand.event.event_type == "Protests" and cand.body and cand.own_place:
            target = _crowd_met_later(cand, merged)
        if target is None and cand.definite and not cand.own_time and not (cand.split_group is not None and cand.own_place):
            # «وتسبب التفجير بمقتل …», «هذا الهجوم»: the event already told, whatever its place;
            # not a list of places of its own («وطالت الغارات أيضاً حيي أ وب»: more places struck).
            earlier = [m for m in merged if (m.event.event_type == cand.event.event_type or _same_noun(m.event, cand.event))
                       and min(m.sentences) < cand.sentence
                       and _same_footing(m.event.modality, cand.event.modality)]
            if earlier and cand.outcome_subject and cand.own_place:
                # «أما في الزعفرانية فقد أسفر الانفجار عن …»: the blast told at its own place is
                # the one told there before, else one of its own.
                earlier = [m for m in earlier if _same_place(m.event.location, cand.event.location)]
            if cand.outcome_subject:
                earlier = [m for m in earlier if _actors_agree(m.event, cand.event)]
            if earlier:
                target = earlier[-1]
                cand.own_place = cand.own_place and _same_place(target.event.location, cand.event.location)
        if target is None and cand.weak:
            # «الهجوم» after a named strike is that strike; alone it needs a place and an actor,
            # or the dead it took: «قتل مدني في هجوم على سوق في الطارمية» tells an act though it
            # names no attacker.
            target = next((m for m in merged if m.event.event_type in VIOLENT and _compatible(m, cand)), None)
            # («هجوم إرهابي استهدف حافلة …، وأسفر عن سقوط قتلى وجرحى»: dead told without a count)
            if target is None and (cand.event.location is None or cand.event.actor1 is None and not cand.deaths
                                   and not context_words().dead_outcome.search(text, *view.sentences[cand.sentence])):
                continue
        if target is not None:
            _merge(target, cand)
        else:
            merged.append(cand)
    # A headline event stands when the body reports it too, when the body reports nothing, or
    # when it names its own party and place: the body may tell only its details
    # («قوات الأمن تفرق مظاهرة في الحلة» over a body about the day's arrests).
    if any(c.body for c in merged):
        body = [c for c in merged if c.body]

        def told_in_body(h: Candidate) -> bool:
            """The body tells the headline's story with another type: same agent, same place."""
            return any(c.event.actor1 is not None and c.event.actor1.actor_id == h.event.actor1.actor_id
                       and _same_place(c.event.location, h.event.location) for c in body)

        merged = [c for c in merged if c.body or (c.own_place and c.event.actor1 is not None and not c.weak
                                                  and c.event.modality not in UNREALISED and not told_in_body(c))]

    _send_tolls_home(merged)
    merged = _fold_into_crowds(merged)

    # An event told in the same sentence as another one with a place shares its place
    # («… المعارك في ريف حماة … وأعدم المسلحون خلالها أسرى»).
    for cand in merged:
        if cand.event.location is None and cand.event.event_type in VIOLENT:
            sibling = next((m for m in merged if m is not cand and m.event.location is not None
                            and m.event.event_type in VIOLENT and m.sentences & cand.sentences), None)
            if sibling is not None:
                cand.event.location = sibling.event.location

    place_truces([c.event for c in merged], norm.original)  # a ceasefire is agreed where the fighting was

    # «كما طال القصف ذاته حيي …», «وطالت القذائف أيضاً …»: the act named again by its definite
    # noun, at new places and with no party of its own, is the same act's: its parties come along.
    for i, cand in enumerate(merged):
        if cand.event.event_type not in VIOLENT or not (cand.definite or cand.bare_reference):
            continue
        earlier = [m for m in merged[:i] if m.event.event_type == cand.event.event_type and m.event.actor1 is not None
                   and min(m.sentences) < min(cand.sentences)]
        struck = next((m.event for m in reversed(earlier) if m.event.actor2 is not None), None)
        if cand.event.actor1 is not None and struck is not None and struck.actor2.actor_id == cand.event.actor1.actor_id \
                and (cand.event.actor2 is None or cand.event.actor2.actor_id == struck.actor1.actor_id) \
                and cand.event.actor1.start >= cand.event.trigger_end:
            # (not a party told as the act's own agent, before it: «الطيران الحربي للجيش قصف …»)
            # «وطالت الغارات أيضاً مقراً للتنظيم»: the side struck before, named again as the
            # target of the same act, is its target, not its author.
            cand.event.actor1, cand.event.actor2 = struck.actor1, cand.event.actor1
        if cand.event.actor1 is None and earlier:
            cand.event.actor1 = earlier[-1].event.actor1
            cand.event.actor2 = cand.event.actor2 or earlier[-1].event.actor2
            if normalise_phrase(cand.event.trigger_text) in _GENERIC_STRIKE_NOUNS:
                # «ألقى الطيران البراميل على … كما طال القصف بلدتي …»: the bombing named by
                # its generic noun is the air strike told before, not a shelling.
                cand.event.sub_event_type = earlier[-1].event.sub_event_type

    # «… بين قوات الانتقالي وألوية الحماية الرئاسية. وكانت المواجهات قد اندلعت الأحد في …»: the
    # fighting named again with no party of its own was fought by the two sides told before.
    for cand in merged:
        if cand.event.event_type == "Battles" and cand.event.actor1 is None and cand.bare_reference:
            before = [(a1, a2) for si, a1, a2 in fought if si < min(cand.sentences)]
            if before:
                cand.event.actor1, cand.event.actor2 = before[-1]

    # A sentence that carries a list on («كما طال القصف بلدتي …») names new places of the
    # event told just before: each keeps that event's parties, date and modality.
    told = sorted(merged, key=lambda c: min(c.sentences))
    for i, cand in enumerate(told):
        e = cand.event
        if e.actor1 is not None or not cand.own_place or e.event_type not in VIOLENT | {"Protests"}:
            continue
        opening = view.sentences[min(cand.sentences)][0]
        if context_words().separate_incident.match(text, opening) or context_words().related_report.match(text, opening):
            continue  # «وفي سياق متصل، عُثر على جثة …»: another report, not more places of the last one
        # An earlier event counts from the last sentence that tells it (a headline merged into
        # the body's first report is told in the body's sentence too).
        j = continues_list(e.sub_event_type, min(cand.sentences),
                           [(m.event.sub_event_type, max(s for s in m.sentences if s < min(cand.sentences)))
                            for m in told[:i] if min(m.sentences) < min(cand.sentences)])
        if j is not None:
            src = told[j].event
            e.actor1, e.actor2 = src.actor1, src.actor2
            e.modality, e.attribution = src.modality, src.attribution
            if not cand.own_time:
                e.time, e.date, e.date_precision, e.date_text = src.time, src.date, src.date_precision, src.date_text
                cand.own_time = told[j].own_time

    for cand in merged:
        e = cand.event
        if e.actor2 is None and cand.hurt_forces is not None and (e.actor1 is None or e.actor1.inter not in (1, 3)):
            e.actor2 = cand.hurt_forces

    # Beside the story a report tells, an act it looks back on («وكانت … قد») with no time at all is
    # not coded: ANNOTATION.md codes events the text places in time at least roughly. Alone, it is
    # the story (dated some days before the dateline, below).
    undated_background = {id(c) for c in merged if not c.own_time and all(
        context_words().pluperfect.search(text, *view.sentences[si]) for si in c.sentences)}
    if len(undated_background) == len(merged):
        undated_background = set()
    events: list[Event] = []
    relations: list[Relation] = []
    for cand in merged:
        e = cand.event
        if e.date is not None and e.date < ACLED_START:
            continue  # «حين أطلق مسلحون النار على بوسطة … في 13 نيسان 1975»: history, before ACLED's coverage
        if e.modality == "planned" and not cand.own_time:
            continue  # an intention with no date («تعتزم الانضمام») is not yet an event
        if id(cand) in undated_background:
            continue  # «وكانت القوات الفرنسية قد دخلت كيدال»: looked back on with no time at all (ANNOTATION.md)
        if e.event_type == "Protests" and e.location is None and not cand.own_time and not title_places \
                and cand.bare_reference:
            continue  # «على خلفية الاحتجاجات التي تشهدها البلاد»: protests named as known, none told
        if e.location is None and e.sub_event_type not in ABSTRACT_SUBTYPES and (title_places or header_places):
            # («اعتصم عمال المياومة أمام وزارة الزراعة» under «عمّان - الغد»: where the report is from)
            e.location = min(title_places or header_places, key=lambda p: p[2].geo_precision)[2]
        if e.location is None and e.event_type in VIOLENT and any(
                c.family == "place_anaphors" for si in cand.sentences for _, _, c in cue_index.within(*view.sentences[si])):
            # «… باتجاه القرى المحيطة بمنطقة الهجوم»: the place of the event told just before.
            earlier = [m for m in merged if m.event.location is not None and min(m.sentences) < min(cand.sentences)]
            if earlier:
                e.location = max(earlier, key=lambda m: min(m.sentences)).event.location
        if not cand.own_time and view.published is not None:
            # An event the report tells with no time of its own is the day's news: the dateline's
            # day, as ANNOTATION.md's coders date it; one it looks back on («وكانت … قد») happened
            # some days before, at week precision.
            back = any(context_words().pluperfect.search(text, *view.sentences[si]) for si in cand.sentences)
            e.date, e.date_precision, e.date_text = view.published, "week" if back else "day", None
            told = [m for m in merged if m is not cand and m.own_time and m.body]
            at = None if back else day_carried_on(min(cand.sentences), [(m.sentences, m.event.date, m.event.date_precision)
                                                                         for m in told], view.published)
            if at is not None:  # the story told just before goes on (rasad/events/story_day.py)
                lead = told[at]
                e.date, e.date_precision, e.date_text, e.time = (lead.event.date, lead.event.date_precision,
                                                                 lead.event.date_text, lead.event.time)
        if e.date is not None and view.published is not None and e.date > view.published and e.modality in ("asserted", "claimed"):
            e.modality = "planned"
        # «… ولم تسجل أي إصابات»: said in the event's sentence or in the next one, if that one
        # tells no event of its own.
        told_in = cand.sentences | {si + 1 for si in cand.sentences if si + 1 < len(view.sentences)
                                    and not any(si + 1 in m.sentences for m in merged
                                                if m is not cand and m.event.modality not in UNREALISED)}
        if not cand.deaths and (e.event_type in VIOLENT or e.event_type == "Protests") and any(
                c.family == "no_casualty_phrases" for si in told_in for _, _, c in cue_index.within(*view.sentences[si])):
            e.fatalities, e.fatalities_detail = 0, []  # «دون وقوع إصابات»: the text says nobody died
        else:
            e.fatalities, e.fatalities_detail = event_toll(cand.deaths, starts, norm.span, norm.original) if e.event_type in VIOLENT or "protesters" in e.sub_event_type else (None, [])
            if e.fatalities is None and e.sub_event_type == "Attack" and context_words().assassinated.match(normalise_phrase(e.trigger_text)) \
                    and not context_words().attempt.search(text, max(0, norm.norm_index(e.trigger_start) - 12), norm.norm_index(e.trigger_start)):
                # «اغتال مسلحون الناشط …», «اغتيل إمام المسجد»: an assassination kills the one it names.
                e.fatalities, e.fatalities_detail = 1, [{"actor": e.actor2.actor_id if e.actor2 else None, "count": 1, "approx": False}]
        if e.actor1 is not None and e.actor2 is not None and e.actor1.actor_id == e.actor2.actor_id \
                and e.event_type != "Battles":
            # one party told twice (a headline's target, the body's author) is no second side
            # (fighting within one group, «اقتتال بين فصائل الجيش الوطني», keeps it on both)
            e.actor2 = None
        filled = sum(x is not None for x in (e.date, e.location, e.actor1))
        e.confidence = round(min(0.95, 0.35 + 0.15 * filled + (0.1 if e.modality == "asserted" else 0.0) - (0.15 if cand.weak else 0.0)), 2)
        events.append(e)
        for rel, reverse in cand.relations:
            if e.modality == "negated":
                continue
            src, dst = (e.actor2, e.actor1) if reverse else (e.actor1, e.actor2)
            if src is None:
                src, dst = dst, None
            if src is None:
                continue
            if rel in ("fought", "agreement", "allied", "joined", "merged", "pledged_allegiance", "expelled") and dst is None:
                continue
            precision = e.date_precision if cand.own_time else None
            relations.append(Relation(rel, src.actor_id, dst.actor_id if dst else None,
                                      e.date if cand.own_time else None, precision,
                                      e.evidence_start, e.evidence_end))
    return events, relations
