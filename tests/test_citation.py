"""Citations in queries and references in prose."""

from __future__ import annotations

import pytest
from helpers.thai_corpus import DEC_TITLE, PAO_TITLE, TAO_TITLE

from kmportal.search.citation import (
    Law,
    LawCatalog,
    find_references,
    parse_citation,
    resolve_law,
)
from kmportal.thai.normalize import normalize

CATALOG = LawCatalog(
    [Law("pao-act", PAO_TITLE), Law("tao-act", TAO_TITLE), Law("dec-act", DEC_TITLE)]
)


def cite(query: str):  # type: ignore[no-untyped-def]
    c = parse_citation(normalize(query))
    assert c is not None, query
    return c


def test_a_thai_citation_with_the_law_abbreviated() -> None:
    c = cite("มาตรา 45 พ.ร.บ.อบจ.")
    assert (c.unit, c.number, c.item, c.anchor) == ("มาตรา", "45", None, "45")
    assert c.rest == "พระราชบัญญัติ องค์การบริหารส่วนจังหวัด"
    assert CATALOG.resolve(c.rest) == Law("pao-act", PAO_TITLE)


def test_thai_numerals_an_item_and_a_nickname_after_normalisation() -> None:
    c = cite("ม.๑๗ (๑๖) กฎหมายกระจายอำนาจ")
    assert (c.unit, c.number, c.item, c.anchor) == ("มาตรา", "17", "16", "17")
    assert CATALOG.resolve(c.rest).doc_id == "dec-act"  # type: ignore[union-attr]


def test_an_english_citation() -> None:
    c = cite("section 64 of the PAO Act")
    assert (c.unit, c.number, c.anchor) == ("มาตรา", "64", "64")
    assert CATALOG.resolve(c.rest).doc_id == "pao-act"  # type: ignore[union-attr]


def test_a_bis_section() -> None:
    c = cite("ม.48 ทวิ")
    assert (c.number, c.anchor, c.rest) == ("48 ทวิ", "48-x2", "")


@pytest.mark.parametrize(
    ("query", "anchor"),
    [("มาตรา ๔๕/๑", "45-1"), ("ม. 7 ตรี", "7-x3"), ("sec. 12", "12"), ("มาตรา 35/3 อบจ.", "35-3")],
)
def test_section_anchors(query: str, anchor: str) -> None:
    assert cite(query).anchor == anchor


def test_a_clause_of_a_regulation() -> None:
    c = cite("ข้อ 17 (2) ระเบียบ")
    assert (c.unit, c.number, c.item) == ("ข้อ", "17", "2")


def test_the_citation_span_points_into_the_normalised_query() -> None:
    norm = normalize("อำนาจตาม มาตรา ๔๕ ของ อบจ.")
    c = parse_citation(norm)
    assert c is not None
    assert norm[c.start : c.end] == "มาตรา 45"


@pytest.mark.parametrize(
    "query", ["อบจ. มีอำนาจอะไร", "ประชุม ม.ค. 2564", "ข้อมูล 2564", "powers of the PAO", ""]
)
def test_queries_without_a_citation(query: str) -> None:
    assert parse_citation(normalize(query)) is None


@pytest.mark.parametrize(
    ("name", "doc"),
    [
        ("อบจ.", "pao-act"),
        ("พ.ร.บ.อบจ.", "pao-act"),
        ("องค์การบริหารส่วนจังหวัด", "pao-act"),
        ("อบต.", "tao-act"),
        ("พ.ร.บ. อบต.", "tao-act"),
        ("องค์การบริหารส่วนตำบล", "tao-act"),
        ("สภาตำบล", "tao-act"),
        ("TAO Act", "tao-act"),
        ("PAO Act", "pao-act"),
        ("กฎหมายกระจายอำนาจ", "dec-act"),
    ],
)
def test_the_catalog_tells_the_pao_act_from_the_tao_act(name: str, doc: str) -> None:
    law = CATALOG.resolve(name)
    assert law is not None and law.doc_id == doc


@pytest.mark.parametrize("name", ["decentralisation act", "the decentralization act"])
def test_an_english_nickname_listed_in_the_table_resolves(name: str) -> None:
    law = CATALOG.resolve(name)
    assert law is not None and law.doc_id == "dec-act"


@pytest.mark.parametrize("name", ["", "ประมวลกฎหมายแพ่งและพาณิชย์", "พระราชบัญญัติ พ.ศ. 2540"])
def test_a_law_we_do_not_hold_or_only_generic_words_resolve_to_nothing(name: str) -> None:
    assert CATALOG.resolve(name) is None


def test_an_empty_catalog_resolves_nothing() -> None:
    assert LawCatalog([]).resolve("อบจ.") is None


def test_a_reference_with_the_act_named_nearby_is_resolved_and_a_regulation_clause_is_not() -> None:
    text = (
        "อบจ. ต้องดำเนินการตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๔๕ (๘) "
        "ส่วนการเบิกจ่ายให้เป็นไปตามระเบียบฯ ข้อ 17 (2)"
    )
    act_ref, reg_ref = find_references(text, CATALOG)
    assert act_ref.label == "มาตรา ๔๕ (๘)"
    assert text[act_ref.start : act_ref.end] == act_ref.label
    assert (act_ref.doc_id, act_ref.section_key) == ("pao-act", "s45")
    assert reg_ref.label == "ข้อ 17 (2)"
    assert (reg_ref.doc_id, reg_ref.section_key) == (None, None)


def test_a_reference_in_arabic_numerals_with_a_slash_and_bis() -> None:
    text = "ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 45 และ"
    (ref,) = find_references(text, CATALOG)
    assert (ref.doc_id, ref.section_key) == ("tao-act", "s45")
    (bis,) = find_references("พระราชบัญญัติองค์การบริหารส่วนจังหวัด มาตรา ๔๘ ทวิ", CATALOG)
    assert bis.section_key == "s48-x2"


def test_references_without_a_catalog_are_found_but_unresolved() -> None:
    refs = find_references("ดูมาตรา 45 และข้อ 3")
    assert [r.label for r in refs] == ["มาตรา 45", "ข้อ 3"]
    assert all(r.doc_id is None and r.section_key is None for r in refs)


def test_a_reference_with_no_law_named_nearby_stays_unresolved() -> None:
    (ref,) = find_references("ให้เป็นไปตามมาตรา 45 ของกฎหมายที่เกี่ยวข้อง", CATALOG)
    assert ref.doc_id is None


def test_an_explicitly_named_law_wins_over_the_organisation_the_question_is_about() -> None:
    c = cite("อบจ. ต้องทำอะไรตาม ม.17 (16) กฎหมายกระจายอำนาจ")
    law = resolve_law(CATALOG, c)
    assert law is not None and law.doc_id == "dec-act"


def test_a_citation_inside_a_longer_question_still_resolves_its_law() -> None:
    for query, doc in [
        ("อำนาจหน้าที่ตามมาตรา 45 ของ อบจ. มีอะไรบ้าง", "pao-act"),
        ("มาตรา 45 แห่ง พ.ร.บ. อบต. ว่าด้วยสมาชิกสภา", "tao-act"),
        ("what does section 45 of the tambon council and TAO act say", "tao-act"),
    ]:
        law = CATALOG.resolve(cite(query).rest)
        assert law is not None and law.doc_id == doc, query


def test_a_village_number_in_an_address_is_not_a_section_citation() -> None:
    assert parse_citation(normalize("ซ่อมถนน ม.5 ต.แม่ท้อ อ.เมือง")) is None
