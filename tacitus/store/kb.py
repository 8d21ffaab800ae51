"""The actor knowledge base: one row per real actor across the whole corpus.

An actor of a Report is matched to a known actor by, in order:
  1. its name or an alias seen before ("Dmitry Peskov");
  2. its name being a role a known actor held near that date ("the Kremlin
     spokesman" -> whoever was seen with that role closest in time);
  3. a variant of a known person's name: without middle initials, or a spelling one
     letter apart in one word when countries and sectors agree ("Saree" / "Sarea");
  4. a lone surname that only one known person of a compatible country has;
otherwise it becomes a new actor. Why a name was taken for an actor known under another
(rules 2-4, the user's merges and files) is kept in `actor_merges`. The user merges (`tacitus actors --merge A B`) and
splits (`--split A NAME`) what these rules got wrong. Roles are kept with the first and last day seen.
A user's YAML file (see docs/store.md) adds or corrects actors; its entries win.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any, Optional

import yaml

from tacitus.report import Actor

_LEADING = re.compile(r"^(the|a|an)\s+", re.I)


@functools.lru_cache(maxsize=8192)  # the same names come back article after article; bounded
def norm(name: str) -> str:
    """Folded form used for matching: no accents, case, leading article, possessive or punctuation."""
    name = unicodedata.normalize("NFKD", name or "")
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = name.replace("’", "'").replace("\u00a0", " ").strip()
    name = _LEADING.sub("", name)
    name = re.sub(r"'s$", "", name)
    name = re.sub(r"[^\w\s-]", "", name)
    return re.sub(r"\s+", " ", name).casefold().strip()


def _days_apart(a: Optional[str], b: Optional[str]) -> int:
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    except (TypeError, ValueError):
        return 0


def _country_ok(known: Optional[str], seen: Optional[str]) -> bool:
    return not known or not seen or known == seen


# why a name met in an article was taken for an actor known under another name (kept in
# `actor_merges` and shown with the actor)
ROLE_HELD = "a role this actor held near that date"
WITHOUT_INITIALS = "the same name without middle initials"
SPELLING = "a spelling one letter apart, country and sector agreeing"
SURNAME = "a surname only this person of a compatible country has"
ROLE_ONLY = "an actor known only by a role this actor holds"
BY_USER = "merged by the user (tacitus actors --merge)"
USER_FILE = "an alias in the user's actors file"


def find(conn: sqlite3.Connection, actor: Actor, day: Optional[str]) -> Optional[int]:
    """The known actor this Report actor is, or None."""
    return find_with_reason(conn, actor, day)[0]


def find_with_reason(conn: sqlite3.Connection, actor: Actor, day: Optional[str]) -> tuple[Optional[int], Optional[str]]:
    """(known actor, why) for this Report actor: no reason when it is known by this very
    name, (None, None) when it is new."""
    key = norm(actor.name)
    if not key:
        return None, None
    rows = conn.execute(
        "SELECT a.id, a.country, a.user_defined FROM actor_aliases al JOIN actors a ON a.id = al.actor_id "
        "WHERE al.norm = ? ORDER BY a.user_defined DESC, a.id", (key,)).fetchall()
    fitting = [r for r in rows if _country_ok(r["country"], actor.country)]
    if fitting:
        return fitting[0]["id"], None
    holder = role_holder(conn, key, day, actor.country)
    if holder is not None:
        return holder, ROLE_HELD
    if actor.kind == "person":
        variant, why = name_variant_with_reason(conn, actor)
        if variant is not None:
            return variant, why
    if actor.kind == "person" and " " not in key:
        rows = conn.execute(
            "SELECT DISTINCT a.id, a.country FROM actor_aliases al JOIN actors a ON a.id = al.actor_id "
            "WHERE a.kind = 'person' AND al.norm LIKE ?", ("% " + key,)).fetchall()
        fitting = [r for r in rows if _country_ok(r["country"], actor.country)]
        if len(fitting) == 1:
            return fitting[0]["id"], SURNAME
    return None, None


def record_merge(conn: sqlite3.Connection, actor_id: int, name: str, reason: str, day: Optional[str]) -> None:
    """Keep why `name` was taken for actor `actor_id` (once per name and reason)."""
    key = norm(name)
    if key:
        conn.execute("INSERT OR IGNORE INTO actor_merges(actor_id, name, norm, reason, first_seen) VALUES (?,?,?,?,?)",
                     (actor_id, name, key, reason, day))


def without_initials(key: str) -> str:
    """ "john r bolton" -> "john bolton": a middle initial is a variant of the name."""
    words = key.split()
    return " ".join(w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w) == 1))


def one_edit_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped ("saree" / "sarea", "zelensky" / "zelenskyy")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def name_variant(conn: sqlite3.Connection, actor: Actor) -> Optional[int]:
    """A known person this name is a variant of: the same name without middle initials
    ("John R. Bolton" / "John Bolton"), or a spelling one letter apart in one word
    ("Yahya Saree" / "Yahya Sarea") of a surname of five letters or more; only when the
    countries agree and (for spellings) both have a country and the sectors do not
    conflict. One candidate, or none."""
    return name_variant_with_reason(conn, actor)[0]


def name_variant_with_reason(conn: sqlite3.Connection, actor: Actor) -> tuple[Optional[int], Optional[str]]:
    key = norm(actor.name)
    words = key.split()
    if len(words) < 2:
        return None, None
    found: dict[int, str] = {}
    short = without_initials(key)
    rows = conn.execute(
        "SELECT DISTINCT a.id, a.country, a.sector, al.norm FROM actor_aliases al JOIN actors a ON a.id = al.actor_id "
        "WHERE a.kind = 'person' AND (al.norm LIKE ? OR al.norm LIKE ?)",
        (words[0] + " %", words[0][:3] + "%")).fetchall()
    for r in rows:
        if not _country_ok(r["country"], actor.country):
            continue
        theirs = r["norm"].split()
        if (r["norm"] == short != key) or (without_initials(r["norm"]) == key != r["norm"]):
            found[r["id"]] = WITHOUT_INITIALS
        elif (len(theirs) == len(words) and actor.country and r["country"]
              and (not actor.sector or not r["sector"] or actor.sector == r["sector"])
              and sum(x != y for x, y in zip(theirs, words)) == 1
              and all(x == y or (len(y) >= 5 and one_edit_apart(x, y)) for x, y in zip(theirs, words))):
            found[r["id"]] = SPELLING
    return next(iter(found.items())) if len(found) == 1 else (None, None)


def role_holder(conn: sqlite3.Connection, role_norm: str, day: Optional[str],
                country: Optional[str] = None) -> Optional[int]:
    """The actor seen holding this role closest to `day` (user-given roles first)."""
    rows = conn.execute(
        "SELECT r.actor_id, r.first_seen, r.last_seen, r.user_defined, a.country FROM actor_roles r "
        "JOIN actors a ON a.id = r.actor_id WHERE r.norm = ? AND a.norm != ?", (role_norm, role_norm)).fetchall()
    # a one-word role ("president") names a holder only within a known country
    specific = " " in role_norm
    rows = [r for r in rows if _country_ok(r["country"], country) and (specific or (country and r["country"]))]
    if not rows:
        return None

    def distance(r) -> tuple:
        if day and r["first_seen"] and r["first_seen"] <= day <= (r["last_seen"] or "9999"):
            gap = 0
        else:
            gap = min(_days_apart(day, r["first_seen"]), _days_apart(day, r["last_seen"]))
        return (-r["user_defined"], gap, r["actor_id"])

    return min(rows, key=distance)["actor_id"]


def learn(conn: sqlite3.Connection, actor: Actor, day: Optional[str]) -> int:
    """Match the actor to the knowledge base (adding it when new) and record what was seen."""
    actor_id, why = find_with_reason(conn, actor, day)
    if why:
        record_merge(conn, actor_id, actor.name, why, day)
    if actor_id is None:
        actor_id = conn.execute(
            "INSERT INTO actors(name, norm, kind, country, sector, first_seen, last_seen) VALUES (?,?,?,?,?,?,?)",
            (actor.name, norm(actor.name), actor.kind, actor.country, actor.sector, day, day)).lastrowid
        add_alias(conn, actor_id, actor.name)
    else:
        row = conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if not row["user_defined"]:
            conn.execute(
                "UPDATE actors SET country = COALESCE(country, ?), sector = COALESCE(sector, ?), "
                "first_seen = MIN(COALESCE(first_seen, ?), ?), last_seen = MAX(COALESCE(last_seen, ?), ?) "
                "WHERE id = ?", (actor.country, actor.sector, day, day, day, day, actor_id))
            # the fullest form becomes the canonical name ("Peskov" -> "Dmitry Peskov")
            if _is_name_form(actor) and len(actor.name) > len(row["name"]) and norm(row["name"]) in norm(actor.name):
                conn.execute("UPDATE actors SET name = ?, norm = ? WHERE id = ?",
                             (actor.name, norm(actor.name), actor_id))
        if _is_name_form(actor) and not role_holder_named(conn, norm(actor.name)):
            add_alias(conn, actor_id, actor.name)
    if actor.role:
        add_role(conn, actor_id, actor.role, day, day)
        absorb_role_actor(conn, actor_id, norm(actor.role))
    return actor_id


def _is_name_form(actor: Actor) -> bool:
    return bool(actor.name) and actor.name[:1].isupper()


def role_holder_named(conn: sqlite3.Connection, key: str) -> bool:
    """True when `key` is a role some actor holds: roles change hands, so they are not aliases."""
    return conn.execute("SELECT 1 FROM actor_roles r JOIN actors a ON a.id = r.actor_id "
                        "WHERE r.norm = ? AND a.norm != ? LIMIT 1", (key, key)).fetchone() is not None


def add_alias(conn: sqlite3.Connection, actor_id: int, alias: str) -> None:
    key = norm(alias)
    if key:
        conn.execute("INSERT OR IGNORE INTO actor_aliases(actor_id, alias, norm) VALUES (?,?,?)",
                     (actor_id, alias, key))


def add_role(conn: sqlite3.Connection, actor_id: int, role: str, first: Optional[str], last: Optional[str],
             user_defined: bool = False) -> None:
    key = norm(role)
    if not key:
        return
    conn.execute(
        "INSERT INTO actor_roles(actor_id, role, norm, first_seen, last_seen, seen, user_defined) "
        "VALUES (?,?,?,?,?,?,?) ON CONFLICT(actor_id, norm) DO UPDATE SET "
        "first_seen = CASE WHEN excluded.user_defined THEN excluded.first_seen "
        "  ELSE MIN(COALESCE(first_seen, excluded.first_seen), COALESCE(excluded.first_seen, first_seen)) END, "
        "last_seen = CASE WHEN excluded.user_defined THEN excluded.last_seen "
        "  ELSE MAX(COALESCE(last_seen, excluded.last_seen), COALESCE(excluded.last_seen, last_seen)) END, "
        "seen = seen + excluded.seen, user_defined = MAX(user_defined, excluded.user_defined)",
        (actor_id, role, key, first, last, 0 if user_defined else 1, int(user_defined)))


def absorb_role_actor(conn: sqlite3.Connection, holder_id: int, role_norm: str) -> None:
    """An actor known only by this role ("Kremlin spokesman", learned before the name was)
    is the holder: fold it in, unless the role has several holders."""
    holders = conn.execute("SELECT DISTINCT r.actor_id FROM actor_roles r JOIN actors a ON a.id = r.actor_id "
                           "WHERE r.norm = ? AND a.norm != ?", (role_norm, role_norm)).fetchall()
    if len(holders) != 1:
        return
    for row in conn.execute("SELECT id, name, first_seen FROM actors WHERE norm = ? AND id != ? AND user_defined = 0",
                            (role_norm, holder_id)).fetchall():
        record_merge(conn, holder_id, row["name"], ROLE_ONLY, row["first_seen"])
        merge_actors(conn, row["id"], holder_id, keep_aliases=False)


def merge_actors(conn: sqlite3.Connection, from_id: int, into_id: int, keep_aliases: bool = True) -> None:
    """Everything recorded for `from_id` now belongs to `into_id`."""
    for table, column in (("article_actors", "actor_id"), ("mentions", "actor_id"), ("quotes", "speaker_id"),
                          ("quotes", "addressee_id"), ("sources", "actor_id")):
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (into_id, from_id))
    conn.execute("UPDATE OR IGNORE event_actors SET actor_id = ? WHERE actor_id = ?", (into_id, from_id))
    conn.execute("DELETE FROM event_actors WHERE actor_id = ?", (from_id,))
    if keep_aliases:
        conn.execute("UPDATE OR IGNORE actor_aliases SET actor_id = ? WHERE actor_id = ?", (into_id, from_id))
    conn.execute("UPDATE OR IGNORE actor_roles SET actor_id = ? WHERE actor_id = ?", (into_id, from_id))
    conn.execute("UPDATE OR IGNORE actor_merges SET actor_id = ? WHERE actor_id = ?", (into_id, from_id))
    conn.execute("DELETE FROM actors WHERE id = ?", (from_id,))


def actor_named(conn: sqlite3.Connection, name_or_id: str) -> int:
    """The one actor a user means by an id or a name or alias; ValueError otherwise."""
    if name_or_id.isdigit():
        row = conn.execute("SELECT id FROM actors WHERE id = ?", (int(name_or_id),)).fetchone()
        ids = [row["id"]] if row else []
    else:
        ids = [r["actor_id"] for r in conn.execute("SELECT DISTINCT actor_id FROM actor_aliases WHERE norm = ?",
                                                   (norm(name_or_id),))]
    if len(ids) != 1:
        raise ValueError(f"{name_or_id!r}: " + ("no such actor" if not ids else
                         f"{len(ids)} actors have that name; give an id ({', '.join(map(str, ids))})"))
    return ids[0]


def merge_by_user(conn: sqlite3.Connection, keep: str, other: str) -> int:
    """`tacitus actors --merge KEEP OTHER`: OTHER becomes KEEP (an alias of it), for good."""
    keep_id, other_id = actor_named(conn, keep), actor_named(conn, other)
    if keep_id == other_id:
        raise ValueError(f"{keep!r} and {other!r} are already one actor ({keep_id})")
    other_name = conn.execute("SELECT name FROM actors WHERE id = ?", (other_id,)).fetchone()["name"]
    record_merge(conn, keep_id, other_name, BY_USER, dt.date.today().isoformat())
    merge_actors(conn, other_id, keep_id)
    conn.execute("UPDATE actors SET user_defined = 1 WHERE id = ?", (keep_id,))
    return keep_id


def split_actor(conn: sqlite3.Connection, actor_id: int, alias: str) -> Optional[int]:
    """The user's correction of a wrong merge: the articles where the actor went by
    `alias` move to a new actor of that name (their mentions, quotes and event roles too).
    Returns the new actor's id, or None when no article used that name."""
    key = norm(alias)
    rows = conn.execute("SELECT article_id, local_id, name FROM article_actors WHERE actor_id = ?",
                        (actor_id,)).fetchall()
    moving = [r for r in rows if norm(r["name"]) == key]
    if not moving or len(moving) == len(rows):
        return None
    old = conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
    new_id = conn.execute("INSERT INTO actors(name, norm, kind, country, sector, user_defined) VALUES (?,?,?,?,?,1)",
                          (alias, key, old["kind"], old["country"], old["sector"])).lastrowid
    conn.execute("UPDATE actors SET user_defined = 1 WHERE id = ?", (actor_id,))  # kept apart from now on
    conn.execute("DELETE FROM actor_aliases WHERE actor_id = ? AND norm = ?", (actor_id, key))
    conn.execute("DELETE FROM actor_merges WHERE actor_id = ? AND norm = ?", (actor_id, key))  # undone
    add_alias(conn, new_id, alias)
    for r in moving:
        art = r["article_id"]
        conn.execute("UPDATE article_actors SET actor_id = ? WHERE article_id = ? AND local_id = ?",
                     (new_id, art, r["local_id"]))
        conn.execute("UPDATE mentions SET actor_id = ? WHERE actor_id = ? AND article_id = ?", (new_id, actor_id, art))
        for table, column in (("quotes", "speaker_id"), ("quotes", "addressee_id")):
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ? AND article_id = ?",
                         (new_id, actor_id, art))
        conn.execute("UPDATE event_actors SET actor_id = ? WHERE actor_id = ? AND event_id IN "
                     "(SELECT id FROM events WHERE article_id = ?)", (new_id, actor_id, art))
        conn.execute("UPDATE sources SET actor_id = ? WHERE actor_id = ? AND event_id IN "
                     "(SELECT id FROM events WHERE article_id = ?)", (new_id, actor_id, art))
    return new_id


def load_user_actors(path: str | Path) -> list[dict[str, Any]]:
    """Read a user's actors file; raises ValueError naming the file and the problem."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    entries = data.get("actors") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and e.get("name") for e in entries):
        raise ValueError(f"{path}: expected `actors:` followed by a list of entries, each with a `name`")
    return entries


def apply_user_actors(conn: sqlite3.Connection, entries: list[dict[str, Any]]) -> int:
    """Add or correct actors from the user's file. An alias already known for another
    (learned) actor merges that actor into this one. Returns how many entries were applied."""
    for entry in entries:
        name = str(entry["name"])
        aliases = [str(a) for a in entry.get("aliases") or []]
        ids = [r["actor_id"] for key in [norm(name)] + [norm(a) for a in aliases]
               for r in conn.execute("SELECT actor_id FROM actor_aliases WHERE norm = ?", (key,))]
        target = ids[0] if ids else None
        fields = (name, norm(name), entry.get("kind", "person"), entry.get("country"), entry.get("sector"))
        if target is None:
            target = conn.execute("INSERT INTO actors(name, norm, kind, country, sector, user_defined) "
                                  "VALUES (?,?,?,?,?,1)", fields).lastrowid
        else:
            conn.execute("UPDATE actors SET name=?, norm=?, kind=?, country=COALESCE(?, country), "
                         "sector=COALESCE(?, sector), user_defined=1 WHERE id=?", fields + (target,))
        for other in dict.fromkeys(ids):
            if other != target:
                other_name = conn.execute("SELECT name FROM actors WHERE id = ?", (other,)).fetchone()["name"]
                record_merge(conn, target, other_name, USER_FILE, dt.date.today().isoformat())
                merge_actors(conn, other, target)
        for alias in [name] + aliases:
            add_alias(conn, target, alias)
        for role in entry.get("roles") or []:
            if isinstance(role, str):
                role = {"role": role}
            add_role(conn, target, str(role["role"]), _iso(role.get("from")), _iso(role.get("to")), user_defined=True)
    return len(entries)


def _iso(value: Any) -> Optional[str]:
    return value.isoformat() if isinstance(value, dt.date) else (str(value) if value else None)
