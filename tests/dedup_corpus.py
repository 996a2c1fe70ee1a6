"""Labelled near-duplicate test material: original news-style prose and its variants.

The stories are fictional and written for these tests. Variants model what a news crawl
sees: wire copies (dateline added, last paragraph cut, a few words edited), recrawls of a
page with a different sidebar, follow-up stories that repeat background paragraphs, and
template stories that share sentences but not names and numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

# shared/ sits beside the repository (on developer machines and in CI)
SEEDS_DIRS = [Path(__file__).resolve().parents[2] / "shared" / "seeds", Path("/work/shared/seeds")]

STORIES: dict[str, list[str]] = {
    "strike": [
        "Dock workers at the port of Halden walked off the job on Monday, halting the loading "
        "of container ships at one of the busiest harbours on the North Sea coast and leaving "
        "dozens of vessels waiting at anchor outside the breakwater.",
        "The strike was called by the Harbour and Transport Workers' Union after talks over "
        "pay and shift patterns broke down late on Sunday evening. Union officials said their "
        "members had not received a real-terms pay rise in four years while the port operator "
        "reported record profits.",
        "\u201cOur members keep this port running through storms, night shifts and holidays,\u201d "
        "said Maria Lindqvist, the union's regional secretary, speaking to reporters outside "
        "the main gate. \u201cThey are asking for a fair share of the money they help to make, "
        "nothing more.\u201d",
        "The port operator, Halden Terminals, said it regretted the decision to strike and "
        "described its offer of a 4.5 percent increase over two years as generous. A spokesman "
        "said the company remained open to further talks but would not negotiate under "
        "pressure.",
        "Shipping lines began diverting cargo to neighbouring ports within hours of the "
        "walkout. Freight forwarders warned that supermarkets and car plants in the region "
        "could face shortages of imported goods if the dispute lasted more than a week.",
        "The regional chamber of commerce estimated that each day of the strike would cost "
        "local businesses around 12 million euros in delayed deliveries, storage fees and lost "
        "orders, and urged both sides to accept independent mediation.",
        "The transport ministry said it was monitoring the situation closely but had no plans "
        "to intervene. Under national law, the government can order a return to work only if "
        "essential supplies such as fuel or medicine are put at risk.",
        "The last major strike at the port, in 2019, lasted eleven days and ended with a deal "
        "that introduced fixed rest periods between night shifts. Union members are due to "
        "vote on Thursday on whether to extend the current walkout.",
    ],
    "tram": [
        "The city council of Brennan voted on Wednesday to approve a new tram line linking the "
        "northern suburbs with the city centre, ending more than a decade of debate over how "
        "to ease congestion on the region's crowded roads.",
        "Councillors backed the plan by 31 votes to 17 after a session that lasted nearly six "
        "hours. The line will run for 14 kilometres from the Oakfield housing estate to the "
        "central railway station, with 19 stops along the way.",
        "Mayor Daniel Okafor called the vote a turning point for the city. \u201cFor years people "
        "in the north have spent more time sitting in traffic than with their families,\u201d he "
        "said. \u201cThis line will give them a fast, clean and reliable way into town.\u201d",
        "Opposition councillors argued that the project was too expensive and that the money "
        "would be better spent on buses, which can be introduced more quickly and adapted as "
        "the city grows. They also raised concerns about the disruption construction would "
        "cause to shops along the route.",
        "The project is expected to cost 480 million euros, with about half of the money "
        "coming from the national government and the rest from the city budget and a loan "
        "from the European Investment Bank. Construction is due to begin next spring.",
        "Business groups in the city centre welcomed the decision, saying better transport "
        "links would bring more customers to the area. A survey published last month found "
        "that nearly two thirds of residents supported building the line.",
        "Residents of Oakfield, one of the poorest districts in the city, have long complained "
        "that they are cut off from jobs and services. The only bus route serving the estate "
        "takes more than an hour to reach the centre at rush hour.",
        "The council said the first trams would run in 2029 if construction stays on "
        "schedule. Engineers will spend the coming months surveying underground pipes and "
        "cables along the route before work on the tracks can start.",
    ],
    "drought": [
        "Farmers in the southern province of Valmora are bracing for a third consecutive year "
        "of drought after the regional water authority announced on Friday that irrigation "
        "supplies would be cut by 40 percent for the coming season.",
        "Reservoirs in the province are currently at 23 percent of capacity, the lowest level "
        "recorded at this time of year since measurements began in the 1970s. Rainfall over "
        "the winter months was less than half the long-term average.",
        "\u201cWe are being asked to grow the same crops with less than two thirds of the "
        "water,\u201d said Tom\u00e1s Herrera, who grows olives and almonds on a farm near "
        "the town of San Lucar. \u201cSome of my neighbours will simply leave their fields "
        "empty this year.\u201d",
        "The water authority said the cuts were unavoidable if the province was to keep "
        "enough water in reserve for drinking supplies through the summer. Towns in the area "
        "have already been asked to reduce consumption by closing public fountains and "
        "limiting the watering of parks.",
        "Agricultural associations called on the national government to declare a state of "
        "emergency, which would allow farmers to receive compensation for lost harvests and "
        "delay payments on loans. The agriculture ministry said it would consider the request "
        "next week.",
        "Scientists say the region is becoming hotter and drier as a result of climate "
        "change, and that farmers will need to adapt by switching to crops that need less "
        "water and by investing in more efficient irrigation systems.",
        "Some farmers have already begun to replace thirsty crops such as maize and citrus "
        "fruit with varieties of olives and pistachios that can survive long dry spells. But "
        "the trees take years to produce a harvest, and many small farms cannot afford the "
        "wait.",
        "The water authority will review the restrictions in June. Officials said the cuts "
        "could be eased if spring rainfall is heavier than forecast, but warned that they "
        "could also be tightened further if the dry weather continues.",
    ],
    "rates": [
        "The central bank left its main interest rate unchanged at 3.75 percent on Thursday, "
        "saying inflation was falling more slowly than expected and that it was too early to "
        "begin cutting borrowing costs.",
        "The decision was in line with the expectations of most economists, although a small "
        "number had predicted a cut after figures last week showed the economy had stagnated "
        "in the final three months of last year.",
        "Governor Helena Marsh said the bank's policy committee had discussed a reduction but "
        "concluded that price pressures in the services sector remained too strong. \u201cWe "
        "want to be sure that inflation is on a steady path back to our target before we "
        "act,\u201d she told a news conference.",
        "Annual consumer price inflation stood at 3.1 percent in January, down from a peak of "
        "more than 9 percent two years ago but still above the bank's target of 2 percent. "
        "Wage growth has also slowed, though it remains well above its pre-pandemic average.",
        "Financial markets reacted calmly to the announcement. The currency edged higher "
        "against the dollar and the euro, while government bond yields were little changed. "
        "Shares in banks and housebuilders rose slightly in afternoon trading.",
        "Business groups urged the bank to move quickly, warning that high borrowing costs "
        "were holding back investment and hiring. Mortgage holders have also felt the "
        "pressure, with many households facing much higher repayments as cheap fixed-rate "
        "deals expire.",
        "The bank's new forecasts showed inflation returning to its target in the second half "
        "of next year, slightly later than previously projected. Growth is expected to remain "
        "weak this year before picking up gradually as real incomes recover.",
        "Most economists now expect the first rate cut to come in the summer. The committee "
        "will next meet in six weeks, when it will have fresh data on prices, wages and "
        "spending to consider.",
    ],
}

# Follow-up stories: (story they follow, indexes of the original's paragraphs they repeat as
# background, new paragraphs). The background is spliced in after every second new paragraph.
FOLLOW_UPS: dict[str, tuple[str, tuple[int, ...], list[str]]] = {
    "strike-vote": (
        "strike",
        (1, 3, 6),
        [
            "Dock workers at the port of Halden voted on Thursday to extend their strike for "
            "another week, rejecting an improved offer from the port operator and deepening a "
            "dispute that has already disrupted supply chains across the region.",
            "More than 80 percent of union members who took part in the ballot backed the "
            "extension, the union said. Turnout was unusually high, with long queues forming "
            "outside the union's offices on the harbour front before voting opened.",
            "Halden Terminals had raised its offer on Wednesday to a 5.5 percent increase over "
            "two years and promised to hire forty additional crane operators to reduce "
            "overtime. Managers said they were disappointed by the result and accused union "
            "leaders of moving the goalposts.",
            "The queue of ships waiting outside the harbour has grown to more than sixty "
            "vessels, according to a maritime tracking service. Several of the largest "
            "shipping lines have announced that they will skip Halden entirely until further "
            "notice.",
            "Retailers said the first shortages were beginning to appear. A spokeswoman for one "
            "of the country's largest supermarket chains said deliveries of fresh fruit and "
            "household goods had been delayed and that some shelves could be empty by the "
            "weekend.",
            "Mediators appointed by the labour ministry are expected to meet both sides on "
            "Monday, in the first face-to-face talks since the walkout began.",
        ],
    ),
    "rates-cut": (
        "rates",
        (3, 5, 6),
        [
            "The central bank cut its main interest rate by a quarter of a percentage point to "
            "3.5 percent on Thursday, its first reduction in more than four years, as "
            "inflation eased and the economy showed fresh signs of weakness.",
            "The policy committee voted seven to two in favour of the cut, with the two "
            "dissenting members preferring to wait for further evidence that price pressures "
            "in the services sector were fading.",
            "Governor Helena Marsh said the decision did not mark the start of a rapid series "
            "of reductions. \u201cWe will move gradually and we will be guided by the data,\u201d "
            "she said. \u201cIt would be a mistake to assume that rates will return to the very "
            "low levels of the last decade.\u201d",
            "Figures published earlier this month showed inflation falling to 2.6 percent in "
            "the spring, while unemployment rose for the third month in a row and retail sales "
            "dropped unexpectedly.",
            "Banks moved quickly to lower the rates on new mortgages, and estate agents said "
            "the cut could help revive a housing market that has been subdued for more than a "
            "year. Savers, however, will see lower returns on their deposits.",
            "The currency fell against the dollar after the announcement, and government bond "
            "yields dropped to their lowest level since the autumn.",
        ],
    ),
}

SIDEBARS = [
    "MOST READ: Police search for missing hiker in national park. Teachers announce fresh "
    "walkout over classroom sizes. Hospital waiting lists reach record high despite extra "
    "funding. Local bakery wins national award for its sourdough bread. Storm warning issued "
    "for coastal areas as gales expected overnight. Football club appoints former captain as "
    "new head coach after poor run of results.",
    "RELATED COVERAGE: How rising rents are changing the face of the old town. Opinion: our "
    "roads were built for another century. Five things to watch in the regional elections "
    "this autumn. Video: inside the factory that makes half of the country's bicycles. "
    "Readers' letters on parking charges, school meals and the new library.",
    "Sign up for our morning briefing and get the most important news of the day delivered "
    "to your inbox before breakfast. Our journalists work around the clock to bring you "
    "independent reporting from the region and beyond. Support quality journalism by "
    "subscribing today: the first month is free and you can cancel at any time.",
    "IN OTHER NEWS: Airport expansion plans face legal challenge from residents. Museum "
    "returns stolen paintings to their owners after forty years. Regional train timetable "
    "changes take effect next month. Celebrated jazz pianist dies aged 87. New research "
    "suggests city parks lower summer temperatures by several degrees.",
]

DATELINES = [
    "LONDON (Reuters) - ",
    "BRUSSELS, March 3 (Reuters) \u2014 ",
    "PARIS (AFP) - ",
    "NEW YORK, Oct. 12 (AP) \u2014 ",
]

# Word swaps a copy editor makes: spelling, tense, synonyms.
EDITS = ["said", "told", "stated", "added", "harbor", "percent", "Tuesday", "officials", "its"]


def text(paragraphs: list[str]) -> str:
    """Join paragraphs the way extracted article bodies are: one per line."""
    return "\n".join(paragraphs)


def syndicate(
    paragraphs: list[str], rng: random.Random, *, dateline: str, drop: int = 1, edits: int = 4
) -> str:
    """A wire copy: dateline added, the last ``drop`` paragraphs cut, ``edits`` words changed."""
    kept = [p.split(" ") for p in paragraphs[: len(paragraphs) - drop]]
    positions = [(i, j) for i, para in enumerate(kept) for j in range(len(para))]
    for i, j in rng.sample(positions, edits):
        kept[i][j] = rng.choice([w for w in EDITS if w != kept[i][j]])
    kept[0].insert(0, dateline.strip())
    return text([" ".join(para) for para in kept])


def recrawl(paragraphs: list[str], sidebar: str) -> str:
    """The same page crawled again, with whatever sidebar it showed that time."""
    return text([*paragraphs, sidebar])


def follow_up(name: str) -> tuple[str, str]:
    """Return (original story name, follow-up text) with background spliced into new text."""
    original, background, new = FOLLOW_UPS[name]
    repeated = [STORIES[original][i] for i in background]
    paragraphs: list[str] = []
    for i, para in enumerate(new):
        paragraphs.append(para)
        if i % 2 == 1 and repeated:
            paragraphs.append(repeated.pop(0))
    return original, text(paragraphs + repeated)


COMPANIES = [
    "Norvik Steel",
    "Altamira Foods",
    "Kestrel Software",
    "Brightwater Utilities",
    "Orion Logistics",
    "Meridian Pharma",
    "Solbrook Paper",
    "Tidewell Insurance",
]
PEOPLE = [
    "Anna Berg",
    "Paul Nadeau",
    "Li Wen",
    "Carlos Ibarra",
    "Sofia Rossi",
    "James Kerr",
    "Ewa Nowak",
    "Omar Haddad",
    "Ines Duarte",
    "Mark Feld",
    "Hana Sato",
    "Tom Reilly",
]
CLUBS = [
    "Eastmouth Rovers",
    "Brennan City",
    "Valmora United",
    "Halden Athletic",
    "Northgate Town",
    "Riverside Wanderers",
    "Oakfield Albion",
    "Port Saint Clare",
]
CITIES = ["Halden", "Brennan", "Valmora", "Eastmouth", "Northgate", "Riverside", "Oakfield"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _num(rng: random.Random, low: float, high: float) -> str:
    return f"{rng.uniform(low, high):.1f}"


def earnings_story(rng: random.Random) -> str:
    """An automated quarterly-results story."""
    company, ceo, city = rng.choice(COMPANIES), rng.choice(PEOPLE), rng.choice(CITIES)
    quarter = rng.choice(["first", "second", "third", "fourth"])
    now, before = rng.uniform(20, 400), rng.uniform(20, 400)
    trend = "up" if now > before else "down"
    region = rng.choice(["Europe", "Asia", "America"])
    demand = rng.choice(["strong", "weak", "stable", "mixed"])
    costs = rng.choice(["rose", "fell", "stabilised"])
    return text(
        [
            f"{company} reported {quarter}-quarter net profit of {now:.1f} million euros on "
            f"{rng.choice(DAYS)}, {trend} from {before:.1f} million euros a year earlier, as "
            f"revenue {rng.choice(['rose', 'fell'])} {_num(rng, 1, 15)} percent to "
            f"{_num(rng, 1, 9)} billion euros.",
            f"Earnings per share came in at {rng.uniform(0.1, 3):.2f} euros, compared with an "
            f"average forecast of {rng.uniform(0.1, 3):.2f} euros in a poll of "
            f"{rng.randint(5, 25)} analysts.",
            f"The company said demand from customers in {region} had been {demand}, while "
            f"costs for energy and raw materials {costs} during the quarter.",
            f"Chief executive {ceo} said {company} now expected full-year sales of between "
            f"{_num(rng, 2, 6)} billion and {_num(rng, 6, 12)} billion euros.",
            f"Shares in {company} {rng.choice(['rose', 'fell'])} {_num(rng, 0.5, 9)} percent "
            f"in early trading in {city}, giving the group a market value of about "
            f"{_num(rng, 1, 40)} billion euros.",
        ]
    )


def football_story(rng: random.Random) -> str:
    """An automated match report."""
    home, away, next_home, next_away = rng.sample(CLUBS, 4)
    first, second, third = rng.sample(PEOPLE, 3)
    move = rng.choice(["stay", "move", "go"])
    place = rng.choice(["second", "third", "fourth"])
    league = rng.choice(["Premier Division", "First Division", "National League"])
    shot = rng.choice(["header", "low shot", "free kick", "volley"])
    bottom = rng.choice(["ninth", "tenth", "twelfth", "bottom"])
    return text(
        [
            f"{home} beat {away} {rng.randint(2, 4)}-1 on {rng.choice(DAYS)} to {move} "
            f"{place} in the {league}.",
            f"{first} opened the scoring in the {rng.randint(3, 40)}th minute with a {shot} "
            f"from the edge of the area, and {second} made it 2-0 shortly after half-time.",
            f"{away} pulled one back through {third} in the {rng.randint(50, 89)}th minute "
            "but could not find an equaliser despite late pressure.",
            f"The result leaves {home} on {rng.randint(20, 60)} points from "
            f"{rng.randint(15, 30)} games, while {away} remain {bottom} on "
            f"{rng.randint(5, 30)} points.",
            f"{home} travel to {next_home} next {rng.choice(DAYS)}, while {away} host "
            f"{next_away} on the same day.",
        ]
    )


def weather_story(rng: random.Random) -> str:
    """An automated weather forecast."""
    city = rng.choice(CITIES)
    versus = rng.choice(["well above", "above", "close to", "below"])
    sky = rng.choice(["clear", "cloudy", "grey", "sunny"])
    later = rng.choice(["showers", "thunderstorms", "sunny spells", "drizzle"])
    advice = rng.choice(
        ["drink plenty of water", "drive with care", "secure garden furniture", "stay inside"]
    )
    outlook = rng.choice(["dry", "unsettled", "mild", "cold"])
    return text(
        [
            f"Temperatures in {city} are expected to reach {rng.randint(5, 35)} degrees on "
            f"{rng.choice(DAYS)}, {versus} the average for the time of year, forecasters said.",
            f"The national weather service said {sky} skies in the morning would give way to "
            f"{later} in the afternoon, with winds of up to {rng.randint(20, 90)} kilometres "
            "per hour along the coast.",
            f"Overnight temperatures will fall to around {rng.randint(-5, 15)} degrees in "
            f"{city} and {rng.randint(-8, 12)} degrees in rural areas.",
            f"Residents have been advised to {advice}.",
            f"The outlook for the weekend is {outlook}, with highs of {rng.randint(5, 35)} "
            f"degrees on Saturday and {rng.randint(5, 35)} degrees on Sunday.",
        ]
    )


TEMPLATES = {"earnings": earnings_story, "football": football_story, "weather": weather_story}


def seed_articles() -> list[str]:
    """The shared seed articles (real news text), or [] when they are not there."""
    for folder in SEEDS_DIRS:
        paths = sorted(folder.glob("*.txt"))
        if paths:
            return [p.read_text(encoding="utf-8") for p in paths]
    return []
