"""Citations: "มาตรา 45 พ.ร.บ.อบจ.", "ม.๑๗ (๑๖) กฎหมายกระจายอำนาจ", "section 64 PAO Act".

Section numbers are resolved by exact match, never by embeddings: e5 scores
"มาตรา 334" almost the same against ๓๓๔ and ๓๓๕. The law is resolved by how much
of the words around the number appear in a document's title, after the same
normalisation as everything else (so พ.ร.บ.อบจ. finds องค์การบริหารส่วนจังหวัด).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kmportal.ingest.lawtext import SUFFIX_WORDS, suffix_anchor
from kmportal.thai.digits import fold_digits
from kmportal.thai.normalize import normalize

_SUF = "|".join(sorted(SUFFIX_WORDS, key=len, reverse=True))
_CITE_RE = re.compile(
    rf"(?P<unit>มาตรา|(?<![\u0e01-\u0e4e])ม\.|ข้อ|section|sec\.|s\.|article|art\.)"
    rf"\s*(?P<num>\d+(?:/\d+)?)(?![\d/])"
    rf"(?:\s*(?P<suf>{_SUF})(?![\u0e01-\u0e4e]))?"
    rf"(?:\s*\(\s*(?P<item>\d+(?:/\d+)?(?:\s*(?:{_SUF}))?)\s*\))?"
    # "ม.5 ต.แม่ท้อ" is village 5 of a subdistrict, not มาตรา 5.
    rf"(?!\s*(?:ต\.|ตำบล|อ\.|อำเภอ|จ\.|หมู่))",
    re.IGNORECASE,
)
# What staff call a law, mapped to words of its title. Titles themselves are
# matched directly; this table only carries names that share no words with them.
NICKNAMES: dict[str, str] = {
    "กฎหมายกระจายอำนาจ": "กระจายอำนาจ",
    "แผนและขั้นตอน": "กระจายอำนาจ",
    "decentrali": "กระจายอำนาจ",
    "pao act": "องค์การบริหารส่วนจังหวัด",
    "provincial administrative organi": "องค์การบริหารส่วนจังหวัด",
    "tambon": "สภาตำบลและองค์การบริหารส่วนตำบล",
    "tao act": "สภาตำบลและองค์การบริหารส่วนตำบล",
    "municipal": "เทศบาล",
    "official information": "ข้อมูลข่าวสารของราชการ",
    "budget procedure": "วิธีการงบประมาณ",
    "state administration": "ระเบียบบริหารราชการแผ่นดิน",
    "pattaya": "เมืองพัทยา",
    "กฎหมายข้อมูลข่าวสาร": "ข้อมูลข่าวสารของราชการ",
    "กฎหมายงบประมาณ": "วิธีการงบประมาณ",
}
_GENERIC = re.compile(r"พระราชบัญญัติ|กฎหมาย|พ\.ศ\.\s*\d+|\d+|act|law|of|the|ว่าด้วย|\s+")


@dataclass(frozen=True)
class Citation:
    unit: str  # "มาตรา" or "ข้อ"
    number: str  # "45", "45/1", "7 ทวิ"
    item: str | None  # "16" for (๑๖)
    anchor: str  # section key suffix: "45", "45-1", "7-x2"
    rest: str  # the query with the citation removed: names the law, if anything
    after: str  # the words after the citation: "มาตรา 45 แห่งพระราชบัญญัติ..." names the law here
    start: int
    end: int


def _grams(s: str, n: int = 3) -> set[str]:
    s = _GENERIC.sub("", s)
    return {s[i : i + n] for i in range(max(len(s) - n + 1, 0))}


def parse_citation(norm_query: str) -> Citation | None:
    """The first citation in an already normalised query."""
    m = _CITE_RE.search(norm_query)
    if not m:
        return None
    unit = "ข้อ" if m.group("unit") in ("ข้อ", "article", "art.") else "มาตรา"
    num, suf = m.group("num"), m.group("suf")
    anchor = num.replace("/", "-") + (f"-x{suffix_anchor(suf)}" if suf else "")
    number = num + (f" {suf}" if suf else "")
    rest = (norm_query[: m.start()] + " " + norm_query[m.end() :]).strip()
    after = norm_query[m.end() :].strip()
    return Citation(unit, number, m.group("item"), anchor, rest, after, m.start(), m.end())


@dataclass(frozen=True)
class Law:
    doc_id: str
    title: str


class LawCatalog:
    """Resolves a free-text law name to one of the ingested documents."""

    def __init__(self, laws: list[Law]) -> None:
        self.laws = laws
        self._grams = {law.doc_id: _grams(normalize(law.title)) for law in laws}

    def resolve(self, text: str, *, min_share: float = 0.5, in_context: bool = False) -> Law | None:
        """The law ``text`` names. With ``in_context`` the text is a passage
        around a reference, and what counts is how much of a title it contains."""
        text = normalize(text)
        for nick, words in NICKNAMES.items():
            # Replace, not append: the nickname's own letters would otherwise
            # count against every title.
            text = text.replace(nick, f" {words} ")
        wanted = _grams(text)
        if not wanted:
            return None
        best, best_score = None, 0.0
        for law in self.laws:
            have = self._grams[law.doc_id]
            if not have:
                continue
            hit = len(wanted & have)
            # Share of the query's name found in the title, nudged by the share of
            # the title the name covers, so "องค์การบริหารส่วนตำบล" prefers the TAO
            # Act over the PAO Act, which shares most of those letters.
            score = hit / len(have) if in_context else hit / len(wanted) + 0.25 * hit / len(have)
            if score > best_score:
                best, best_score = law, score
        return best if best is not None and best_score >= min_share else None


def resolve_law(catalog: LawCatalog, cite: Citation) -> Law | None:
    """The law a citation names. Thai names it after the number ("ม.17
    กฎหมายกระจายอำนาจ"); words before are more often the organisation the
    question is about ("อบจ. ต้องทำอะไรตาม ..."), so they are the fallback."""
    return (catalog.resolve(cite.after) if cite.after else None) or (
        catalog.resolve(cite.rest) if cite.rest else None
    )


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    label: str
    doc_id: str | None
    section_key: str | None


_REF_RE = re.compile(
    rf"(?P<unit>มาตรา|ข้อ)\s*(?P<num>[0-9๐-๙]+(?:/[0-9๐-๙]+)?)"
    rf"(?:\s*(?P<suf>{_SUF})(?![\u0e01-\u0e4e]))?(?:\s*\(\s*[0-9๐-๙]+(?:/[0-9๐-๙]+)?\s*(?:{_SUF})?\s*\))?"
)


def find_references(
    text: str, catalog: LawCatalog | None = None, *, window: int = 90
) -> list[Reference]:
    """Law references in prose, resolved to a document when the law is named
    nearby and is in the catalog (``ระเบียบฯ ข้อ 17`` of a regulation we do not
    hold stays unresolved)."""
    refs: list[Reference] = []
    for m in _REF_RE.finditer(text):
        unit = m.group("unit")
        num = fold_digits(m.group("num"))
        suf = m.group("suf")
        anchor = num.replace("/", "-") + (f"-x{suffix_anchor(suf)}" if suf else "")
        doc_id = None
        if catalog is not None:
            context = text[max(0, m.start() - window) : m.end() + window // 2]
            law = catalog.resolve(context, min_share=0.6, in_context=True)
            # ข้อ of an Act does not exist; a ข้อ belongs to a regulation or rule.
            if law is not None and not (unit == "ข้อ" and "พระราชบัญญัติ" in law.title):
                doc_id = law.doc_id
        refs.append(
            Reference(m.start(), m.end(), m.group(0), doc_id, f"s{anchor}" if doc_id else None)
        )
    return refs
