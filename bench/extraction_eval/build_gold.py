#!/usr/bin/env python3
"""Build gold.jsonl from the hand annotations below.

Each annotation is (anchor, low, high, qualifier, unit, subject[, figure_key[, anchor_occurrence]]).
The anchor is a piece of the article text with the quote marked [[like this]];
it must occur in the article (anchor_occurrence picks the n-th copy, default: must be unique).
start/end/occurrence are computed from it, and text[start:end] == quote is checked.
Run: python3 build_gold.py  (writes gold.jsonl next to this file)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"
E, A, MOST, LEAST, R, V = "exact", "approximate", "at_most", "at_least", "range", "vague"
P = "person"

G = {}
G["001_quake_anatolia.txt"] = [
    ("Oct. 11. [[At least 37]] people were killed. (Photo", 37, None, LEAST, P, "people killed in the quake (photo caption, 1st copy)", "tr_quake_dead", 1),
    ("magnitude [[6.4]] earthquake", 6.4, 6.4, E, "magnitude", "quake magnitude", "tr_quake_mag"),
    ("killing [[at least 37]] people", 37, None, LEAST, P, "people killed in the quake", "tr_quake_dead"),
    ("injuring [[more than 400]]", 400, None, LEAST, P, "people injured", None),
    ("depth of [[10]] kilometers", 10, 10, E, "km", "quake depth", "tr_quake_depth"),
    ("([[6.2]] miles)", 6.2, 6.2, E, "mile", "quake depth in miles", "tr_quake_depth"),
    ("[[about 45 km]] northeast", 45, 45, A, "km", "distance from provincial capital", None),
    ("A [[5.1]]-magnitude", 5.1, 5.1, E, "magnitude", "aftershock magnitude", None),
    ("followed [[12]] minutes", 12, 12, E, "minute", "delay before aftershock", None),
    ("and [[scores]] of smaller", 40, 99, V, "tremor", "smaller tremors", None),
    ("said [[up to 1,000]] people", None, 1000, MOST, P, "people missing", "tr_quake_missing"),
    ("teams in [[14]] villages", 14, 14, E, "village", "villages with rescue teams", None),
    ("[[Tens of thousands]] of people", 20000, 99999, V, P, "people sleeping outdoors", None),
    ("[[some 7,500]] tents", 7500, 7500, A, "tent", "tents sent", None),
    ("and [[20,000]] blankets", 20000, 20000, E, "blanket", "blankets sent", None),
    ("that [[2,300]]" + NB + "search", 2300, 2300, E, P, "search-and-rescue workers on the ground", None),
    ("another [[800]] on", 800, 800, E, P, "additional rescuers on their way", None),
    ("a woman, [[52]],", 52, 52, E, "year", "age of woman rescued", None),
    ("her [[two]]-storey", 2, 2, E, "storey", "storeys of her home", None),
    ("after [[nearly 19]] hours", 19, 19, A, "hour", "time before rescue", None),
    ("husband, [[57]],", 57, 57, E, "year", "age of husband", None),
    ("A [[10]]-year-old boy", 10, 10, E, "year", "age of boy rescued", None),
    ("killed [[more than 50,000]] people", 50000, None, LEAST, P, "deaths in Feb 2023 quakes", "feb2023_quake_dead"),
    ("deployed [[a dozen]] emergency", 12, 12, A, "team", "WHO emergency medical teams", None),
    ("set up [[three]] field", 3, 3, E, "kitchen", "field kitchens", None),
    ("serving [[about 9,000]] hot", 9000, 9000, A, "meal", "meals a day", None),
    ("Oct. 11. [[At least 37]] people were killed. (Photo", 37, None, LEAST, P, "people killed in the quake (photo caption, 2nd copy)", "tr_quake_dead", 2),
    ("Kaya, [[44]],", 44, 44, E, "year", "age of volunteer", None),
    ("team of [[26]] on", 26, 26, E, P, "AKUT team size", None),
    ("After [[72]] hours", 72, 72, E, "hour", "rescue window", None),
    ("quakes [[tops 50,000]]", 50000, None, LEAST, P, "deaths in Feb 2023 quakes (read-more headline)", "feb2023_quake_dead"),
]
G["002_monsoon_floods.txt"] = [
    ("[[Hundreds of thousands]] have been displaced. AFP", 200000, 999999, V, P, "people displaced (caption, 1st copy)", "pk_displaced", 1),
    ("[[Hundreds of thousands]] have been displaced. AFP", 200000, 999999, V, P, "people displaced (caption, 2nd copy)", "pk_displaced", 2),
    ("rose to [[112]] on Saturday", 112, 112, E, P, "flood death toll Saturday", "pk_dead_sat"),
    ("from [[87]] a day", 87, 87, E, P, "flood death toll Friday", None),
    ("[[More than 300]] millimetres", 300, None, LEAST, "mm", "rain in Swat valley", None),
    ("in [[12]] hours on", 12, 12, E, "hour", "rain duration", None),
    ("[[nearly three times]] the monthly", 3, 3, A, "ratio", "rain vs monthly average", None),
    ("said [[up to 1,000]] people", None, 1000, MOST, P, "people unaccounted for", None),
    ("[[Hundreds of thousands]] have been displaced, and", 200000, 999999, V, P, "people displaced", "pk_displaced"),
    ("[[an estimated 1.5 million]] people", 1500000, 1500000, A, P, "people affected", None),
    ("to [[within 300]] metres", None, 300, MOST, "m", "river distance from hospital", None),
    ("by [[about 4]] metres", 4, 4, A, "m", "Tarbela level rise", "tarbela_rise"),
    ("([[13]] feet)", 13, 13, A, "foot", "Tarbela level rise in feet", "tarbela_rise"),
    ("in [[24]] hours.", 24, 24, E, "hour", "period of level rise", None),
    ("evacuated [[some 4,200]] people", 4200, 4200, A, P, "people evacuated", None),
    ("and that [[170]] more", 170, 170, E, P, "people awaiting rescue", None),
    ("carrying [[23]] passengers", 23, 23, E, P, "bus passengers", None),
    ("only [[six]] bodies", 6, 6, E, P, "bodies recovered", None),
    ("for [[61]] years", 61, 61, E, "year", "years farmer lived there", None),
    ("and [[40]] goats", 40, 40, E, "goat", "goats lost", None),
    ("past [[six]] years", 6, 6, E, "year", "period of climate disasters", None),
    ("killed [[more than 1,700]] people", 1700, None, LEAST, P, "2022 flood deaths", None),
    ("[[2,841]] houses", 2841, 2841, E, "house", "houses destroyed", None),
    ("another [[10,100]] partly", 10100, 10100, E, "house", "houses damaged", None),
    ("released [[5 billion]] rupees", 5000000000, 5000000000, E, "PKR", "federal relief", "pk_relief"),
    ("([[$18 million]])", 18000000, 18000000, E, "USD", "federal relief in USD", "pk_relief"),
    ("promised [[1 million]] rupees", 1000000, 1000000, E, "PKR", "compensation per death", None),
    ("rations to [[35,000]] families", 35000, 35000, E, "family", "families receiving WFP rations", None),
]
G["003_bok_rate_hold.txt"] = [
    ("unchanged at [[3.5 percent]]", 3.5, 3.5, E, "percent", "BOK base rate", "bok_rate"),
    ("The decision by the [[seven]]-member", 7, 7, E, P, "board members", None),
    ("all [[20]] economists", 20, 20, E, P, "economists surveyed", None),
    ("said [[four]] of the", 4, 4, E, P, "board members favouring hike option", None),
    ("of the [[six]] other", 6, 6, E, P, "other board members", None),
    ("hike of [[0.25 percentage point]]", 0.25, 0.25, E, "percentage_point", "possible hike", None),
    ("rose [[3.8 percent]]", 3.8, 3.8, E, "percent", "October CPI", None),
    ("from [[3.7 percent]] in September", 3.7, 3.7, E, "percent", "September CPI", None),
    ("bank’s [[2 percent]] target", 2, 2, E, "percent", "inflation target", None),
    ("year to [[2.1 percent]] from", 2.1, 2.1, E, "percent", "new growth forecast", None),
    ("from [[2.2 percent]], citing", 2.2, 2.2, E, "percent", "old growth forecast", None),
    ("by [[6.8 trillion]] won", 6800000000000, 6800000000000, E, "KRW", "household loan increase", None),
    ("increase in [[two]] years", 2, 2, E, "year", "period", None),
    ("total to [[1,091.9 trillion]] won", 1091900000000000, 1091900000000000, E, "KRW", "outstanding household loans", None),
    ("at [[about 101 percent]] of", 101, 101, A, "percent", "household debt to GDP", None),
    ("currently [[2 percentage points]],", 2, 2, E, "percentage_point", "gap with US rates", None),
    ("range is [[5.25 to 5.5 percent]]", 5.25, 5.5, R, "percent", "Fed target range", None),
    ("by [[three-point-two percent]] next", 3.2, 3.2, E, "percent", "export growth forecast", None),
    ("provide [[50,000]] won", 50000, 50000, E, "KRW", "energy voucher", "kr_voucher"),
    ("([[$38]])", 38, 38, E, "USD", "energy voucher in USD", "kr_voucher"),
    ("to [[some 1.2 million]] low-income", 1200000, 1200000, A, "household", "households receiving vouchers", None),
    ("for another [[two]] months", 2, 2, E, "month", "fuel tax cut extension", None),
]
G["004_eu_cartel_fine.txt"] = [
    ("fined [[five]] freight", 5, 5, E, "company", "companies fined", None),
    ("combined [[€1.2bn]] for", 1200000000, 1200000000, E, "EUR", "total cartel fine", "eu_cartel_fine"),
    ("fine, [[€412.6m]], was", 412600000, 412600000, E, "EUR", "NordLogis fine", None),
    ("received [[€40m]] after", 40000000, 40000000, E, "EUR", "Vanmeer fine", None),
    ("For [[11]] years", 11, 11, E, "year", "cartel duration", None),
    ("by [[between 8 and 12 percent]] on", 8, 12, R, "percent", "price inflation from cartel", None),
    ("costing customers [[an estimated €3bn]]", 3000000000, 3000000000, A, "EUR", "cost to customers", None),
    ("reach [[up to 10 percent]] of", None, 10, MOST, "percent", "maximum fine share of turnover", None),
    ("the [[300]]-page decision", 300, 300, E, "page", "decision length", None),
    ("that [[nearly 80 percent]] of", 80, 80, A, "percent", "conduct before current management", None),
    ("have [[three]] months to", 3, 3, E, "month", "appeal window", None),
    ("employs [[about 6,000]] people", 6000, 6000, A, P, "Vanmeer employees", None),
    ("people in [[23]] countries", 23, 23, E, "country", "Vanmeer countries", None),
    ("set aside [[€55 million]] in", 55000000, 55000000, E, "EUR", "Vanmeer provision", None),
    ("imposed [[more than €25bn]] in", 25000000000, None, LEAST, "EUR", "cartel fines since 2014", None),
    ("the [[€2.93bn]] penalty", 2930000000, 2930000000, E, "EUR", "truck cartel fine", None),
    ("Council, [[98%25]] of members", 98, 98, E, "percent", "members supporting tougher penalties", None),
    ("and [[64%25]] said", 64, 64, E, "percent", "members considering damages", None),
]
G["005_football_rovers.txt"] = [
    ("City [[3]]-1 at Castle", 3, 3, E, "goal", "Rovers goals", None),
    ("City 3-[[1]] at Castle", 1, 1, E, "goal", "Wexham goals", None),
    ("first time in [[19]] years", 19, 19, E, "year", "years since Rovers last top", None),
    ("The [[29]]-year-old", 29, 29, E, "year", "Okafor age", None),
    ("signed for [[£4.5m]] from", 4500000, 4500000, E, "GBP", "Okafor fee", None),
    ("previous [[eight]] league", 8, 8, E, "game", "Wexham unbeaten run", None),
    ("Ferreira [[three]] minutes", 3, 3, E, "minute", "time after restart", None),
    ("with [[10]] minutes remaining", 10, 10, E, "minute", "time remaining", None),
    ("got [[14]] goals in", 14, 14, E, "goal", "Okafor season goals", None),
    ("in [[15]] games", 15, 15, E, "game", "Okafor games", None),
    ("Kevin Shaw, [[47]].", 47, 47, E, "year", "Shaw age", None),
    ("with [[10]] men after", 10, 10, E, P, "Wexham players after red card", None),
    ("Reid, [[31]], was", 31, 31, E, "year", "Reid age", None),
    ("only [[nine]] goals", 9, 9, E, "goal", "Wexham goals conceded", None),
    ("away [[three]] goals from", 3, 3, E, "goal", "goals conceded from set pieces", None),
    ("won [[five]] in a row", 5, 5, E, "game", "Rovers winning run", None),
    ("sit [[two]] points clear", 2, 2, E, "point", "Rovers lead", None),
    ("drew [[2]]-2 at", 2, 2, E, "goal", "Harlow goals", None),
    ("drew 2-[[2]] at", 2, 2, E, "goal", "Dunmore goals", None),
    ("crowd of [[27,408]] was", 27408, 27408, E, P, "attendance", None),
    ("won [[2]]-0 at Rushden", 2, 2, E, "goal", "Tilbury goals", None),
    ("won 2-[[0]] at Rushden", 0, 0, E, "goal", "Rushden goals", None),
    ("final [[20]] minutes", 20, 20, E, "minute", "period of goals", None),
    ("took over [[two years and five months]] ago", 29, 29, E, "month", "Shaw tenure", None),
    ("There are [[34]] games left", 34, 34, E, "game", "games left", None),
]
G["006_nba_comets.txt"] = [
    ("career-high [[41]] points", 41, 41, E, "point", "Harris points", "harris_pts"),
    ("Stallions [[112]]-104 on", 112, 112, E, "point", "Comets points", None),
    ("112-[[104]] on", 104, 104, E, "point", "Stallions points", None),
    ("Harris, [[26]],", 26, 26, E, "year", "Harris age", None),
    ("made [[15]] of 24", 15, 15, E, "shot", "shots made", None),
    ("of [[24]] shots", 24, 24, E, "shot", "shots taken", None),
    ("went [[8]] for 11", 8, 8, E, "shot", "3-pointers made", None),
    ("for [[11]] from", 11, 11, E, "shot", "3-pointers attempted", None),
    ("scored [[32]] of his points", 32, 32, E, "point", "second-half points", "harris_2h"),
    ("“[[Thirty-two]] in a half", 32, 32, E, "point", "second-half points", "harris_2h"),
    ("by [[as many as 22]] in", None, 22, MOST, "point", "largest lead", None),
    ("cut it to [[106]]-102", 106, 106, E, "point", "Comets late score", None),
    ("106-[[102]] with", 102, 102, E, "point", "Stallions late score", None),
    ("from [[27]] feet", 27, 27, E, "foot", "shot distance", None),
    ("had [[28]] points", 28, 28, E, "point", "Ward points", None),
    ("and [[12]] rebounds", 12, 12, E, "rebound", "Ward rebounds", None),
    ("lost [[five]] of its", 5, 5, E, "game", "Bay recent losses", None),
    ("last [[seven]].", 7, 7, E, "game", "Bay recent games", None),
    ("Diallo, [[35]],", 35, 35, E, "year", "Diallo age", None),
    ("after [[two years and five months]] out", 29, 29, E, "month", "Diallo absence", None),
    ("finished with [[six]] points", 6, 6, E, "point", "Diallo points", None),
    ("in [[14]] minutes", 14, 14, E, "minute", "Diallo minutes", None),
    ("crowd of [[19,520]] gave", 19520, 19520, E, P, "attendance", None),
    ("Comets ([[6]]-3)", 6, 6, E, "game", "Comets wins", None),
    ("(6-[[3]])", 3, 3, E, "game", "Comets losses", None),
    ("have won [[four]] straight", 4, 4, E, "game", "home win streak", None),
    ("averaging [[118.4]] points", 118.4, 118.4, E, "point", "Comets scoring average", None),
    ("scored [[at least 25]] points", 25, None, LEAST, "point", "Ward streak threshold", None),
    ("in [[nine]] consecutive", 9, 9, E, "game", "Ward streak length", None),
    ("Bay shot [[41.2%]] from", 41.2, 41.2, E, "percent", "Bay FG%", None),
    ("committed [[17]] turnovers", 17, 17, E, "turnover", "Bay turnovers", None),
    ("score [[40 or more]] in", 40, None, LEAST, "point", "points threshold", None),
    ("Banks, [[19]], had", 19, 19, E, "year", "Banks age", None),
    ("had [[eight]] assists", 8, 8, E, "assist", "Banks assists", None),
]
G["007_governor_poll.txt"] = [
    ("[[Nearly 1 in 5]] likely", 0.2, 0.2, A, "ratio", "undecided voters", "poll_undecided"),
    ("with [[45]]" + NB + "days left", 45, 45, E, "day", "days to election", None),
    ("survey of [[1,204]] likely", 1204, 1204, E, P, "poll sample", None),
    ("Grady [[41.6%]] to", 41.6, 41.6, E, "percent", "Whitfield support", None),
    ("to [[39.2%]], within", 39.2, 39.2, E, "percent", "Grady support", None),
    ("error of [[plus or minus 2.8 percentage points]]", 2.8, 2.8, E, "percentage_point", "margin of error", None),
    ("[[Eighteen percent]] said", 18, 18, E, "percent", "undecided share", "poll_undecided"),
    ("up from [[12 percent]] in June", 12, 12, E, "percent", "undecided share in June", None),
    ("fell to [[45.2%]] from", 45.2, 45.2, E, "percent", "Ellison approval now", None),
    ("from [[51%]] in the spring", 51, 51, E, "percent", "Ellison approval spring", None),
    ("Grady, [[58]], a former", 58, 58, E, "year", "Grady age", None),
    ("rose from [[62]] to 65 percent", 62, 62, E, "percent", "Grady rural support June", None),
    ("from 62 to [[65 percent]] since", 65, 65, E, "percent", "Grady rural support now", None),
    ("leads by [[22]] points among", 22, 22, E, "percentage_point", "Whitfield lead among young voters", None),
    ("aged [[18 to 29]].", 18, 29, R, "year", "young voter age band", None),
    ("Whitfield’s [[2.4]]-point edge", 2.4, 2.4, E, "percentage_point", "Whitfield lead", None),
    ("win [[30-40]] seats", 30, 40, R, "seat", "projected GOP House seats", None),
    ("the [[101]]-member House", 101, 101, E, P, "House size", None),
    ("and [[between 30 and 34]] of the", 30, 34, R, "seat", "projected GOP Senate seats", None),
    ("of the [[67]] seats", 67, 67, E, "seat", "Senate size", None),
    ("now hold [[36]].", 36, 36, E, "seat", "GOP Senate seats now", None),
    ("by [[14]] of the", 14, 14, E, P, "sheriffs endorsing Whitfield", None),
    ("state’s [[19]] county sheriffs", 19, 19, E, P, "county sheriffs", None),
    ("represents [[about 9,000]] officers", 9000, 9000, A, P, "union members", None),
    ("raised [[$14.2 million]] and", 14200000, 14200000, E, "USD", "Whitfield fundraising", None),
    ("Grady [[$11.8 million]] since", 11800000, 11800000, E, "USD", "Grady fundraising", None),
    ("reserved [[more than $20 million]] in", 20000000, None, LEAST, "USD", "outside TV reservations", None),
]
G["008_measles_europe.txt"] = [
    ("have [[topped 500]] in", 500, None, LEAST, P, "European measles cases 2024 YTD", None),
    ("first [[seven]] weeks", 7, 7, E, "week", "period", None),
    ("that [[millions]] of children", 2000000, 9999999, V, P, "children who missed shots", None),
    ("[[An estimated 61 million]] doses", 61000000, 61000000, A, "dose", "doses missed 2020-22", None),
    ("fell to [[91%]] in 2022", 91, 91, E, "percent", "2nd-dose coverage 2022", None),
    ("from [[96%]] in 2019", 96, 96, E, "percent", "2nd-dose coverage 2019", None),
    ("below the [[95%]] needed", 95, 95, E, "percent", "herd immunity threshold", None),
    ("[[half a million]] infants", 500000, 500000, E, P, "infants missing first dose", None),
    ("[[Hundreds of thousands]] of children", 200000, 999999, V, P, "unprotected children", None),
    ("[[scores]] of children have", 40, 99, V, P, "children hospitalised in Romania", None),
    ("and [[a dozen]] have died", 12, 12, A, P, "deaths in Romania", None),
    ("recorded [[2,000]] cases", 2000, 2000, E, P, "Kazakhstan cases", None),
    ("recorded [[42,200]] cases", 42200, 42200, E, P, "Europe cases 2023", None),
    ("[[almost 45 times]] more", 45, 45, A, "ratio", "2023 vs 2022 cases", None),
    ("than the [[941]] cases", 941, 941, E, P, "Europe cases 2022", None),
    ("known: [[one]] infected", 1, 1, E, P, "infected person (illustrative)", None),
    ("infect [[up to 18]] others", None, 18, MOST, P, "secondary infections", None),
    ("[[about 9 in 10]] unvaccinated", 0.9, 0.9, A, "ratio", "attack rate", None),
    ("said [[1 in 10]] children", 0.1, 0.1, E, "ratio", "London children not protected", None),
    ("of the [[3.4 million]] children", 3400000, 3400000, E, P, "children missing a dose", None),
    ("missed [[at least one]] dose", 1, None, LEAST, "dose", "doses missed", None),
    ("“[[Two]] doses", 2, 2, E, "dose", "doses of vaccine", None),
    ("are [[97%]] effective", 97, 97, E, "percent", "vaccine effectiveness", None),
]
G["009_spain_heatwave.txt"] = [
    ("reached [[43C]]. Photograph", 43, 43, E, "degree Celsius", "Seville temperature (caption, 1st copy)", "seville_temp", 1),
    ("reached [[43C]]. Photograph", 43, 43, E, "degree Celsius", "Seville temperature (caption, 2nd copy)", "seville_temp", 2),
    ("climbed to [[44.6C]] in", 44.6, 44.6, E, "degree Celsius", "El Granado temperature", None),
    ("placing [[11]] provinces", 11, 11, E, "province", "provinces on red alert", None),
    ("for [[at least 48]] hours", 48, None, LEAST, "hour", "heatwave persistence", None),
    ("lows of [[around 25°C]] in", 25, 25, A, "degree Celsius", "overnight lows", None),
    ("stay [[above 20°C]], has", 20, None, LEAST, "degree Celsius", "tropical night threshold", None),
    ("burned [[some 4,500]] hectares", 4500, 4500, A, "hectare", "area burned", None),
    ("evacuation of [[about 1,200]] residents", 1200, 1200, A, P, "residents evacuated", None),
    ("from [[five]] villages", 5, 5, E, "village", "villages evacuated", None),
    ("[[More than 400]] firefighters", 400, None, LEAST, P, "firefighters", None),
    ("by [[12]] water-bombing", 12, 12, E, "aircraft", "water-bombing aircraft", None),
    ("including [[two]] Canadair", 2, 2, E, "aircraft", "Canadair planes", None),
    ("height of [[4.5km]] and", 4.5, 4.5, E, "km", "smoke column height", None),
    ("Barcelona, [[about 90 km]] away", 90, 90, A, "km", "distance from Barcelona", None),
    ("for [[over three]] hours", 3, None, LEAST, "hour", "flight delay", None),
    ("contributed to [[2,100]] deaths", 2100, 2100, E, P, "heat deaths in July", None),
    ("found that [[more than 61,000]] people", 61000, None, LEAST, P, "European heat deaths previous summer", None),
    ("in the [[30]] years of", 30, 30, E, "year", "length of records", None),
    ("stood at [[38.9" + NB + "%]] of", 38.9, 38.9, E, "percent", "national reservoir level", None),
    ("only [[19%]] in", 19, 19, E, "percent", "Andalusia reservoir level", None),
    ("approved [[€2.2bn]] in", 2200000000, 2200000000, E, "EUR", "drought aid", None),
    ("of [[more than €8]] a litre", 8, None, LEAST, "EUR", "olive oil price", None),
]
G["010_section230_court.txt"] = [
    ("one of [[41]] that", 41, 41, E, "order", "petitions turned away", None),
    ("hear [[58]] cases", 58, 58, E, "case", "cases this term", None),
    ("down from [[60]] last", 60, 60, E, "case", "cases last term", None),
    ("families of [[three]] teenagers", 3, 3, E, P, "teenagers who died", None),
    ("just [[26]] words long", 26, 26, E, "word", "length of provision", None),
    ("has [[exceeded 500]],", 500, None, LEAST, "suit", "federal suits consolidated", None),
    ("another [[170]] are", 170, 170, E, "suit", "state-court suits", None),
    ("from [[42]] states", 42, 42, E, "country", "states suing", None),
    ("to pay [[$3.5" + NB + "million]] to", 3500000, 3500000, E, "USD", "jury award", None),
    ("a [[16]]-year-old who", 16, 16, E, "year", "victim age", None),
    ("has [[2.3m]] daily users", 2300000, 2300000, E, P, "Snapline daily users in California", None),
    ("considered [[more than two dozen]] bills", 24, None, LEAST, "bill", "bills considered", None),
    ("over the past [[five]] years", 5, 5, E, "year", "period", None),
    ("[[Nearly 40%]] of U.S.", 40, 40, A, "percent", "teens online almost constantly", None),
    ("survey of [[1,453]] teenagers", 1453, 1453, E, P, "Pew sample", None),
    ("limit of [[60]] minutes", 60, 60, E, "minute", "default daily limit", None),
    ("users [[under 16]].", None, 16, MOST, "year", "age threshold for limit", None),
]
G["011_poland_f35_deal.txt"] = [
    ("signed a [[$1.2 billion]] agreement", 1200000000, 1200000000, E, "USD", "F-35 support deal", "pl_f35_support"),
    ("the [[two]] nations", 2, 2, E, "country", "US and Poland", None),
    ("ordered [[32]] F-35A", 32, 32, E, "jet", "F-35A jets ordered", None),
    ("for [[about $4.6 billion]], and", 4600000000, 4600000000, A, "USD", "F-35A order cost", None),
    ("The [[five]]-year contract", 5, 5, E, "year", "contract length", None),
    ("and [[some 700]] U.S.", 700, 700, A, P, "US contractors and personnel", None),
    ("spend [[4.1%]] of", 4.1, 4.1, E, "percent", "Polish defence spending share of GDP", None),
    ("alliance’s [[2%]] guideline", 2, 2, E, "percent", "NATO guideline", None),
    ("from [[about 100,000]] soldiers", 100000, 100000, A, P, "Polish army 2015", None),
    ("to [[more than 200,000]] today", 200000, None, LEAST, P, "Polish army today", None),
    ("ordered [[486]] HIMARS", 486, 486, E, "launcher", "HIMARS launchers", None),
    ("and [[96]] AH-64E", 96, 96, E, "helicopter", "Apache helicopters", None),
    ("exclave, [[some 280 km]] from", 280, 280, A, "km", "Kaliningrad distance", None),
    ("The [[seven]] nations", 7, 7, E, "country", "G7 nations", None),
    ("a [[300]]-page report", 300, 300, E, "page", "report length", None),
    ("taken in [[nearly a million]] Ukrainian", 1000000, 1000000, A, P, "Ukrainian refugees in Poland", None),
]
G["012_sudan_chad_refugees.txt"] = [
    ("[[Nearly Three Million]] Displaced", 3000000, 3000000, A, P, "people displaced in Sudan (headline)", None),
    ("days [[reportedly as many as 2,000]] refugees", None, 2000, MOST, P, "daily crossings at Adre", None),
    ("another [[10,100]] arrivals", 10100, 10100, E, P, "arrivals last week", None),
    ("to [[more than 190,000]] since", 190000, None, LEAST, P, "refugees in eastern Chad", None),
    ("only [[300]] beds", 300, 300, E, "bed", "clinic beds", None),
    ("population of [[about 60,000]].", 60000, 60000, A, P, "camp population", None),
    ("admitted [[170]] more children", 170, 170, E, P, "malnourished children admitted", None),
    ("Fatimé, [[34]], an", 34, 34, E, "year", "nurse age", None),
    ("Ismail, [[27]], walked", 27, 27, E, "year", "Hawa Ismail age", None),
    ("for [[nine]] days", 9, 9, E, "day", "walk duration", None),
    ("her [[four]] children", 4, 4, E, P, "children", None),
    ("journey of [[roughly 30]] kilometres", 30, 30, A, "km", "journey length", None),
    ("[[some 2.6 million]] people", 2600000, 2600000, A, P, "people displaced in Sudan", None),
    ("including [[1.5 million]] from", 1500000, 1500000, E, P, "displaced from Khartoum", None),
    ("killed [[at least 3,000]] people", 3000, None, LEAST, P, "war deaths", None),
    ("alone, [[reportedly 1,100]] people", 1100, 1100, A, P, "El Geneina deaths in June", None),
    ("its [[$2.6 billion]] humanitarian", 2600000000, 2600000000, E, "USD", "UN appeal", None),
    ("only [[17 percent]] funded", 17, 17, E, "percent", "appeal funding", None),
    ("of [[40]] trucks", 40, 40, E, "truck", "WFP convoy", None),
    ("first in [[two]] weeks", 2, 2, E, "week", "gap between convoys", None),
    ("camps [[roughly 50km]] inland", 50, 50, A, "km", "relocation distance", None),
    ("for [[up to three]] months", None, 3, MOST, "month", "rainy season closure", None),
]
G["013_asteroid_flyby.txt"] = [
    ("asteroid [[about 40]] meters wide. (NASA", 40, 40, A, "m", "asteroid size (caption, 1st copy)", "ast_size", 1),
    ("asteroid [[about 40]] meters wide. (NASA", 40, 40, A, "m", "asteroid size (caption, 2nd copy)", "ast_size", 2),
    ("An asteroid [[about 40]] meters (130", 40, 40, A, "m", "asteroid size", "ast_size"),
    ("([[130]] feet)", 130, 130, A, "foot", "asteroid size in feet", "ast_size"),
    ("distance of [[roughly 370,000 km]],", 370000, 370000, A, "km", "flyby distance", None),
    ("only [[11]] days ago", 11, 11, E, "day", "time since discovery", None),
    ("at [[about 12.4]] kilometres", 12.4, 12.4, A, "km/s", "velocity", None),
    ("magnitude of [[about 11]] —", 11, 11, A, "magnitude", "asteroid brightness", None),
    ("a [[150mm]] aperture", 150, 150, E, "mm", "telescope aperture", None),
    ("Polaris has a magnitude of [[about 2]],", 2, 2, A, "magnitude", "Polaris magnitude", None),
    ("magnitude of [[6.5]].", 6.5, 6.5, E, "magnitude", "naked-eye limit", None),
    ("track [[one-point-05 million]] known", 1050000, 1050000, E, "asteroid", "known asteroids", None),
    ("find [[thousands]] of new", 2000, 9999, V, "object", "new NEOs per year", None),
    ("catalogued [[a hundred and fifty]] asteroids", 150, 150, E, "asteroid", "similar close passes", None),
    ("every [[1,000]] years", 1000, 1000, E, "year", "impact interval", None),
    ("be [[50 to 60]] metres", 50, 60, R, "m", "Tunguska object size", None),
    ("flattened [[some 80 million]] trees", 80000000, 80000000, A, "tree", "trees flattened", None),
    ("across [[2,150]] square", 2150, 2150, E, "km2", "area flattened", None),
    ("system [[4.6 billion]] years ago", 4600000000, 4600000000, E, "year", "age of solar system", None),
    ("the [[160]]-metre moonlet", 160, 160, E, "m", "Dimorphos size", None),
    ("by [[32]] minutes", 32, 32, E, "minute", "orbit change", None),
    ("Dimorphos [[two]] years later", 2, 2, E, "year", "Hera travel time", None),
    ("year is [[$229 million]],", 229000000, 229000000, E, "USD", "planetary defense budget", None),
]
G["014_peru_bus_crash.txt"] = [
    ("[[At least 24]] people were killed", 24, None, LEAST, P, "people killed", "peru_bus_dead"),
    ("and [[dozens]] injured", 24, 99, V, P, "people injured", None),
    ("when [[two]] buses", 2, 2, E, "bus", "buses in collision", None),
    ("carrying [[46]] passengers", 46, 46, E, P, "passengers on first bus", None),
    ("plunged [[about 200]] metres", 200, 200, A, "m", "fall", "peru_bus_fall"),
    ("([[650]] feet)", 650, 650, A, "foot", "fall in feet", "peru_bus_fall"),
    ("were [[thirty-two]] people", 32, 32, E, P, "people on second bus", None),
    ("a man, [[47]],", 47, 47, E, "year", "survivor age", None),
    ("said [[38]] of the injured", 38, 38, E, P, "injured taken to Huamanga", None),
    ("Huamanga, [[some 90]] kilometres", 90, 90, A, "km", "distance to hospitals", None),
    ("and that [[seven]] were", 7, 7, E, P, "critical patients", None),
    ("[[One]] person remained", 1, 1, E, P, "person unaccounted for", None),
    ("a [[4]]-year-old girl", 4, 4, E, "year", "girl age", None),
    ("mother, [[29]].", 29, 29, E, "year", "mother age", None),
    ("received [[12]] fines", 12, 12, E, "fine", "fines", None),
    ("past [[two]] years", 2, 2, E, "year", "period", None),
    ("for [[90]] days", 90, 90, E, "day", "licence suspension", None),
    ("check [[1,500]] buses", 1500, 1500, E, "bus", "buses to inspect", None),
    ("America: [[3,138]] people", 3138, 3138, E, P, "road deaths 2023", None),
    ("of [[more than eight]] a day", 8, None, LEAST, P, "daily road deaths", None),
    ("Bolivia kills [[10]]", 10, 10, E, P, "Bolivia bus deaths (related headline)", None),
]
G["015_uk_house_prices.txt"] = [
    ("fell [[4.6" + NB + "%]] in the year", 4.6, 4.6, E, "percent", "annual house price fall", None),
    ("costs [[£279,569]],", 279569, 279569, E, "GBP", "average home price", None),
    ("down [[almost £14,000]] from", 14000, 14000, A, "GBP", "annual price drop", None),
    ("fell [[1.9%]] month", 1.9, 1.9, E, "percent", "monthly fall", None),
    ("in [[six]] months", 6, 6, E, "month", "period", None),
    ("dropped to [[49,400]] in July", 49400, 49400, E, "approval", "mortgage approvals", None),
    ("to [[5.25%]], its", 5.25, 5.25, E, "percent", "base rate", None),
    ("level in [[15]] years", 15, 15, E, "year", "period", None),
    ("[[About 2.3m]] fixed-rate", 2300000, 2300000, A, "deal", "expiring fixed-rate deals", None),
    ("increases of [[£240]] a month", 240, 240, E, "GBP", "average payment increase", None),
    ("deposit of [[about £100,000]],", 100000, 100000, A, "GBP", "London deposit", None),
    ("first [[£250,000]] of", 250000, 250000, E, "GBP", "stamp duty threshold", None),
    ("salary at [[about £34,900]],", 34900, 34900, A, "GBP", "median salary", None),
    ("costs [[more than eight times]] earnings", 8, None, LEAST, "ratio", "price to earnings", None),
    ("with [[about four times]] in", 4, 4, A, "ratio", "price to earnings late 1990s", None),
    ("by [[about 20%]] over", 20, 20, A, "percent", "1990s fall", None),
    ("over [[four]] years", 4, 4, E, "year", "1990s fall duration", None),
    ("fall of [[12%]], while", 12, 12, E, "percent", "Capital Economics forecast", None),
    ("forecasts [[8-10%]].", 8, 10, R, "percent", "Pantheon forecast", None),
    ("to [[between 9,500 and 10,000]] homes", 9500, 10000, R, "home", "Persimmon completions forecast", None),
    ("from [[14,868]] in 2022", 14868, 14868, E, "home", "Persimmon completions 2022", None),
    ("average of [[62]] days", 62, 62, E, "day", "time to sell", None),
]
G["016_japan_stimulus.txt"] = [
    ("worth [[more than ¥17tn]] ($113bn)", 17000000000000, None, LEAST, "JPY", "stimulus size", "jp_stimulus"),
    ("([[$113bn]])", 113000000000, None, LEAST, "USD", "stimulus size in USD", "jp_stimulus"),
    ("tax cut of [[¥40,000]] per", 40000, 40000, E, "JPY", "tax cut per person", None),
    ("payments of [[¥70,000]] to", 70000, 70000, E, "JPY", "cash handout", None),
    ("to [[about 12 million]] low-income", 12000000, 12000000, A, "household", "households receiving handouts", None),
    ("issue [[about ¥13tn]] in", 13000000000000, 13000000000000, A, "JPY", "additional bonds", None),
    ("rose [[2.7%]] in October", 2.7, 2.7, E, "percent", "Tokyo core CPI", None),
    ("Japan’s [[2%]] target", 2, 2, E, "percent", "BOJ target", None),
    ("rate of [[2.1%]] in the", 2.1, 2.1, E, "percent", "GDP contraction", None),
    ("poll of [[17]] economists", 17, 17, E, P, "economists polled", None),
    ("fell to [[29 percent]] in", 29, 29, E, "percent", "Kishida approval", None),
    ("office [[two]] years ago", 2, 2, E, "year", "time in office", None),
    ("that [[nearly 70 percent]] of", 70, 70, A, "percent", "respondents sceptical", None),
    ("debt [[exceeds 250 percent]] of", 250, None, LEAST, "percent", "public debt to GDP", None),
    ("by [[0.5 percentage point]] over", 0.5, 0.5, E, "percentage_point", "GDP boost", None),
    ("next [[three]] years.", 3, 3, E, "year", "period", None),
    ("lost [[about 13%]] against", 13, 13, A, "percent", "yen decline", None),
    ("weakened to [[151.7]] per dollar", 151.7, 151.7, E, "JPY/USD", "exchange rate", None),
    ("not in [[three]] years", 3, 3, E, "year", "illustrative period", None),
]


def find_all(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def main():
    rows = []
    for art, anns in G.items():
        text = open(os.path.join(HERE, "articles", art), encoding="utf-8").read()
        seen = set()
        for ann in anns:
            anchor, low, high, qual, unit, subject = ann[:6]
            fkey = ann[6] if len(ann) > 6 else None
            aocc = ann[7] if len(ann) > 7 else None
            m = re.search(r"\[\[(.+?)\]\]", anchor)
            quote = m.group(1)
            plain = anchor.replace("[[", "").replace("]]", "")
            hits = find_all(text, plain)
            if aocc is None:
                assert len(hits) == 1, (art, anchor, len(hits))
                pos = hits[0]
            else:
                pos = hits[aocc - 1]
            start = pos + m.start()
            end = start + len(quote)
            assert text[start:end] == quote
            occ = find_all(text, quote).index(start) + 1
            assert (start, end) not in seen, (art, anchor)
            seen.add((start, end))
            rows.append({"article": art, "quote": quote, "occurrence": occ, "low": low, "high": high,
                         "qualifier": qual, "unit": unit, "subject": subject, "figure_key": fkey,
                         "start": start, "end": end})
    rows.sort(key=lambda r: (r["article"], r["start"]))
    # sanity: no gold inside the header
    man = {json.loads(l)["file"]: json.loads(l)["body_offset"]
           for l in open(os.path.join(HERE, "manifest.jsonl")) if l.strip()} if os.path.exists(os.path.join(HERE, "manifest.jsonl")) else {}
    for r in rows:
        if r["article"] in man:
            assert r["start"] >= man[r["article"]], r
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "gold claims in", len(G), "articles")


if __name__ == "__main__":
    main()
