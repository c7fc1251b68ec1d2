"""Police-log phrase banks for the stories, and the spelling noise of real narratives.

Tokens in phrases: {susp} how the officer names the suspect, {ip} the victim;
{vs}/{vo}/{vp} victim she/her/her (or he/him/his), {ss}/{so}/{sp} the suspect's;
{place}, {when}, {n}, {platform}, {vehicle}, {account}, {month}, {ref} and {desc} are
filled per crime. The banks give many ways of writing one behaviour, the way different
officers write it; the letters in BEHAVIOURS follow PHA 1997 s2A(3) (a)-(g).
"""

from __future__ import annotations

import re

OPENERS = [
    "IP reports", "IP states", "IP has called to report that", "IP attended front counter to report that",
    "Call from IP -", "Online report:", "IP rang 101 stating", "999 call from IP -", "IP called in,",
    "Victim reports", "IP disclosed to PCSO that", "Report made by IP's mum on her behalf -",
    "Referral from IDVA -", "IP reported at station that", "IP came into the station and states",
    "Info from IP:", "IP reported via SDS that", "IP phoned in to say",
]

WHEN = [
    "last night", "on Sat", "this morning", "over the w/e", "yesterday evening", "at approx 2200hrs",
    "on Tues", "Friday night", "earlier today", "at around 0730", "on the way home from work",
    "at 0215hrs", "Sunday afternoon", "on 3 occasions this week", "late last night",
]
PLACES = [
    "{vp} home address", "work", "the gym", "the school gates", "{vp} mum's house", "the bus stop",
    "the Tesco car park", "{vp} new address", "the pub", "the train station", "{vp} friend's house",
    "the retail park", "college", "the GP surgery", "the nursery", "home", "{vp} sister's",
]
COUNTS = ["over 50", "30+", "around 200", "dozens of", "17", "40 odd", "more than 100", "numerous",
          "at least 25", "9", "loads of", "60"]
PLATFORMS = ["WhatsApp", "Snapchat", "Instagram", "FB messenger", "text", "TikTok", "email",
             "voicemail", "iMessage", "Facebook"]
VEHICLES = ["silver Ford Focus", "black Audi A3", "white Transit van", "red Vauxhall Corsa",
            "blue BMW 1 series", "grey Nissan Qashqai", "black VW Golf", "white Kia Sportage"]
MONTHS = ["January", "Feb", "March", "April", "May", "June", "Xmas", "Easter", "last summer",
          "the new year", "October", "Nov"]
DESCRIPTIONS = [
    "white male approx 40, stocky build, grey hoodie", "IC1 male 30s, shaved head, tattoo on neck",
    "IC3 male, tall, slim, black puffer jacket", "Asian male mid 20s with a beard",
    "male in a black North Face jacket, cap pulled down", "IC1 male, ginger hair, thin, 5ft 8",
    "older white male, glasses, grey beard", "IC2 male, 20s, dark tracksuit",
]

# s2A(3) behaviours and their everyday wordings.
BEHAVIOURS: dict[str, list[str]] = {
    "a_follow": [
        "{susp} followed {vo} from {place} to {place2}",
        "{susp} has been following {vo} in {sp} car",
        "{vs} noticed {susp} walking behind {vo} all the way home",
        "{susp} tailed {vo} along the main road and into town",
        "{susp} kept turning up behind {vo} in the shop",
        "{susp} drove past {vp} address slowly several times",
        "{susp} was sat in {sp} car opposite {vp} house",
        "{susp} pulled up next to {vo} at the lights and just stared",
        "{vs} clocked {susp} behind {vo} on the bus",
        "{susp} followd {vo} round the supermarket",
        "{susp} was waiting when {vs} came out of {place} and walked behind {vo} to {vp} car",
        "{vs} keeps seeing {susp} wherever {vs} goes",
        "{susp} drove behind {vo} all the way to {place} and parked up near {vo}",
        "{susp} got on the same train as {vo} and got off at the same stop",
    ],
    "b_contact": [
        "{susp} has sent {n} msgs on {platform}",
        "{vs} has received {n} calls from a withheld number which {vs} believes is {susp}",
        "{susp} keeps ringing {vo} at all hours",
        "{susp} left voicemails begging {vo} to take {so} back",
        "{susp} has been contacting {vo} via {vp} friends",
        "{susp} sent flowers to {vp} work with a card saying 'you are mine'",
        "a letter was pushed through {vp} door from {susp}",
        "{susp} has been emailing {vp} work account",
        "{susp} contacted {vp} mum asking where {vs} is living now",
        "{vs} blocked {so} so {ss} got a new number and carried on texting",
        "{susp} rang {vp} work pretending to be a relative",
        "{susp} left a card and a teddy on {vp} car windscreen",
        "{susp} messaged {vp} sister asking about {vo}",
        "{susp} has sent {n} texts, some loving some abusive",
        "{vs} recieved {n} msgs from {susp} {when}",
        "{susp} keeps sending presents to the house",
        "{susp} rang {vo} {n} times and left voice notes crying",
    ],
    "c_publish": [
        "{susp} posted pics of {vo} on FB with abusive comments",
        "{susp} has shared {vp} new address on a local FB group",
        "{susp} set up a profile in {vp} name on a dating site",
        "{susp} posted on Insta that {vs} is a liar and a cheat",
        "{susp} has threatened to share intimate images of {vo}",
        "{susp} has been writing posts about {vo} on TikTok",
        "{susp} sent {vp} employer screenshots making out {vs} is on drugs",
    ],
    "d_monitor": [
        "{susp} seems to know where {vs} has been",
        "{susp} commented on where {vs} was last night though {vs} had not told anyone",
        "{susp} has got into {vp} Snapchat and read {vp} msgs",
        "{vp} Insta password was changed and {vs} believes it was {susp}",
        "{susp} knows what {vs} has posted despite being blocked",
        "{susp} had been checking {vp} location on Find My iPhone",
        "{susp} logged into {vp} email and Google account",
        "{susp} knew what {vs} was wearing that day",
    ],
    "e_loiter": [
        "{susp} was seen hanging around o/s {vp} address",
        "{susp} was loitering near {vp} work",
        "{susp} sat on the wall opposite {vp} house for over an hour",
        "{susp} has been at the school gates when {vs} does the school run",
        "neighbour saw {susp} outside {vp} flat at 0300hrs",
        "{susp} has been seen in {vp} street most nights",
        "{susp} turned up at {vp} work again",
        "{susp} turned up at {place} uninvited",
        "{susp} was waiting in the car park when {vs} finished {vp} shift",
        "{susp} keeps turning up at {vp} door",
    ],
    "f_property": [
        "{vp} tyres were let down",
        "{vp} car was keyed down the drivers side",
        "{vp} wing mirror was smashed",
        "plant pots were smashed and {vp} garden furniture thrown about",
        "{vp} car windscreen was smashed",
        "paint was poured over {vp} car",
        "{vp} wheelie bin was set alight",
        "{vp} front door was kicked and the letterbox bent",
    ],
    "f_interfere": [
        "{vp} post has been going missing",
        "{susp} took a parcel off {vp} doorstep",
        "{susp} moved {vp} bins and left them in the road",
        "{susp} has been going through {vp} recycling",
    ],
    "g_watch": [
        "{susp} was stood looking in {vp} window",
        "{susp} has been watching {vp} house from across the road",
        "{vs} saw {susp} watching {vo} from the car park",
        "{susp} was filming {vo} on {sp} phone",
        "{susp} was seen with binoculars in the field behind the house",
        "{vs} feels {vs} is being watched constantly",
        "{susp} was staring at {vo} through the cafe window for ages",
    ],
    "tracker": [
        "a GPS tracking device was found attached under {vp} car",
        "the garage found a tracker taped inside the wheel arch of {vp} car",
        "an AirTag was found sewn into the lining of {vp} handbag",
        "{vs} found an Apple AirTag in the boot of {vp} car",
        "a tracking app was found hidden on {vp} phone",
    ],
    "online_fake": [
        "{vs} has been getting msgs from a new account '{account}' which {vs} believes is {susp}",
        "{susp} keeps making new Insta accounts to message {vo} after being blocked",
        "follow requests from accounts with no posts, latest one '{account}'",
        "fake FB profile '{account}' has been commenting on all {vp} posts",
        "{vs} has blocked 14 accounts so far, all sending the same sort of msgs",
        "account '{account}' messaged {vp} friends asking about {vo}",
        "{vs} got a friend request from '{account}' with a pic of {vp} own front door",
    ],
    "threats": [
        "{susp} shouted that {ss} will 'end' {vo}",
        "{susp} said 'if I can't have you no one can'",
        "{susp} threatened to burn {vp} house down",
        "{susp} called {vo} a slag and said {vs} would regret leaving",
        "{susp} said {ss} knows where {vp} kids go to school",
        "{susp} told {vo} {ss} would be watching",
    ],
}

CONFRONT = [
    "{susp} turned up at {place} and started shouting at {vo} in front of people",
    "{susp} banged on {vp} door and shouted abuse through the letterbox",
    "{susp} approached {vo} at {place} and was screaming in {vp} face",
    "{susp} came to {vp} door demanding to talk and would not leave",
    "{susp} confronted {vo} in the street and was swearing and pointing",
]

FIXATED = [
    "{susp} says they are meant to be together", "{susp} is obsessed with {vo}",
    "{susp} believes {vs} is in love with {so}", "{susp} keeps saying {vs} belongs to {so}",
    "{susp} says {ss} just needs to talk to {vo} and then it will all be fine",
    "{susp} thinks they have a special connection", "{susp} told {vp} friend {ss} will never leave {vo} alone",
]
# Only an ex-partner can refuse to let a relationship end.
FIXATED_EX = [
    "{susp} says {ss} will never let {vo} go", "{susp} wants to get back together and won't accept it's over",
    "{susp} told {vp} friend {ss} will get {vo} back whatever it takes", "{susp} cannot accept the relationship has ended",
]
OBSESSIVE = [
    "this has been happening every day", "{n} msgs in one night", "the calls are constant, day and night",
    "it is non stop", "{susp} rang {n} times in an hour", "it happens several times a week",
    "{ss} will not stop",
]
UNWANTED = [
    "{ip} has told {so} many times to leave {vo} alone", "{ip} has blocked {so} on everything",
    "{ip} does not want any contact", "{ip} made it clear {vs} wants no contact",
    "{ip} has asked {so} to stop", "{ip} has changed {vp} number twice",
    "{ip} has never replied to any of it",
]
REPEATED = [
    "this is the {ordinal} time {vs} has reported it", "this has been going on since {month}",
    "previous report ref {ref}", "ongoing for months now", "similar reported in {month}",
    "history of this since {month}", "see also {ref}",
]
EFFECTS = [
    "{ip} is very frightened", "{ip} is scared to leave the house", "{ip} has changed {vp} route to work",
    "{ip} is now staying at {vp} mum's", "{ip} has taken time off work", "{ip} is not sleeping",
    "{ip} has had to move address", "{ip} is constantly looking over {vp} shoulder",
    "{ip} is terrified {ss} will hurt {vo}", "{ip} is too scared to do the school run now",
    "{ip} has stopped going to the gym", "{ip} has had panic attacks",
]
ACTIONS = [
    "OIC to contact susp", "Susp spoken to and given words of advice", "PIN issued to susp",
    "Susp arrested, interviewed and released NFA", "IP does not support a prosecution",
    "IP does not wish to make a statement at this time", "CCTV enquiries negative",
    "Phone download offered - IP declined", "Screenshots of msgs attached", "Susp denies it",
    "Susp not located at home address", "Enquiries ongoing", "IP given safety advice",
    "No further lines of enquiry", "Attempts to call susp unsuccessful",
    "Harassment warning given to susp", "Susp circulated on PNC", "Statement obtained",
    "Susp interviewed - no comment", "Crime recorded as per NCRS",
]

CONTEXT = {
    "ex-partner": [
        "{ip} and susp were together for {years} yrs and split up in {month}",
        "{ip} ended the relationship {years} months ago", "together {years} years, separated in {month}", "they have a child together",
        "susp is {vp} ex", "{ip} left susp after {years} yrs together", "susp is ex partner of {ip}",
    ],
    "acquaintance": [
        "susp is someone {ip} knows from the gym", "susp is a friend of a friend",
        "{ip} met susp at a party once", "susp used to be a customer at {vp} work",
        "{ip} went on one date with susp in {month}",
    ],
    "colleague": ["susp is a colleague at {vp} work", "susp worked with {ip} until last year",
                  "susp is a manager at {vp} work"],
    "neighbour": ["susp lives a few doors down", "susp lives in the flat above",
                  "susp moved into the street last year"],
    "stranger": ["{ip} does not know susp", "{ip} does not know the male",
                 "{ip} had never seen the male before this started"],
    "online contact": ["{ip} met susp online", "{ip} chatted to susp on a dating app but never met {so}",
                       "susp is a follower of {vp} Insta account"],
}

ORDINALS = ["2nd", "3rd", "4th", "fifth", "third", "second", "6th"]

# Spelling noise: correct form -> what tired officers type.
MISSPELLINGS = {
    "received": "recieved", "harassment": "harrasment", "definitely": "definately",
    "separate": "seperate", "until": "untill", "believe": "beleive", "believes": "beleives",
    "following": "folowing", "messages": "messeges", "weird": "wierd", "address": "adress",
    "threatening": "threatning", "occasions": "occassions", "neighbour": "nieghbour",
    "apparently": "apparantly", "arrested": "arested", "harassed": "harrassed",
    "frightened": "frightend", "contacting": "contactng", "windscreen": "windscren",
    "abusive": "abussive", "relationship": "relationshp", "constantly": "constanly",
}
ABBREVIATIONS = {
    "messages": "msgs", "outside": "o/s", "weekend": "w/e", "approximately": "approx",
    "hours": "hrs", "Facebook": "FB", "Instagram": "Insta", "without": "w/o",
    "regarding": "re", "information": "info", "because": "cos", "suspect": "susp",
    "victim": "IP", "officer in case": "OIC", "statement": "s/s",
}
_MISSPELL_RE = re.compile(r"\b(" + "|".join(map(re.escape, MISSPELLINGS)) + r")\b")
_ABBREV_RE = re.compile(r"\b(" + "|".join(map(re.escape, ABBREVIATIONS)) + r")\b")


def add_noise(text: str, rng, misspell: float = 0.18, abbreviate: float = 0.35) -> str:
    """Apply whole-narrative spelling habits: one officer misspells, another abbreviates."""
    if rng.random() < misspell:
        text = _MISSPELL_RE.sub(lambda m: MISSPELLINGS[m.group(1)] if rng.random() < 0.6 else m.group(1), text)
    if rng.random() < abbreviate:
        text = _ABBREV_RE.sub(lambda m: ABBREVIATIONS[m.group(1)], text)
    roll = rng.random()
    if roll < 0.04:
        text = text.upper()
    elif roll < 0.07:
        text = text.lower()
    return text


def join_sentences(parts: list[str], rng) -> str:
    """Join clauses the way logs do: full stops, dashes, or run-on commas."""
    out = []
    for i, p in enumerate(p for p in parts if p):
        p = p.strip()
        p = p[0].upper() + p[1:] if rng.random() < 0.85 else p
        if i == 0:
            out.append(p)
            continue
        sep = rng.choices([". ", " - ", ", ", ". ", ".  "], weights=[6, 2, 1, 2, 1])[0]
        out.append(sep + p)
    text = "".join(out)
    if rng.random() < 0.7:
        text += "."
    return text
