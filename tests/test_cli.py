"""The command line: ``newsreader extract``, ``--version``, ``--help`` and the GUI hand-off."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from newsreader import __version__
from newsreader.cli import main

SEED = "000_a3f28121737e2d7d.txt"


def _json(capsys: pytest.CaptureFixture[str]) -> tuple[dict[str, list[dict[str, object]]], str]:
    captured = capsys.readouterr()
    return json.loads(captured.out), captured.err


def test_extract_json_of_a_file(capsys: pytest.CaptureFixture[str], seeds_dir: Path) -> None:
    path = seeds_dir / SEED
    assert main(["extract", "--json", str(path)]) == 0
    data, err = _json(capsys)
    assert err == ""
    [article] = data["articles"]
    assert article["path"] == str(path)
    assert article["title"] == (
        "Biden and Putin diplomacy about the Russian and Ukraine conflict not likely to happen soon"
    )
    assert article["date"] == "2024-06-18"
    assert article["section"] == "The Legal System"
    text = path.read_text(encoding="utf-8-sig")
    names = {speaker["name"] for speaker in article["speakers"]}  # type: ignore[index]
    for quote in article["quotes"]:  # type: ignore[attr-defined]
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["speaker"] is None or quote["speaker"] in names


def test_extract_json_of_a_folder_is_recursive_and_sorted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seeds_dir: Path
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_bytes((seeds_dir / SEED).read_bytes())
    (tmp_path / "a.md").write_text("# Markdown story\n\nBody.\n", encoding="utf-8")
    assert main(["extract", "--json", str(tmp_path)]) == 0
    data, _ = _json(capsys)
    assert [Path(str(a["path"])).name for a in data["articles"]] == ["a.md", "b.txt"]


def test_several_arguments_are_read_in_order(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path
) -> None:
    files = [seeds_dir / "110_nasa-x59-milestone.txt", seeds_dir / SEED]
    assert main(["extract", "--json", *map(str, files)]) == 0
    data, _ = _json(capsys)
    assert [a["path"] for a in data["articles"]] == [str(f) for f in files]


def test_a_bad_file_is_named_the_rest_still_printed_and_the_status_is_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seeds_dir: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Caf\u00e9".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing"
    status = main(["extract", "--json", str(bad), str(seeds_dir / SEED), str(empty), str(missing)])
    assert status == 1
    data, err = _json(capsys)
    assert [Path(str(a["path"])).name for a in data["articles"]] == [SEED]
    assert err.splitlines() == [
        f"newsreader: {missing}: not found",
        f"newsreader: {bad}: not UTF-8 text (byte 0xe9 at offset 3)",
        f"newsreader: {empty}: empty file",
    ]


def test_summary_names_title_date_section_and_speakers(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path
) -> None:
    assert main(["extract", str(seeds_dir / SEED)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == str(seeds_dir / SEED)
    assert lines[1].strip().startswith("Biden and Putin diplomacy")
    assert lines[2].strip() == "2024-06-18 · The Legal System"
    assert "quote" in lines[3]


def test_summary_of_a_whole_folder(capsys: pytest.CaptureFixture[str], seeds_dir: Path) -> None:
    assert main(["extract", str(seeds_dir)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n\n") == 11
    assert "by Sgt. David Turner" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"newsreader {__version__}\n"


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "extract [--json] FILE_OR_FOLDER..." in out


def test_extract_help_and_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["extract", "--help"])
    assert caught.value.code == 0
    assert "--json" in capsys.readouterr().out
    with pytest.raises(SystemExit) as caught:
        main(["extract"])
    assert caught.value.code == 2
    assert "FILE_OR_FOLDER" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [[], ["some/folder"], ["--smoke-test"]])
def test_the_gui_is_started_with_the_arguments(
    monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    seen: list[list[str]] = []
    fake = types.ModuleType("newsreader.ui.app")
    fake.main = lambda args, **_: seen.append(list(args)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsreader.ui.app", fake)
    assert main(argv) == 0
    assert seen == [argv]


def test_a_gui_that_cannot_start_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "newsreader.ui.app", None)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "the desktop reader cannot start" in err
    assert "newsreader extract" in err


def test_progress_is_shown_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], seeds_dir: Path
) -> None:
    from newsreader import cli_progress

    monkeypatch.setattr(cli_progress, "SHOW_AFTER_SECONDS", 0.0)
    monkeypatch.setattr(cli_progress, "REFRESH_SECONDS", 0.0)
    assert main(["extract", "--json", str(seeds_dir)]) == 0
    assert capsys.readouterr().err == ""  # captured stderr is no terminal
    monkeypatch.setattr(cli_progress, "_is_terminal", lambda stream: True)
    assert main(["extract", "--json", str(seeds_dir)]) == 0
    err = capsys.readouterr().err
    assert "11/11 articles (100%)" in err
    assert err.endswith("\r\x1b[K")  # the counter is erased at the end


def test_a_real_run_in_a_subprocess(repo_root: Path) -> None:
    seed = repo_root / "seeds" / SEED
    result = subprocess.run(
        [sys.executable, "-m", "newsreader", "extract", "--json", str(seed)],
        capture_output=True, text=True, timeout=120, check=False, cwd=repo_root,
    )
    assert result.returncode == 0, result.stderr
    [article] = json.loads(result.stdout)["articles"]
    text = seed.read_text(encoding="utf-8-sig")
    assert article["date"] == "2024-06-18"
    for quote in article["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
    version = subprocess.run(
        [sys.executable, "-m", "newsreader", "--version"],
        capture_output=True, text=True, timeout=60, check=True,
    )
    assert version.stdout.strip() == f"newsreader {__version__}"


def test_a_closed_pipe_is_not_a_crash(repo_root: Path) -> None:
    code = (
        "import sys\n"
        "from newsreader.cli import main\n"
        "sys.exit(main(['extract', '--json', sys.argv[1]]))\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(repo_root / "seeds")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.read(10)
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        ("Le caf\u00e9".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 6)"),
        (None, "too large (10.5 MB; the limit is 10 MB)"),
    ],
    ids=["empty", "binary", "Latin-1", "huge"],
)
def test_each_kind_of_bad_file_is_named_with_its_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes | None, reason: str
) -> None:
    bad = tmp_path / "bad.txt"
    if data is None:
        with bad.open("wb") as handle:
            handle.truncate(10 * 1024 * 1024 + 512 * 1024)
    else:
        bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_bytes(b"\xef\xbb\xbfJune 18, 2024\r\n\r\nWorld\r\n\r\nHeadline\r\n\r\nText.\r\n")
    assert main(["extract", "--json", str(tmp_path)]) == 1
    data_out, err = _json(capsys)
    assert [a["title"] for a in data_out["articles"]] == ["Headline"]
    assert err == f"newsreader: {bad}: {reason}\n"


def test_an_empty_folder_is_noted_but_not_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["extract", "--json", str(tmp_path)]) == 0
    data, err = _json(capsys)
    assert data == {"articles": []}
    assert err == f"newsreader: {tmp_path}: no .txt or .md articles in this folder\n"
