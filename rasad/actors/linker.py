"""Find actor mentions in an article and link each to a dictionary id (or `new:<slug>`).

One Aho-Corasick automaton holds every alias and short form of the dictionary; one pass over
the normalised text finds the candidates, then a walk in text order decides:
- an alias names its actor; when one alias served several actors in turn («جبهة النصرة»,
  «الجيش السوري») the article's date picks the one active then;
- a short form («الهيئة», «التنظيم», «اللواء») is an anaphor for the most recent actor the
  article has named that lists it, and is dropped when none was named;
- a category phrase («قوات النظام», «مدنيين») becomes the article country's own actor when
  the dictionary has one (`sy.military`), else the filled category (`gen.civilians:SY`);
- a short form of two words or more with no antecedent («القوة المشتركة» in a Sudanese
  article) names the one actor of the article's country active then that lists it, and
  wins over another country's alias («الجيش الوطني»: Yemen's army, the SNA in Syria);
- a construct noun before a name («عناصر», «مقاتلي») stays out of the span, unless what
  follows is no name on its own («عناصر مجهولة»);
- gunmen tied to a group named next («مسلحون تابعون لحزب الله») are linked to that group,
  not to an unidentified one;
- an international group in a country where it has a branch is the branch while it is
  active («داعش» in Somali news: Islamic State (Somalia));
- names are registered in every spelling of `rasad/data/actors/linking.tsv` (hamza seats,
  «ديموقراطية», «ميلشيا»), and the text gets the same extra folds, offsets unchanged;
- names the dictionary lacks are caught by shape (`rasad.actors.patterns`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from rasad.actors.dictionary import ActorDictionary, get_dictionary, pick_by_date
from rasad.actors.army_units import army_units
from rasad.actors.loyalists import loyalist_forces
from rasad.actors.nationality import nationality_assets
from rasad.actors.patterns import UnknownName, find_unknown, slug
from rasad.actors.schema import Actor
import rasad.actors.spelling as spelling_module
import rasad.text.normalise as normalise_module
from rasad.actors.spelling import get_spelling
from rasad.bulk import bulk_load
from rasad.datafiles import data_path, derived, stamp
from rasad.text.matcher import PhraseMatch, PhraseMatcher
from rasad.text.normalise import QUOTES, NormText, normalise, normalise_phrase
from rasad.types import ActorMention

ALIAS, SHORT, HEAD, LOCAL = 0, 1, 2, 3
# Plural and construct nouns that stand before a group's name but are not part of it.
CONSTRUCT_NOUNS = frozenset(
    """عناصر عنصر مقاتلي مقاتلو مقاتل مسلحي مسلحو قيادي قياديين قياديا قياديون ميليشيا ميليشيات
    مليشيا مليشيات خلايا خليه امير امراء اعضاء عضو قاده قائد""".split()
)
# «اللواء» after an unnamed «لواء “X”» found by shape points back to it.
HEAD_SHORTS = {
    "اللواء": "لواء", "الكتيبه": "كتيبه", "الكتائب": "كتائب", "الالويه": "الويه", "السرايا": "سرايا",
    "السريه": "سريه", "الفيلق": "فيلق", "الحركه": "حركه", "الجبهه": "جبهه", "الفرقه": "فرقه",
    "التجمع": "تجمع", "الجماعه": "جماعه", "التنظيم": "تنظيم", "المجلس": "مجلس", "الجيش": "جيش",
    "غرفه العمليات": "غرفه عمليات",
}

# «مقاتلات يُعتقد أنها روسية»: a hedged nationality names whose aircraft it was.
_HEDGED_NATIONALITY = re.compile(
    r"(?<!\w)(?:يرجح|يعتقد|رجح|يشتبه|يرجع|يحتمل)\s(?:ان|انه|انها)\s(روسيه|روسي|تركيه|تركي|اسرائيليه|اسرائيلي|"
    r"امريكيه|اميركيه|امريكي|اميركي|ايرانيه|ايراني|سوريه|سوري|عراقيه|عراقي)(?!\w)"
)
_NATIONALITY_ACTOR = {
    "روسي": "int.russia_military", "تركي": "int.turkey_military", "اسرائيلي": "int.israel_military",
    "امريكي": "int.us_military", "اميركي": "int.us_military", "ايراني": "int.iran_military",
    "سوري": "gen.military:SY", "عراقي": "gen.military:IQ",
}
_AIRCRAFT_WORDS = ("طائر", "طيران", "مروحي", "مقاتلات", "مسير")
UNIDENTIFIED = "gen.unidentified"
_NEXT_WORD = re.compile(r" (\w+)")
_WORD_RE = re.compile(r"\w+")
_DESCRIPTION_STOP = re.compile(r"[،,.؛:]")
DESCRIBE_REACH = 48  # characters a description of gunmen may run before the word that ties them
_PREV_WORD = re.compile(r"(\w+) $")
# «قرب المعبر الحدودي مع تركيا», «على الحدود مع الأردن»: a country named as a border is geography.
BORDER_WITH = re.compile(r"(?<!\w)(?:ال)?حدود(?:ي|يه|ها|ه)?\s+(?:مع|ل)\s*$|(?<!\w)(?:المحاذيه|المتاخمه|المحاذي|المتاخم)\s+ل$")
_CLITICS = set("وفبلك")


def _foreign(actor: Actor, country: str) -> bool:
    """A named actor of another country than the article's (international ones never are)."""
    prefix = actor.id.split(".", 1)[0]
    return not actor.generic and prefix not in (country.lower(), "int")


@dataclasses.dataclass
class _Seen:
    pos: int
    actor: Actor | None = None
    unknown: ActorMention | None = None


class ActorLinker:
    """Links actor mentions in normalised text; build once, call `find()` per article."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self._actors = dictionary.all()
        self.spelling = get_spelling()
        self._matcher: PhraseMatcher[tuple[int, int]] = PhraseMatcher(allow_article=False)
        self._keys: set[str] = set()  # every registered matching form, for the construct-noun check
        names: list[tuple[str, tuple[int, int]]] = []
        for i, actor in enumerate(self._actors):
            for name in sorted({actor.name_ar, *actor.aliases_ar}):
                if "{" not in name:
                    names.append((name, (i, ALIAS)))
            names += [(short, (i, SHORT)) for short in actor.short_ar]
            names += [(local, (i, LOCAL)) for local in actor.local_aliases_ar]
        names += [(short, (-1, HEAD)) for short in HEAD_SHORTS]
        # Spelling out every variant of ≈4,000 names is a tenth of a second of every start-up:
        # kept between runs, keyed by the names and the spelling rules.
        rules = stamp(data_path("actors", "linking.tsv"), Path(spelling_module.__file__), Path(normalise_module.__file__))
        digest = hashlib.sha1(repr((names, rules)).encode("utf-8")).hexdigest()
        forms = derived("actor-forms", digest,
                        lambda: [(key, payload) for name, payload in names for key in self.spelling.variants(name)])
        for key, payload in forms:
            self._matcher.add(key, payload, normalised=True)  # variants are matching forms
            self._keys.add(key)
        # The spelling folds as (character, replacement) pairs for `_fold`; a table whose
        # replacements are folded again is left to `str.translate`.
        folds = {chr(k): v for k, v in self.spelling.table.items()}
        self._folds = tuple(folds.items()) if not set("".join(folds.values())) & set(folds) else None

    # -- helpers -------------------------------------------------------------------------

    def _fold(self, text: str) -> str:
        """`self.spelling.fold(text)`, by one `str.replace` a folded character: several times
        faster than `str.translate` on a whole article when the table is this small."""
        if self._folds is None:
            return self.spelling.fold(text)
        for ch, repl in self._folds:
            if ch in text:
                text = text.replace(ch, repl)
        return text

    def _is_name(self, norm: NormText, hit: PhraseMatch[list[tuple[int, int]]]) -> bool:
        """False for a name that is a common word here («بحماس كبير», «الحشد العسكري»)."""
        key = norm.text[hit.norm_start:hit.norm_end]
        rules = self.spelling.not_before
        blockers = rules.get(hit.prefix + key) or rules.get(key) if rules else None
        if blockers:
            nxt = _NEXT_WORD.match(norm.text, hit.norm_end)
            if nxt and nxt.group(1) in blockers:
                return False
        before = self.spelling.not_after.get(key)
        if before:  # «اقتادوه إلى جهة مجهولة»: a destination, not a party
            prev = _PREV_WORD.search(norm.text, max(0, hit.norm_start - len(hit.prefix) - 20), hit.norm_start - len(hit.prefix))
            if prev and prev.group(1) in before:
                return False
        return True

    def _longest_hits(self, norm: NormText) -> list[PhraseMatch[list[tuple[int, int]]]]:
        """Longest non-overlapping hits in text order (a linear occupancy sweep)."""
        hits = [h for h in self._matcher.find_all(norm) if self._is_name(norm, h)]
        hits.sort(key=lambda h: (h.norm_start - h.norm_end, h.norm_start))
        used = bytearray(len(norm.text) + 1)
        kept = []
        for h in hits:
            if used.find(1, h.norm_start, h.norm_end) != -1:
                continue
            used[h.norm_start:h.norm_end] = b"\x01" * (h.norm_end - h.norm_start)
            kept.append(h)
        kept.sort(key=lambda h: h.norm_start)
        return kept

    def _aliases(self, hit: PhraseMatch[list[tuple[int, int]]], country: str | None = None) -> list[Actor]:
        """The actors `hit` names; a local description only in its actor's countries."""
        seen: dict[str, Actor] = {}
        for i, kind in hit.payload:
            if kind == ALIAS or kind == LOCAL and country is not None and country in self._actors[i].countries:
                seen.setdefault(self._actors[i].id, self._actors[i])
        return list(seen.values())

    def _shorts(self, hit: PhraseMatch[list[tuple[int, int]]]) -> list[Actor]:
        return [self._actors[i] for i, kind in hit.payload if kind == SHORT]

    def _trim_construct(self, norm: NormText, start: int, end: int) -> int:
        """Skip a leading construct noun before a name («عناصر داعش» → «داعش»), not before
        an adjective («عناصر مجهولة» stays whole)."""
        text = norm.text
        space = text.find(" ", start, end)
        if space > start and text[start:space] in CONSTRUCT_NOUNS and text[space + 1:end] in self._keys:
            return space + 1
        return start

    def _country_short(self, norm_text: str, key: str, hit: PhraseMatch[list[tuple[int, int]]], country: str | None,
                       published: date | None) -> Actor | None:
        """A multi-word short form with no antecedent: the country's one actor listing it (with no
        country known, the one actor of any country listing it)."""
        if " " not in key:
            return None
        nxt = _NEXT_WORD.match(norm_text, hit.norm_end)
        if nxt and nxt.group(1).startswith("لل"):  # «القيادة العامة للشرطة»: a longer name
            return None
        # Without a country, only a form that a single country's actor lists.
        prefix = country.lower() if country else None
        cands = {a.id: a for a in self._shorts(hit) if not a.generic and a.id.split(".", 1)[0] != "int"
                 and (prefix is None or a.id.split(".", 1)[0] == prefix)}
        if published is not None:
            cands = {k: a for k, a in cands.items() if a.active_on(published)}
        return next(iter(cands.values())) if len(cands) == 1 else None

    def _named_below(self, norm_text: str, hit: PhraseMatch[list[tuple[int, int]]],
                     named: list[PhraseMatch[list[tuple[int, int]]]], country: str | None,
                     published: date | None) -> Actor | None:
        """A headline's short form («غارات للتحالف على مواقعه») names the one actor listing it
        that the body then names in full («طيران التحالف الدولي»): headlines use the short form
        first. Only in the headline (the first line, when a body follows)."""
        line_end = norm_text.find("\n")
        if line_end < 0 or hit.norm_end > line_end:
            return None
        listing = {a.id for a in self._shorts(hit)}
        found: dict[str, Actor] = {}
        for h in named:
            if h.norm_start <= line_end:
                continue
            for actor in self._aliases(h):
                if actor.id in listing:
                    chosen = self._branch(self.dictionary.resolve(actor, country, published), country, published)
                    found[chosen.id] = chosen
        return next(iter(found.values())) if len(found) == 1 else None

    def _branch(self, actor: Actor, country: str | None, published: date | None) -> Actor:
        """An international group in a country where it has a branch: the branch, while active."""
        if not country:
            return actor
        branch_id = self.spelling.branches.get((actor.id, country.upper()))
        branch = self.dictionary.get(branch_id) if branch_id else None
        if branch is None or (published is not None and not branch.active_on(published)):
            return actor
        return branch

    def _tied_group(self, norm: NormText, hit: PhraseMatch[list[tuple[int, int]]],
                    named: list[PhraseMatch[list[tuple[int, int]]]], published: date | None) -> Actor | None:
        """The group gunmen are tied to: «مسلحون تابعون لـ/موالين لـ/من» + a name a few words on."""
        tie_end = self._tie_end(norm.text, hit.norm_end)
        if tie_end is None:
            return None
        for h in named:
            if h.norm_start < tie_end:
                continue
            gap = norm.text[tie_end:h.norm_start].split()
            if len(gap) > 1 or (gap and gap[0] not in self.spelling.tie_gap and set(gap[0]) - _CLITICS):
                return None  # «مسلحون من الجهة المقابلة … الجيش»: too far to be theirs
            return pick_by_date(self._aliases(h), published)
        return None

    def _tie_end(self, text: str, end: int) -> int | None:
        """Where the word that ties the gunmen named up to `end` to a group ends: right after them
        («مسلحون تابعون لـ»), or after a short description of them («مسلحون يستقلون دراجات
        نارية وجمالاً يتبعون لـ», no comma or full stop within)."""
        m = _NEXT_WORD.match(text, end)
        if not m:
            return None
        if m.group(1) in self.spelling.tied:
            return m.end()
        if m.group(1) not in self.spelling.describe:
            return None
        for w in _WORD_RE.finditer(text, m.end(), min(len(text), m.end() + DESCRIBE_REACH)):
            if w.group(0) in self.spelling.tied:
                return None if _DESCRIPTION_STOP.search(text, end, w.start()) else w.end()
        return None

    def _tied_clan(self, norm: NormText, hit: PhraseMatch[list[tuple[int, int]]], unknown: list[UnknownName]) -> bool:
        """Are the gunmen at `hit` the men of a tribe named right after («مسلحين من قبيلة التبو»)?"""
        m = _NEXT_WORD.match(norm.text, hit.norm_end)
        if not m or m.group(1) not in self.spelling.tied:
            return False
        for u in unknown:
            if u.kind == "clan" and u.norm_start >= m.end():
                gap = norm.text[m.end():u.norm_start].split()
                return not gap or (len(gap) == 1 and gap[0] in self.spelling.tie_gap)
        return False

    @staticmethod
    def _infer_country(actors: list[Actor]) -> str | None:
        """The article's country by majority of the country-prefixed actors it names."""
        counts = Counter(a.id.split(".", 1)[0].upper() for a in actors
                         if not a.generic and not a.id.startswith("int.") and "." in a.id)
        return counts.most_common(1)[0][0] if counts else None

    @staticmethod
    def _mention(norm: NormText, ns: int, ne: int, actor: Actor, *, generic: bool = False,
                 anaphor: bool = False) -> ActorMention:
        a, b = norm.span(ns, ne)
        return ActorMention(
            text=norm.original[a:b], start=a, end=b, actor_id=actor.id, name_ar=actor.name_ar,
            name_en=actor.name_en, inter=actor.inter, kind=actor.kind, countries=tuple(actor.countries),
            generic=generic or actor.generic, anaphor=anaphor, is_person=False,
        )

    def generic_at(self, norm: NormText, ns: int, ne: int, actor_id: str, country: str | None,
                   published: date | None = None) -> ActorMention | None:
        """A mention of the category actor `actor_id` («gen.unidentified») for the words at the
        normalised span, resolved for the article's country as the linker resolves its aliases."""
        actor = self.dictionary.get(actor_id)
        if actor is None:
            return None
        return self._mention(norm, ns, ne, self.dictionary.resolve(actor, country, published), generic=True)

    @staticmethod
    def _unknown_mention(norm: NormText, u: UnknownName) -> ActorMention:
        a, b = norm.span(u.norm_start, u.norm_end)
        text = norm.original[a:b]
        name = " ".join("".join(" " if c in QUOTES else c for c in text).split())
        if u.kind == "clan":  # a feud's side: an identity militia (ACLED inter 4)
            label = f"{u.clan_head} {name}" if u.clan_head else name
            return ActorMention(text=text, start=a, end=b, actor_id="new:" + slug(normalise_phrase(label)),
                                name_ar=label, name_en=None, inter=4, kind="identity_militia")
        person = u.kind == "person"
        return ActorMention(
            text=text, start=a, end=b, actor_id="new:" + slug(norm.text[u.norm_start:u.norm_end]),
            name_ar=name, name_en=None, inter=None, kind="person" if person else "unknown_group",
            is_person=person,
        )

    # -- the walk ------------------------------------------------------------------------

    def find(self, norm: NormText, published: date | None = None, country: str | None = None) -> list[ActorMention]:
        """Actor mentions in text order, non-overlapping, with spans into `norm.original`."""
        plain = norm
        folded = self._fold(norm.text)
        if folded != norm.text:
            norm = NormText(original=norm.original, text=folded, offsets=norm.offsets)
        hits = self._longest_hits(norm)
        taken = [(h.norm_start, h.norm_end) for h in hits if any(k in (ALIAS, LOCAL) for _, k in h.payload)]
        named_hits = [h for h in hits if any(k == ALIAS and not self._actors[i].generic for i, k in h.payload)]
        unknown = [u for u in find_unknown(plain)
                   if not any(u.norm_start < e and s < u.norm_end for s, e in taken)]
        if country is None:
            named = [pick_by_date(c, published) for h in hits if (c := self._aliases(h))]
            country = self._infer_country(named)
        items: list[tuple[int, Any]] = [(h.norm_start, h) for h in hits] + [(u.norm_start, u) for u in unknown]
        items.sort(key=lambda it: it[0])

        out: list[ActorMention] = []
        seen: dict[str, _Seen] = {}  # actor id or head noun → last place the article named it
        for pos, item in items:
            if isinstance(item, UnknownName):
                m = self._unknown_mention(plain, item)
                out.append(m)
                if item.head:
                    seen["head:" + item.head] = _Seen(pos, unknown=m)
                continue
            hit = item
            key = norm.text[hit.norm_start:hit.norm_end]
            # 1. A short form pointing back to something the article named.
            best: _Seen | None = None
            for actor in self._shorts(hit):
                s = seen.get(actor.id)
                if s and (best is None or s.pos > best.pos):
                    best = s
            head = HEAD_SHORTS.get(key)
            if head and (s := seen.get("head:" + head)) and (best is None or s.pos > best.pos):
                best = s
            if best is not None:
                if best.actor is not None:
                    out.append(self._mention(norm, hit.norm_start, hit.norm_end, best.actor, anaphor=True))
                else:
                    u = best.unknown
                    a, b = norm.span(hit.norm_start, hit.norm_end)
                    out.append(dataclasses.replace(u, text=norm.original[a:b], start=a, end=b, anaphor=True))
                continue
            # 2. An alias naming its actor (date-aware), or a category resolved for the country.
            cands = self._aliases(hit, country)
            if not cands and any(k == LOCAL for _, k in hit.payload):
                continue  # «مقاتلو العشائر» in Somalia are no Iraqi Tribal Mobilization
            if not cands:
                # A category's short form marked by a construct noun: «مقاتلي المعارضة».
                generics = [a for a in self._shorts(hit) if a.generic]
                before = norm.text[max(0, hit.norm_start - 8):hit.norm_start].split()
                if not (generics and before and before[-1] in CONSTRUCT_NOUNS):
                    own = self._country_short(norm.text, key, hit, country, published)
                    if own is not None:
                        out.append(self._mention(norm, hit.norm_start, hit.norm_end, own))
                        seen[own.id] = _Seen(pos, actor=own)
                    elif (ahead := self._named_below(norm.text, hit, named_hits, country, published)) is not None:
                        out.append(self._mention(norm, hit.norm_start, hit.norm_end, ahead, anaphor=True))
                    continue
                cands = generics[:1]
            if country and all(_foreign(a, country) for a in cands):
                # «الجيش الوطني» is Yemen's army by name and the SNA's short form in Syria.
                own = self._country_short(norm.text, key, hit, country, published)
                if own is not None:
                    out.append(self._mention(norm, hit.norm_start, hit.norm_end, own))
                    seen[own.id] = _Seen(pos, actor=own)
                    continue
            if country and len(cands) > 1 and not any(a.generic for a in cands):
                # «فاغنر» names the Wagner Group of Libya in Libyan news and of Mali in Malian news.
                local = [a for a in cands if country in a.countries]
                if local:
                    cands = local
            chosen = pick_by_date(cands, published)
            if chosen.kind == "government" and BORDER_WITH.search(norm.text, max(0, hit.norm_start - 24), hit.norm_start):
                continue
            tied = self._tied_group(norm, hit, named_hits, published) if chosen.id == UNIDENTIFIED else None
            if chosen.id == UNIDENTIFIED and tied is None and self._tied_clan(norm, hit, unknown):
                continue  # «مسلحين من قبيلة الزوية»: the tribe's own mention names them
            resolved = self._branch(tied or self.dictionary.resolve(chosen, country, published), country, published)
            start = self._trim_construct(norm, hit.norm_start, hit.norm_end)
            out.append(self._mention(norm, start, hit.norm_end, resolved, generic=chosen.generic))
            seen[chosen.id] = _Seen(pos, actor=resolved)
            seen[resolved.id] = _Seen(pos, actor=resolved)
        if "يرجح" in norm.text or "يعتقد" in norm.text or "يشتبه" in norm.text or "رجح" in norm.text:
            out = self._hedged_nationality(norm, out, published)
        national = nationality_assets().find(plain)  # the words as normalised, before the linker's own fold
        if national:
            out = self._national_assets(norm, out, national, published)
        loyal = loyalist_forces(plain.text, published)
        if loyal:
            out = self._national_assets(norm, out, loyal, published, over_unknown=True)
        units = army_units(plain.text)
        if units and country is not None:
            out = self._national_assets(norm, out, [(a, b, f"gen.military:{country}") for a, b in units], published)
        return out

    def _national_assets(self, norm: NormText, out: list[ActorMention], found: list[tuple[int, int, str]],
                         published: date | None, over_unknown: bool = False) -> list[ActorMention]:
        """«المقاتلات التركية»: an asset named by its nationality is that country's forces, over
        any category mention inside the phrase («المقاتلات»); a named actor there wins, and
        with `over_unknown` a group read only by its shape («كتائب موالية …») does not."""
        for ns, ne, aid in found:
            gen_id, _, cc = aid.partition(":")
            actor = self.dictionary.get(gen_id)
            if actor is None:
                continue
            actor = self.dictionary.resolve(actor, cc or None, published)
            mention = self._mention(norm, ns, ne, actor)
            inside = [m for m in out if m.start < mention.end and mention.start < m.end]
            if any(not m.generic and not (over_unknown and m.actor_id.startswith("new:")) for m in inside):
                continue
            out = [m for m in out if m not in inside] + [mention]
        out.sort(key=lambda x: x.start)
        return out

    def _hedged_nationality(self, norm: NormText, out: list[ActorMention], published: date | None) -> list[ActorMention]:
        """Re-link «مقاتلات يُعتقد أنها روسية» to Russia and add the adjective as a mention."""
        added: list[ActorMention] = []
        for m in _HEDGED_NATIONALITY.finditer(norm.text):
            adj = m.group(1)
            base = adj[:-1] if adj.endswith("ه") else adj
            aid = _NATIONALITY_ACTOR.get(base)
            if not aid:
                continue
            gen_id, _, cc = aid.partition(":")
            actor = self.dictionary.get(gen_id)
            if actor is None:
                continue
            actor = self.dictionary.resolve(actor, cc or None, published)
            adj_mention = self._mention(norm, m.start(1), m.end(1), actor)
            a0 = norm.offsets[m.start()]
            for i, prev in enumerate(out):
                if prev.generic and 0 <= a0 - prev.end <= 40 and any(w in normalise(prev.text).text for w in _AIRCRAFT_WORDS):
                    out[i] = dataclasses.replace(self._mention(norm, norm.norm_index(prev.start), norm.norm_index(prev.end), actor),
                                                 text=prev.text, start=prev.start, end=prev.end, generic=True)
            added.append(adj_mention)
        if not added:
            return out
        taken = [(x.start, x.end) for x in out]
        out.extend(a for a in added if not any(a.start < e and s < a.end for s, e in taken))
        out.sort(key=lambda x: x.start)
        return out


@lru_cache(maxsize=1)
def get_linker() -> ActorLinker:
    """The linker over the bundled dictionary, built at first use and shared."""
    with bulk_load():
        return ActorLinker(get_dictionary())


def mention_dict(m: ActorMention) -> dict[str, Any]:
    d = dataclasses.asdict(m)
    d["countries"] = list(m.countries)
    return d


def link_json(text: str, published: date | str | None = None, country: str | None = None) -> list[dict[str, Any]]:
    """Link `text` and return its mentions as plain dicts (for the CLI and JSON output)."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return [mention_dict(m) for m in get_linker().find(normalise(text), published, country)]
