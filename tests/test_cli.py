"""The command line: outputs, JSONL batches, and one clear line for bad input."""

from __future__ import annotations

import io
import json
import pathlib
import subprocess
import sys

import pytest

import articleparse
from articleparse.cli import main

from .conftest import SEEDS

SEED = SEEDS / "000_f56ad78c0931949e.txt"
STORY = "Rain fell on the town all week.\n“We are tired of it,” the mayor said.\n"


def _write(tmp_path: pathlib.Path, name: str, data: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return str(path)


def test_summary_names_the_file_and_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == 0
    out = capsys.readouterr().out
    article = articleparse.parse_article(SEED.read_text(encoding="utf-8"))
    assert f"== {SEED}" in out
    assert f"paragraphs: {len(article.body)}" in out
    assert f"quotes:     {len(article.quotes)}" in out


def test_json_is_the_article(capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path) -> None:
    path = _write(tmp_path, "story.txt", STORY)
    assert main(["--json", path]) == 0
    printed = capsys.readouterr().out
    assert articleparse.from_json(printed) == articleparse.parse_article(STORY)


def test_json_refuses_two_documents(tmp_path: pathlib.Path) -> None:
    path = _write(tmp_path, "story.txt", STORY)
    with pytest.raises(SystemExit) as exit_info:
        main(["--json", path, path])
    assert exit_info.value.code == 2


def test_jsonl_batch_keeps_ids_and_order(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    records = [{"id": 7, "text": STORY}, {"id": "b", "text": "Second story here."}]
    path = _write(tmp_path, "batch.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    assert main(["--jsonl", path]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == [7, "b"]
    assert [line["text"] for line in lines] == [STORY, "Second story here."]
    del lines[0]["id"]
    assert articleparse.from_dict(lines[0]) == articleparse.parse_article(STORY)


def test_text_files_in_jsonl_output_use_the_path_as_id(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    path = _write(tmp_path, "story.txt", STORY)
    assert main(["--jsonl", path]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == path


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    assert main(["--json"]) == 0
    assert articleparse.from_json(capsys.readouterr().out).text == STORY


def test_missing_file_is_one_line_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    missing = str(tmp_path / "nope.txt")
    assert main([missing]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert missing in err[0] and "cannot read" in err[0]


def test_invalid_utf8_is_one_line_naming_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    path = _write(tmp_path, "latin1.txt", "caf\xe9 au lait".encode("latin-1"))
    assert main([path]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert path in err[0] and "UTF-8" in err[0]


@pytest.mark.parametrize(
    ("line", "complaint"),
    [("{not json", "not a JSON line"), ('{"id": 1}', '"text"'), ("[1, 2]", '"text"')],
)
def test_bad_jsonl_line_names_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path, line: str, complaint: str
) -> None:
    good = json.dumps({"id": 1, "text": STORY})
    path = _write(tmp_path, "batch.jsonl", f"{good}\n{line}\n{good}\n")
    assert main(["--jsonl", path]) == 1
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert len(err) == 1
    assert f"{path}:2:" in err[0] and complaint in err[0]
    # without --keep-going the batch stops at the bad line
    assert len(captured.out.splitlines()) == 1


def test_keep_going_reports_each_bad_item_and_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    good = json.dumps({"id": 1, "text": STORY})
    batch = _write(tmp_path, "batch.jsonl", f"{good}\nnot json\n{good}\n")
    missing = str(tmp_path / "missing.txt")
    story = _write(tmp_path, "story.txt", STORY)
    assert main(["--jsonl", "--keep-going", batch, missing, story]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 3
    err = captured.err.splitlines()
    assert len(err) == 2
    assert f"{batch}:2:" in err[0]
    assert missing in err[1]


def test_input_jsonl_flag_reads_any_name_as_jsonl(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    path = _write(tmp_path, "batch.txt", json.dumps({"id": "x", "text": STORY}) + "\n")
    assert main(["--jsonl", "--input", "jsonl", path]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "x"


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "articleparse", "--json", str(SEED)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert articleparse.from_json(done.stdout).text == SEED.read_text(encoding="utf-8")


def test_blank_jsonl_lines_are_skipped(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    good = json.dumps({"id": 1, "text": STORY})
    path = _write(tmp_path, "batch.jsonl", f"\n{good}\n   \n{good}\n")
    assert main(["--jsonl", path]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_summary_of_a_text_without_appeal_or_tags(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    path = _write(tmp_path, "story.txt", STORY)
    assert main([path]) == 0
    out = capsys.readouterr().out
    assert "appeal:     (none)" in out
    assert "tags:       (none)" in out
    assert "  - the mayor: “We are tired of it,”" in out
