"""What the words around a name say about an actor: role, country and sector.

"Russian President Vladimir Putin" -> role "President of Russia", RUS, GOV
"Kremlin spokesman Dmitry Peskov"  -> role "Kremlin spokesman", RUS, GOV
"Dmitry Peskov, the Kremlin spokesman," (apposition) -> the same
The words come from the `titles.yaml` lexicon and the gazetteer, never from names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span, Token

from tacitus.geo import gazetteer
from tacitus.lexicons.titles import organisation_words, title_lexicon
from tacitus.nlp import entity_of

TITLE_JOINERS = {"of", "for", "-"}
MAX_TITLE_WORDS = 3


@dataclass
class Title:
    start: int  # token index where the title phrase begins
    end: int  # token index after it
    role: str
    country: Optional[str]
    sector: Optional[str]
    leader: bool = False
    qualified: bool = False  # the title itself names a country ("Russian President")
    member: bool = False  # the title names a non-state group the person belongs to ("Hamas official")


def longest_title_at(tokens: list[Token], end: int) -> tuple[int, dict] | None:
    """The longest lexicon title ending just before token position `end` of `tokens`."""
    lex = title_lexicon()
    for n in range(MAX_TITLE_WORDS, 0, -1):
        if end - n < 0:
            continue
        words = " ".join(t.lower_ for t in tokens[end - n:end])
        if words in lex:
            return end - n, lex[words]
    return None


def title_entry(token: Token) -> dict | None:
    lex = title_lexicon()
    return lex.get(token.lower_) or lex.get(token.lemma_.lower())


def country_of_token(token: Token) -> Optional[str]:
    """The country a single word or the entity it belongs to names: "Russian", "U.S.", "Kremlin"."""
    gaz = gazetteer()
    texts = [token.text]
    if token.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC") and token.ent_iob_ != "O":
        ent = entity_of(token)
        if ent is not None:
            texts.insert(0, ent.text)
            if ent.label_ == "ORG":
                texts.insert(1, country_in_name(ent.text) or "")
    for text in filter(None, texts):
        if len(text) == 3 and text.isupper() and text in gaz.countries:
            return text  # already a code
        found = gaz.demonym(text) or gaz.country_of_name(text)
        if found:
            return found
        meto = gaz.metonym(text)
        if meto and token.ent_type_ != "PERSON" and token.is_title:
            return meto[0]
    return None


def country_of_modifier(token: Token) -> Optional[str]:
    """The country a word before a noun names, as a state, its people or one of its
    provinces or cities: "Russian troops", "Kandahar police", "Florida Governor"."""
    return country_of_token(token) or _country_of_place(token)


def _country_of_place(token: Token) -> Optional[str]:
    """In a title, a province or city names the country: "Florida Governor" -> USA."""
    if token.ent_type_ not in ("GPE", "LOC") or token.ent_iob_ == "O":
        return None
    ent = entity_of(token)
    place = gazetteer().place(ent.text) if ent is not None else None
    return place.country if place is not None and place.kind in ("region", "city") else None


def country_after_of(token: Token) -> Optional[str]:
    """ "the governor of São Paulo", "residents of Basra", "the Ministry of Health of
    Brazil": a country, province or city after "of" names the state of the noun before it."""
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                continue
            ent = entity_of(obj)
            words = ent.text if ent is not None else obj.doc[obj.left_edge.i:obj.i + 1].text
            place = gazetteer().place(re.sub(r"^the\s+", "", words, flags=re.I))
            if place is not None and place.kind in ("country", "region", "city"):
                return place.country
    return None


def place_in_name(name: str, countries: set[str]) -> Optional[str]:
    """The country of a place an organisation's name holds, when that country is one the
    article is about: "Mysuru Division" (IND), "Hong Kong Police Force", "Ministry of
    Health of Brazil". A city of a name is a common word or a person's name too often
    ("Victoria University", "Chelsea"), so the article's countries must confirm it; a
    country after "of" needs no confirmation."""
    gaz = gazetteer()
    if " of " in name:
        place = gaz.place(re.sub(r"^the\s+", "", name.rsplit(" of ", 1)[1]))
        if place is not None and place.kind == "country":
            return place.country
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n:
            place = gaz.place(" ".join(words[:n]))
            if place is not None and place.kind in ("region", "city") and place.country in countries \
                    and (place.kind == "region" or place.population >= 100_000):
                return place.country
    return None


def country_in_name(name: str) -> Optional[str]:
    """The country an organisation's name holds: "Nigerian Union of Teachers" -> NGA,
    "United States Army" -> USA. Only leading words count, so "Bank of England" stays."""
    gaz = gazetteer()
    words = name.replace("’s", "").replace("'s", "").split()
    for n in (3, 2, 1):
        if len(words) > n:
            lead = " ".join(words[:n])
            found = gaz.demonym(lead) or gaz.country_of_name(lead)
            if found:
                return found
    return None


def analyse_prefix(ent: Span) -> Title | None:
    """Title words written before a name, inside the same noun phrase."""
    doc = ent.doc
    i = ent.start - 1
    sent_start = ent.sent.start
    words: list[Token] = []
    while i >= sent_start and len(words) < 6:
        tok = doc[i]
        is_title_word = title_entry(tok) is not None or tok.lower_ in ("vice", "deputy", "prime", "foreign",
                                                                         "defense", "defence", "interior",
                                                                         "finance", "former", "acting",
                                                                         "chief", "state", "general")
        in_name_ent = tok.ent_type_ in ("GPE", "NORP", "ORG", "LOC") and tok.ent_iob_ != "O"
        # a capitalised word of the office's name ("Senate Majority Leader")
        in_name_ent = in_name_ent or (tok.pos_ == "PROPN" and tok.is_title and words
                                      and tok.ent_type_ not in ("DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL"))
        # a group's name the tagger read as an adjective ("Houthi military spokesman")
        in_name_ent = in_name_ent or (tok.is_title and words and tok.lower_ in organisation_words())
        if tok.lower_ in ("of", "for") and words and _holds_title(words):
            break  # "former advisor for [U.S. President] Donald Trump": the advisor is someone else
        if tok.lower_ in TITLE_JOINERS and words:
            words.insert(0, tok)
        elif tok.tag_ == "POS" and words and i - 1 >= sent_start and doc[i - 1].ent_type_ in ("GPE", "ORG", "NORP"):
            words.insert(0, tok)  # "Ostrela's Foreign Minister"
        elif (is_title_word or in_name_ent) and tok.pos_ in ("PROPN", "NOUN", "ADJ", "VERB") and not tok.is_punct:
            words.insert(0, tok)
        else:
            break
        i -= 1
    while words and words[0].lower_ in TITLE_JOINERS:
        words.pop(0)
    if not words:
        return None
    return _title_from_words(words)


def _holds_title(words: list[Token]) -> bool:
    return any(longest_title_at(words, end) for end in range(1, len(words) + 1))


def analyse_phrase(span: Span) -> Title | None:
    """Title words anywhere in a descriptive noun phrase ("the Kremlin spokesman"), up to
    another person named in it: "the campaign chairman for President Donald Trump" is a
    chairman, the President is Trump."""
    words = []
    for t in span:
        if t.ent_type_ == "PERSON" and t.ent_iob_ != "O":
            other = entity_of(t)
            prefix = analyse_prefix(other) if other is not None else None
            cut = prefix.start if prefix is not None else t.i
            words = [w for w in words if w.i < cut]
            while words and words[-1].lower_ in TITLE_JOINERS:
                words.pop()
            break
        if not (t.is_punct or t.pos_ == "DET"):
            words.append(t)
    return _title_from_words(words) if words else None


def _title_from_words(words: list[Token]) -> Title | None:
    entry, title_start = None, None
    # the head title is the longest lexicon phrase ending at the last title word
    for end in range(len(words), 0, -1):
        found = longest_title_at(words, end)
        if found:
            title_start, entry = found
            title_words = words[title_start:end]
            break
    if entry is None:
        return None
    country, qualified = None, False
    for tok in words:
        if tok in title_words:
            continue
        c = country_of_modifier(tok)
        if c:
            country, qualified = c, True
            break
    # "Secretary of State": a title with a conventional country, used unqualified
    if country is None and entry.get("country"):
        country = entry["country"]
    sector = entry.get("sector")
    member_of = None
    if entry.get("generic"):
        # "Senate Majority Leader", "Army spokesman": the body named gives the sector; a
        # group named by name ("Houthi military spokesman", "Hamas official") gives its
        # member its own sector and country, whatever other words or states are near
        body_words = [t for t in words if t not in title_words and t.tag_ != "POS"]
        member_of = _named_group(body_words)
        if member_of is not None:
            country, sector, qualified = member_of[0], member_of[1], member_of[0] is not None
        else:
            sector = sector_of_organisation(" ".join(t.text for t in body_words)) or sector
    nationality = {t.i for t in words if t.ent_type_ in ("NORP", "GPE") and country_of_token(t)}
    # the role ends with the title itself, and keeps at most three words before it
    # ("former National Security Adviser"), not a whole appositive clause
    head_end = title_words[-1].i
    role_words = [t for t in words if t.i not in nationality and t.tag_ != "POS" and t.i <= head_end]
    role_words = role_words[-(len(title_words) + 3):]
    role = " ".join(t.text for t in role_words).strip()
    if qualified and nationality and entry.get("leader") or (qualified and nationality and "minister" in role.lower()):
        role = f"{_cap(role)} of {gazetteer().country_name(country)}"
    return Title(words[0].i, words[-1].i + 1, role, country, sector, bool(entry.get("leader")), qualified,
                 member=member_of is not None)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def analyse_apposition(ent: Span) -> Title | None:
    """ "Dmitry Peskov, the Kremlin spokesman, said" -> the apposition's title."""
    doc = ent.doc
    phrases = [doc[c.left_edge.i:c.right_edge.i + 1] for c in ent.root.children
               if c.dep_ == "appos" and c.i >= ent.end]
    if ent.root.dep_ == "appos" and ent.root.head.i < ent.start:
        # "his Kastmark counterpart, Ingrid Halvorsen": the name is in apposition to the title
        head = ent.root.head
        while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
            head = head.head.head  # the parser hangs the name on the place: "mayor of [New Orleans], X"
        # with what follows the title up to the name: "the mayor of New Orleans, LaToya Cantrell"
        end = max(head.i + 1, min(head.right_edge.i + 1, ent.start))
        while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        phrases.append(doc[head.left_edge.i:end])
    for phrase in phrases:
        title = analyse_phrase(phrase)
        if title:
            return title
        country = next((country_of_token(t) for t in phrase if country_of_token(t)), None)
        if country:
            return Title(phrase.start, phrase.end, "", country, None)
    return None


NON_STATE_SECTORS = {"REB", "NGO", "IGO", "PTY", "MED", "BUS", "OPP", "REL", "LAB", "CRM"}
# what an organisation's name opposes is not what it is: "the Global Coalition to Defeat
# ISIS", "Campaign Against Arms Trade", "Counter-ISIS Finance Group"
_OPPOSED = re.compile(r"\b(?:to\s+(?:defeat|counter|combat|fight|end|stop|destroy)|against|countering|"
                      r"combating|combatting|fighting|counter-|anti-)", re.I)


def _named_group(words: list[Token]) -> Optional[tuple[Optional[str], str]]:
    """(country, sector) of a non-state group named by name among a title's words:
    the user's and the corpus' actors, then the Phoenix dictionaries, then the sector
    words of `titles.yaml` written as a name ("Houthi")."""
    from tacitus.extract import phoenix
    from tacitus.extract.known_actors import known_actors

    names = [t for t in words if (t.pos_ == "PROPN" or t.lower_ in organisation_words()) and t.text[:1].isupper()
             and not (t.ent_type_ in ("GPE", "NORP") and country_of_token(t))]
    if not names:
        return None
    name = " ".join(t.text for t in names)
    known = known_actors().get(name.lower())
    if known and known.get("sector") in NON_STATE_SECTORS:
        return known.get("country"), known["sector"]
    found = phoenix.lookup(name)
    if found is not None and found.sector in NON_STATE_SECTORS:
        return found.country, found.sector
    sector = organisation_words().get(name.lower())
    return (None, sector) if sector in NON_STATE_SECTORS else None


def sector_of_organisation(name: str) -> Optional[str]:
    """The sector named by the longest organisation word in `name` ("news agency" MED
    before "agency" GOV)."""
    words = organisation_words()
    name = _OPPOSED.split(name, maxsplit=1)[0]
    low = f" {' '.join(name.lower().split())} "
    found = [w for w in words if f" {w} " in low]
    return words[max(found, key=len)] if found else None
