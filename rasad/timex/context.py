"""The words around a candidate expression: cues before it, blockers after, future tense.

A bare «آذار» is a date after «في» but a verb («مارس») or a car («نيسان») elsewhere; a
weekday after «سوق» is a place; a yearless date after «سيزور» lies ahead. These checks
read the normalised text next to the match and nothing else.
"""

from __future__ import annotations

import re

from rasad.timex.lexicon import TimeLexicon

_WORD = re.compile(r"\w+")
_PREV = re.compile(r"(\w+) $")
_SENTENCE_END = re.compile(r"[.!?؟\n]")
# A proclitic conjunction before a cue word («وفي», «فمنذ»).
_CONJ = ("و", "ف")
WINDOW_CHARS = 70
FUTURE_WINDOW_WORDS = 10


def words_before(text: str, start: int, n: int) -> list[str]:
    """Up to `n` words before `start` in the same sentence, nearest last."""
    window = text[max(0, start - WINDOW_CHARS):start]
    cut = None
    for cut in _SENTENCE_END.finditer(window):
        pass
    if cut is not None:
        window = window[cut.end():]
    words = _WORD.findall(window)
    if words and start - WINDOW_CHARS > 0 and not window[:1].isspace():
        words = words[1:]  # the first word of the window may be cut in half
    return words[-n:]


def prev_word(text: str, start: int) -> str:
    """The word right before `start` (one space between), '' when punctuation intervenes."""
    m = _PREV.search(text, max(0, start - 30), start)
    return m.group(1) if m else ""


def next_word(text: str, end: int) -> str:
    """The word right after `end` (after one space), '' when punctuation intervenes."""
    m = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    return m.group(0) if m else ""


def strip_conj(word: str) -> str:
    """«وفي» → «في»: a glued conjunction does not change what a cue word means."""
    if len(word) > 2 and word[0] in _CONJ:
        return word[1:]
    return word


def has_cue(text: str, start: int, lex: TimeLexicon) -> bool:
    """A preposition or period word right before a bare month or year makes it a date."""
    word = prev_word(text, start)
    return bool(word) and (word in lex.cues or strip_conj(word) in lex.cues)


def is_future_verb(word: str, lex: TimeLexicon) -> bool:
    """«سيزور», «وستعقد»: the future prefix سـ on an imperfect verb."""
    w = strip_conj(word)
    if len(w) < 4 or w[0] != "س" or w[1] not in "يتن":
        return False
    if w in lex.non_future_words or any(w.startswith(s) for s in lex.non_future_stems):
        return False
    return True


def _markers(lex: TimeLexicon) -> tuple[frozenset[str], tuple[str, ...]]:
    """The future markers split once into single words (a set) and phrases."""
    cached = _MARKERS.get(id(lex))
    if cached is None or cached[0] is not lex:
        single = frozenset(m for m in lex.future_markers if " " not in m)
        phrases = tuple(m for m in lex.future_markers if " " in m)
        cached = _MARKERS[id(lex)] = (lex, single, phrases)
    return cached[1], cached[2]


_MARKERS: dict[int, tuple[TimeLexicon, frozenset[str], tuple[str, ...]]] = {}


def is_future(text: str, start: int, lex: TimeLexicon) -> bool:
    """True when a future marker governs the expression (looked for a few words back)."""
    words = words_before(text, start, FUTURE_WINDOW_WORDS)
    if not words:
        return False
    single, phrases = _markers(lex)
    if any(w in single or strip_conj(w) in single for w in words):
        return True
    if phrases:
        joined = " ".join(words)
        if any(marker in joined for marker in phrases):
            return True
    return any(is_future_verb(w, lex) for w in words)
