"""The portal over the real ingest and SearchService, on a tiny Thai corpus.

``write_fixture_corpus`` is also used by the end-to-end tests (tests/e2e)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kmportal.settings import Settings

ACT = """พระราชบัญญัติ
องค์การบริหารส่วนจังหวัด
พ.ศ. ๒๕๔๐

มาตรา ๑  พระราชบัญญัตินี้เรียกว่า "พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐"

มาตรา ๒  พระราชบัญญัตินี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป

หมวด ๓
สภาองค์การบริหารส่วนจังหวัด

มาตรา ๒๕  ในปีหนึ่งให้มีสมัยประชุมสามัญสองสมัย
สมัยประชุมสามัญครั้งแรกให้เริ่มภายในเก้าสิบวันนับแต่วันประกาศผลการเลือกตั้ง

หมวด ๔
อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด

มาตรา ๔๕  องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่ดำเนินกิจการภายในเขตองค์การบริหารส่วนจังหวัด
ดังต่อไปนี้
(๑)
ตราข้อบัญญัติโดยไม่ขัดหรือแย้งต่อกฎหมาย
(๒)
จัดทำแผนพัฒนาองค์การบริหารส่วนจังหวัด
(๘)[๑]
จัดทำกิจการใด ๆ อันเป็นอำนาจหน้าที่ของราชการส่วนท้องถิ่นอื่นที่อยู่ในเขตองค์การบริหารส่วนจังหวัด

มาตรา ๔๖  องค์การบริหารส่วนจังหวัดอาจจัดทำกิจการการประปา การจัดให้มีน้ำสะอาด
และการไฟฟ้าหรือแสงสว่าง เพื่อประโยชน์ของประชาชนในเขตจังหวัด

มาตรา ๗๐  รายได้ขององค์การบริหารส่วนจังหวัดได้แก่ภาษีอากร ค่าธรรมเนียม และเงินอุดหนุน

[๑] มาตรา ๔๕ (๘) แก้ไขเพิ่มเติมโดยพระราชบัญญัติองค์การบริหารส่วนจังหวัด (ฉบับที่ ๓) พ.ศ. ๒๕๔๖
"""

HANDBOOK = """คู่มือการจัดทำและประสานแผนพัฒนาท้องถิ่น

รู้จักกับ อปท. กันก่อน

องค์กรปกครองส่วนท้องถิ่น (อปท.) มีห้ารูปแบบ ได้แก่ กรุงเทพมหานคร เมืองพัทยา
องค์การบริหารส่วนจังหวัด (อบจ.) เทศบาล และองค์การบริหารส่วนตำบล (อบต.)

บทบาทอำนาจหน้าที่ของ อบจ.

ตาม พรบ.องค์การบริหารส่วนจังหวัด พ.ศ. 2540 มาตรา 45 (8)
อบจ. จัดทำกิจการที่เป็นอำนาจหน้าที่ของ อปท. อื่นได้ และเสนอโครงการต่อ ก.บ.จ.

การติดตามและประเมินผล

คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่นรายงานผลต่อผู้บริหารท้องถิ่นปีละหนึ่งครั้ง
"""


def write_fixture_corpus(root: Path) -> list[Path]:
    """A tiny corpus: one Act (with a water-supply section) and one handbook."""
    (root / "acts").mkdir(parents=True, exist_ok=True)
    (root / "handbook").mkdir(parents=True, exist_ok=True)
    act = root / "acts" / "tiny-pao-act.txt"
    act.write_text(ACT, encoding="utf-8")
    handbook = root / "handbook" / "tiny-handbook.txt"
    handbook.write_text(HANDBOOK, encoding="utf-8")
    return [act, handbook]


def ingest_fixture(tmp: Path) -> Settings:
    from kmportal.ingest.pipeline import ingest_paths

    settings = Settings(data_dir=tmp / "data", corpus_dir=tmp / "corpus")
    report = ingest_paths(settings, write_fixture_corpus(tmp / "corpus"))
    assert sorted(report.added) == ["tiny-handbook", "tiny-pao-act"], report
    return settings


@pytest.fixture(scope="module")
def real_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from kmportal.web.app import create_app

    settings = ingest_fixture(tmp_path_factory.mktemp("web-real"))
    with TestClient(create_app(settings)) as client:
        yield client


def test_real_search_finds_the_water_supply_section_first_with_its_citation(
    real_client: TestClient,
) -> None:
    r = real_client.get(
        "/search", params={"q": "อบจ. ทำประปาได้ไหม"}, headers={"HX-Request": "true"}
    )
    assert r.status_code == 200 and "<html" not in r.text
    first = re.search(r'<a class="citation" href="([^"]+)"[^>]*>([^<]+)<span', r.text)
    assert first is not None
    assert first.group(1) == "/docs/tiny-pao-act?hl=s46#s46"
    assert first.group(2) == "มาตรา 46"
    assert "<mark>" in r.text


def test_real_api_search_answers_the_service_response_dict(real_client: TestClient) -> None:
    from kmportal.search.service import SearchService

    body = real_client.get("/api/search", params={"q": "ประปา", "k": 3}).json()
    assert set(body) == {"query", "truncated", "citation", "notes", "results"}
    assert body["results"][0]["doc"] == "tiny-pao-act"
    service = real_client.app.state.holder.get()  # type: ignore[attr-defined]
    assert isinstance(service, SearchService)
    assert body == service.search("ประปา", k=3).to_dict()


def test_real_document_viewer_highlights_the_section_and_shows_related(
    real_client: TestClient,
) -> None:
    r = real_client.get("/docs/tiny-pao-act", params={"hl": "s45"})
    assert r.status_code == 200
    assert '<section id="s45" class="sec sec--hl"' in r.text
    assert '<aside class="footnotes"><p class="footnote" id="fn-1">' in r.text
    related = r.text[r.text.index('class="related"') :]
    assert re.search(r'<a href="/docs/tiny-handbook\?hl=p\d+#p\d+">', related)


def test_real_handbook_links_the_law_reference_to_the_act_section(real_client: TestClient) -> None:
    index = real_client.get("/handbook").text
    chapters = re.findall(r'href="(/handbook/tiny-handbook/p\d+)"', index)
    assert len(chapters) >= 2
    pages = [real_client.get(url).text for url in chapters]
    assert any('<a class="lawref" href="/docs/tiny-pao-act?hl=s45#s45"' in p for p in pages), (
        "มาตรา 45 (8) in the handbook should link to the Act"
    )
    assert any('<abbr title="องค์กรปกครองส่วนท้องถิ่น' in p for p in pages)


def test_real_document_list_and_api_agree_on_the_documents(real_client: TestClient) -> None:
    api = {d["id"]: d for d in real_client.get("/api/docs").json()}
    assert set(api) == {"tiny-pao-act", "tiny-handbook"}
    page = real_client.get("/docs").text
    assert "พ.ศ. 25" in page and f'<td class="num">{api["tiny-pao-act"]["n_sections"]}</td>' in page
    sec = real_client.get("/api/docs/tiny-pao-act/sections/s46").json()
    assert "ประปา" in sec["text"]


def test_real_empty_data_dir_serves_the_empty_state(tmp_path: Path) -> None:
    from kmportal.web.app import create_app

    settings = Settings(data_dir=tmp_path / "empty")
    with TestClient(create_app(settings)) as client:
        assert client.get("/healthz").json()["status"] == "ok"
        r = client.get("/")
        assert r.status_code == 200 and "ยังไม่มีเอกสารในระบบ" in r.text
