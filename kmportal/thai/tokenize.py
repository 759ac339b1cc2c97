"""The one Thai tokeniser: ingest, the lexical index and queries all call it.

Every function here works on *normalised* text (:func:`kmportal.thai.normalize.normalize`).
The lexical index records ``ENGINE`` in its manifest, so an index built with
another tokeniser is rebuilt rather than searched with mismatched tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pythainlp.corpus import thai_stopwords
from pythainlp.tag import pos_tag
from pythainlp.tokenize import word_dict_trie, word_tokenize

ENGINE = "newmm"
_WORDLIKE = re.compile(r"[0-9a-z\u0e01-\u0e4e]")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")
# Words that carry meaning in this domain although PyThaiNLP lists them as stopwords.
_KEEP = frozenset({"วัน", "เก็บ", "ส่วน", "นาย", "ราย", "ปี", "เดือน", "คน", "ใหม่", "ต่อ", "ภาย"})
# Question particles staff add to a query ("... ได้ไหม", "... กี่วัน").
_QUESTION = frozenset(
    {
        "ไหม",
        "มั้ย",
        "หรือเปล่า",
        "รึเปล่า",
        "กี่",
        "เท่าไร",
        "เท่าไหร่",
        "ยังไง",
        "อะไร",
        "บ้าง",
        "ไหน",
        "ใคร",
        "หรือไม่",
        "ได้ไหม",
        "what",
        "which",
        "who",
        "how",
        "the",
        "a",
        "an",
        "of",
        "to",
        "is",
        "are",
        "can",
        "do",
        "does",
        "in",
    }
)


def _segment_line(line: str) -> list[str]:
    return [t.strip() for t in word_tokenize(line, engine=ENGINE, keep_whitespace=False)]


def word_tokens(text: str) -> list[str]:
    """Dictionary words of normalised text; punctuation dropped."""
    out: list[str] = []
    # Segment line by line: newmm slows down badly on long unbroken input.
    for line in text.split("\n"):
        if line.strip():
            out.extend(t for t in _segment_line(line) if t and _WORDLIKE.search(t))
    return out


_NOMINALISERS = ("การ", "ความ")


def index_tokens(tokens: list[str]) -> list[str]:
    """Tokens stored for a chunk: its words, plus the stem of each nominalised
    word, so a query for ประปา finds การประปา and ร่วมมือ finds ความร่วมมือ."""
    extra = [
        tok[len(p) :]
        for tok in tokens
        for p in _NOMINALISERS
        if tok.startswith(p) and len(tok) - len(p) >= 3
    ]
    return tokens + extra


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset((set(thai_stopwords()) - _KEEP) | _QUESTION)


def is_stopword(token: str) -> bool:
    """A function word as PyThaiNLP lists them (less the domain's own, see ``_KEEP``)."""
    return token in _stopwords()


def nouns(words: list[str]) -> list[str]:
    """The words PyThaiNLP's part-of-speech tagger (ORCHID, bundled) reads as
    nouns in this sequence: tagged in context, as a word may be either."""
    return [w for w, tag in pos_tag(words, engine="perceptron", corpus="orchid") if tag[:1] == "N"]


def query_tokens(text: str) -> list[str]:
    """Word tokens of a normalised query, without stopwords and question particles."""
    stop = _stopwords()
    toks = word_tokens(text)
    kept = [t for t in toks if t not in stop]
    return kept or toks


def subword_weights(tokens: list[str], n: int = 3) -> dict[str, float]:
    """Query-side sub-words: each word's n-grams share one word's weight, so a
    long compound (องค์การบริหารส่วนจังหวัด: 22 trigrams) does not outvote the
    short, rare word next to it (ประปา)."""
    out: dict[str, float] = {}
    for tok in tokens:
        grams = subword_tokens([tok], n)
        for g in grams:
            out[g] = out.get(g, 0.0) + 1.0 / len(grams)
    return out


def subword_tokens(tokens: list[str], n: int = 3) -> list[str]:
    """Character n-grams inside Thai words, so จังหวัด still matches inside the
    compound องค์การบริหารส่วนจังหวัด, which newmm keeps as one token."""
    grams: list[str] = []
    for tok in tokens:
        for run in _THAI_RUN.findall(tok):
            if len(run) <= n:
                grams.append(run)
            else:
                grams.extend(run[i : i + n] for i in range(len(run) - n + 1))
    return grams


def _dictionary_words(text: str) -> bool:
    """Whether ``text`` is a run of dictionary words (an empty run is)."""
    trie = word_dict_trie()
    ends = {0}
    for i in range(len(text)):
        if i in ends:
            ends.update(i + len(w) for w in trie.prefixes(text[i:]))
    return len(text) in ends


@lru_cache(maxsize=256)
def _cuts(text: str) -> tuple[int, ...]:
    # One segmentation per text, however many table words are looked up in it.
    cuts = [0]
    for token in word_tokenize(text, engine=ENGINE, keep_whitespace=True):
        cuts.append(cuts[-1] + len(token))
    return tuple(cuts)


def is_word_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word of ``text`` rather than letters
    inside other words: it begins and ends where the tokeniser cuts, or where
    what the tokeniser kept whole around it is dictionary words too (ประปา in
    น้ำประปา; ภัยแล้ง across ผู้ประสบภัย|แล้ง, the tokeniser having cut after
    ภัย; not ผู้ว่า in ผู้ว่างงาน nor งบ in ความสงบ)."""
    if not 0 <= start < end <= len(text):
        return False
    cuts = _cuts(text)
    if start in cuts and end in cuts:
        return True
    left = max(c for c in cuts if c <= start)
    right = min(c for c in cuts if c >= end)
    return _dictionary_words(text[left:start]) and _dictionary_words(text[end:right])
