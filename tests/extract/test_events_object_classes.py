"""Events a common verb states through the class of its object (`verb_objects` and
`de_escalation` in the trigger lexicon), concessions by declaration or by acceding, and
threats made by raising a possibility. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tacitus.report import Article
from tests.dictionary_marks import needs_cameo


def _types(pipeline, text, status=("asserted",)):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    return {e.type for e in report.events if e.status in status}


@pytest.mark.parametrize("text, type_", [
    # shows of force
    ("Belarus summoned 3,000 reservists for snap exercises on Friday.", "MOBILIZE"),
    ("Officials said the navy had heightened its combat readiness along the coast.", "MOBILIZE"),
    ("The interior minister sent hundreds of gendarmes into the northern suburbs.", "MOBILIZE"),
    ("North Korea test-fired two cruise missiles into the sea.", "MOBILIZE"),
    # ties reduced
    ("Morocco froze diplomatic relations with Germany in March.", "SANCTION"),
    ("The junta severed air links with its neighbours.", "SANCTION"),
    ("Donor governments reduced food aid to the northern provinces.", "SANCTION"),
    # exchange widened
    ("Japanese firms have doubled their investment in Vietnam since 2019.", "COOPERATE"),
    ("The two ministries set up a joint task force on smuggling.", "COOPERATE"),
    ("Kenya and Ethiopia expanded information sharing on militants.", "COOPERATE"),
])
def test_a_common_verb_states_the_event_its_object_names(pipeline, text, type_):
    assert type_ in _types(pipeline, text, ("asserted", "historical"))


@pytest.mark.parametrize("text", [
    "The council raised the price of bus tickets.",
    "She sent a letter to the editor.",
    "The coach called upon the fans to stay calm.",
    "The rebel command called on its fighters to lay down their arms.",
    "The company cut its prices in January.",
    "The band set up a stage in the park.",
    "The prosecutor opened an inquiry into the deaths.",
])
def test_the_same_verbs_with_other_objects_state_no_such_event(pipeline, text):
    assert not _types(pipeline, text, ("asserted", "historical")) & {"MOBILIZE", "SANCTION", "COOPERATE"}


@pytest.mark.parametrize("text", [
    "Maoist rebels proclaimed a unilateral truce for the harvest season.",
    "The insurgents announced a halt to their attacks on army posts.",
    "The governor pledged an end to the curfew once the vote is over.",
    "After a night of talks the cabinet acceded to the strikers' demands.",
    "The regime finally caved in to the pressure of the street.",
    "The ministry accepted most of the teachers' demands on Tuesday.",
])
def test_declared_retreats_and_yielding_are_concessions(pipeline, text):
    assert "CONCEDE" in _types(pipeline, text)


def test_a_ceasefire_carried_out_stays_a_retreat(pipeline):
    text = "Government troops stopped the shelling of the city on Monday."
    assert "RETREAT" in _types(pipeline, text)


def test_raising_the_possibility_of_a_hostile_act_threatens_it(pipeline):
    report = pipeline.process(Article(text="The premier raised the prospect of expelling the foreign monitors.",
                                      published="2024-03-01"))
    assert "THREATEN" in {e.type for e in report.events}
    expelled = [e for e in report.events if e.type == "SANCTION"]
    assert all(e.status == "hypothetical" for e in expelled)


@pytest.mark.parametrize("text", [
    "Engineers broke ground on the new bridge in May.",
    "The sprinter broke the world record in Oslo.",
])
def test_idioms_of_violent_verbs_state_no_assault(pipeline, text):
    assert "ASSAULT" not in _types(pipeline, text, ("asserted", "historical"))


@pytest.mark.parametrize("text, type_", [
    # an organisation leaving a country, or a state leaving an organisation: relations reduced
    ("The Red Cross pulled its delegates out of Tigray on Thursday.", "SANCTION"),
    ("Gambia withdrew from the International Criminal Court in 2016.", "SANCTION"),
    # forces leaving stay a retreat
    ("Ethiopian troops withdrew from the border town on Thursday.", "RETREAT"),
])
def test_who_withdraws_from_what_decides_retreat_or_sanction(pipeline, text, type_):
    assert type_ in _types(pipeline, text, ("asserted", "historical"))


@pytest.mark.parametrize("text, type_", [
    # an intent named as a noun is a promise or a threat, like the verb of intent
    ("The cabinet unveiled a plan to expel the foreign correspondents.", "THREATEN"),
    ("The guerrillas confirmed their decision to hand back the seized farms.", "CONCEDE"),
])
def test_an_intent_noun_makes_a_promise_or_a_threat(pipeline, text, type_):
    assert type_ in _types(pipeline, text)


@pytest.mark.parametrize("text, type_", [
    ("Vigilante groups have begun patrolling the villages at night.", "MOBILIZE"),
    ("Farmers in the valley took up arms against the cattle raiders.", "MOBILIZE"),
    ("The navies of Chile and Peru opened a joint naval exercise on Monday.", "COOPERATE"),
    ("The two universities have been working together on a vaccine.", "COOPERATE"),
])
def test_armed_groups_forming_and_joint_work(pipeline, text, type_):
    assert type_ in _types(pipeline, text, ("asserted", "future", "historical"))


@pytest.mark.parametrize("text, threatened", [
    ("The junta is considering expelling the UN mission.", True),
    ("Officials in Ankara are mulling a ban on the pro-Kurdish party.", True),
    ("The cabinet did not consider expelling the diplomats.", False),
])
def test_weighing_a_hostile_act_aloud_is_a_threat(pipeline, text, threatened):
    assert ("THREATEN" in _types(pipeline, text)) is threatened


@pytest.mark.parametrize("text, mode", [
    ("The army switched off mobile networks across the northern provinces.", "withhold"),
    ("Militias cut off the water supply to the besieged town.", "withhold"),
    ("The authorities blocked access to three independent news sites.", "censor"),
    ("Police raided and shut down an opposition radio station.", "censor"),
])
def test_public_goods_withheld_and_information_restricted_are_coerce(pipeline, text, mode):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    assert mode in {e.mode for e in report.events if e.type == "COERCE"}


@pytest.mark.parametrize("text, mode", [
    ("Nurses at two public hospitals in Lagos are on strike for a third week.", "strike"),
    ("Students clashed with riot police outside the university on Friday.", "riot"),
    ("Several hundred demonstrators blocked the main road to the airport.", "obstruct"),
    ("Farmers halted traffic on the motorway with their tractors.", "obstruct"),
])
def test_protest_shapes(pipeline, text, mode):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    assert mode in {e.mode for e in report.events if e.type == "PROTEST"}


@pytest.mark.parametrize("text, type_, kept", [
    ("Street protests erupted in three cities after the verdict.", "PROTEST", True),
    ("Heavy fighting broke out near the airport overnight.", "ASSAULT", True),
    # a topic, not a report: no one named, no place, nothing happening
    ("The protests are a test for the new government.", "PROTEST", False),
])
def test_an_event_noun_reported_as_happening_stands_without_actors(pipeline, text, type_, kept):
    assert (type_ in _types(pipeline, text)) is kept


@pytest.mark.parametrize("text, type_", [
    ("The electoral commission's servers were hit by a ransomware attack on Sunday.", "COERCE"),
    ("Hackers hacked the central bank's payment system overnight.", "COERCE"),
    ("About 400 blue helmets arrived in Goma on Tuesday.", "RETREAT"),
    ("Rebel fighters handed back two police stations and put down their firearms.", "RETREAT"),
    ("The guerrillas announced their pullout from the northern districts.", "RETREAT"),
])
def test_cyber_attacks_arrivals_and_disarming(pipeline, text, type_):
    assert type_ in _types(pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    ("The unions demanded that the government release the jailed strikers.", "release"),
    ("Kyiv asked that Russian troops withdraw from the plant.", "withdraw"),
])
def test_an_act_demanded_in_a_that_clause_is_not_reported_as_done(pipeline, text, trigger):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    acts = [e for e in report.events if e.trigger.text == trigger]
    assert acts and all(e.status == "hypothetical" for e in acts)


@pytest.mark.parametrize("text", [
    "The interior ministry promised that riot police will not use force against the marchers.",
    "The junta pledged not to arrest the returning exiles.",
    "The authorities agreed to scrap travel restrictions on the minority.",
    "The settlers' council accepted a freeze on evictions in the old city.",
    "The governor vowed to guarantee a cease-fire in the province.",
    "The government agreed to grant the northern provinces greater autonomy.",
    "The new cabinet pledged to reverse the policy of forced evictions.",
])
def test_forgoing_coercion_and_easing_measures_are_concessions(pipeline, text):
    assert "CONCEDE" in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Hundreds of gendarmes were sent to the port city on Sunday.",
    "State troopers poured into the town after the shooting.",
    "A new paramilitary organization was formed in the east last spring.",
    "The defence ministry called up reservists born in 1990 and 1991.",
    "The rebels enlisted hundreds of new fighters in the hills.",
])
def test_forces_brought_in_and_armed_groups_formed_are_mobilize(pipeline, text):
    assert "MOBILIZE" in _types(pipeline, text, ("asserted", "historical"))


@pytest.mark.parametrize("text, threat", [
    # a side saying it may take a hostile step against another threatens it
    # the own lexicon reads "could expel" as a possible sanction; the CAMEO dictionary as a threat
    pytest.param("Hungary could expel the Russian ambassador, Prime Minister Viktor Orban told reporters.", True,
                 marks=needs_cameo),
    # a possibility a third party sees is no threat of the side named
    ("Iran could close the strait within days, American officials said.", False),
])
def test_a_side_saying_it_may_act_against_another_threatens_it(pipeline, text, threat):
    assert ("THREATEN" in _types(pipeline, text)) is threat


@pytest.mark.parametrize("text", [
    "Senegalese marines participated in a naval exercise with the French navy in May.",
    "The armies of both countries staged a combined drill near the border.",
    "Five opposition parties formed an electoral alliance on Monday.",
    "The six states launched a customs union in 2021.",
])
def test_exercises_with_others_alliances_and_unions_are_cooperate(pipeline, text):
    assert "COOPERATE" in _types(pipeline, text, ("asserted", "historical"))


@pytest.mark.parametrize("text, given_up", [
    ("The mayor scrapped plans to impose a night curfew on the old town.", "COERCE"),
    ("The interior ministry dropped its plan to deport the asylum seekers.", "COERCE"),
    ("Officials shelved a proposal to ban the teachers' union.", "COERCE"),
])
def test_a_coercive_plan_given_up_is_a_concession_and_not_a_threat(pipeline, text, given_up):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    kinds = {(e.type, e.status) for e in report.events}
    assert ("CONCEDE", "asserted") in kinds
    assert not {t for t, s in kinds if s != "negated"} & {given_up, "THREATEN"}


@pytest.mark.parametrize("text, status", [
    ("Government and rebel delegates signed a truce in Nairobi on Monday.", "asserted"),
    ("The militias reached an armistice after a month of fighting.", "asserted"),
    ("The warring parties might sign a ceasefire in the coming days.", "hypothetical"),
])
def test_a_ceasefire_signed_or_reached_is_declared_not_carried_out(pipeline, text, status):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    truce = [e for e in report.events if e.type == "CONCEDE" and e.trigger.text in ("truce", "armistice", "ceasefire")]
    assert truce and truce[0].status == status
    assert not any(e.type == "RETREAT" and e.status == "asserted" for e in report.events)


@pytest.mark.parametrize("text, type_", [
    # forces ordered or called to a place
    ("The interior minister ordered riot police to the main square on Friday.", "MOBILIZE"),
    ("Facing the rebel advance, the cabinet called upon its reservists.", "MOBILIZE"),
    # movement and access restricted
    ("Border guards restricted access to the disputed strait for three days.", "COERCE"),
    # cooperation agreements signed
    ("Chile and Vietnam signed a free trade agreement in Santiago on Tuesday.", "COOPERATE"),
    ("Indonesia and Australia inked a defence pact on Monday.", "COOPERATE"),
    ("Peru and Bolivia signed an extradition treaty in La Paz.", "COOPERATE"),
    # shows of force held with others
    ("Troops from Kenya, Uganda and Rwanda began combined manoeuvres near Lake Victoria.", "COOPERATE"),
    ("The navies of Egypt and Greece staged joint naval drills off Crete.", "COOPERATE"),
])
def test_forces_sent_access_restricted_and_cooperation_signed(pipeline, text, type_):
    assert type_ in _types(pipeline, text)


@pytest.mark.parametrize("text, not_type", [
    ("The interior minister ordered riot police to clear the main square.", "MOBILIZE"),
    ("Chile and Vietnam signed a peace declaration in Santiago.", "COOPERATE"),
    ("The navy staged naval drills off Crete.", "COOPERATE"),
])
def test_orders_other_agreements_and_solo_drills_are_not_those_classes(pipeline, text, not_type):
    assert not_type not in _types(pipeline, text)


@pytest.mark.parametrize("text, threat", [
    ("Serbia could recall its ambassador from Zagreb, an official said on Monday.", True),
    ("Ghana may suspend gas exports to Togo, a government spokeswoman said.", True),
    ("Ghana may suspend gas exports to Togo, analysts said.", False),
])
def test_a_possibility_an_unnamed_official_states_is_the_sides_threat(pipeline, text, threat):
    assert ("THREATEN" in _types(pipeline, text)) is threat


@pytest.mark.parametrize("text, type_, actor", [
    ("Ethiopia has pulled most of its troops from the Somali border region.", "RETREAT", "Ethiopia"),
    ("Rebel factions in Darfur signed a ceasefire agreement on Sunday.", "CONCEDE", "Darfur"),
    ("Myanmar's junta cut the internet connection across Rakhine State.", "COERCE", "Myanmar"),
    ("Japan shipped 3,000 tonnes of food aid to the flooded provinces.", "AID", "Japan"),
    pytest.param("A Nigerian tribunal handed down long sentences to three former ministers.", "SANCTION", "tribunal",
                 marks=needs_cameo),
])
def test_events_carried_by_common_verbs_keep_the_verbs_subject(pipeline, text, type_, actor):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    events = [e for e in report.events if e.type == type_ and e.status != "negated"]
    assert events and any(actor in s.text for e in events for s in e.actor_spans)


def test_a_rally_that_drew_crowds_is_reported_as_held(pipeline):
    assert "PROTEST" in _types(pipeline, "The demonstration drew some 40,000 people into the centre of Santiago on Sunday.")


@pytest.mark.parametrize("text, status", [
    ("Thousands of paratroopers arrived in the port city on Tuesday.", "asserted"),
    ("The ministry said soldiers will patrol the border towns from next week.", "future"),
    ("The president called up a fresh group of volunteers for the spring offensive.", "asserted"),
    ("The cabinet voted to raise the number of members of the national guard.", None),
    ("Officials put two militia groups near the capital on high alert.", "asserted"),
])
def test_forces_arriving_patrolling_and_counted_up_are_mobilize(pipeline, text, status):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    mobilized = [e for e in report.events if e.type == "MOBILIZE"]
    assert mobilized and (status is None or mobilized[0].status == status)


def test_a_deployment_offered_as_the_alternative_is_a_threat(pipeline):
    text = "Militias were ordered to disband by Friday or the army would deploy soldiers against them."
    assert "THREATEN" in _types(pipeline, text)


@pytest.mark.parametrize("text, threat", [
    ("The union wants to meet the labour minister next week.", False),
    ("The governor said she wanted to impose a curfew on the district.", True),
    ("Ankara is seeking to expel the Dutch ambassador.", True),
    ("The unions want the court to ban the lockout.", False),
    ("The minister does not want to impose a curfew.", False),
])
def test_wanting_a_hostile_act_oneself_is_a_threat(pipeline, text, threat):
    assert ("THREATEN" in _types(pipeline, text)) is threat


def test_seeking_with_an_infinitive_is_no_request(pipeline):
    assert "REQUEST" not in _types(pipeline, "Ankara is seeking to expel the Dutch ambassador.")
    assert "REQUEST" in _types(pipeline, "Kyiv is seeking more air defence systems from its allies.")


def test_a_ban_named_as_a_possibility_is_not_asserted(pipeline):
    report = pipeline.process(Article(text="The president spoke on Monday about the possibility of a ban on "
                                           "opposition parties.", published="2024-03-01"))
    assert not [e for e in report.events if e.type == "COERCE" and e.status == "asserted"]


@pytest.mark.parametrize("text, type_", [
    ("Nepal and its Maoist rebels signed a cease-fire agreement in Kathmandu.", "CONCEDE"),
    ("Prosecutors dropped all charges against the striking dockers on Monday.", "CONCEDE"),
    ("Mercosur and the EFTA states sealed a free trade deal in Buenos Aires.", "COOPERATE"),
])
def test_truces_signed_charges_dropped_and_trade_deals_struck(pipeline, text, type_):
    assert type_ in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Cyclone Idai swept across central Mozambique on Thursday, killing at least 150 people.",
    "Nine miners died yesterday when a cage plunged down the shaft.",
    "Two pilots were killed in a training jet crash near Kalamata.",
    "Four people were killed when a bus overturned on the mountain road.",
    # the clause of the crash hung by the parser from the date before it
    "Five tourists were killed in Peru on Sunday, when a small plane crashed near the lines.",
])
def test_killings_told_as_accidents_are_no_assault(pipeline, text):
    assert "ASSAULT" not in _types(pipeline, text, ("asserted", "historical", "hypothetical"))


@pytest.mark.parametrize("text", [
    "Gunmen killed seven people when they stormed a bus station in Kano.",
    "Three soldiers were killed in an ambush near the base.",
])
def test_killings_with_a_violent_cause_stay_assault(pipeline, text):
    assert "ASSAULT" in _types(pipeline, text)


def test_an_election_campaign_ended_is_no_concession(pipeline):
    assert "CONCEDE" not in _types(pipeline, "On Friday the senator ended her campaign for governor.")
    assert "CONCEDE" in _types(pipeline, "The strikers ended their campaign of protests on Monday.")


@needs_cameo  # a resignation told by a noun comes from the CAMEO dictionary's patterns
def test_a_resignation_tendered_is_a_retreat(pipeline):
    assert "RETREAT" in _types(pipeline, "The interior minister tendered his resignation on Friday.")


@pytest.mark.parametrize("text, aid", [
    ("Norway gave $40 million to the relief effort in Sudan.", True),
    ("The Red Crescent provided tents and blankets to the displaced families.", True),
    ("Poland gave Ukraine 30 tanks last year.", True),
    ("She won 39 delegates, giving her a total of 54 delegates.", False),
    ("The firm provided details of the merger on Monday.", False),
])
def test_give_and_provide_are_aid_only_with_what_aid_is(pipeline, text, aid):
    assert ("AID" in _types(pipeline, text, ("asserted", "historical"))) is aid


def test_a_preposition_after_the_object_makes_no_phrasal_verb(pipeline):
    assert "CONCEDE" not in _types(pipeline, "The minister gave a long speech in parliament on Tuesday.")


@pytest.mark.parametrize("text, mode", [
    # violence by hand or by a mob, and property destroyed in it
    ("A taxi driver was knifed in the back during the robbery.", "primitive"),
    ("Villagers lynched two men accused of stealing a goat.", "beat"),
    ("Unidentified attackers torched three buses at the depot.", "destroy"),
    ("Armed men ransacked the clinic and stole medicines.", "destroy"),
    # weapons thrown, planted or set off
    ("Someone lobbed a hand grenade into the courtyard of the police post.", "explosives"),
    ("A bomb was planted under the bridge, the army said.", "explosives"),
    ("Youths threw stones at the convoy as it left the camp.", "primitive"),
    # fires set in conflict
    ("Militiamen burned down the village school and the clinic.", "destroy"),
])
def test_violence_by_hand_by_mobs_and_with_thrown_weapons(pipeline, text, mode):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    assert ("ASSAULT", mode) in {(e.type, e.mode) for e in report.events if e.status == "asserted"}


@pytest.mark.parametrize("text", [
    "The dispute poisoned relations between the two capitals.",
    "A wildfire burned 300 hectares of forest in the south.",
    "The team threw a party for the departing coach.",
    "Critics say the elite plundered the treasury for decades.",
])
def test_the_same_words_said_of_relations_fires_and_parties_state_no_assault(pipeline, text):
    assert "ASSAULT" not in _types(pipeline, text, ("asserted", "historical"))


@pytest.mark.parametrize("text", [
    "The prime ministers of Greece and Turkey spoke by telephone on Thursday.",
    "The two foreign ministers discussed the border in a video call.",
    "Macron and Scholz held a phone call about the gas crisis.",
])
def test_talks_at_a_distance_are_consultations_by_phone(pipeline, text):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    assert ("CONSULT", "phone") in {(e.type, e.mode) for e in report.events}


@pytest.mark.parametrize("text, type_", [
    ("Police raided the headquarters of the opposition party before dawn.", "COERCE"),
    ("Tax police carried out a raid on the offices of the broadcaster.", "COERCE"),
    ("Gunmen raided a farming village overnight, killing eleven people.", "ASSAULT"),
])
def test_a_raid_by_the_police_is_coercion_by_gunmen_an_assault(pipeline, text, type_):
    found = {(e.type, e.trigger.text.split()[-1]) for e in pipeline.process(
        Article(text=text, published="2024-03-01")).events if e.status == "asserted"}
    assert any(t == type_ and w.startswith("raid") for t, w in found), found


@pytest.mark.parametrize("text", [
    "Opposition groups gathered in the square on Friday for a rally against the tax.",
    "Students assembled outside the ministry for a vigil.",
    "Demonstrators converged on the presidential palace.",
    "Hundreds of protesters poured into the streets of the port city.",
    "Tens of thousands took to the streets of Minsk on Sunday.",
    "Residents spilled into the streets after the results were announced.",
    # said of its subject, whoever they are
    "Port workers have been on strike since Monday.",
])
def test_protests_told_through_the_people_who_hold_them(pipeline, text):
    assert "PROTEST" in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Mourners gathered for a funeral in the village.",
    "Fans gathered in the park for the concert.",
    "She took a street map from the shelf.",
])
def test_other_gatherings_are_no_protests(pipeline, text):
    assert "PROTEST" not in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "A 72-hour cease-fire was declared in the northern districts on Sunday.",
    "A truce was agreed in the early hours of Monday, the mediators said.",
    "Most of the strikers' demands were accepted after a night of talks.",
])
def test_a_truce_or_demands_agreed_in_the_passive_are_concessions(pipeline, text):
    assert "CONCEDE" in _types(pipeline, text)


@pytest.mark.parametrize("text, mode", [
    # what was hit with what
    ("A police station was hit by a mortar shell on Tuesday night.", "heavy-weapons"),
    ("Rebels targeted an army convoy with a roadside bomb.", "explosives"),
    ("A wedding party was struck by a drone in the valley.", "drone"),
    # bombs dropped, attacks suffered
    ("Army helicopters dropped barrel bombs on two villages.", "aerial"),
    ("The outpost came under heavy shelling overnight.", None),
    # harm done in an attack no one is named for
    ("Dozens of homes were destroyed in the bombardment.", "heavy-weapons"),
    # a blade, not a computer
    ("Attackers hacked two herders to death with machetes.", "primitive"),
])
def test_attacks_told_by_weapon_target_or_harm(pipeline, text, mode):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    found = {(e.type, e.mode) for e in report.events if e.status == "asserted"}
    assert any(t == "ASSAULT" and (mode is None or m == mode) for t, m in found), found


@pytest.mark.parametrize("text", [
    "The minister came under fire from his own party for the remarks.",
    "The retailer was hit by falling sales in the spring.",
    "She was hit by a car while crossing the road.",
    "Hackers targeted the bank's customers with fake emails.",
    "Officials came under pressure to resign.",
])
def test_the_same_verbs_without_weapons_state_no_assault(pipeline, text):
    assert "ASSAULT" not in _types(pipeline, text, ("asserted", "historical"))


@pytest.mark.parametrize("text", [
    "Soldiers rounded up forty men in the market on Friday.",
    "Border police nabbed two smugglers near the crossing.",
])
def test_arrests_in_other_words(pipeline, text):
    assert "COERCE" in _types(pipeline, text)


@pytest.mark.parametrize("text, absent", [
    ("He left the party in 2019 and returned to Canada.", "RETREAT"),
    ("The ministry released a report on prison conditions on Monday.", "RETREAT"),
    ("Her lawyers released a statement after the hearing.", "RETREAT"),
    ("Technicians worked through the night to restore electricity to the suburbs.", "COOPERATE"),
    ("The senator is seeking re-election in November.", "REQUEST"),
])
def test_common_verbs_said_of_travel_information_services_and_office(pipeline, text, absent):
    assert absent not in _types(pipeline, text, ("asserted", "historical"))


@pytest.mark.parametrize("text, type_", [
    ("Rebels released the three hostages on Sunday.", "RETREAT"),
    ("Ankara and Cairo restored diplomatic ties after a decade.", "SUPPORT"),
    ("The two neighbours restored direct flights between their capitals.", "COOPERATE"),
])
def test_the_same_verbs_with_captives_and_ties_state_the_event(pipeline, text, type_):
    assert type_ in _types(pipeline, text, ("asserted", "historical"))


@pytest.mark.parametrize("text, word, statuses", [
    ("No civilians were killed in the strike, the army said.", "killed", {"negated"}),
    ("Nobody was arrested after the march.", "arrested", {"negated"}),
    ("Thousands of fans were to storm the pitch on Saturday.", "storm", {"hypothetical"}),
    # a meeting planned is PLOVER's willingness to meet (AGREE), not a meeting held
    ("The two foreign ministers are to meet in Oslo next month.", "meet", {"future", "asserted"}),
])
def test_a_subject_of_no_one_negates_and_a_plan_is_not_a_deed(pipeline, text, word, statuses):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    found = [(e.type, e.status) for e in report.events if e.trigger.text.startswith(word)]
    assert found and all(st in statuses for _, st in found) and ("CONSULT", "asserted") not in found, found


@pytest.mark.parametrize("text", [
    "Three former ministers were found guilty of embezzlement on Tuesday.",
    "The constitutional court ruled that the emergency decree was unconstitutional.",
    "The tribunal declared the election result void.",
    "A High Court judge found the deportation policy unlawful.",
])
def test_a_court_finding_guilt_or_unlawfulness_is_a_sanction(pipeline, text):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    assert ("SANCTION", "convict") in {(e.type, e.mode) for e in report.events}


@pytest.mark.parametrize("text", [
    "An independent report found the policy unlawful.",
    "The jury found the former mayor not guilty of bribery.",
    "The court found that it could rule on the matter.",
    "Researchers found the sample was invalid.",
])
def test_findings_of_others_acquittals_and_procedure_are_no_convictions(pipeline, text):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    assert ("SANCTION", "convict") not in {(e.type, e.mode) for e in report.events}


@pytest.mark.parametrize("text", [
    "Car sales declined 4.2 % in the third quarter.",
    "The US housing market has been declining for two years.",
    "The carmaker expects to beat last year's profit by a wide margin.",
    "The central bank raised interest rates for the fifth time this year.",
    "The FTSE index increased by 0.3 % on Monday.",
    "Several developers demonstrated their new applications at the fair.",
    "Analysts see positive signs in the latest figures.",
    "The company unveiled a new version of its phone.",
])
def test_markets_products_and_figures_state_no_event(pipeline, text):
    assert not _types(pipeline, text, ("asserted", "historical", "future"))


@pytest.mark.parametrize("text, type_", [
    ("Thousands demonstrated in the capital against the price rises.", "PROTEST"),
    ("The government cut off the water supply to the rebel district.", "COERCE"),
    ("Police beat the detained students with sticks.", "ASSAULT"),
])
def test_the_same_verbs_with_people_and_public_goods_still_state_events(pipeline, text, type_):
    assert type_ in _types(pipeline, text)


@pytest.mark.parametrize("text, absent", [
    ("A small plane on Sunday struck a power line and crashed in a field.", "ASSAULT"),
    ("A tanker on Monday struck a reef off the coast.", "PROTEST"),
    ("The floods forced 20,000 villagers to evacuate.", "AID"),
])
def test_vehicles_that_crash_and_people_who_flee_state_no_event(pipeline, text, absent):
    assert absent not in _types(pipeline, text, ("asserted", "historical"))
