"""Table tests for a claim's context: who says it, the hedge, what it counts, where and when (issue 11).

Every sentence here is invented for the test; each row names one form of CLAIMS.md.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from claims.extraction import extract_claims, framing
from tests.claim_reading import PUBLISHED, claim_at

ROOT = Path(__file__).resolve().parents[3]


# (text, the number's quote, attribution)
# A count replaced, with its own source after "as", and the source of the count replacing it.
REPLACED_BY_RECOUNT = (
    "Eleven hikers were hurt in the rockfall, not nine as the park office reported on Monday, rescuers in "
    "Carinthia said on Tuesday, after a recount."
)

ATTRIBUTIONS: list[tuple[str, str, str]] = [
    # the source after the number
    ("Nine fishermen drowned off the cape, the coast guard said.", "Nine", "the coast guard said"),
    ("Some 140 ferries were cancelled, the operator said on Friday.", "140", "the operator said"),
    ("At least 64 homes flooded, said Maria Okafor, the mayor.", "64", "said Maria Okafor"),
    # "while" with a verb in -ing is a time inside the clause, not a turn to another source
    (
        "Nine hikers died, two of them guides swept away while crossing a stream, and 14 were missing, the agency added.",
        "Nine",
        "the agency added",
    ),
    # the source before the number
    ("The transport ministry said 212 flights were grounded.", "212", "The transport ministry said"),
    ("Inspectors estimated that about 3,100 hens had died.", "3,100", "Inspectors estimated"),
    ("The union claimed 18,000 members walked out.", "18,000", "The union claimed"),
    ("Firefighters confirmed 11 barns were lost.", "11", "Firefighters confirmed"),
    ("The league announced 26 clubs would take part.", "26", "The league announced"),
    ("Volunteers counted 412 nesting pairs on the island.", "412", "Volunteers counted"),
    ("The regulator has estimated 7,400 accounts were exposed.", "7,400", "The regulator has estimated"),
    # according to
    (
        "About 900 residents left, according to the Port Tamsin fire service.",
        "900",
        "according to the Port Tamsin fire service",
    ),
    (
        "According to figures from the harbour authority, 37 vessels sank.",
        "37",
        "According to figures from the harbour authority",
    ),
    ("Roughly 55 miners remain below ground, according to officials.", "55", "according to officials"),
    # possessives and a source's own count
    ("Hospital figures showed 83 people were treated.", "83", "Hospital figures showed"),
    ("By the council's count, 2,600 trees came down.", "2,600", "the council's count"),
    # pronouns pointing back, and a cited speaker
    ("He added that 19 wardens had resigned.", "19", "He added"),
    ("Another 45 were rescued by boat, it said.", "45", "it said"),
    (
        "A port official was cited by Radio Tamsin as saying 300 containers fell.",
        "300",
        "A port official was cited by Radio Tamsin as saying",
    ),
    # an appositive between the name and the verb, and a passive
    (
        "Lena Varga, a spokeswoman for the airline, said 70 crew were stranded.",
        "70",
        "Lena Varga, a spokeswoman for the airline, said",
    ),
    ("The figure of 4,000 was confirmed by the relief agency.", "4,000", "confirmed by the relief agency"),
    # an appositive that is a clause, a bracketed acronym, a count in the naming phrase
    (
        "The Harbour Pilots' Guild, which runs the tugs, claimed that 46 ships were delayed.",
        "46",
        "The Harbour Pilots' Guild, which runs the tugs, claimed",
    ),
    ("Farmers, in a letter on Friday, said 700 wells had failed.", "700", "Farmers, in a letter on Friday, said"),
    ("The Lake Tana Rescue Service (LTRS) said 31 boats capsized.", "31", "The Lake Tana Rescue Service (LTRS) said"),
    (
        "Three fishermen told Radio Tamsin that dozens of nets were cut.",
        "dozens",
        "Three fishermen told Radio Tamsin",
    ),
    ("About 16 huts burned, said one villager.", "16", "said one villager"),
    # a source at the far end of a long sentence governs its numbers
    (
        "Rescuers pulled 52 people from the collapsed market on the eastern edge of the old town during a night of "
        "heavy rain and repeated aftershocks, the regional governor's office said.",
        "52",
        "the regional governor's office said",
    ),
    # reported speech inside reported speech keeps the outer speaker
    ("The water board said it had recorded 1,900 leaks.", "1,900", "The water board said"),
    ("The mayor said the city's own count found 2,000 stalls.", "2,000", "The mayor said"),
    ("Ana Ruiz told reporters her staff had counted 300 tents.", "300", "Ana Ruiz told reporters"),
    ("The council put the number of homeless at 2,300 by Tuesday.", "2,300", "The council put"),
    # a long object between "put" and "at"
    (
        "The Red Crescent put the number forced from their homes across the three districts at 9,100 on Monday.",
        "9,100",
        "The Red Crescent put",
    ),
    # a direct quotation takes the speaker named outside it
    (
        "“We pulled 23 people from the water,” the harbour master told reporters.",
        "23",
        "the harbour master told reporters",
    ),
    ('"Nearly 60 cattle drowned," a farmer said.', "60", "a farmer said"),
    # abbreviations are no sentence end
    ("The U.N. agency said 1,200 families were displaced.", "1,200", "The U.N. agency said"),
    # a passive with its agent, no auxiliary ("the 9,000 claimed by the organisers")
    (
        "Police put turnout at 2,500, far below the 9,000 claimed by the organisers.",
        "9,000",
        "claimed by the organisers",
    ),
    # a second source whose verb the sentence says once
    ("In May, organisers put turnout at 8,000 and police at 3,000.", "3,000", "police"),
    ("The agency counted 310 wells, and the Water Board about 280.", "280", "the Water Board"),
    ("On Friday the agency said 90 and the observatory more than 400.", "more than 400", "the observatory"),
    # "against N for X": each rival count's own source
    ("The firm counted 9,000 marchers, against 30,000 for the union.", "30,000", "the union"),
    ("A survey counted 700 stalls, against 1,200 for the Market Office.", "1,200", "the Market Office"),
    # an owner's count ("the organisers' 8,000") is the owner's; "put at" with its object left out names who put it
    ("Estimates ran from the police's 3,000 to the organisers' 8,000.", "3,000", "the police"),
    ("Estimates ran from the police's 3,000 to the organisers' 8,000.", "8,000", "the organisers"),
    ("The rally, which organisers said drew 8,000 and the police put at 3,000, ended.", "3,000", "the police put"),
    # "measured ... at" names who measured; "the fire measured 40 hectares" names no one
    ("The survey measured the quake at magnitude 6.1 on Monday.", "6.1", "The survey measured"),
    # a source after the number but past a semicolon or "while" is the next clause's
    ("In Leeds, the union put the crowd at 9,000; police counted 2,000.", "9,000", "the union put"),
    ("The union put the crowd at 9,000 while police counted 2,000 in the square.", "9,000", "The union put"),
    # a relative pronoun stands for the name before it; a coordinated verb shares the sentence's subject
    (
        "Turnout was high, according to the teachers' union, which said 4,000 marched.",
        "4,000",
        "the teachers' union, which said",
    ),
    ("The Red Crescent stood by its count, and said 340 tents were lost.", "340", "The Red Crescent"),
    # a correction names its own source, and "as it had announced" stands for it, for the new count and the old
    (
        "The agency also corrected its tally for Friday to 62 deaths, not 59 as it had announced, after a late report.",
        "62",
        "The agency also corrected",
    ),
    (
        "The harbour office corrected the number of ships stranded to 31, not 13 as it first said.",
        "13",
        "The harbour office corrected",
    ),
    # ", saying" after a clause that opens with a name: the clause's subject, its name, says what follows
    ("Residents disputed the figure, saying more than 90 homes had burned.", "90", "Residents"),
    ("The union rejected the offer, saying 400 jobs were at risk.", "400", "The union"),
    # a relative clause that says the number is its own source, though the name's verb comes after it
    (
        "The fishermen's cooperative, which has said that 260 boats sank, put the number still missing at 30.",
        "260",
        "The fishermen's cooperative, which has said",
    ),
    (
        "The drivers' union, which insists 1,700 buses were idle, said it would strike again.",
        "1,700",
        "The drivers' union, which insists",
    ),
    # a source's own count with a word between ("the ministry's final count")
    ("The ministry's final count was 8,200 voters, including 700 abroad.", "700", "The ministry's final count"),
    # a pronoun stands for the source its sentence named before it
    (
        "The port authority said on Monday that 31 ships had docked, not 29 as it had first announced.",
        "29",
        "The port authority said",
    ),
    (
        "Border guards said 600 people crossed on Friday, up from 450 that they had reported on Thursday.",
        "450",
        "Border guards said",
    ),
    # ... but not for a source inside a quotation that the pronoun's speaker quotes
    ("“The mayor says 12, the council says 30,” she said.", "30", "she said"),
    # verbs that report, promise or repeat a figure
    (
        "The Fishermen's Guild repeated that 4,000 boats had stayed in port.",
        "4,000",
        "The Fishermen's Guild repeated",
    ),
    ("The water company has promised 200 new pumps.", "200", "The water company has promised"),
    ("Norway pledged $40 million for the camps.", "$40 million", "Norway pledged"),
    ("Engineers note that 70 bridges need repair.", "70", "Engineers note"),
    ("The union blamed the delays on 300 missing drivers.", "300", "The union blamed"),
    # a source that closes the sentence after a comma reports all of it, but a record named nearer is nearer
    ("The port has recorded 40 arrivals since Monday, the coast guard said on Friday.", "40", "the coast guard said"),
    ("Rescuers found 12 more bodies overnight, he said.", "12", "he said"),
    ("Harbour records showed 40 arrivals, a spokesman said.", "40", "Harbour records showed"),
    # a distance the sentence states is its source's
    ("The quake's epicentre was 12 km south of Tolva, the institute said.", "12 km", "the institute said"),
    # "mapped ... at": who measured
    ("The forestry service mapped the burn scar at 3,400 hectares.", "3,400", "The forestry service mapped"),
    # a count set against another source's count is not credited to that source
    (
        "The union said on Monday that across the region's hospitals some 9,000 nurses had walked out, "
        "five times the ministry's count.",
        "9,000",
        "The union said",
    ),
    (
        "The union said on Monday that across the region's hospitals some 9,000 nurses had walked out, "
        "roughly twice the ministry's figure.",
        "9,000",
        "The union said",
    ),
    # a relative clause between a name and its verb may hold a number and run long
    (
        "The Dockers' Union, which represents about 2,000 crane drivers at the port, said 40 ships were idle.",
        "40",
        "The Dockers' Union, which represents about 2,000 crane drivers at the port, said",
    ),
    # a person's age set off after the name is part of the naming phrase
    ("Marta Kovac, 58, said she had lost 40 sheep.", "40", "Marta Kovac, 58, said"),
    (
        "Tomas Reyes, 37, a ferry pilot, said the crossing took nine hours.",
        "nine",
        "Tomas Reyes, 37, a ferry pilot, said",
    ),
    # a name that closes its clause right after the verb, after a share, says the share before it
    (
        "Between 30 and 35 percent said the polling firm Norvex, and 25 percent said hotel owners.",
        "Between 30 and 35 percent",
        "said the polling firm Norvex",
    ),
    (
        "Between 30 and 35 percent said the polling firm Norvex, and 25 percent said hotel owners.",
        "25 percent",
        "said hotel owners",
    ),
    # a relative clause's source says what follows it, without its "that"
    ("The port closed after a strike that dockers said had idled 40 ships.", "40", "dockers said"),
    # a subject that holds to its own count: its name (the verb that holds names no one)
    ("The dockers' union stood by its figure of 9,000.", "9,000", "The dockers' union"),
    ("The council itself has stood by its count of 312.", "312", "The council"),
    ("The port authority kept its estimate of about 40 ships.", "about 40", "The port authority"),
    (
        "A fire service spokesman, Rui Sá, gave a lower figure of 1,200 hectares.",
        "1,200",
        "A fire service spokesman, Rui Sá",
    ),
    # a count given "as N" or set off after a comma is its giver's too ("gave the number as", "gave a count, N")
    ("The harbour office gave the number as 17 trawlers.", "17", "The harbour office"),
    ("Organisers gave a far higher count, 4,500, on Sunday.", "4,500", "Organisers"),
    ("The league gave a third estimate, about 960 fans.", "about 960", "The league"),
    # a participle that corrects a count has the sentence's subject, not the word before its comma
    ("The mine now reports 45 men on the shift, correcting its first figure of 38.", "38", "The mine now reports"),
    # a short "who" clause between a name and its verb is part of the naming phrase
    ("Nurses who worked the night say 40 patients arrived.", "40", "Nurses who worked the night say"),
    ("A driver who survived told the radio there had been 70 aboard.", "70", "A driver who survived told the radio"),
    # a source noun after a possessive or "own" is no verb ("in its own report")
    (
        "The port authority put the damage at more than €3 million in its own report.",
        "more than €3 million",
        "The port authority put",
    ),
    # between two asides opened by "as", a count is the later one's
    (
        "The rally drew either 90,000 people, as the organisers say, or 20,000, as the police counted.",
        "20,000",
        "the police counted",
    ),
    (
        "The rally drew either 90,000 people, as the organisers say, or 20,000, as the police counted.",
        "90,000",
        "the organisers say",
    ),
    # a counter's count named with its value, and a possessive owner's count described in two words
    ("The union said about 9,000, close to the port police count of 7,000.", "7,000", "the port police count"),
    (
        "The agency's largest one-week tally was about 2,100 arrivals.",
        "about 2,100",
        "The agency's largest one-week tally",
    ),
    # a multiple set against a counter's count: the count compared with is the speaker's
    ("The union repeated that 9,000 came, three times the police figure of 3,000.", "3,000", "The union repeated"),
    # a year that dates a source after its determiner is part of its name
    (
        "The region has fewer than 90 vets, according to a 2024 survey by the Farmers' Guild.",
        "fewer than 90",
        "according to a 2024 survey",
    ),
    # ... and a name or a determiner before it makes it one
    ("The ministry counts 40 shelters in the valley.", "40", "The ministry counts"),
    ("Port strike: union claims 900 walked out, ministry counts 400", "400", "ministry counts"),
    # a source set off by commas after the count says what came before it, over a verb inside it
    (
        "Chile has recorded more than 9,000 fires this year, according to CONAF, twice the average.",
        "more than 9,000",
        "according to CONAF",
    ),
    (
        "Peru recorded 310 rail accidents in 2024, it said, citing the statistics office.",
        "310",
        "it said",
    ),
    # a source that closes the sentence says what came before a "while" too
    (
        "Two ferries stayed in port for three days while crews replaced 40 metres of quay, the harbour office said.",
        "three",
        "the harbour office said",
    ),
    # ... but not one set off inside a relative clause
    ('She blamed "about 40" youths who, she said, were not farmers.', "about 40", "She blamed"),
    # ... but one that closes the sentence after a comma says all of it
    ("The toll rose to 30, and 12 remain missing, officials said.", "30", "officials said"),
    # the words that link a long name ("of", "from the") do not count towards its length
    (
        "A panel of engineers from the Technical University of Graz, using laser scans, put the damage at €9 million.",
        "€9 million",
        "A panel of engineers from the Technical University of Graz, using laser scans, put",
    ),
    # a distance and its direction, set off after a name, place it: the aside holds no count
    (
        "Police in Tarvo, some 30 miles north of the capital, said they had found 12 rifles.",
        "12",
        "Police in Tarvo, some 30 miles north of the capital, said",
    ),
    # an irregular past form narrates: "held" is no part of a name before "records"
    (
        "Orvik Labs, a firm that studied the leak, said the numbering showed the thieves held records of 2 million.",
        "2 million",
        "Orvik Labs, a firm that studied the leak, said",
    ),
    # an aside that ends in a number or a bracket, between a name and its verb
    (
        "The Red Hand group, which has asked for €4m, says it took the files of 900,000 patients.",
        "900,000",
        "The Red Hand group, which has asked for €4m, says",
    ),
    (
        "A farmers' union, the Grain Growers Alliance (GGA), claimed that 400 farms had been flooded.",
        "400",
        "A farmers' union, the Grain Growers Alliance (GGA), claimed",
    ),
    # a "whose" clause set off after a name, a number in it, runs on to the name's verb
    (
        "The river authority, whose 60 gauges cover the basin, said 14 villages were flooded.",
        "14",
        "The river authority, whose 60 gauges cover the basin, said",
    ),
    (
        "The miners' union, whose own tally of 310 men was never published, put the number trapped at 26.",
        "26",
        "The miners' union, whose own tally of 310 men was never published, put",
    ),
    # a name's count given in its "whose" clause, or put "at" it by its relative clause's verb, is that name's
    (
        "The miners' union, whose own tally of 310 men was never published, put the number trapped at 26.",
        "310",
        "The miners' union, whose own tally",
    ),
    (
        "The fishers' league, which puts the boats lost at 85, says the fleet will not recover.",
        "85",
        "The fishers' league, which puts",
    ),
    # the noun after "whose" is no verb of saying ("whose lists include")
    (
        "The village heads, whose lists include people buried at home, said 27 had died.",
        "27",
        "The village heads, whose lists include people buried at home, said",
    ),
    # a "whose" clause with a saying of its own keeps it: its speaker says the count inside it
    (
        "The dockers' union, whose leader Tomas Eriksen said nine cranes stood idle, put the losses at 40 ships.",
        "nine",
        "leader Tomas Eriksen said",
    ),
    # in an aside a name that spells a verb of saying, or a noun such as "report", says nothing
    (
        "The strikers, the Dock Workers League and the CUT federation, said 9,000 walked out.",
        "9,000",
        "The strikers, the Dock Workers League and the CUT federation, said",
    ),
    (
        "The fire service, in a report published on Monday, said 230 homes burned.",
        "230",
        "The fire service, in a report published on Monday, said",
    ),
    # before a passive verb stands what was counted; its source follows "by", unless a time does
    ("Some 30 boats had been counted by the harbour office.", "Some 30", "counted by the harbour office"),
    (
        "The weather office said about 12 tremors had been recorded by noon, the largest of magnitude 4.2.",
        "4.2",
        "The weather office said",
    ),
    # a count's own source named right after it, the count being what it gave, whoever reports it
    (
        "The union said 300 workers were laid off, more than the 120 the company first gave.",
        "120",
        "the company first gave",
    ),
    ("Families say 90 are missing, well above the 40 given by the army, as anger grows.", "40", "given by the army"),
    (
        "Police said 12 people were held, fewer than the 30 that the rights group counted on Monday.",
        "30",
        "the rights group counted",
    ),
    # a count the sentence corrects is the speaker's to correct
    ("The plant said the tank held 18 tonnes, not the 25 tonnes given by the inspector.", "25", "The plant said"),
    # a phrase opened by a preposition after ", and" places a count; it names no source of its own
    ("Police counted 900 marchers in Nantes, and in Lyon about 3,000.", "about 3,000", "Police counted"),
    # ", and that" goes on with an earlier verb's report; a passive participle opens no "that"
    (
        "The Bar Council said 30 people were held, against the 18 counted by police, and that six were minors.",
        "six",
        "The Bar Council said",
    ),
    # the source after "not N as" gave the count replaced, not the count that replaces it
    (
        REPLACED_BY_RECOUNT,
        "nine",
        "the park office reported",
    ),
    # a pronoun that opens a sentence's saying stands for the body its paragraph named last before it
    (
        "The tenants' association, which meets monthly, said the damage was worse. It counted 31 flooded flats "
        "and said pumps had run for 90 hours.",
        "90",
        "The tenants' association, which meets monthly, said",
    ),
    # but the pronoun with its own verb is the words that name the source
    (
        "The tenants' association, which meets monthly, said the damage was worse. It counted 31 flooded flats "
        "and said pumps had run for 90 hours.",
        "31",
        "It counted",
    ),
    # "the N X has listed": a relative clause names its count's counter
    (
        "The ferry operator said it carried 212 trucks, far more than the 150 police have listed.",
        "150",
        "police have listed",
    ),
    # a count the speaker is asked about is its owner's
    (
        "Asked about the union's 4,000 marchers and about 900 buses, the mayor said the count was wrong.",
        "about 900",
        "the union",
    ),
]


@pytest.mark.parametrize(("text", "quote", "attribution"), ATTRIBUTIONS)
def test_attribution_names_the_source_with_its_verb(text: str, quote: str, attribution: str) -> None:
    c = claim_at(text, quote)
    assert c.attribution == attribution
    assert c.attribution_start is not None and c.attribution_end is not None
    assert text[c.attribution_start : c.attribution_end] == attribution


# (text, the number's quote): no one is named, so no attribution
UNATTRIBUTED: list[tuple[str, str]] = [
    # a report given is no count given after its comma ("gave a lower count, 380" is)
    ("The ministry published its report, 40 pages long, on Friday.", "40"),
    # no one named in the gap: the count continues, unsaid
    ("The storm destroyed 2,841 houses and damaged another 10,100.", "10,100"),
    ("Some 2,000 sheep were reportedly stolen.", "2,000"),
    ("About 40 lorries waited at the border.", "40"),
    # what a sum is spent for is not who counted it
    ("The city spent $5 million on roads, against $3 million for the Olympic Games.", "$3 million"),
    ("Some 200 residents said they had heard the blast.", "200"),
    ("Twelve people died in the fire.", "Twelve"),
    # an owner of a thing counted, or a place, is no source ("Kenya's 40 parks", "the floods put at risk 3,000 homes")
    ("The ministry's 40 parks were closed.", "40"),
    ("Kenya's 300 rangers were paid.", "300"),
    ("The floods put at risk 3,000 homes.", "3,000"),
    # a passive or a negation names no one as saying it
    ("Another 14 bodies had been counted in the valley.", "14"),
    ("Officials had not confirmed that 30 guards fled.", "30"),
    # a saying still to come credits no one yet
    ("The board set up a panel of experts, which will report within 60 days.", "60"),
    # "…, said NAME, 34, a nurse": the inverted source governs the quotation before it, not what follows
    ("“Rents doubled,” said Ana Moreno, 41, a teacher who lives with three others.", "41"),
    ("“Rents doubled,” said Ana Moreno, 41, a teacher who lives with three others.", "three"),
    # a count before "the" is another count, not part of the naming phrase after it
    ("Some 12 bodies were recovered, far fewer than the 40 the navy had estimated.", "12"),
    # a verb form after "and" and before a noun modifies the noun: no verb of the sentence's subject
    ("The Red Cross sent tents and registered volunteers to 12 camps.", "12"),
    # a quotation's speaker is never named in the next paragraph
    ('Ana Ruiz was on duty that night. "The roof held for 20 minutes."\n\nThe fire service said it was old.', "20"),
    # a place's size or distance set off after it is the writer's, no one's count
    ("Floods cut off Marsa, a fishing town of about 12,000, the governor said.", "12,000"),
    ("Rescuers reached Tolva, some 40 km north-east of the capital, the army said.", "40 km"),
    # a person's age is no one's count
    ("Marta Kovac, 58, said she had lost 40 sheep.", "58"),
    ("Marta Kovac said her nephew, Luis, 23, had lost 40 sheep.", "23"),
    # an age after "aged", or set off after a person, is no one's count
    ("Police said two men, aged 19 and 23, were charged.", "19"),
    ("Police said two men, aged 19 and 23, were charged.", "23"),
    ('"We swam for hours," a woman, 44, told the coast guard.', "44"),
    # a plural noun after bare lower-case words is no verb of saying ("duplicate records", "late reports")
    ("About 4,000 names were dropped as duplicate records were removed.", "About 4,000"),
    ("The count rose by 12 after two clinics filed late reports.", "12"),
    # a demonstrative is no source
    ("Those found 12 rings in the sand.", "12"),
    # a share of respondents names no one
    ("About 40 percent said the rent was too high.", "40 percent"),
    # a relative clause's source says nothing before it, nor after the comma that closes it
    ("The council approved the budget by 21 votes to 9, a plan that unions say will close schools.", "21"),
    ("The port opened a $40m terminal that Velmar says will double traffic.", "$40m"),
    ("The guild, which claims some 9,000 members, has held three strikes this year.", "three"),
    ("The dockers' strike, which unions said idled 40 ships, closed 12 warehouses.", "12"),
    # a source that opens a clause after ", and" says that clause, not the one before
    ("Floods cut off four villages, and the army said food was being dropped.", "four"),
    ("The bank lent €2 million to farmers, and the ministry said 300 more had applied.", "€2 million"),
    # ... or after ", but"
    ("The toll from the blast rose to 19 on Friday, but the miners' guild said at least 30 had died.", "19"),
    # an irregular past form is no part of a name: "held records" narrates
    ("The thieves held records of 4,000 clients.", "4,000"),
    # a size before "numbers" says how many came, not whose count it is
    ("Nurses marched in large numbers, and the three unions gave different counts.", "three"),
    # a number in the words that describe a source, between its name and its verb, is the writer's
    ("The Red Hand group, which has asked for €4m, says it took the files of 900,000 patients.", "€4m"),
    ("The cabinet, which has cut subsidies to bring debt down from 90 percent, says it cannot pay.", "90 percent"),
]


@pytest.mark.parametrize(("text", "quote"), UNATTRIBUTED)
def test_no_source_no_attribution(text: str, quote: str) -> None:
    c = claim_at(text, quote)
    assert (c.attribution, c.attribution_start, c.attribution_end) == ("", None, None)


def test_the_source_of_a_count_replaced_is_not_the_replacing_count_s() -> None:
    # "Eleven ..., not nine as the park office reported": the park office gave the nine, not the eleven.
    attribution = claim_at(REPLACED_BY_RECOUNT, "Eleven").attribution
    assert attribution.endswith("Carinthia said") and "park office" not in attribution


def test_each_clause_keeps_its_own_source() -> None:
    text = "Organisers said 120,000 people marched, while police counted 35,000."
    assert claim_at(text, "120,000").attribution == "Organisers said"
    assert claim_at(text, "35,000").attribution == "police counted"


def test_a_source_after_two_numbers_governs_both() -> None:
    text = "About 30 people died and 12 were injured, the ministry said."
    assert [c.attribution for c in extract_claims(text)] == ["the ministry said", "the ministry said"]


def test_a_source_in_the_next_sentence_is_not_taken() -> None:
    text = "Some 80 boats were damaged. The navy said it would help."
    assert claim_at(text, "80").attribution == ""


def test_a_quotation_over_several_sentences_keeps_its_speaker() -> None:
    text = (
        "“The river took everything,” said the relief coordinator, Amina Diallo. "
        "“We have fed 900 people today. Tomorrow it will be more.”"
    )
    c = claim_at(text, "900")
    assert c.attribution == "said the relief coordinator, Amina Diallo"


def test_a_quotation_in_straight_marks_after_its_speaker_keeps_its_speaker() -> None:
    text = '"The river took everything," said Amina Diallo, a relief worker. "We have fed 900 people today."'
    assert claim_at(text, "900").attribution == "said Amina Diallo"
    text = '"We will be back," the farmers\' leader told reporters. "Next time we bring 5,000 tractors."'
    assert claim_at(text, "5,000").attribution == "the farmers' leader told reporters"


# (text, quote, speaker): a number in the last sentence of a quotation, with no mark inside that sentence
QUOTATION_ENDS = [
    (
        "“Both sides inflate,” said the statistician, Ana Ruiz. “Police count at one moment. "
        "Two people a metre gives you about 9,000, not 40,000.” She left.",
        "about 9,000",
        "said the statistician, Ana Ruiz",
    ),
    (
        '"We fled at dawn," said Rui Sá. "My father kept goats. There are 40 of them."\n\nThe fire spread.',
        "40",
        "said Rui Sá",
    ),
    (
        '"They want more hours," said Lia Paz. "My mother worked eight. Her son will work twelve?"',
        "twelve",
        "said Lia Paz",
    ),
    # a quotation closed after its stop: the next sentence's "He added" is not its speaker
    (
        '"It is getting worse," the mayor told reporters. "We have opened 30 shelters." He added that boats had come.',
        "30",
        "the mayor told reporters",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), QUOTATION_ENDS)
def test_a_quotation_s_last_sentence_keeps_its_speaker(text: str, quote: str, speaker: str) -> None:
    assert claim_at(text, quote).attribution == speaker


def test_hedge_is_kept_apart_from_the_source() -> None:
    c = claim_at("Police said 300 people were allegedly held without charge.", "300")
    assert (c.attribution, c.hedge) == ("Police said", "allegedly")
    c = claim_at("Reportedly 50 guards deserted.", "50")
    assert (c.attribution, c.hedge) == ("", "Reportedly")


def test_attribution_is_never_cut_mid_word() -> None:
    text = (
        "Roughly 410 cottages were cut off, according to the Northern Uplands Highway Maintenance "
        "and Snow Clearance Directorate."
    )
    c = claim_at(text, "410")
    assert c.attribution.startswith("according to the Northern Uplands")
    end = c.attribution_end
    assert end is not None and not text[end : end + 1].isalpha()


# (text, quote, period_text, start, end, precision), published on Thursday 14 March 2024
PERIODS: list[tuple[str, str, str, date | None, date | None, str]] = [
    ("Police said 30 cars were towed on Monday.", "30", "on Monday", date(2024, 3, 11), date(2024, 3, 11), "day"),
    ("On Thursday, 14 schools closed.", "14", "On Thursday", date(2024, 3, 14), date(2024, 3, 14), "day"),
    ("As of Tuesday, 45 climbers were missing.", "45", "As of Tuesday", date(2024, 3, 12), date(2024, 3, 12), "day"),
    ("Some 600 jobs went last month.", "600", "last month", date(2024, 2, 1), date(2024, 2, 29), "month"),
    ("Sales fell 8% last year.", "8%", "last year", date(2023, 1, 1), date(2023, 12, 31), "year"),
    # a year that opens the text is its period, not a phrase further on
    (
        "2019 saw 300 deaths from the floods; 12 more died on Monday.",
        "300",
        "2019",
        date(2019, 1, 1),
        date(2019, 12, 31),
        "year",
    ),
    ("About 90 flights were cancelled this week.", "90", "this week", date(2024, 3, 11), date(2024, 3, 14), "day"),
    ("In October, 230 people applied.", "230", "In October", date(2023, 10, 1), date(2023, 10, 31), "month"),
    ("In February, 12 people applied.", "12", "In February", date(2024, 2, 1), date(2024, 2, 29), "month"),
    ("In May 2021, 75 wells ran dry.", "75", "In May 2021", date(2021, 5, 1), date(2021, 5, 31), "month"),
    # a span still running ("since 2020") is counted as it stood on the day it is printed
    ("Prices have risen 40% since 2020.", "40%", "since 2020", date(2020, 1, 1), PUBLISHED, "year"),
    ("The river rose 2 metres yesterday.", "2", "yesterday", date(2024, 3, 13), date(2024, 3, 13), "day"),
    ("About 300 were arrested on Oct. 8, 2023.", "300", "on Oct. 8, 2023", date(2023, 10, 8), date(2023, 10, 8), "day"),
    ("On 3 January, 19 boats arrived.", "19", "On 3 January", date(2024, 1, 3), date(2024, 1, 3), "day"),
    ("Nearly 70 families moved in 2019.", "70", "in 2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
    ("The count reached 81 on 2024-03-02.", "81", "on 2024-03-02", date(2024, 3, 2), date(2024, 3, 2), "day"),
    # no time said: CLAIMS.md reads a count as of the day it is printed
    ("Some 25 staff may leave.", "25", "", PUBLISHED, PUBLISHED, "day"),
    # the day before the day the sentence names
    (
        "The toll rose to 31 on Tuesday from 26 a day earlier.",
        "26",
        "a day earlier",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "day",
    ),
    (
        "Nine more were found on Wednesday, up from a toll of 40 the day before.",
        "40",
        "the day before",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    # the day of the saying is the count's day, as any day the text gives for it (CLAIMS.md)
    (
        "Police counted 22,000 marchers, a spokesman said on Tuesday.",
        "22,000",
        "on Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    # ... unless the sentence gives the count a time of its own, with no other number between
    (
        "The union said on Tuesday that 3,000 dockers had walked out the day before.",
        "3,000",
        "the day before",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "day",
    ),
    (
        "The union said on Tuesday that 3,000 dockers walked out, up from 800 on Friday.",
        "3,000",
        "on Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    # "the same day", "a day earlier" in a later sentence: the day the text named before
    (
        "By Tuesday, police said 300 people had been arrested. The union counted 1,700 on the same day.",
        "1,700",
        "on the same day",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    (
        "The toll rose to 79 on Wednesday. It had stood at 63 a day earlier.",
        "63",
        "a day earlier",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    # a time that opens the sentence is the time of all of it, however far the number
    (
        "In May 2021, during a long week of strikes in the ports and the mines of the north, unions said that "
        "3,000 workers were held, while the ministry admitted to roughly 900 arrests.",
        "900",
        "In May 2021",
        date(2021, 5, 1),
        date(2021, 5, 31),
        "month",
    ),
    # the day before is the base's of the clause it stands in, not another clause's count's
    (
        "Storms have killed 23 people, up from 19 a day earlier, officials said on Tuesday, and cut power to 9,000 homes.",
        "9,000",
        "on Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    # a correction shares the time of the count it corrects
    (
        "The agency corrected its count for Monday to 27, not 28 as first reported.",
        "28",
        "Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "day",
    ),
    # a day in a clause about what happened ("when", "after") is the event's, not the count's
    ("Nine hikers died when an avalanche struck on Saturday, rescuers said.", "Nine", "", PUBLISHED, PUBLISHED, "day"),
    (
        "Eleven hikers were hurt after the bridge fell on Saturday, the council said on Tuesday.",
        "Eleven",
        "on Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    (
        "Four vans burned when a depot caught fire on Saturday, the brigade said, though residents said 30 burned.",
        "30",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    # ... but a clause that opens the sentence dates what follows it
    (
        "When the levee broke on Sunday, 600 people fled.",
        "600",
        "on Sunday",
        date(2024, 3, 10),
        date(2024, 3, 10),
        "day",
    ),
    # a weekday in a clause about time to come is the next such day
    ("A court is due to try 14 of them on Monday.", "14", "on Monday", date(2024, 3, 18), date(2024, 3, 18), "day"),
    ("Officials said 40 would be flown home on Thursday.", "40", "on Thursday", PUBLISHED, PUBLISHED, "day"),
    ("Officials said 40 were flown home on Monday.", "40", "on Monday", date(2024, 3, 11), date(2024, 3, 11), "day"),
    # a possessive time is the day of what it owns: the count's when the sentence gives no other
    ("About 7,000 people joined Tuesday's vigil.", "7,000", "Tuesday", date(2024, 3, 12), date(2024, 3, 12), "day"),
    (
        "Police said on Wednesday that 31 people had been killed in Monday's storm.",
        "31",
        "on Wednesday",
        date(2024, 3, 13),
        date(2024, 3, 13),
        "day",
    ),
    # a dateline's date is the article's, not a claim's
    (
        "LIMA, March 13 (Andes Wire) - Police detained 45 people on Monday night, officials said.",
        "45",
        "on Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "day",
    ),
    ("LIMA, March 13 (Andes Wire) -- Police detained 45 people.", "45", "", PUBLISHED, PUBLISHED, "day"),
    # "..., when" places its clause in the year named before it
    (
        "Turnout was the highest since the 2019 strikes, when unions said 800,000 marched.",
        "800,000",
        "since the 2019",
        date(2019, 1, 1),
        date(2019, 12, 31),
        "year",
    ),
    # a day in a relative clause about another noun is that noun's
    (
        "At least 40 people have died in the landslide that buried the village on Monday.",
        "At least 40",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    (
        "The ferry that sank on Monday, a disaster in which 31 drowned, was old.",
        "31",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    # a period nearer another number of its clause is that number's
    ("Shelters held 2,300 people at noon, up from 1,700 on Monday.", "2,300", "", PUBLISHED, PUBLISHED, "day"),
    (
        "Shelters held 2,300 people at noon, up from 1,700 on Monday.",
        "1,700",
        "on Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "day",
    ),
    (
        "Fourteen cabins were cleared on Tuesday, up from 9 the day before.",
        "Fourteen",
        "on Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    # a span still running when its source speaks is counted as it stood on the day of the saying
    (
        "About 700 people have been displaced since the floods began on Sunday, the governor said on Wednesday.",
        "700",
        "on Wednesday",
        date(2024, 3, 13),
        date(2024, 3, 13),
        "day",
    ),
    # a month's name that opens a name is no month ("Jan Novak"); alone it still is
    ("Jan Novak said 40 boats sank.", "40", "", PUBLISHED, PUBLISHED, "day"),
    ("Some 60 stalls closed in May, the council said.", "60", "in May", date(2023, 5, 1), date(2023, 5, 31), "month"),
    # a clause opened by "since" a day: a running count of the day printed (period15)
    (
        "About 800 people have left since the dam burst on Sunday.",
        "800",
        "since the dam burst on Sunday",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    # "since" before "early", "late" or "mid" still opens a span, counted as it stood on the day of the saying
    ("Some 40 wells have run dry since mid-January.", "40", "since mid-January", date(2024, 1, 1), PUBLISHED, "month"),
    (
        "Measles has killed 31 children since late February, the ministry said on Wednesday.",
        "31",
        "on Wednesday",
        date(2024, 3, 13),
        date(2024, 3, 13),
        "day",
    ),
    # a time that leads the sentence is the time of all of it, past the counts of its own clause
    (
        "By Tuesday evening the agency had counted 310 cases in the north and 450 overall, with 12 deaths.",
        "12",
        "By Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    (
        "On Monday night the rangers found 14 hikers on the ridge and 9 in the valley, with 3 hurt.",
        "3",
        "On Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "day",
    ),
    # ... but not past a clause of its own, nor when it owns a thing ("Monday's six")
    (
        "By Tuesday more than 80 people had been treated for burns, and two are still in intensive care.",
        "two",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    # a bare count named again ("the 80 who set out", "the council's 250") is of the time it was first given
    (
        "Some 30 hikers were still missing on Friday, according to the park, which says 50 of the 80 who set out "
        "have been found.",
        "80",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    (
        "The agency said on Wednesday that the council's 250 counted only registered voters.",
        "250",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    # ... but a time after it in its own clause is its own, and so is a count with a noun or owned by its day
    ("Rangers found the 40 who fled on Sunday.", "40", "on Sunday", date(2024, 3, 10), date(2024, 3, 10), "day"),
    (
        "The two ministers said on Monday that talks would go on.",
        "two",
        "on Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "day",
    ),
    ("Tuesday's 14 were flown home, officials said.", "14", "Tuesday", date(2024, 3, 12), date(2024, 3, 12), "day"),
    # ... and a time that leads the sentence is the time of all of it, a rival's count named by its owner too
    (
        "On Wednesday the agency reported 12 dead against the charity's 19.",
        "19",
        "On Wednesday",
        date(2024, 3, 13),
        date(2024, 3, 13),
        "day",
    ),
    # a day before that leads the sentence is the time of all of it
    (
        "A day earlier, police had listed three people as missing.",
        "three",
        "A day earlier",
        date(2024, 3, 13),
        date(2024, 3, 13),
        "day",
    ),
    # a rival's bare count in a clause of its own shares the time of the count it answers
    (
        "On Monday the coast guard counted 86 boats missing, and the union at least 140.",
        "at least 140",
        "On Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "day",
    ),
    (
        "On Sunday police counted 40 injured, while the hospital said 55.",
        "55",
        "On Sunday",
        date(2024, 3, 10),
        date(2024, 3, 10),
        "day",
    ),
    (
        "Organisers said the march drew 550,000 people on Wednesday, and the police put it at about 105,000.",
        "about 105,000",
        "on Wednesday",
        date(2024, 3, 13),
        date(2024, 3, 13),
        "day",
    ),
    # ... but the day one source spoke is not its rival's
    (
        "The mayor said on Monday that 250,000 people had watched the parade, between the organisers' 450,000 and "
        "the police's 130,000.",
        "450,000",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    # a time that opens a clause of its own after the count is the time of that clause's counts
    (
        "On Tuesday police counted 35 against more than 100 by the union, on Wednesday 52 against about 140.",
        "more than 100",
        "On Tuesday",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
    ),
    # ... but not the time of a base another count changed from
    (
        "Rangers have taken in 260 oiled birds, up from 214 on Wednesday, and 97 of them were dead.",
        "97",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
    (
        "Monday's six were found near the gate, where crews had dug a trench some 15 metres long.",
        "15",
        "",
        PUBLISHED,
        PUBLISHED,
        "day",
    ),
]


@pytest.mark.parametrize(("text", "quote", "words", "first", "last", "precision"), PERIODS)
def test_period_resolves_against_the_publication_date(
    text: str, quote: str, words: str, first: date | None, last: date | None, precision: str
) -> None:
    c = claim_at(text, quote)
    assert (c.period_text, c.period_start, c.period_end, c.period_precision) == (words, first, last, precision)


def test_an_article_names_its_own_place_once() -> None:
    text = (
        "Rivers keep rising\n\nKISUMU, Kenya (Lake Wire) - Heavy rain flooded the lakeshore on Monday. "
        "About 40 families slept in a school in Dunga."
    )
    assert claim_at(text, "40").places == ("Dunga", "KISUMU")
    text = "Rivers keep rising\n\nHeavy rain flooded homes across Busia county. About 40 families slept in a school."
    assert claim_at(text, "40").places == ("Busia county",)


def test_relative_times_need_a_publication_date() -> None:
    c = claim_at("Police said 30 cars were towed on Monday.", "30", published=None)
    assert (c.period_text, c.period_start, c.period_precision) == ("on Monday", None, "")
    c = claim_at("In May 2021, 75 wells ran dry.", "75", published=None)
    assert c.period_start == date(2021, 5, 1)


# (text, quote, places nearest first)
PLACES: list[tuple[str, str, tuple[str, ...]]] = [
    ("Some 40 lorries were stuck in Dover.", "40", ("Dover",)),
    ("Floods in Hebei province displaced 3,000 people.", "3,000", ("Hebei province",)),
    ("About 12 climbers were flown from the Eiger to Bern.", "12", ("Eiger", "Bern")),
    ("About 500 Bolivian miners marched.", "500", ("Bolivian",)),
    ("Nearly 80 shops closed across the capital.", "80", ("the capital",)),
    ("In Lagos, 200 traders protested.", "200", ("Lagos",)),
    ("About 30 delegates came from the Democratic Republic of the Congo.", "30", ("Democratic Republic of the Congo",)),
    ("Some 60 staff work at the Ministry of Fisheries.", "60", ()),
    ("About 90 people left in March.", "90", ()),
    ("Some 300 were counted, according to the U.N.", "300", ()),
    # a byline is no dateline, a hyphen in its name no dateline's dash; the dateline after it is the article's place
    ("Storm hits coast\n\nBy Ana-Maria Pop, Coast Wire\n\nVARNA - Some 40 boats sank.", "40", ("VARNA",)),
    ("Storm hits coast\n\nBy Ana-Maria Pop, Coast Wire\n\nSome 40 boats sank.", "40", ()),
]


@pytest.mark.parametrize(("text", "quote", "places"), PLACES)
def test_places_are_named_as_written_nearest_first(text: str, quote: str, places: tuple[str, ...]) -> None:
    assert claim_at(text, quote).places == places


# (text, quote, subject, event)
SUBJECTS: list[tuple[str, str, str, str]] = [
    ("As many as 600 migrant workers were reportedly held in Qatar.", "600", "migrant workers held in Qatar", "held"),
    ("Police detained 32 protesters.", "32", "protesters detained", "detained"),
    ("About 70 families who fled the fighting returned.", "70", "families fled", "fled"),
    ("The jobless rate rose to 5.2%.", "5.2%", "jobless rate", "rose"),
    # a share counts its whole, with the whole's predicate
    ("About 30% of the nurses were dismissed in May.", "About 30%", "nurses dismissed", "dismissed"),
    ("Some 12 percent of the workers were laid off.", "Some 12 percent", "workers", ""),
    # a place's name with the event of it that is counted
    ("A drone survey counted 2,300 people in the Leeds march on Sunday.", "2,300", "people in the Leeds march", ""),
    # the base of a change counts what the change counts
    ("The toll rose to 48 on Tuesday, up from 23 on Monday.", "23", "people killed", "rose"),
    ("Some 45 teachers were dismissed on Friday.", "45", "teachers dismissed", "dismissed"),
    ("There are 12 bridges.", "12", "bridges", ""),
    # the counted thing named before the number, with what modifies it
    (
        "Deaths from the landslide in the hill district rose to 23.",
        "23",
        "Deaths from the landslide in the hill district",
        "rose",
    ),
    (
        "Officials said the number of people rescued from the mine stands at 41.",
        "41",
        "people rescued from the mine",
        "",
    ),
    ("The bulletin cut the number of missing hikers to 6 from 9.", "6", "missing hikers", ""),
    ("Nine more bodies were found, bringing the toll to 58.", "58", "people killed", ""),
    # a verb joined to another predicate has no subject phrase of its own
    ("The blast killed 12 people and injured 40.", "40", "people injured", "injured"),
    # a relative clause opens the verb's subject phrase
    ("In a city where the average rent rose to €1,260, wages lag.", "€1,260", "average rent", "rose"),
    # a counter's verb names the source, not what is counted
    ("The council put the crowd at 6,000.", "6,000", "crowd", ""),
    # a unit of matter or length measures out the stuff named after "of"
    ("About 8 tonnes of diesel leaked into the bay.", "8", "tonnes of diesel leaked into the bay", "leaked"),
    (
        "The mill processed 2.5 million tonnes of maize flour last year.",
        "2.5 million",
        "tonnes of maize flour processed",
        "processed",
    ),
    ("Crews replaced 400 metres of cable on Friday.", "400", "metres of cable replaced", "replaced"),
    ("Farmers graze about 900 head of goats on the hill.", "about 900", "goats on the hill", ""),
    # a part named after "of them", or after the whole it is taken of
    ("Twenty climbers were rescued, six of them guides.", "six", "guides", ""),
    ("Three of the 40 passengers were nurses.", "Three", "nurses among the passengers", ""),
    # a bare number after a verb that takes people: the people it is done to, not the doer
    ("Mudslide kills 12 in hill villages", "12", "people killed by Mudslide", "killed"),
    ("The cyclone displaced 3,000 on the coast.", "3,000", "people displaced by cyclone", "displaced"),
    # a verb of knowing names how a state is known: the state is the predicate
    ("Eleven climbers were confirmed dead on the ridge.", "Eleven", "climbers dead", "dead"),
    ("Another 14 sailors were listed as missing.", "14", "sailors missing", "missing"),
    # a bare number that took its unit from a count before it counts that count's noun
    ("Some 300 dolphins beached and 120 were pushed back to sea.", "120", "dolphins pushed", "pushed"),
    (
        "The Red Crescent put the number forced from their homes across the three districts at 9,100.",
        "9,100",
        "forced from their homes across the three districts",
        "",
    ),
    ("The rangers counted 4,000.", "4,000", "", ""),
    ("The census showed 800 families in tents.", "800", "families in tents", ""),
    # a number continuing the count before it counts what that count counts
    ("Stewards counted 5,000 people marching, and the police 3,000.", "3,000", "people marching", "marching"),
    # a part named after the number
    ("Officials said 17 of them were Ghanaians.", "17", "Ghanaians", ""),
    ("Three of the injured were children.", "Three", "children among the injured", ""),
    # a number of people that names only what they did is of the people its sentence counted before, by their noun
    ("Eleven climbers died and 23 were rescued by helicopter.", "23", "climbers rescued", "rescued"),
    # but not of things counted before, nor of people named only by what happened to them
    ("The storm destroyed 300 homes and 12 died.", "12", "people died", "died"),
    ("The clinic counted 40 injured and 12 were discharged.", "12", "people discharged", "discharged"),
    # a phrasal verb names its event
    ("About 40 asylum seekers were sent back to the border.", "40", "asylum seekers sent back", "repatriated"),
    ("Some 3,000 farmers took part in the protest.", "3,000", "farmers took part", "attended"),
    ("About 800,000 workers walked out on Tuesday.", "800,000", "workers walked out", "struck"),
    # a number of people that names only what they did
    ("Organisers said 9,000 had joined the rally.", "9,000", "people joined", "joined"),
    # the noun's own phrase ("of ...", "and other ...") stands between it and its predicate
    (
        "At least 48 members of the rescue teams have been hurt.",
        "48",
        "members of the rescue teams hurt",
        "hurt",
    ),
    ("Some 70 of its drivers and other staff were dismissed.", "70", "drivers and other staff dismissed", "dismissed"),
    # an adverb between the auxiliary and the predicate
    ("Eleven guards were slightly injured.", "Eleven", "guards injured", "injured"),
    # the time of a saying is no part of what is counted; a time inside the phrase is
    ("The agency said on Friday the toll had climbed to 31.", "31", "people killed", "climbed"),
    (
        "Snowfall in the Alps this March was running 40 percent above normal.",
        "40 percent",
        "Snowfall in the Alps this March",
        "running",
    ),
    # "the city", "the town" in a subject: the place the sentence named before, else the article's own
    (
        "The mayor's office in Tartu said 35 cars had been towed in the city since Monday.",
        "35",
        "cars towed in Tartu",
        "towed",
    ),
    ("NARVA, Estonia - Police said 40 cars were towed in the town.", "40", "cars towed in Narva", "towed"),
    # a magnitude measures the shaking its sentence names
    (
        "The survey measured the tremor at magnitude 5.4, while the institute put it at 5.6.",
        "5.6",
        "magnitude of the tremor",
        "",
    ),
    ("A magnitude 6.2 quake struck the coast.", "6.2", "magnitude of the quake", ""),
    # a place that opens the sentence sets the scope of what it counts; a time does not
    ("In Bergen alone, 45 boats were damaged.", "45", "boats damaged in Bergen", "damaged"),
    ("In October, 230 people applied.", "230", "people applied", "applied"),
    # a phrase runs on to its noun; a time is no part of what is counted
    ("Some 40 boats sank in heavy seas off the cape.", "40", "boats sank in heavy seas", "sank"),
    ("Unions said 900,000 workers marched on a single day.", "900,000", "workers marched", "marched"),
    # a number named again ("All 14") counts what it counted, whatever the new predicate
    (
        "Fourteen sailors were rescued from the sea. All 14 were taken to the harbour clinic.",
        "14",
        "sailors rescued from the sea",
        "rescued",
    ),
    # a number that is the object of a participle after a noun is what that participle counts
    ("A ferry carrying about 70 tourists ran aground.", "70", "tourists aboard", "aboard"),
    ("A truck hauling 40 sheep overturned on the bridge.", "40", "sheep hauled", "hauled"),
    # a phrase that ends in a possessive runs on to its noun
    (
        "Police said 41 people were arrested in Friday's clashes.",
        "41",
        "people arrested in Friday's clashes",
        "arrested",
    ),
    # so is one after auxiliaries, with a phrase set off by a comma after the noun
    ("Inspectors said the bus had been carrying 61 pilgrims, twice its limit.", "61", "pilgrims aboard", "aboard"),
    # a verb of saying in -ing before a bare number says it: the number counts what the count before it counted
    (
        "The flood has killed nine people, the agency says, after first reporting five.",
        "five",
        "people killed",
        "killed",
    ),
    # a verb that names an event of its own before the number names it
    ("The vigil drew 7,000 people.", "7,000", "people drew", "attended"),
    # a source's own count set against the sentence's count counts what it counts
    ("About 6,000 nurses marched, far fewer than the union's 20,000.", "20,000", "nurses marched", "marched"),
    ("Some 900 cabs joined the strike, against the drivers' association's 2,500.", "2,500", "cabs joined", "joined"),
    (
        "Some 60 sheep had been penned in the yard, far more than the roughly 40 the farmer had counted.",
        "roughly 40",
        "sheep penned in the yard",
        "penned",
    ),
    # a time of day is no predicate
    ("The council said that evening that 900 homes were without power.", "900", "homes", ""),
    # a number after a form of "be" counts the phrase before it; "there were" names nothing
    ("The organisers said the crowd inside was about 9,000.", "9,000", "crowd inside", ""),
    ("The stewards said the queue outside was “nearly 2,000”.", "2,000", "queue outside", ""),
    ("Marshals said the queue at the gate was probably about 700.", "about 700", "queue at the gate", ""),
    ("Rescuers told reporters there were at least 30.", "30", "", ""),
    # an estimate is a stand-in: what it gives counts what the count before it counted
    (
        "The agency said 900 families had been evacuated, raising its first estimate of about 600.",
        "about 600",
        "families evacuated",
        "evacuated",
    ),
    # a stand-in points at no capacity
    (
        "The bus was carrying about 70 passengers, twice its capacity of 35. The company's estimate of 60 was wrong.",
        "60",
        "passengers aboard",
        "aboard",
    ),
    # a count said to be in dispute names what the numbers after it count
    ("The count of cars that crashed has not been settled. Police say 14.", "14", "cars that crashed", ""),
    (
        "Police held 30 fans. The crowd at the final is even more contested. The club said 9,000.",
        "9,000",
        "crowd at the final",
        "",
    ),
    ("Police held 30 fans. The ruling at the final was disputed. The club said 40.", "40", "fans held", "held"),
    # a stand-in ("it", "the real number") counts what the count it points at counts
    (
        "Some 45 miners were trapped, the company said, but the union said the real number was 70.",
        "70",
        "miners trapped",
        "trapped",
    ),
    ("A survey put the turnout at 12,000. Police had put it at 8,000.", "8,000", "turnout", ""),
    # ... in its sentence or the one before, not further back: what the sentence before, which gave no count, was about
    (
        "About 31 were injured. The number evacuated is disputed. Officials put it at about 4,000.",
        "4,000",
        "evacuated",
        "",
    ),
    # a number after a noun and "of" is that noun's ("the arena's capacity of"), not a group's size
    ("Fans filled the arena's capacity of 8,000.", "8,000", "arena's capacity", ""),
    ("Boats crossed in groups of 30, and as many as 600 in one night.", "600", "", ""),
    # an adverb of place says where the counted are, as a predicate would, with its noun when it has one
    ('"There were more than 9,000 people inside," he said.', "9,000", "people inside", "inside"),
    ("Witnesses said as many as 8,000 fans were inside the arena.", "8,000", "fans inside the arena", "inside"),
    # a phrasal verb after "who" is the noun's predicate
    ("Police caught 12 of the 40 inmates who broke out on Friday.", "40", "inmates broke out", "broke out"),
    # a verb of change sets its object to the number; a conversion measures what it converts
    ("Officials widened the exclusion zone to 8 km on Friday.", "8 km", "exclusion zone", ""),
    ("Rangers extended the closed area to 6 km (about 4 miles).", "4", "closed area", ""),
    # what a thing was made to hold is its capacity, not who is in it
    ("Police said 9,000 fans had packed into an arena built for 6,500.", "6,500", "arena's capacity", ""),
    ("The ferry, licensed to carry 300, had 520 people aboard.", "300", "ferry's capacity", ""),
    # a verb before "that" says or thinks what follows; a word after "had" is a participle, regular or not
    ("The league repeated that 4,000 fans had come to the final.", "4,000", "fans come to the final", "come"),
    ("The firm said 80 staff had gone home.", "80", "staff gone", "gone"),
    # ... and a form of "be" before that "that" is passed over too, once ("The worry was that 300 ...")
    ("The problem was that 300 fans had no tickets.", "300", "fans", ""),
    ("The fear is that 40 climbers were still on the ridge.", "40", "climbers on the ridge", ""),
    # a source's bare count that took its unit from the count before it counts what that count counts
    (
        "Police said 3,000 cyclists took part. The organisers, who filmed the start, estimated around 5,000.",
        "around 5,000",
        "cyclists took part",
        "attended",
    ),
    # a quantifier after "have" is no participle
    ("The town's 900 residents have all been told to leave.", "900", "residents", ""),
    # a length that leads from a place is a distance; within it, a reach around the place
    ("Tarsk, about 80 km from the port of Velna, was cut off.", "about 80 km", "distance from Tarsk to Velna", ""),
    ("The dam lies some 12 miles north of Orlov.", "some 12", "distance from Orlov", ""),
    ("Farms within 2 km of the smelter were cleared.", "within 2 km", "radius around the smelter", ""),
    # a length below the surface is a depth; one glued to a noun by a hyphen is that noun's length
    ("The cavern lies nearly 400 metres below the surface.", "nearly 400", "depth of the cavern", ""),
    ("Crews repaired the 6-kilometre pipeline.", "6", "length of the pipeline", ""),
    ("Police closed a 2-mile radius.", "2", "radius", ""),
    # an area with a predicate is the area it names, however measured
    ("Some 900 hectares burned overnight.", "900", "area burned", "burned"),
    # a count of people after "a town of", "home to" is a population
    ("Survivors reached Morvik, a town of about 9,000, on foot.", "9,000", "population of Morvik", ""),
    ("The valley, home to some 2 million people, flooded.", "2 million", "population of the valley", ""),
    # a post the counted held after a form of "be" ("on the night shift") names them; a bare "on strike" does not
    ("The mill said 52 weavers were on the night shift.", "52", "weavers on the night shift", ""),
    ("Some 400 drivers were on strike.", "400", "drivers", ""),
    # an age is whose it is
    ("A 23-year-old courier was fined.", "23", "age of the courier", ""),
    ("Lena Varga, 47, a baker, signed the letter.", "47", "age of Lena Varga", ""),
    ("A fisherman aged 66 drowned.", "66", "age of the fisherman", ""),
    # a bare count after a question that asks for a count counts what it asks
    (
        "Fans booked 300 coaches. How many travelled is disputed. The club says 9,000; police say 4,000.",
        "4,000",
        "people travelled",
        "travelled",
    ),
    # ... and so does a question told as unanswered ("nobody knows how many", "would not say how many")
    (
        "Nobody at the port knows how many crates went overboard, the pilots said. The shipper says 140.",
        "140",
        "crates went overboard",
        "",
    ),
    (
        "The army would not say how many recruits had deserted. A veterans' group says about 300.",
        "about 300",
        "recruits deserted",
        "deserted",
    ),
    # a part of a whole named before ("of whom", "of them") counts what the part did
    ("The guide said 40 hikers set out, 31 of whom returned by nightfall.", "31", "hikers returned", "returned"),
    ("Police held 60 fans. Nine of them have been charged with affray.", "Nine", "people charged", "charged"),
]

# (text, quote, unit): units read from what the sentence counts before the number
UNITS_BEFORE: list[tuple[str, str, str]] = [
    ("Deaths from the storms rose to 31.", "31", "person"),
    ("The number detained was 64, the ministry said.", "64", "person"),
    ("The embassy put the number of its nationals among them at 12.", "12", "person"),
    ("The number of people injured in the blasts stands at 90.", "90", "person"),
    ("Police put the crowd at 4,000.", "4,000", "person"),
    ("The crowd reportedly numbered 7,500.", "7,500", "person"),
    ("Organisers said 9,000 had joined the rally.", "9,000", "person"),
    # a plural before another plural modifies it
    ("Measles cases have topped 500.", "500", "case"),
    # a body of people counts people, whatever the count before it lent
    ("They said 38,000 tickets had been issued and that the crowd inside was about 41,000.", "about 41,000", "person"),
    ("The firm issued 900 passes; the audience was 1,200.", "1,200", "person"),
]


@pytest.mark.parametrize(("text", "quote", "unit"), UNITS_BEFORE)
def test_unit_is_what_the_sentence_counts_before_the_number(text: str, quote: str, unit: str) -> None:
    assert claim_at(text, quote).unit == unit


@pytest.mark.parametrize(("text", "quote", "subject", "event"), SUBJECTS)
def test_subject_is_the_counted_noun_with_its_predicate(text: str, quote: str, subject: str, event: str) -> None:
    c = claim_at(text, quote)
    assert (c.subject, c.event) == (subject, event)


# (text, quote, subject): a bare number counts what the counting word its sentence names before it counts
COUNTS_NAMED = [
    (
        "The agency revised its tally of villagers evacuated from the valley, saying 3,100, not 2,900.",
        "3,100",
        "villagers evacuated",
    ),
    (
        "The agency revised its tally of villagers evacuated from the valley, saying 3,100, not 2,900.",
        "2,900",
        "villagers evacuated",
    ),
    ('The league said the number of boats had been "410, not 450" once it checked the harbour logs.', "410", "boats"),
    ("The council's own figure for evacuees, roughly 7,500, was left unchanged.", "7,500", "evacuees"),
    (
        "The number of pupils out of school has dropped sharply: from about 900 on Monday to 350 on Friday.",
        "350",
        "pupils out of school",
    ),
    # a count that "stood at" a number is what its sentence's count names, across the numbers set off before the verb
    (
        "The council's count of flooded cellars, 40 on Monday and 52 on Tuesday, stood at 61 on Friday.",
        "61",
        "flooded cellars",
    ),
]


# (text, quote, subject): a passive verb that sets its subject at a number ("was put at") counts that subject
PUT_AT_PASSIVE = [
    (
        "Saturday's march through the old town was put at 9,000 by organisers.",
        "9,000",
        "Saturday's march through the old town",
    ),
    (
        "Saturday's march through the old town was put at 9,000 by organisers and 3,500 by police.",
        "3,500",
        "Saturday's march through the old town",
    ),
    ("The bill for the new roof has been estimated at $80,000.", "$80,000", "bill for the new roof"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), PUT_AT_PASSIVE)
def test_a_number_a_passive_verb_sets_its_subject_at_counts_that_subject(text: str, quote: str, subject: str) -> None:
    assert claim_at(text, quote).subject == subject


@pytest.mark.parametrize(("text", "quote", "subject"), COUNTS_NAMED)
def test_a_bare_number_counts_what_its_sentence_s_count_names(text: str, quote: str, subject: str) -> None:
    assert claim_at(text, quote).subject == subject


def test_a_stand_in_of_a_value_given_before_keeps_that_count_s_unit() -> None:
    # "the figure of more than 300" took "households" from the count before it; it names the 300 prisoners again
    text = (
        "The ministry said 120 prisoners were on hunger strike. Lawyers said the true number was more than 300. "
        "The lawyers had been called by more than 50 households. The ministry rejected the figure of more than 300."
    )
    again = [c for c in extract_claims(text, PUBLISHED) if c.quote == "more than 300"][-1]
    assert (again.unit, again.subject) == ("person", "prisoners")


def test_a_count_that_stood_at_a_number_counts_what_it_counted_before() -> None:
    # the verb alone ("stood") says nothing of what is counted: the count the number continues does
    text = "Rangers said 14 seals were stranded on the sandbank. By Friday the count stood at 19."
    assert claim_at(text, "19").subject == "seals stranded on the sandbank"


# (text, quote): a number after "of" that names no counted noun, a verb of speaking or a list before it
NOTHING_OF = [
    ('The ferry union had spoken of "40 or more" by nightfall.', "40 or more"),
    ("The ferry union published a list of 44 on Friday.", "44"),
]


@pytest.mark.parametrize(("text", "quote"), NOTHING_OF)
def test_a_verb_of_speaking_or_a_list_before_of_is_not_what_a_number_counts(text: str, quote: str) -> None:
    assert claim_at(text, quote).subject == ""


def test_a_bare_number_a_source_gave_counts_what_the_count_before_it_counted() -> None:
    # "the guild gave 9,000": the guild gave the number; it is not what the number counts
    text = "Police said 6,500 cyclists rode through the city. The guild gave 9,000."
    assert claim_at(text, "9,000").subject == "cyclists"


def test_a_count_of_its_sentence_before_a_bare_number_lends_its_event_too() -> None:
    text = "The agency's tally of migrants rescued rose from 120 on Monday to 190 on Tuesday and 240 on Wednesday."
    later = claim_at(text, "190")
    assert (later.subject, later.event) == ("migrants rescued", "rose")


def test_a_count_that_rose_counts_its_noun_not_the_clause_that_tells_which() -> None:
    text = "The number of families displaced when the levee broke near the mill rose to 640 on Friday, officials said."
    assert claim_at(text, "640").subject == "families displaced"


def test_a_count_that_rose_keeps_a_phrase_that_opens_no_clause() -> None:
    text = "The number of people confirmed dead in the collapse of the old mill rose to 31 on Monday."
    assert claim_at(text, "31").subject != "people"


def test_an_estimate_of_how_many_counts_those_it_asks_about() -> None:
    text = "Estimates of how many fans needed treatment range from the club's 90 to the 210 of the ambulance service."
    assert claim_at(text, "90").subject == "fans needed treatment"


def test_a_count_s_day_is_not_what_it_counts() -> None:
    text = "The agency said 80 people had died, and corrected its count for Sunday to 61, not 62."
    assert "Sunday" not in claim_at(text, "61").subject


def test_a_bare_count_of_a_value_given_before_counts_what_that_count_counted() -> None:
    text = "The firm said 17 crew were stranded. Two more were found. “First they said 17, now 23,” she said."
    restated = [c for c in extract_claims(text, PUBLISHED) if c.quote == "17"][-1]
    assert (restated.subject, restated.event, restated.unit) == ("crew stranded", "stranded", "person")


def test_a_count_given_before_outweighs_a_unit_lent_by_the_sentence_before() -> None:
    text = (
        "Fourteen sailors were missing on Monday. Ana said her two cousins were aboard. “The owners say 14,” she said."
    )
    restated = [c for c in extract_claims(text, PUBLISHED) if c.quote == "14"][-1]
    assert (restated.subject, restated.event, restated.unit) == ("sailors missing", "missing", "person")


def test_a_small_bare_count_is_not_read_as_one_given_before() -> None:
    text = "The firm said 7 crew were stranded. Two more were found. “They said 7,” she said."
    restated = [c for c in extract_claims(text, PUBLISHED) if c.quote == "7"][-1]
    # Not by its value: by the count whose unit it took, which counted the crew.
    assert (restated.unit, restated.subject) == ("person", "crew stranded")


def test_a_bare_count_takes_what_a_count_of_its_value_counted_before_the_latest() -> None:
    text = (
        "The firm said 7 crew were stranded and 40 passengers were rescued. Rescuers searched the coast all night "
        "long for the ship. “They said 7,” she said."
    )
    restated = [c for c in extract_claims(text, PUBLISHED) if c.quote == "7"][-1]
    assert restated.subject == "crew stranded"


def test_a_number_named_again_after_the_counts_what_it_counted() -> None:
    text = "The ferry's toll stands at 41, officials said. Of the 41, nine were children."
    first, again, _ = extract_claims(text, PUBLISHED)
    assert (
        (again.quote, again.unit, again.subject)
        == ("41", first.unit, first.subject)
        == ("41", "person", "ferry's toll")
    )


def test_a_number_named_again_after_its_owner_counts_what_it_counted() -> None:
    text = (
        'The agency said 118 inmates escaped. Its director said the agency\'s "118" counted only inmates with a file.'
    )
    first, again = extract_claims(text, PUBLISHED)
    assert (again.unit, again.subject) == (first.unit, first.subject) == ("person", "inmates escaped")


def test_a_stand_in_points_first_at_a_count_of_its_value() -> None:
    text = (
        "The agency said 118 inmates escaped. An aide said 40 guards were on duty. "
        "The minister said the service's count of 118 was final."
    )
    first, _, again = extract_claims(text, PUBLISHED)
    assert (again.quote, again.subject) == ("118", first.subject) == ("118", "inmates escaped")


def test_a_stand_in_takes_the_unit_of_the_count_it_points_at() -> None:
    text = "Some 2,000 nurses marched on Monday. A union said the real number was about 9,000."
    _, again = extract_claims(text, PUBLISHED)
    assert (again.unit, again.subject) == ("person", "nurses marched")


def test_an_owned_count_points_at_what_was_counted_before() -> None:
    text = (
        "A landslide buried 31 villagers in Oruma on Sunday, rescuers said. "
        "The Oruma district coroner's count reached 35 by Tuesday; the province's went from 33 to 38."
    )
    first, owned, *bare = extract_claims(text, PUBLISHED)
    assert [c.subject for c in (owned, *bare)] == [first.subject] * 3 == ["villagers buried"] * 3


def test_a_bare_number_that_took_its_unit_counts_what_its_lender_counted() -> None:
    text = (
        "Floods killed 46 cows on Friday, farmers said. The two counts differ. "
        "The ministry's tally went from 20 on Friday to 29 on Saturday."
    )
    first, _, *series = extract_claims(text, PUBLISHED)
    assert [(c.unit, c.subject) for c in series] == [(first.unit, first.subject)] * 2 == [("cow", "cows killed")] * 2


def test_an_owned_count_does_not_point_at_a_count_of_one() -> None:
    text = (
        "Officials said 40 migrants had drowned, and lowered their tally to 38 after one migrant was listed twice. "
        "The navy's count rose to 45."
    )
    first, _, _, owned = extract_claims(text, PUBLISHED)
    assert (owned.quote, owned.subject) == ("45", first.subject) == ("45", "migrants drowned")


def test_a_time_between_a_noun_and_its_verb_leaves_the_noun_counted() -> None:
    text = "The dockers' union said attendance on Friday was 71%. The port authority said it was 38%."
    union, port = extract_claims(text, PUBLISHED)
    assert (union.subject, port.subject) == ("attendance", "attendance")
    assert claim_at("The board put attendance on Friday at 38%.", "38%").subject == "attendance"


def test_it_points_at_no_topic_of_a_relative_clause() -> None:
    text = "Fans said 12 people were hurt. Anyone who was there saw it. Police put it at 30,000."
    assert claim_at(text, "30,000").subject == ""


def test_it_points_at_what_the_sentence_before_was_about_when_that_sentence_gave_no_count() -> None:
    text = (
        "Police said 12 people were arrested on Friday. Saturday's rally was larger. "
        "The farmers' federation put it at 9,000; the gendarmerie counted about 3,500."
    )
    _, federation, gendarmes = extract_claims(text, PUBLISHED)
    assert (federation.subject, gendarmes.subject) == ("Saturday's rally", "Saturday's rally")


def test_a_rival_count_that_names_nothing_lends_nothing_further_back_to_the_count_answering_it() -> None:
    text = (
        "Guards found 14 stowaways in the hold. The march set off at 2 pm. "
        "Organisers estimated it at 60,000; police said about 9,000."
    )
    _, organisers, police = extract_claims(text, PUBLISHED)
    assert (organisers.quote, organisers.subject, police.subject) == ("60,000", "", "")


def test_a_number_only_a_source_tells_counts_what_the_count_told_before_counted() -> None:
    text = (
        "Gusts of wind reached 140 km/h on the island, the weather office said. A private forecaster estimated "
        "170 km/h. The dockers' union said 64 percent of its members stayed home. A survey found 41 percent."
    )
    office, forecaster, union, survey = extract_claims(text, PUBLISHED)
    assert (office.subject, forecaster.subject) == (office.subject, office.subject)
    assert forecaster.subject
    assert (union.subject, survey.subject) == (union.subject, union.subject)
    assert survey.subject
    # "stood by its figure of" names only a count; "rose to" names no teller and borrows nothing
    text = "Turnout was 58 percent, officials said. The opposition stood by its figure of 35%."
    assert claim_at(text, "35%").subject == "Turnout"
    text = "Turnout was 58 percent, officials said. Prices rose 4 percent."
    assert claim_at(text, "4 percent").subject != "Turnout"
    # an offer is no count told, nor is a part told of its whole
    text = "Turnout was 58 percent, officials said. The ministry offered 3 percent."
    assert claim_at(text, "3 percent").subject == ""
    text = "Two sons were hurt. The governor said 73 of the injured were taken to hospital."
    assert claim_at(text, "73").subject != "sons hurt"


def test_a_share_of_its_members_counts_the_members() -> None:
    text = "The dockers' union said 64 percent of its members stayed home."
    assert claim_at(text, "64 percent").subject == "members that stayed"


def test_a_count_inside_the_words_naming_the_teller_lends_the_told_number_nothing() -> None:
    text = (
        "Police said 340 people had been arrested. A rights group, which relies on reports from about 90 "
        "volunteer lawyers, counted 1,700 on the same day."
    )
    assert claim_at(text, "1,700").subject == "people arrested"
    text = (
        "The operator says 1,100 passengers were aboard; the drivers' union, which represents some 1,900 of its "
        "4,800 staff, says there were more than 1,500."
    )
    assert claim_at(text, "more than 1,500").subject == "passengers aboard"
    # ... but a part of it, told "of them", is
    text = "The care home, which has 84 residents, said 31 of them had fallen ill."
    assert claim_at(text, "31").subject != ""


def test_the_state_be_puts_the_counted_in_is_counted() -> None:
    text = "Inspectors said 420 passengers were sick. The ministry said 35 people were still in hospital on Friday."
    sick, hospital = extract_claims(text, PUBLISHED)
    assert (sick.subject, hospital.subject) == ("passengers sick", "people in hospital")
    # a place with its article or its name is the count's place, not its state
    assert claim_at("Officials said 90 migrants were in the town.", "90").subject == "migrants"


def test_sentence_bounds_hold_the_claim() -> None:
    text = "A first line. Mr. Okoye said 14 rafts sank near Kisumu. The end."
    c = claim_at(text, "14")
    assert text[c.sentence_start : c.sentence_end] == "Mr. Okoye said 14 rafts sank near Kisumu."
    assert c.attribution == "Mr. Okoye said"


def test_every_context_field_is_in_the_json() -> None:
    row = claim_at("Police said 30 cars were towed in Leeds on Monday.", "30").to_json()
    assert row["attribution"] == "Police said" and (row["attribution_start"], row["attribution_end"]) == (0, 11)
    assert row["places"] == ["Leeds"] and row["period_text"] == "on Monday"
    assert (row["period_start"], row["period_end"], row["period_precision"]) == ("2024-03-11", "2024-03-11", "day")
    assert row["subject"] == "cars towed in Leeds" and row["event"] == "towed" and row["hedge"] == ""
    assert (row["sentence_start"], row["sentence_end"]) == (0, 50)


def test_cli_reads_the_publication_date_from_the_sidecar(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Police said 30 cars were towed on Monday.\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(json.dumps({"published": "2024-03-14"}), encoding="utf-8")
    (tmp_path / "undated.txt").write_text("Police said 30 cars were towed on Monday.\n", encoding="utf-8")
    (tmp_path / "undated.meta.json").write_text(json.dumps({"published": "2024-03"}), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "claims.extraction", str(tmp_path / "story.txt"), str(tmp_path / "undated.txt")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    rows = {r["article"]: r for r in map(json.loads, out.stdout.splitlines())}
    assert rows["story.txt"]["period_start"] == "2024-03-11"
    assert rows["undated.txt"]["period_start"] is None and rows["undated.txt"]["period_text"] == "on Monday"


def _table_and_words(seed: int) -> str:
    """Return invented text: tables of bare numbers (years among them), each followed by a few words and marks."""
    rng = random.Random(seed)
    words = [
        "the",
        "of",
        "police",
        "said",
        "killed",
        "about",
        "more",
        "than",
        "in",
        "Seoul",
        "last",
        "month",
        "since",
        "2020",
        ",",
        ".",
        "(",
        ")",
        "“",
        "”",
        "-",
        "%",
        "$",
        "the",
        "78",
    ]
    parts = ["SEOUL (Wire) - Counts by district.\n"] if seed % 2 else []
    for _ in range(5):
        for _ in range(rng.randint(100, 300)):
            parts.append(str(rng.choice((rng.randint(1, 99), rng.randint(100, 9999), rng.randint(1990, 2024)))))
            if rng.random() < 0.12:
                parts.append("\n")
        parts.extend(rng.choice(words) for _ in range(rng.randint(1, 6)))
    return " ".join(parts)


_ANY_LETTER = re.compile(r"[^\W\d_]")


@pytest.mark.parametrize("seed", range(6))
def test_a_sentence_without_a_letter_is_framed_as_the_word_rules_would_frame_it(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Framing reads a sentence with no letter on a short path; every claim comes out as the full path makes it."""
    text = _table_and_words(seed)
    published = PUBLISHED if seed % 3 else None
    short = extract_claims(text, published)
    wordless = [c for c in short if not _ANY_LETTER.search(text, max(0, c.sentence_start - 8), c.sentence_end)]
    assert len(wordless) > 100 and any(c.period_text for c in wordless)
    # A letter found everywhere: every sentence takes the full path.
    monkeypatch.setattr(framing, "_LETTER", re.compile(""))
    assert extract_claims(text, published) == short


# (text, quote, subject): a share with its predicate, a change, a cost, what a sum is given as
SHARES_CHANGES_SUMS: list[tuple[str, str, str]] = [
    # a share of those that did something names them by what they did, as a relative clause would
    ("The union said 70 percent of dockers walked out.", "70 percent", "dockers that walked out"),
    ("The board said 15 percent of the nurses had quit.", "15 percent", "nurses that quit"),
    ("About 30% of the nurses were dismissed in May.", "About 30%", "nurses dismissed"),
    # a share of a people named by its demonym is a share of that people
    ("A survey found that 38% of Canadians opposed the levy.", "38%", "Canadians that opposed"),
    ("Only 12 percent of Japanese own a passport.", "12 percent", "Japanese"),
    # a share that names only its predicate is a share of the people its sentence named before it
    ("Dockers at the port stopped work, the union saying 70% had walked out.", "70%", "dockers that walked out"),
    # a share of a whole that a possessive only begins names no whole
    ("The guild said about 45 percent of its members' staff stayed home.", "about 45 percent", ""),
    # a change named by its verb alone is the rise or fall of what changes
    ("“My rent has gone up 25 percent since 2022,” she said.", "25 percent", "rise in rent"),
    ("Riders blamed the bus fare, which rose by 12 percent in June.", "12 percent", "rise in bus fare"),
    ("The jobless rate rose to 5.2%.", "5.2%", "jobless rate"),
    ("Turnout fell below 40 percent.", "below 40 percent", "Turnout"),
    # a cost is the cost of what costs it
    ("The outage cost the airline about €20 million, it said.", "about €20 million", "cost of the outage"),
    ("Each day of closure costs the port about $3 million.", "about $3 million", "cost of each day of closure"),
    ("A permit typically costs $900.", "$900", "cost of the permit"),
    # a sum given "in" something is that thing
    ("The bank pledged €2m in emergency loans on Friday.", "€2m", "emergency loans"),
    ("Donors gave $4 million in aid.", "$4 million", "aid"),
    # a sum a verb gives is money given, by whoever gives it (a name is no thing counted)
    ("Kestrel Mining has offered $3,000.", "$3,000", "money offered by Kestrel Mining"),
    ("The insurer has offered the families of the victims $8,000 each.", "$8,000", "money offered by the insurer"),
    ("She said they had promised $500.", "$500", "money promised"),
    ("Farmers paid $2 million in fees.", "$2 million", "fees"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), SHARES_CHANGES_SUMS)
def test_shares_changes_and_sums_say_what_they_measure(text: str, quote: str, subject: str) -> None:
    assert claim_at(text, quote).subject == subject


# (text, quote, subject, event): a verb in -ing, or one that takes people, before the number reads as done to them
DONE_TO: list[tuple[str, str, str, str]] = [
    ("The storm hit the coast, killing at least 9 people.", "at least 9", "people killed", "killed"),
    ("A tanker holding 30 tonnes of acid leaked.", "30", "tonnes of acid held", "held"),
    ("The closure is affecting about 2,000 pupils.", "about 2,000", "pupils affected", "affected"),
    ("The plant, which employs about 800 people, shut.", "about 800", "people employed", "employed"),
    ("The church was sheltering 60 families.", "60", "families sheltered", "sheltered"),
    ("Floods could displace millions and kill nearly 5,000.", "nearly 5,000", "people killed", "killed"),
    # a particle that completes the verb after the counted noun stays with it
    ("Rescuers said 14 climbers were cut off by the snow.", "14", "climbers cut off", "cut"),
    (
        "About 30 sailors were still unaccounted for, the navy said.",
        "About 30",
        "sailors unaccounted for",
        "unaccounted",
    ),
    ("Some 90 hearings took place on Monday.", "Some 90", "hearings took place", "took"),
    ("She said 25 divers had gone underground.", "25", "divers gone underground", "gone"),
    # an -ing word after a determiner describes, and a verb of change is no thing done
    ("The remaining 40 people were moved.", "40", "people moved", "moved"),
    ("Jobless rates rose, rising to 12 percent among the young.", "12 percent", "rising", "rising"),
]


@pytest.mark.parametrize(("text", "quote", "subject", "event"), DONE_TO)
def test_a_verb_before_the_number_names_what_was_done_to_the_counted(
    text: str, quote: str, subject: str, event: str
) -> None:
    c = claim_at(text, quote)
    assert (c.subject, c.event) == (subject, event)


# (text, quote, subject, event): what the words around a count name when the plain rules read a clause or a verb
OWNERS_AND_SIZES: list[tuple[str, str, str, str]] = [
    # a clause with a verb of its own tells which of the noun before it are counted
    (
        "The number of miners killed when the tunnel flooded near Kitwe rose to 19.",
        "19",
        "miners killed when the tunnel flooded near Kitwe",
        "rose",
    ),
    (
        "Refugees who crossed the river into Chad last week numbered about 6,000.",
        "about 6,000",
        "Refugees who crossed the river into Chad last week",
        "numbered",
    ),
    # a counting word after a word or two ("the official number of") still counts what follows it
    (
        "The official number of people who fled their villages in the hills above Kitwe rose to 3,100.",
        "3,100",
        "people who fled their villages in the hills above Kitwe",
        "rose",
    ),
    # a phrase longer than the reader's reach runs back to the determiner that opens it
    (
        "VARNA - The death toll from the collapse of a warehouse in the old port district of Varna reached 23.",
        "23",
        "people killed by the collapse of a warehouse in the old port district of Varna",
        "reached",
    ),
    # a verb of size after a comma gives the size of the noun before it
    ("Witnesses said the raiders, numbering about 30, fled on motorbikes.", "about 30", "raiders", ""),
    ("Organisers said the volunteers, now numbering 450, would stay.", "450", "volunteers", ""),
    # what a thing has counts as its own
    ("Engineers said the tower had 14 floors when it fell.", "14", "floors of the tower", ""),
    ("Norway has about 1,100 fjords.", "about 1,100", "fjords of Norway", ""),
    ("It had 14 floors.", "14", "floors", ""),
    # a state after a verb of becoming is part of the predicate
    ("Health officials said 212 guests had fallen ill after the banquet.", "212", "guests fallen ill", "fallen"),
    ("Officials said 40 pupils fell sick after lunch.", "40", "pupils fell sick", "fell"),
    # "put the number arrested at": those who had it done
    ("Police put the number arrested at 85.", "85", "people arrested", "arrested"),
    # what a thing is licensed or built to hold is counted as its capacity, not as who was in it
    ("The barge was licensed to carry 90 passengers.", "90", "passengers the barge was licensed to carry", ""),
    ("The hall, built to seat 1,200 guests, stood empty.", "1,200", "guests the hall built to seat", ""),
    # but a place's name right before the verb is no owner
    ("The jail in Kestrel was built for 300 inmates.", "300", "inmates", ""),
    # a death toll counts the people killed, by what it is the toll of
    (
        "The death toll from the mudslide in the hills above Kolda rose to 27.",
        "27",
        "people killed by the mudslide in the hills above Kolda",
        "rose",
    ),
    ("The death toll in the mine blast stood at 12 on Friday.", "12", "people killed in the mine blast", "stood"),
    ("Medics revised the death toll upward to nine.", "nine", "people killed", ""),
    # a word of the toll's standing says nothing of what it counts
    ("The provisional death toll from the landslide stood at 17.", "17", "people killed by the landslide", "stood"),
]


@pytest.mark.parametrize(("text", "quote", "subject", "event"), OWNERS_AND_SIZES)
def test_a_count_s_subject_is_the_noun_its_clause_or_verb_of_size_names(
    text: str, quote: str, subject: str, event: str
) -> None:
    c = claim_at(text, quote)
    assert (c.subject, c.event) == (subject, event)


def test_a_clause_without_a_verb_of_its_own_is_no_owner_s_clause() -> None:
    # "when the heat peaked" has a verb; "temperatures in the south" after "summer when" has none of its own before
    # "stayed", so the owner stays what it was.
    c = claim_at("Through the summer when temperatures in the south stayed above 35C, crops failed.", "35C")
    assert "summer" not in c.subject


# (text, quote, subject): a sum is the value of the thing named before "worth" or right after it
SUMS_OF_THINGS: list[tuple[str, str, str]] = [
    ("The insurer offered the growers a settlement worth €40 million.", "€40 million", "settlement"),
    ("The club's new stand is worth £18 million, its owners say.", "£18 million", "club's new stand"),
    ("Critics attacked the $3 billion bailout package.", "$3 billion", "bailout package"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), SUMS_OF_THINGS)
def test_a_sum_is_the_value_of_the_thing_it_is_worth(text: str, quote: str, subject: str) -> None:
    assert claim_at(text, quote).subject == subject


# (text, quote, subject): an area counts the area, however it is measured, with the predicate that governs it
AREAS: list[tuple[str, str, str]] = [
    ("The estate covers roughly 450 hectares of vineyards.", "roughly 450", "area"),
    ("The wildfire had burnt about 900 hectares by Friday.", "about 900", "area burnt"),
    ("Satellites showed 2,300 acres.", "2,300", "area"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), AREAS)
def test_an_area_counts_the_area(text: str, quote: str, subject: str) -> None:
    assert claim_at(text, quote).subject == subject


# (text, quote, subject): a phrase of place or state after the counted noun says which are counted, and the predicate
# after it still governs them; a time after the noun is the period's
WHERE_COUNTED = [
    (
        "The charity said about 3,400 people in the northern valleys were already rationing water.",
        "about 3,400",
        "people in the northern valleys rationing",
    ),
    ("Rescuers said all 23 climbers on the ridge had been airlifted.", "23", "climbers on the ridge airlifted"),
    (
        "The agency counts 610,000 people in severe drought across the plateau.",
        "610,000",
        "people in severe drought across the plateau",
    ),
    ("A first tally: about 40 walkers on the glacier, the park service said.", "about 40", "walkers on the glacier"),
    ("The shelter counts 140 people on a cold night.", "140", "people"),
    ("Police detained 32 protesters in the square.", "32", "protesters detained"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), WHERE_COUNTED)
def test_a_phrase_of_place_after_the_counted_noun_says_which_are_counted(text: str, quote: str, subject: str) -> None:
    assert claim_at(text, quote).subject == subject


def test_a_clause_in_what_a_verb_puts_at_a_number_says_which_are_counted() -> None:
    # the clause's own subject and verb ("the rains began") are no thing counted
    text = "The agency put the number of families in the camp when the rains began at about 2,700."
    assert claim_at(text, "about 2,700").subject == "families in the camp when the rains began"
