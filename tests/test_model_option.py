"""--model: any installed spaCy pipeline, by name or path; a wrong one is a one-line error."""
from __future__ import annotations

from click.testing import CliRunner

from tacitus.cli import main


def test_model_from_a_folder(tmp_path, pipeline):
    folder = tmp_path / "my-pipeline"
    pipeline.nlp.to_disk(folder, exclude=[])  # tacitus's components are re-added on load
    article = tmp_path / "a.txt"
    article.write_text("Foreign Minister Lena Ruud of Norway said on Monday that talks would resume.",
                       encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--model", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"Lena Ruud"' in result.output


def test_unknown_model_is_one_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officials said talks would resume.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--model", "no_such_pipeline"])
    assert result.exit_code == 1
    assert "no_such_pipeline" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
