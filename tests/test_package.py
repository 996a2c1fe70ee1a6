"""newscorpus as an installed package: a wheel built from this checkout, installed into a fresh
venv, crawls the fixture site from a project that only names the add-on; scrapyd's way of
running it (the ``scrapy`` settings entry point) finds the spider; bundled data loads from a
zip archive. Offline: the venv gets the dependencies of this checkout's .venv through a .pth
file, the wheel is installed with ``--no-deps --no-index``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_crawl_seeds import seed_bodies

ADDON_ONLY_SETTINGS = 'ADDONS = {"newscorpus.crawl.addon.NewsCorpus": 0}\n'


def run(command: list[str | Path], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with a clean environment (no PYTHONPATH leaking the checkout in)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SCRAPY"))}
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the checkout's sources (no build files left in it)."""
    work = tmp_path_factory.mktemp("build")
    source = work / "src"
    shutil.copytree(
        REPO / "newscorpus", source / "newscorpus", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in ("pyproject.toml", "README.md", "setup.py"):
        shutil.copy(REPO / name, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    run(
        [
            *pip,
            "wheel",
            "--no-deps",
            "--no-index",
            "--no-build-isolation",
            "-q",
            "-w",
            work,
            source,
        ],
        work,
    )
    (built,) = work.glob("newscorpus-*.whl")
    return built


@pytest.fixture(scope="module")
def egg(wheel) -> Path:
    """An egg built as ``scrapyd-deploy`` builds one: ``setup.py clean -a bdist_egg`` in the
    project folder (scrapyd-client's ``bdist_uberegg`` is ``bdist_egg`` plus dependencies)."""
    source, out = wheel.parent / "src", wheel.parent / "eggs"
    run([sys.executable, "setup.py", "-q", "clean", "-a", "bdist_egg", "-d", out], source)
    (built,) = out.glob("newscorpus-*.egg")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; the dependencies come from this .venv."""
    root = tmp_path_factory.mktemp("venv") / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", root], root.parent)
    python = root / "bin" / "python"
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], root)
    (Path(purelib.stdout.strip()) / "newscorpus_test_deps.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", "utf-8"
    )
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--python", python]
    run([*pip, "install", "--no-deps", "--no-index", "-q", wheel], root)
    return root


def test_the_wheel_holds_one_package_and_its_data(wheel) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert {name.split("/")[0] for name in names} == {
        "newscorpus",
        wheel.name.split("-py3")[0] + ".dist-info",
    }
    assert "newscorpus/extract/profiles.toml" in names
    assert "newscorpus/extract/pagetype.json" in names  # the page-type model
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[scrapy]\nsettings = newscorpus.crawl.project" in text


def test_installed_package_imports_from_the_venv_with_its_profiles(venv) -> None:
    code = (
        "import newscorpus, sys; from newscorpus.extract.profiles import SiteProfiles; "
        "from newscorpus.extract.pagetype import bundled_model; assert bundled_model(); "
        "print(newscorpus.__file__); print(len(SiteProfiles.bundled()))"
    )
    out = run([venv / "bin" / "python", "-c", code], venv).stdout.split()
    assert out[0].startswith(str(venv)), out
    assert int(out[1]) >= 4


def test_bundled_profiles_load_from_a_zip_archive(wheel, venv) -> None:
    """A zipped egg (scrapyd) has no files on disk: the data must load through the importer."""
    code = (
        "import newscorpus; from newscorpus.extract.profiles import SiteProfiles; "
        "print(newscorpus.__file__); print(len(SiteProfiles.bundled()))"
    )
    out = run([venv / "bin" / "python", "-c", code], venv, PYTHONPATH=str(wheel)).stdout.split()
    assert out[0].startswith(str(wheel)), out
    assert int(out[1]) >= 4


def test_scrapyd_settings_entry_point_finds_the_spider(venv, tmp_path) -> None:
    """scrapyd sets SCRAPY_SETTINGS_MODULE from the egg's ``scrapy: settings`` entry point."""
    code = (
        "from importlib.metadata import entry_points; "
        "print(entry_points(group='scrapy')['settings'].value)"
    )
    module = run([venv / "bin" / "python", "-c", code], tmp_path).stdout.strip()
    assert module == "newscorpus.crawl.project"
    listed = run(
        [venv / "bin" / "python", "-m", "scrapy", "list"], tmp_path, SCRAPY_SETTINGS_MODULE=module
    )
    assert listed.stdout.split() == ["news"]


def test_a_project_naming_only_the_addon_crawls_the_fixture_site(
    venv, seed_server, tmp_path
) -> None:
    project = tmp_path / "myproject"
    project.mkdir()
    (project / "scrapy.cfg").write_text("[settings]\ndefault = mysettings\n", "utf-8")
    (project / "mysettings.py").write_text(ADDON_ONLY_SETTINGS, "utf-8")
    out = tmp_path / "corpus.jsonl"
    crawl = [
        venv / "bin" / "python", "-m", "scrapy", "crawl", "news",
        "-a", f"urls={seed_server.base_url}/",
        "-s", f"NEWSCORPUS_STATE_DIR={tmp_path / 'state'}",
        "-O", out,
    ]  # fmt: skip
    result = run(crawl, project)
    assert "newscorpus summary:" in result.stderr
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert sorted(r["text"].encode() for r in records) == sorted(set(seed_bodies()))


def test_the_egg_scrapyd_deploy_builds_holds_the_package_its_data_and_settings(egg) -> None:
    names = zipfile.ZipFile(egg).namelist()
    assert {name.split("/")[0] for name in names} == {"newscorpus", "EGG-INFO"}
    assert {"newscorpus/extract/profiles.toml", "newscorpus/extract/pagetype.json"} <= set(names)
    text = zipfile.ZipFile(egg).read("EGG-INFO/entry_points.txt").decode()
    assert "[scrapy]\nsettings = newscorpus.crawl.project" in text


def test_scrapyd_runs_the_spider_from_the_egg_alone(egg, venv, tmp_path) -> None:
    """What scrapyd's runner does: put the egg first on sys.path, take the settings module
    from the egg's ``scrapy`` entry point, and run Scrapy; the package and its data come from
    inside the zip."""
    code = (
        "import sys; from importlib.metadata import distributions; "
        f"(dist,) = distributions(path=[{str(egg)!r}]); "
        "print(dist.entry_points.select(group='scrapy')['settings'].value); "
        "import newscorpus; from newscorpus.extract.profiles import SiteProfiles; "
        "from newscorpus.extract.pagetype import bundled_model; assert bundled_model(); "
        "print(newscorpus.__file__); print(len(SiteProfiles.bundled()))"
    )
    python = venv / "bin" / "python"
    found = run([python, "-c", code], tmp_path, PYTHONPATH=str(egg)).stdout
    module, where, profiles = found.split()
    assert module == "newscorpus.crawl.project"
    assert where.startswith(str(egg)) and int(profiles) >= 4
    listed = run(
        [python, "-m", "scrapy", "list"], tmp_path,
        PYTHONPATH=str(egg), SCRAPY_SETTINGS_MODULE=module,
    )  # fmt: skip
    assert listed.stdout.split() == ["news"]
