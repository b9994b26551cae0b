"""Difficulties: the problems a locality reports ("vẫn còn một số vướng mắc như A, B", "còn thiếu ...").

Read from the sentences no recommendation or direction was taken from; a
list goes on into the next sentence while it keeps naming problems.
"""

from __future__ import annotations

import re

from .item_trouble_asks import ask_after_trouble
from .item_wording import tidy
from .places import Places
from .text import Sentence

_PROBLEM_WORDS = re.compile(r"\b(?:chưa|thiếu|chậm|không|lỗi|quá tải|hạn chế|khó khăn|vướng|gián đoạn|xuống cấp|"
                            r"còn cao|còn nhiều|bất cập|trục trặc|quá hạn|trễ hạn)\b", re.IGNORECASE)
_PROBLEM_INTRO = re.compile(
    r"(?:còn|vẫn còn|gặp|nêu|có|những|một số)\s+(?:một số\s+|nhiều\s+|những\s+)?(?:khó khăn|vướng mắc|hạn chế|tồn tại|"
    r"bất cập)(?:\s*,\s*(?:khó khăn|vướng mắc|hạn chế|tồn tại|bất cập))*\s*(?:(?:như|là)\b|:)\s*", re.IGNORECASE)
"""A list of problems opened by "như", "là" or a colon; "nhưng" ("Dù còn khó khăn nhưng xã đã ...") opens none."""
_HOWEVER = re.compile(r"^(?:\W*)(?:tuy nhiên|song|nhưng|dù vậy|bên cạnh đó)\s*,\s*", re.IGNORECASE)


def find_difficulties(sentences: list[Sentence], places: Places, used: set[int]) -> list[tuple[dict, Sentence]]:
    """(item, sentence) of every difficulty in `sentences`, leaving out those whose index is in `used`."""
    found: list[tuple[dict, Sentence]] = []
    open_list = False
    for sentence in sentences:
        text = sentence.text
        if sentence.index in used:
            open_list = False
            continue
        content = None
        if m := _PROBLEM_INTRO.search(text):
            content = text[m.end():]
        elif m := re.search(r"\bcòn\s+(thiếu|chậm|hạn chế|chưa)\b", text):
            content = text[m.start(1):]
        elif _HOWEVER.match(text) and _PROBLEM_WORDS.search(text):
            content = _HOWEVER.sub("", text)
        elif open_list and _PROBLEM_WORDS.search(text) and re.match(
                r"^\W*(?:một số|nhiều|ngoài ra|bên cạnh đó|đồng thời)", text, re.IGNORECASE):
            content = text
        elif re.search(r"\bchủ yếu do\s+(?:vướng mắc|khó khăn)", text) and (
                cue := re.search(r"\bchủ yếu do\s+", text)):
            content = text[cue.end():]
        if content is None:
            open_list = False
            continue
        if ask := ask_after_trouble(text):  # "... xuống cấp và kiến nghị tỉnh ...": the ask is a recommendation
            content = content[:max(0, len(content) - (len(text) - ask.start()))]
        open_list = True
        scene = places.scene_at(sentence, 0)
        for piece in _problem_pieces(content):
            item: dict = {"text": tidy(re.sub(r"^\W*và\s+", "", piece))}  # ", và phần mềm ... lỗi": its own problem
            if scene is not None:
                item["locality"] = scene.name
            if len(item["text"].split()) >= 3:
                found.append((item, sentence))
    return found


def _problem_pieces(content: str) -> list[str]:
    content = re.sub(r"(?:\.{3}|…|[.!?])+\s*$", "", content.strip())
    parts = re.split(r"\s*[;,]\s*", content)
    pieces: list[str] = []
    for part in parts:
        if pieces and not _PROBLEM_WORDS.search(part):
            pieces[-1] += ", " + part
        elif pieces and not _PROBLEM_WORDS.search(pieces[-1]):
            pieces[-1] += ", " + part
        else:
            pieces.append(part)
    return [p for p in pieces if p.strip()]
