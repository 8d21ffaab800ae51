"""PLOVER event coding on sentences and a short article written for these tests."""
from __future__ import annotations

import functools

import pytest

from tacitus.report import Article

ARTICLE = """Norwegian artillery pounded the Swedish town of Kiruna on Monday, killing at least twelve civilians and wounding dozens, including children, according to local officials, the Nordic Herald reported.

Finnish President Aino Virtanen urged Swedish Prime Minister Lars Berg to halt the offensive.

Monday's attack on Sweden was the heaviest this year.

Virtanen issued an ultimatum to both the Norwegians and the Swedes.

"Three hundred soldiers a day are being killed," Berg said.

Scroll to Top
Sign up for our newsletter
"""


@pytest.fixture(scope="module")
def code(pipeline):
    @functools.lru_cache(maxsize=None)
    def run(text: str, published: str = "2025-03-10"):
        return pipeline.process(Article(text=text, published=published))
    return run


def countries(report, ids):
    return {report.actor(i).country for i in ids}


def only(report, type_):
    found = [e for e in report.events if e.type == type_]
    assert found, f"no {type_} event in {[(e.type, e.trigger.text) for e in report.events]}"
    return found[0]


def test_nominal_assault_with_toll_place_and_sources(code):
    report = code(ARTICLE)
    event = only(report, "ASSAULT")
    assert countries(report, event.actors) == {"NOR"}
    assert countries(report, event.recipients) == {"SWE"}
    assert event.place.name == "Kiruna" and event.place.country == "SWE" and event.place.lat
    assert (event.killed.min, event.killed.qualifier) == (12, "at least")
    assert (event.injured.min, event.injured.max) == (24, 99)
    assert "children" in event.killed.victims
    assert [s.name for s in event.sources] == ["local officials", "Nordic Herald"]
    assert event.mode == "heavy-weapons" and event.cameo == "194"


def test_a_later_mention_joins_the_first(code):
    report = code(ARTICLE)
    assert len([e for e in report.events if e.type == "ASSAULT"]) == 1


def test_request_with_mode_from_its_complement(code):
    report = code(ARTICLE)
    event = only(report, "REQUEST")
    assert event.mode == "yield"
    assert [report.actor(i).name for i in event.actors] == ["Aino Virtanen"]
    assert [report.actor(i).name for i in event.recipients] == ["Lars Berg"]


def test_compound_recipients_are_kept(code):
    report = code(ARTICLE)
    event = only(report, "THREATEN")
    assert event.mode == "relations"
    assert countries(report, event.recipients) == {"NOR", "SWE"}


def test_a_figure_in_a_quote_with_a_rate_is_a_claim(code):
    report = code(ARTICLE)
    (claim,) = report.claims
    assert (claim.value, claim.per) == (300, "day")
    assert report.article.text[claim.start:claim.end].startswith("Three hundred soldiers a day")
    assert claim.speaker is None or report.actor(claim.speaker).name == "Lars Berg"


def test_nothing_fires_on_boilerplate(code):
    report = code(ARTICLE)
    tail = report.article.text.index("Scroll to Top")
    assert all(e.trigger.start < tail for e in report.events)


def test_every_field_has_evidence(code):
    report = code(ARTICLE)
    text = report.article.text
    for event in report.events:
        spans = [event.trigger, event.sentence, *event.actor_spans, *event.recipient_spans]
        spans += [c for c in (event.place, event.killed, event.injured) if c is not None]
        spans += event.sources
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        for span in [*event.actor_spans, *event.recipient_spans]:
            assert text[span.start:span.end] == span.text
        assert event.sentence.start <= event.trigger.start < event.sentence.end


@pytest.mark.parametrize("text, type_, status, actors, recipients", [
    ("Sweden did not attack Norway on Friday, the ministry said.", "ASSAULT", "negated", {"SWE"}, {"NOR"}),
    ("Denmark may withdraw its troops from Estonia next year.", "RETREAT", "hypothetical", {"DNK"}, {"EST"}),
    ("Officials said Chile and Peru could reach a trade agreement this week.", "AGREE", "hypothetical",
     {"CHL", "PER"}, set()),
    ("Poland will reject the Hungarian proposal at the summit, its foreign minister said.", "REJECT", "future",
     {"POL"}, None),
    # an announced or conditional hostile act is coded as the threat it is
    ("Greek farmers said they would blockade the port of Patras unless Athens lowered fuel taxes.", "THREATEN",
     "asserted", {"GRC"}, None),
    ("The ceasefire line has held since Norway's 2019 invasion of Sweden, officials said.", "ASSAULT",
     "historical", {"NOR"}, None),
    # a threatened act, even when parsed as an adverbial of the threat
    ("Peru threatened on Monday to shell Ecuadorian border posts.", "ASSAULT", "hypothetical", {"PER"}, {"ECU"}),
])
def test_status(code, text, type_, status, actors, recipients):
    report = code(text)
    event = only(report, type_)
    assert event.status == status
    assert countries(report, event.actors) == actors
    if recipients is not None:
        assert countries(report, event.recipients) == recipients


def test_never_recognize_is_a_rejection_and_an_old_annexation_is_history(code):
    report = code("Moldovan troops attacked Romania on Friday. Romania said it would never "
                  "recognize Moldova's claim to Iasi, which was annexed in 2016.")
    rejection = only(report, "REJECT")
    assert rejection.status == "asserted" and rejection.mode == "yield"
    assert countries(report, rejection.actors) == {"ROU"}
    annexation = only(report, "COERCE")
    assert annexation.status == "historical" and annexation.mode == "seize"
    assert countries(report, annexation.recipients) == {"ROU"}
    assert countries(report, annexation.actors) == {"MDA"}  # from the article's conflict dyad
    assert annexation.place.name == "Iasi" and annexation.place.country == "ROU"


def test_negated_praise_is_an_accusation(code):
    report = code('"I am not happy with the Belgian strikes on Utrecht," Dutch Prime Minister Pieter Smit said.')
    accusation = only(report, "ACCUSE")
    assert accusation.mode == "disapprove"
    assert countries(report, accusation.recipients) == {"BEL"}


def test_calling_something_a_bad_name_is_an_accusation(code):
    report = code('Chancellor Greta Lang criticized nobody by name but took aim at President Omar Diallo of Senegal, '
                  'calling his plan "reckless".')
    accusation = only(report, "ACCUSE")
    assert [report.actor(i).name for i in accusation.recipients] == ["Omar Diallo"]
    assert len([e for e in report.events if e.type == "ACCUSE"]) == 1


def test_protest_without_recipient_addresses_the_state_where_it_happens(code):
    report = code("Thousands of Chilean students demonstrated in Valparaiso on Friday against tuition fees.")
    protest = only(report, "PROTEST")
    assert countries(report, protest.actors) == {"CHL"}
    assert countries(report, protest.recipients) == {"CHL"}
    assert protest.place.name == "Valparaiso" and protest.mode == "demo"


def test_collective_group_takes_the_state_it_is_from(code):
    report = code("Hundreds of Kenyan farmers blocked the highway to Nairobi on Monday.")
    protest = only(report, "PROTEST")
    assert countries(report, protest.actors) == {"KEN"}
    assert protest.mode == "obstruct"


def test_a_reported_obligation_is_a_request(code):
    report = code("Chile declared on Monday that Peru must release the detained fishermen.")
    request = only(report, "REQUEST")
    assert countries(report, request.actors) == {"CHL"}
    assert countries(report, request.recipients) == {"PER"}
    assert request.mode == "yield"


def test_compound_actor_named_by_two_nationalities(code):
    report = code("The Turkish and Greek delegations agreed on Friday to share fishing data.")
    agreement = only(report, "AGREE")
    assert countries(report, agreement.actors) == {"TUR", "GRC"}


def test_counted_victims_give_way_to_the_state_where_it_happened(code):
    report = code("Gunmen killed 14 people in Mombasa on Sunday.")
    attack = only(report, "ASSAULT")
    assert countries(report, attack.recipients) == {"KEN"}
    assert attack.killed.min == 14 and attack.place.name == "Mombasa"


def test_lodging_a_protest_is_an_accusation(code):
    report = code("Bulgaria lodged an official protest with Romania over the border incident.")
    accusation = only(report, "ACCUSE")
    assert countries(report, accusation.actors) == {"BGR"}
    assert countries(report, accusation.recipients) == {"ROU"}


def test_coordinated_groups_are_each_a_participant(code):
    report = code("The Chilean foreign minister spoke in Lima after meeting European and Bolivian envoys.")
    meeting = only(report, "CONSULT")
    names = [report.actor(i).name for i in meeting.recipients]
    assert names == ["European envoys", "Bolivian envoys"]
    text = report.article.text
    assert [text[s.start:s.end] for s in meeting.recipient_spans] == ["European", "Bolivian"]


def test_a_group_named_by_its_nationality_is_the_group_not_the_state(code):
    report = code("Kenyan officials accused Uganda of shelling the border town of Busia.")
    accusation = only(report, "ACCUSE")
    (actor,) = [report.actor(i) for i in accusation.actors]
    assert (actor.name, actor.kind, actor.country) == ("Kenyan officials", "group", "KEN")


def test_a_merged_mention_gives_the_event_its_stated_date(code):
    report = code("Latvian artillery shelled the Estonian city of Tartu, Estonian officials said.\n\n"
                  "Tuesday's attack on Estonia damaged a hospital.")
    (attack,) = [e for e in report.events if e.type == "ASSAULT"]
    assert countries(report, attack.actors) == {"LVA"}
    assert [report.article.text[m.start:m.end] for m in attack.mentions] == ["attack"]
    assert attack.date.text == "Tuesday" and not attack.date.inferred


REFERRED = ("Swedish Prime Minister Anna Holm recalled her bitter clash with Norwegian President Jonas Berg. "
            "The remark echoed Holm's comments during {which} January meeting, where she told {whom} that talks were over.")


def test_a_past_event_named_again_by_a_dated_noun_takes_its_date(code):
    report = code(REFERRED.format(which="their tense", whom="Berg"), "2025-06-10")
    clash = next(e for e in report.events if e.trigger.text == "clash")
    assert clash.status == "historical"
    assert [m.text for m in clash.mentions] == ["meeting"]
    assert clash.date.value == "2025-01" and clash.date.text == "January"


def test_a_dated_noun_about_other_people_leaves_the_past_event_undated(code):
    report = code(REFERRED.format(which="a", whom="reporters"), "2025-06-10")
    clash = next(e for e in report.events if e.trigger.text == "clash")
    assert clash.mentions == [] and clash.date.value is None


@pytest.mark.parametrize("text, type_, status", [
    # options offered, not acts: "either ... or", "X, or risk Y", "for X to do"
    ("Chilean officials said it was time for Peru to either sign the accord or for Chile to withdraw "
     "from the fishing talks.", "SANCTION", "hypothetical"),
    ("Paraguay now risks Brazil suspending its military aid, officials said.", "SANCTION", "hypothetical"),
    # a conditional main clause: a hostile act announced under a condition is a threat
    ('"If the talks fail, then Estonia expels the Latvian ambassador," the minister said.', "THREATEN",
     "asserted"),
])
def test_options_and_conditions_are_hypothetical(code, text, type_, status):
    report = code(text)
    assert only(report, type_).status == status


def test_an_order_spelled_out_in_an_ultimatum_is_no_event_of_its_own(code):
    report = code("On Monday, Foreign Minister Ines Duarte issued an ultimatum to Chile and Peru: "
                  "sign the agreement, or face Portuguese sanctions.")
    assert [e.type for e in report.events if e.type == "THREATEN"] == ["THREATEN"]
    assert not any(e.type == "AGREE" for e in report.events)


def test_a_conditional_threat_is_aimed_at_the_conditions_subject(code):
    report = code("Kenya said it would close its border unless Tanzania and Rwanda withdrew their troops.")
    threat = only(report, "THREATEN")
    assert countries(report, threat.actors) == {"KEN"}
    assert countries(report, threat.recipients) == {"TZA", "RWA"}
    assert only(report, "RETREAT").status == "hypothetical"


def test_recalling_an_event_is_no_recall_of_envoys(code):
    report = code(REFERRED.format(which="their tense", whom="Berg"), "2025-06-10")
    assert not any(e.type == "SANCTION" for e in report.events)
    recalled = code("Norway recalled its ambassador from Sweden on Monday.")
    assert only(recalled, "SANCTION").mode == "withdraw"


@pytest.mark.parametrize("text, type_, mode", [
    # a threat takes its mode from the act threatened
    ("Estonia threatened to shell Latvian border towns.", "THREATEN", "violence"),
    # the codebook's THREATEN restrict "includes curfews"
    ("Finland threatened on Monday to impose a curfew in Turku.", "THREATEN", "restrict"),
    ("Chile said it would impose a curfew in Arica unless Peru closed the border.", "THREATEN", "restrict"),
    ("Norway threatened to expel the Swedish ambassador.", "THREATEN", "expel"),
    # three parties meet; a host receives a visit
    ("The Chilean foreign minister met Peruvian and Bolivian envoys in Lima.", "CONSULT", "multilateral"),
    ("Argentine President Luis Ortega hosted Uruguayan leaders in Buenos Aires on Monday.", "CONSULT", "visit"),
    # an assault's weapon or target
    ("Militiamen armed with machetes attacked a village near Mopti, killing nine people.", "ASSAULT", "primitive"),
    ("Rebels killed two Malian soldiers in a bomb attack near Gao on Monday.", "ASSAULT", "explosives"),
    ("Police fired tear gas at protesters in Bamako, injuring twenty people.", "ASSAULT", "crowd-control"),
    ("Malian army bulldozers demolished homes in the town of Kidal.", "ASSAULT", "destroy"),
])
def test_modes(code, text, type_, mode):
    assert only(code(text), type_).mode == mode


@pytest.mark.parametrize("text, actors", [
    ("Thousands of Chilean students staged mass rallies in Santiago on Friday to demand free tuition.", {"CHL"}),
    ("Bolivian miners continued their hunger strike to demand the resignation of the mining minister.", {"BOL"}),
])
def test_a_demand_a_protest_is_staged_for_is_the_protest(code, text, actors):
    report = code(text)
    protest = only(report, "PROTEST")
    assert countries(report, protest.actors) == actors
    assert not any(e.type == "REQUEST" for e in report.events)


@pytest.mark.parametrize("text, type_, actors, recipients", [
    ("The Emir of Qatar launched a mediation effort between Chad and Sudan on Saturday.", "CONSULT",
     {"QAT"}, {"TCD", "SDN"}),
    ("Chilean and Peruvian warships launched ten days of war games off Arica on Monday.", "COOPERATE",
     {"CHL", "PER"}, None),
    # a concession announced is PLOVER's CONCEDE (its codebook; the old dev gold codes AGREE)
    ("Chile is prepared to lift its ban on Peruvian fish imports, the minister said.", "CONCEDE", {"CHL"}, None),
    ("Chile said it would not meet Peru's demands to release the fishermen.", "REJECT", {"CHL"}, {"PER"}),
    ("Kenyan authorities have been pressuring Ugandan traders to leave Mombasa.", "REQUEST", {"KEN"}, {"UGA"}),
    # a support verb's subject, and the subject of a state "on" ("went on strike", "on alert")
    ("Chile speeded up the withdrawal of its troops from Bolivia on Monday.", "RETREAT", {"CHL"}, None),
    ("Peruvian dockworkers went on strike in Callao on Monday.", "PROTEST", {"PER"}, None),
    ("Chilean troops remained on alert along the Peruvian border on Monday.", "MOBILIZE", {"CHL"}, None),
])
def test_event_nouns_carried_by_other_words(code, text, type_, actors, recipients):
    report = code(text)
    event = only(report, type_)
    assert countries(report, event.actors) == actors
    if recipients is not None:
        assert countries(report, event.recipients) == recipients


def test_a_dative_preposition_is_no_participant(code):
    report = code("Chile gave a warm welcome to Peruvian President Luis Soto on Monday.")
    welcome = only(report, "CONSULT")
    assert [report.actor(i).name for i in welcome.recipients] == ["Luis Soto"]


def test_an_event_in_a_quotes_attribution_is_dated_with_the_statement(code):
    report = code("On Monday, Chilean Foreign Minister Ines Duarte warned Peru over the fishing dispute.\n\n"
                  "“We will not wait much longer. Our patience is over,” Duarte said in Lima after meeting "
                  "Peruvian envoys.", "2025-03-12")
    meeting = only(report, "CONSULT")
    assert meeting.date.value == "2025-03-10" and not meeting.date.inferred


@pytest.mark.parametrize("text, recipients", [
    ("Bolivia threatened to close its border unless Chile lowered the tariffs.", {"CHL"}),
    ("Peru threatened on Monday to shell Ecuadorian border posts.", {"ECU"}),
    ("Chile threatened to cut off gas supplies to the Argentine province of Salta.", {"ARG"}),
])
def test_a_threat_is_aimed_at_the_condition_or_the_target_of_its_act(code, text, recipients):
    report = code(text)
    assert countries(report, only(report, "THREATEN").recipients) == recipients


def test_a_target_placed_by_the_people_it_is_for(code):
    report = code("A camp for Sudanese refugees was attacked by Chadian militiamen on Monday.")
    attack = only(report, "ASSAULT")
    assert countries(report, attack.actors) == {"TCD"}
    assert countries(report, attack.recipients) == {"SDN"}


@pytest.mark.parametrize("text, state", [
    ("Inmates rioted at a jail near Tartu on Monday.", "EST"),
    ("About 300 supporters of the former mayor blocked roads in the capital city of Riga on Friday.", "LVA"),
])
def test_protesters_no_one_places_are_of_the_state_where_they_protest(code, text, state):
    report = code(text)
    protest = only(report, "PROTEST")
    assert state in countries(report, protest.actors)
    assert not any(e.type == "COERCE" for e in report.events)  # "at a jail" is a place, no jailing


def test_a_demand_noun_is_aimed_at_its_clauses_subject_whose_act_is_only_asked(code):
    report = code("Chile reiterated its demand on Monday that Peru release the detained fishermen.")
    demand = only(report, "REQUEST")
    assert countries(report, demand.actors) == {"CHL"} and countries(report, demand.recipients) == {"PER"}
    assert only(report, "RETREAT").status == "hypothetical"


def test_refusing_to_go_on_with_talks_is_a_threat_to_the_one_addressed(code):
    report = code("“We are not going to continue with these talks for months,” Chilean Foreign Minister "
                  "Ines Duarte told Peru on Monday.")
    threat = only(report, "THREATEN")
    assert (threat.mode, threat.status) == ("relations", "asserted")
    assert [report.actor(i).name for i in threat.actors] == ["Ines Duarte"]
    assert countries(report, threat.recipients) == {"PER"}
    assert only(code("Chile is not going to attack Peru."), "ASSAULT").status == "negated"


def test_ordering_someone_to_act_is_a_request_and_the_act_only_asked(code):
    report = code("A Chilean judge has ordered the Peruvian consul to appear in court on Monday.")
    order = only(report, "REQUEST")
    assert countries(report, order.recipients) == {"PER"}
    assert not any(e.type == "REQUEST" for e in code("Chile ordered an attack on Peru.").events)
    told = code("Chile told Peru to withdraw its troops from the border.")
    assert only(told, "RETREAT").status == "hypothetical"


def test_withdrawing_ones_envoys_is_no_retreat(code):
    report = code("Chile will withdraw its weapons inspectors from Bolivia, the foreign minister announced.")
    threat = only(report, "THREATEN")
    assert countries(report, threat.actors) == {"CHL"} and threat.mode == "relations"


@pytest.mark.parametrize("text, type_, mode", [
    ("Chilean miners stopped work on Monday over unpaid wages.", "PROTEST", "strike"),
    ("Teachers in Lima began an indefinite strike on Monday.", "PROTEST", "strike"),
    ("A Peruvian strike on Arica killed four people.", "ASSAULT", "aerial"),
])
def test_a_strike_is_labour_or_attack_by_the_words_around_it(code, text, type_, mode):
    assert only(code(text), type_).mode == mode


def test_workers_are_placed_by_the_union_they_belong_to(code):
    report = code("Some 5,000 workers affiliated with the Chilean Miners Federation stopped work on Monday.")
    assert countries(report, only(report, "PROTEST").actors) == {"CHL"}


def test_a_with_clause_of_its_own_gives_no_participant(code):
    report = code("The search was suspended on Tuesday, with Chilean Interior Minister Ana Ruiz describing "
                  "the risk of a collapse.")
    # the suspension may stand with its actor unknown, but Chile is on no side of it
    assert not any(e.type == "SANCTION" and (e.actors or e.recipients) for e in report.events)


@pytest.mark.parametrize("text", [
    "A road accident followed by a fire on a highway near Lima killed five Peruvian workers.",
    "Two Chilean climbers were killed by an avalanche near Santiago.",
])
def test_accidents_are_no_assault(code, text):
    assert not any(e.type == "ASSAULT" for e in code(text).events)


def test_repeating_someone_elses_statement_is_the_same_speech_act(code):
    report = code("Finnish President Aino Virtanen threatened to cut off trade with Norway and Sweden "
                  "on Monday.\n\nEstonian Prime Minister Kalle Tamm told reporters the same thing on "
                  "Tuesday, that patience was running out.\n\n\u201cWe will not wait forever,\u201d "
                  "Tamm said in Tallinn.", "2025-03-12")
    threats = [e for e in report.events if e.type == "THREATEN"]
    repeated = next(e for e in threats if report.actor(e.actors[0]).name == "Kalle Tamm")
    model = next(e for e in threats if e is not repeated)
    assert repeated.recipients == model.recipients and repeated.mode == model.mode
    assert repeated.trigger.text == "the same thing"
    assert repeated.place is not None and repeated.place.name == "Tallinn"
    assert repeated.date is not None and repeated.date.value == "2025-03-11"
