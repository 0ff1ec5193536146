"""Words around a trigger that decide how its event is read (rasad/data/events/context_words.yaml).

The event stage asks small questions of the text beside a trigger — does the sentence look
back («وكانت … قد»), is the figure after «الفرقة» a unit's number, does a pronoun of place
follow — and each question is a pattern built here, once, from the words of the data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasad.datafiles import DataFileError, data_path, load_yaml, word_lists
from rasad.text.normalise import normalise_phrase

KEYS = ("pluperfect_auxiliaries", "looking_back", "ongoing_day_nouns", "assassination_verbs", "attempt_words",
        "place_pronouns", "anniversary_words", "speech_before_party", "backer_words", "backer_fighters", "backer_alias_words", "affiliation_words", "unit_nouns", "age_phrases",
        "attack_words", "day_ordinals", "instrument_nouns", "instrument_quantities", "new_clause_openers",
        "verb_particles", "verbs_like_nouns", "riot_means",
        "brawl_means", "raid_marks", "weapon_use_leads", "weapon_destroyed_leads", "accusation_words", "charge_list_words", "arrest_order_words", "suspected_affiliation",
        "property_damage_words", "no_fight_words", "dual_dead", "single_dead", "one_of_words", "demand_words", "accusation_verbs", "accused_of",
        "crowd_side_words", "armed_words", "crowd_security_forces", "protest_targets", "cause_words", "soldier_words", "soldier_nations", "attacker_words", "small_arms",
        "crowd_attack_subjects", "crowd_member_words", "firearm_words", "supporter_words", "supporter_attack_verbs", "attacked_crowd_words", "strike_series", "separate_incident", "related_report_openers", "contrast_openers", "following_day",
        "dwelling_targets", "grievance_words", "grievance_continuations", "grievance_deaths", "crowd_goes_on", "blast_words", "truce_words", "exchange_words", "civil_agreement_words", "vehicle_words",
        "outcome_words", "outcome_verbs", "uncounted_dead_words", "aftermath_heads", "aftermath_act_nouns", "modal_particles", "modal_blockers", "prospect_heads", "condemnation_verbs", "title_words",
        "lasting_verbs", "day_of_events_words", "named_day_words", "speaker_of_words", "tally_since", "tally_since_outbreak", "launch_stems", "launch_words", "aim_words", "solidarity_words",
        "solidarity_people", "crowd_demand_verbs", "open_words", "mediation_words", "mediator_bodies",
        "claimed_act_nouns", "own_defence_nouns", "call_verbs", "organiser_verbs", "campaign_leads", "campaign_spans",
        "opinion_verbs", "report_verbs", "commentators", "experts", "flight_words", "refusal_words", "crowd_against_words", "slogan_words", "slogan_place_words", "police_victim_words", "militant_victim_words",
        "military_site_nouns", "military_site_owners", "military_targets", "membership_clauses", "documentation_verbs",
        "stationed_words")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class ContextWords:
    pluperfect: re.Pattern[str]      # the sentence looks back: search over a sentence
    ongoing_today: re.Pattern[str]   # «لليوم الخامس على التوالي»: search over a sentence
    assassinated: re.Pattern[str]    # the whole trigger word is an assassination verb: match
    attempt: re.Pattern[str]         # «محاولة» right before a trigger: search ending at it
    place_pronoun: re.Pattern[str]   # a pronoun of place right after a trigger: match at its end
    anniversary: tuple[str, ...]     # cue keys that mark a remembered event
    speaks: re.Pattern[str]          # a speech verb right before a mention: search ending at it
    speech_opening: re.Pattern[str]  # «أعلنت خلية الإعلام الأمني، » from a sentence's start to a date: match
    backed_by: re.Pattern[str]       # «المدعومة من» right before a mention: search ending at it
    backer_alias: re.Pattern[str]    # «المعروفين بـ» between a backer and the name it goes by: match
    affiliated: re.Pattern[str]      # «، الذراع المسلحة لـ» between a side and the group it belongs to: match
    backed_alias: re.Pattern[str]    # «بمساندة مليشيات العشائر المعروفة باسم» before a name: search ending at it
    unit_number: re.Pattern[str]     # a unit's noun right before a figure: search ending at it
    age_after: re.Pattern[str]       # «من عمره» right after a figure: match at its end
    attack: re.Pattern[str]          # the trigger names a one-sided attack («هاجم», «هجمات»): search in it
    instrument_nouns: frozenset[str]  # weapon nouns that may be a strike's means («بالصواريخ»)
    instrument_lead: re.Pattern[str]  # «بعدة», «بعشرات», «بالأسلحة الثقيلة و» before a weapon noun: search ending at it
    new_clause: re.Pattern[str]      # «كما», «ثم» opening a clause: match at the clause's start
    particle_before: re.Pattern[str]  # «دون أن», «لم» right before a verb: search ending at it
    verbs_like_nouns: frozenset[str]  # «ألقى», «التحق»: verbs that look like nouns with «ال»
    riot_means: re.Pattern[str]      # «رشقوا بالحجارة», «حطموا»: a crowd's violence, search in a clause
    refused_before: re.Pattern[str]  # «ورفضهم أي »: search ending at riot means
    brawl_means: re.Pattern[str]     # «بالعصي», «الأسلحة البيضاء»: a fight without guns, search in a sentence
    dwelling_target: re.Pattern[str]  # «هاجمت القوات أحياء …»: homes as the object (not «في حي …»), search after the act
    raid: re.Pattern[str]            # «وأحرقت المنازل», «ونهبت»: a raid on homes, search in a sentence
    weapon_use: re.Pattern[str]      # «استخدمت فيها» before weapons: search ending at them
    weapon_destroyed: re.Pattern[str]  # «وتدمير 9 عجلات »: search ending at a weapon a fight destroyed
    accused_act: re.Pattern[str]     # «اتهمهما الأهالي ب», «المشتبه به في »: search ending at an act a person is accused of
    charged_act: re.Pattern[str]     # «بقضايا سلب مسلح »: search ending at an act joined by «و» to a list of charges
    suspected_of: re.Pattern[str]    # «يرجح انتماؤهم ل»: match between unnamed gunmen and the group they are likely of
    arrest_order: re.Pattern[str]    # «أمرت المحكمة »: search ending at «بالقبض/باعتقال» (an order, no arrest)
    property_damage: re.Pattern[str]  # «النار», «منازل» in a mob trigger: search in its key
    no_fight: re.Pattern[str]        # «دون قتال», «دون مقاومة»: search in a sentence
    dual_dead: frozenset[str]        # «قتيلان», «شهيدين»: a death word that counts two
    single_dead: frozenset[str]      # «مقتله»: a death word whose pronoun is one victim
    one_of: re.Pattern[str]          # «أحد» + a noun, matched right after a death word
    demand_before: re.Pattern[str]   # «للمطالبة »: search ending where the demanded act's «ب» starts
    accusation: re.Pattern[str]      # «اتهم»: search in a sentence, before the accused party
    accused_of: re.Pattern[str]      # «بالوقوف وراء»: match right after the accused party
    crowd_side: re.Pattern[str]      # «بين الشبان و…»: a crowd as a side of a clash, search in a sentence
    crowd_police: re.Pattern[str]    # «القوات الأمنية» meeting a crowd: the police, search in a sentence
    protest_target: re.Pattern[str]  # «برحيل », «ضد »: what a crowd marches against, search ending at a mention
    cause_before: re.Pattern[str]    # «جراء », «إثر »: a cause right before an act, search ending at it
    soldiers: re.Pattern[str]        # «جنود», «عسكريين» (no nationality after): search in a clause
    attackers: re.Pattern[str]       # «المهاجمين», «الجناة»: the attackers told of again, search in a sentence
    small_arms: re.Pattern[str]      # «الرشاشة», «اشتباكات»: a fight at close range, search in a sentence
    armed: re.Pattern[str]           # «مسلحين»: the sentence arms its fighters, search in a sentence
    crowd_attack: re.Pattern[str]    # «هاجم العشرات من أهالي …»: a crowd attacking, search in a sentence
    firearms: re.Pattern[str]        # «بالرصاص», «الأسلحة النارية»: fire arms told, search in a sentence
    crowd_member_hurt: re.Pattern[str]  # «قتل محتج», «إصابة ثلاثة متظاهرين»: a protester dead or hurt, search in a sentence
    supporters: re.Pattern[str]      # «أنصار», «مناصرو»: a party's followers named, search in a sentence
    supporters_attack: re.Pattern[str]  # «هاجم مناصرون لحزب الله … المحتجين»: followers set on a protest, search in a clause
    offset_before: re.Pattern[str]   # «بعد يومين من» right before a trigger: search ending at it
    offset_days: dict[str, int]      # «يومين» → 2
    strike_series: re.Pattern[str]   # «سلسلة غارات»: match at the generic marker
    separate_incident: re.Pattern[str]  # «وفي حادث منفصل»: match at a sentence's start
    related_report: re.Pattern[str]  # «وفي سياق متصل»: a sentence opening a related new report: match at its start
    contrast: re.Pattern[str]        # «فيما», «بينما» opening another party's clause: search in a sentence
    following_day: re.Pattern[str]   # «في اليوم التالي»: search in a sentence
    grieved_death: re.Pattern[str]   # «احتجاجاً على وفاة » right before a count: search ending at it
    grievance: re.Pattern[str]       # «احتجاجاً على (استمرار)»: search ending right before a trigger
    blast_words: frozenset[str]      # «تفجير», «نسف»: destruction by explosion
    truce_words: tuple[str, ...]     # «وقف إطلاق النار», «هدنة»: words of a truce
    exchange_words: tuple[str, ...]  # «تبادل»: an exchange of prisoners or bodies
    vehicle_of: re.Pattern[str]      # «مركبة تابعة لـ» right before a mention: search ending at it
    civil_agreement: re.Pattern[str]  # «علاوات», «شركة»: an agreement's civil matter, search in a sentence
    crowd_goes_on: frozenset[str]    # «تواصل», «يواصل»: a habit's word, but a crowd that goes on is out today
    outcome_before: re.Pattern[str]  # «ما أدى إلى»: search ending right before a trigger
    outcome_verb_before: re.Pattern[str]  # «وأدى» right before a trigger word: search ending at it
    outcome_verb_after: re.Pattern[str]   # «أسفر» right after a trigger word: match at its end
    dead_outcome: re.Pattern[str]   # «أسفر عن سقوط قتلى وجرحى»: dead without a count, search in a sentence
    aftermath_head: re.Pattern[str]  # «موقع », «ضحايا », «الناجين من »: search ending right before an act
    modal_before: re.Pattern[str]  # «قد » right before an imperfect: search ending at the trigger
    modal_blocked: re.Pattern[str]  # «كان», «تكون»: an auxiliary that makes «قد» perfect, search before the trigger
    prospect_head: re.Pattern[str]   # «تحسباً ل», «لمواجهة »: search ending right before an act only feared
    condemned: re.Pattern[str]       # «أدان الأزهر الهجوم»: a condemnation verb, search ending right before an act
    title_lead: re.Pattern[str]      # «قصيدته »: a title word, search in normalised text ending where a quote opened
    lasted_since: re.Pattern[str]    # «استمرت منذ »: search ending right before a date
    day_of_events: re.Pattern[str]   # «فعاليات «»: search ending right before a quoted day of protest
    named_days: tuple[str, ...]      # «جمعه», «يوم»: the words a day of protest's name opens with
    speaker_of: re.Pattern[str]      # «باسم »: search ending right before a party the speaker is named by
    accusation_verbs: frozenset[str]  # «اتهم», «تتهم»: the verbs themselves, for a cue's key
    tally_since: re.Pattern[str]          # «منذ مطلع العام»: match at a time expression that «منذ» opens
    since_outbreak: re.Pattern[str]       # «أسفرت منذ اندلاعها عن»: match right after an act
    launched_from: re.Pattern[str]   # «صواريخ من قطاع غزة »: search ending at the launch point
    fired_at: re.Pattern[str]        # «باتجاه مدينة »: search ending at the place aimed at
    stationed: re.Pattern[str]       # «المتمركزة في معسكر »: search ending at where the guns stand
    crowd_about: re.Pattern[str]     # «تضامناً مع », «تطالب بفتح »: search ending at a crowd's cause
    mediators: re.Pattern[str]       # «بوساطة من أعيان »: search ending at the mediators' town
    new_act_claimed: re.Pattern[str]  # « قصف »: another act after a claimant, search after it
    own_defences: re.Pattern[str]    # «دفاعاته», «قواتها»: the speaker's own forces, search before an act
    campaign_before: re.Pattern[str]  # «بعد أسابيع من »: search ending at a campaign's act
    opinion: re.Pattern[str]         # «ويرى مراقبون أن», «ويقول محللون إن»: search in a sentence before an act
    military_target: re.Pattern[str]  # «قاعدة عفورور العسكرية», «معسكر للجيش»: search after an attack
    crowd_against: re.Pattern[str]   # «شعارات معادية لـ», «ضد »: search ending at a place a crowd chants against
    police_victims: re.Pattern[str]  # «شرطي», «رجل أمن»: a policeman hurt or killed, search in a clause
    militant_victims: re.Pattern[str]  # «مقتل ثلاثة مسلحين»: armed men among the dead, search in a clause
    slogan: re.Pattern[str]          # «لافتات كتب عليها »: search ending at a place a crowd's slogan names
    fled_to: re.Pattern[str]         # «نزحت عائلات نحو », «فر الآلاف إلى مدينة »: search ending at a place
    call_before: re.Pattern[str]     # «ودعت », «وأعلن »: a call or organiser verb, search ending at its caller
    members: re.Pattern[str]         # «، الذي يضم … ،»: the members a coalition is described by, search in a sentence
    documented: re.Pattern[str]      # «ووثق ناشطون», «رصد المرصد»: a count documented, search before an act


@lru_cache(maxsize=1)
def context_words() -> ContextWords:
    """Load and check the file, and build its patterns, once per process."""
    path = data_path("events", "context_words.yaml")
    raw = load_yaml(path)
    # Words are matched against normalised text: fold them the same way («مسؤولية» → «مسووليه»,
    # «حتى» → «حتي»), whatever spelling the file gives.
    w = {key: [normalise_phrase(word) or word for word in words] for key, words in word_lists(raw, KEYS, path).items()}
    offsets = raw.get("offset_days")
    if not isinstance(offsets, dict) or not all(isinstance(k, str) and isinstance(v, int) for k, v in offsets.items()):
        raise DataFileError(f"{path}: 'offset_days' must map words to whole days")
    return ContextWords(
        pluperfect=re.compile(rf"(?<!\w)(?:{_alt(w['pluperfect_auxiliaries'])})\s(?:\S+\s){{0,4}}?قد\s"
                              rf"|(?<!\w)(?:{_alt(w['looking_back'])})\s"),
        ongoing_today=re.compile(rf"(?<!\w)(?:{_alt(w['ongoing_day_nouns'])})\s+(?:\w+\s+(?:\w+\s+)?علي التوالي"
                                 rf"|(?:{_alt(w['day_ordinals'])})(?!\w))"),
        assassinated=re.compile(rf"^(?:و|ف)?(?:{_alt(w['assassination_verbs'])})(?:\w{{0,3}})$"),
        attempt=re.compile(rf"(?:{_alt(w['attempt_words'])})\s*$"),
        place_pronoun=re.compile(rf"\s*(?:\S+\s+)?(?:{_alt(w['place_pronouns'])})(?!\w)"),
        anniversary=tuple(w["anniversary_words"]),
        speaks=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['speech_before_party'])})\s+$"),
        speech_opening=re.compile(rf"\W*(?:و|ف)?(?:{_alt(w['speech_before_party'])})(?:وا)?\s[^،,.:«\"]{{0,60}}[،,]\s*$"),
        backed_by=re.compile(rf"(?:{_alt(w['backer_words'])})\s*(?:من)?\s*ب?(?:(?:{_alt(w['backer_fighters'])})\s+){{0,2}}$"),
        backer_alias=re.compile(rf"^\W*(?:\S+\W+)?(?:{_alt(w['backer_alias_words'])})\s+(?:محليا\s+|ايضا\s+)?(?:ب|باسم)?\W*$"
                                r"|^\s*[(«\"]\s*$"),
        backed_alias=re.compile(rf"(?<!\w)(?:{_alt(w['backer_words'])})\s+(?:من\s+)?(?:\S+\s+){{1,3}}"
                                rf"(?:{_alt(w['backer_alias_words'])})\s+(?:محليا\s+|ايضا\s+)?(?:ب|باسم)?\W*$"),
        affiliated=re.compile(rf"^[\W]*(?:\S+\W+)?(?:{_alt(w['affiliation_words'])})\s*(?:ل|لل|ب)?$"),
        unit_number=re.compile(rf"(?:{_alt(w['unit_nouns'])})\s*$"),
        age_after=re.compile(rf"\s*(?:{_alt(w['age_phrases'])})"),
        attack=re.compile(rf"(?:{_alt(w['attack_words'])})"),
        instrument_nouns=frozenset(w["instrument_nouns"]),
        instrument_lead=re.compile(rf"(?:(?<!\w)(?:{_alt(w['instrument_quantities'])})\s+(?:من\s+)?"
                                   rf"|(?<!\w)ب\S+(?:\s+\S+)?\s+و(?:ال)?)$"),
        new_clause=re.compile(rf"\s*(?:{_alt(w['new_clause_openers'])})(?!\w)"),
        verbs_like_nouns=frozenset(w["verbs_like_nouns"]),
        dual_dead=frozenset(w["dual_dead"]),
        single_dead=frozenset(w["single_dead"]),
        accusation=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['accusation_verbs'])})(?!\w)"),
        accused_of=re.compile(rf"[\s\"'»”)]*(?:{_alt(w['accused_of'])})(?!\w)"),
        demand_before=re.compile(rf"(?<!\w)(?:{_alt(w['demand_words'])})\s+$"),
        one_of=re.compile(rf"\s*(?:{_alt(w['one_of_words'])})\s+(?!من(?!\w))\w"),
        small_arms=re.compile(rf"(?<!\w)(?:و|ف|ب|بال|وال|ال)?(?:{_alt(w['small_arms'])})(?!\w)"),
        soldiers=re.compile(rf"(?<!\w)(?:و|ل|ب)?(?:{_alt(w['soldier_words'])})(?!\w)(?! (?:ال)?(?:{_alt(w['soldier_nations'])}))"),
        attackers=re.compile(rf"(?<!\w)(?:و|ف|ل)?(?:ال)?(?:{_alt(w['attacker_words'])})(?!\w)"),
        cause_before=re.compile(rf"(?<!\w)(?:و|ف|من )?(?:{_alt(w['cause_words'])})\s+$"),
        protest_target=re.compile(rf"(?<!\w)(?:و)?(?:{_alt(w['protest_targets'])})\s+$"),
        crowd_police=re.compile(rf"(?<!\w)(?:و|ف|ب|ل)?(?:{_alt(w['crowd_security_forces'])})(?!\w)"),
        crowd_side=re.compile(rf"(?:بين|مع)\s+(?:{_alt(w['crowd_side_words'])})(?!\w)|(?:{_alt(w['crowd_side_words'])})\s+(?:و|مع)"),
        offset_before=re.compile(rf"(?<!\w)بعد\s+(?P<n>{_alt(list(offsets))})\s+(?:من|علي)\s+$"),
        offset_days=offsets,
        strike_series=re.compile(rf"(?:{_alt(w['strike_series'])})(?!\w)"),
        following_day=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['following_day'])})(?!\w)"),
        contrast=re.compile(rf"(?<!\w)(?:{_alt(w['contrast_openers'])})(?!\w)"),
        separate_incident=re.compile(rf"\W*(?:و|ف)?(?:{_alt(w['separate_incident'])})(?!\w)"),
        related_report=re.compile(rf"\W*(?:و|ف)?(?:{_alt(w['related_report_openers'])})(?!\w)"),
        crowd_attack=re.compile(rf"(?<!\w)(?:و|ف)?(?:هاجم|هاجمت|هاجموا|اقتحم|اقتحموا|اعتدي|اعتدوا|اغلق|اغلقوا|قطع|قطعوا|احرق|احرقوا|اضرم|اضرموا|رشق|رشقوا)\s+(?:\S+\s+)?(?:{_alt(w['crowd_attack_subjects'])})(?!\w)"),
        armed=re.compile(rf"(?<!\w)(?:و|ب|ل)?(?:{_alt(w['armed_words'])})(?!\w)"),
        firearms=re.compile(rf"(?<!\w)(?:و|ف|ب|بال|وال|ال)?(?:{_alt(w['firearm_words'])})(?!\w)"),
        crowd_member_hurt=re.compile(
            rf"(?<!\w)(?:و|ف)?(?:قتل|مقتل|استشهد|استشهاد|سقط|لقي|اصيب|اصابه|جرح)\s+(?:\S+\s+)?(?:{_alt(w['crowd_member_words'])})(?!\w)"),
        supporters=re.compile(rf"(?<!\w)(?:و|ف|ل|ب)?(?:{_alt(w['supporter_words'])})(?!\w)"),
        supporters_attack=re.compile(
            rf"(?<!\w)(?:و|ف)?(?:{_alt(w['supporter_attack_verbs'])})\s+(?:\S+\s+){{0,2}}?(?:{_alt(w['supporter_words'])})(?!\w)"
            rf"(?:\s+\S+){{0,12}}?\s+(?:و|ف|ب|علي\s+)?(?:{_alt(w['attacked_crowd_words'])})(?!\w)"),
        no_fight=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['no_fight_words'])})(?!\w)"),
        property_damage=re.compile(rf"(?:{_alt(w['property_damage_words'])})"),
        arrest_order=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['arrest_order_words'])})(?:\s+[^\s،,.]+){{0,5}}?\s+$"),
        suspected_of=re.compile(rf"[\s،,]*(?:{_alt(w['suspected_affiliation'])})\s*(?:الي|ل|لل|ب|في)?\s*$"),
        charged_act=re.compile(rf"(?<!\w)(?:{_alt(w['charge_list_words'])})(?:\s+[^\s،,.]+){{1,4}}?\s+$"),
        accused_act=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['accusation_words'])})(?:\s+[^\s،,.]+){{0,2}}?\s+(?:ب|في\s+)?$"),
        weapon_destroyed=re.compile(rf"(?<!\w)(?:{_alt(w['weapon_destroyed_leads'])})\s+(?:\S+\s+){{0,2}}?$"),
        weapon_use=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['weapon_use_leads'])})(?:\s+\S+){{0,3}}?\s+(?:و|ف)?(?:ال)?$"),
        raid=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['raid_marks'])})(?!\w)"),
        dwelling_target=re.compile(rf"(?<![\wب])(?<!في )(?<!قرب )(?:ال)?(?:{_alt(w['dwelling_targets'])})(?!\w)"),
        brawl_means=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['brawl_means'])})(?!\w)"),
        refused_before=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['refusal_words'])})\s+(?:(?:اي|كل|جميع|اعمال|كافه)\s+)*$"),
        riot_means=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['riot_means'])})(?!\w)"),
        crowd_goes_on=frozenset(w["crowd_goes_on"]),
        blast_words=frozenset(w["blast_words"]),
        truce_words=tuple(w["truce_words"]),
        exchange_words=tuple(w["exchange_words"]),
        vehicle_of=re.compile(rf"(?<!\w)(?:و|ب)?(?:ال)?(?:{_alt(w['vehicle_words'])})\s+(?:(?:عسكريه|امنيه|مدرعه|تابعه|تابعتين|تابعات)\s+)*(?:ل|لل)?$"),
        civil_agreement=re.compile(rf"(?<!\w)(?:و|ب|ل|ال|وال|بال|لل)?(?:{_alt(w['civil_agreement_words'])})(?!\w)"),
        outcome_before=re.compile(rf"(?<!\w)(?:و|ف|ما|مما)?\s*(?:{_alt(w['outcome_words'])})\s*$"),
        outcome_verb_before=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['outcome_verbs'])})\s+$"),
        outcome_verb_after=re.compile(rf"\s+(?:قد\s+)?(?:{_alt(w['outcome_verbs'])})(?!\w)"),
        modal_before=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['modal_particles'])})\s+$"),
        modal_blocked=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['modal_blockers'])})(?!\w)"),
        prospect_head=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['prospect_heads'])})\s+$"),
        aftermath_head=re.compile(rf"(?<!\w)(?:و|ف|ب|ل|لل|ال)?(?:{_alt(w['aftermath_heads'])})\s+"
                                  rf"(?:(?:{_alt(w['aftermath_act_nouns'])})\s+)?$"),
        lasted_since=re.compile(rf"(?<!\w)(?:{_alt(w['lasting_verbs'])})\s+منذ\s+$"),
        day_of_events=re.compile(rf"(?<!\w)(?:{_alt(w['day_of_events_words'])})\s*\W?$"),
        named_days=tuple(w['named_day_words']),
        speaker_of=re.compile(rf"(?:^|\s)(?:{_alt(w['speaker_of_words'])})\s+$"),
        accusation_verbs=frozenset(w['accusation_verbs']),
        title_lead=re.compile(rf"(?<!\w)(?:و|ف|ب|ل)?(?:{_alt(w['title_words'])})\s*:?\s*$"),
        condemned=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['condemnation_verbs'])})\s+(?:[^\s،,.؛]+\s+){{0,6}}$"),
        dead_outcome=re.compile(rf"(?<!\w)(?:و|ف|ما|مما)?(?:{_alt(w['outcome_words'])})\s+(?:(?:سقوط|وقوع)\s+)?"
                                rf"(?:{_alt(w['uncounted_dead_words'])})(?!\w)"),
        tally_since=re.compile(rf"(?:{_alt(w['tally_since'])})(?!\w)"),
        since_outbreak=re.compile(rf"(?:\s+\S+){{0,3}}?\s+منذ\s+(?:{_alt(w['tally_since_outbreak'])})(?:ها|ه|هم)?(?!\w)"),
        launched_from=re.compile(rf"(?:(?:{_alt(w['launch_stems'])})\w*|{_alt(w['launch_words'])})(?:\s+\S+){{0,5}}?\s+من\s+(?:\S+\s+)?$"),
        fired_at=re.compile(rf"(?:^|\s)(?:{_alt(w['aim_words'])})\s+(?:\S+\s+)?$"),
        stationed=re.compile(rf"(?<!\w)(?:{_alt(w['stationed_words'])})\s+(?:(?:في|ب|داخل|قرب)\s+)?(?:\S+\s+){{0,2}}?$"),
        crowd_about=re.compile(rf"(?:{_alt(w['solidarity_words'])})\s+(?:مع|ل|لل)\s*(?:(?:{_alt(w['solidarity_people'])})\s+)?$"
                               rf"|(?:{_alt(w['crowd_demand_verbs'])})\s+(?:ب|بال)?(?:{_alt(w['open_words'])})\s+(?:حصار\s+|الحصار\s+(?:عن\s+)?)?$"),
        mediators=re.compile(rf"(?:^|\s)(?:ب)?(?:{_alt(w['mediation_words'])})\s+(?:من\s+)?(?:(?:{_alt(w['mediator_bodies'])})\s+)?(?:\S+\s+و)?$"),
        new_act_claimed=re.compile(rf"[\s،,»\"](?:{_alt(w['claimed_act_nouns'])})\s"),
        own_defences=re.compile(rf"(?<!\w)(?:و|ف|ب|ل)?(?:{_alt(w['own_defence_nouns'])})(?:ه|ها|هم|نا)(?!\w)"),
        campaign_before=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['campaign_leads'])})\s+(?:{_alt(w['campaign_spans'])})"
                                   rf"(?:\s+(?:طويله|متواصله|عديده))?\s+من\s+(?:ال)?$"),
        opinion=re.compile(rf"(?<!\w)(?:و|ف)?(?:(?:{_alt(w['opinion_verbs'])})\s+(?:ال)?(?:{_alt(w['commentators'] + w['experts'])})"
                           rf"|(?:{_alt(w['report_verbs'])})\s+(?:{_alt(w['commentators'])}))(?!\w)"),
        military_target=re.compile(rf"(?<!\w)(?:و|ب|ل|علي )?(?:(?:{_alt(w['military_site_nouns'])})(?:\s+\S+){{0,2}}?\s+(?:{_alt(w['military_site_owners'])})"
                                   rf"|(?:{_alt(w['military_targets'])}))(?!\w)"),
        police_victims=re.compile(rf"(?<!\w)(?:و|ل|ب)?(?:{_alt(w['police_victim_words'])})(?!\w)"),
        militant_victims=re.compile(rf"(?<!\w)(?:مقتل|قتل|قتلت|قتلوا|مصرع|تصفيه|تحييد|القضاء علي)\s+"
                                    rf"(?:(?:\d+|\w+ه|عشرات|اثنين|اثنان|ست|سبع|ثماني|تسع|عشر)\s+)?(?:من\s+)?"
                                    rf"(?:ال)?(?:{_alt(w['militant_victim_words'])})(?!\w)"),
        slogan=re.compile(rf"(?<!\w)(?:{_alt(w['slogan_words'])})\s+(?:(?!(?:{_alt(w['slogan_place_words'])})\s)\w+\s+){{0,5}}$"),
        crowd_against=re.compile(rf"(?<!\w)(?:{_alt(w['crowd_against_words'])})\s+(?:ل|لل|ب)?$"),
        fled_to=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['flight_words'])})(?:\s+\S+){{0,4}}?\s+(?:الي|نحو|باتجاه|صوب)\s+"
                           rf"(?:(?:مدينه|بلده|قريه|منطقه|مناطق|مخيم|مخيمات|مدن|قري|بلدات|ولايه|محافظه)\s+)?(?:\S+(?:\s+\S+)?(?:\s+|،\s*)و?)?$"),
        call_before=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['call_verbs'] + w['organiser_verbs'])})\s+$"),
        documented=re.compile(rf"(?<!\w)(?:و|ف)?(?:{_alt(w['documentation_verbs'])})(?!\w)"),
        members=re.compile(rf"(?<!\w)(?:{_alt(w['membership_clauses'])})(?!\w)[^،,.؛]*"),
        particle_before=re.compile(rf"(?<!\w)(?:{_alt(w['verb_particles'])})\s+$"),
        grieved_death=re.compile(rf"(?<!\w)(?:و|ف|ل)?(?:{_alt(w['grievance_words'])})\s+(?:(?:علي|مع)\s+)?(?:[بل]|لل|بال)?"
                                 rf"(?:{_alt(w['grievance_deaths'])})\s+(?:\S+\s+){{0,2}}$"),
        grievance=re.compile(rf"(?<!\w)(?:و|ف|ل)?(?:{_alt(w['grievance_words'])})\s+(?:(?:علي|علي\s+مقتل|مع)\s+)?"
                             # «تنديداً بتكرار الاشتباكات»: the continuation takes the preposition too
                             rf"(?:(?:[بل]|لل|بال)?(?:{_alt(w['grievance_continuations'])})\s+)?(?:[بل]|لل|بال)?$"),
    )
