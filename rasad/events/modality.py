"""How sure the text is about an event, and on whose word.

asserted: the outlet reports it as fact. claimed: a speech verb governs it («قال مصدر …
إن …») or a source phrase follows it («…، وفق ناشطين»), or a party claims it («تبنى»).
planned: future tense on the trigger («سيخرج») or a future marker near it («من المقرر»).
negated: a negation right before the trigger («لم», «دون», «نفى»). hypothetical: a
condition or a fear («في حال», «يخشى»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasad.events.context_words import context_words
from rasad.events.cues import CueHit
from rasad.types import ActorMention, Attribution

# How far (normalised characters) a marker may stand from the trigger it governs.
NEGATION_REACH = 32
FUTURE_REACH = 40
SPEAKER_MAX = 90
# «لا يزال», «ما زال»: negators that mean "still", not "not".
_CORRESPONDENT = re.compile(r"(?:^|\s)(?:ل|و)?(?:مراسل|مراسله|مراسلو)(?:\s|$)")
_OUR_CORRESPONDENT = re.compile(r"(?:^|\s)(?:ل|و)?(?:مراسلنا|مراسلتنا|مراسلونا)(?:\s|$)")
_CONTINUATIVE = re.compile(r"\s*(?:يزال|تزال|زال|زالت|يزالون|تزالان|سيما|بد)")
# «ما لا يقل عن 20»: a negation inside an approximate count negates nothing.
_AT_LEAST = re.compile(r"\s*(?:لا\s+)?(?:يقل|تقل|يقلون|يقلان)\s+عن")
# «ما أدى إلى مقتل …», «مما أسفر عن …»: «ما» of a result, no negation.
_RESULTATIVE = re.compile(r"\s*(?:ادي|ادت|اديا|اسفر|اسفرت|تسبب|تسببت|نجم|نجمت|نتج|نتجت|خلف|خلفت|اوقع|اوقعت|افضي|افضت|اودي|اودت)(?!\w)")
# «طائرة من دون طيار», «بدون طيار»: a drone, no negation.
_PILOTLESS = re.compile(r"\s*طيار(?!\w)")
# What, right after a negation word, makes it negate nothing: one pattern, read once a cue.
_NOT_NEGATING = re.compile("|".join(f"(?:{p.pattern})" for p in (_CONTINUATIVE, _AT_LEAST, _RESULTATIVE, _PILOTLESS)))


@dataclass
class ModalityResult:
    modality: str
    attribution: Attribution | None
    speaker_span: tuple[int, int] | None  # normalised span of the speaker phrase
    speaker_is_party: bool = False  # «أعلنت الحركة انضمامها»: the speaker announces its own act
    denied: bool = False  # «نفى الجيش أن تكون طائراته قد قصفت …»: a reported act someone denies


def _speaker_kind(text: str, speakers: list[ActorMention], activist: bool, source: bool) -> str:
    if any(m.is_person for m in speakers):
        return "person"
    if activist:
        return "activists"
    if source:
        return "source"
    if speakers:
        return "organisation"
    return "source"


def judge(
    norm_text: str,
    original: str,
    to_original,
    anchor: tuple[int, int],
    trigger_prefix: str,
    trigger_key: str,
    future_forms: frozenset[str],
    sentence: tuple[int, int],
    clause: tuple[int, int],
    cues: list[CueHit],
    actors: list[tuple[int, int, ActorMention]],
    outlet_names: frozenset[str],
    self_act: bool = False,
    outlet_spans: list[tuple[int, int]] = (),
) -> ModalityResult:
    """Modality and attribution of the trigger at `anchor` in its sentence."""
    ts, te = anchor
    ss, se = sentence
    in_sent = [c for c in cues if ss <= c.start < se]
    # «نفت وزارة الدفاع أن تكون طائراتها قد قصفت …»: a denial governs the rest of its sentence
    # (first: «نفت الوزارة ما روجته حسابات التنظيم عن سيطرته …» holds a «ما» that negates nothing).
    for c in in_sent:
        if c.family == "denial_verbs" and c.end <= ts:
            return ModalityResult("negated", None, None, denied=True)
    # Negation right before the trigger.
    for c in in_sent:
        if c.family == "negation_markers" and c.prefix in ("", "و", "ف") and c.end <= ts and ts - c.end <= NEGATION_REACH \
                and c.start >= clause[0] and not _NOT_NEGATING.match(norm_text, c.end):
            return ModalityResult("negated", None, None)
    modality = "asserted"
    if "س" in trigger_prefix or trigger_key in future_forms:
        modality = "planned"
    else:
        for c in in_sent:
            governs = c.family == "future_markers" and c.end <= ts and ts - c.end <= FUTURE_REACH
            near = c.family == "future_time_words" and clause[0] <= c.start < clause[1] and abs(c.start - ts) <= FUTURE_REACH
            if governs or near:
                modality = "planned"
                break
    if modality == "asserted" and trigger_key[:1] in "يتن" and context_words().modal_before.search(
            norm_text, max(ss, ts - len(trigger_prefix) - 8), ts - len(trigger_prefix)) \
            and not context_words().modal_blocked.search(norm_text, max(ss, ts - 60), ts):
        # «قد تقصف الجماعة المدينة»: an imperfect after «قد» is what may happen («وكان الآلاف قد
        # تظاهروا»: after «كان» it is a perfect that starts with ت)
        modality = "hypothetical"
    if modality == "asserted" and trigger_prefix.endswith("ب") and context_words().demand_before.search(
            norm_text, max(ss, ts - len(trigger_prefix) - 16), ts - len(trigger_prefix)):
        modality = "hypothetical"  # «للمطالبة بتسوية أوضاعهم»: what is asked for
    if modality in ("asserted", "planned"):
        for c in in_sent:
            if c.family == "hypothetical_markers" and c.end <= ts and (ts - c.end <= FUTURE_REACH or c.start >= clause[0]) \
                    and not (c.start < clause[0] and context_words().contrast.search(norm_text, c.end, ts)):
                # («طالبت الوزارة بالضغط لوقف الانتهاكات، فيما دعا ناشطون إلى وقفة»: another party's clause)
                call = _protest_call(norm_text, c, ts, trigger_key)
                if call == "subject":
                    continue
                modality = "planned" if call == "call" else "hypothetical"
                break
    # Attribution: a speech verb before the trigger in the sentence, or a source phrase after.
    attribution: Attribution | None = None
    speaker_span: tuple[int, int] | None = None
    announces = False
    verbs = [c for c in in_sent if c.family in ("speech_verbs", "claim_verbs") and c.end <= ts]
    if verbs:
        v = verbs[-1]
        end = min(ts, v.end + SPEAKER_MAX)
        window = norm_text[v.end:end]
        cut = len(window)
        for marker in (" ان ", " انه ", " انها ", " بان ", " بانه ", ":", " عن "):
            k = window.find(marker)
            if 0 <= k < cut:
                cut = k
        if trigger_prefix.endswith("ب") and v.key.lstrip("وف") in context_words().accusation_verbs:
            # «اتهم المتحدث باسم الحركة الطيران الحكومي بقصف القرية»: the party right before
            # «بـ» is the accused, not part of who speaks.
            at = ts - len(trigger_prefix)
            # («اتهمت منظمات الجيش المالي وعناصر من فاغنر بإعدام …»: the first of the accused
            # opens them; a party the speaker is named by, «باسم الحركة», «في الجبهة», is no accused)
            if any(v.end < a and 0 <= at - b <= 2 and not m.is_person for a, b, m in actors):
                first = next((a for a, b, m in actors if v.end < a and not m.is_person
                              and not context_words().speaker_of.search(norm_text, max(v.end, a - 8), a)), None)
                if first is not None:  # (every party after the verb may be one the speaker is named by)
                    cut = min(cut, first - v.end)
        speaker_span = (v.end, v.end + cut)
        announces = v.key.startswith(("اعلن", "تبن"))
        if not norm_text[speaker_span[0]:speaker_span[1]].strip(" ،,"):
            # «وفق السرميني الذي أكد …»: the speaker stands before the verb.
            back = max(clause[0], v.start - SPEAKER_MAX)
            prev = [c for c in in_sent if c.family == "source_phrases" and back <= c.end <= v.start]
            start = prev[-1].end if prev else back
            phrase = re.sub(r"\s*(?:الذي|التي|الذين)\s*$", "", norm_text[start:v.start])
            speaker_span = (start, start + len(phrase))
        attribution = _make_attribution(norm_text, original, to_original, speaker_span, in_sent, actors, outlet_names)
    else:
        for c in in_sent:
            if c.family == "source_phrases" and c.start >= te:
                span = (c.end, min(se, c.end + SPEAKER_MAX))
                window = norm_text[span[0]:span[1]]
                cut = len(window)
                for marker in ("،", ",", " و", ".", " ان "):
                    k = window.find(marker)
                    if 0 < k < cut:
                        cut = k
                speaker_span = (span[0], span[0] + cut)
                if "حد قول" in c.key or "حد تعبير" in c.key:
                    speaker_span = None
                attribution = _make_attribution(norm_text, original, to_original, speaker_span or (c.start, c.end),
                                                in_sent, actors, outlet_names)
                break
        if attribution is None:
            # «وبحسب مصادر أمنية، فإن عبوة ناسفة انفجرت …»: the source opens the sentence.
            for c in in_sent:
                if c.family == "source_phrases" and c.end <= ts and c.start - ss <= 3:
                    comma = norm_text.find("،", c.end, ts)
                    end = comma if comma != -1 else min(ts, c.end + SPEAKER_MAX)
                    speaker_span = (c.end, end)
                    attribution = _make_attribution(norm_text, original, to_original, speaker_span, in_sent, actors,
                                                    outlet_names)
                    break
        if attribution is None:
            for c in in_sent:
                if c.family == "source_phrases" and ("حد قول" in c.key or "حد تعبير" in c.key):
                    attribution = Attribution(text=original[slice(*to_original(c.start, c.end))], kind="person")
                    break
    # The outlet's own correspondent reports, the outlet asserts; a group announcing its own
    # dissolution, merger or allegiance is the fact itself.
    own_reporter = False
    if speaker_span is not None:
        said_by = norm_text[speaker_span[0]:speaker_span[1]]
        # «مراسلنا», or «مراسل عنب بلدي»: the outlet's own; «مراسل محلي» is just a source.
        own_reporter = _OUR_CORRESPONDENT.search(said_by) is not None or (
            _CORRESPONDENT.search(said_by) is not None
            and any(speaker_span[0] <= a and b <= speaker_span[1] for a, b in outlet_spans))
    if attribution is not None and modality == "asserted" and not own_reporter and not (bool(verbs) and announces and self_act):
        modality = "claimed"
    return ModalityResult(modality, attribution, speaker_span, speaker_is_party=bool(verbs) and announces)


def _protest_call(norm_text: str, marker: CueHit, ts: int, trigger_key: str) -> str | None:
    """A call to protest («دعت إلى التظاهر») plans it: "call"; «طالب المتظاهرون», where the
    crowd is the verb's subject, is the protest itself: "subject"; any other marker: None."""
    from rasad.events.triggers import get_trigger_lexicon  # the lexicon knows which words name protests

    lexicon = get_trigger_lexicon()
    if marker.key not in lexicon.protest_calls or not lexicon.names_protest(trigger_key):
        return None
    return "subject" if not norm_text[marker.end:ts].strip() else "call"


def _make_attribution(norm_text, original, to_original, span, cues, actors, outlet_names) -> Attribution:
    s, e = span
    while s < e and norm_text[s] in " ،,":
        s += 1
    while e > s and norm_text[e - 1] in " ،,":
        e -= 1
    speakers = [m for a, b, m in actors if s <= a and b <= e]
    activist = any(c.family == "activist_words" and s <= c.start < e for c in cues)
    source = any(c.family == "source_words" and s <= c.start < e for c in cues)
    persons = [m for m in speakers if m.is_person]
    if persons:
        a, b = persons[-1].start, persons[-1].end
        return Attribution(text=original[a:b], kind="person", start=a, end=b)
    a, b = to_original(s, e)
    text = original[a:b]
    kind = _speaker_kind(text, speakers, activist, source)
    if any(name and name in norm_text[s:e] for name in outlet_names):
        kind = "outlet" if not source else kind
    return Attribution(text=text, kind=kind, start=a, end=b)
