"""Tell a section header from a cross-reference that happens to start a line.

``มาตรา ๔๕ องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่…`` opens section 45;
``มาตรา ๔๕ (๘) แห่งพระราชบัญญัตินี้…`` and ``มาตรา ๓๕/๔ มาตรา ๓๕/๕ และมาตรา ๓๖
มาใช้บังคับ`` only name it. Clean texts set headers apart with a wide gap, but a
Word file or a PDF has a single space either way, and a PDF's line breaks put
references at the start of lines anywhere. So a reference is recognised by
what it is:

- what follows the number: ``แห่ง…``, ``ของ/ตาม`` + the name of a law or a part
  of one, a conjunction (``และ``, ``หรือ``, ``ถึง``…), ``วรรค…``, an item ``(๒)``
  or another section number;
- where it stands in its sentence: right after a line that ends in a word which
  cannot end a sentence (``ตาม``, ``ใน``, ``แห่ง``, ``และ``…);
- and, left to ``lawtext``, the order of numbers: sections only go up.

A section can open with ``ตาม…`` or ``ของ…`` (``มาตรา ๗๐ ของอันพึงต้องเสียอากร…``
in the customs law), so those two count only before the name of a law.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WS = "[ \t\u00a0]"
# A reference goes on with one of these words; a section never opens with them.
_REFERENCE_WORDS = frozenset(
    ["แห่ง", "และ", "หรือ", "ถึง", "จนถึง", "กับ", "ประกอบ", "วรรค", "ดังกล่าว", "นี้", "ได้", "ขัด", "บัญญัติ"]
)
# What names a law or a part of one: after ของ/ตาม it makes the number a reference.
_LAW_WORDS = (
    "พระราชบัญญัติ",
    "พระราชกำหนด",
    "พระราชกฤษฎีกา",
    "ประมวล",
    "กฎหมาย",
    "กฎกระทรวง",
    "ระเบียบ",
    "ข้อบังคับ",
    "ข้อบัญญัติ",
    "ประกาศ",
    "รัฐธรรมนูญ",
    "คำสั่ง",
    "บทบัญญัติ",
    "บท",
    "หมวด",
    "ส่วนที่",
    "ลักษณะ",
    "ภาค",
    "ฉบับ",
    "นี้",
    "ดังกล่าว",
    "พ.ร.",
)
_PUNCTUATION = tuple(',;:)]”"-–')
_ITEM = re.compile(r"\((?P<n>[๐-๙0-9]+(?:/[๐-๙0-9]+)?)(?:[ \t\u00a0]*[ก-๎]+)?\)(?:\[[๐-๙0-9]+\])?")
# Words that cannot end a sentence: a line ending in one goes on in the next. Words
# that also end one are left out: ของ (goods), แห่ง (places), ต่อ (on), แก่ (old).
_OPEN_ENDINGS = frozenset(
    {"ตาม", "ใน", "และ", "หรือ", "กับ", "โดย", "ซึ่ง", "ว่า", "ถึง"}
    | {"ตามที่", "เว้นแต่", "นอกจาก", "ความใน"}
)
# Words that cannot open a sentence: a line starting with one goes on from the last.
_CONTINUATIONS = frozenset({"และ", "หรือ", "ซึ่ง", "โดย", "แต่", "ทั้งนี้", "แห่ง"})


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize

    return tuple(w for w in word_tokenize(text, engine="newmm") if w.strip())


def is_reference(text: str, start: int, end: int, *, unit: str, number: str) -> bool:
    """Whether the candidate header ``text[start:end]`` (unit, number, suffix and the
    space after them) only cites the section rather than opening it."""
    rest = text[end : end + 80].lstrip(" \t\u00a0\n")
    if rest.startswith(unit):
        # "มาตรา ๒  มาตรา ๒ พระราชบัญญัตินี้…": a label typed twice still opens it.
        again = re.match(rf"{unit}{_WS}*([๐-๙0-9/]+)", rest)
        return not (again and again.group(1) == number)
    item = _ITEM.match(rest)
    if item and "\n" not in text[start:end].rstrip("\n"):
        # "มาตรา ๙ (๒) ให้นำ…" cites an item; a section may open with its first item.
        if item.group("n") not in ("๑", "1"):
            return True
        rest = rest[item.end() :].lstrip(" \t\u00a0")
    if rest.startswith(_PUNCTUATION):
        return True
    words = _words(rest[:40].split("\n", 1)[0])
    first = words[0] if words else ""
    after = "".join(words[1:3])
    if first in _REFERENCE_WORDS or (first in ("มา", "ไป") and after.startswith("ใช้")):
        return True
    if first in ("ของ", "ตาม") and after.startswith(_LAW_WORDS):
        return True
    if first == "เฉพาะ" and after.startswith(("ในส่วน", "ส่วนที่")):
        return True  # "มาตรา ๕๔ เฉพาะในส่วนที่…" as a court ruling cites it
    return continues_sentence(text, start)


def continues_sentence(text: str, start: int) -> bool:
    """Whether the line before ``start`` (with no blank line between) breaks off in
    the middle of a sentence."""
    line_start = text.rfind("\n", 0, start)
    if line_start <= 0:
        return False
    prev_start = text.rfind("\n", 0, line_start) + 1
    previous = text[prev_start:line_start].rstrip(" \t\u00a0")
    if not previous.strip():
        return False
    if previous.endswith((",", "(", "“")):
        return True
    words = _words(previous[-40:])
    return bool(words) and words[-1] in _OPEN_ENDINGS


def continued_after(text: str, start: int, end: int) -> bool:
    """Whether a line of the match ``text[start:end]`` after its first, or the line
    right after it (no blank line between), carries on a sentence instead of a title:
    "…(ฉบับที่ ๓) พ.ศ. ๒๕๔๐" then "และพระราชบัญญัติ…"."""
    line_end = text.find("\n", end)
    following = text[end:] if line_end < 0 else text[line_end + 1 : line_end + 41]
    lines = [*text[start:end].split("\n")[1:], following.split("\n", 1)[0]]
    for line in lines:
        words = _words(line.strip(" \t\u00a0")[:40])
        if words and words[0] in _CONTINUATIONS:
            return True
    return False
