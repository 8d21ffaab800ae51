"""Each stored quote keeps what it attributes (speech, belief, intention, document), and
the quotes can be filtered by it (so an analyst can keep only speech)."""
from __future__ import annotations

from click.testing import CliRunner

from tacitus.store import Store
from tacitus.store.cli import quotes as quotes_command

from .helpers import report


def test_quotes_keep_their_act_and_filter_by_it(tmp_path):
    text = "Mayor Ivo Gregan said the bridge will close. Gregan believes the river will rise."
    r = report("a1", text, "2024-02-01", actors=[("g", "Ivo Gregan", "person", "TRS", "GOV")],
               quotes=[("g", "the bridge will close"), ("g", "the river will rise")])
    r.quotes[1].act = "belief"
    db = tmp_path / "s.db"
    store = Store.open(db)
    try:
        store.add_report(r)
        assert [q["act"] for q in store.quotes()] == ["speech", "belief"]
        assert [q["text"] for q in store.quotes(act="speech")] == ["the bridge will close"]
        assert store.count_quotes(act="belief,intention") == 1
    finally:
        store.close()
    out = CliRunner().invoke(quotes_command, ["--db", str(db), "--act", "belief", "--format", "json"])
    assert out.exit_code == 0 and "river will rise" in out.output and "bridge" not in out.output
    bad = CliRunner().invoke(quotes_command, ["--db", str(db), "--act", "rumour"])
    assert bad.exit_code != 0 and "rumour" in bad.output and "Traceback" not in bad.output
