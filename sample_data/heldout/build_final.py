"""Build the third hand-written held-out set: final.csv + final_labels.json.

The final, unseen measure for issues 12 (courses split across records) and 13 (single
records describing a course in words; numbers mentioned innocently). Written from the law
and guidance and from how victims, call handlers, officers and investigators write, by a
writer who read none of the rules, the detection or linking code, the synthetic generator,
its sample, or the cases of the first two held-out sets. Names and places are from
Cumbria, Lancashire and North and South Wales (postcodes CA, LA, PR, BB, LL, SA, CH).
No randomness: running it twice gives byte-identical files.

    python sample_data/heldout/build_final.py            # writes next to this file
    python sample_data/heldout/build_final.py --out DIR --summary

Only the helpers of build_heldout.py / build_courses.py are used (person, m, crime, F,
rows and labels rendering, party checks); their own cases are cleared before any case
here is written. Crime refs are HZ/yy/nnnnnn, case ids HF001...

Non-crime records follow the convention of the second set: the offence column carries the
record type ("Incident - no crime", "Intelligence log", ...), the offence code is empty or
"NN", and there is no outcome code.
"""

from __future__ import annotations

import hashlib
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_courses as bc  # noqa: E402  (helpers only; its cases are cleared below)
import build_heldout as bh  # noqa: E402

for registry in (bh.PEOPLE, bh.CRIMES, bh.DUPLICATED):
    registry.clear()
bh.COURSES.clear()

person, m, F = bh.person, bh.m, bh.F
CSV_NAME, LABELS_NAME = "final.csv", "final_labels.json"
REF_PREFIX, CASE_PREFIX = "HZ", "HF"
SCENARIOS = {
    "missed_stalking": ("unknown_then_named", "suspect_name_variants", "stalking_by_proxy",
                        "unidentified_no_shared_token", "non_crime_records",
                        "one_record_course", "split_course"),
    "not_stalking": ("innocent_numbers", "unrelated_crimes_one_victim", "shop_many_thefts",
                     "neighbour_counter_allegations", "namesake_father_son",
                     "two_ex_partners", "lawful_repeated_contact", "background"),
    "recorded_stalking": ("recorded_stalking",),
}
MINIMUM_CASES = {
    "unknown_then_named": 6, "suspect_name_variants": 6, "stalking_by_proxy": 6,
    "unidentified_no_shared_token": 6, "non_crime_records": 6, "one_record_course": 25,
    "split_course": 10, "recorded_stalking": 4, "innocent_numbers": 5,
    "unrelated_crimes_one_victim": 5, "shop_many_thefts": 5,
    "neighbour_counter_allegations": 5, "namesake_father_son": 5, "two_ex_partners": 5,
    "lawful_repeated_contact": 5, "background": 120,
}
crime = bc.crime  # build_heldout.crime with the offence date last


def course(label, scenario, victim, suspect, notes, crimes):
    if scenario not in SCENARIOS[label]:
        raise ValueError(f"scenario {scenario!r} is not a {label} scenario")
    bh.COURSES.append(bh.Course(f"{CASE_PREFIX}{len(bh.COURSES) + 1:03d}", label, scenario,
                                victim, suspect, list(crimes), notes))


def single(label, scenario, victim, suspect, notes, key):
    course(label, scenario, victim, suspect, notes, [key])


DA = dict(rel="ex-partner", da="Y")


# ===========================================================================
# A. split courses (missed_stalking; no record alone is clearly stalking)
# ===========================================================================

# -- A1. unknown, then named ------------------------------------------------
person("zrhian", "Rhian Pugh", "14/02/1991", "LL30 2PE")
person("zgethin", "Gethin Morris", "03/09/1988", "LL29 8HT")
course("missed_stalking", "unknown_then_named", "zrhian", "zgethin",
       "ex-partner; two anonymous records (car, new insta account) before he is named", [
    crime("a1a", "06/07/2026 22:14", "", "Incident - no crime", """
        Caller states a dark blue Corsa has been parked up opp her flat on Mostyn St with
        engine running, lights off, approx 40 mins. Drove off when she went to the window.
        Partial VRM CX6. Unit not deployed - vehicle gone on arrival. Log closed.""",
          m("zrhian", "Rhian PUGH")),
    crime("a1b", "19/07/2026 11:02", "125/12", "Malicious Communications", """
        IP has been receiving msgs on instagram from account 'llandudno_lad_x' which was
        made last week, no posts, no followers. Msgs describe what she wore on Tues and
        who she had coffee with. IP blocked it. No suspect identified, insta request not
        proportionate at this time. Filed pending further info.""",
          m("zrhian", "PUGH, Rhian"), rel="unknown", fu=F(team="Crime Bureau", out="18",
                                                          out_d=3)),
    crime("a1c", "02/08/2026 19:40", "8L", "Harassment", """
        IP now states she believes it was her ex GETHIN MORRIS all along - she saw him
        today in the blue Corsa CX66 ??? outside her work at the Venue Cymru box office and
        he mouthed 'told you'. They split in April. He has previously said she 'will never
        be rid of him'. DASH completed - medium. Susp to be arrested.""",
          m("zrhian", "PUGH, Rhian"), m("zgethin", "MORRIS, Gethin"), **DA,
          fu=F(team="DA Unit", risk="medium", risk_d=0, scr="DASH", scr_d=0)),
])

person("zcarys", "Carys Lloyd-Jenkins", "22/11/1996", "SA1 5BQ")
person("zdewi", "Dewi Harries", "30/05/1993", "SA4 3NN")
course("missed_stalking", "unknown_then_named", "zcarys", "zdewi",
       "former housemate; flowers and a note with no name, then tyres, then named", [
    crime("a2a", "11/07/2026 08:30", "", "Suspicious circs", """
        Female reports bunch of lilies left on her car windscreen overnight with card
        'i still watch you sleep x'. No name. She has no new partner. Adv to keep card,
        call 999 if anyone seen near vehicle. No offences disclosed at this time.""",
          m("zcarys", "LLOYD-JENKINS, Carys")),
    crime("a2b", "27/07/2026 07:15", "58C", "Criminal damage to a vehicle", """
        Both front tyres of IP's Fiesta slashed on St Helen's Rd overnight. No CCTV.
        No witnesses. No suspect. IP mentioned 'flowers thing' earlier this month.""",
          m("zcarys", "Carys Lloyd Jenkins"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=1)),
    crime("a2c", "09/08/2026 14:05", "8L", "Harassment - s2 PHA", """
        Statement taken. IP's former housemate DEWI HARRIES turned up at her gym in the
        Marina this morning, waited by her locker & said he 'knew she liked lilies'.
        IP now certain the flowers + tyres were him. He moved out in Feb after she would
        not date him. He has messaged her mum asking where she lives now.""",
          m("zcarys", "LLOYD-JENKINS, Carys"), m("zdewi", "HARRIES, Dewi"),
          rel="acquaintance", fu=F(team="CID", plan="Y")),
])

person("zniamh", "Niamh Fairclough", "07/06/1984", "PR1 8JX")
person("zkieron", "Kieron Ashcroft", "18/12/1981", "PR2 6LD")
course("missed_stalking", "unknown_then_named", "zniamh", "zkieron",
       "ex-husband; withheld calls and a figure in the garden before he is named", [
    crime("a3a", "15/07/2026 01:50", "", "Nuisance calls - no crime", """
        ip getting withheld no calls every night this wk between 1 and 3am, nobody
        speaks, can hear breathing. ip has changed her number once already in june.
        adv re call blocking / BT nuisance call bureau.""",
          m("zniamh", "niamh fairclough")),
    crime("a3b", "24/07/2026 23:10", "", "Incident - no crime", """
        CCTV doorbell shows male in dark hoodie stood in rear garden of ip's address
        looking at bedroom window for several mins. Face not visible. Area search neg.""",
          m("zniamh", "FAIRCLOUGH, Niamh")),
    crime("a3c", "04/08/2026 16:20", "8L", "Harassment", """
        IP's ex-husband KIERON ASHCROFT (divorce finalised 2025) has admitted to their
        son that he 'has been keeping an eye on mum'. Son says dad has the doorbell app
        on his own phone still - linked to the old account. IP believes the night calls
        and garden are him. DASH high - MARAC referral.""",
          m("zniamh", "FAIRCLOUGH, Niamh"), m("zkieron", "ASHCROFT, Kieron"), **DA,
          fu=F(team="DA Unit", risk="high", risk_d=0, scr="DASH", scr_d=0, sup="IDVA",
               sup_d=2)),
])

person("zlowri", "Lowri Bevan", "02/03/2001", "CH7 1FD")
person("zjoel", "Joel Whitfield", "26/08/1999", "CH7 4QA")
course("missed_stalking", "unknown_then_named", "zlowri", "zjoel",
       "dated three weeks; fake accounts and parcel then named from a screenshot", [
    crime("a4a", "20/07/2026 13:00", "125/12", "Malicious Comms Act", """
        victim online report: someone keeps making new snap accounts to add me, ive
        blocked 5 now. they know my shifts at the co-op in mold. i dont know who it is.""",
          m("zlowri", "lowri bevan"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=2)),
    crime("a4b", "29/07/2026 10:45", "", "Information report", """
        Royal Mail report a parcel addressed to IP containing a worn t-shirt & a photo of
        IP asleep on a bus. No sender details. Passed to OIC for info.""",
          m("zlowri", "BEVAN, Lowri")),
    crime("a4c", "12/08/2026 18:30", "125/9", "Sending letter/article with intent to cause distress", """
        IP attends front counter. Friend recognised the handwriting on the parcel as
        JOEL WHITFIELD's - IP went on 3 dates with him in June and ended it. He sent a
        screenshot from one of the snap accounts by mistake to a mutual friend. IP scared
        to go to work. Susp not yet spoken to.""",
          m("zlowri", "BEVAN, Lowri"), m("zjoel", "WHITFIELD, Joel"), rel="ex-partner",
          da="Y", fu=F(team="CID", risk="standard", risk_d=1)),
])

person("zsophie", "Sophie Tattersall", "19/01/1979", "BB2 7RT")
person("zwayne", "Wayne Hargreaves", "11/10/1976", "BB1 9DS")
course("missed_stalking", "unknown_then_named", "zsophie", "zwayne",
       "ex-partner; an unknown male seen at her daughter's school and a tracker, then named", [
    crime("a5a", "08/07/2026 15:30", "", "Concern for welfare - incident only", """
        School staff (St Silas primary) report unknown male sat on wall opp gates at home
        time 3 days running looking at parents not the kids. Left when staff approached.
        Description: white, 40s, shaved head, black Audi. No further action by police.""",
          m("zsophie", "TATTERSALL, Sophie")),
    crime("a5b", "23/07/2026 12:00", "49E", "Theft - other", """
        Garage at Kwik Fit found a small GPS tracker magneted under IP's Qashqai rear
        bumper. IP did not fit it. No idea who. Tracker seized for examination.""",
          m("zsophie", "Sophie TATTERSALL"), rel="unknown", fu=F(team="Crime Bureau")),
    crime("a5c", "06/08/2026 20:55", "8R", "Public Order s4A", """
        Ex-partner WAYNE HARGREAVES (black Audi, shaved head) shouted at IP outside
        Tesco Blackburn 'you can't hide, I know where you go'. Sub-account on tracker
        registered to his email per tech unit. Split 6 months ago, he was never at the
        school for any reason - no kids together.""",
          m("zsophie", "TATTERSALL, Sophie"), m("zwayne", "HARGREAVES, Wayne"), **DA,
          fu=F(team="DA Unit", risk="medium", risk_d=1, scr="DASH", scr_d=1)),
])

person("ztom", "Tomos Rees", "28/04/1990", "SA31 1HW")
person("zangharad", "Angharad Pryce", "15/07/1992", "SA31 3EE")
course("missed_stalking", "unknown_then_named", "ztom", "zangharad",
       "female ex; male victim; someone in his shed and post moved, then named", [
    crime("a6a", "01/07/2026 09:10", "", "Incident - no crime", """
        Male caller says someone has been inside his shed and his post has been opened
        and resealed twice. Nothing stolen. Lives alone in Carmarthen. Adv.""",
          m("ztom", "REES, Tomos")),
    crime("a6b", "14/07/2026 19:25", "3B", "Burglary - residential (non-dwelling)", """
        Shed forced again, this time a framed photo of IP and his late dog taken and
        left on the back step smashed. No suspect. No forensic opps.""",
          m("ztom", "REES, Tomos"), rel="unknown", fu=F(team="Crime Bureau", out="18",
                                                       out_d=4)),
    crime("a6c", "30/07/2026 21:00", "8L", "Harassment", """
        IP caught ANGHARAD PRYCE (his ex, finished Christmas) in his back garden with a
        phone torch. She told him she 'just needed to see he was alone'. He now thinks the
        shed and the post were her. Embarrassed to report a woman. Adv re support.""",
          m("ztom", "REES, Tomos"), m("zangharad", "PRYCE, Angharad"), **DA,
          fu=F(team="Response", risk="standard", risk_d=0, scr="DASH", scr_d=0)),
])

# -- A2. one suspect written several ways inside one victim's records -------
person("zelin", "Elin Roberts", "09/09/1987", "LL57 2TS")
person("zbarri", "Barrington Ffoulkes-Owen", "21/03/1983", "LL57 4BB")
course("missed_stalking", "suspect_name_variants", "zelin", "zbarri",
       "ex-partner as 'Barri', initials, misspelt double-barrelled surname", [
    crime("b1a", "05/07/2026 18:00", "125/12", "Malicious Communications", """
        Ex BARRI keeps sending voice notes saying he is outside. IP split from him in
        March. IP does not know his DOB.""",
          m("zelin", "ROBERTS, Elin"), m("zbarri", "Barri", dob="", pc="", nid=""),
          **DA, fu=F(team="Response", risk="standard", risk_d=0)),
    crime("b1b", "17/07/2026 07:45", "58C", "Criminal Damage", """
        'B F-O' painted on IP's garage door in red with a heart. IP says the initials are
        her ex's. He has keys to nothing now.""",
          m("zelin", "ROBERTS, Elin"), m("zbarri", "B F-O", dob="", nid=""), **DA,
          fu=F(team="Crime Bureau")),
    crime("b1c", "03/08/2026 13:20", "8L", "Harassment", """
        IP followed round Morrisons Bangor by her ex, who hovered by each aisle end.
        Same male as the voice notes and the garage. Susp detailed as FOULKES OWEN
        Barrington dob 21/03/1983.""",
          m("zelin", "ROBERTS, Elin"), m("zbarri", "FOULKES OWEN, Barrington", pc=""), **DA,
          fu=F(team="DA Unit", risk="medium", risk_d=0, scr="DASH", scr_d=0)),
])

person("zaisha", "Aisha Patel", "12/12/1994", "PR1 3UU")
person("zmohsin", "Mohsin Iqbal", "04/04/1990", "BB11 2PL")
course("missed_stalking", "suspect_name_variants", "zaisha", "zmohsin",
       "former fiance; 'Mo', 'Iqbal M', then a description only", [
    crime("b2a", "10/07/2026 17:30", "125/12", "Malicious Communications", """
        IP reports her former fiance 'Mo' has sent 30+ whatsapps today after she returned
        the ring. Some are polite, some call her a disgrace to her family.""",
          m("zaisha", "PATEL, Aisha"), m("zmohsin", "Mo", dob="", pc="", nid=""),
          rel="ex-partner", da="Y", fu=F(team="Response")),
    crime("b2b", "22/07/2026 21:45", "", "Incident - no crime", """
        IP called as the same male from earlier complaints was sat in a silver Prius on
        Fishergate Hill outside her sister's house where IP is staying. Asian male, beard,
        30s. Gone on arrival.""",
          m("zaisha", "PATEL, Aisha")),
    crime("b2c", "08/08/2026 12:10", "8L", "Harassment", """
        Suspect IQBAL M (Burnley) attended IP's workplace at UCLan library twice this week
        asking staff what time she finishes. Staff have a photo. IP wants him warned.""",
          m("zaisha", "PATEL, Aisha"), m("zmohsin", "IQBAL, M", dob=""),
          rel="ex-partner", da="Y", fu=F(team="DA Unit", risk="medium", risk_d=2)),
])

person("zjade", "Jade Lomax", "25/10/1998", "LA1 4SE")
person("zcallum", "Callum McAvoy", "13/01/1997", "LA3 2JN", ids=2)
course("missed_stalking", "suspect_name_variants", "zjade", "zcallum",
       "ex-boyfriend; 'Cal', 'C. MacAvoy', handle", [
    crime("b3a", "03/07/2026 20:00", "8R", "S4A POA", """
        Ex bf CAL shouted at IP in Dalton Sq he'd 'be there every night til she answers'.""",
          m("zjade", "LOMAX, Jade"), m("zcallum", "Cal", dob="", pc="", nid=""), **DA,
          fu=F(team="Response", risk="standard", risk_d=0)),
    crime("b3b", "16/07/2026 23:30", "125/12", "Malicious Comms", """
        Msgs from tiktok user 'cal_mcav97' to IP - 'saw you in the Borough tonight, nice
        dress'. IP had not told anyone where she was going.""",
          m("zjade", "LOMAX, Jade"), m("zcallum", "cal_mcav97", dob="", pc="", nid=""),
          **DA, fu=F(team="Crime Bureau")),
    crime("b3c", "01/08/2026 08:00", "58C", "Crim dam", """
        IP's bike at Lancaster Uni racks had tyres let down & a note 'walk home with me
        then'. IP names susp as C. MACAVOY, her ex from college.""",
          m("zjade", "LOMAX, Jade"), m("zcallum", "MACAVOY, C.", nid=2), **DA,
          fu=F(team="Crime Bureau")),
])

person("zgwen", "Gwenllian Price", "30/06/1965", "SA15 2AX")
person("zwill", "William Jenkins", "11/11/1962", "SA14 8TT")
course("missed_stalking", "suspect_name_variants", "zgwen", "zwill",
       "ex-husband; 'Bill', 'W.J.', 'Jenkins Wm' with swapped dob", [
    crime("b4a", "12/07/2026 10:30", "8L", "Harrassment", """
        IP's ex-husband Bill keeps driving slowly past her new bungalow in Llanelli.
        She counts it most mornings. Divorced 2024.""",
          m("zgwen", "PRICE, Gwenllian"), m("zwill", "Bill JENKINS", dob="", nid=""), **DA,
          fu=F(team="Response")),
    crime("b4b", "26/07/2026 15:00", "125/9", "Malicious Communications", """
        Letter thru door signed 'W.J.' listing the times she went to chapel & the shop.""",
          m("zgwen", "PRICE, Gwenllian"), m("zwill", "W.J.", dob="", pc="", nid=""), **DA,
          fu=F(team="Crime Bureau")),
    crime("b4c", "10/08/2026 11:40", "8L", "Harassment PHA 1997", """
        OIC: susp JENKINS Wm arrested following doorstep confrontation, admits driving by
        'to make sure she is ok'. Denies letter.""",
          m("zgwen", "PRICE, Gwenllian"), m("zwill", "JENKINS, Wm", dob="swap"), **DA,
          fu=F(team="DA Unit", risk="medium", risk_d=0, scr="DASH", scr_d=0)),
])

person("zmegan", "Megan Illingworth", "17/08/2000", "CA1 2HQ")
person("zsteff", "Steffan Wright", "05/02/1999", "CA2 7PB")
course("missed_stalking", "suspect_name_variants", "zmegan", "zsteff",
       "co-worker; 'Steff', 'S WRIGHT', 'Stefan Write' typo", [
    crime("b5a", "09/07/2026 14:00", "8L", "Harassment", """
        IP reports co-worker Steff at Carlisle Amazon depot waiting at her car each
        shift end after she said no to a drink.""",
          m("zmegan", "ILLINGWORTH, Megan"), m("zsteff", "Steff", dob="", pc="", nid=""),
          rel="colleague", fu=F(team="Response")),
    crime("b5b", "21/07/2026 19:00", "125/12", "Malicious Communications", """
        S WRIGHT sent IP a facebook request from a second account and 14 msgs in an hour
        after she blocked the first.""",
          m("zmegan", "ILLINGWORTH, Megan"), m("zsteff", "WRIGHT, S", dob=""),
          rel="colleague", fu=F(team="Crime Bureau")),
    crime("b5c", "05/08/2026 22:10", "8R", "Public Order", """
        Stefan Write (sic) seen at IP's parents address in Stanwix asking for her.
        Swore at her dad when told to leave.""",
          m("zmegan", "ILLINGWORTH, Megan"), m("zsteff", "Stefan WRITE", pc=""),
          rel="colleague", fu=F(team="Response")),
])

person("zfatima", "Fatima Begum", "08/05/1989", "BB9 7AQ")
person("zjas", "Jaswinder Singh Kaur", "19/09/1985", "BB9 0RR")
course("missed_stalking", "suspect_name_variants", "zfatima", "zjas",
       "landlord's brother; 'Jas', 'SINGH J', 'KAUR' as surname", [
    crime("b6a", "13/07/2026 12:00", "8L", "Harassment", """
        Tenant reports landlord's brother Jas letting himself into the hallway of her
        flat in Nelson and standing outside her door.""",
          m("zfatima", "BEGUM, Fatima"), m("zjas", "Jas", dob="", pc="", nid=""),
          rel="acquaintance", fu=F(team="Response")),
    crime("b6b", "28/07/2026 09:40", "8L", "Harassment", """
        SINGH J left notes under IP's door: 'i know your husband works nights'.""",
          m("zfatima", "BEGUM, Fatima"), m("zjas", "SINGH, J", dob=""),
          rel="acquaintance", fu=F(team="Crime Bureau")),
    crime("b6c", "11/08/2026 18:15", "125/12", "Malicious Comms", """
        Susp recorded as KAUR Jaswinder texting IP 'smile when you hang washing'. Same
        male per IP.""",
          m("zfatima", "BEGUM, Fatima"), m("zjas", "KAUR, Jaswinder"),
          rel="acquaintance", fu=F(team="Response")),
])

# -- A3. stalking by proxy (family, new partner, employer, friends) ---------
person("zkatie", "Katie Brockbank", "01/12/1993", "CA14 3LP")
person("zdarryl", "Darryl Lowther", "27/02/1990", "CA14 1AZ")
person("zkatiemum", "Glenys Brockbank", "14/03/1964", "CA14 5JJ")
person("zsellafield", "Westlakes Care Ltd", kind="organisation")
course("missed_stalking", "stalking_by_proxy", "zkatie", "zdarryl",
       "ex-partner works through her mother and her employer", [
    crime("c1a", "04/07/2026 17:00", "8L", "Harassment", """
        IP's ex DARRYL LOWTHER messaging her after she ended it in May, asking who she
        is seeing. She has blocked him.""",
          m("zkatie", "BROCKBANK, Katie"), m("zdarryl", "LOWTHER, Darryl"), **DA,
          fu=F(team="Response", risk="standard", risk_d=0)),
    crime("c1b", "18/07/2026 10:00", "8L", "Harassment", """
        Victim Mrs BROCKBANK reports her daughter's ex phoning her landline every evening
        asking where Katie is living now & whether she 'has a new fella'. Told him to
        stop. Calls continue.""",
          m("zkatiemum", "BROCKBANK, Glenys"), m("zdarryl", "LOWTHER, Darryl"),
          rel="acquaintance", fu=F(team="Response")),
    crime("c1c", "01/08/2026 16:30", "125/12", "Malicious Communications", """
        Care home manager reports LOWTHER emailed the home 6 times claiming employee
        Katie B is stealing from residents & should be sacked. Allegation unfounded.""",
          m("zsellafield", "Westlakes Care Ltd"), m("zdarryl", "LOWTHER, D", dob=""),
          rel="none", fu=F(team="Crime Bureau")),
])

person("zoliver", "Oliver Nuttall", "16/04/1995", "PR7 1UG")
person("zhannah", "Hannah Crook", "09/10/1996", "PR7 3EX")
person("zjack", "Jack Seddon", "22/01/1994", "PR6 0DW")
course("missed_stalking", "stalking_by_proxy", "zhannah", "zjack",
       "ex-partner targets her new partner Oliver", [
    crime("c2a", "07/07/2026 21:30", "8R", "Public Order s4A", """
        IP HANNAH CROOK says her ex JACK SEDDON has been walking his dog past her new
        place in Chorley twice a night since she moved in with new partner.""",
          m("zhannah", "CROOK, Hannah"), m("zjack", "SEDDON, Jack"), **DA,
          fu=F(team="Response", risk="standard", risk_d=1)),
    crime("c2b", "20/07/2026 08:20", "58C", "Criminal damage", """
        IP Oliver NUTTALL's van keyed 'SHES MINE' in car park at his work. He lives with
        Hannah Crook whose ex (SEDDON) has been hanging about. Susp named by Hannah.""",
          m("zoliver", "NUTTALL, Oliver"), m("zjack", "SEDDON, Jack"), rel="acquaintance",
          fu=F(team="Crime Bureau")),
    crime("c2c", "03/08/2026 13:00", "125/12", "Malicious communications", """
        Oliver received 11 facebook msgs from Jack Seddon telling him what time Hannah
        leaves for work and that he 'should watch her closer'.""",
          m("zoliver", "Oliver Nuttall"), m("zjack", "Jack SEDDON"), rel="acquaintance",
          fu=F(team="Response")),
])

person("zbethan", "Bethan Howells", "28/08/1986", "SA62 4HE")
person("zrhodri", "Rhodri Vaughan", "13/06/1984", "SA61 2RS")
person("zbethanfriend", "Ceri Walters", "05/05/1986", "SA62 6NB")
person("zbethanbro", "Iwan Howells", "30/09/1989", "SA61 1QQ")
course("missed_stalking", "stalking_by_proxy", "zbethan", "zrhodri",
       "ex-husband contacts her friend and brother to find her refuge address", [
    crime("c3a", "09/07/2026 12:30", "8L", "Harassment", """
        DA victim BETHAN HOWELLS now in refuge. Ex RHODRI VAUGHAN keeps posting on FB
        that she has 'kidnapped' the kids. IP scared he'll find her.""",
          m("zbethan", "HOWELLS, Bethan"), m("zrhodri", "VAUGHAN, Rhodri"), **DA,
          fu=F(team="DA Unit", risk="high", risk_d=0, scr="DASH", scr_d=0, sup="IDVA",
               sup_d=1)),
    crime("c3b", "21/07/2026 18:45", "8R", "S4 Public Order", """
        Ceri WALTERS reports Rhodri VAUGHAN turned up at her house in Haverfordwest
        demanding to know where Bethan is and would not leave the doorstep for 20 mins.
        Third time he's asked her.""",
          m("zbethanfriend", "WALTERS, Ceri"), m("zrhodri", "VAUGHAN, Rhodri"),
          rel="acquaintance", fu=F(team="Response")),
    crime("c3c", "05/08/2026 20:00", "8L", "Harassment", """
        IWAN HOWELLS (IP's brother) says VAUGHAN followed him from work to a petrol station
        then asked 'is she in Milford then'. Iwan thinks he is trying to trace his sister.""",
          m("zbethanbro", "HOWELLS, Iwan"), m("zrhodri", "VAUGHAN, R", dob=""),
          rel="acquaintance", fu=F(team="Response")),
])

person("zpriya", "Priya Chauhan", "11/02/1990", "BB2 1NA")
person("zsimon", "Simon Greenhalgh", "29/07/1978", "BB3 0PT")
person("zpriyaemp", "Ribble Dental Practice", kind="organisation")
person("zpriyahusband", "Sunil Chauhan", "02/10/1987", "BB2 1NA")
course("missed_stalking", "stalking_by_proxy", "zpriya", "zsimon",
       "former patient fixated on a dental nurse; calls to the practice and her husband", [
    crime("c4a", "14/07/2026 16:10", "125/12", "Malicious Comms", """
        Dental nurse PRIYA CHAUHAN gets insta msgs from former patient SIMON GREENHALGH
        saying they are 'meant to be'. Removed from practice list in June.""",
          m("zpriya", "CHAUHAN, Priya"), m("zsimon", "GREENHALGH, Simon"),
          rel="professional", fu=F(team="Response")),
    crime("c4b", "25/07/2026 11:00", "8L", "Harassment", """
        Practice manager reports GREENHALGH ringing reception 15-20 times a day asking
        which days Priya works, and sat in the waiting room on Weds without appointment.""",
          m("zpriyaemp", "Ribble Dental Practice"), m("zsimon", "GREENHALGH, Simon"),
          rel="none", fu=F(team="Crime Bureau")),
    crime("c4c", "07/08/2026 19:30", "8R", "Public order", """
        IP SUNIL CHAUHAN approached at the school gates by a male he now knows is the
        patient bothering his wife Priya at the dental practice: 'tell her I'm waiting,
        I know your lad's class'. Male identified from practice CCTV as GREENHALGH.""",
          m("zpriyahusband", "CHAUHAN, Sunil"), m("zsimon", "GREENHALGH, S", dob=""),
          rel="stranger", fu=F(team="Response")),
])

person("zaled", "Aled Parry", "04/01/1982", "LL55 4UR")
person("zmari", "Mari Lewis", "17/05/1984", "LL55 2NH")
person("zaledpartner", "Dafydd Owen", "22/10/1980", "LL55 1AA")
course("missed_stalking", "stalking_by_proxy", "zaled", "zmari",
       "female ex fixated on a man; targets his new partner Dafydd (same-sex)", [
    crime("c5a", "02/07/2026 10:00", "125/12", "Malicious Communications", """
        ALED PARRY came out last year and left MARI LEWIS. She has sent dozens of emails
        since saying he owes her a life. Today's one describes his new house in Caernarfon.""",
          m("zaled", "PARRY, Aled"), m("zmari", "LEWIS, Mari"), **DA,
          fu=F(team="Response", risk="standard", risk_d=2)),
    crime("c5b", "16/07/2026 14:30", "8L", "Harassment", """
        IP DAFYDD OWEN reports Aled's ex, Mari LEWIS, has appeared at his café on 4 days
        and sits at the window staring. Left a note: 'he was mine first'.""",
          m("zaledpartner", "OWEN, Dafydd"), m("zmari", "LEWIS, Mari"), rel="acquaintance",
          fu=F(team="Response")),
    crime("c5c", "30/07/2026 09:15", "58C", "Criminal damage", """
        Café window at Stryd y Plas etched with a key overnight. Dafydd says CCTV shows
        LEWIS at 03:10. Aled says she has done the same to his car before.""",
          m("zaledpartner", "OWEN, Dafydd"), m("zmari", "LEWIS, Mari"), rel="acquaintance",
          fu=F(team="Crime Bureau")),
])

person("zchloe", "Chloe Birtwistle", "23/03/2003", "LA9 6BD")
person("zryan", "Ryan Tyson", "12/12/2002", "LA9 4HY")
person("zchloefriend", "Amelia Postlethwaite", "02/09/2003", "LA9 7QL")
course("missed_stalking", "stalking_by_proxy", "zchloe", "zryan",
       "ex uses her best friend's social media to watch her", [
    crime("c6a", "06/07/2026 22:00", "125/12", "Malicious Comms", """
        chloe blocked her ex ryan tyson everywhere in june. today he sent her a pic of
        her own front door in kendal with 'nice new curtains'.""",
          m("zchloe", "chloe birtwistle"), m("zryan", "ryan tyson"), **DA,
          fu=F(team="Response")),
    crime("c6b", "19/07/2026 17:20", "125/12", "Malicious Communications", """
        AMELIA POSTLETHWAITE (IP) reports RYAN TYSON messaging her 50+ times a week
        demanding she send him screenshots of Chloe's stories. Threatened to 'tell
        everyone' her secrets if she doesn't.""",
          m("zchloefriend", "POSTLETHWAITE, Amelia"), m("zryan", "TYSON, Ryan"),
          rel="acquaintance", fu=F(team="Crime Bureau")),
    crime("c6c", "02/08/2026 23:50", "8R", "S4A Public Order", """
        TYSON turned up at Amelia's 18th party uninvited, asked every guest if Chloe was
        coming. Amelia frightened. Removed by door staff.""",
          m("zchloefriend", "POSTLETHWAITE, Amelia"), m("zryan", "TYSON, Ryan"),
          rel="acquaintance", fu=F(team="Response")),
])

# -- A4. unidentified suspect, nothing shared but victim, pattern and time --
person("znia", "Nia Gwynne", "06/06/1997", "SA2 0PU")
course("missed_stalking", "unidentified_no_shared_token", "znia", None,
       "student; someone watching and leaving things, never named", [
    crime("d1a", "02/07/2026 23:00", "", "Incident - no crime", """
        Female student says a man stood under the streetlight opposite her halls
        window for about an hour. Went when she opened the blind.""",
          m("znia", "GWYNNE, Nia")),
    crime("d1b", "25/07/2026 08:10", "58C", "Criminal Damage", """
        IP's bicycle saddle cut and 'HI NIA' scratched into the frame. Uplands area.""",
          m("znia", "GWYNNE, Nia"), rel="unknown", fu=F(team="Crime Bureau", out="18",
                                                       out_d=2)),
    crime("d1c", "19/08/2026 14:40", "125/9", "Malicious Communications", """
        Postcard from Tenby arrived - 'enjoyed watching you on the beach Sat'. She was
        there Saturday. Nobody knew. No sender.""",
          m("znia", "Nia GWYNNE"), rel="unknown", fu=F(team="Crime Bureau", out="18",
                                                      out_d=1)),
])

person("zhelen", "Helen Crossley", "18/10/1972", "BB7 2DN")
course("missed_stalking", "unidentified_no_shared_token", "zhelen", None,
       "district nurse; anonymous calls, a car, her route, over eight weeks", [
    crime("d2a", "10/07/2026 07:30", "", "Nuisance calls - no crime", """
        Nurse gets silent calls at home before her shift - 3 this week.""",
          m("zhelen", "CROSSLEY, Helen")),
    crime("d2b", "31/07/2026 16:00", "8R", "Public order", """
        Male in a hi-vis jacket approached her at a patient's door in Whalley and said
        'you were late today'. Walked off. Not known.""",
          m("zhelen", "CROSSLEY, Helen"), rel="stranger", fu=F(team="Response", out="18",
                                                              out_d=5)),
    crime("d2c", "28/08/2026 12:20", "", "Suspicious circs", """
        Helen says she's sure she is being followed between home visits in Clitheroe.
        Different vehicle each time. No VRM.""",
          m("zhelen", "CROSSLEY, Helen")),
])

person("zkeira", "Keira O'Hare", "29/01/2005", "CA28 6SX")
course("missed_stalking", "unidentified_no_shared_token", "zkeira", None,
       "teenager; unknown accounts and someone outside her house", [
    crime("d3a", "05/07/2026 20:15", "125/12", "Malicious comms", """
        17yo gets DMs from a brand new account saying it knows her address.""",
          m("zkeira", "OHARE, Keira"), rel="unknown", fu=F(team="Crime Bureau", out="18",
                                                          out_d=3)),
    crime("d3b", "18/07/2026 00:40", "", "Incident - no crime", """
        Mum rang: someone knocked on the bedroom window (ground floor) of her daughter in
        Whitehaven then ran off. 2nd time.""",
          m("zkeira", "O'HARE, Keira")),
    crime("d3c", "08/08/2026 19:00", "49E", "Theft", """
        Keira's school PE bag taken from her garden and returned next day on the doorstep
        washed & folded. She is terrified.""",
          m("zkeira", "O'Hare, Keira"), rel="unknown", fu=F(team="Crime Bureau")),
])

person("zsian", "Siân Tudor", "12/07/1980", "LL11 3TT")
course("missed_stalking", "unidentified_no_shared_token", "zsian", None,
       "shop owner; things on her car, watched at home, photos", [
    crime("d4a", "14/07/2026 09:00", "", "Found property", """
        Keys to IP's old house handed in at Wrexham station enquiry office - on a fob
        with a photo of her. She never lost them, she moved in 2025.""",
          m("zsian", "TUDOR, Sian")),
    crime("d4b", "02/08/2026 22:30", "8L", "Harassment", """
        Somebody has been ringing IP's shop from a payphone asking for 'the lady with
        the red coat' every day around closing.""",
          m("zsian", "TUDOR, Siân"), rel="unknown", fu=F(team="Response")),
    crime("d4c", "24/08/2026 15:45", "125/9", "Malicious Comms Act s1", """
        Envelope of long lens photos of IP in her own kitchen posted to the shop.""",
          m("zsian", "Sian TUDOR"), rel="unknown", fu=F(team="CID")),
])

person("zemyr", "Emyr Bowen", "27/11/1975", "SA33 5AG")
course("missed_stalking", "unidentified_no_shared_token", "zemyr", None,
       "male councillor; online posts, his car, his garden, never identified", [
    crime("d5a", "07/07/2026 11:00", "125/12", "Malicious Comms", """
        Cllr Bowen reports anonymous email listing the clubs his kids attend.""",
          m("zemyr", "BOWEN, Emyr"), rel="unknown", fu=F(team="Crime Bureau")),
    crime("d5b", "21/07/2026 06:30", "58C", "Criminal Damage", """
        Wing mirrors snapped off IP's Skoda on his drive in St Clears overnight.""",
          m("zemyr", "BOWEN, Emyr"), rel="unknown", fu=F(team="Crime Bureau", out="18",
                                                        out_d=2)),
    crime("d5c", "15/08/2026 21:20", "", "Incident - no crime", """
        Male says a torch has been shone into his lounge from the field behind most nights
        this month.""",
          m("zemyr", "BOWEN, Emyr")),
])

person("zyasmin", "Yasmin Akhtar", "03/03/1999", "PR1 5XA")
course("missed_stalking", "unidentified_no_shared_token", "zyasmin", None,
       "barista; gifts, a follower on the bus, a voicemail", [
    crime("d6a", "01/09/2026 17:00", "", "Information report", """
        Café staff found a box of chocolates left for Yasmin with 'see you at 8' at the
        till - nobody saw who. Passed on for info.""",
          m("zyasmin", "AKHTAR, Yasmin")),
    crime("d6b", "12/09/2026 22:45", "8R", "Public order - s5", """
        IP reports hooded male got off at her bus stop in Ashton, walked 10 yards behind
        her, then stood at the end of her road. Not known to her.""",
          m("zyasmin", "AKHTAR, Yasmin"), rel="stranger", fu=F(team="Response")),
    crime("d6c", "26/09/2026 08:30", "125/12", "Malicious comms", """
        Voicemail on Yasmin's mobile from a withheld number: male voice reading out her
        shifts for next week. She does not know how he has her number.""",
          m("zyasmin", "AKHTAR, Yasmin"), rel="unknown", fu=F(team="Crime Bureau")),
])

# -- A5. non-crime records (incident, intelligence, information, found property) --
person("zffion", "Ffion Jarvis", "20/04/1992", "CH5 2JR")
person("zliam", "Liam Critchley", "08/08/1990", "CH5 4LX")
course("missed_stalking", "non_crime_records", "zffion", "zliam",
       "ex-partner; two incident logs and an intel log around one harassment crime", [
    crime("e1a", "03/07/2026 20:30", "", "Domestic incident - non crime", """
        Verbal argument on doorstep, ex partner LIAM CRITCHLEY attended uninvited to
        'talk'. Left on police arrival. No offences. DASH std.""",
          m("zffion", "JARVIS, Ffion"), m("zliam", "CRITCHLEY, Liam"), **DA),
    crime("e1b", "20/07/2026 10:00", "NN", "Intelligence log", """
        Source states CRITCHLEY has been asking regulars at the Queensferry Arms which gym
        his ex Ffion now uses and boasting he 'still has her location on Life360'.""",
          m("zffion", "JARVIS, Ffion"), m("zliam", "CRITCHLEY, Liam"), **DA),
    crime("e1c", "04/08/2026 18:50", "", "Incident - no crime", """
        Ffion reports ex Liam at her gym in Deeside, standing by the treadmills watching.
        Gym staff asked him to leave. Not a member.""",
          m("zffion", "JARVIS, Ffion"), m("zliam", "CRITCHLEY, Liam"), **DA),
    crime("e1d", "18/08/2026 12:00", "8L", "Harassment", """
        Liam CRITCHLEY sent Ffion a map screenshot of her route to work. IP had turned off
        sharing in June; he must have a second log in.""",
          m("zffion", "JARVIS, Ffion"), m("zliam", "CRITCHLEY, Liam"), **DA,
          fu=F(team="DA Unit", risk="medium", risk_d=0, scr="DASH", scr_d=0)),
])

person("zanna", "Anna Wróbel", "15/01/1988", "PR4 2BT")
person("zpiotr", "Piotr Nowicki", "10/10/1985", "PR4 6EJ")
course("missed_stalking", "non_crime_records", "zanna", "zpiotr",
       "ex-partner; found property, welfare check and ASB log around one damage", [
    crime("e2a", "08/07/2026 13:00", "", "Found property", """
        Mobile phone handed in, found behind the bins at Anna WROBEL's block in Kirkham.
        On unlocking (owner consent later) it belongs to her ex PIOTR NOWICKI and holds
        ~200 photos of her flat entrance taken over weeks.""",
          m("zanna", "WROBEL, Anna"), m("zpiotr", "NOWICKI, Piotr"), **DA),
    crime("e2b", "22/07/2026 21:40", "", "Concern for welfare - incident only", """
        Piotr NOWICKI rang 101 asking police to check on his ex Anna as 'her lights have
        been off for 2 days'. IP safe, did not want him knowing she was away.""",
          m("zanna", "WROBEL, Anna"), m("zpiotr", "NOWICKI, Piotr"), **DA),
    crime("e2c", "09/08/2026 07:00", "58C", "Crim damage", """
        Anna's car aerial bent & wipers snapped. Neighbour saw NOWICKI's work van nearby at
        5am.""",
          m("zanna", "WROBEL, Anna"), m("zpiotr", "NOWICKI, Piotr"), **DA,
          fu=F(team="Crime Bureau")),
])

person("zcerys", "Cerys Matthias", "11/11/1994", "SA18 3RW")
person("zgareth", "Gareth Pask", "25/06/1969", "SA18 1LE")
course("missed_stalking", "non_crime_records", "zcerys", "zgareth",
       "older neighbour from her old street; ASB logs and an info report, then a s4", [
    crime("e3a", "05/07/2026 16:00", "", "ASB - personal (no crime)", """
        Young female reports man from her old street (PASK) keeps appearing on her
        dog walk in Ammanford park and commenting on her clothes.""",
          m("zcerys", "MATTHIAS, Cerys"), m("zgareth", "PASK, Gareth"), rel="neighbour"),
    crime("e3b", "24/07/2026 11:30", "", "Information report", """
        Housing officer passes on that Gareth Pask asked which flat Cerys Matthias was
        rehoused to. Declined. Info only.""",
          m("zcerys", "MATTHIAS, Cerys"), m("zgareth", "PASK, Gareth"), rel="neighbour"),
    crime("e3c", "12/08/2026 19:10", "8R", "Public Order s4A", """
        PASK waited at the bus stop she uses, walked beside her and said 'you can move
        all you like'. IP distressed.""",
          m("zcerys", "MATTHIAS, Cerys"), m("zgareth", "PASK, Gareth"), rel="neighbour",
          fu=F(team="Response")),
])

person("zrosie", "Rosie Hindle", "30/12/1983", "BB4 5NU")
person("zcraig", "Craig Entwistle", "17/03/1981", "BB4 8AA")
course("missed_stalking", "non_crime_records", "zrosie", "zcraig",
       "ex-husband; three incident logs (drive-bys), then a malicious comms", [
    crime("e4a", "10/07/2026 18:00", "", "Incident - no crime", """
        Rosie says ex Craig drove past the house 4 times during kids' tea, slowing down.
        Child arrangement order says contact via grandparents only.""",
          m("zrosie", "HINDLE, Rosie"), m("zcraig", "ENTWISTLE, Craig"), **DA),
    crime("e4b", "17/07/2026 18:10", "", "Domestic incident - non crime", """
        Same again, ex ENTWISTLE sat outside in the car for half an hour. Gone on arrival.""",
          m("zrosie", "HINDLE, Rosie"), m("zcraig", "ENTWISTLE, Craig"), **DA),
    crime("e4c", "29/07/2026 22:00", "125/12", "Malicious Communications", """
        IP received text from Craig: 'saw you laughing with him in the kitchen'. She was.
        Curtains were open.""",
          m("zrosie", "HINDLE, Rosie"), m("zcraig", "ENTWISTLE, Craig"), **DA,
          fu=F(team="DA Unit", risk="medium", risk_d=1, scr="DASH", scr_d=1)),
])

person("zdylan", "Dylan Harris", "04/09/1979", "LL18 2YG")
person("zkaren", "Karen Mottram", "22/02/1977", "LL18 5AR")
course("missed_stalking", "non_crime_records", "zdylan", "zkaren",
       "ex-partner; intel log, welfare concern, then theft of post", [
    crime("e5a", "13/07/2026 09:30", "NN", "Intelligence report", """
        Royal Mail staff in Rhyl say a woman (KAREN MOTTRAM) has been asking for post
        addressed to her ex DYLAN HARRIS to be redirected to her. Refused.""",
          m("zdylan", "HARRIS, Dylan"), m("zkaren", "MOTTRAM, Karen"), **DA),
    crime("e5b", "27/07/2026 15:00", "", "Concern for welfare - incident only", """
        Mottram rang saying Dylan is suicidal; officers attended, Dylan fine, says she
        does this to get police to tell her where he is.""",
          m("zdylan", "HARRIS, Dylan"), m("zkaren", "MOTTRAM, Karen"), **DA),
    crime("e5c", "11/08/2026 17:30", "49E", "Theft from letterbox", """
        IP's bank statements taken from his communal letterbox. Neighbour saw Karen M.""",
          m("zdylan", "HARRIS, Dylan"), m("zkaren", "MOTTRAM, Karen"), **DA,
          fu=F(team="Crime Bureau")),
])

person("zlaura", "Laura Sharples", "19/05/1990", "LA4 6QE")
person("zdean", "Dean Coulthard", "01/01/1988", "LA4 4SF")
course("missed_stalking", "non_crime_records", "zlaura", "zdean",
       "ex-partner; suspicious circs and incident logs, then a breach of NMO", [
    crime("e6a", "04/07/2026 23:15", "", "Suspicious circs", """
        Laura called: Dean C seen on the sea front opp her flat in Morecambe at 11pm,
        not doing anything, just there.""",
          m("zlaura", "SHARPLES, Laura"), m("zdean", "COULTHARD, Dean"), **DA),
    crime("e6b", "15/07/2026 07:40", "", "Incident - no crime", """
        DEAN COULTHARD reported sitting in the McDonalds opp Laura's work car park at
        6.30am as she arrived.""",
          m("zlaura", "SHARPLES, Laura"), m("zdean", "COULTHARD, Dean"), **DA),
    crime("e6c", "28/07/2026 12:00", "", "Breach of non-molestation order", """
        COULTHARD came within 100m of IP's home contrary to NMO granted June, knocked and
        left a card 'I just want to talk'.""",
          m("zlaura", "SHARPLES, Laura"), m("zdean", "COULTHARD, Dean"), **DA,
          fu=F(team="DA Unit", risk="high", risk_d=0, scr="DASH", scr_d=0)),
])

# ===========================================================================
# B. ordinary split courses (named ex-partner or acquaintance, 2-5 records)
# ===========================================================================
SPLIT = [
    ("zsara", "Sara Kenyon", "05/05/1986", "PR8 1NQ", "zmark", "Mark Kenyon",
     "08/08/1984", "PR8 3SD", "ex-husband", [
         ("f1h", "09/03/2026 12:40", "125/12", "Malicious Comms", "Decree absolute "
          "came through; MARK KENYON texted Sara 'paper means nothing, you're still mine'."),
         ("f1a", "06/07/2026 18:00", "8L", "Harassment", "Ex-husband MARK KENYON keeps "
          "ringing from his mum's phone since she blocked his; 8 calls Sunday."),
         ("f1b", "19/07/2026 09:00", "58C", "Criminal Damage", "Sara's garden gnomes & "
          "hanging baskets smashed. Mark had said 'enjoy your little garden'."),
         ("f1c", "03/08/2026 16:40", "8R", "Public Order s4", "Mark stood at the end of "
          "Sara's drive at Southport shouting that she can't keep him from the house."),
     ]),
    ("zbeth", "Bethany Cowperthwaite", "12/01/1997", "LA22 0DD", "zsam", "Samuel Airey",
     "30/03/1995", "LA22 9ES", "ex-partner", [
         ("f2a", "11/07/2026 21:00", "125/12", "Malicious Comms", "ex samuel airey "
          "sending pics of her old bedroom and 'wish you were here'"),
         ("f2b", "02/08/2026 14:00", "8L", "Harassment", "Susp AIREY turned up at IP's "
          "work (Ambleside hotel) on her day shift and asked for her at reception twice."),
     ]),
    ("zhaf", "Hafsa Rahman", "14/04/1993", "BB1 4LT", "zimran", "Imran Chowdhury",
     "20/06/1990", "BB1 7QD", "ex-partner", [
         ("f3h", "18/11/2025 21:30", "8R", "Public Order s4", "Imran Chowdhury "
          "banged on IP's door after she ended the engagement, refused to go for an hour."),
         ("f3a", "04/07/2026 19:00", "8L", "Harassment", "IP reports ex IMRAN CHOWDHURY "
          "repeatedly arriving at her parents' shop on Whalley Range."),
         ("f3b", "16/07/2026 12:30", "125/12", "Malicious communications",
          "CHOWDHURY posted IP's new mobile number on a dating site."),
         ("f3c", "30/07/2026 20:20", "49E", "Theft", "IP's car log book taken from car; "
          "IP thinks Imran has a spare key."),
         ("f3d", "14/08/2026 08:00", "8L", "Harassment PHA", "Imran parked outside her "
          "new flat at 7am, stayed until she left, followed her bus in his car."),
     ]),
    ("zjo", "Josie Whiteside", "07/07/1975", "CA12 5PH", "zgraham", "Graham Dixon",
     "15/12/1970", "CA12 4SE", "ex-partner", [
         ("f4a", "09/07/2026 10:00", "125/12", "Malicious Communications", "Graham DIXON "
          "emailing Josie at her Keswick B&B, 20 emails in 2 days, some booking enquiries "
          "under fake names to get her to reply."),
         ("f4b", "24/07/2026 15:00", "8L", "Harassment", "Dixon booked a room at Josie's "
          "B&B under another name and was there when she came in. Refused to leave."),
         ("f4c", "07/08/2026 11:30", "", "Breach of restraining order", "DIXON seen on "
          "camera at the B&B gate, RO granted 30/07."),
     ]),
    ("zeleri", "Eleri Vaughan-Thomas", "26/02/1989", "SA3 4BG", "zmatt", "Matthew Grove",
     "11/04/1987", "SA3 5JJ", "ex-partner", [
         ("f5a", "13/07/2026 20:40", "8R", "S4A", "Ex MATT GROVE screamed abuse at Eleri "
          "in Mumbles after following her from the pier."),
         ("f5b", "27/07/2026 06:50", "58C", "Damage to motor vehicle", "Paint stripper "
          "poured on Eleri's car; Grove had texted 'your car's too nice for you' the day "
          "before."),
         ("f5c", "12/08/2026 19:05", "125/12", "Malicious comms", "Grove sending Eleri "
          "voice notes every night about her new job which she has told nobody about."),
     ]),
    ("zmolly", "Molly Ainscough", "09/09/2001", "WN6 7TU", "zconnor", "Connor Rigby",
     "13/12/2000", "WN6 0RA", "ex-partner", [
         ("f6a", "05/07/2026 23:30", "8L", "Harassment", "ex connor rigby keeps turning up "
          "at molly's nights out in wigan, he isnt invited, knows where she is each time"),
         ("f6b", "26/07/2026 02:00", "105A", "Common assault", "Rigby grabbed Molly's arm "
          "outside a taxi rank and said he'd 'always find her'."),
     ]),
    ("zsue", "Suzanne Prothero", "18/08/1968", "LL28 4TN", "zalan", "Alan Prothero",
     "02/02/1966", "LL28 4TN", "estranged husband", [
         ("f7a", "07/07/2026 14:00", "8L", "Harassment", "Estranged husband ALAN PROTHERO "
          "going through bins at the marital home she still lives in; takes receipts."),
         ("f7b", "21/07/2026 10:15", "", "Computer misuse", "Alan logged into Suzanne's "
          "email and changed the recovery phone to his own."),
         ("f7c", "06/08/2026 16:30", "8L", "Harassment", "Alan phoning Suzanne's "
          "solicitor pretending to be her. Then waited in the solicitor's car park."),
     ]),
    ("zleah", "Leah Thornber", "23/11/1995", "BB8 9LD", "zkyle", "Kyle Duckworth",
     "07/02/1994", "BB8 2WE", "ex-partner", [
         ("f8a", "12/07/2026 17:00", "8R", "Public Order", "Kyle DUCKWORTH shouting at "
          "IP in Colne Tesco car park after appearing behind her in the queue."),
         ("f8b", "23/07/2026 09:30", "125/12", "Malicious comms", "Kyle sent IP's new "
          "boss a msg saying she is a thief."),
         ("f8c", "09/08/2026 13:15", "8L", "Harassment", "Kyle in the car park at IP's "
          "work on 3 consecutive days. Left when security approached."),
     ]),
    ("zgwyn", "Gwyneth Hopkins", "01/05/1958", "SA10 6PJ", "zbrian", "Brian Skeet",
     "29/09/1956", "SA10 7HQ", "acquaintance", [
         ("f9a", "15/07/2026 11:00", "8L", "Harassment", "Widow reports man from her "
          "church (SKEET) calling at her house most days since her husband's funeral "
          "though she asked him not to."),
         ("f9b", "31/07/2026 15:30", "125/9", "Malicious Comms", "Skeet sent a letter "
          "saying he watches her bedroom light go off and she should not be alone."),
     ]),
    ("zholly", "Holly Grainger", "16/03/1999", "CA3 9NW", "zjosh", "Joshua Routledge",
     "05/05/1998", "CA3 0QF", "ex-partner", [
         ("f10a", "08/07/2026 22:10", "125/12", "Malicious comms", "Ex JOSH ROUTLEDGE "
          "made a spotify playlist titled with Holly's address and shared it with her."),
         ("f10b", "22/07/2026 08:45", "8L", "Harassment", "Josh sat at the next table in "
          "the café where Holly has breakfast before work, every day this week."),
         ("f10c", "05/08/2026 18:30", "8R", "S4 Public Order", "Josh threw her old "
          "letters at her front door and said he'd be back tomorrow and the day after."),
         ("f10d", "20/08/2026 09:10", "58C", "Crim dam", "Holly's wing mirror smashed; Josh "
          "seen on the street at 4am by neighbour."),
     ]),
]
for vkey, vname, vdob, vpc, skey, sname, sdob, spc, rel, records in SPLIT:
    person(vkey, vname, vdob, vpc)
    person(skey, sname, sdob, spc)
    domestic = "Y" if "ex" in rel or "husband" in rel else "N"
    course("missed_stalking", "split_course", vkey, skey,
           f"{rel}; {len(records)} records under other offences", [
               crime(key, when, code, offence, text, m(vkey), m(skey), rel=rel,
                     da=domestic, fu=F(team="Response", risk="standard", risk_d=1))
               for key, when, code, offence, text in records])

# ===========================================================================
# C. recorded stalking
# ===========================================================================
person("zrebecca", "Rebecca Gornall", "10/10/1991", "PR3 1BL")
person("zstuart", "Stuart Bamber", "06/06/1988", "PR3 2AD")
course("recorded_stalking", "recorded_stalking", "zrebecca", "zstuart",
       "harassment then stalking s2A", [
    crime("g1a", "02/07/2026 19:00", "8L", "Harassment", """
        Ex STUART BAMBER messaging Rebecca daily since split.""",
          m("zrebecca"), m("zstuart"), **DA, fu=F(team="Response")),
    crime("g1b", "20/07/2026 12:00", "8/65", "Stalking - s2A PHA 1997", """
        Bamber following IP to work, waiting outside Garstang surgery where she works,
        msgs continuing. Re-crimed as stalking by DA unit. SPO considered.""",
          m("zrebecca"), m("zstuart"), **DA,
          fu=F(team="DA Unit", risk="high", risk_d=0, scr="S-DASH", scr_d=0, spo="applied")),
])
person("zmair", "Mair Edwards", "15/09/1970", "LL65 1UE")
person("zemlyn", "Emlyn Roberts-Hughes", "03/03/1960", "LL65 3HH")
single("recorded_stalking", "recorded_stalking", "zmair", "zemlyn", "stalking 4A fear",
       crime("g2a", "06/08/2026 10:00", "8/66", "Stalking involving fear of violence", """
        Former neighbour watching IP's house in Holyhead and threatening her. s4A.""",
             m("zmair"), m("zemlyn"), rel="neighbour",
             fu=F(team="CID", risk="high", risk_d=0, scr="S-DASH", scr_d=0)))
person("zlucy", "Lucy Mercer", "28/02/1987", "CA20 1PF")
person("zandrew", "Andrew Steel", "12/12/1984", "CA20 1XX")
course("recorded_stalking", "recorded_stalking", "zlucy", "zandrew",
       "malicious comms then a DA record flagged stalking", [
    crime("g3a", "11/07/2026 20:00", "125/12", "Malicious Communications", """
        Andrew STEEL sending Lucy msgs from several numbers.""",
          m("zlucy"), m("zandrew"), **DA, fu=F(team="Response")),
    crime("g3b", "01/08/2026 09:00", "8L", "Harassment", """
        Steel turned up at Lucy's home in Seascale again. Flagged for stalking review.""",
          m("zlucy"), m("zandrew"), **DA, flags="DA; Stalking",
          fu=F(team="DA Unit", risk="medium", risk_d=0)),
])
person("zbryn", "Bryn Llewellyn", "19/04/1983", "SA11 2QD")
single("recorded_stalking", "recorded_stalking", "zbryn", None, "unknown stalker, 8Q",
       crime("g4a", "16/08/2026 14:30", "8Q", "Stalking", """
        Male IP receiving parcels, flowers and messages at home from unknown person for
        two months. No suspect identified.""",
             m("zbryn"), rel="unknown", fu=F(team="CID", risk="medium", risk_d=2)))

# ===========================================================================
# D. one-record courses: one narrative describes the whole course in words
# ===========================================================================
# (key, recorded, code, offence, narrative, victim, suspect or "", relationship)
ONE_RECORD = [
    ("h01", "03/07/2026 10:20", "8L", "Harassment",
     "IP states ex-partner has sent between 60 and 70 whatsapps a day since she left him "
     "at Easter, and has been outside her sister's house on at least six nights.",
     "Tegan Hartley", "Lewis Brindle", "ex-partner"),
    ("h02", "05/07/2026 14:00", "125/12", "Malicious Communications",
     "Victim says susp rings her mobile approx twenty times every evening, has done "
     "since 1st June, and leaves voicemails saying he can see her car.",
     "Ruth Aspinall", "Neil Cartmell", "ex-partner"),
    ("h03", "07/07/2026 19:45", "8R", "Public Order s4A",
     "i have seen him at the end of my road 11 times in the last three weeks. he just "
     "stands there. today he shouted my name. im scared to go out.",
     "Zara Holden", "Ashley Pilling", "ex-partner"),
    ("h04", "09/07/2026 08:30", "58C", "Criminal Damage",
     "Tyres let down for the fourth time since May. IP's ex admitted by text 'you'll "
     "keep walking to work till you talk to me'. He also waits at the bus stop most "
     "mornings.",
     "Ceinwen Morgan", "Gavin Price-Davies", "ex-partner"),
    ("h05", "10/07/2026 16:15", "8L", "Harrassment",
     "Informant (victim's mum) reports daughter's former boyfriend has parked opposite "
     "their house on five evenings out of the last seven, and messages the daughter "
     "hourly through the night.",
     "Millie Haworth", "Reece Holt", "ex-partner"),
    ("h06", "12/07/2026 11:00", "125/12", "Malicious Comms",
     "Injured party received approx 300 emails over 2 months from a former client, "
     "some describing her house & her children's school. She has told him repeatedly "
     "to stop.",
     "Donna Marsden", "Philip Rawcliffe", "professional"),
    ("h07", "14/07/2026 21:30", "8L", "Harassment",
     "IP says since the breakup in Feb her ex has turned up at her work on no fewer "
     "than 9 occasions, follows her home in his car, and phones her parents weekly.",
     "Llinos Hughes", "Owain Jarman", "ex-partner"),
    ("h08", "16/07/2026 09:10", "8L", "Harassment",
     "Aggrieved reports a male she met once at a wedding in March has messaged her "
     "daily on every platform, appeared at her gym most Tuesdays and Thursdays, and "
     "sent flowers to her office three times.",
     "Catrin Lewis", "Rob Ogden", "acquaintance"),
    ("h09", "18/07/2026 17:40", "105A", "Common Assault",
     "Susp grabbed IP's wrist outside her flat. Per IP this is the end of months of "
     "him hanging around - she estimates he has been outside the flat twice a week "
     "since April and calls her constantly.",
     "Kayleigh Barnes", "Darren Gaskell", "ex-partner"),
    ("h10", "20/07/2026 12:25", "8L", "Harassment",
     "complainant says her ex boss texts her every night without fail since she "
     "resigned 6 wks ago, and has driven past her new workplace repeatedly",
     "Samira Hussain", "Trevor Lund", "colleague"),
    ("h11", "22/07/2026 15:50", "125/12", "Malicious Communications",
     "45-50 calls a day, every day for the last fortnight, from the ex. He also left "
     "a note on her windscreen at Morrisons saying he knew she'd be there.",
     "Jodie Clough", "Scott Pennington", "ex-partner"),
    ("h12", "24/07/2026 20:00", "8R", "Public Order",
     "IP's former lodger has come to her door on three separate weekends since moving "
     "out, shouting that he loves her; sends cards through the post every week.",
     "Irene Mawdsley", "Kenneth Lea", "acquaintance"),
    ("h13", "26/07/2026 13:30", "8L", "Harassment",
     "Victim (male) reports his ex-wife has contacted him over and over since July 2025 "
     "- emails, calls, calling at his flat - and has turned up at his son's football "
     "matches to watch him rather than the boy.",
     "Geraint Wyn", "Alison Wyn", "ex-partner"),
    ("h14", "28/07/2026 09:00", "58C", "Criminal damage",
     "IP's car scratched outside her home. She says her ex has been seen in the street "
     "on eight nights this month and nightly messages ask who she's with.",
     "Stacey Aldred", "Jordan Cowell", "ex-partner"),
    ("h15", "30/07/2026 18:00", "125/12", "Malicious Comms",
     "snapchat, insta, fb, texts - roughly 100 msgs a week since she finished with him in "
     "june. turned up o/s her uni halls twice. she has changed her number once.",
     "Ellie Fishwick", "Harvey Shorrock", "ex-partner"),
    ("h16", "01/08/2026 10:40", "8L", "Harassment",
     "Former friend follows IP round town most Saturdays for the past couple of months "
     "and posts about where she's been the same day.",
     "Nerys Price", "Kelly Ashton", "acquaintance"),
    ("h17", "03/08/2026 22:15", "8L", "Harassment",
     "IP reports man from the allotments has waited by her plot every day she has gone "
     "since spring, follows her to the car, and has left 12 letters at her gate.",
     "Margaret Bleasdale", "Ronald Thistlethwaite", "acquaintance"),
    ("h18", "05/08/2026 07:55", "8R", "S4A POA",
     "ex sat outside her house in Penarth 3 nights last week, and 4 the week before. "
     "texts at 3am asking why her light is on.",
     "Caitlin Rowlands", "Ieuan Phelps", "ex-partner"),
    ("h19", "07/08/2026 16:20", "125/12", "Malicious Communications",
     "IP's ex-girlfriend has made a new instagram account to contact him each time he "
     "blocks one - 14 accounts since May - and has sent him photos of his new partner's "
     "house.",
     "Connor Pye", "Shannon Hesketh", "ex-partner"),
    ("h20", "09/08/2026 11:10", "8L", "Harassment",
     "OIC summary: susp has attended IP's address on numerous occasions since 2025 "
     "(IP estimates 30+), calls and texts dozens of times daily, and has followed her "
     "to family members' homes. IP afraid to be alone.",
     "Joanne Whittaker", "Paul Rostron", "ex-partner"),
    ("h21", "11/08/2026 14:45", "8L", "Harassment",
     "Victim says a customer from the bank branch she works at waits outside every "
     "lunchtime, has done for the last month, and has tried to follow her onto the "
     "train home twice.",
     "Anjali Mistry", "Graham Tootell", "stranger"),
    ("h22", "13/08/2026 19:00", "125/12", "Malicious Comms",
     "He rings and rings - at least 15 times each night since we split up in April. "
     "Last week he was at my mum's door at midnight asking if I was there.",
     "Lisa Critchlow", "Gary Duxbury", "ex-partner"),
    ("h23", "15/08/2026 09:30", "58C", "Criminal damage - dwelling",
     "Plant pots knocked over and door kicked; IP says ex does this 'most weekends' and "
     "walks past her window several times a day since she changed the locks.",
     "Rachel Entwhistle", "Lee Howarth", "ex-partner"),
    ("h24", "17/08/2026 17:35", "8L", "Harassment",
     "IP states a male she rejected on a dating app has found her on linkedin, emailed "
     "her work address 20+ times in 3 weeks, and sat outside her office on two "
     "occasions.",
     "Elinor Thomas", "Mark Bassett", "acquaintance"),
    ("h25", "19/08/2026 12:00", "8L", "Harassment",
     "Neighbour across the road photographs IP through her window daily and follows her "
     "to the shop most evenings; has done so since March.",
     "Sharon Pickup", "Derek Gillibrand", "neighbour"),
    ("h26", "21/08/2026 20:30", "8R", "Public Order",
     "IP reports her ex constantly turns up at the gym and the school run; she counts "
     "seven times since the start of August. Today he swore at her.",
     "Bronwen Davies", "Carl Mossop", "ex-partner"),
    ("h27", "24/08/2026 10:10", "125/12", "Malicious Communications",
     "the informant says her former partner has phoned her workplace 4-5 times a day "
     "for weeks asking which shift she is on and has been seen in the car park.",
     "Amy Lancaster", "Nathan Farrimond", "ex-partner"),
    ("h28", "27/08/2026 15:25", "8L", "Harassment",
     "Susp has messaged IP every single day since Christmas despite being told no, and "
     "has turned up at her new flat on more than one occasion.",
     "Yvonne Bradshaw", "Tony Eckersley", "ex-partner"),
]
for key, when, code, offence, text, vname, sname, rel in ONE_RECORD:
    vkey, skey = f"v{key}", f"s{key}"
    person(vkey, vname, f"{1 + bc.stable(vkey, 28):02d}/{1 + bc.stable(vkey + 'm', 12):02d}/"
           f"{1960 + bc.stable(vkey + 'y', 45)}", f"PR{1 + bc.stable(vkey, 9)} 1AB")
    person(skey, sname, f"{1 + bc.stable(skey, 28):02d}/{1 + bc.stable(skey + 'm', 12):02d}/"
           f"{1958 + bc.stable(skey + 'y', 45)}", f"LA{1 + bc.stable(skey, 9)} 2CD")
    single("missed_stalking", "one_record_course", vkey, skey, "one record describes a course",
           crime(key, when, code, offence, text, m(vkey), m(skey), rel=rel,
                 da="Y" if rel == "ex-partner" else "N",
                 fu=F(team="Response", risk="standard", risk_d=1)))

# ===========================================================================
# E. hard negatives (not_stalking)
# ===========================================================================

# -- E1. single records that mention numbers innocently -----------------------
INNOCENT = [
    ("i01", "04/07/2026 02:10", "58C", "Criminal damage to vehicles",
     "3 vehicles damaged on Marine Drive overnight, wing mirrors kicked off. 2 males "
     "seen running towards the prom. No further lines.", "Ian Wilkinson", ""),
    ("i02", "08/07/2026 13:40", "105A", "Common assault",
     "Victim aged 14 pushed over by another pupil at the bus station. Both known to "
     "each other from school, first incident, parents informed.", "Ellis Parkinson",
     "Tyler Haslam"),
    ("i03", "13/07/2026 23:55", "8R", "Public Order s5",
     "Drunk male in flat 12 shouting at neighbours in the stairwell, called 999 twice "
     "before officers arrived. Male arrested, calm in custody.", "Beverley Nolan",
     "Martin Hurst"),
    ("i04", "19/07/2026 09:20", "49E", "Theft - other",
     "5 bikes taken from the shed at 22 Church Walk over the weekend, approx value £2,400. "
     "Lock cut. 1 bike later found on the canal towpath.", "Marcus Lees", ""),
    ("i05", "25/07/2026 16:00", "125/12", "Malicious Communications",
     "One abusive comment posted under IP's Facebook post about the parish council "
     "meeting on the 3rd. No previous contact with the poster, no further posts in 10 "
     "days since.", "Wendy Crabtree", "Philip Dunkerley"),
    ("i06", "30/07/2026 11:45", "3B", "Burglary - business",
     "Garage at unit 7 broken into, 40 litres diesel and 2 strimmers taken. Third "
     "business on the industrial estate hit this year - different offenders suspected.",
     "Dilwyn Evans", ""),
    ("i07", "04/08/2026 20:30", "8L", "Harassment",
     "IP received 2 messages from a former colleague about money owed (£30) for a "
     "leaving gift. No threats. IP paid and no further contact. Words of advice.",
     "Leanne Mather", "Gemma Tomlinson"),
    ("i08", "10/08/2026 07:15", "58C", "Criminal Damage",
     "Window at No. 9 smashed by a football, 6 kids playing on the green, one admits it "
     "and his dad has offered to pay. Restorative outcome.", "Ken Yates", "Noah Cookson"),
    ("i09", "16/08/2026 18:05", "105A", "Assault - common",
     "Fight between 2 groups of approx 8 lads outside Wetherspoons at closing. IP hit "
     "once by unknown male. Declined to support.", "Callum Dyson", ""),
    ("i10", "22/08/2026 12:30", "49F", "Theft of pedal cycle",
     "IP's bike taken from outside the library while she was inside for 20 mins. Every "
     "day she leaves it there and it has never happened before. No CCTV.",
     "Erin Sutcliffe", ""),
    ("i11", "28/08/2026 21:00", "8R", "Public Order",
     "Taxi driver abused by 3 passengers over the fare, 4 times they refused to pay. "
     "All 3 later paid at the station.", "Tariq Mahmood", "Jake Moorcroft"),
    ("i12", "02/09/2026 10:00", "125/12", "Malicious comms",
     "Scam text received by IP claiming to be from the bank - 'your account will be "
     "closed in 24 hours'. Several neighbours in sheltered housing had the same.",
     "Eileen Rimmer", ""),
]
for key, when, code, offence, text, vname, sname in INNOCENT:
    vkey = f"v{key}"
    person(vkey, vname, f"{1 + bc.stable(vkey, 28):02d}/0{1 + bc.stable(vkey, 9)}/"
           f"{1950 + bc.stable(vkey + 'y', 60)}", f"SA{1 + bc.stable(vkey, 9)} 3EF")
    skey = None
    if sname:
        skey = f"s{key}"
        person(skey, sname, f"{1 + bc.stable(skey, 28):02d}/1{bc.stable(skey, 3)}/"
               f"{1960 + bc.stable(skey + 'y', 50)}", f"LL{1 + bc.stable(skey, 9)} 4GH")
    single("not_stalking", "innocent_numbers", vkey, skey, "numbers, no course",
           crime(key, when, code, offence, text, m(vkey), m(skey) if skey else (),
                 rel="stranger" if skey else "unknown", da="N",
                 fu=F(team="Response", out="18" if not skey else "1",
                      out_d=3)))

# -- E2. one victim, unrelated crimes (each its own offender) ---------------
person("zpeter", "Peter Wolstenholme", "09/02/1967", "BB5 4DE")
person("zfootballer", "Lewis Dunne", "17/07/1996", "M40 2XQ")
single("not_stalking", "unrelated_crimes_one_victim", "zpeter", None, "car stolen from drive",
       crime("j1a", "03/07/2026 07:00", "48", "Theft of motor vehicle", """
        IP's Range Rover taken from driveway overnight, keyless relay suspected. No
        suspect.""", m("zpeter"), rel="unknown", fu=F(team="Crime Bureau", out="18",
                                                       out_d=5)))
single("not_stalking", "unrelated_crimes_one_victim", "zpeter", "zfootballer",
       "assaulted by a stranger at a football match",
       crime("j1b", "15/08/2026 17:30", "105A", "Common assault", """
        IP punched by an away fan at Ewood Park after the final whistle. Steward ID'd the
        fan from CCTV, season ticket holder.""", m("zpeter"), m("zfootballer"),
             rel="stranger", fu=F(team="Response", out="1", out_d=20)))
single("not_stalking", "unrelated_crimes_one_victim", "zpeter", None, "burglary by two masked males",
       crime("j1c", "02/09/2026 03:10", "28E", "Burglary - residential", """
        Two males in balaclavas entered through the back door while IP asleep, took
        jewellery and the new car keys. Ring doorbell footage.""", m("zpeter"),
             rel="unknown", fu=F(team="CID", out="18", out_d=30)))
person("zolwen", "Olwen Daniel", "27/12/1981", "SA6 8PL")
person("zteen", "Kai Mordecai", "02/02/2009", "SA6 1AA")
single("not_stalking", "unrelated_crimes_one_victim", "zolwen", None, "purse stolen in town",
       crime("j2a", "10/07/2026 12:00", "49E", "Theft from the person", """
        Purse taken from IP's handbag in Swansea market. No suspect.""", m("zolwen"),
             rel="unknown", fu=F(team="Crime Bureau", out="18", out_d=1)))
single("not_stalking", "unrelated_crimes_one_victim", "zolwen", "zteen", "youth damages car",
       crime("j2b", "28/07/2026 20:00", "58C", "Criminal damage", """
        Youths kicking a ball against IP's car, one (MORDECAI, 17) dented the door.
        Mother apologised.""", m("zolwen"), m("zteen"), rel="stranger",
             fu=F(team="Response", out="8", out_d=10)))
single("not_stalking", "unrelated_crimes_one_victim", "zolwen", None, "online shopping fraud",
       crime("j2c", "19/08/2026 15:00", "53C", "Fraud by false representation", """
        IP paid £120 for a fridge on marketplace, never arrived, seller account deleted.
        Action Fraud ref obtained.""", m("zolwen"), rel="unknown",
             fu=F(team="Crime Bureau", out="18", out_d=2)))

# -- E3. a shop with many thefts by different people --------------------------
person("zbooths", "E H Booth & Co Ltd", kind="organisation")
for n, (name, dob, pc, when, text) in enumerate([
        ("Shane Hodgkinson", "04/04/1985", "PR1 2BB", "05/07/2026 11:00",
         "Male took 4 steaks and a bottle of gin, detained by security."),
        ("Tracey Ball", "12/03/1979", "PR2 1CC", "19/07/2026 15:20",
         "Female concealed 12 packs of razor blades in a bag for life."),
        ("Shane Hodgkinson", "04/04/1985", "PR1 2BB", "02/08/2026 10:40",
         "Same male as last month, 6 joints of lamb this time, walked past the tills."),
        ("Liam Fogg", "08/08/1999", "PR5 6DD", "14/08/2026 18:00",
         "Youth took energy drinks x 8, known to staff."),
        ("Kerry Wilde", "30/10/1990", "PR1 9EE", "27/08/2026 12:15",
         "Two bottles of prosecco and cheese, banned from store previously."),
        ("Dominic Saul", "16/01/1972", "PR3 4FF", "08/09/2026 16:30",
         "Male filled a trolley with coffee and left via fire exit."),
        ("Tracey Ball", "12/03/1979", "PR2 1CC", "20/09/2026 09:30",
         "Female again, baby formula x 10."),
]):
    key = "shop" + name.split()[0].lower()
    if key not in bh.PEOPLE:
        person(key, name, dob, pc)
    ref = crime(f"k{n}", when, "46", "Shoplifting", f"Booths Preston reports: {text}",
                m("zbooths"), m(key), rel="none", fu=F(team="Crime Bureau", out="1",
                                                       out_d=14))
    existing = [co for co in bh.COURSES if co.victim == "zbooths" and co.suspect == key]
    if existing:
        existing[0].crimes.append(ref)
    else:
        course("not_stalking", "shop_many_thefts", "zbooths", key, "shoplifting", [ref])

# -- E4. neighbour disputes with counter-allegations --------------------------
for n, (a, b, pc, events) in enumerate([
        (("Keith Marr", "02/06/1961"), ("Gordon Slater", "19/09/1958"), "CA11 7QR", [
            ("a", "06/07/2026 10:00", "58C", "Criminal damage",
             "Hedge cut back on boundary without consent, roots poisoned."),
            ("b", "07/07/2026 11:30", "8R", "Public order",
             "Neighbour swore at him over the hedge in front of grandchildren."),
            ("a", "30/07/2026 09:00", "8L", "Harassment",
             "Says neighbour's CCTV points into his garden; land registry dispute ongoing."),
        ]),
        (("Tina Riley", "25/05/1980"), ("Michelle Quayle", "05/11/1983"), "LL12 8SS", [
            ("a", "12/07/2026 22:30", "8R", "Public Order s4",
             "Loud music until 2am from No 14; when IP complained she was threatened."),
            ("b", "13/07/2026 08:00", "8R", "Public Order",
             "Counter-allegation: No 12 banged on her door at midnight screaming."),
        ]),
        (("Hywel Bevan", "11/03/1955"), ("Raymond Pike", "22/12/1960"), "SA9 2RR", [
            ("a", "20/07/2026 14:00", "58C", "Crim damage",
             "Parking dispute - IP's car mirror pushed in after he parked across the drop "
             "kerb."),
            ("b", "21/07/2026 18:30", "105A", "Common assault",
             "Pike says Bevan pushed him during the row about parking."),
            ("b", "02/08/2026 10:00", "58C", "Criminal damage",
             "Pike's bins tipped over; blames Bevan. No witnesses."),
        ]),
]):
    ka, kb = f"nb{n}a", f"nb{n}b"
    person(ka, a[0], a[1], pc)
    person(kb, b[0], b[1], pc)
    pair_crimes = {"a": [], "b": []}
    for i, (who, when, code, offence, text) in enumerate(events):
        vic, sus = (ka, kb) if who == "a" else (kb, ka)
        pair_crimes[who].append(crime(f"nb{n}{i}", when, code, offence, text, m(vic),
                                      m(sus), rel="neighbour",
                                      fu=F(team="Neighbourhood", out="16", out_d=7)))
    course("not_stalking", "neighbour_counter_allegations", ka, kb,
           "mutual neighbour dispute", pair_crimes["a"])
    course("not_stalking", "neighbour_counter_allegations", kb, ka,
           "mutual neighbour dispute (counter-allegation)", pair_crimes["b"])

# -- E5. namesakes: father and son at one address -----------------------------
for n, (name, dad_dob, son_dob, pc, victim, dad_text, son_text) in enumerate([
        ("John Pritchard", "14/05/1962", "09/10/1991", "LL13 7HP", "Gail Foulkes",
         "Driver (PRITCHARD John, the father) reversed into IP's car at Aldi and drove off; "
         "traced via VRM.",
         "PRITCHARD John (the son) sent IP, his ex-girlfriend's friend, one rude message "
         "after a night out; apologised next day."),
        ("Terry Holroyd", "01/01/1958", "15/06/1986", "BB10 3TT", "Patrick Mullen",
         "Holroyd senior threatened a taxi driver over the fare, once.",
         "Terry HOLROYD jnr kicked a door at a party in a row over a game."),
        ("Idris Jones", "21/08/1964", "30/04/1995", "SA70 7NB", "Mererid Rhys",
         "Idris JONES (dad) shouted at a parking warden on Tenby harbour.",
         "Idris Jones (son, 31) threw a pint at a bouncer in Tenby."),
]):
    dad, son, vic = f"ns{n}d", f"ns{n}s", f"ns{n}v"
    person(dad, name, dad_dob, pc)
    person(son, name, son_dob, pc)
    person(vic, victim, f"1{n}/0{n + 2}/1980", "LL14 9AA")
    single("not_stalking", "namesake_father_son", vic, dad, "father, one incident",
           crime(f"ns{n}a", f"{10 + n}/07/2026 14:00", "8R", "Public Order", dad_text,
                 m(vic), m(dad), rel="stranger", fu=F(team="Response", out="16", out_d=4)))
    if n < 2:  # the son's crime has the same victim: only the shared name links them
        single("not_stalking", "namesake_father_son", vic, son, "son, one incident",
               crime(f"ns{n}b", f"{15 + n}/08/2026 23:00", "58C" if n else "125/12",
                     "Criminal damage" if n else "Malicious communications", son_text,
                     m(vic), m(son, dob=""), rel="acquaintance",
                     fu=F(team="Response", out="16", out_d=4)))
    else:
        other = f"ns{n}o"
        person(other, "Gethin Bowditch", "03/03/1990", "SA70 7XX")
        single("not_stalking", "namesake_father_son", other, son, "son, one incident",
               crime(f"ns{n}b", "22/08/2026 01:00", "105A", "Common assault", son_text,
                     m(other), m(son, dob=""), rel="stranger",
                     fu=F(team="Response", out="1", out_d=9)))

# -- E6. one victim, two different ex-partners (one incident each) ------------
for n, (victim, vdob, ex1, ex1dob, ex2, ex2dob, text1, text2) in enumerate([
        ("Kirsty Ogden", "04/09/1990", "Ben Marsh", "12/12/1987", "Dale Fenton",
         "03/03/1985", "Ex BEN MARSH kept her dog after split and swore at her when she "
         "collected it. One-off.", "Another ex (FENTON) posted one nasty comment on her "
         "photo; deleted it when asked."),
        ("Ffion Baines", "18/02/1994", "Osian Rowe", "07/07/1993", "Tom Kellett",
         "09/09/1991", "First ex Osian ROWE damaged her phone in an argument at a "
         "party in 2025, since moved to Cardiff, no contact.", "Tom KELLETT, her ex of 2 "
         "yrs ago, pushed her during a row at a mutual friend's wedding; no other "
         "contact."),
        ("Danielle Stott", "23/06/1988", "Ricky Walmsley", "15/01/1986", "Aaron Heap",
         "28/10/1989", "Ex partner WALMSLEY sent one abusive text after she refused to "
         "lend him money. Nothing since.", "Ex partner HEAP kicked her car door once when "
         "collecting his stuff. Nothing since."),
]):
    vk, e1, e2 = f"tx{n}v", f"tx{n}a", f"tx{n}b"
    person(vk, victim, vdob, f"CA{n + 4} 5LL")
    person(e1, ex1, ex1dob, f"CA{n + 4} 6MM")
    person(e2, ex2, ex2dob, f"LA{n + 4} 7NN")
    single("not_stalking", "two_ex_partners", vk, e1, "first ex, one incident",
           crime(f"tx{n}1", f"0{n + 2}/07/2026 19:00", "125/12" if n != 1 else "58C",
                 "Malicious Comms" if n != 1 else "Criminal damage", text1,
                 m(vk), m(e1), **DA, fu=F(team="Response", risk="standard", risk_d=0,
                                          out="16", out_d=3)))
    single("not_stalking", "two_ex_partners", vk, e2, "second ex, one incident",
           crime(f"tx{n}2", f"2{n}/08/2026 20:00", "8R" if n != 1 else "105A",
                 "Public Order" if n != 1 else "Common assault", text2,
                 m(vk), m(e2), **DA, fu=F(team="Response", risk="standard", risk_d=0,
                                          out="16", out_d=3)))

# -- E7. repeated but lawful or not stalking ---------------------------------
person("zcopar1", "Jenna Holcroft", "15/10/1989", "WN5 8PP")
person("zcopar2", "Adam Holcroft", "20/12/1987", "WN5 9QQ")
course("not_stalking", "lawful_repeated_contact", "zcopar1", "zcopar2",
       "co-parenting: messages about contact handovers", [
    crime("l1a", "06/07/2026 18:00", "8L", "Harassment", """
        IP says ex texts her several times a week about the children's handovers and
        school shoes. Messages seen - polite, all about the kids per the court order.
        NFA, advised to use a parenting app.""", m("zcopar1"), m("zcopar2"), **DA,
          fu=F(team="Response", risk="standard", risk_d=0, out="16", out_d=1)),
    crime("l1b", "12/08/2026 17:00", "", "Domestic incident - non crime", """
        Row at handover at McDonalds over a late pick-up. Both calm on arrival, no
        offences. Contact arrangement continues.""", m("zcopar1"), m("zcopar2"), **DA),
])
person("zdebt", "Howard Eccles", "02/04/1966", "BB12 6RT")
person("zagency", "Lowton Credit Recovery Ltd", kind="organisation")
course("not_stalking", "lawful_repeated_contact", "zdebt", "zagency",
       "debt collector: repeated letters and calls about a loan", [
    crime("l2a", "09/07/2026 11:00", "8L", "Harassment", """
        IP says a debt collection agency has phoned him every day for 2 weeks and sent
        4 letters about a catalogue debt. Debt is genuine. Advised FCA / complaint route.
        No offence.""", m("zdebt"), m("zagency"), rel="none",
          fu=F(team="Crime Bureau", out="16", out_d=1)),
    crime("l2b", "05/08/2026 10:30", "", "Information report", """
        Same agency now visited his door twice; agent polite, left card. Civil matter.""",
          m("zdebt"), m("zagency"), rel="none"),
])
person("zmp", "Councillor Alwyn Pryce", "14/11/1959", "LL32 8HT")
person("zjourno", "Rhiannon Gale", "06/06/1984", "CH1 2AB")
course("not_stalking", "lawful_repeated_contact", "zmp", "zjourno",
       "journalist: repeated requests for comment on a planning story", [
    crime("l3a", "13/07/2026 15:00", "8L", "Harassment", """
        Cllr reports a reporter from the Daily Post has emailed and phoned him 6 times
        this week and came to the council offices asking for comment about the
        planning row. Reviewed: legitimate journalism, no threats, NFA.""",
          m("zmp"), m("zjourno"), rel="professional", fu=F(team="Response", out="16",
                                                            out_d=2)),
    crime("l3b", "20/08/2026 12:00", "", "Incident - no crime", """
        Same reporter doorstepped him outside his home for a quote, left when asked.""",
          m("zmp"), m("zjourno"), rel="professional"),
])
person("zstudent", "Harriet Moss", "19/05/2007", "LA1 3YY")
person("zstudentmum", "Pauline Moss", "21/02/1972", "CA8 1DD")
course("not_stalking", "lawful_repeated_contact", "zstudent", "zstudentmum",
       "worried parent: calls and a welfare visit to a student daughter", [
    crime("l4a", "02/09/2026 22:30", "", "Concern for welfare - incident only", """
        Mum rang 101: daughter at Lancaster uni has not answered for 3 days; mum has
        called her 30+ times. Officers attended halls, daughter fine, phone broken.""",
          m("zstudent"), m("zstudentmum"), rel="family"),
    crime("l4b", "20/09/2026 21:00", "8L", "Harassment", """
        Daughter reports mum keeps turning up at halls unannounced since she started
        uni and texts all day. Mum worried about her health. Family matter, NFA,
        both advised.""", m("zstudent"), m("zstudentmum"), rel="family",
          fu=F(team="Response", out="16", out_d=1)),
])
person("ztenant", "Lee Ackroyd", "10/10/1980", "BB6 7AA")
person("zbailiff", "Marston Enforcement Agents", kind="organisation")
course("not_stalking", "lawful_repeated_contact", "ztenant", "zbailiff",
       "enforcement agents: several lawful visits for council tax arrears", [
    crime("l5a", "15/07/2026 09:00", "8L", "Harassment", """
        IP says enforcement agents have called at his house 5 times in a month about
        council tax. Warrant seen, lawful. Advised.""", m("ztenant"), m("zbailiff"),
          rel="none", fu=F(team="Response", out="16", out_d=1)),
    crime("l5b", "06/08/2026 08:40", "", "Incident - no crime", """
        Enforcement agent attended again with body cam; IP refused entry. Civil.""",
          m("ztenant"), m("zbailiff"), rel="none"),
])
person("zcoach", "Sioned Roberts", "01/08/1990", "SA5 5EE")
person("zcoachdad", "Robert Thursfield", "25/03/1978", "SA5 9RR")
single("not_stalking", "lawful_repeated_contact", "zcoach", "zcoachdad",
       "parent emailing a coach repeatedly about team selection",
       crime("l6a", "10/09/2026 19:00", "125/12", "Malicious communications", """
        Netball coach reports a parent has emailed her 9 times in 2 weeks complaining his
        daughter was dropped. Emails are rude but about selection only; club handling.
        No crime.""", m("zcoach"), m("zcoachdad"), rel="acquaintance",
             fu=F(team="Crime Bureau", out="16", out_d=2)))

# ===========================================================================
# F. background: ordinary volume crime across the region
# ===========================================================================
BACKGROUND = [
    ("28E", "Burglary - residential", "Entry via insecure back door in {street}, {item} taken."),
    ("49E", "Theft - other", "{item} taken from an unlocked garden shed on {street}."),
    ("46", "Shoplifting", "Male took {item} from {shop}, made off. Store CCTV requested."),
    ("58C", "Criminal damage to vehicle", "Windscreen smashed on {street}, nothing taken."),
    ("45", "Theft from motor vehicle", "{item} taken from a van parked on {street}."),
    ("105A", "Common assault", "Victim punched by {sus} in a queue at {shop}; one-off."),
    ("8R", "Public order s5", "{sus} abusive to staff at {shop} when refused sale."),
    ("48", "Theft of motor vehicle", "Car taken from {street} overnight, keys not taken."),
    ("49F", "Theft of pedal cycle", "Bike taken from the rack at {shop}, lock cut."),
    ("53C", "Fraud", "Victim bought {item} online, never delivered, seller vanished."),
    ("58A", "Criminal damage to dwelling", "Egg thrown at front window on {street}."),
    ("104", "Assault on emergency worker", "{sus} spat at PCSO on {street} when detained."),
    ("92A", "Possession of cannabis", "{sus} stopped on {street}, small amount of cannabis."),
    ("30C", "Burglary - business", "Cash box taken from the office at {shop} overnight."),
    ("802", "Drink driving", "{sus} stopped on {street}, failed roadside breath test."),
]
BG_ITEMS = ["a tablet", "a toolbox", "a pushbike", "cash", "perfume", "a leaf blower",
            "two phones", "a laptop", "a gold chain", "fishing gear", "a speaker"]
BG_SHOPS = ["Spar Kendal", "Aldi Rhyl", "the Londis in Ulverston", "B&Q Carlisle",
            "Home Bargains Chorley", "the Shell garage at Penrith", "Iceland Neath",
            "Boots Bangor", "Asda Burnley"]
BG_STREETS = ["Stricklandgate", "Ffordd Las", "Lowther St", "Heol y Nant", "Scotforth Rd",
              "Market Place", "Stryd Fawr", "Botchergate", "Bryn Road", "Ribbleton Ave"]
BG_FORENAMES = ["Owen", "Tracy", "Dale", "Carol", "Huw", "Joanna", "Kevin", "Menna",
                "Barry", "Delyth", "Shaun", "Rhona", "Lyndon", "Glynis", "Terence"]
BG_SURNAMES = ["Nicholson", "Gwilliam", "Armstrong", "Pritchett", "Haslam", "Meredith",
               "Bell", "Trafford", "Llywelyn", "Charnock", "Fell", "Hartigan", "Irving"]
BG_AREAS = ["CA", "LA", "PR", "BB", "LL", "SA", "CH", "FY"]
BACKGROUND_ROWS = 124


def background_person(i: int, role: str) -> str:
    key = f"bz{role}{i:03d}"
    fore = BG_FORENAMES[(i * 4 + (role == "s") * 5) % len(BG_FORENAMES)]
    sur = BG_SURNAMES[(i * 3 + (role == "s") * 7) % len(BG_SURNAMES)]
    dob = f"{1 + bc.stable(key + 'd', 28):02d}/{1 + bc.stable(key + 'm', 12):02d}/" \
          f"{1948 + bc.stable(key + 'y', 58)}"
    pc = f"{BG_AREAS[bc.stable(key + 'a', len(BG_AREAS))]}{1 + bc.stable(key + 'p', 30)} " \
         f"{1 + bc.stable(key + 'q', 9)}{'ABDEFGHJLNPQRSTUWXYZ'[bc.stable(key + 'r', 20)]}" \
         f"{'ABDEFGHJLNPQRSTUWXYZ'[bc.stable(key + 's', 20)]}"
    person(key, f"{fore} {sur}", dob, pc)
    return key


for i in range(BACKGROUND_ROWS):
    code, offence, text = BACKGROUND[(i * 7) % len(BACKGROUND)]
    victim = background_person(i, "v")
    suspect = background_person(i, "s") if "{sus}" in text else None
    narrative = text.format(
        sus=bh.PEOPLE[suspect].name.split()[-1].upper() if suspect else "",
        item=BG_ITEMS[(i * 5) % len(BG_ITEMS)], shop=BG_SHOPS[(i * 2) % len(BG_SHOPS)],
        street=BG_STREETS[(i * 3) % len(BG_STREETS)])
    if i % 9 == 4:  # some history: 2025 to June 2026
        day = date(2025, 4, 1) + timedelta(days=(i * 41) % 440)
    else:
        day = date(2026, 7, 1) + timedelta(days=(i * 13) % 92)
    when = f"{day:%d/%m/%Y} {(i * 5) % 24:02d}:{(i * 17) % 60:02d}"
    course("not_stalking", "background", victim, suspect, "ordinary volume crime", [
        crime(f"bz{i:03d}", when, code, offence, narrative, m(victim),
              m(suspect) if suspect else (), rel="stranger" if suspect else "unknown",
              da="N", fu=F(team="Response" if suspect else "Crime Bureau",
                           out="1" if suspect and i % 2 else ("18" if not suspect else ""),
                           out_d=3 if not suspect or i % 2 else None))])


# ===========================================================================
# checks and output
# ===========================================================================

def check() -> None:
    in_case = {k for co in bh.COURSES for k in co.crimes}
    orphans = sorted(set(bh.CRIMES) - in_case)
    if orphans:
        raise ValueError(f"crimes in no case: {orphans}")
    for co in bh.COURSES:
        recorded = [bh.is_recorded_stalking(bh.CRIMES[k]) for k in co.crimes]
        if co.label == "missed_stalking":
            if (co.scenario == "one_record_course") != (len(co.crimes) == 1):
                raise ValueError(f"{co.case}: {len(co.crimes)} crimes in a {co.scenario}")
            if any(recorded):
                raise ValueError(f"{co.case}: a crime is recorded as stalking")
        if co.label == "recorded_stalking" and not any(recorded):
            raise ValueError(f"{co.case}: no crime recorded as stalking")
        if co.label == "not_stalking" and any(recorded):
            raise ValueError(f"{co.case}: not_stalking case holds a stalking record")
    for scenario, least in MINIMUM_CASES.items():
        count = sum(co.scenario == scenario for co in bh.COURSES)
        if count < least:
            raise ValueError(f"{scenario}: {count} cases, at least {least} wanted")
    bc.check_parties()  # also: every person a case names exists (via the crimes' parties)


def assign_refs() -> None:
    """Force-wide numbering in recorded order with gaps (other crimes in between)."""
    counters = {2025: 52760, 2026: 3391}
    for c in sorted(bh.CRIMES.values(), key=lambda c: (c.when, c.key)):
        gap = 30 + int(hashlib.sha1(f"hz/{c.key}".encode()).hexdigest()[:6], 16) % 350
        counters[c.when.year] += gap
        c.ref = f"{REF_PREFIX}/{c.when.year % 100:02d}/{counters[c.when.year]:06d}"


def build() -> tuple[str, str, int]:
    return bc.build_with(check, assign_refs)


def main(argv: list[str] | None = None) -> None:
    bc.command(argv, build, HERE, CSV_NAME, LABELS_NAME, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
