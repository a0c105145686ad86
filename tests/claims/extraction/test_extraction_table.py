"""Table tests: one row per convention in CLAIMS.md, plus realistic wire-copy forms."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract_claims

D = Decimal

# (text, quote, low, high, qualifier, unit)
ROWS: list[tuple[str, str, Decimal | None, Decimal | None, str, str]] = [
    # counts in digits and words
    ("Police detained 32 protesters.", "32", D(32), D(32), "exact", "person"),
    ("It took seven buses to carry them.", "seven", D(7), D(7), "exact", "bus"),
    ("Talks between the two nations stalled.", "two", D(2), D(2), "exact", "country"),
    ("Delegates from 193 UN Member States attended.", "193", D(193), D(193), "exact", "country"),
    ("The letter came from 54 participating organizations.", "54", D(54), D(54), "exact", "organization"),
    ("The 2,000 people were detained.", "2,000", D(2000), D(2000), "exact", "person"),
    ("About 2000 people marched.", "About 2000", D(2000), D(2000), "approximate", "person"),
    # durations
    ("He served three years in prison.", "three", D(3), D(3), "exact", "year"),
    ("The strike lasted 12 hours.", "12", D(12), D(12), "exact", "hour"),
    ("The siege went on for more than two months.", "more than two", D(2), None, "at_least", "month"),
    ("He was held for two years and five months.", "two years and five months", D(29), D(29), "exact", "month"),
    ("Over the past six years the regime tightened control.", "six", D(6), D(6), "exact", "year"),
    ("Each member state gets one minute to speak.", "one", D(1), D(1), "exact", "minute"),
    # percentages and points
    ("Turnout was 45.2% on Sunday.", "45.2%", D("45.2"), D("45.2"), "exact", "percent"),
    ("Over 60 percent of voters agreed.", "Over 60 percent", D(60), None, "at_least", "percent"),
    ("Nearly 80 per cent of homes lost power.", "Nearly 80 per cent", D(80), D(80), "approximate", "percent"),
    ("Support fell 3 percentage points.", "3 percentage points", D(3), D(3), "exact", "percentage_point"),
    ("The margin of error is plus or minus 2.5 percentage points.", "plus or minus 2.5 percentage points",
     D("2.5"), D("2.5"), "exact", "percentage_point"),
    ("Approval rose to 98%25 among members.", "98%25", D(98), D(98), "exact", "percent"),
    ("It grew three-point-two percent last year.", "three-point-two percent", D("3.2"), D("3.2"), "exact", "percent"),
    # ratios and multiples
    ("Nearly 1 in 5 adults smoke.", "Nearly 1 in 5", D("0.2"), D("0.2"), "approximate", "ratio"),
    ("One in four children is hungry.", "One in four", D("0.25"), D("0.25"), "exact", "ratio"),
    ("Prices rose about three times as fast.", "about three", D(3), D(3), "approximate", "ratio"),
    # measurements, ages, magnitudes
    ("The tunnel is 4.5km long.", "4.5km", D("4.5"), D("4.5"), "exact", "km"),
    ("Temperatures hit 30°C on Monday.", "30°C", D(30), D(30), "exact", "degree Celsius"),
    ("The victim, a woman, 52, was taken to hospital.", "52", D(52), D(52), "exact", "year"),
    ("A 52-year-old man was arrested.", "52", D(52), D(52), "exact", "year"),
    ("A magnitude 7.8 earthquake struck.", "7.8", D("7.8"), D("7.8"), "exact", "magnitude"),
    ("A 300-page report was released.", "300", D(300), D(300), "exact", "page"),
    ("The wall stands about 40 meters (130 feet) high.", "130", D(130), D(130), "approximate", "foot"),
    # money
    ("The deal is worth $3 million.", "$3 million", D(3000000), D(3000000), "exact", "USD"),
    ("The firm raised $1.2 billion.", "$1.2 billion", D(1200000000), D(1200000000), "exact", "USD"),
    ("The club paid €40m for him.", "€40m", D(40000000), D(40000000), "exact", "EUR"),
    ("The budget is 3.5 trillion won.", "3.5 trillion", D(3500000000000), D(3500000000000), "exact", "KRW"),
    ("Tickets cost 50,000 won each.", "50,000", D(50000), D(50000), "exact", "KRW"),
    ("It was fined £2.5bn.", "£2.5bn", D(2500000000), D(2500000000), "exact", "GBP"),
    ("Sales reached USD 4 million.", "USD 4 million", D(4000000), D(4000000), "exact", "USD"),
    # vague plurals
    ("Dozens of organizations signed.", "Dozens", D(24), D(99), "vague", "organization"),
    ("Scores of people were injured.", "Scores", D(40), D(99), "vague", "person"),
    ("Hundreds of activists rallied.", "Hundreds", D(200), D(999), "vague", "person"),
    ("Thousands fled the city.", "Thousands", D(2000), D(9999), "vague", "person"),
    ("Tens of thousands of people marched.", "Tens of thousands", D(20000), D(99999), "vague", "person"),
    ("Hundreds of thousands of people fled.", "Hundreds of thousands", D(200000), D(999999), "vague", "person"),
    ("Millions of people watched.", "Millions", D(2000000), D(9999999), "vague", "person"),
    # qualifiers
    ("Some 700 families were displaced.", "Some 700", D(700), D(700), "approximate", "family"),
    ("An estimated 150 people died.", "An estimated 150", D(150), D(150), "approximate", "person"),
    ("Officials estimated that 150 people died.", "150", D(150), D(150), "exact", "person"),
    ("It held reportedly 2,000 prisoners.", "reportedly 2,000", D(2000), D(2000), "approximate", "person"),
    ("They held reportedly as many as 2,000 prisoners.", "reportedly as many as 2,000", None, D(2000), "at_most",
     "person"),
    ("The storm killed at least 37 people.", "at least 37", D(37), None, "at_least", "person"),
    ("Up to 1,000 troops will deploy.", "Up to 1,000", None, D(1000), "at_most", "person"),
    ("No more than 20 guests may attend.", "No more than 20", None, D(20), "at_most", "person"),
    ("Sales exceeded 500 units.", "exceeded 500", D(500), None, "at_least", "unit"),
    ("Donations topped 500 by noon.", "topped 500", D(500), None, "at_least", ""),
    ("Homes within 300 meters were evacuated.", "within 300", None, D(300), "at_most", "m"),
    ("Only 300 people came.", "300", D(300), D(300), "exact", "person"),
    ("Another 10,100 people were evacuated.", "10,100", D(10100), D(10100), "exact", "person"),
    ("They found 170 more bodies.", "170", D(170), D(170), "exact", "person"),
    ("He bought a dozen eggs.", "a dozen", D(12), D(12), "approximate", "egg"),
    # ranges and changes
    ("Between 30 and 40 people were hurt.", "Between 30 and 40", D(30), D(40), "range", "person"),
    ("Some 30 to 40 people were hurt.", "Some 30 to 40", D(30), D(40), "range", "person"),
    ("Between 30-40 people were hurt.", "30-40", D(30), D(40), "range", "person"),
    ("It will cost $2 to $3 billion.", "$2 to $3 billion", D(2000000000), D(3000000000), "range", "USD"),
    # spelled magnitudes
    ("Nearly Three Million People Fled", "Nearly Three Million", D(3000000), D(3000000), "approximate", "person"),
    ("The city has 2.3m residents.", "2.3m", D(2300000), D(2300000), "exact", "person"),
    ("Half a million people fled.", "Half a million", D(500000), D(500000), "exact", "person"),
    ("A hundred and fifty people came.", "A hundred and fifty", D(150), D(150), "exact", "person"),
    ("It reached one-point-05 million viewers.", "one-point-05 million", D(1050000), D(1050000), "exact", "person"),
    ("Twenty-five soldiers died.", "Twenty-five", D(25), D(25), "exact", "person"),
    # wire-copy forms
    ("Officials said three of the five suspects fled.", "three", D(3), D(3), "exact", "person"),
    ("Profit was $1.5 mln in the quarter.", "$1.5 mln", D(1500000), D(1500000), "exact", "USD"),
    ("The state spent Rs 2,000 crore on roads.", "Rs 2,000 crore", D(20000000000), D(20000000000), "exact", "INR"),
    ("Prices rose 5pc in March.", "5pc", D(5), D(5), "exact", "percent"),
    ("One out of every five people agreed.", "One out of every five", D("0.2"), D("0.2"), "exact", "ratio"),
    ("Rates rose 0.25 percentage points to 5.5 percent.", "5.5 percent", D("5.5"), D("5.5"), "exact", "percent"),
    ("The Senate voted 51-49 to pass it.", "51", D(51), D(51), "exact", "vote"),
    ("The quake was followed by a magnitude 7.5 aftershock.", "7.5", D("7.5"), D("7.5"), "exact", "magnitude"),
    ("Tens of thousands remain in camps.", "Tens of thousands", D(20000), D(99999), "vague", "person"),
    ("Kim Jong Un, 39, attended.", "39", D(39), D(39), "exact", "year"),
    ("It rained for two hours and 30 minutes.", "two hours and 30 minutes", D(150), D(150), "exact", "minute"),
    ("Rates were set at 5.25% to 5.5%.", "5.25% to 5.5%", D("5.25"), D("5.5"), "range", "percent"),
    ("Temperatures rose above 40 degrees Celsius (104 degrees Fahrenheit).", "104", D(104), None, "at_least",
     "degree Fahrenheit"),
    ("The death toll rose to 2,445, up from 2,053.", "2,445", D(2445), D(2445), "exact", "person"),
    ("The number of defectors fell to 196 from 1,047.", "196", D(196), D(196), "exact", "person"),
    ("Lows of -5°C are forecast.", "-5°C", D(-5), D(-5), "exact", "degree Celsius"),
    ("The blast hit the market, killing 12 and wounding 30.", "12", D(12), D(12), "exact", "person"),
    ("By Tuesday, 37 had died.", "37", D(37), D(37), "exact", "person"),
    ("It cost hundreds of millions of dollars.", "hundreds of millions", D(200000000), D(999999999), "vague", "USD"),
    ("The top 10 finishers qualify.", "10", D(10), D(10), "exact", "finisher"),
    ("Children aged 5 to 11 can apply.", "5 to 11", D(5), D(11), "range", "year"),
    # "N-M" before a counted noun is a range; a score needs a sport around it
    ("Pollsters project that Republicans will win 30-40 seats.", "30-40", D(30), D(40), "range", "seat"),
    ("Harlow drew 2-2 at Dunmore after a late penalty.", "2", D(2), D(2), "exact", "goal"),
    ("Harris hit a free throw and cut it to 106-102 with 1:14 remaining.", "106", D(106), D(106), "exact", "point"),
    ("The Comets (6-3) have won four straight at home.", "6", D(6), D(6), "exact", "game"),
    # "over" that spans time is no qualifier; "for over" still is
    ("House prices fell by about 20% over four years.", "four", D(4), D(4), "exact", "year"),
    ("Shaw, who took over two years and five months ago, stayed.", "two years and five months", D(29), D(29),
     "exact", "month"),
    ("Passengers were held on the tarmac for over three hours.", "over three", D(3), None, "at_least", "hour"),
    ("The project took over two years to finish.", "over two", D(2), None, "at_least", "year"),
    # temperatures without a degree sign
    ("The caption read: when temperatures reached 43C.", "43C", D(43), D(43), "exact", "degree Celsius"),
    ("Temperatures climbed to 44.6C in the Andalusian town.", "44.6C", D("44.6"), D("44.6"), "exact",
     "degree Celsius"),
    # a hedged "one" counts
    ("It urged parents of children who had missed at least one dose to book.", "at least one", D(1), None,
     "at_least", "dose"),
    # dates, model numbers, years and shot names next to real counts
    ("The survey of 1,204 likely voters, conducted Sept. 12-17, found a lead.", "1,204", D(1204), D(1204),
     "exact", "person"),
    ("It set aside €55 million in its 2023 accounts.", "€55 million", D(55000000), D(55000000), "exact", "EUR"),
    ("Harris went 8 for 11 from 3-point range.", "8", D(8), D(8), "exact", ""),
    ("The Comets held a 3-point lead.", "3", D(3), D(3), "exact", "point"),
    # money forms: Indian scale words, glued shilling prefix, currency by the country in the story
    ("The state will spend Rs 500 crore on roads.", "Rs 500 crore", D(5000000000), D(5000000000), "exact", "INR"),
    ("The deal is worth Sh2 billion, officials said.", "Sh2 billion", D(2000000000), D(2000000000), "exact", "KES"),
    ("Floods in Pakistan: the government released 5 billion rupees.", "5 billion", D(5000000000), D(5000000000),
     "exact", "PKR"),
    ("The state spent 5 billion rupees.", "5 billion", D(5000000000), D(5000000000), "exact", "INR"),
    ("The yen weakened to 151.7 per dollar.", "151.7", D("151.7"), D("151.7"), "exact", "JPY/USD"),
    ("Roughly 70pc of homes were damaged.", "Roughly 70pc", D(70), D(70), "approximate", "percent"),
    ("The quake measured 5.8 on the Richter scale.", "5.8", D("5.8"), D("5.8"), "exact", "magnitude"),
    ("The asteroid will shine at a magnitude of about 11.", "about 11", D(11), D(11), "approximate", "magnitude"),
    # compound units
    ("It travels at about 12.4 kilometres per second.", "about 12.4", D("12.4"), D("12.4"), "approximate", "km/s"),
    ("The blast flattened trees across 2,150 square kilometres.", "2,150", D(2150), D(2150), "exact", "km2"),
    ("Warsaw ordered 486 HIMARS rocket launchers.", "486", D(486), D(486), "exact", "launcher"),
    ("Poland ordered 96 AH-64E Apache helicopters.", "96", D(96), D(96), "exact", "helicopter"),
    ("Some 700 U.S. contractors will help.", "Some 700", D(700), D(700), "approximate", "person"),
    # people nouns fold into person; court cases do not
    ("It matched the forecasts of all 20 economists.", "20", D(20), D(20), "exact", "person"),
    ("He was endorsed by 19 county sheriffs.", "19", D(19), D(19), "exact", "person"),
    ("The agency registered another 10,100 arrivals.", "10,100", D(10100), D(10100), "exact", "person"),
    ("Only six bodies had been recovered.", "six", D(6), D(6), "exact", "person"),
    ("The court agreed to hear 58 cases this term.", "58", D(58), D(58), "exact", "case"),
    ("Measles cases in Europe have topped 500.", "topped 500", D(500), None, "at_least", "person"),
    ("Rookie Theo Banks had eight assists.", "eight", D(8), D(8), "exact", "assist"),
    # elided nouns: the unit comes from the sentence
    ("The quake killed 37 people and injured more than 400, officials said.", "more than 400", D(400), None,
     "at_least", "person"),
    ("It destroyed 2,841 houses and damaged another 10,100.", "10,100", D(10100), D(10100), "exact", "house"),
    ("The court will hear 58 cases, down from 60 last term.", "60", D(60), D(60), "exact", "case"),
    ("Mortgage approvals dropped to 49,400 in July.", "49,400", D(49400), D(49400), "exact", "approval"),
    ("The crowd of 27,408 was the biggest this season.", "27,408", D(27408), D(27408), "exact", "person"),
    ("It gives a camp population of about 60,000.", "about 60,000", D(60000), D(60000), "approximate", "person"),
    ("They won between 30 and 34 of the 67 seats.", "between 30 and 34", D(30), D(34), "range", "seat"),
    ("He was endorsed by 14 of the state’s 19 county sheriffs.", "14", D(14), D(14), "exact", "person"),
    ("It sets a limit for users under 16.", "under 16", None, D(16), "at_most", "year"),
    ("“We need help,” said Fatimé, 34, a nurse.", "34", D(34), D(34), "exact", "year"),
    ("The ward lies 90 kilometres away, and that seven were critical.", "seven", D(7), D(7), "exact", ""),
    # sport: elided games, leads and points
    ("Rovers have now won five in a row.", "five", D(5), D(5), "exact", "game"),
    ("Bay has lost five of its last seven.", "five", D(5), D(5), "exact", "game"),
    ("Wexham were unbeaten in their previous eight league games.", "eight", D(8), D(8), "exact", "game"),
    ("The Comets led by as many as 22 in the third quarter, with 12 rebounds from Ward.", "as many as 22", None,
     D(22), "at_most", "point"),
    ("Whitfield leads by 22 points among voters in the poll.", "22", D(22), D(22), "exact", "percentage_point"),
    ("The index fell to 7,412 points.", "7,412", D(7412), D(7412), "exact", "point"),
    # wire forms beyond the eval set
    ("Temperatures will fall to minus 5C overnight.", "minus 5C", D(-5), D(-5), "exact", "degree Celsius"),
    ("The bill passed 218-214 in the House.", "218", D(218), D(218), "exact", "vote"),
    # qualifiers after the number, age thresholds, headline verbs, bounds over hedges (eval set 2)
    ("Four in five adults aged 75 and over were vaccinated.", "75 and over", D(75), None, "at_least", "year"),
    ("Children aged 12 and up can apply.", "12 and up", D(12), None, "at_least", "year"),
    ("Pupils aged 11 and under travel free.", "11 and under", None, D(11), "at_most", "year"),
    ("It was offered to adults over 75 in the UK.", "over 75", D(75), None, "at_least", "year"),
    ("Measles cases top 200 in outbreak", "top 200", D(200), None, "at_least", "person"),
    ("The water lies within about 160 million kilometres of the star.", "within about 160 million", None,
     D(160000000), "at_most", "km"),
    ("Farm holdings are capped at two hectares.", "capped at two", None, D(2), "at_most", "hectare"),
    ("Dyer rose above two defenders to head in.", "two", D(2), D(2), "exact", "person"),
    ("He was jailed for over two years.", "over two", D(2), None, "at_least", "year"),
    # counts that were dropped or misread
    ("The firm bought back 2.5 million shares.", "2.5 million", D(2500000), D(2500000), "exact", "share"),
    ("It issued 400 shares.", "400", D(400), D(400), "exact", "share"),
    ("He admitted three counts of robbery and one count of possession.", "one", D(1), D(1), "exact", "count"),
    ("The 120Hz screen is bright.", "120Hz", D(120), D(120), "exact", "Hz"),
    ("The 4,500mAh cell lasts two days.", "4,500mAh", D(4500), D(4500), "exact", "mAh"),
    ("It ships with a 45W charger.", "45W", D(45), D(45), "exact", "W"),
    ("There is a 12MP ultrawide.", "12MP", D(12), D(12), "exact", "megapixel"),
    ("It has a 5x telephoto lens.", "5x", D(5), D(5), "exact", "ratio"),
    ("Temperatures will drop to -3C tonight.", "-3C", D(-3), D(-3), "exact", "degree Celsius"),
    ("It formed at temperatures of around 330C.", "around 330C", D(330), D(330), "approximate", "degree Celsius"),
    ("The temperature of absolute zero (-273.15C) is a limit.", "-273.15C", D("-273.15"), D("-273.15"), "exact",
     "degree Celsius"),
    ("They lead the Western Conference by 1 1/2 games.", "1 1/2", D("1.5"), D("1.5"), "exact", "game"),
    ("The flight took 2½ hours.", "2½", D("2.5"), D("2.5"), "exact", "hour"),
    ("It was a one-in-100-year flood.", "one-in-100", D("0.01"), D("0.01"), "exact", "ratio"),
    ("The alliance crossed the majority mark of 41 in 81-seat house.", "81", D(81), D(81), "exact", "seat"),
    ("The alliance crossed the majority mark of 41 in 81-seat house.", "41", D(41), D(41), "exact", "seat"),
    # scale words and money sub-units
    ("The budget is about Rs 7.8 lakh crore.", "about Rs 7.8 lakh crore", D(7800000000000), D(7800000000000),
     "approximate", "INR"),
    ("It is younger than our 4.5-billion-year-old Sun.", "4.5-billion", D(4500000000), D(4500000000), "exact",
     "year"),
    ("It raised the dividend by 2 cents a share.", "2", D("0.02"), D("0.02"), "exact", "USD"),
    ("Fares rose from 62 to 65 cents.", "62", D("0.62"), D("0.62"), "exact", "USD"),
    ("Rents in Brisbane rose; Queensland said the $650 weekly median is a record.", "$650", D(650), D(650),
     "exact", "AUD"),
    # sport units
    ("Navarro beat Kasatkina 6-4 after a tiebreak in the first set and a break of serve.", "6", D(6), D(6),
     "exact", "game"),
    ("Wanderers claimed a 2-1 win over Rovers.", "1", D(1), D(1), "exact", "goal"),
    ("Sabalenka leads their head-to-head 3-0.", "3", D(3), D(3), "exact", "match"),
    ("Bumrah took 3-48 as England closed on 287-6 at stumps; two wickets fell in the last overs.", "48", D(48),
     D(48), "exact", "run"),
    ("England 287-6 (Root 147, Brook 61) at stumps, with wickets falling in the final overs.", "147", D(147),
     D(147), "exact", "run"),
    ("He put on 142 with Harry Brook (61) before stumps, as wickets fell in the final overs.", "61", D(61), D(61),
     "exact", "run"),
    ("Edwards went just 2 of 9 from 3-point range.", "9", D(9), D(9), "exact", "shot"),
    # units from the sentence: ages after a verb, collectives, compound nouns
    ("Peggy Ellison, who has died at 87, had four hits.", "87", D(87), D(87), "exact", "year"),
    ("Sharma, who turns 37 next month, said so.", "37", D(37), D(37), "exact", "year"),
    ("Headcount rose to 26,400 from a year earlier.", "26,400", D(26400), D(26400), "exact", "person"),
    ("Attendance was 18,024, a sellout.", "18,024", D(18024), D(18024), "exact", "person"),
    ("The star is about 300 light years from Earth.", "about 300", D(300), D(300), "approximate", "light year"),
]

# eval set 3 classes: fractional number words, word ranges, spreads, reach verbs (one row per form)
ROWS += [
    ("The border reopened for the first time in three and a half years.", "three and a half", D("3.5"),
     D("3.5"), "exact", "year"),
    ("The talks took two and a half days.", "two and a half", D("2.5"), D("2.5"), "exact", "day"),
    ("He served 3 and a half years.", "3 and a half", D("3.5"), D("3.5"), "exact", "year"),
    ("Others face one to five years in a reeducation camp.", "one to five", D(1), D(5), "range", "year"),
    ("The crew members, who range in age from 24 to 61, were detained.", "24 to 61", D(24), D(61), "range",
     "year"),
    ("Wages ranging from 30 to 40 dollars a day were paid.", "30 to 40", D(30), D(40), "range", "USD"),
    ("The price of rice in Chongjin had passed 7,200 won.", "passed 7,200", D(7200), None, "at_least", "KPW"),
    ("The death toll passed 100 on Sunday.", "passed 100", D(100), None, "at_least", "person"),
    ("It came 10 months after the previous one in April 2022.", "10", D(10), D(10), "exact", "month"),
    ("The Royal College found that one in 10 nurses had left.", "one in 10", D("0.1"), D("0.1"), "exact", "ratio"),
]


@pytest.mark.parametrize(("text", "quote", "low", "high", "qualifier", "unit"), ROWS)
def test_reads_convention_row(text: str, quote: str, low: Decimal | None, high: Decimal | None,
                              qualifier: str, unit: str) -> None:
    claims = extract_claims(text)
    found = [c for c in claims if c.quote == quote]
    assert found, f"{quote!r} not among {[c.quote for c in claims]}"
    claim = found[0]
    assert text[claim.start:claim.end] == quote
    assert (claim.low, claim.high, claim.qualifier) == (low, high, qualifier)
    assert claim.unit == unit


# (text, expected quotes, in order)
MULTI: list[tuple[str, list[str]]] = [
    ("Arsenal beat Chelsea 3-1 on Sunday.", ["3", "1"]),
    ("They won 2-0.", ["2", "0"]),
    ("Prices rose from 62 to 65 cents.", ["62", "65"]),
    ("The bill passed 218-214 in the House after a vote.", ["218", "214"]),
    ("India lead the five-match series 2-0 after two wins.", ["five", "2", "0", "two"]),
    ("He was held to 16 on 6-of-19 shooting.", ["16", "6", "19"]),
]


@pytest.mark.parametrize(("text", "quotes"), MULTI)
def test_reads_two_exact_claims(text: str, quotes: list[str]) -> None:
    claims = extract_claims(text)
    assert [c.quote for c in claims] == quotes
    assert all(c.qualifier == "exact" and c.low == c.high for c in claims)


EXCLUDED: list[str] = [
    "The games open on Sept. 22 in Hangzhou.",
    "He spoke to reporters on October 28.",
    "Posted 2023-10-11 at 09:46.",
    "The meeting starts at 7:30 p.m. sharp.",
    "The meeting starts at 7 p.m. sharp.",
    "He came 19th in the race.",
    "COVID-19 spread quickly.",
    "Leaders of the G7 met.",
    "The One Korea Network protested.",
    "Write to mj6c2@koreatimes.co.kr for details.",
    "See https://example.com/news/2023/10/story-300.html today.",
    "Open photo_2023.jpg now.",
    "Update to version 2.3.1 now.",
    "Top 10 Stories",
    "• -2\n• -1\n• 0\n• +1\n• +2\n",
    "He is one of the leaders.",
    "It was one way to pressure them.",
    "Several people and a few others came.",
    "A number of officials resigned.",
    "It happened a week after the vote.",
    "It lasted nearly a week.",
    "He served from 2010-2016 as rapporteur.",
    "The review was held in 2018.",
    "The 19th Asian Games Hangzhou 2022 opened.",
    "It was the 1990s.",
    "Attacks on 9/11 changed everything.",
    "The shop is open 24/7.",
    "Growth will slow by mid-2023.",
    "Delegates met at COP28.",
    "The F-35 jet crashed.",
    "A Boeing 737 landed.",
    "Section 230 protects platforms.",
    "Drive along Route 66 today.",
    "He ranks No. 3 in the world.",
    "Call 555-1234 for tickets.",
    "Two-thirds of voters agreed.",
    "It was a one-on-one meeting.",
    "Libya 1\nEgypt 2\n",
    "0:00",
    "He lives at 10 Downing Street.",
    "5 min read",
    "1. Introduction\n2. Methods\n",
    "The F-35 and the Su-57 flew; SARS-CoV-2 spread.",
    "Flight MH17 and a Boeing 787 were compared.",
    "It took effect on Jan. 1 and ends 15 November 2024.",
    "Shares rose at 11:59 p.m. and 7.30pm and 3pm.",
    "The 2022-23 season was the best since the 1990s.",
    "Apollo 11 and World War 2 were discussed.",
    "Photo 1 of 12",
    "Comments (3)",
    "Page 2 of 5",
    "Leaders of the Group of Seven met.",
    "Air Force One landed.",
    "Storm hits coast\n2 hours ago\n",
    "Updated: 5 minutes ago",
    "On the one hand, it was one another's fault; at one point no one came.",
    # contact chrome: phone numbers in any grouping
    "Newsdesk: desk@wire.example | +90 212 555 0147",
    "Copyright © 2024 Central Europe Wire. Tel: +48 22 555 01 23",
    "Flood helpline (WhatsApp): 0800-26362",
    "Parents can call the NHS helpline on 0300 123 1234.",
    "London office: +44 (0)20 7946 0958",
    "Call (555) 201-3390 to book.",
    # page chrome with counts
    "Most Read\n1 Seoul apartment prices rise\n2 Samsung names new chip chief\n3 KTX fares to be frozen\n",
    "Comments (112)",
    "Shares: 45",
    "Subscribe now: $1 for 6 months",
    "Start your free trial: 4 weeks for £1",
    # names and model numbers
    "“Section 230 was written before there was a news feed,” she said.",
    "A Boeing 787-9 and an Airbus A350-1000 landed.",
    "The survey was conducted Sept. 12-17 and 12-17 September.",
    "The firm set aside money in its 2023 accounts.",
    "The bus crashed near kilometre 287 of the highway.",
    "He went from 3-point range and hit a 3-pointer.",
    "He sat in seat 43C on the plane.",
    "The S&P 500 closed higher.",
    "Photo: AFP / 3 of 14",
    "Listen to the podcast. 12 min listen",
    # page chrome, phone numbers, addresses, times, idioms (eval set 2)
    "Listen to this article, 5 min\n",
    "Listen to this article | 4 mins\n",
    "Share  |  Save  |  Comments (112)\n",
    "Sign up for our weekly science newsletter, Lightyears — it takes 2 minutes.",
    "Anyone with information should call 101 or Crimestoppers.",
    "Call 1-800-342-3557 for help.",
    "The crash happened near the 9400 block of East 11th Street.",
    "He is held at the Justice Center, 300 N. Denver Ave.",
    "Why the 7.42 from Reading is always late",
    "She'd ring you at 6am and you'd be on a picket line by nine.",
    "“One game at a time.”",
    "“No one in that dressing room gave up.”",
    "Root's innings was his 33rd Test hundred.",
    # eval set 3: wire edit notes, page chrome, date ranges, years before a noun, pronoun "one"
    "SEOUL, Jan. 18 (Yonhap) -- (ATTN: UPDATES with ministry remarks in paras 7-9; ADDS photo)\n",
    "(ATTN: ADDS details in paras 4-6, Japan's remarks in last 2 paras)\n",
    "Reading time: 7 minutes\n",
    "Live updates · 14 posts\n",
    "Photos 9-12: Crowds in Pyongyang; soldiers march past the stand.\n",
    "The talks were held between October 10 and 12 in Geneva.",
    "The festival runs from July 3 to 28 in Pyongyang.",
    "Related: N. Korea's 2023 ICBM launches drew a UN rebuke.",
    "It came after the previous one in April.",
    "Which one do you mean?",
]


@pytest.mark.parametrize("text", EXCLUDED)
def test_excludes_non_claims(text: str) -> None:
    assert [c.quote for c in extract_claims(text)] == []
