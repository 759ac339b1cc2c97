"""How many cores a query's embedding may take (kmportal.index.cores)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kmportal.index import cores
from kmportal.index.cores import FreeCores, runnable_others


def write(path: Path, running: str) -> Path:
    path.write_text(f"0.52 0.61 0.70 {running} 18861\n")
    return path


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)


def test_the_caller_is_not_counted_among_the_runnable(tmp_path: Path) -> None:
    assert runnable_others(write(tmp_path / "loadavg", "1/76")) == 0
    assert runnable_others(write(tmp_path / "loadavg", "4/76")) == 3


@pytest.mark.parametrize("text", [None, "", "0.1 0.2", "0.1 0.2 0.3 x/9 1"])
def test_a_kernel_that_does_not_say_leaves_the_configured_team(
    tmp_path: Path, text: str | None
) -> None:
    path = tmp_path / "loadavg"
    if text is not None:
        path.write_text(text)
    assert runnable_others(path) is None
    assert FreeCores(path).threads(2) == 2


def test_a_job_holding_a_core_takes_it_from_the_team_from_its_second_reading(
    tmp_path: Path, two_cores: None
) -> None:
    path = write(tmp_path / "loadavg", "1/76")
    free = FreeCores(path)
    assert free.threads(2) == 2  # a quiet machine: the whole team
    write(path, "2/76")
    assert free.threads(2) == 2  # seen once: a moment's task, not a job
    assert free.threads(2) == 1  # still there
    write(path, "6/76")
    assert free.threads(2) == 1  # never fewer than one
    write(path, "1/76")
    assert free.threads(2) == 2  # gone: the team again
    assert free.threads(1) == 1


def test_a_reading_older_than_remember_is_not_taken_into_account(
    tmp_path: Path, two_cores: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "loadavg", "1/76")
    free = FreeCores(path)
    clock = [100.0]
    monkeypatch.setattr(cores.time, "monotonic", lambda: clock[0])
    free.threads(2)
    write(path, "2/76")
    clock[0] += FreeCores.REMEMBER + 1
    assert free.threads(2) == 1  # after a pause the reading of now alone decides


def test_a_larger_machine_gives_the_team_the_cores_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    path = write(tmp_path / "loadavg", "7/76")
    free = FreeCores(path)
    assert [free.threads(4), free.threads(4)] == [2, 2]
