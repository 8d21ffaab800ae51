"""The incident's toll on passages written for each phrasing class: victims named without
a numeral, the toll across sentences and the headline, figures over time and by source,
numbers that are no count, and the evidence of every count."""
from __future__ import annotations

import pytest

from tacitus.report import Article


def _run(pipeline, text, title=None, published="2024-03-02"):
    return pipeline.process(Article(text=text, title=title, published=published))


def _toll(report, kind):
    toll = getattr(report.casualties, kind) if report.casualties else None
    return None if toll is None else (toll.count.min, toll.count.max)


# --- 1. victims counted from what the text names ----------------------------------

@pytest.mark.parametrize("text, killed, injured", [
    ("A man was shot and killed outside a bakery in Northfield on Friday night, police said.", (1, 1), None),
    ("An 18-year-old from Ashby was pronounced dead at the scene after the crash.", (1, 1), None),
    ("Two women and a child were killed when the roof of the market hall gave way.", (3, 3), None),
    ("A police officer and two civilians were wounded in the exchange of fire near the depot.", None, (3, 3)),
    ("A man was stabbed near the river. The victim died at the hospital hours later.", (1, 1), None),
    ("He and his wife were shot in their driveway; she died before help arrived.", (1, 1), (1, 1)),
    ("Two men were gunned down outside a bar in Eastvale late on Saturday.", (2, 2), None),
    ("A teenager was fatally shot on Elm Road; a second boy was grazed by a bullet.", (1, 1), (1, 1)),
    ("The bodies of three fishermen were found on the shore on Tuesday.", (3, 3), None),
    ("A cyclist was hit by a lorry on Monday. She succumbed to her injuries in hospital.", (1, 1), None),
    ("A woman was taken to hospital with serious injuries and remains in critical condition.", None, (1, 1)),
    ("Rescuers found seven people dead under the rubble of the warehouse.", (7, 7), None),
    ("A worker was treated for burns after the blast at the plant.", None, (1, 1)),
    ("Three people were shot in Kelby on Saturday night, one of them fatally.", (1, 1), (2, 2)),
    ("A 17-year-old boy died and his 15-year-old brother was wounded in a shooting on Mill Lane.", (1, 1), (1, 1)),
    ("The shooting left one man dead and two others injured, police said.", (1, 1), (2, 2)),
    ("Both victims were taken to the hospital in stable condition after the crash.", None, (2, 2)),
])
def test_victims_named_without_a_count(pipeline, text, killed, injured):
    report = _run(pipeline, text)
    assert _toll(report, "killed") == killed
    assert _toll(report, "injured") == injured


def test_a_victim_found_wounded_who_died_is_one_death(pipeline):
    text = ("Police found a 22-year-old man with multiple gunshot wounds on Friday. He was taken to "
            "Harlow General Hospital, where he died.")
    toll = _run(pipeline, text).casualties
    assert (toll.killed.count.min, toll.injured) == (1, None)
    assert [text[s.start:s.end] for s in toll.killed.count.evidence][0] == "a 22-year-old man"


def test_no_one_hurt_is_no_toll(pipeline):
    report = _run(pipeline, "The storm tore the roof off the school, but no one was hurt.")
    assert _toll(report, "killed") is None and _toll(report, "injured") is None


def test_one_person_named_four_times_is_one_victim(pipeline):
    text = ("A 34-year-old man was shot on Carver Street on Sunday. Officers found the victim lying on the "
            "pavement. He was taken to St Anne's hospital, where Marcus Hale was pronounced dead. "
            "Hale had moved to the city last year.")
    report = _run(pipeline, text)
    assert _toll(report, "killed") == (1, 1)
    assert _toll(report, "injured") is None


def test_an_attacker_shot_dead_is_not_a_victim(pipeline):
    text = ("A man armed with a knife stabbed three shoppers at a market in Dunmore on Friday. "
            "The attacker was shot dead by police minutes later.")
    report = _run(pipeline, text)
    assert _toll(report, "killed") is None
    assert _toll(report, "injured") == (3, 3)
    assert "perpetrator not counted" in report.casualties.injured.marks or \
        any(f.role == "perpetrator" for f in report.casualties.figures) or report.casualties.killed is None


def test_killed_himself_is_marked(pipeline):
    report = _run(pipeline, "A retired teacher killed himself in his garage in Morley, police said.")
    toll = report.casualties.killed
    assert (toll.count.min, toll.count.max) == (1, 1) and "suicide" in toll.marks


# --- 2. the toll of the incident, across sentences and from the headline ----------

def test_toll_in_another_sentence_belongs_to_the_bombing(pipeline):
    text = ("Twin bombings struck the cathedral in Port Aster on Sunday. The second blast hit the crowd that "
            "gathered after the first; between the two blasts, at least 20 were killed. "
            "\"At least 20 people were killed,\" the regional police chief said.")
    report = _run(pipeline, text, title="Bombs kill at least 20 at cathedral in Port Aster")
    killed = report.casualties.killed
    assert (killed.count.min, killed.count.max) == (20, None)  # headline, lead and quote: counted once
    titles = [f for f in report.casualties.figures if f.in_title]
    assert titles and titles[0].count.min == 20
    bombing = next((e for e in report.events if e.id == report.casualties.event), None)
    if bombing is not None:
        assert bombing.killed is not None and bombing.killed.min == 20


def test_headline_alone_gives_the_toll(pipeline):
    report = _run(pipeline, "The fire broke out in the basement of the hostel before dawn.",
                  title="Hostel fire kills four in Lanton")
    assert _toll(report, "killed") == (4, 4)
    assert report.casualties.killed.rule == "only figure"


def test_victims_named_before_a_figure_of_others(pipeline):
    text = ("The mayor of Greystone was stabbed at a rally on Friday. His bodyguard and two others were "
            "also injured, police said.")
    assert _toll(_run(pipeline, text), "injured") == (4, 4)


def test_another_incident_is_kept_apart(pipeline):
    text = ("A fire in a block of flats in Bardon killed three people on Saturday. "
            "A second fire, in a warehouse across town, killed another eleven people.")
    report = _run(pipeline, text)
    assert _toll(report, "killed") == (3, 3)
    assert any(f.role == "background" and f.count.min == 11 for f in report.casualties.figures)


def test_ages_of_the_victims_are_no_count(pipeline):
    text = ("Three students were wounded at a school dance in Orrin on Friday. The injured, between the ages "
            "of 15 and 17, were taken to hospital.")
    assert _toll(_run(pipeline, text), "injured") == (3, 3)


def test_a_dated_earlier_attack_stays_out(pipeline):
    text = ("A suicide bomber killed 14 soldiers at a checkpoint in Darra on Monday. It was the deadliest "
            "attack since an assault on the garrison in August 2022, when officials said 60 soldiers "
            "were killed.")
    report = _run(pipeline, text, published="2024-02-14")
    assert _toll(report, "killed") == (14, 14)


def test_background_tolls_of_other_years_stay_out(pipeline):
    text = ("A bus overturned near Kessel on Thursday, killing six passengers. "
            "In 2019, 750 people died on the region's roads.")
    report = _run(pipeline, text)
    assert _toll(report, "killed") == (6, 6)


# --- 3. figures over time and by source ----------------------------------------------

def test_revised_down_toll(pipeline):
    text = ("Forty people were killed when the ferry capsized off Marrow Point, officials said on Monday. "
            "On Tuesday the toll was revised down to 24, after some passengers were found alive ashore.")
    report = _run(pipeline, text)
    killed = report.casualties.killed
    assert killed.count.min == 24 and killed.rule == "revised down"


def test_an_earlier_toll_is_kept_but_superseded(pipeline):
    text = ("The health ministry now puts the dead at 24 after an earlier toll of 31 dead was found to "
            "count some victims twice.")
    report = _run(pipeline, text)
    assert any(f.role == "earlier" and f.count.min == 31 for f in report.casualties.figures)


def test_toll_rose_to(pipeline):
    text = ("The earthquake left five dead on Wednesday. On Saturday the death toll rose to 45 after "
            "rescuers reached the villages, officials said.")
    report = _run(pipeline, text)
    killed = report.casualties.killed
    assert killed.count.min == 45 and killed.rule == "highest current figure"


def test_toll_from_to(pipeline):
    text = "Searchers found four more victims overnight, raising the death toll from nine to 13."
    report = _run(pipeline, text)
    assert report.casualties.killed.count.min == 13
    assert any(f.role == "earlier" and f.count.min == 9 for f in report.casualties.figures)


def test_competing_sources_keep_their_figures(pipeline):
    text = ("The ministry of health in Tarn said 30 people died in the strike. "
            "The army of Velia said 12 people were killed, all of them fighters. "
            "The rebels claimed 190 soldiers were dead.")
    report = _run(pipeline, text)
    by_value = {f.count.min: f for f in report.casualties.figures if f.kind == "killed"}
    assert {30, 12, 190} <= set(by_value)
    assert "ministry" in by_value[30].sources[0].name.lower()
    assert "army" in by_value[12].sources[0].name.lower()
    assert by_value[190].role == "claim"
    killed = report.casualties.killed
    assert killed.count.min == 30 and killed.sources and killed.rule == "highest current figure"


def test_victim_groups_stay(pipeline):
    text = "The shelling killed five soldiers and wounded 40 people, including children."
    report = _run(pipeline, text)
    assert "soldiers" in report.casualties.killed.count.victims
    assert "children" in report.casualties.injured.count.victims


# --- 4. precision: numbers that are not counts ------------------------------------

@pytest.mark.parametrize("text", [
    "The crash closed Interstate 75 near Dunlow for hours, but no one was hurt.",
    "Firefighters were called at 1620 UTC; the building was empty.",
    "The party was held at 412 Larchmont Avenue, where the shooting began.",
    "Ostrander, 47, of Millbrook, was questioned by police on Wednesday.",
    "The suspect, aged 64, was arrested in 2019 and released after 15 years.",
    "Tuesday, May 7, 2024\n\nThe novelist Anna Verey died at her home in Calder on Sunday, aged 88.",
    "The composer Piet Laan died of pneumonia on Friday; he was 91.",
    "The senator beat her rival by twelve points, and her campaign hit 19 towns in a week.",
    "Looters hit 19 stores in the city centre overnight.",
    "The region has 23.4 deaths per 100,000 residents on its roads, one of the worst rates in Europe.",
])
def test_numbers_deaths_and_blows_that_are_no_casualties(pipeline, text):
    """Ages, years, dates, clock times, roads, addresses, obituaries, elections, things hit."""
    report = _run(pipeline, text)
    assert not report.casualties or not (report.casualties.killed or report.casualties.injured or
                                         [f for f in report.casualties.figures if f.role == "toll"])


def test_a_death_after_an_injury_counts(pipeline):
    text = "The mayor was stabbed on stage on Sunday night. He died on Monday, the hospital said."
    assert _toll(_run(pipeline, text), "killed") == (1, 1)


def test_rate_is_a_claim_not_a_toll(pipeline):
    text = '"5,000 soldiers a week are dying," the president said.'
    report = _run(pipeline, text)
    assert report.casualties is None or report.casualties.killed is None


# --- 5. evidence -----------------------------------------------------------------------

def test_every_count_keeps_its_victim_mentions(pipeline):
    text = ("Two women and a child were killed when a car struck a bus stop in Holm. "
            "A man was shot dead in a separate incident.")
    report = _run(pipeline, text)
    toll = report.casualties.killed
    spans = [text[s.start:s.end] for s in toll.count.evidence]
    assert spans == ["Two women", "a child"]
    for figure in report.casualties.figures:
        assert text[figure.count.start:figure.count.end] == figure.count.text
        for span in figure.count.evidence:
            assert text[span.start:span.end] == span.text


def test_victims_named_across_sentences_point_at_each_mention(pipeline):
    text = "A woman was stabbed in Lenton on Friday. She died in hospital on Saturday."
    report = _run(pipeline, text)
    toll = report.casualties.killed
    assert toll.rule == "victims named"
    assert [text[s.start:s.end] for s in toll.count.evidence] == ["A woman", "She"]
