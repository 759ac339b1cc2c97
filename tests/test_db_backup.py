"""``kmportal backup`` and ``kmportal restore`` (:mod:`kmportal.db.backup`,
:mod:`kmportal.db.restore`): a portal with documents (one uploaded), KM plans,
logs with an evidence file, accounts, sessions, tokens and both audit trails
(and knowledge notes with their attachments, Q&As) comes back row for row and
file for file in an empty directory, its index
rebuilt and its sessions still signed in; a backup taken while a real ingest
runs restores to a consistent snapshot; bad archives and non-empty targets are
refused by name with nothing placed."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest
from click.testing import Result
from fastapi.testclient import TestClient
from helpers.auth import api_token, sign_in
from helpers.knowledge import wait_for
from helpers.thai_corpus import FakeEmbedder, write_corpus
from helpers.web import StubService
from typer.testing import CliRunner

from kmportal.auth.models import Role
from kmportal.cli import app, register_commands
from kmportal.db import prepare_database
from kmportal.db.backup import backup
from kmportal.db.restore import restore
from kmportal.errors import BadInput, Conflict
from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.service import SearchService
from kmportal.settings import Settings
from kmportal.uploads.storage import UploadStore
from kmportal.web.app import create_app

register_commands()
ROOT = Path(__file__).resolve().parents[1]


def cli(settings: Settings, *args: str) -> Result:
    """The command with ``settings``' data directory and upload folder."""
    env = {"KMPORTAL_UPLOAD_DIR": str(settings.upload_dir)} if settings.upload_dir else {}
    return CliRunner().invoke(app, ["--data-dir", str(settings.data_dir), *args], env=env)


def rows(settings: Settings) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(settings.db_path) as con:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        # nosec B608: table names from sqlite_master
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}  # nosec B608


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def fill(settings: Settings, tmp: Path) -> TestClient:
    """Documents (one uploaded through the upload folder), the example KM plan,
    a log with an evidence file, a coordinator signed in (the client returned,
    closed) and an admin's API token."""
    write_corpus(tmp / "corpus")
    ingest_paths(settings, [tmp / "corpus"], embedder=FakeEmbedder())
    store = UploadStore(settings.upload_path)
    incoming = store.new_incoming(".txt")
    # A text of its own: a copy of a stored document would be refused as a duplicate.
    act = (tmp / "corpus" / "acts" / "dec-act.txt").read_text("utf-8")
    incoming.write_text(act + "\nมาตรา ๙๙ บทเฉพาะกาลของฉบับที่อัปโหลด\n", "utf-8")
    ingest_paths(settings, [store.keep(incoming, doc_id="uploaded-act")], embedder=FakeEmbedder())
    with TestClient(create_app(settings, service=StubService())) as client:  # type: ignore[arg-type]
        sign_in(client, Role.coordinator)
        plan = client.post("/api/km/plans/load-example", json={}).json()["plan_id"]
        indicator = client.get(f"/api/km/plans/{plan}").json()["steps"][0]["activities"][0][
            "indicators"
        ][0]["id"]
        logged = client.post(
            f"/km/indicators/{indicator}/logs",
            data={"date": "2021-03-11", "invited": "5", "attended": "4", "description": "สรุป"},
            files={"evidence_upload": ("minutes.txt", "บันทึกการประชุม".encode(), "text/plain")},
        )
        assert logged.status_code == 200, logged.text
    write_knowledge(settings)
    sign_in(TestClient(create_app(settings, service=StubService())), Role.admin)  # type: ignore[arg-type]
    api_token(settings, "test-admin")
    return client


NOTE_FILE = ("แบบคำขอ.csv", "ชื่อ,จำนวน\nประปา,1\n".encode())


def write_knowledge(settings: Settings) -> None:
    """A published note with an attachment and an accepted Q&A, both indexed
    (real search over the fake embedder, like the documents above)."""
    service = SearchService(settings, prepare_database(settings), embedder=FakeEmbedder())
    with TestClient(create_app(settings, service=service)) as writer:
        sign_in(writer, Role.coordinator, username="knowledge-writer")
        made = writer.post(
            "/api/knowledge/notes",
            json={"title": "สำรองบันทึกความรู้", "body": "บันทึกคืนสภาพครบถ้วน"},
        ).json()
        attached = writer.post(
            f"/api/knowledge/notes/{made['id']}/attachments",
            data={"base_revision": str(made["revision"])},
            files={"attachment": (*NOTE_FILE, "text/csv")},
        )
        assert attached.status_code == 201, attached.text
        revision = writer.get(f"/api/knowledge/notes/{made['id']}").json()["revision"]
        note = writer.post(
            f"/api/knowledge/notes/{made['id']}/submit", json={"base_revision": revision}
        ).json()
        done = writer.post(
            f"/api/knowledge/notes/{note['id']}/publish", json={"version": note["version"]}
        )
        assert done.status_code == 200, done.text
        q = writer.post("/api/knowledge/questions", json={"title": "คำถามสำรองไว้"}).json()
        answer = writer.post(
            f"/api/knowledge/questions/{q['id']}/answers", json={"body": "คำตอบคืนสภาพ"}
        ).json()["answers"][0]
        accepted = writer.post(
            f"/api/knowledge/questions/{q['id']}/accept", json={"answer_id": answer["id"]}
        )
        assert accepted.status_code == 200, accepted.text
        wanted = {f"knowledge-note-{note['id']}", f"knowledge-qa-{q['id']}"}
        wait_for(lambda: wanted <= set(_sources(settings)))


@pytest.mark.parametrize("uploads", ["inside", "outside"])
def test_a_restored_portal_has_every_row_file_and_session_and_its_index_rebuilt(
    tmp_path: Path, uploads: str
) -> None:
    extra = {"upload_dir": tmp_path / "src-uploads"} if uploads == "outside" else {}
    src = Settings(data_dir=tmp_path / "src", **extra)  # type: ignore[arg-type]
    client = fill(src, tmp_path)
    made = cli(src, "backup", "--out", str(tmp_path / "office.tgz"))
    assert made.exit_code == 0, made.output
    assert "7 documents" in made.stdout and "1 KM plans" in made.stdout

    dst = Settings(data_dir=tmp_path / "restored")
    done = cli(dst, "restore", str(tmp_path / "office.tgz"))
    assert done.exit_code == 0, done.output
    assert "index rebuilt" in done.stdout

    before, after = rows(src), rows(dst)
    for table in before:
        if table != "document":
            assert after[table] == before[table], table
    old_paths, new_paths = _sources(src), _sources(dst)
    assert new_paths.keys() == old_paths.keys() and len(new_paths) == 7
    # The uploaded document's file is found in the new upload folder, the knowledge
    # documents in the new data directory; the corpus's stay put.
    assert new_paths.pop("uploaded-act").startswith(f"{dst.upload_path.resolve()}/files/")
    knowledge = sorted(d for d in new_paths if d.startswith("knowledge-"))
    assert knowledge == ["knowledge-note-1", "knowledge-qa-1"]
    for doc in knowledge:
        assert new_paths.pop(doc) == f"{dst.data_dir.resolve()}/knowledge/documents/{doc}.md"
    assert all(new_paths[doc] == old_paths[doc] for doc in new_paths)
    with sqlite3.connect(src.db_path) as a, sqlite3.connect(dst.db_path) as b:
        query = "SELECT * FROM document ORDER BY id"
        strip = [[v for v in row if v not in old_paths.values()] for row in a.execute(query)]
        kept = [[v for v in row if v not in _sources(dst).values()] for row in b.execute(query)]
        assert kept == strip  # every other column as it was
    assert files(dst.upload_path) == files(src.upload_path)
    assert files(dst.data_dir / "km-evidence") == files(src.data_dir / "km-evidence")
    kept = files(dst.data_dir / "knowledge-files")
    assert kept == files(src.data_dir / "knowledge-files") and NOTE_FILE[1] in kept.values()
    assert (dst.index_dir / "CURRENT").is_file()

    service = SearchService.open(dst, embedder=FakeEmbedder())
    top = service.search("มาตรา 45 พ.ร.บ.อบจ.").results[0]
    assert (top.doc, top.section_key) == ("pao-act", "s45")
    assert service.search("บันทึกคืนสภาพครบถ้วน").results[0].doc == "knowledge-note-1"
    assert service.search("คำตอบคืนสภาพ").results[0].doc == "knowledge-qa-1"
    # The coordinator's session came back with the database: still signed in.
    with TestClient(create_app(dst, service=StubService())) as again:  # type: ignore[arg-type]
        again.cookies.update(client.cookies)
        page = again.get("/km", follow_redirects=False)
        assert page.status_code == 200 and "2564" in page.text
        note = again.get("/api/knowledge/notes/1").json()
        assert note["title"] == "สำรองบันทึกความรู้" and note["state"] == "published"
        attachment = again.get(note["attachments"][0]["url"])
        assert attachment.status_code == 200 and attachment.content == NOTE_FILE[1]
        qa = again.get("/knowledge/questions/1")
        assert qa.status_code == 200 and "คำตอบคืนสภาพ" in qa.text


def test_a_backup_taken_during_a_running_ingest_restores_a_consistent_snapshot(
    tmp_path: Path,
) -> None:
    """A real ``kmportal ingest`` in another process commits document after
    document while the backup runs; the restored directory holds exactly the
    backup's counts, every document in it whole (each of its sections with its
    chunks), and the KM plan and account made before."""
    src = Settings(data_dir=tmp_path / "src")
    with TestClient(create_app(src, service=StubService())) as client:  # type: ignore[arg-type]
        sign_in(client, Role.coordinator)
        assert client.post("/api/km/plans/load-example", json={}).status_code == 201
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(1, 31):
        sections = "\n\n".join(
            f"มาตรา {n} องค์การบริหารส่วนจังหวัดที่ {i} มีหน้าที่เรื่องที่ {n} ตามแผนพัฒนาจังหวัด"
            for n in range(1, 4)
        )
        (corpus / f"act-{i:03d}.txt").write_text(
            f"พระราชบัญญัติทดสอบฉบับที่ {i} พ.ศ. ๒๕๖๔\n\n{sections}\n", "utf-8"
        )
    env = {k: v for k, v in os.environ.items() if not k.startswith("KMPORTAL_")}
    command = [sys.executable, "-c", "from kmportal.cli import main; main()"]
    ingest = subprocess.Popen(
        [*command, "--data-dir", str(src.data_dir), "ingest", str(corpus)],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 180
        while _count(src, "document") < 3:
            assert ingest.poll() is None, ingest.stderr.read() if ingest.stderr else ""
            assert time.monotonic() < deadline, "the ingest wrote no documents in 180 s"
            time.sleep(0.1)
        report = backup(src, tmp_path / "during.tgz")
        assert ingest.poll() is None, "the ingest ended before the backup did; use more files"
    finally:
        ingest.terminate()  # the snapshot is what matters; the rest of the ingest is not
        ingest.communicate(timeout=60)

    counts = report.manifest.counts
    assert 3 <= counts["document"] < 30  # taken mid-ingest
    dst = Settings(data_dir=tmp_path / "restored")
    done = cli(dst, "restore", str(tmp_path / "during.tgz"))
    assert done.exit_code == 0, done.output
    for table in ("document", "section", "chunk", "plan", "activity", "indicator", "auth_user"):
        assert _count(dst, table) == counts[table], table
    assert counts["plan"] == 1 and counts["auth_user"] == 1
    with sqlite3.connect(dst.db_path) as con:
        whole = con.execute(
            "SELECT d.id, d.n_sections, count(DISTINCT s.id), count(DISTINCT c.section_id) "
            "FROM document d JOIN section s ON s.doc_id = d.id "
            "LEFT JOIN chunk c ON c.section_id = s.id GROUP BY d.id"
        ).fetchall()
    assert len(whole) == counts["document"]
    assert all(n == sections == chunked for _, n, sections, chunked in whole), whole


def _sources(settings: Settings) -> dict[str, str]:
    with sqlite3.connect(settings.db_path) as con:
        return dict(con.execute("SELECT id, source_path FROM document").fetchall())


def _count(settings: Settings, table: str) -> int:
    if not settings.db_path.exists():
        return 0
    with sqlite3.connect(settings.db_path, timeout=30) as con:
        try:
            # nosec B608: a table name of this test's own
            return int(con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])  # nosec B608
        except sqlite3.OperationalError:  # not created yet
            return 0


# --- bad input --------------------------------------------------------------------


@pytest.fixture
def archive(settings: Settings, tmp_path: Path) -> Path:
    engine = prepare_database(settings)
    engine.dispose()
    (settings.upload_path / "files").mkdir(parents=True)
    (settings.upload_path / "files" / "a.txt").write_text("มาตรา ๑", "utf-8")
    backup(settings, tmp_path / "good.tgz")
    return tmp_path / "good.tgz"


def _nothing_placed(target: Path) -> None:
    assert not target.exists() or list(target.iterdir()) == []
    assert not list(target.parent.glob(".kmportal-restore-*"))


def test_a_truncated_backup_is_refused_and_nothing_is_placed(archive: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.tgz"
    cut.write_bytes(archive.read_bytes()[: archive.stat().st_size * 2 // 3])
    target = Settings(data_dir=tmp_path / "new")
    with pytest.raises(BadInput) as caught:
        restore(target, cut)
    assert "truncated or damaged" in caught.value.message and "cut.tgz" in caught.value.message
    _nothing_placed(target.data_dir)


def _rewrite(archive: Path, out: Path, change: dict[str, object]) -> None:
    """The same archive with its manifest changed (the files as they were)."""
    with tarfile.open(archive) as src, tarfile.open(out, "w:gz") as dst:
        for member in src:
            data = src.extractfile(member).read() if member.isfile() else None  # type: ignore[union-attr]
            if member.name.endswith("manifest.json") and data is not None:
                data = json.dumps({**json.loads(data), **change}).encode()
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data) if data is not None else None)


def test_a_file_that_does_not_match_its_checksum_is_refused(archive: Path, tmp_path: Path) -> None:
    with tarfile.open(archive) as tar:
        manifest = json.loads(tar.extractfile("kmportal-backup/manifest.json").read())  # type: ignore[union-attr]
    files = manifest["files"]
    files["data/uploads/files/a.txt"]["sha256"] = "0" * 64
    _rewrite(archive, tmp_path / "tampered.tgz", {"files": files})
    target = Settings(data_dir=tmp_path / "new")
    with pytest.raises(BadInput) as caught:
        restore(target, tmp_path / "tampered.tgz")
    assert "a.txt does not match its checksum" in caught.value.message
    _nothing_placed(target.data_dir)


def test_a_backup_from_a_newer_release_is_refused(settings: Settings, tmp_path: Path) -> None:
    prepare_database(settings).dispose()
    with sqlite3.connect(settings.db_path) as con:
        con.execute("UPDATE alembic_version SET version_num = 'ffff_next_release'")
    backup(settings, tmp_path / "newer.tgz")
    target = Settings(data_dir=tmp_path / "new")
    res = cli(target, "restore", str(tmp_path / "newer.tgz"))
    assert res.exit_code == 2
    assert "ffff_next_release" in res.stderr and "newer kmportal" in res.stderr
    _nothing_placed(target.data_dir)


def test_restoring_into_a_directory_that_is_not_empty_overwrites_nothing(
    archive: Path, tmp_path: Path
) -> None:
    target = Settings(data_dir=tmp_path / "busy")
    target.data_dir.mkdir()
    (target.data_dir / "kmportal.db").write_bytes(b"someone's data")
    with pytest.raises(Conflict) as caught:
        restore(target, archive)
    assert "busy" in caught.value.message and "kmportal.db" in caught.value.message
    assert [p.name for p in target.data_dir.iterdir()] == ["kmportal.db"]
    assert (target.data_dir / "kmportal.db").read_bytes() == b"someone's data"


def test_a_file_that_is_no_backup_is_refused_by_name(tmp_path: Path) -> None:
    junk = tmp_path / "notes.tgz"
    junk.write_text("not an archive")
    target = Settings(data_dir=tmp_path / "new")
    res = cli(target, "restore", str(junk))
    assert res.exit_code == 2 and "not a kmportal backup" in res.stderr
    missing = cli(target, "restore", str(tmp_path / "nowhere.tgz"))
    assert missing.exit_code == 3 and "no backup file" in missing.stderr
    _nothing_placed(target.data_dir)


def test_backup_never_overwrites_a_file_nor_writes_into_the_data_directory(
    archive: Path, settings: Settings
) -> None:
    before = archive.read_bytes()
    res = cli(settings, "backup", "--out", str(archive))
    assert res.exit_code == 4 and "not overwritten" in res.stderr
    assert archive.read_bytes() == before
    inside = cli(settings, "backup", "--out", str(settings.data_dir / "b.tgz"))
    assert inside.exit_code == 4 and "outside the data directory" in inside.stderr
