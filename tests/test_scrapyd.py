"""newscorpus on scrapyd, as its users deploy it: scrapyd runs on 127.0.0.1, ``scrapyd-deploy``
packs and uploads this project unchanged (a copy of the checkout, so no build files land in
it), ``schedule.json`` starts ``news`` against the fixture site and the job's items file is the
corpus."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import urlopen

import pytest

from tests.conftest import REPO
from tests.test_crawl_seeds import seed_bodies

BIN = Path(sys.executable).parent
PROJECT = "newscorpus"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def api(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict:
    """A scrapyd JSON API call: GET, or POST with form ``data``."""
    body = urlencode(data).encode() if data is not None else None
    with urlopen(f"{base}/{endpoint}", data=body, timeout=30) as response:
        answer = json.loads(response.read())
    assert answer.get("status") == "ok", answer
    return answer


@pytest.fixture
def scrapyd(tmp_path):
    """A scrapyd on a free loopback port with its folders in ``tmp_path``; its base URL."""
    port = free_port()
    home = tmp_path / "scrapyd"
    home.mkdir()
    folders = {name: home / name for name in ("eggs", "logs", "items", "dbs")}
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\nbind_address = 127.0.0.1\n"
        f"http_port = {port}\npoll_interval = 0.5\n"
        + "".join(f"{name}_dir = {path}\n" for name, path in folders.items()),
        "utf-8",
    )
    log = (home / "scrapyd.out").open("w")
    process = subprocess.Popen([BIN / "scrapyd"], cwd=home, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                api(base, "daemonstatus.json")
                break
            except OSError:
                assert process.poll() is None, (home / "scrapyd.out").read_text()
                time.sleep(0.2)
        yield base, folders
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def project_copy(destination: Path, scrapyd_url: str) -> Path:
    """The checkout's project files, with a deploy target for this scrapyd in scrapy.cfg."""
    shutil.copytree(
        REPO / "newscorpus",
        destination / "newscorpus",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    for name in ("pyproject.toml", "README.md", "setup.py", "scrapy.cfg"):
        shutil.copy(REPO / name, destination / name)
    with (destination / "scrapy.cfg").open("a", encoding="utf-8") as cfg:
        cfg.write(f"\n[deploy:local]\nurl = {scrapyd_url}/\nproject = {PROJECT}\n")
    return destination


def test_scrapyd_runs_the_deployed_project_and_the_job_writes_the_corpus(
    scrapyd, seed_server, tmp_path
) -> None:
    base, folders = scrapyd
    project = project_copy(tmp_path / "project", base)
    deploy = subprocess.run(
        [BIN / "scrapyd-deploy", "local", "-p", PROJECT],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    assert api(base, f"listspiders.json?project={PROJECT}")["spiders"] == ["news"]

    state = tmp_path / "state"
    job = api(
        base,
        "schedule.json",
        [
            ("project", PROJECT),
            ("spider", "news"),
            ("urls", seed_server.base_url + "/"),
            ("setting", f"NEWSCORPUS_STATE_DIR={state}"),
        ],
    )["jobid"]
    for _ in range(600):
        jobs = api(base, f"listjobs.json?project={PROJECT}")
        if any(j["id"] == job for j in jobs["finished"]):
            break
        time.sleep(0.5)
    else:
        pytest.fail("the scrapyd job did not finish")
    log = (folders["logs"] / PROJECT / "news" / f"{job}.log").read_text("utf-8")
    assert "Spider closed (finished)" in log, log[-3000:]
    items = folders["items"] / PROJECT / "news" / f"{job}.jl"
    records = [json.loads(line) for line in items.read_text("utf-8").splitlines()]
    assert sorted(r["text"].encode() for r in records) == sorted(set(seed_bodies()))
    assert state.is_dir()
