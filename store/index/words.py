"""The word index: every distinct word of the folded texts with its records, and each text as word codes.

Free text is the one clause whose values cannot be listed in advance, and
folding and scanning 100,000 texts per keystroke is far too slow; looking a
fragment up among the distinct words, or a phrase up in code strings a fifth
as long as the texts, is fast enough. `store.index.text_index` builds this in
the background and asks it.
"""

from __future__ import annotations

import operator
import re
from array import array
from collections import defaultdict, deque
from collections.abc import Callable
from functools import partial
from itertools import accumulate, chain, compress, count, repeat
from typing import TYPE_CHECKING, Any

from ..matching import record_text
from .bitmaps import bitmap_of_flags, flags_of
from .fastfold import fold_bytes
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from . import SurveyIndex

SEPARATOR = "\uffff"


class Words:
    """Every distinct word of the folded texts, with the records that have it, and each text as word codes.

    Words get codes in the order they are first met, up to the 63,486
    characters of the Basic Multilingual Plane that are not surrogates (and
    not U+FFFF, which separates records). `stream` is every record's text
    with each word replaced by its code (0 for a word past the last code:
    rare by then), one string in position order; record p is
    `stream[starts[p]:ends[p]]`. A phrase, or a fragment found in too many
    words to gather their records, is then a regex over code strings a fifth
    as long as the texts; an occurrence that involves an uncoded word is found
    through that word's records, whose texts are folded again to confirm it.
    """

    DENSE = 8
    """A word in 1/DENSE of the records or more also keeps a bitmap."""
    MAX_WORDS = 2000
    """Rare words past this many (or past one per undecided record) matching one fragment, or more than
    20 positions per undecided record: cheaper to look in those records' code streams."""
    MAX_CLASS = 30_000
    """Words matching one place of a phrase past which its records' texts are folded again instead."""
    REFOLD = 64
    """Records past this many are looked at in their code streams rather than folded again."""

    def __init__(self, records: list[dict[str, Any]], pause: Callable[[int], None]) -> None:
        self._records = records
        self._n = n = len(records)
        self.codes = codes = Codes()
        code, postings = codes.__getitem__, codes.postings
        uncoded: defaultdict[bytes, array] = defaultdict(partial(array, "I"))
        pieces: list[str] = []
        chunks: list[str] = []
        lengths = array("l")
        for position, record in enumerate(records):
            pause(position)
            if position % 4096 == 0 and pieces:
                chunks.append(SEPARATOR.join(pieces))
                pieces = []
            text = fold_bytes(record_text(record))
            tokens = text.split(b" ") if text else []
            ids = array("H", map(code, tokens))
            present = set(ids)
            if 0 in present:  # words past the last code
                present.discard(0)
                for word in set(compress(tokens, map((0).__eq__, ids))):
                    uncoded[word].append(position)
            deque(map(array.append, map(postings.__getitem__, present), repeat(position)), 0)
            pieces.append(ids.tobytes().decode("utf-16-le"))
            lengths.append(len(tokens))
        chunks.append(SEPARATOR.join(pieces))
        del pieces
        self.stream = SEPARATOR.join(chunks)
        del chunks
        self.starts = array("l", accumulate((length + 1 for length in lengths), initial=0))
        self.ends = array("l", map(operator.add, self.starts, lengths))
        dense_from = max(1, n // self.DENSE)
        self.sparse, self.dense = Vocabulary(), Vocabulary()
        found = chain(((word, postings[number]) for word, number in codes.items()), uncoded.items())
        for number, (word, positions) in enumerate(found):
            pause(number)
            if len(positions) >= dense_from:
                flags = bytearray(n)
                deque(map(flags.__setitem__, positions, repeat(1)), 0)
                self.dense.add(word, bitmap_of_flags(flags), len(positions))
            else:
                self.sparse.add(word, positions, len(positions))
        self.sparse.seal()
        self.dense.seal()

    def containing(self, pattern: bytes, candidates: int) -> tuple[int, int]:
        """(candidates with a word matching `pattern`, candidates left undecided).

        `pattern` is a word's inside; "\\n" before or after it pins it to a
        word's start or end. Nothing is left undecided unless the rare words
        matching the pattern are too many to gather (a one- or two-letter
        fragment); the caller then looks at those records another way.
        """
        covered = 0
        for word in self.dense.matching(pattern):
            covered |= self.dense.postings[word]
        found = candidates & covered
        left = candidates ^ found
        if not left:
            return found, 0
        sparse, undecided = self.sparse, left.bit_count()
        matching = sparse.matching(pattern, limit=self.MAX_CLASS)
        if matching is None or len(matching) > max(self.MAX_WORDS, undecided) \
                or sum(map(sparse.sizes.__getitem__, matching)) > 20 * undecided:
            return found, left
        flags = bytearray(self._n)
        for word in matching:
            deque(map(flags.__setitem__, sparse.postings[word], repeat(1)), 0)
        return found | (left & bitmap_of_flags(flags)), 0

    def inside(self, term: bytes, candidates: int, index: SurveyIndex) -> int:
        """The candidates with a word containing `term` (one word, no space), looked for in the code streams."""
        return self.phrase(term, [term], candidates, index)

    def phrase(self, term: bytes, patterns: list[bytes], candidates: int, index: SurveyIndex) -> int:
        """The candidates whose folded text contains `term`, made of the words `patterns` match in a row.

        An occurrence made only of coded words shows in the code streams; any
        other uses, at some place, an uncoded word that matches there, so the
        records with such words are folded again to confirm.
        """
        if candidates.bit_count() <= self.REFOLD:
            return self._refold(term, candidates, index)
        classes: list[str] = []
        unsure = 0
        for pattern in patterns:
            codes, others = self._split(pattern)
            if others is None:  # too many words: fold every candidate again
                return self._refold(term, candidates, index)
            if not codes:  # every occurrence has an uncoded word here
                return self._refold(term, candidates & others, index)
            classes.append(codes)
            unsure |= others
        regex = stream_pattern(classes)
        flags = flags_of(candidates, self._n)
        sure = index._bitmap(compress(compress(count(), flags), map(
            regex.search, repeat(self.stream), compress(self.starts, flags), compress(self.ends, flags))))
        unsure &= candidates & ~sure
        return sure | self._refold(term, unsure, index) if unsure else sure

    def _refold(self, term: bytes, candidates: int, index: SurveyIndex) -> int:
        """Fold the candidates' texts again and look for `term` in them."""
        records = self._records
        positions = index._positions(candidates)
        texts = map(fold_bytes, map(record_text, map(records.__getitem__, positions)))
        return index._bitmap(compress(positions, map(bytes.__contains__, texts, repeat(term))))

    def _split(self, pattern: bytes) -> tuple[str, int | None]:
        """Codes of the coded words matching `pattern`, and the records with an uncoded one (None: too many)."""
        codes: list[int] = []
        others = 0
        dense, sparse, known = self.dense, self.sparse, self.codes.get
        for word in dense.matching(pattern):
            code = known(dense.words[word])
            if code:
                codes.append(code)
            else:
                others |= dense.postings[word]
        matching = sparse.matching(pattern, limit=self.MAX_CLASS)
        if matching is None:
            return "", None
        rare = []
        for word in matching:
            code = known(sparse.words[word])
            if code:
                codes.append(code)
            else:
                rare.append(word)
        if sum(map(sparse.sizes.__getitem__, rare)) > self._n:
            return "", None
        if rare:
            flags = bytearray(self._n)
            for word in rare:
                deque(map(flags.__setitem__, sparse.postings[word], repeat(1)), 0)
            others |= bitmap_of_flags(flags)
        return "".join(map(chr, sorted(codes))), others


class Codes(dict):
    """Word → code, in the order words are first met; 0 past the last code a UCS-2 string holds.

    `postings[code]` collects the positions of the records with the word.
    """

    LAST = 0xFFFE

    def __init__(self) -> None:
        super().__init__()
        self.postings: list[Any] = [None] * 0x10000

    def __missing__(self, word: bytes) -> int:
        code = len(self) + 1
        if code >= 0xD800:  # surrogates are no characters
            code += 0x800
        if code > self.LAST:
            return 0
        self[word] = code
        self.postings[code] = array("I")
        return code


def stream_pattern(classes: list[str]) -> re.Pattern[str]:
    """A regex for one code from each class in a row, led by literal codes where possible.

    `re` searches fast only for a pattern that starts with a literal, so the
    longest run of one-code places leads, and the places before it are
    checked by a lookbehind (codes are one character each, so it has a fixed
    width; it cannot reach into the previous record: U+FFFF is in no class).
    """
    def one(codes: str) -> str:
        return re.escape(codes) if len(codes) == 1 else "[" + re.escape(codes) + "]"

    runs = [(0, 0)]
    start = None
    for place, codes in enumerate([*classes, ""]):
        if len(codes) == 1 and start is None:
            start = place
        elif len(codes) != 1 and start is not None:
            runs.append((place - start, start))
            start = None
    length, start = max(runs, key=lambda run: (run[0], -run[1]))
    if not length:
        return re.compile("".join(map(one, classes)))
    head = "".join(map(one, classes[start:start + length]))
    behind = "(?<=" + "".join(map(one, classes[:start + length])) + ")" if start else ""
    return re.compile(head + behind + "".join(map(one, classes[start + length:])))
