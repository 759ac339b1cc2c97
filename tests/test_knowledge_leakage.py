"""Unpublished text never leaks: 100 random drafts, submitted and returned notes
(and a revision of a published note) each carry a unique marker word; for a
signed-in viewer who is not their author, no marker appears in any search (page,
fragment, API, any kind filter), any related-sections list, any API answer or
any page — while a published marker does, so the probes can see what they look
for."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers.knowledge import (
    KnowledgePortal,
    build,
    note,
    published,
    results_mention,
    review,
    submit,
    wait_for,
)

from kmportal.auth.models import Role

N_NOTES = 100


def _marker(rng: random.Random) -> str:
    return "ลับ" + "".join(rng.choice("กขคงจฉชซญดตถทนบปผพฟมยรลวสหอฮ") for _ in range(8))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    portal = build(tmp_path_factory.mktemp("leakage"))
    rng = random.Random(13)
    author = portal.client(Role.viewer, "author")
    coordinator = portal.client(Role.coordinator, "reviewer")
    hidden: list[str] = []
    ids: list[int] = []
    for i in range(N_NOTES):
        word = _marker(rng)
        hidden.append(word)
        kind = i % 3
        title = f"ร่าง {word}" if i % 2 else "บันทึกร่าง"
        n = note(author, title, f"# {word}\n\nเนื้อหา {word} ประปา", tags=[word[:20]])
        ids.append(n["id"])
        if kind >= 1:
            submit(author, n["id"])
        if kind == 2:
            review(coordinator, n["id"], "return", 1, f"แก้ {word}")
    public_word = _marker(rng)
    shown = published(author, coordinator, f"เผยแพร่ {public_word}", f"เนื้อหา {public_word}")
    revision_word = _marker(rng)
    author.put(
        f"/api/knowledge/notes/{shown['id']}",
        json={
            "title": "แก้ใหม่",
            "body": f"ฉบับแก้ {revision_word}",
            "base_revision": shown["revision"],
        },
    )
    hidden.append(revision_word)
    viewer = portal.client(Role.viewer, "colleague")
    wait_for(lambda: results_mention(viewer, public_word, public_word))
    return {
        "portal": portal,
        "viewer": viewer,
        "hidden": hidden,
        "ids": ids,
        "public": public_word,
        "shown_id": shown["id"],
    }


def _leaks(text: str, hidden: list[str]) -> list[str]:
    return [w for w in hidden if w in text]


def test_the_probe_sees_a_published_marker(world: dict[str, object]) -> None:
    viewer = world["viewer"]
    assert isinstance(viewer, TestClient)
    word = str(world["public"])
    assert word in viewer.get("/knowledge").text
    assert word in viewer.get("/api/search", params={"q": word}).text.replace(
        f'"query":"{word}"', ""
    )


def test_no_marker_in_any_search_for_a_viewer_who_is_not_the_author(
    world: dict[str, object],
) -> None:
    viewer = world["viewer"]
    hidden = world["hidden"]
    assert isinstance(viewer, TestClient) and isinstance(hidden, list)
    leaked: list[str] = []
    for word in hidden:
        for kind in ("", "knowledge"):
            r = viewer.get("/api/search", params={"q": word, "k": 100, "kind": kind})
            hits = r.json()["results"]
            leaked += _leaks(" ".join(str(h) for h in hits), hidden)
        page = viewer.get("/search", params={"q": word})
        leaked += _leaks(
            page.text.replace(f'value="{word}"', "").replace(f"“{word}”", ""),
            [w for w in hidden if w != word],
        )
        fragment = viewer.get(
            "/search", params={"q": f"ประปา {word}"}, headers={"HX-Request": "true"}
        )
        leaked += _leaks(fragment.text, [w for w in hidden if w != word])
    assert leaked == []


def test_no_marker_in_any_page_or_api_answer(world: dict[str, object]) -> None:
    viewer, hidden, ids = world["viewer"], world["hidden"], world["ids"]
    assert isinstance(viewer, TestClient) and isinstance(hidden, list) and isinstance(ids, list)
    shown = world["shown_id"]
    urls = [
        "/knowledge",
        "/knowledge?tag=" + hidden[0][:20],
        "/knowledge/questions",
        "/api/knowledge/notes",
        "/api/knowledge/notes/mine",
        "/api/knowledge/categories",
        "/api/docs",
        "/docs",
        f"/knowledge/notes/{shown}",
        f"/api/knowledge/notes/{shown}",
        f"/api/knowledge/notes/{shown}?version=2",
        f"/knowledge/notes/{shown}/history",
        f"/api/knowledge/notes/{shown}/history",
        f"/api/knowledge/notes/{shown}/diff?old=1&new=2",
        f"/docs/knowledge-note-{shown}",
    ]
    for i in ids:
        urls += [
            f"/knowledge/notes/{i}",
            f"/api/knowledge/notes/{i}",
            f"/knowledge/notes/{i}/history",
            f"/api/knowledge/notes/{i}/diff?old=1&new=1",
            f"/knowledge/notes/{i}/edit",
            f"/docs/knowledge-note-{i}",
        ]
    leaked = []
    for url in urls:
        r = viewer.get(url)
        assert r.status_code in (200, 303, 403, 404), (url, r.status_code)
        if r.status_code != 200:
            assert r.status_code in (403, 404) or "knowledge-note" in url
        echo = f'value="{hidden[0][:20]}"'  # the tag filter shows what was asked for
        leaked += [(url, w) for w in _leaks(r.text.replace(echo, ""), hidden)]
    for i in ids[:5]:
        related = viewer.get("/docs/tiny-pao-act?hl=s45")
        leaked += [("related", w) for w in _leaks(related.text, hidden)]
        assert viewer.get(f"/api/knowledge/notes/{i}").status_code == 404
    assert leaked == []


def test_the_index_holds_no_unpublished_text(world: dict[str, object]) -> None:
    portal = world["portal"]
    hidden = world["hidden"]
    assert isinstance(portal, KnowledgePortal) and isinstance(hidden, list)
    data = Path(portal.settings.data_dir)
    blobs = [p.read_bytes() for p in (data / "index").rglob("*") if p.is_file()]
    blobs += [p.read_bytes() for p in (data / "knowledge").rglob("*") if p.is_file()]
    for word in hidden:
        encoded = word.encode()
        assert not any(encoded in b for b in blobs), word
