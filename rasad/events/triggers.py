"""The trigger lexicon (rasad/data/events/triggers.yaml) and the search for triggers in text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rasad.datafiles import DataFileError, data_path, load_yaml, require
from rasad.events.morphology import generate, morphology_tables
from rasad.events.spans import SpanIndex
from rasad.events.taxonomy import RELATION_TYPES, is_valid
from rasad.text.literals import PatternGate
from rasad.text.matcher import PhraseMatcher
from rasad.text.normalise import NormText, normalise_phrase


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon entry: what a family of trigger words means."""

    event_type: str
    sub_event_type: str
    weight: float = 1.0
    relation: str | None = None
    relation_reverse: bool = False
    state_sub_event_type: str | None = None
    needs_actor: bool = False
    future_forms: frozenset[str] = field(default_factory=frozenset)
    yields_to: frozenset[str] = field(default_factory=frozenset)
    merge_only: bool = False


# Not frozen (nothing changes one): hits are made by the dozen per article, and a frozen
# dataclass's __init__ costs four times a slotted one's. Hashable as before.
@dataclass(slots=True, unsafe_hash=True)
class TriggerHit:
    """A trigger found in the text (normalised and original spans)."""

    entry: TriggerEntry
    norm_start: int
    norm_end: int
    start: int
    end: int
    text: str
    prefix: str
    key: str


@dataclass(frozen=True)
class Refinement:
    sub_event_type: str
    rank: int
    reach: int = 0  # a cue this near the trigger (characters) names its sub-type, whatever cue stands nearer


# Proclitics a context word may carry in the text («والطريق», «بالرصاص»).
_CUE_PROCLITICS = ("وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
_SENTENCE_END_CHARS = ".!?؟؛\n"
_SENTENCE_END = re.compile(r"[.!?؟؛\n]")
_CLAUSE_BREAK = re.compile(r"[،,.!?؟؛\n]")
_EDGE = re.compile(r"^\W+|\W+$")


# Phrases by exact first word (and those first words as a set), then those opening on a prefix.
Phrases = tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str], tuple[tuple[str, ...], ...]]
# Exact words, prefixes, phrases, and what each word seen so far said (a word's spellings →
# is one a cue word or opens with a cue prefix?): words recur from hit to hit.
Cues = tuple[frozenset[str], tuple[str, ...], Phrases, dict[frozenset[str], bool]]
WORDS_KEPT = 1 << 16  # words remembered a side of a context


def _split_cues(cues: tuple[tuple[str, ...], ...]) -> Cues:
    """One-word cues as a set and a prefix tuple (for «word*»), phrases kept whole: a hit's
    context is checked against many cues, so the common one-word case must be a look-up.
    Phrases are filed by their first word, so only those whose first word is in the
    context are tried."""
    exact: set[str] = set()
    prefixes: list[str] = []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    starred: list[tuple[str, ...]] = []
    for cue in cues:
        if len(cue) > 1:
            if cue[0].endswith("*"):
                starred.append(cue)
            else:
                by_first.setdefault(cue[0], []).append(cue)
        elif cue[0].endswith("*"):
            prefixes.append(cue[0][:-1])
        else:
            exact.add(cue[0])
    return (frozenset(exact), tuple(prefixes), ({k: tuple(v) for k, v in by_first.items()}, frozenset(by_first), tuple(starred)),
            {})


@dataclass(frozen=True)
class Context:
    """Words that must (or must not) stand near a hit for one of its readings."""

    name: str
    before: tuple[tuple[str, ...], ...] = ()
    after: tuple[tuple[str, ...], ...] = ()
    around: tuple[tuple[str, ...], ...] = ()
    window: int | None = None
    prefix: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "_left", _split_cues(self.before + self.around))
        object.__setattr__(self, "_right", _split_cues(self.after + self.around))

    def holds(self, before: list[frozenset[str]], after: list[frozenset[str]], prefix: str) -> bool:
        """Is a cue of this context within its window? `before` and `after` hold each word's
        spellings without proclitics (`_variants`), `before` in text order."""
        if self.prefix is not None and self.prefix not in prefix:
            return False
        w = self.window
        left = before[-w:] if w else before
        right = after[:w] if w else after
        return _matches(self._left, left) or _matches(self._right, right)  # type: ignore[attr-defined]


@lru_cache(maxsize=1 << 16)
def _variants(token: str) -> frozenset[str]:
    out = {token}
    for p in _CUE_PROCLITICS:
        if token.startswith(p) and len(token) - len(p) >= 2:
            rest = token[len(p):]
            out.add(rest)
            if p.endswith("لل"):
                out.add("ال" + rest)
    return frozenset(out)


@lru_cache(maxsize=1 << 16)
def _spelled(word: str) -> frozenset[str] | None:
    """A word's spellings without edge punctuation (None for punctuation alone); words
    recur from hit to hit, so each is stripped and spelled once."""
    t = _EDGE.sub("", word)
    return _variants(t) if t else None


def _word_is(cue: str, spellings: frozenset[str]) -> bool:
    if cue.endswith("*"):
        return any(v.startswith(cue[:-1]) for v in spellings)
    return cue in spellings


def _matches(cues: Cues, words: list[frozenset[str]]) -> bool:
    exact, prefixes, (by_first, firsts, starred), seen = cues
    if prefixes:
        for spellings in words:
            hit = seen.get(spellings)
            if hit is None:
                if len(seen) >= WORDS_KEPT:
                    seen.clear()
                hit = seen[spellings] = not exact.isdisjoint(spellings) or any(v.startswith(prefixes) for v in spellings)
            if hit:
                return True
    elif exact:
        if any(not exact.isdisjoint(spellings) for spellings in words):
            return True
    if firsts:
        for i, spellings in enumerate(words):
            if firsts.isdisjoint(spellings):
                continue
            for v in spellings:
                for cue in by_first.get(v, ()):
                    if _phrase_at(cue, words, i):
                        return True
    return bool(starred) and any(_phrase_at(cue, words, i) for cue in starred for i in range(len(words) - len(cue) + 1))


def _phrase_at(cue: tuple[str, ...], words: list[frozenset[str]], i: int) -> bool:
    """Do the words from `i` on spell the phrase `cue`?"""
    return i + len(cue) <= len(words) and all(_word_is(cue[j], words[i + j]) for j in range(len(cue)))


@dataclass(frozen=True)
class Reading:
    """One way to type a generated form, with the contexts that decide it."""

    entry: TriggerEntry
    when: tuple[Context, ...] = ()
    unless: tuple[Context, ...] = ()


@dataclass(frozen=True)
class MorphForm:
    """A form spelled out from a root (rasad/data/events/trigger_roots.yaml), typed by context."""

    readings: tuple[Reading, ...]
    merge_only: bool = False
    weak: bool = False

    def __post_init__(self) -> None:
        # How many words either side its contexts read: 0 with no context, None when one reads
        # the whole sentence. Most read a few words, so only those few are spelled.
        windows = [c.window for r in self.readings for c in (*r.when, *r.unless)]
        object.__setattr__(self, "_reach", 0 if not windows else None if None in windows else max(windows))

    def resolve(self, text: str, start: int, end: int, prefix: str) -> TriggerEntry | None:
        """The entry of the first reading whose contexts fit the hit's sentence, if any."""
        floor = max(0, start - 400)
        # After the last sentence end before the hit (searched backwards: one rfind a mark).
        lo = max(max(text.rfind(ch, floor, start) for ch in _SENTENCE_END_CHARS) + 1, floor)
        m = _SENTENCE_END.search(text, end, end + 400)
        hi = m.start() if m else min(len(text), end + 400)
        # The hit's own word may go on after the form (a glued word): skip to the next space.
        k = end
        while k < hi and not text[k].isspace():
            k += 1
        reach: int | None = self._reach  # type: ignore[attr-defined]
        if reach == 0:
            before: list[frozenset[str]] = []
            after: list[frozenset[str]] = []
        else:
            # (the proclitic glued to the hit, «وقتلوا», is no word of its own: it is left out)
            before = _last_words(text[lo:start - len(prefix)], reach)
            after = _first_words(text[k:hi], reach)
        for r in self.readings:
            if all(c.holds(before, after, prefix) for c in r.when) and not any(c.holds(before, after, prefix) for c in r.unless):
                return _as_form(r.entry, self.merge_only, self.weak)
        return None


def _last_words(segment: str, reach: int | None) -> list[frozenset[str]]:
    """The spellings of the words of `segment` (punctuation alone dropped): all of them, or at
    least the last `reach` of them, which is all a context within `reach` words reads."""
    if reach is not None:
        pieces = segment.rsplit(None, reach + _SLACK)
        if len(pieces) > reach + _SLACK:  # pieces[0] holds the words further back
            found = [v for v in map(_spelled, pieces[1:]) if v is not None]
            if len(found) >= reach:
                return found
    return [v for v in map(_spelled, segment.split()) if v is not None]


def _first_words(segment: str, reach: int | None) -> list[frozenset[str]]:
    """As `_last_words`, from the front: all the words, or at least the first `reach`."""
    if reach is not None:
        pieces = segment.split(None, reach + _SLACK)
        if len(pieces) > reach + _SLACK:  # pieces[-1] holds the words further on
            found = [v for v in map(_spelled, pieces[:-1]) if v is not None]
            if len(found) >= reach:
                return found
    return [v for v in map(_spelled, segment.split()) if v is not None]


_SLACK = 3  # words split beyond the reach, for tokens that are punctuation alone


@lru_cache(maxsize=4096)
def _as_form(entry: TriggerEntry, merge_only: bool, weak: bool) -> TriggerEntry:
    """A reading's entry as one form reads it (only adding to an event, or weak); made once."""
    if merge_only:
        entry = replace(entry, merge_only=True)
    if weak:
        entry = replace(entry, weight=min(entry.weight, 0.5))
    return entry


class TriggerLexicon:
    """All triggers in one automaton plus the regex patterns, and the sub-type cues."""

    def __init__(self, entries: list[tuple[TriggerEntry, list[str], list[str]]],
                 refinements: dict[str, PhraseMatcher[Refinement]], not_events: list[str] = (),
                 morph: dict[str, MorphForm] | None = None, protest_calls: frozenset[str] = frozenset(),
                 protest_call_nouns: frozenset[str] = frozenset()) -> None:
        self.matcher: PhraseMatcher[TriggerEntry | MorphForm] = PhraseMatcher(suffixes=("",))
        self.protest_calls = protest_calls
        self.protest_call_nouns = protest_call_nouns
        self._protest_keys: set[str] = set()
        self.not_events: PhraseMatcher[str] = PhraseMatcher(suffixes=("",))
        self.name_heads: frozenset[str] = frozenset()
        for phrase in not_events:
            self.not_events.add(phrase, phrase)
        self.patterns: list[tuple[re.Pattern[str], TriggerEntry]] = []
        for entry, phrases, patterns in entries:
            for phrase in phrases:
                self.matcher.add(phrase, entry)
                if entry.event_type == "Protests" and not entry.merge_only:
                    self._protest_keys.add(normalise_phrase(phrase))
            for pattern in patterns:
                # No look-behind here: a pattern that starts with a literal lets the regex engine
                # skip ahead to it; the left word boundary is checked on each hit instead.
                self.patterns.append((re.compile(r"(?:" + pattern + r")(?!\w)"), entry))
        # Most patterns open on an optional clitic, so the regex engine tries each at every
        # character; most texts lack their words, which one automaton pass tells.
        self._gate = PatternGate([p for p, _ in self.patterns])
        self.refinements = refinements
        # Forms spelled out from roots; a listed phrase of the same spelling wins.
        listed = {normalise_phrase(p) for _, phrases, _ in entries for p in phrases}
        # The thousands of forms of a root share one tuple of readings: ask it once.
        names_protest: dict[int, bool] = {}
        for key, form in (morph or {}).items():
            if key in listed:
                continue
            self.matcher.add(key, form, normalised=True)  # forms are spelled in matching form
            if form.merge_only:
                continue
            protest = names_protest.get(id(form.readings))
            if protest is None:
                protest = names_protest[id(form.readings)] = any(r.entry.event_type == "Protests" for r in form.readings)
            if protest:
                self._protest_keys.add(key)

    def names_protest(self, key: str) -> bool:
        """Can the trigger spelled `key` (normalised, no proclitic) name a protest? (Besides the
        words of protest, the nouns a call to protest names it by: «دعا إلى الخروج».)"""
        return key in self._protest_keys or key in self.protest_call_nouns

    def find(self, norm: NormText) -> list[TriggerHit]:
        hits: list[TriggerHit] = []
        spans: list[tuple[int, int]] = []
        text = norm.text
        for (pattern, entry), possible in zip(self.patterns, self._gate.open(text)):
            if not possible:
                continue
            for m in pattern.finditer(text):
                if m.start() > 0 and text[m.start() - 1].isalnum():
                    continue
                # A group named t is the word that names the event («ألقت الشرطة القبض»: the
                # verb, not the police between it and its noun); the whole match still blocks.
                s, e = m.span("t") if "t" in pattern.groupindex else m.span()
                a, b = norm.span(s, e)
                hits.append(TriggerHit(entry, s, e, a, b, norm.original[a:b], "", text[s:e]))
                spans.append((m.start(), m.end()))
        for m in self.matcher.find(norm):
            if any(m.norm_start < e and s < m.norm_end for s, e in spans):
                continue
            key = norm.text[m.norm_start:m.norm_end]
            entry = m.payload[0]
            if isinstance(entry, MorphForm):
                entry = entry.resolve(text, m.norm_start, m.norm_end, m.prefix)
                if entry is None:
                    continue
            hits.append(TriggerHit(entry, m.norm_start, m.norm_end, m.start, m.end, m.text, m.prefix, key))
        blocked = [(m.norm_start, m.norm_end) for m in self.not_events.find_all(norm)]
        if self.name_heads:
            hits = [h for h in hits if not self._after_name_head(norm.text, h.norm_start)]
        if blocked:
            # A trigger inside a non-event phrase, or one opening inside it and reaching on
            # («مناطق سيطرة "قسد" على أطراف مارع»: the pattern «سيطرة … على» opens in «مناطق سيطرة»).
            hits = [h for h in hits if not any(a <= h.norm_start < b and (h.norm_end <= b or h.norm_start > a)
                                               for a, b in blocked)]
        hits.sort(key=lambda h: h.norm_start)
        return hits

    def _after_name_head(self, text: str, start: int) -> bool:
        """Is the trigger the first word of a name («مسجد بيعة الرضوان»)?"""
        before = text[max(0, start - 14):start].split()
        return bool(before) and before[-1] in self.name_heads

    def refinement_cues(self, norm: NormText) -> dict[str, SpanIndex]:
        """Every sub-type cue in the document, by event type (one scan per document)."""
        return {event_type: SpanIndex([(m.norm_start, m.norm_end, ref) for m in matcher.find_all(norm) for ref in m.payload])
                for event_type, matcher in self.refinements.items()}

    @staticmethod
    def refine(event_type: str, cues: dict[str, SpanIndex], sent_start: int, sent_end: int, at: int,
               text: str = "") -> str | None:
        """The sub-type named by the cue closest to `at` inside the sentence, if any; a cue with
        a reach wins within it when no comma of `text` stands between it and the trigger."""
        best: tuple[int, int, str] | None = None
        index = cues.get(event_type)
        found = [(s, e, ref) for s, e, ref in (index.within(sent_start, sent_end) if index is not None else ())]
        for s, e, ref in found:
            if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in found):
                continue  # «بالرصاص المطاطي» is not «الرصاص»: a cue inside a longer one says nothing
            if e <= sent_end:
                distance = min(abs(s - at), abs(e - at))
                # («قصفوا الناحية بقذائف تحتوي على مواد كيمياوية»: the chemical beats the nearer shell)
                near = 0 < ref.reach and distance <= ref.reach and not _CLAUSE_BREAK.search(text, min(at, e), max(at, s))
                cand = (-1 if near else distance, ref.rank, ref.sub_event_type)
                if best is None or cand < best:
                    best = cand
        return best[2] if best else None


def _entry(raw: dict, where: str) -> tuple[TriggerEntry, list[str], list[str]]:
    require(raw, {"event_type": str, "sub_event_type": str}, where)
    if not is_valid(raw["event_type"], raw["sub_event_type"]):
        raise DataFileError(f"{where}: {raw['event_type']!r}/{raw['sub_event_type']!r} is not in ACLED's taxonomy")
    state_sub = raw.get("state_sub_event_type")
    if state_sub and not is_valid(raw["event_type"], state_sub):
        raise DataFileError(f"{where}: bad state_sub_event_type {state_sub!r}")
    relation = raw.get("relation")
    if relation is not None and relation not in RELATION_TYPES:
        raise DataFileError(f"{where}: unknown relation {relation!r}")
    phrases = [str(p) for p in raw.get("phrases", [])]
    patterns = [str(p) for p in raw.get("patterns", [])]
    if not phrases and not patterns:
        raise DataFileError(f"{where}: needs phrases or patterns")
    entry = TriggerEntry(
        event_type=raw["event_type"],
        sub_event_type=raw["sub_event_type"],
        weight=float(raw.get("weight", 1.0)),
        relation=relation,
        relation_reverse=bool(raw.get("relation_reverse", False)),
        state_sub_event_type=state_sub,
        needs_actor=bool(raw.get("needs_actor", False)),
        future_forms=frozenset(normalise_phrase(p) for p in raw.get("future_form", [])),
        yields_to=frozenset(str(y) for y in raw.get("yields_to", [])),
        merge_only=bool(raw.get("merge_only", False)),
    )
    return entry, phrases, patterns


@lru_cache(maxsize=1)
def get_trigger_lexicon() -> TriggerLexicon:
    """Load and check the trigger and refinement files once per process."""
    path = data_path("events", "triggers.yaml")
    raw = load_yaml(path)
    entries = [_entry(t, f"{path}: trigger {i}") for i, t in enumerate(raw["triggers"])]
    rpath = data_path("events", "refinements.yaml")
    refinements: dict[str, PhraseMatcher[Refinement]] = {}
    for i, block in enumerate(load_yaml(rpath)["refinements"]):
        require(block, {"event_type": str, "rules": list}, f"{rpath}: block {i}")
        matcher: PhraseMatcher[Refinement] = PhraseMatcher(suffixes=("",))
        for rank, rule in enumerate(block["rules"]):
            require(rule, {"sub_event_type": str, "cues": list}, f"{rpath}: block {i} rule {rank}")
            if not is_valid(block["event_type"], rule["sub_event_type"]):
                raise DataFileError(f"{rpath}: bad sub-type {rule['sub_event_type']!r}")
            reach = rule.get("reach", 0)
            if not isinstance(reach, int) or reach < 0:
                raise DataFileError(f"{rpath}: block {i} rule {rank}: reach must be a whole number of characters")
            for cue in rule["cues"]:
                matcher.add(str(cue), Refinement(rule["sub_event_type"], rank, reach))
        refinements[block["event_type"]] = matcher
    morph, calls, call_nouns = _morph_forms()
    lexicon = TriggerLexicon(entries, refinements, [str(p) for p in raw.get("not_events", [])], morph, calls, call_nouns)
    heads = {normalise_phrase(str(w)) for w in raw.get("name_heads", [])}
    lexicon.name_heads = frozenset(heads | {c + w for w in heads for c in ("و", "ب", "ل", "ال", "بال", "وال")})
    return lexicon


def _cues(raw: object, where: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list):
        raise DataFileError(f"{where}: expected a list of cue words")
    out = []
    for cue in raw:
        words = str(cue).split()
        star = [w.endswith("*") for w in words]
        out.append(tuple(normalise_phrase(w.rstrip("*")) + ("*" if s else "") for w, s in zip(words, star)))
    return tuple(out)


def _contexts(raw: dict, where: str) -> dict[str, Context]:
    contexts: dict[str, Context] = {}
    for name, spec in raw.items():
        at = f"{where}: context {name}"
        if not isinstance(spec, dict) or not ({"before", "after", "around"} & spec.keys()):
            raise DataFileError(f"{at}: needs before, after or around")
        unknown = spec.keys() - {"before", "after", "around", "window", "prefix"}
        if unknown:
            raise DataFileError(f"{at}: unknown fields {sorted(unknown)}")
        window = spec.get("window")
        if window is not None and (not isinstance(window, int) or window < 1):
            raise DataFileError(f"{at}: window must be a positive number of words")
        contexts[name] = Context(name, _cues(spec.get("before", []), at), _cues(spec.get("after", []), at),
                                 _cues(spec.get("around", []), at), window,
                                 normalise_phrase(str(spec["prefix"])) if spec.get("prefix") else None)
    return contexts


def _reading(raw: dict, contexts: dict[str, Context], where: str) -> Reading:
    require(raw, {"event_type": str, "sub_event_type": str}, where)
    if not is_valid(raw["event_type"], raw["sub_event_type"]):
        raise DataFileError(f"{where}: {raw['event_type']!r}/{raw['sub_event_type']!r} is not in ACLED's taxonomy")
    unknown = raw.keys() - {"event_type", "sub_event_type", "weight", "when", "unless", "yields_to"}
    if unknown:
        raise DataFileError(f"{where}: unknown fields {sorted(unknown)}")
    for name in [*raw.get("when", []), *raw.get("unless", [])]:
        if name not in contexts:
            raise DataFileError(f"{where}: unknown context {name!r}")
    entry = TriggerEntry(event_type=raw["event_type"], sub_event_type=raw["sub_event_type"],
                         weight=float(raw.get("weight", 1.0)), yields_to=frozenset(str(y) for y in raw.get("yields_to", [])))
    return Reading(entry, tuple(contexts[n] for n in raw.get("when", [])), tuple(contexts[n] for n in raw.get("unless", [])))


def _morph_forms() -> tuple[dict[str, MorphForm], frozenset[str], frozenset[str]]:
    """Every form of every lexeme of trigger_roots.yaml, each with its readings."""
    path = data_path("events", "trigger_roots.yaml")
    raw = load_yaml(path)
    require(raw, {"contexts": dict, "lexemes": list}, str(path))
    templates, affixes = morphology_tables()
    contexts = _contexts(raw["contexts"], str(path))
    forms: dict[str, MorphForm] = {}
    for i, lex in enumerate(raw["lexemes"]):
        where = f"{path}: lexeme {i} ({lex.get('root') or lex.get('nouns')})"
        require(lex, {"readings": list}, where)
        if not lex.get("forms") and not lex.get("nouns"):
            raise DataFileError(f"{where}: needs forms or nouns")
        if lex.get("forms") and not lex.get("root"):
            raise DataFileError(f"{where}: forms need a root")
        readings = tuple(_reading(r, contexts, f"{where} reading {k}") for k, r in enumerate(lex["readings"]))
        skip = {normalise_phrase(str(w)) for w in lex.get("skip", [])}
        weak = {normalise_phrase(str(w)) for w in lex.get("weak_forms", [])}
        weak_slots = set(lex.get("weak_slots", []))
        try:
            generated = generate(str(lex.get("root") or ""), lex.get("forms") or {}, [str(n) for n in lex.get("nouns", [])],
                                 templates, affixes)
        except DataFileError as exc:
            raise DataFileError(f"{where}: {exc}") from exc
        for form in generated:
            if form.text in skip or form.text in forms:
                continue
            merge_only = form.slot in ("agent", "patient") and not form.crowd
            forms[form.text] = MorphForm(readings, merge_only=merge_only, weak=form.text in weak or form.slot in weak_slots)
    calls = frozenset(normalise_phrase(str(w)) for w in raw.get("protest_calls", []))
    call_nouns = frozenset(normalise_phrase(str(w)) for w in raw.get("protest_call_nouns", []))
    return forms, calls, call_nouns
