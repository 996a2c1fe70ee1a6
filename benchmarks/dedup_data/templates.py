"""Template stories: automated news that shares its wording but not its names and numbers.

Eight kinds (earnings, match reports, weather, market close, earthquakes, election results,
road accidents, house prices). Each sentence has two or three phrasings, so a newsroom's stories
mostly but not always share wording. About a third of the stories repeat an earlier story's
names with new numbers only (the same city's forecast on another day, the same company's next
quarter): these differ in their numbers alone and are still different stories.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random
    from collections.abc import Callable

FIRST = ["Anna", "Paul", "Li", "Carlos", "Sofia", "James", "Ewa", "Omar", "Ines", "Mark", "Hana"]
FIRST += ["Tom", "Priya", "Kofi", "Marta", "Jonas", "Aiko", "Diego", "Lena", "Samir", "Noor"]
LAST = ["Berg", "Nadeau", "Wen", "Ibarra", "Rossi", "Kerr", "Nowak", "Haddad", "Duarte", "Feld"]
LAST += ["Sato", "Reilly", "Mensah", "Larsen", "Okafor", "Varga", "Lindqvist", "Moreau", "Patel"]
TOWNS = ["Halden", "Brennan", "Valmora", "Eastmouth", "Northgate", "Riverside", "Oakfield"]
TOWNS += ["Salden", "Marenna", "Orvik", "Kestrel Bay", "Ashford", "Pinecrest", "Luton Vale"]
TOWNS += ["Greywater", "Millbrook", "Stonehaven", "Westfield", "Dunmore", "Carrow"]
FIRMS_A = ["Norvik", "Altamira", "Kestrel", "Brightwater", "Orion", "Meridian", "Solbrook"]
FIRMS_A += ["Tidewell", "Arveon", "Calder", "Halcyon", "Vantor", "Corvel", "Luminar"]
FIRMS_B = ["Steel", "Foods", "Software", "Utilities", "Logistics", "Pharma", "Paper", "Energy"]
FIRMS_B += ["Insurance", "Motors", "Telecom", "Retail", "Mining", "Airlines"]
CLUB_SUFFIX = ["Rovers", "City", "United", "Athletic", "Town", "Wanderers", "Albion", "FC"]
INDEXES = ["FTSE 100", "DAX", "CAC 40", "Nikkei 225", "S&P 500", "Hang Seng", "IBEX 35"]
PARTIES = ["Labour", "Conservative", "Green", "Liberal", "Social Democratic", "Independent"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DIRECTIONS = ["north", "south", "east", "west", "northeast", "southwest", "northwest"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def pick(rng: random.Random, *phrasings: str) -> str:
    """One of several phrasings; the first is the newsroom's usual one."""
    return phrasings[0] if rng.random() < 0.7 else rng.choice(phrasings[1:])


def num(rng: random.Random, low: float, high: float, digits: int = 1) -> str:
    return f"{rng.uniform(low, high):,.{digits}f}"


def earnings(rng: random.Random, e: dict[str, str]) -> list[str]:
    firm, boss = e["firm"], e["boss"]
    quarter = rng.choice(["first", "second", "third", "fourth"])
    return [
        pick(
            rng,
            f"{firm} reported {quarter}-quarter net profit of {num(rng, 20, 900)} million "
            f"euros on {rng.choice(DAYS)}, {rng.choice(['up', 'down'])} from "
            f"{num(rng, 20, 900)} million euros a year earlier.",
            f"{firm} said on {rng.choice(DAYS)} its net profit for the {quarter} quarter was "
            f"{num(rng, 20, 900)} million euros, against {num(rng, 20, 900)} million a year ago.",
        ),
        f"Revenue {rng.choice(['rose', 'fell'])} {num(rng, 1, 19)} percent to "
        f"{num(rng, 1, 30, 2)} billion euros, {rng.choice(['above', 'below', 'in line with'])} "
        f"the {num(rng, 1, 30, 2)} billion expected by analysts.",
        pick(
            rng,
            f"Earnings per share came in at {num(rng, 0.1, 5, 2)} euros, compared with an "
            f"average forecast of {num(rng, 0.1, 5, 2)} euros in a poll of "
            f"{rng.randint(5, 30)} analysts.",
            f"Adjusted earnings per share were {num(rng, 0.1, 5, 2)} euros, against the "
            f"{num(rng, 0.1, 5, 2)} euros analysts had expected.",
        ),
        f"Chief executive {boss} said the group now expected full-year sales of between "
        f"{num(rng, 2, 9)} billion and {num(rng, 9, 20)} billion euros and an operating "
        f"margin of about {num(rng, 4, 25)} percent.",
        pick(
            rng,
            f"Shares in {firm} {rng.choice(['rose', 'fell'])} {num(rng, 0.2, 12)} percent "
            f"by {rng.randint(9, 16)}:{rng.randint(10, 59)} GMT, giving the company a market "
            f"value of about {num(rng, 1, 60)} billion euros.",
            f"{firm} shares were {rng.choice(['up', 'down'])} {num(rng, 0.2, 12)} percent in "
            f"early trading.",
        ),
    ]


def match(rng: random.Random, e: dict[str, str]) -> list[str]:
    home, away = e["home"], e["away"]
    scorers = [person(rng) for _ in range(3)]
    goals = rng.randint(2, 5)
    return [
        pick(
            rng,
            f"{home} beat {away} {goals}-{rng.randint(0, goals - 1)} on "
            f"{rng.choice(DAYS)} to move up to {rng.choice(['second', 'third', 'fifth'])} "
            f"place in the {e['league']}.",
            f"{home} moved up to {rng.choice(['second', 'fourth', 'sixth'])} in the "
            f"{e['league']} after a {goals}-{rng.randint(0, goals - 1)} win over {away}.",
        ),
        f"{scorers[0]} opened the scoring in the {rng.randint(2, 44)}th minute with a "
        f"{rng.choice(['header', 'low shot', 'free kick', 'volley', 'penalty'])}, and "
        f"{scorers[1]} doubled the lead {rng.randint(1, 20)} minutes after the break.",
        f"{away} pulled one back through {scorers[2]} in the {rng.randint(50, 89)}th minute "
        f"but could not find an equaliser in front of a crowd of {num(rng, 4, 60, 3)}.",
        pick(
            rng,
            f"The result leaves {home} on {rng.randint(10, 70)} points from "
            f"{rng.randint(10, 34)} games, {rng.randint(1, 12)} behind the leaders.",
            f"{home} now have {rng.randint(10, 70)} points after {rng.randint(10, 34)} matches.",
        ),
        f"{home} travel to {rng.choice(TOWNS)} {rng.choice(CLUB_SUFFIX)} next "
        f"{rng.choice(DAYS)}, while {away} host {rng.choice(TOWNS)} {rng.choice(CLUB_SUFFIX)}.",
    ]


def weather(rng: random.Random, e: dict[str, str]) -> list[str]:
    town = e["town"]
    return [
        pick(
            rng,
            f"Temperatures in {town} are expected to reach {rng.randint(-5, 38)} degrees "
            f"on {rng.choice(DAYS)}, {rng.choice(['above', 'below', 'close to'])} the average "
            "for the time of year, forecasters said.",
            f"Forecasters expect highs of {rng.randint(-5, 38)} degrees in {town} on "
            f"{rng.choice(DAYS)}.",
        ),
        f"The national weather service said {rng.choice(['clear', 'cloudy', 'grey'])} skies in "
        f"the morning would give way to {rng.choice(['showers', 'sunny spells', 'drizzle'])} "
        f"in the afternoon, with a {rng.randint(10, 90)} percent chance of rain and winds of "
        f"up to {rng.randint(10, 110)} kilometres per hour.",
        f"Overnight temperatures will fall to around {rng.randint(-10, 20)} degrees in {town} "
        f"and {rng.randint(-12, 18)} degrees in outlying areas.",
        pick(
            rng,
            f"The outlook for the weekend is {rng.choice(['dry', 'unsettled', 'mild'])}, "
            f"with highs of {rng.randint(-5, 38)} degrees on Saturday and "
            f"{rng.randint(-5, 38)} degrees on Sunday.",
            f"Saturday should reach {rng.randint(-5, 38)} degrees and Sunday "
            f"{rng.randint(-5, 38)}.",
        ),
    ]


def market(rng: random.Random, e: dict[str, str]) -> list[str]:
    index = e["index"]
    winners = [f"{rng.choice(FIRMS_A)} {rng.choice(FIRMS_B)}" for _ in range(2)]
    return [
        f"The {index} closed {rng.choice(['up', 'down'])} {num(rng, 0.1, 3.5, 2)} percent at "
        f"{num(rng, 3000, 40000)} points on {rng.choice(DAYS)}, "
        f"{pick(rng, 'its', 'a')} {rng.choice(['highest', 'lowest'])} close in "
        f"{rng.randint(2, 12)} weeks.",
        f"{winners[0]} led the gainers, rising {num(rng, 1, 15)} percent, while "
        f"{winners[1]} fell {num(rng, 1, 15)} percent after "
        f"{rng.choice(['a profit warning', 'weak sales figures', 'a broker downgrade'])}.",
        pick(
            rng,
            f"About {num(rng, 0.5, 9)} billion shares changed hands, compared with a "
            f"{rng.randint(10, 90)}-day average of {num(rng, 0.5, 9)} billion.",
            f"Trading volume was {num(rng, 0.5, 9)} billion shares.",
        ),
        f"The euro traded at {num(rng, 0.9, 1.3, 4)} dollars and Brent crude at "
        f"{num(rng, 40, 120, 2)} dollars a barrel.",
    ]


def quake(rng: random.Random, e: dict[str, str]) -> list[str]:
    town = e["town"]
    return [
        f"A magnitude {num(rng, 2.5, 7.5)} earthquake struck {rng.randint(2, 90)} kilometres "
        f"{rng.choice(DIRECTIONS)} of {town} at {rng.randint(0, 23)}:{rng.randint(10, 59)} "
        f"local time on {rng.choice(DAYS)}, the national seismological service said.",
        f"The quake occurred at a depth of {num(rng, 1, 60)} kilometres. "
        + pick(
            rng,
            "There were no immediate reports of damage or injuries.",
            "Police said they had no reports of damage.",
            f"Residents reported shaking as far away as {rng.choice(TOWNS)}.",
        ),
        f"In the past ten days there have been {rng.randint(0, 12)} earthquakes of magnitude "
        f"3.0 or greater centred nearby, the service said.",
        "This story was generated automatically from data published by the seismological "
        "service and reviewed by an editor.",
    ]


def election(rng: random.Random, e: dict[str, str]) -> list[str]:
    winner, loser = person(rng), person(rng)
    return [
        f"{winner} of the {rng.choice(PARTIES)} party won the {e['town']} district seat on "
        f"{rng.choice(DAYS)} with {num(rng, 35, 70)} percent of the vote, the electoral "
        "commission said.",
        f"{loser} of the {rng.choice(PARTIES)} party came second with "
        f"{num(rng, 15, 45)} percent, followed by {person(rng)} with {num(rng, 2, 20)} percent.",
        pick(
            rng,
            f"Turnout was {num(rng, 30, 80)} percent, "
            f"{rng.choice(['up', 'down'])} from {num(rng, 30, 80)} percent at the last "
            "election.",
            f"{num(rng, 30, 80)} percent of registered voters cast a ballot.",
        ),
        f"A total of {rng.randint(12000, 95000):,} votes were counted in the district, which "
        f"has {rng.randint(3, 9)} seats on the regional council.",
    ]


def accident(rng: random.Random, e: dict[str, str]) -> list[str]:
    age = rng.randint(18, 85)
    return [
        f"A {age}-year-old {rng.choice(['man', 'woman'])} was "
        f"{rng.choice(['killed', 'seriously injured', 'slightly injured'])} in a collision "
        f"on the {e['road']} near {e['town']} on {rng.choice(DAYS)} "
        f"{rng.choice(['morning', 'afternoon', 'evening'])}, police said.",
        pick(
            rng,
            f"The crash, involving a car and a "
            f"{rng.choice(['lorry', 'van', 'motorcycle', 'bus'])}, happened at about "
            f"{rng.randint(1, 12)}:{rng.randint(10, 59)} "
            f"{rng.choice(['a.m.', 'p.m.'])}.",
            f"Emergency services were called at {rng.randint(1, 12)}:{rng.randint(10, 59)}.",
        ),
        f"The road was closed for {rng.randint(2, 9)} hours while officers examined the scene. "
        f"Police asked witnesses to call {rng.randint(100, 999)} {rng.randint(1000, 9999)}.",
    ]


def houses(rng: random.Random, e: dict[str, str]) -> list[str]:
    return [
        f"The average house price in {e['town']} rose {num(rng, 0.1, 9)} percent in the year "
        f"to {rng.choice(['March', 'June', 'September', 'December'])} to "
        f"{rng.randint(150, 900) * 1000:,} euros, according to the land registry.",
        f"Prices for flats {rng.choice(['rose', 'fell'])} {num(rng, 0.1, 9)} percent, while "
        f"detached houses {rng.choice(['gained', 'lost'])} {num(rng, 0.1, 9)} percent.",
        pick(
            rng,
            f"The number of sales fell to {rng.randint(200, 4000):,}, "
            f"{num(rng, 1, 30)} percent fewer than a year earlier.",
            f"Sales totalled {rng.randint(200, 4000):,} over the period.",
        ),
        f"Across the region, prices were {num(rng, 0.1, 9)} percent higher, with the "
        f"strongest growth in {rng.choice(TOWNS)}.",
    ]


def entity(kind: str, rng: random.Random) -> dict[str, str]:
    """The names a story of ``kind`` is about (kept when only its numbers change)."""
    town = rng.choice(TOWNS)
    return {
        "firm": f"{rng.choice(FIRMS_A)} {rng.choice(FIRMS_B)}",
        "boss": person(rng),
        "home": f"{town} {rng.choice(CLUB_SUFFIX)}",
        "away": f"{rng.choice(TOWNS)} {rng.choice(CLUB_SUFFIX)}",
        "league": rng.choice(["Premier Division", "First Division", "National League"]),
        "town": town,
        "index": rng.choice(INDEXES),
        "road": rng.choice(["A", "B", "N", "E"]) + str(rng.randint(1, 99)),
    }


KINDS: dict[str, Callable[[random.Random, dict[str, str]], list[str]]] = {
    "earnings": earnings,
    "match": match,
    "weather": weather,
    "market": market,
    "quake": quake,
    "election": election,
    "accident": accident,
    "houses": houses,
}


def template_stories(rng: random.Random, per_kind: int) -> list[tuple[str, list[str]]]:
    """[(kind, paragraphs)]: ``per_kind`` stories of each kind, a third numbers-only siblings."""
    stories = []
    for kind, make in KINDS.items():
        entities: list[dict[str, str]] = []
        for _ in range(per_kind):
            if entities and rng.random() < 0.35:
                names, label = rng.choice(entities), f"template:{kind}:numbers"
            else:
                names, label = entity(kind, rng), f"template:{kind}"
                entities.append(names)
            stories.append((label, make(rng, names)))
    return stories


def number_table(rng: random.Random) -> list[str]:
    """A block of figures several unrelated stories of one day carry: the day's results in a
    league or the markets' closing levels (3-6 lines, nearly every shingle holds a digit)."""
    if rng.random() < 0.5:
        lines = []
        for _ in range(rng.randint(3, 6)):
            home, away = rng.sample(TOWNS, 2)
            lines.append(
                f"{home} {rng.choice(CLUB_SUFFIX)} {rng.randint(0, 5)}, "
                f"{away} {rng.choice(CLUB_SUFFIX)} {rng.randint(0, 5)} "
                f"(att. {rng.randint(800, 40000):,})"
            )
        return lines
    return [
        f"{index}: {num(rng, 2000, 40000, 2)} ({rng.choice('+-')}{num(rng, 0.01, 3, 2)}%), "
        f"volume {num(rng, 0.2, 9, 2)} billion"
        for index in rng.sample(INDEXES, rng.randint(3, 6))
    ]
