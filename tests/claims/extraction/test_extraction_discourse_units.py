"""Units a bare number takes from the text around it when its counted noun is left out (CLAIMS.md: Unit)."""

from __future__ import annotations

import pytest

from claims.extraction import extract_claims

# (text, quote, unit): the quote's unit comes from a noun or a number elsewhere in the text.
DISCOURSE_UNITS: list[tuple[str, str, str]] = [
    # the noun before "numbering": what the number counts
    ("The gunmen, numbering about 30, crossed the river at dawn.", "about 30", "person"),
    ("Relief went to the villages, now numbering 14, along the coast.", "14", "village"),
    ("The smugglers numbered 12 when they were caught.", "12", "person"),
    # "put the N at": up to three words before "at", the last names what is counted
    ("The ministry has put the lost farm jobs at as many as 3,000.", "as many as 3,000", "job"),
    ("Stewards put the crowd at its height at 45,000.", "45,000", "person"),
    # "put the dead at": the dead are people (CLAIMS.md), not an age told by "dead at"
    ("The coroner put the dead at 17.", "17", "person"),
    # estimating verbs frame the counted noun as "put" does
    ("A lifeboat charity estimated the stranded hikers at about 60.", "about 60", "person"),
    ("Organisers pegged the marchers at 8,500.", "8,500", "person"),
    ("Rescuers placed the missing at about 40 on Friday.", "about 40", "person"),
    # a count of counts named before a longer verb phrase: "the estimate of N ... stands at"
    ("The insurer's estimate of the clients whose files were stolen stands at 3,200.", "3,200", "person"),
    # a question names what the answers count
    (
        "How many marchers filled the square? It depends on whom you ask. The organisers say 80,000.",
        "80,000",
        "person",
    ),
    (
        "The two councils gave five different figures in reply to one question: how many trees fell? "
        "The city says 2,300.",
        "2,300",
        "tree",
    ),
    # a part of a whole counted right after it
    ("Fewer than 2 million of the nearly 6.4 million eligible voters took part.", "Fewer than 2 million", "person"),
    ("Only 800 of the region's 5,200 schools reopened.", "800", "school"),
    # a value the text counted before, told again without its noun
    (
        "The refinery lost 4,800 barrels on Monday. “Four thousand eight hundred is our own reading,” an engineer said.",
        "Four thousand eight hundred",
        "barrel",
    ),
    ("Inspectors sealed 1,250 wells. The regulator stood by its count of 1,250.", "1,250", "well"),
    # a subject counts what the sentence before counted
    ("The flood damaged 12,000 barns. About 800 were swept away.", "About 800", "barn"),
    ("Some 900,000 homes lost water on Sunday. By Monday some 300,000 had been reconnected.", "some 300,000", "home"),
    # ... the last count of its size, not a small count named after it
    ("Officials said 600 migrants crossed at three border posts. Some 450 were turned back.", "Some 450", "person"),
    # a sentence that opens with the whole the number is part of
    ("Of the postal ballots, 41,200 arrived late.", "41,200", "ballot"),
    # "N of them": the last count at least as large, not a smaller count named after it
    (
        "About 2 million accounts were frozen at nine banks. Regulators released 450,000 of them.",
        "450,000",
        "account",
    ),
    # one lemma for a building's levels: a six-storey block and its floors
    ("A six-storey block fell; rescuers searched nine floors.", "six", "floor"),
    # people nouns; names on a list count people
    ("The petition carries 4,500 names.", "4,500", "person"),
    ("The mission sent 35 observers and three informants.", "35", "person"),
    ("The mission sent 35 observers and three informants.", "three", "person"),
    # a source sticking to its count, or a count of counts, gives again what the text counted
    ("Organisers said 80,000 marchers came. The police stuck to 35,000.", "35,000", "person"),
    ("The head teacher said 300 pupils were absent. Her tally from the ledger stood at 212.", "212", "person"),
    # a share told over time or corrected: the numbers after it carry on its series ("from ... to", "corrected from")
    ("Support went from 71 percent on Friday to 66 on Saturday and 59 on Sunday.", "59", "percent"),
    ("The board gave 38 percent, corrected from 36, then 29.", "29", "percent"),
    ("Turnout was 62 percent, the commission said, up from 57 in the last vote.", "57", "percent"),
    # ... a count of tolls is a count of counts too: it lends no unit to the counts it speaks of
    (
        "The flood drowned 14 villagers. The two tolls never matched: the army's count went from 6 to 11.",
        "11",
        "person",
    ),
    (
        "Fans packed the stadium, some 60,000 people. The club gave its own figure of “around 52,000”.",
        "around 52,000",
        "person",
    ),
    # ... its number maybe quoted
    ("Police said 300 people were held. The union said “more than 500”.", "more than 500", "person"),
    ("Some 60,000 fans came. The city gave its own figure of “around 52,000” on Monday.", "around 52,000", "person"),
    # ... an amount of what the text last measured, after its last count
    (
        "The operator put the spill at 2,100 tonnes on Monday. The coast guard sticks to about 3,000.",
        "about 3,000",
        "tonne",
    ),
    ("Crews said the blaze had burnt 4,200 hectares by Sunday. The regional council said 6,000.", "6,000", "hectare"),
    (
        "Some 40 passengers were hurt. The recorder showed the bus was doing 104 km/h on the bend. "
        "The driver had said 70.",
        "70",
        "km/h",
    ),
    # ... not the measure's restatement in another unit; "ours is" stands for the source's own count
    ("The tanker leaked 5,000 tonnes (about 37,000 barrels) on Monday. The agency said 6,000.", "6,000", "tonne"),
    (
        "Crews put the burnt area at 9,100 hectares. “Their count is 9,000, ours is 7,500,” the mayor said.",
        "7,500",
        "hectare",
    ),
    # ... of the size of the count it gives again, not the last thing counted
    ("About 2,000 people fled 14 villages on Monday. A spokesman stood by 1,600.", "1,600", "person"),
    # a measure's symbol after the second side makes a range, not a score, even near sport words
    ("Gusts of 95-120 km/h forced the match to be called off.", "95-120 km/h", "km/h"),
    # "N is the number of NOUN": the noun after the count of counts
    ("“Nine is the number of ferries still missing,” the port chief said.", "Nine", "ferry"),
    ("“Thirty thousand is the number of people at the gate, not inside.”", "Thirty thousand", "person"),
    # "from N NOUN to M": a change names its unit once, a duration too
    ("The reform cuts the mandate from six years to four.", "four", "year"),
    ("Trials will run from two weeks to nine.", "nine", "week"),
    # a correction sets like against like, a measure or a share too
    ("The agency revised the burnt area to 9,300 hectares, not 9,800 as first reported.", "9,800", "hectare"),
    ("Support stood at 41 percent, not 44.", "44", "percent"),
    # "N or M NOUN": two guesses at one quantity name their noun once, after the second
    ("The cliffs there rise 30 or 45 metres above the beach.", "30", "m"),
    ("The mason thought the tower had “five or six” storeys once.", "five", "floor"),
    ("About 20 or 25 fishermen were still at sea.", "About 20", "person"),
    ("The repairs could take two or three weeks.", "two", "week"),
    # currencies and lemmas
    ("The state will spend ₦3.2 billion on roads.", "₦3.2 billion", "NGN"),
    ("Inspectors shut 410 premises.", "410", "premises"),
    # cases of a disease are cases (CLAIMS.md), as court cases are
    ("The clinic recorded 48 new cholera cases on Tuesday.", "48", "case"),
    # ... a disease's name that ends in "s" is no plural head
    ("Doctors logged 212 mumps cases in March.", "212", "case"),
    # a lead-in names what the rival counts listed after its colon or dash count
    (
        "The fair ended with no agreement on how many visitors came: 90,000 according to the organisers, "
        "about 40,000 according to the town, and 61,000 by a radio count.",
        "about 40,000",
        "person",
    ),
    (
        "The dispute over the crowd at the rally was sharper still: 30,000 by the union's count, "
        "about 9,000 according to police.",
        "about 9,000",
        "person",
    ),
    (
        "Counts of the goats lost differ widely — 4,000 by the farmers' reckoning, 1,500 by the ministry's.",
        "1,500",
        "goat",
    ),
    # ... or a source named right after each number
    (
        "Nationwide, organisers counted 900,000 marchers and police 210,000. In the capital the gap was widest: "
        "300,000 by the organisers' count, 45,000 by the police's.",
        "45,000",
        "person",
    ),
    # a pronoun standing for the count in question
    (
        'A drone count put the crowd at about 31,000. "It was not 90,000, and it was not 8,000," its author said.',
        "8,000",
        "person",
    ),
    # a count of counts named with its plural tells what the sources' counts after it count
    (
        "Rescuers pulled 14 people from the lake. The number of boats sunk is disputed. The harbour office says 9, "
        "the fishermen's union 16.",
        "9",
        "boat",
    ),
    (
        "Police said 30 people were hurt. The tally of shops looted remains in dispute. The chamber said 210.",
        "210",
        "shop",
    ),
    # ... and a question asked in its stead
    (
        "The clinic counted 41 admissions. Estimates of how many fans needed care range from the club's "
        "“about 300” to 500.",
        "about 300",
        "person",
    ),
    # a crowd counts people, its number maybe quoted
    ('The mayor told reporters the crowd was "nearly 250,000."', "nearly 250,000", "person"),
    # a count of counts put at a number counts what the text last counted, however long its phrase
    (
        "The operator said 22 miners were trapped. An inspector put the number underground at the moment of the blast "
        "at 31.",
        "31",
        "person",
    ),
    # a subject in quotation marks counts what the text counted
    (
        'The county counted 24 dead on Friday. A councillor repeated that "more than 40" had died.',
        "more than 40",
        "person",
    ),
    # a possessive names whose count it is, not what it counts
    ("The charity put this winter's cold deaths at more than 90.", "more than 90", "person"),
    # a series names its unit once, a measure's too
    (
        "The burnt area grew from 3,100 hectares on Friday to 4,800 on Saturday, 6,200 on Sunday and 7,000 on Monday.",
        "7,000",
        "hectare",
    ),
    (
        "Inspectors said the slick went from 40 km on Monday to 55 on Tuesday, 63 on Wednesday and 71 on Thursday.",
        "63",
        "km",
    ),
    # a plural subject of a change counts what it names, from the old count on
    ("Reservists said arrests had climbed from 16 on Monday to 25 on Tuesday.", "16", "person"),
    # a source's estimates, count or figure with its noun left out count what the text counted or measured
    (
        "Rangers put the burnt land at 2,300 hectares. The residents' estimates rose from about 3,500 to 5,000.",
        "about 3,500",
        "hectare",
    ),
    ("Divers counted 14 wrecks by Friday. The coast guard's count reached 19.", "19", "wreck"),
    ("The shelter took in 120 families. The charity said the figure was now 180.", "180", "family"),
    # ... or a possessive with its noun left out
    (
        "Guards said 4,100 pilgrims crossed on Monday. The monks' went from about 9,000 to 12,000.",
        "about 9,000",
        "person",
    ),
    ("Wardens logged 640 boats on the lake. The club's rose to 900 by evening.", "900", "boat"),
    ("The port logged 310 trawlers in the harbour. The union's was 420.", "420", "trawler"),
    # a correction names its unit after the figure it replaces
    (
        "The board revised its Friday figure to 5,200, not 5,700 tonnes, after a scale was recalibrated.",
        "5,200",
        "tonne",
    ),
    # a number set against the count before it a clause away (a correction, a revision, a comparison) counts what it
    # counts, a measure too
    (
        "The quarry held about 1.6 million tonnes of spoil, its owner said, not the 900,000 it gave in May.",
        "900,000",
        "tonne",
    ),
    (
        "The council cut its estimate to about 4 million litres after a second survey, from about 6 million.",
        "about 6 million",
        "liter",
    ),
    ("Wardens said 3,300 hectares of pine had burnt (they first said 2,900).", "2,900", "hectare"),
    ("The river reached 4.2 metres at the weir on Friday, up from 3.1.", "3.1", "m"),
    ("The mine shipped 2,400 tonnes of ore in May, against the regulator's 3,100.", "3,100", "tonne"),
    ("The lifeguards want a tower every 200 metres, not every 600.", "600", "m"),
    # ... the sentence's count nearest in size, not a measure that stands between
    ("The vet said 45 dairy farms lay within the 5 km zone, not the 38 the ministry listed.", "38", "farm"),
    # ... or the unit the count it corrects took from the text before
    ("The bureau put the loss at 7,200 tonnes, “7,200, not 6,800 as we said.”", "6,800", "tonne"),
    # a rival's bare count answers the sentence's first count, a measure too, past the text's last count of things
    (
        "Police detained 40 people at the gate. The growers say hail destroyed about 9,000 hectares of apples in "
        "the valley; the ministry says 3,500.",
        "3,500",
        "hectare",
    ),
    # a source "estimated it at" or "spoke of" a count, its noun left out, counts what the text counted
    (
        "The first vigil drew 25,000 mourners. The second vigil was smaller. The organisers estimated it at 11,000.",
        "11,000",
        "person",
    ),
    ("The hackers said they held 900,000 files. A researcher said the listing spoke of 700,000.", "700,000", "file"),
    # people nouns and currency words
    ("More than 5,000 dancers joined the parade.", "More than 5,000", "person"),
    ("Each family was promised 50,000 afghanis.", "50,000", "AFN"),
    ("A ticket cost 300 bolivianos.", "300", "BOB"),
    ("Families of the victims will get the state's 20,000 lari.", "20,000", "GEL"),
    # a measure told day by day names its unit once, each count with its own time, a few words on it allowed
    ("Crews had burnt 12 hectares on Friday, 19 by Saturday and 26 on Sunday evening.", "19", "hectare"),
    ("Crews had burnt 12 hectares on Friday, 19 by Saturday and 26 on Sunday evening.", "26", "hectare"),
    ("The mill shipped 80 tonnes on Monday, 95 by Tuesday after a stoppage, and 120 by Friday.", "120", "tonne"),
    # a second count that names its own noun after "of", the word for a count left out, and the count it changed from
    (
        "The council lifted its count of houses flooded to 260 from 190, and of families to 540 from 410.",
        "540",
        "family",
    ),
    (
        "The council lifted its count of houses flooded to 260 from 190, and of families to 540 from 410.",
        "410",
        "family",
    ),
    # a source's count that "remains" or "remained" counts what the text last counted
    ("The agency counted 38 barns lost on Monday. The farmers' count remains more than 70.", "more than 70", "barn"),
    # a tally right after "voted"
    ("The senate voted 52 to 41 to reject the bill.", "52", "vote"),
    ("The senate voted 52 to 41 to reject the bill.", "41", "vote"),
    # a toll counts the dead the text counted: things, when its last count told in its own words is of dead things
    (
        "Rangers found 140 dead storks near the lake on Monday. A wildlife charity put the toll at 300.",
        "300",
        "stork",
    ),
    (
        "The number of storks found dead near the river reached 140, while a charity put the toll at about 310.",
        "about 310",
        "stork",
    ),
    # ... and people by default: the last count is of no dead, or of dead people
    ("The storm destroyed 40 houses on Monday. The death toll rose to 12, police said.", "12", "person"),
    ("Floods killed 30 people and swept away 200 cattle. The toll rose to 35 on Tuesday.", "35", "person"),
    # a rival's count answers the count a source put at a figure, not what it counted on the way in another paragraph
    (
        "A survey put the crowd at the rally at 62,000.\n\nIt counted 48,000 badges at the gates.\n\n"
        "The union, which has claimed 90,000, called the survey flawed.",
        "90,000",
        "person",
    ),
    # ... but a count of its size in the rival's own paragraph is the count it answers
    (
        "Firefighters put the toll at 19.\n\nThe county raised its count of cars swept away to 13. "
        "The firefighters still say about 20.",
        "about 20",
        "car",
    ),
    # a rival's count after a turn of clause answers a span of time of its size
    ("The county says the bridge was shut for 9 hours; drivers speak of nearly 12.", "nearly 12", "hour"),
    # ... but a span of time inside the count a rival answers lends it nothing
    ("The sailors held for 30 hours numbered eight, the navy said; their union said 12.", "12", "person"),
    # a source that counts "the" things it names gives their number later in its sentence
    ("The rail union counts the days on which trains ran late, and arrives at about 40.", "about 40", "day"),
    # an owner's possessive with its head left out answers the count named before with another owner
    (
        "The port's tally for Friday is 86 ships turned away, plus 12 delays. The dockers' is \"at least 120\", they say.",
        "at least 120",
        "ship",
    ),
    # "it" stands for a count its noun named, a thing the text counted
    (
        "Divers found wrecks at 31 sites. The navy's site count rose through the day, and at noon it stood at 27.",
        "27",
        "site",
    ),
    # a question of a gathering's size asks for the people in it
    ("Officials inspected 300 shops.\n\nHow big was Sunday's rally?\n\nOrganisers said 9,000.", "9,000", "person"),
    # a noun before a toll or deaths names who died: people, or a thing the text counted
    (
        "Officials said 12 people were killed and 80 cattle died in the flood. A herders' group puts the human "
        "toll at 20.",
        "20",
        "person",
    ),
    (
        "Rangers said 50 rhinos have died this year. A charity has recorded 64 rhino deaths in the park.",
        "64",
        "rhino",
    ),
    # a lead-in's count of counts names nothing counted
    (
        "How many were hurt? For hospital patients, there are two numbers: 14 according to the clinic.",
        "14",
        "person",
    ),
    # a source's count across a sentence counts what the text counted, not a distance measured on the way
    (
        "Divers found three of the nine crates, drifting about 20 nautical miles offshore. The shipper still says "
        "seven sank.",
        "seven",
        "crate",
    ),
    # "logged" gives a rival's count
    ("The council registered 210 helpers on Friday. The charity logged about 900.", "about 900", "helper"),
    # a label opening its line names what its list counts, the source's verb of saying between
    (
        "- Kilns: the county counted 14 fires.\n- Stewards: the club said 300, the union about 450.",
        "about 450",
        "person",
    ),
    # "it's" stands for the measure told right before
    ('"The average wait was 52 minutes," she said. "On a normal night it\'s about 20."', "about 20", "minute"),
    # a count of counts names its plural when the number is set off right after it
    ("The league's figure for transfers, 96 according to its register, was disputed.", "96", "transfer"),
]


@pytest.mark.parametrize(("text", "quote", "unit"), DISCOURSE_UNITS)
def test_an_elided_noun_is_read_from_the_text_around_the_number(text: str, quote: str, unit: str) -> None:
    [claim] = [c for c in extract_claims(text) if c.quote == quote][-1:]
    assert claim.unit == unit


# (text, quote, unit): no borrowed unit where the text does not give one.
NOT_BORROWED: list[tuple[str, str, str]] = [
    # a change in a share set against a level: the level is no share of its series
    ("The fund's price rose 6 percent to 47 on Friday.", "47", ""),
    # a small value recurs by chance: no like-value unit
    ("The ferry carried 40 cars. Forty is the limit on that deck.", "Forty", ""),
    # two units for one value: no like-value unit
    ("The storm felled 500 trees and cut 500 lines. Nobody had expected 500.", "500", ""),
    # "or" before a number that names no noun of its own: nothing to share
    ("The ferry carried 240 cars. It sails at 9 or 10, weather permitting.", "9", ""),
    # a distance is no amount a source gives again
    ("Buses came from towns 300 km away. The organisers said 900.", "900", ""),
    # a thing counted two sentences back is no subject's unit
    ("The ferry carried 240 cars. The sea was rough. About 90 were seasick.", "About 90", ""),
    # a colon with no noun before it names nothing; a clock time is no colon of a list
    ("The minister said: 45, and no more.", "45", ""),
    # a lead-in lends its noun only to a list that opens right after its mark
    ("Valley floods: deaths near 60, hundreds still stranded", "60", ""),
    # a subject that is a count of counts names no counted thing of its own
    ("The league's estimates rose to 260 over the season.", "260", ""),
    # a measure a clause back: a bare "from" after it is a revision's only when the change went "to" it, and a
    # number far apart in size is set against nothing
    ("Crews pumped 9,000 litres out of the mine on Friday, its owner said, from 6,000 pumped before.", "6,000", ""),
    # a day-by-day series lends its measure only to a number told with its own time
    ("Crews pumped 9,000 litres on Friday, 40 more by hand.", "40", ""),
    # a fronted time phrase tells when: its days are not what the sentence counts
    ("Over the next few days the ferry company's tally fell to 2,300.", "2,300", ""),
    ("The storm dumped 120 mm of rain on Friday, the forecaster said, up from 3.", "3", ""),
]


@pytest.mark.parametrize(("text", "quote", "unit"), NOT_BORROWED)
def test_no_unit_is_borrowed_without_a_single_source(text: str, quote: str, unit: str) -> None:
    claim = [c for c in extract_claims(text) if c.quote == quote][-1]
    assert claim.unit == unit


# (text, quote, unit): a number with its noun left out counts what the text is counting, not the nearest word.
COUNTED_NOT_NEAREST: list[tuple[str, str, str]] = [
    # a question whose noun is left out asks what an earlier question named, never its verb
    (
        "Why nobody agrees how many barrels the tanker spilled\n\nThree days on, one question remains: how many went "
        "into the sea? The owner first said 120.",
        "120",
        "barrel",
    ),
    # ... or, after a verb and no question before, for people; a determiner names nothing
    ("The ferry left at dawn. How many boarded? The port authority says 310.", "310", "person"),
    ("How many the storm flattened is unclear. The council says 85.", "85", ""),
    # the number that opens the paragraph after a question answers it
    ("How many lorries were stuck?\n\nAbout 700, the police say.", "About 700", "lorry"),
    # a collective after a noun the text counts in the plural counts those things, not people
    (
        "Rangers counted the goats on the island. They put the goat population at about 4,000.",
        "about 4,000",
        "goat",
    ),
    ("The ministry put the prison population at about 80,000.", "about 80,000", "person"),
    # a plural set before a sentence as its topic names what its first count counts; a time is no topic
    ("Port news.\n\nOn lorries, the police say they checked 240.", "240", "lorry"),
    ("Farm news.\n\nOn farms, the ministry says 9,000 hectares burned (it first said 8,000).", "8,000", "hectare"),
    # a plural opening a list's lead-in, capitalised only there, is what the list counts when the count moves
    ("Evictions have risen every week: 14 by May, 19 by June.", "19", "eviction"),
    ("Farmers march today, and they carry a number: 1,480.", "1,480", ""),
    # a sentence between that names one kind of thing and no number is what the text now counts
    (
        "The ferry has 30 crew. The storm scattered crates along the shore. The port's count is 300.",
        "300",
        "crate",
    ),
    ("The ferry has 30 crew. The crates keep coming. By noon 14 had washed up.", "14", "crate"),
    # a rival's count of the missing counts what the count it answers counts; people by default
    (
        "The operator said 12 crates went over the side; the coast guard counted about 40 missing from the deck.",
        "about 40",
        "crate",
    ),
    ("Police said 12 people drowned; the Red Cross counted about 40 missing.", "about 40", "person"),
    # signatures are signatures, not the people who signed
    ("The petition has 12,000 signatures.", "12,000", "signature"),
    # a gap told in times is a multiple
    ("The two counts are more than four times apart.", "more than four times", "ratio"),
    ("That is a gap of six times.", "six times", "ratio"),
    # a span of time corrected or revised, and a rival's count of it after that
    ("The bridge was closed for 14 hours on Friday, not 16 as first reported.", "16", "hour"),
    (
        "The operator says the line was shut for 11 hours, after first saying 13; the union says nearly 20.",
        "nearly 20",
        "hour",
    ),
]


@pytest.mark.parametrize(("text", "quote", "unit"), COUNTED_NOT_NEAREST)
def test_a_bare_number_counts_what_the_text_is_counting(text: str, quote: str, unit: str) -> None:
    claim = [c for c in extract_claims(text) if c.quote == quote][-1]
    assert claim.unit == unit


# (text, quote, unit): the number's own words, or the count it answers whatever its size, name what it counts; a
# number of the same value told elsewhere as a multiple names nothing.
ANSWERED_OR_OWN_UNITS: list[tuple[str, str, str]] = [
    # a speed or a flow against time, and an amount per unit of another measure, is a rate
    ("Gusts of up to 85 km an hour tore roofs off the sheds.", "up to 85 km", "km/h"),
    ("The pumps moved about 2,300 cubic metres of water an hour out of the pit.", "about 2,300", "m3 per hour"),
    ("Nitrate in the well reached 14 milligrams per litre.", "14", "mg per liter"),
    ("The trap counted 230 grains per cubic metre on Friday.", "230", "grain per m3"),
    # any other amount in time keeps its unit, with "a" or "per"
    ("The plant emits 300 tonnes per day.", "300", "tonne"),
    ("The crew advanced about six metres an hour.", "about six", "m"),
    # a count's verb is no plural it names
    ("The clinic's count of wounded stands at 87. The volunteers say more than 300.", "more than 300", "person"),
    # a parent's number counts children
    ("Ana Lopes, 39, a mother of four, lost her stall.", "four", "person"),
    ("People in the queue, among them a grandmother of 80, waited all night.", "80", "year"),
    # nouns for people by their ending, hyphenated too
    ("Dozens of concert-goers fainted in the heat.", "Dozens", "person"),
    ("Police held two shift supervisors.", "two", "person"),
    # plurals kept whole
    ("Three tornadoes and two avalanches were reported.", "Three", "tornado"),
    ("Three tornadoes and two avalanches were reported.", "two", "avalanche"),
    # a count set against the count before it, whatever its size
    ("Flooding: 30 hours or 190? The two counts differ.", "190", "hour"),
    (
        "The utility said its pumps had run for about 30 hours last week, and residents said 190.",
        "190",
        "hour",
    ),
    (
        "On Friday the port listed nine wrecks. The navy says the pumps ran for more than 90 hours, far more than the "
        "port's about 20 but fewer than the divers' 160.",
        "about 20",
        "hour",
    ),
    (
        "The court gave its first figure for the weight: 3.2 tonnes. That is below the port's 4.1 tonnes and above "
        'the police\'s "about two".',
        "about two",
        "tonne",
    ),
    # a multiple of the same value is no count the later number names again
    (
        "That the two are seven times apart tells you how little is known.\n\nThe wreck reports show the same "
        "pattern. On Monday the port listed 12 wrecks, the navy 31. By Friday evening the numbers were seven and 24.",
        "seven",
        "wreck",
    ),
]


@pytest.mark.parametrize(("text", "quote", "unit"), ANSWERED_OR_OWN_UNITS)
def test_a_number_counts_what_its_words_or_the_count_it_answers_count(text: str, quote: str, unit: str) -> None:
    claim = [c for c in extract_claims(text) if c.quote == quote][-1]
    assert claim.unit == unit
