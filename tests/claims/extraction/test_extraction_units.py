"""Units the extractor reads from the words around a number: currencies by word and place, ages, elided nouns."""

from __future__ import annotations

import pytest

from claims.extraction import extract_claims

# (text, quote, unit): the unit of the first claim quoted so.
ROWS: list[tuple[str, str, str]] = [
    # currency words in the plural, and "pounds" by the places of the story
    ("A tonne of rye fetched 640 zlotys in Lublin.", "640", "PLN"),
    ("The mayor of Gdansk set aside 3 billion zlotys for the port.", "3 billion", "PLN"),
    ("In Budapest a flat now rents for 250,000 forints a month.", "250,000", "HUF"),
    ("The fare from Gonaives is 500 gourdes each way.", "500", "HTG"),
    ("In Alexandria, the ministry will pay 30,000 pounds to each injured fisherman.", "30,000", "EGP"),
    ("Beirut's bakeries now charge 90,000 pounds for a bundle of bread.", "90,000", "LBP"),
    ("London's council will pay 30,000 pounds to each family.", "30,000", "GBP"),
    ("The boxer lost 12 pounds before the weigh-in.", "12", "lb"),
    # ages: one person "of" a number, a person noun and a number between commas, age hedges and joined ages
    ("Rescuers pulled a girl of 11 from the rubble on Friday.", "11", "year"),
    ("The survivors included a man of about 70, officials said.", "about 70", "year"),
    ("The farmer, 61, said his fields had flooded twice.", "61", "year"),
    ("Police said 14 children under ten had been evacuated.", "under ten", "year"),
    ("Two sailors, aged 19 and 23, were rescued by a trawler.", "23", "year"),
    ("Those who died were mostly workers aged between 30 and 55.", "between 30 and 55", "year"),
    # nouns for people ending in "men", and a head after coordinated modifiers
    ("The storm stranded nine fishermen off the cape.", "nine", "person"),
    ("Clinics saw 420 flu and measles patients last week.", "420", "person"),
    ("The breach exposed 2.1 million past and present members.", "2.1 million", "person"),
    ("A late header gives Rovers a 3-2 win and lifts them off the bottom.", "2", "goal"),
    # "of them" counts what the text counted, not always people
    ("The quake damaged 900 schools, 120 of them beyond repair.", "120", "school"),
    ("Police detained 60 protesters, 12 of whom were charged.", "12", "person"),
    ("Two of them were later released.", "Two", "person"),
    # a subject with its noun left out counts what the text last counted
    ("The firm said 41 miners were underground. Thirty-five came out on their own.", "Thirty-five", "person"),
    ("About 90 villagers were hurt. By Friday, 17 remained in hospital.", "17", "person"),
    ("The council counted 210 volunteers. Its critics say there were as many as 400.", "as many as 400", "person"),
    (
        "The firm said 41 miners were trapped. The union put the number still underground at no fewer than 20.",
        "no fewer than 20",
        "person",
    ),
    # a part of people named by what happened to them
    ("Boats took 14 of the most badly injured to the mainland.", "14", "person"),
    ("Only 300 of those deported ever returned.", "300", "person"),
    # a count's subject before a verb of change
    ("Arrivals had plummeted to 45 by March.", "45", "person"),
    # tallies and comparisons
    ("The assembly adopted the budget by 71 votes to 54.", "54", "vote"),
    ("Ms Ortiz took 9,410 votes to the Green candidate's 8,977.", "8,977", "vote"),
    ("The council approved the plan on Monday by 9 to 4.", "9", "vote"),
    ("The council approved the plan on Monday by 9 to 4.", "4", "vote"),
    ("Around 9,000 people from 22 districts have fled, up from about 2,500 a week ago.", "about 2,500", "person"),
    # a vague plural counts what the count before it counted, else people
    ("Inspectors condemned 40 bridges, and dozens more were closed.", "dozens", "bridge"),
    ("The flood wrecked 200 farms and thousands were left homeless.", "thousands", "person"),
    ("Hundreds gathered outside the court.", "Hundreds", "person"),
    # a sum of money with its currency left out; a count named between "put" and "at"; a rival's bare count
    ("The ministry has offered 3 billion forints in relief. The growers want 8 billion.", "8 billion", "HUF"),
    ("The agency put deaths at about 120 on Friday.", "about 120", "person"),
    ("The bank says 2.4 million customers were affected. The attackers say 6 million.", "6 million", "person"),
    ('The line said 300 people boarded. A guard said there had been "as many as 800".', "as many as 800", "person"),
    # degrees among weather words are Celsius unless the story is American; an angle or a difference stays degrees
    ("Doctors in Multan said the heat reached 47 degrees on Sunday.", "47", "degree Celsius"),
    ("Forecasters in Texas expect the heat to reach 47 degrees.", "47", "degree"),
    ("It was 9 degrees warmer in Lahore amid the heat.", "9", "degree"),
    ("The crane swung 35 degrees to the left.", "35", "degree"),
    # a speed with its unit left out takes the text's last speed
    ("The bus reached 96 km/h on the bend. Its driver said he was doing about 60.", "about 60", "km/h"),
    # collectives and people by what they did
    ("The gang, which wants $2m, says it holds the personal data of 4.1 million.", "4.1 million", "person"),
    ("Each ration is meant to feed a family of six for a week.", "six", "person"),
    ("The arena has a capacity of about 18,000.", "about 18,000", "person"),
    ("The railway said 300 seats had been booked, but nearly 500 were aboard.", "nearly 500", "person"),
    ("Each member of the jury of twelve was questioned.", "twelve", "person"),
    ("A panel of five will review the contracts.", "five", "person"),
    # the counted thing named before the number, in the sentence's frame
    ("Requests to the embassy's consular desk passed 8,300 by June.", "passed 8,300", "request"),
    ("Flood insurance claims have risen to 75 in the valley.", "75", "claim"),
    ("Inspectors put bridges closed or badly cracked at 214.", "214", "bridge"),
    ("The charity put the number driven from the coast by the storm at about 9,000.", "about 9,000", "person"),
    ("The council puts tenants evicted last year at nearly 600.", "nearly 600", "person"),
    ("Its total for last month's cancelled flights should have been 412, not 421.", "412", "flight"),
    ("Its total for last month's cancelled flights should have been 412, not 421.", "421", "flight"),
    (
        "Wardens counted 3,100 hikers at 12 mountain huts. The park service said the number was nearer 4,000.",
        "4,000",
        "person",
    ),
    # ages named by the noun "age", and two people's ages after a noun for a pair
    ("The plan would lift the pension age for teachers to 66 from 63.", "66", "year"),
    ("The plan would lift the pension age for teachers to 66 from 63.", "63", "year"),
    ("The club set the age limit of 16 for its junior league.", "16", "year"),
    ("Rescuers found a couple, 82 and 79, in the flooded cellar.", "82", "year"),
    ("Rescuers found a couple, 82 and 79, in the flooded cellar.", "79", "year"),
    # a unit of time heads its count, whatever noun follows it
    ("The line was shut for 50 minutes, not the 35 minutes stewards reported.", "35", "minute"),
    # a count's subject told again with its noun left out, before a verb; people by the verb after them
    ("The ward closed 240 beds. The union says 900 leave the profession each year.", "900", "person"),
    (
        'Stewards said "about 300" fans were hurt; the clinic put the number at 410. A fans\' group said that more '
        "than 650 had needed treatment.",
        "more than 650",
        "person",
    ),
    # a collective said to be "likely" some size, a range's first number after it
    ("Stewards said the crowd was probably between 6,000 and 9,000 by noon.", "between 6,000 and 9,000", "person"),
    # a source's count skips the count set in a phrase of place or means before it for the count of its size
    (
        "Medics treated 140 walkers. Volunteers, working from photographs taken at 12 checkpoints, said the number "
        "was about 600.",
        "about 600",
        "person",
    ),
    # a bare number ending its sentence after a verb counts the last count of its size
    ("The coroner said 15 climbers had died. Guides said they had found or named 18.", "18", "person"),
    # a question asks how many people something befell; a count of counts names its noun after a word before it
    ("How many were hurt in the blast is still unclear. The clinic says 23.", "23", "person"),
    ("By Friday the number of confirmed injured had reached 64.", "64", "person"),
    # a body of people's tally keeps its votes; a part of a body of people counts people
    ("The town council voted 6 to 3 to close the library.", "6", "vote"),
    ("The trawler lost 9 of its crew in the gale.", "9", "person"),
    # a number set off by commas after a plural counts what the plural names
    ("The stranded climbers, 14 in all, were brought down by Sunday.", "14", "person"),
    ("Its lorries, about 70, were parked at the border.", "about 70", "lorry"),
    # two bare numbers joined by "and" after two counts joined by "and" take their units in turn
    (
        "The port counted 300 barges and 9,000 containers this week, up from its first estimates of about 250 and "
        "7,000.",
        "about 250",
        "barge",
    ),
    # a count said to be in dispute names what the sources' bare numbers count, whatever else had that value
    (
        "Only 22 marshals were on duty. The count of cars that crashed has not been settled. Police say 14, the "
        "insurers about 22.",
        "about 22",
        "car",
    ),
    # a source's own count goes back to the count of a sentence naming its owner, or to a count of a value it gives
    # again, rather than merely the text's last count in another paragraph; in its own paragraph, that count
    (
        "The harbour master counted 42 boats in the bay on Monday.\n\nBy evening, the clinic said, three divers had "
        "been hurt.\n\nOver the week, the harbour master's count went from 30 on Friday to 36.",
        "30",
        "boat",
    ),
    (
        "Rangers found 57 dead storks by Monday.\n\nThree poachers were arrested near the lake.\n\nLooking back, the "
        "park's figures went from 20 on Saturday to 57 on Monday.",
        "20",
        "stork",
    ),
    (
        "The harbour master said 40 boats were afloat.\n\nThe clinic treated 12 divers, up from 9. The harbour "
        "master's count went from 10 to 12.",
        "10",
        "person",
    ),
    # a plural in "-is" is a people's name only when it is one: taxis are taxis, a Greek singular heads no count
    ("Police said 1,200 taxis joined the blockade on Monday.", "1,200", "taxi"),
    ("The clinic has only six dialysis machines, its director said.", "six", "machine"),
    ("About 300 Somalis were moved to the camp.", "About 300", "person"),
    # fish and other animals whose plural is their singular count themselves
    ("Some 8,000 farmed trout got out of the cage overnight, the hatchery said.", "Some 8,000", "trout"),
    ("Volunteers pulled 600 jellyfish from the harbour on Friday.", "600", "jellyfish"),
    # herds are counted by the head: of what "of" names, else cattle
    ("Raiders drove off about 900 head of cattle from the camp.", "about 900", "cattle"),
    ("The ranchers said 2,500 head of sheep had drowned.", "2,500", "sheep"),
    ("Police said about 700 head were recovered near the river.", "about 700", "cattle"),
    ("Three head teachers resigned on Monday.", "Three", "person"),
    # people named by what they were doing: bathers, skiers, learners
    ("Lifeguards treated 420 bathers for stings on Saturday.", "420", "person"),
    ("The storm trapped 75 skiers and snowboarders in the lodge.", "75", "person"),
    ("The board said 9,300 learners would sit the paper again.", "9,300", "person"),
    # a possessive names whose the whole of a part is, not what the part counts
    ("The bakers' guild said 85 of its members' shops were shut.", "85", "shop"),
    ("The union said about 300 of the company's lorries stood idle.", "about 300", "lorry"),
    # a plural that names a body or whose count it is heads no count: the count before it lends its noun
    (
        "The exams board started at about 2,000 candidates on Monday, climbed to 3,400 on Tuesday.",
        "3,400",
        "person",
    ),
    ("The hospitals' figure rose to 19 by Sunday, the ministry said.", "19", ""),
    # what a count of counts names in the number's own clause comes before a count lent from the text
    (
        "The brewery, which employs 310 workers, raised its estimate of the crates that had left the depot before "
        "the recall to some 7,000.",
        "some 7,000",
        "crate",
    ),
    (
        "The reserve again gave 140 as the number of dolphins that beached, after it counted 60 volunteers.",
        "140",
        "dolphin",
    ),
    (
        "Vets counted 12 farms. They revised the number of sheep that drowned in the valley to 310, from 240.",
        "310",
        "sheep",
    ),
    # a change in a count names what it counts after "in"; words after the noun may be capitalised
    ("The ministry cut the planned increase in nursing places for next year to 900.", "900", "place"),
    ("Its figure for households still cut off on Friday evening was 4,200, it said.", "4,200", "household"),
    # a possessive before the head of "the tally of" modifies it
    ("The tally of workers' compensation claims rose to 310 this year.", "310", "claim"),
    # a count of counts that names nothing counts what the text counted, the last count of its size first
    ("The port counted 42 sailings on Monday. The union's figures on those days were 30 and 35.", "30", "sailing"),
    # a question naming what it asks for lends that noun, not people, to the sources' answers
    ("Wardens logged 30 boats. How many trout escaped? The hatchery says 8,000.", "8,000", "trout"),
    ("Wardens logged 30 boats. How many escaped? The hatchery says 8,000.", "8,000", "person"),
    # sources give a quake's magnitude again without naming it: one decimal place, below ten
    (
        "The survey put the tremor at magnitude 4.2. The regional observatory kept its estimate of 4.5.",
        "4.5",
        "magnitude",
    ),
    ("The observatory revised the magnitude of Friday's largest quake to 5.8 from 5.5.", "5.5", "magnitude"),
    ("The quake damaged 3.5 million homes.", "3.5 million", "home"),
    # a number spoken of as a number restates the text's last count of its size
    ('Customs seized 14 rifles at the border. "Fourteen is what we found," an officer said.', "Fourteen", "rifle"),
    # a body of animals numbered counts its members, not the people who speak of it
    ("Park rangers said the herd numbered eleven when it crossed the river.", "eleven", "animal"),
    ("A flock of 600 was moved to higher pasture, the shepherds said.", "600", "animal"),
    ("Divers said the shoal was about 3,000 strong.", "about 3,000", "fish"),
]


@pytest.mark.parametrize(("text", "quote", "unit"), ROWS)
def test_reads_the_unit_from_the_words_around(text: str, quote: str, unit: str) -> None:
    claims = [c for c in extract_claims(text) if c.quote == quote]
    assert claims, f"{quote!r} not among {[c.quote for c in extract_claims(text)]}"
    assert claims[0].unit == unit
