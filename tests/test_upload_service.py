"""kmportal.uploads without the web: names, the streaming multipart receiver, the
store, and the runner that checks and ingests uploads in the background."""

from __future__ import annotations

import asyncio
import io
import sys
import time
import zipfile
from collections.abc import AsyncIterator, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from helpers.thai_corpus import FakeEmbedder, GatedEmbedder
from sqlmodel import Session, select

from kmportal.docstore.jobs import JobStatus, UploadJob
from kmportal.docstore.models import Chunk, DocKind
from kmportal.errors import BadInput, TooLarge, UnsupportedFile
from kmportal.index import store
from kmportal.ingest import parse
from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.service import SearchService
from kmportal.settings import Settings
from kmportal.uploads.names import base_name, doc_id_from_name, suffix_of
from kmportal.uploads.receive import ReceivedUpload, receive_upload
from kmportal.uploads.runner import UploadRunner
from kmportal.uploads.storage import UploadStore

pytestmark = pytest.mark.storage

BOUNDARY = "kmportal-test-boundary"
CONTENT_TYPE = f"multipart/form-data; boundary={BOUNDARY}"
KB = 1024
MB = 1024 * KB


def form_head(filename: str, fields: dict[str, str] | None = None) -> bytes:
    out = b""
    for name, value in (fields or {}).items():
        out += (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        ).encode()
    out += (
        f"--{BOUNDARY}\r\n"
        f'Content-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    return out


FORM_TAIL = f"\r\n--{BOUNDARY}--\r\n".encode()


def form(filename: str, content: bytes, fields: dict[str, str] | None = None) -> bytes:
    return form_head(filename, fields) + content + FORM_TAIL


def pieces(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


class CountingStream:
    """An async body that counts what the reader pulled from it."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self.pulled = 0

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._gen()

    async def _gen(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            self.pulled += len(chunk)
            yield chunk


def endless(chunk: bytes, total: int) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        yield chunk
        sent += len(chunk)


def receive(
    stream: CountingStream,
    store: UploadStore,
    *,
    max_bytes: int = 1 * MB,
    content_length: str | None = None,
    content_type: str = CONTENT_TYPE,
) -> ReceivedUpload:
    coro = receive_upload(
        stream,
        content_type=content_type,
        content_length=content_length,
        store=store,
        max_bytes=max_bytes,
    )
    # In a thread of its own: another test's fixture (Playwright's sync API) may
    # keep an event loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def all_files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


# -- names -----------------------------------------------------------------------


def test_a_path_in_the_file_name_is_reduced_to_its_last_part() -> None:
    assert base_name("../../etc/passwd.txt") == "passwd.txt"
    assert base_name("..\\..\\Windows\\evil.md") == "evil.md"
    assert doc_id_from_name("../../etc/passwd.txt") == "passwd"


def test_a_thai_file_name_keeps_its_thai_letters_and_vowel_marks_in_the_id() -> None:
    assert doc_id_from_name("ระเบียบ กระทรวงมหาดไทย ๒๕๖๖.docx") == "ระเบียบ-กระทรวงมหาดไทย-๒๕๖๖"


def test_a_name_of_only_dots_and_symbols_still_gets_a_usable_id() -> None:
    assert doc_id_from_name("...txt") == "document"
    assert doc_id_from_name("<script>.md") == "script"
    assert not doc_id_from_name(".hidden.txt").startswith(".")


def test_only_the_four_readable_suffixes_are_accepted_whatever_their_case() -> None:
    assert suffix_of("Act.PDF") == ".pdf"
    assert suffix_of("notes.md") == ".md"
    assert suffix_of("virus.exe") is None
    assert suffix_of("archive.pdf.exe") is None
    assert suffix_of("noextension") is None


# -- receiving --------------------------------------------------------------------


def test_the_receiver_streams_the_file_part_to_a_generated_name_and_keeps_the_fields(
    tmp_path: Path,
) -> None:
    store = UploadStore(tmp_path / "uploads")
    content = "ประกาศ องค์การบริหารส่วนจังหวัด\n".encode() * 2000
    body = form("ประกาศ.txt", content, {"kind": "news"})
    got = receive(CountingStream(pieces(body, 7 * KB)), store)
    assert got.path.read_bytes() == content
    assert got.path.parent == store.incoming and got.path.suffix == ".txt"
    assert got.path.stem != "ประกาศ" and len(got.path.stem) == 32  # a uuid, not the name
    assert got.original_name == "ประกาศ.txt"
    assert got.fields == {"kind": "news"} and got.size == len(content)


def test_a_body_past_the_limit_is_refused_before_most_of_it_is_read(tmp_path: Path) -> None:
    store = UploadStore(tmp_path / "uploads")
    total = 200 * MB
    chunks = [form_head("big.txt"), *endless(b"a" * (64 * KB), total)]
    stream = CountingStream(chunks)
    with pytest.raises(TooLarge) as err:
        receive(stream, store, max_bytes=1 * MB)
    assert "1 MB" in err.value.message and "ใหญ่เกิน" in err.value.message
    assert stream.pulled < 2 * MB, stream.pulled
    assert all_files(tmp_path) == set()  # the partial file is gone


def test_a_declared_length_past_the_limit_is_refused_without_reading(tmp_path: Path) -> None:
    stream = CountingStream([form("a.txt", b"x")])
    with pytest.raises(TooLarge):
        receive(stream, UploadStore(tmp_path / "u"), content_length=str(2 * MB))
    assert stream.pulled == 0


def test_a_wrong_suffix_is_refused_when_its_part_header_arrives(tmp_path: Path) -> None:
    chunks = [form_head("setup.exe"), *endless(b"MZ" + b"\0" * 65534, 50 * MB)]
    stream = CountingStream(chunks)
    with pytest.raises(UnsupportedFile) as err:
        receive(stream, UploadStore(tmp_path / "u"), max_bytes=100 * MB)
    assert ".exe" in err.value.message and "PDF, DOCX, TXT" in err.value.message
    assert stream.pulled <= 64 * KB + 1024


def test_a_traversing_file_name_is_written_only_inside_the_incoming_folder(
    tmp_path: Path,
) -> None:
    root = tmp_path / "a" / "b" / "uploads"
    store = UploadStore(root)
    got = receive(CountingStream([form("../../../../passwd.txt", b"root:x:0:0\n")]), store)
    assert got.path.resolve().is_relative_to(root.resolve())
    assert all_files(tmp_path) == {got.path}
    assert got.original_name == "../../../../passwd.txt"


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b"kind=act", "application/x-www-form-urlencoded", "multipart/form-data"),
        (form("a.txt", b"x")[:-10], CONTENT_TYPE, "incomplete or malformed"),
        (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nact\r\n'
            f"--{BOUNDARY}--\r\n".encode(),
            CONTENT_TYPE,
            "no file",
        ),
        (form("empty.txt", b""), CONTENT_TYPE, "empty"),
    ],
    ids=["not-multipart", "cut-off", "no-file", "empty-file"],
)
def test_a_malformed_or_empty_upload_is_refused_with_a_clear_message(
    tmp_path: Path, body: bytes, content_type: str, expected: str
) -> None:
    with pytest.raises(BadInput) as err:
        receive(CountingStream([body]), UploadStore(tmp_path / "u"), content_type=content_type)
    assert expected in err.value.message
    assert all_files(tmp_path) == set()


def test_a_second_file_part_is_refused(tmp_path: Path) -> None:
    body = form("a.txt", b"one")[: -len(FORM_TAIL)] + b"\r\n" + form("b.txt", b"two")
    with pytest.raises(BadInput, match="only one file"):
        receive(CountingStream([body]), UploadStore(tmp_path / "u"))
    assert all_files(tmp_path) == set()


# -- the runner ---------------------------------------------------------------------

OLD_TEXT = "คู่มือการประชุมสภา\n\nการประชุมสภาองค์การบริหารส่วนจังหวัด zorblax ครั้งแรก\n"
NEW_TEXT = "คู่มือการประชุมสภา\n\nการประชุมสภาองค์การบริหารส่วนจังหวัด quendril ฉบับปรับปรุง\n"


@pytest.fixture
def embedder() -> GatedEmbedder:
    return GatedEmbedder()


@pytest.fixture
def service(settings: Settings, embedder: GatedEmbedder) -> SearchService:
    base = settings.corpus_dir / "handbook" / "base-handbook.txt"
    base.parent.mkdir(parents=True)
    base.write_text("คู่มือการจัดทำแผนพัฒนาท้องถิ่น\n\nการจัดทำแผนพัฒนาท้องถิ่นสี่ปี\n", "utf-8")
    ingest_paths(settings, [base], embedder=embedder)
    return SearchService.open(settings, embedder=embedder)


@pytest.fixture
def runner(settings: Settings, service: SearchService) -> Iterator[UploadRunner]:
    r = UploadRunner(settings=settings, engine=service.engine, service=service)
    yield r
    r.close()


def stage(runner: UploadRunner, name: str, content: bytes) -> ReceivedUpload:
    body = form(name, content)
    return receive(CountingStream([body]), runner.store, max_bytes=runner.settings.upload_max_bytes)


def wait_job(runner: UploadRunner, job_id: str, timeout: float = 10.0) -> UploadJob:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = runner.job(job_id)
        if job.finished:
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} still {runner.job(job_id).status}")


def submit(
    runner: UploadRunner,
    name: str,
    content: bytes,
    *,
    doc_id: str | None = None,
    replace: bool = False,
    kind: DocKind | None = None,
) -> UploadJob:
    got = stage(runner, name, content)
    job, _future = runner.submit_upload(
        got, doc_id=doc_id or doc_id_from_name(name), kind=kind, replace=replace, actor="t"
    )
    return job


def hits(service: SearchService, query: str) -> list[str]:
    return [h.doc for h in service.search(query, k=20).results]


def chunk_texts(service: SearchService, doc_id: str) -> list[str]:
    with Session(service.engine) as session:
        return list(session.exec(select(Chunk.tokens).where(Chunk.doc_id == doc_id)))


def index_vocab(settings: Settings) -> set[str]:
    loaded = store.load(settings.index_dir)
    return set(loaded.words.vocab)


def test_an_uploaded_thai_text_is_ingested_in_the_background_and_becomes_searchable(
    runner: UploadRunner, service: SearchService, embedder: GatedEmbedder
) -> None:
    assert "meeting-guide" not in hits(service, "zorblax")
    job = wait_job(runner, submit(runner, "meeting-guide.txt", OLD_TEXT.encode()).id)
    assert job.status == JobStatus.done, job.message
    assert "meeting-guide" in job.message and job.files_done == job.files_total == 1
    assert job.chunks_done >= 1
    assert hits(service, "zorblax")[0] == "meeting-guide"
    stored = runner.store.root / job.stored_path
    assert stored.parent.parent == runner.store.files and stored.name == "meeting-guide.txt"
    assert service.docs["meeting-guide"].kind == DocKind.handbook


def test_searches_during_an_ingest_answer_from_the_previous_index(
    runner: UploadRunner, service: SearchService, embedder: GatedEmbedder
) -> None:
    before = hits(service, "แผนพัฒนาท้องถิ่น")
    embedder.waiting.clear()
    embedder.gate.clear()
    job = submit(runner, "meeting-guide.txt", OLD_TEXT.encode())
    assert embedder.waiting.wait(5)
    assert runner.job(job.id).status == JobStatus.running
    # Never an error, never less than before; words first: the new document may
    # already be found by its words while its vectors are being made.
    assert before == ["base-handbook"]
    assert set(before) <= set(hits(service, "แผนพัฒนาท้องถิ่น"))
    assert set(hits(service, "zorblax")) <= {"base-handbook", "meeting-guide"}
    embedder.gate.set()
    assert wait_job(runner, job.id).status == JobStatus.done
    assert hits(service, "zorblax")[0] == "meeting-guide"


def test_a_replacement_leaves_no_chunk_of_the_old_version_in_any_index(
    runner: UploadRunner, service: SearchService, settings: Settings
) -> None:
    first = wait_job(runner, submit(runner, "meeting-guide.txt", OLD_TEXT.encode()).id)
    assert "zorblax" in index_vocab(settings)
    job = submit(runner, "new.txt", NEW_TEXT.encode(), doc_id="meeting-guide", replace=True)
    assert wait_job(runner, job.id).status == JobStatus.done, runner.job(job.id).message
    assert not any("zorblax" in h.text for h in service.search("zorblax", k=20).results)
    assert hits(service, "quendril")[0] == "meeting-guide"
    assert not any("zorblax" in t for t in chunk_texts(service, "meeting-guide"))
    assert "zorblax" not in index_vocab(settings) and "quendril" in index_vocab(settings)
    engine = service.engine
    assert store.check(engine, settings.index_dir, embedder=FakeEmbedder.name) == []
    assert not (runner.store.root / first.stored_path).exists()  # the old file is gone too


def test_replacing_with_the_same_content_changes_nothing_and_keeps_one_stored_file(
    runner: UploadRunner, service: SearchService
) -> None:
    wait_job(runner, submit(runner, "meeting-guide.txt", OLD_TEXT.encode()).id)
    job = submit(runner, "copy.txt", OLD_TEXT.encode(), doc_id="meeting-guide", replace=True)
    done = wait_job(runner, job.id)
    assert done.status == JobStatus.done and "nothing changed" in done.message
    kept = [p for p in runner.store.files.rglob("*") if p.is_file()]
    assert kept == [runner.store.root / done.stored_path]
    from kmportal.uploads.documents import source_path

    assert source_path(service.engine, "meeting-guide") == str(kept[0])


def test_an_upload_under_an_existing_id_is_refused_and_keeps_the_current_version(
    runner: UploadRunner, service: SearchService
) -> None:
    wait_job(runner, submit(runner, "meeting-guide.txt", OLD_TEXT.encode()).id)
    job = wait_job(runner, submit(runner, "meeting-guide.txt", NEW_TEXT.encode()).id)
    assert job.status == JobStatus.failed and "already exists" in job.message
    assert hits(service, "zorblax")[0] == "meeting-guide"
    assert len(list(runner.store.files.iterdir())) == 1


def test_an_upload_with_the_text_of_a_stored_document_is_refused_as_a_duplicate(
    runner: UploadRunner, service: SearchService
) -> None:
    wait_job(runner, submit(runner, "meeting-guide.txt", OLD_TEXT.encode()).id)
    job = wait_job(runner, submit(runner, "again.txt", OLD_TEXT.encode()).id)
    assert job.status == JobStatus.failed and "meeting-guide" in job.message
    assert "again" not in service.docs
    assert len(list(runner.store.files.iterdir())) == 1


def test_a_removal_leaves_no_chunk_in_any_index_and_deletes_the_stored_file(
    runner: UploadRunner, service: SearchService, settings: Settings
) -> None:
    first = wait_job(runner, submit(runner, "meeting-guide.txt", OLD_TEXT.encode()).id)
    job = wait_job(runner, runner.submit_remove(doc_id="meeting-guide", actor="t").id)
    assert job.status == JobStatus.done and "removed" in job.message
    assert "meeting-guide" not in service.docs
    assert hits(service, "zorblax") in ([], ["base-handbook"])
    assert chunk_texts(service, "meeting-guide") == []
    assert "zorblax" not in index_vocab(settings)
    assert not (runner.store.root / first.stored_path).exists()
    assert hits(service, "แผนพัฒนาท้องถิ่น") == ["base-handbook"]


def test_removing_a_corpus_document_never_deletes_its_file_outside_the_upload_folder(
    runner: UploadRunner, service: SearchService, settings: Settings
) -> None:
    job = wait_job(runner, runner.submit_remove(doc_id="base-handbook", actor="t").id)
    assert job.status == JobStatus.done
    assert (settings.corpus_dir / "handbook" / "base-handbook.txt").exists()


def test_replacing_a_corpus_document_stores_the_new_version_under_the_upload_folder(
    runner: UploadRunner, service: SearchService, settings: Settings
) -> None:
    job = submit(runner, "x.md", NEW_TEXT.encode(), doc_id="base-handbook", replace=True)
    assert wait_job(runner, job.id).status == JobStatus.done, runner.job(job.id).message
    assert hits(service, "quendril")[0] == "base-handbook"
    assert (settings.corpus_dir / "handbook" / "base-handbook.txt").exists()
    assert runner.store.owns(service.docs["base-handbook"].source_path)


def docx_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
        with zf.open("word/media/padding.bin", "w") as entry:
            block = bytes(MB)
            for _ in range(210):
                entry.write(block)
    return buf.getvalue()


EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(100)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("report.pdf", EXECUTABLE + b"This program cannot be run in DOS mode", "Windows program"),
        ("tool.pdf", b"\x7fELF\x02\x01\x01" + bytes(200), "Linux program"),
        ("notes.txt", b"\x7fELF\x02\x01\x01" + bytes(200), "Linux program"),
        ("bomb.docx", None, "zip bomb"),
        ("letter.docx", b"%PDF-1.4\n1 0 obj\n", "rename it to .pdf"),
    ],
    ids=["exe-as-pdf", "elf-as-pdf", "elf-as-txt", "docx-zip-bomb", "pdf-as-docx"],
)
def test_content_that_does_not_match_its_name_is_refused_quickly_and_not_kept(
    runner: UploadRunner,
    name: str,
    content: bytes | None,
    expected: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Quickly" means before any reader runs: a PDF reader that would hang until
    # the check's time limit shows it, where a bound of a few seconds on the whole
    # submission measured the disk too (a 5 s fsync stall once failed it).
    hang = [sys.executable, "-c", "import time; time.sleep(60)"]
    monkeypatch.setattr(parse, "_pdf_command", lambda _path: hang)
    runner.settings.upload_check_seconds = 30.0
    data = docx_bomb() if content is None else content
    got = stage(runner, name, data)
    t0 = time.monotonic()
    _job, future = runner.submit_upload(got, doc_id="x", kind=None, replace=False, actor="t")
    outcome = future.result(timeout=30)
    assert time.monotonic() - t0 < 15
    assert outcome.refused is not None and outcome.job.status == JobStatus.failed
    assert expected in outcome.refused.message and name in outcome.refused.message
    assert got.path.name not in outcome.refused.message  # our generated name is not shown
    assert "ถูกปฏิเสธ" in outcome.refused.message
    assert all_files(runner.store.root) == set()


def test_a_pdf_that_hangs_its_reader_is_stopped_at_the_check_time_limit(
    runner: UploadRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    hang = [sys.executable, "-c", "import time; time.sleep(60)"]
    monkeypatch.setattr(parse, "_pdf_command", lambda _path: hang)
    runner.settings.upload_check_seconds = 1.0
    got = stage(runner, "loop.pdf", b"%PDF-1.7\n" + bytes(1000))
    t0 = time.monotonic()
    _job, future = runner.submit_upload(got, doc_id="loop", kind=None, replace=False, actor="t")
    outcome = future.result(timeout=5)
    assert 0.9 < time.monotonic() - t0 < 5
    assert outcome.refused is not None and "longer than 1 s" in outcome.refused.message
    assert all_files(runner.store.root) == set()


def test_at_startup_unfinished_jobs_are_marked_failed_and_half_received_files_deleted(
    runner: UploadRunner, settings: Settings, service: SearchService
) -> None:
    from kmportal.docstore.jobs import JobAction
    from kmportal.uploads.jobs import create_job, update_job
    from kmportal.uploads.runner import recover

    stale = create_job(
        service.engine, action=JobAction.upload, doc_id="x", actor="t", status=JobStatus.running
    )
    update_job(service.engine, stale.id, instance=None)  # left by a run before this one
    finished = create_job(
        service.engine, action=JobAction.upload, doc_id="y", actor="t", status=JobStatus.done
    )
    half = stage(runner, "half.txt", b"partial")
    assert recover(settings, service.engine) == 1
    job = runner.job(stale.id)
    assert job.status == JobStatus.failed and "restart" in job.message
    assert runner.job(finished.id).status == JobStatus.done
    assert not half.path.exists()


def test_a_kind_given_with_the_upload_overrides_the_detected_kind(
    runner: UploadRunner, service: SearchService
) -> None:
    job = submit(runner, "notice.txt", OLD_TEXT.encode(), kind=DocKind.news)
    assert wait_job(runner, job.id).status == JobStatus.done
    assert service.docs["notice"].kind == DocKind.news
    assert np.isfinite(service.search("zorblax").results[0].score)


def test_a_disk_that_fills_during_the_index_build_leaves_a_done_job_and_heals(
    runner: UploadRunner, service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The document committed, then the index build met a full disk: the job is
    done (no "upload again"), says the index is pending, the portal reports the
    index failure, and the next reload rebuilds it with the document."""
    import errno

    real_build = store.build
    failures = [2]  # the pipeline's build and the runner's retry both fail

    def build(*args: object, **kwargs: object) -> object:
        if failures[0]:
            failures[0] -= 1
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "build", build)
    job = wait_job(runner, submit(runner, "meeting-guide.txt", OLD_TEXT.encode()).id)
    assert job.status == JobStatus.done, job.message
    assert "no need to upload again" in job.message and "disk is full" in job.message
    assert runner.index_problem is not None
    assert runner.store.root / job.stored_path in list(runner.store.files.rglob("*.txt"))
    service.reload()  # the disk has room again: the index follows the database
    assert hits(service, "zorblax")[0] == "meeting-guide"
    again = wait_job(runner, submit(runner, "meeting-guide.txt", OLD_TEXT.encode()).id)
    assert again.status == JobStatus.done and "already" in again.message
