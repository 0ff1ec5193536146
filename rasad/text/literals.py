"""Regular expressions over word lists: the words a pattern cannot match without (to skip
it over texts that lack them), and word lists written as prefix trees.

A pattern that opens with an optional clitic and an alternation («(?:و|ف)?(?:شن|يشن|تشن) …»)
gives the regex engine no literal to skip ahead to, so it tries a match at every character;
most articles hold none of its words, and a few substring tests say so far sooner.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator, Sequence

import ahocorasick

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

Requirement = tuple[str, ...]  # one of these strings must occur in the text
MIN_LITERAL = 2  # a single letter occurs in nearly every text: no use as a test

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))


def required_literals(pattern: re.Pattern[str]) -> tuple[Requirement, ...]:
    """Requirements every match of `pattern` meets, fewest alternatives first (none when unsure)."""
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # an internal parser that changed shape: test nothing
        return ()
    return tuple(sorted(dict.fromkeys(_sequence(list(parsed))), key=_telling))


def may_match(requirements: tuple[Requirement, ...], text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """False only when `text[pos:endpos]` lacks every string of some requirement (then
    `pattern.search(text, pos, endpos)` finds nothing)."""
    if endpos is None:
        endpos = len(text)
    if pos == 0 and endpos >= len(text):
        return all(any(s in text for s in req) for req in requirements)
    return all(any(text.find(s, pos, endpos) >= 0 for s in req) for req in requirements)


class GatedPattern:
    """A pattern run only over texts that hold its required words: for a rare phrase
    («المدعو», «مجلس … العسكري») a few substring tests spare a scan of every character."""

    __slots__ = ("pattern", "needs")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = required_literals(pattern)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if may_match(self.needs, text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if may_match(self.needs, text) else None


class RangeGate:
    """`may_match(required_literals(pattern), text, pos, endpos)` asked of many ranges (the
    sentences) of one text: one automaton pass finds where each required word stands, and
    each range is a look-up, not a substring search a word."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.needs = required_literals(pattern)
        words: dict[str, list[int]] = {}
        for i, req in enumerate(self.needs):
            for w in req:
                words.setdefault(w, []).append(i)
        self._automaton = ahocorasick.Automaton() if words else None
        for w, reqs in words.items():
            self._automaton.add_word(w, (len(w), reqs))
        if self._automaton is not None:
            self._automaton.make_automaton()
        self._last: tuple[str, list[tuple[list[int], list[int]]]] | None = None

    def _spots(self, text: str) -> list[tuple[list[int], list[int]]]:
        """For each requirement: (starts, ends) of its words in `text`, by start (kept for the
        text last asked about)."""
        last = self._last
        if last is None or last[0] is not text:
            found: list[list[tuple[int, int]]] = [[] for _ in self.needs]
            for end, (size, reqs) in self._automaton.iter(text):  # type: ignore[union-attr]
                for i in reqs:
                    found[i].append((end + 1 - size, end + 1))
            spots = []
            for f in found:
                f.sort()
                spots.append(([a for a, _ in f], [b for _, b in f]))
            last = self._last = (text, spots)
        return last[1]

    def may_match(self, text: str, pos: int, endpos: int) -> bool:
        if self._automaton is None:
            return True
        for starts, ends in self._spots(text):
            k = bisect.bisect_left(starts, pos)
            while k < len(starts) and starts[k] < endpos and ends[k] > endpos:
                k += 1
            if k == len(starts) or starts[k] >= endpos:
                return False
        return True


class PatternGate:
    """Which of many patterns may match a text, from one automaton pass over it that finds
    every required word of every pattern (quicker than a substring test per word)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._needs = [tuple(frozenset(req) for req in required_literals(p)) for p in patterns]
        words = {w for needs in self._needs for req in needs for w in req}
        self._automaton = ahocorasick.Automaton() if words else None
        for w in words:
            self._automaton.add_word(w, w)
        if self._automaton is not None:
            self._automaton.make_automaton()

    def open(self, text: str) -> list[bool]:
        """For each pattern: may it match somewhere in `text`?"""
        found = {w for _, w in self._automaton.iter(text)} if self._automaton is not None else set()
        out = []
        for needs in self._needs:  # plain loops: this runs for every pattern of every text
            possible = True
            for req in needs:
                if req.isdisjoint(found):
                    possible = False
                    break
            out.append(possible)
        return out


def _telling(req: Requirement) -> tuple[int, int]:
    """Longer strings are rarer; fewer of them are quicker to test."""
    return -min(map(len, req)), len(req)


def _sequence(items: list) -> list[Requirement]:
    """Requirements of a sequence of parsed items, all of which must hold."""
    out: list[Requirement] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= MIN_LITERAL:
            out.append(("".join(run),))
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:  # a case-blind group: its letters prove nothing
                out.extend(_sequence(list(sub)))
        elif op is _c.BRANCH:
            out.extend(_branch(av[1]))
        elif op in _REPEATS and av[0] >= 1:
            out.extend(_sequence(list(av[2])))
        # Anything else (classes, optional parts, look-arounds, anchors) requires nothing.
    flush()
    return out


def _branch(alternatives: list) -> list[Requirement]:
    """One requirement for an alternation: each alternative's most telling one, pooled."""
    pooled: list[str] = []
    for alt in alternatives:
        reqs = _sequence(list(alt))
        if not reqs:
            return []  # an alternative that needs no literal: the alternation needs none
        pooled.extend(min(reqs, key=_telling))
    return [tuple(dict.fromkeys(pooled))]


def alt(words: Iterable[str]) -> str:
    """An alternation of folded words as a prefix tree («ال(?:اثنين|ثلاثاء|…)»).

    `re` tries a flat alternation branch by branch at every position; sharing prefixes
    makes a miss cost one character test instead of one per word.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch).replace(r"\ ", " ") + _trie_regex(child)
                for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    # Greedy and optional: the longest word is tried first, a shorter one on backtracking.
    return body + "?" if ends else body
