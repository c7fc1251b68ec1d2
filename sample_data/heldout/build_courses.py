"""Build the second hand-written held-out set: courses.csv + courses_labels.json.

Written for issues 12 (courses of conduct split across records: unknown-then-named,
suspect name variants, stalking by proxy, unidentified suspects with no shared token,
non-crime records) and 13 (single records that describe a whole course in words, and
records that mention numbers innocently), with hard negatives and ordinary volume crime
around them. Written from the law and guidance and from how people report and record
these behaviours, without reading the detection rules, the synthetic generator or its
sample. No randomness: running it twice gives byte-identical files.

    python sample_data/heldout/build_courses.py            # writes next to this file
    python sample_data/heldout/build_courses.py --out DIR --summary

The helpers (person, m, crime, F, course, add_party, rows and labels rendering) are
imported from build_heldout.py; that module's own cases are cleared first so that only
the cases written here are built. Crime refs are HY/yy/nnnnnn and case ids HC001...,
so nothing collides with the first set (HX/..., HK...).

Non-crime records (scenario non_crime_records and elsewhere) are exported as the generic
format allows: the offence column carries the record type as the force's system titles
it ("Incident - no crime", "Domestic incident - non crime", "Intelligence report",
"Information report", "Found property", "Concern for welfare - incident only",
"ASB - personal (no crime)", "Suspicious circs", "Nuisance calls - no crime"), the offence
code is empty or the non-notifiable marker "NN", and there is no outcome code.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_heldout as bh  # noqa: E402  (the shared helpers; its own cases are cleared)

for registry in (bh.PEOPLE, bh.CRIMES, bh.DUPLICATED):
    registry.clear()
bh.COURSES.clear()

person, org, m, F, add_party = bh.person, bh.org, bh.m, bh.F, bh.add_party
CSV_NAME, LABELS_NAME = "courses.csv", "courses_labels.json"
REF_PREFIX, CASE_PREFIX = "HY", "HC"
SCENARIOS = {
    "missed_stalking": ("unknown_then_named", "suspect_name_variants", "stalking_by_proxy",
                        "unidentified_no_shared_token", "non_crime_records",
                        "one_record_course"),
    "not_stalking": ("unrelated_crimes_one_victim", "shop_many_thefts",
                     "neighbour_counter_allegations", "namesake_father_son",
                     "two_ex_partners", "innocent_numbers", "background"),
    "recorded_stalking": ("recorded_stalking",),
}
ONE_RECORD_SCENARIOS = {"one_record_course"}


def crime(key, recorded, code, offence, narrative, v, s=(), rel="", da="", flags="",
          fu=None, offence_date=""):
    """build_heldout.crime with the offence date last (it is usually empty)."""
    return bh.crime(key, recorded, offence_date, code, offence, narrative, v, s, rel=rel,
                    da=da, flags=flags, fu=fu)


def course(label, scenario, victim, suspect, notes, crimes):
    if scenario not in SCENARIOS[label]:
        raise ValueError(f"scenario {scenario!r} is not a {label} scenario")
    bh.COURSES.append(bh.Course(f"{CASE_PREFIX}{len(bh.COURSES) + 1:03d}", label, scenario,
                                victim, suspect, list(crimes), notes))


# ===========================================================================
# A1. unknown_then_named: early reports have no suspect, a later one names him/her
# ===========================================================================

person("rmaitland", "Rosie Maitland", "17/05/1996", "DE22 3HT")
person("gfenwick", "Gareth Fenwick", "30/01/1992", "DE21 6PL")
course("missed_stalking", "unknown_then_named", "rmaitland", "gfenwick",
       "grey car on her road, then a new instagram account, then the ex is seen at the car", [
    crime("a1a", "04/07/2026 22:41", "", "Incident - no crime", """
        Caller states a grey hatchback has been parked on Ashbourne Rd opp her house for
        approx 2hrs with a male sat in it, engine off, lights off. Car left before patrol
        arrived. No reg. Caller reassured.""",
          m("rmaitland", "Rosie MAITLAND"), rel="", da="",
          fu=F(team="Response")),
    crime("a1b", "19/07/2026 10:05", "8R", "Malicious Communications", """
        IP received msgs on insta from a new acct with no posts ('r0s1e_watcher') saying
        'nice dress last night' and 'u looked lonely in the window'. Acct since deleted.
        IP doesnt know who runs it. Screenshots on file.""",
          m("rmaitland", "MAITLAND, Rosie"), rel="unknown", da="N",
          fu=F(team="Crime Bureau", out="18", out_d=12)),
    crime("a1c", "06/08/2026 19:30", "195/94", "Harassment", """
        IP states ex bf Gareth FENWICK (sep March) has been driving a grey Corsa since
        June - she has now seen him in it at the end of her road tonight. He drove off.
        She now thinks he was the person in the car on 4/7 and behind the insta acct.
        IP wants it recorded. DASH standard.""",
          m("rmaitland", "Rosie Maitland"), m("gfenwick", "FENWICK, Gareth"),
          rel="ex-partner", da="Y",
          fu=F(team="Response", risk="standard", risk_d=0, plan="N")),
])

person("kobi_v", "Abena Owusu", "08/11/1988", "LS8 2QW")
person("kobi_s", "Kwame Mensah", "14/04/1985", "LS7 4DD")
course("missed_stalking", "unknown_then_named", "kobi_v", "kobi_s",
       "flowers left twice by 'unknown', tyre let down, then the estranged husband admits the flowers", [
    crime("a2a", "11/07/2026 08:12", "", "Information report", """
        IP attended front counter. Bunch of lilies left on doorstep 2nd time this wk, no
        card. IP uneasy, no one known to her has a reason. Advised to keep a note.""",
          m("kobi_v", "OWUSU, Abena"), fu=F(team="NPT")),
    crime("a2b", "25/07/2026 07:50", "58C", "Criminal damage to motor vehicle", """
        Near side tyres of IPs Polo deflated o/n while parked on drive, valve caps removed
        and left on bonnet in a neat row. No CCTV. NFA pending info.""",
          m("kobi_v", "Abena OWUSU"), rel="unknown", da="N",
          fu=F(team="Crime Bureau", out="18", out_d=3)),
    crime("a2c", "14/08/2026 16:20", "8L", "Harassment - PHA 1997 s2", """
        IP sep from husband Kwame MENSAH in spring, he moved out. Today he phoned her and
        said 'did you like the lilies, I know you always liked them' and that he 'wont let
        her go that easily'. IP now believes the flowers and the tyres were him. Susp
        not yet spoken to.""",
          m("kobi_v", "OWUSU, Abena"), m("kobi_s", "MENSAH, Kwame"), rel="ex-partner",
          da="Y", fu=F(team="DAIU", risk="medium", risk_d=1)),
])

person("hbeaumont", "Harriet Beaumont", "03/02/2001", "S10 2TN")
person("lstrand", "Lewis Strand", "21/09/1999", "S6 3JJ")
course("missed_stalking", "unknown_then_named", "hbeaumont", "lstrand",
       "fake profile then 'unknown male' at the gym, then the ex is identified from CCTV", [
    crime("a3a", "02/07/2026 13:44", "", "Computer misuse - incident only", """
        caller says someone has made a facebook profile using her photos, name slightly
        different, and has added her work friends. doesnt know who. advised to report to
        fb. no offence disclosed at this time.""",
          m("hbeaumont", "harriet beaumont"), fu=F(team="Control Room")),
    crime("a3b", "17/07/2026 20:02", "", "Suspicious incident", """
        Gym manager reports unknown male, hood up, stood by the glass watching a female
        member (Harriet BEAUMONT) train for around 40 mins, left when staff approached.
        Member shaken. Male not a member.""",
          m("hbeaumont", "BEAUMONT, Harriet"), fu=F(team="Response")),
    crime("a3c", "03/08/2026 11:15", "8L", "Harrassment", """
        OIC update: gym CCTV from 17/07 viewed with IP - she identifies the male as her ex
        Lewis STRAND, rel ended Feb. IP also says STRAND knew the friends who were added
        by the fake fb profile. Susp to be interviewed. IP ok to proceed.""",
          m("hbeaumont", "BEAUMONT, Harriet"), m("lstrand", "STRAND, Lewis"),
          rel="ex-partner", da="Y", fu=F(team="CID", risk="standard", risk_d=0, plan="Y")),
])

person("dkowal", "Dorota Kowalska", "22/12/1983", "PE1 5RL")
person("pnowak", "Pawel Nowak", "09/06/1980", "PE2 8AA")
course("missed_stalking", "unknown_then_named", "dkowal", "pnowak",
       "withheld calls at night, a note through the door, then the ex-husband is named", [
    crime("a4a", "28/06/2026 23:58", "", "Nuisance calls - no crime", """
        IP reporting approx 15 withheld calls tonight, silent when answered. IP unsure who.
        Advised re: call blocking with provider.""",
          m("dkowal", "KOWALSKA, Dorota"), fu=F(team="Control Room")),
    crime("a4b", "09/07/2026 09:30", "8R", "Malicious Comms Act", """
        Handwritten note posted thru IPs letterbox in Polish, translated by IP as 'you
        cannot hide from your husband'. Unsigned. IP is divorced. Note seized.""",
          m("dkowal", "Dorota KOWALSKA"), rel="unknown", da="",
          fu=F(team="Crime Bureau", out="18", out_d=20)),
    crime("a4c", "26/07/2026 14:00", "8L", "Harassment", """
        IP reports ex-husband Pawel NOWAK came to the school gate today though he has no
        contact with the children per court order. He told her he 'knows about the calls
        she gets at night'. IP believes he wrote the note and made the calls. NOWAK says he
        was only passing.""",
          m("dkowal", "KOWALSKA, Dorota"), m("pnowak", "NOWAK, Pawel"), rel="ex-partner",
          da="Y", fu=F(team="DAIU", risk="standard", risk_d=2)),
])

person("jwardle", "Jasmine Wardle", "12/10/1997", "NE4 9XX")
person("tbrack", "Tyler Brack", "05/05/1995", "NE6 1BB")
course("missed_stalking", "unknown_then_named", "jwardle", "tbrack",
       "moped rider twice follows her home, then she sees the ex's moped", [
    crime("a5a", "08/08/2026 00:20", "", "Incident - no crime", """
        Female phoned from her car stating a moped has been behind her since she left work
        at the hospital and is still behind her. Told to drive to the station. Moped peeled
        off at the roundabout. Rider full face helmet, black.""",
          m("jwardle", "WARDLE, Jasmine"), fu=F(team="Control Room")),
    crime("a5b", "16/08/2026 23:55", "", "Suspicious circs", """
        Same caller as 08/08. Black moped again behind her from the hospital car park to
        Westgate Rd, stopped when she stopped. Rider did not remove helmet. No reg.""",
          m("jwardle", "Jasmine WARDLE"), fu=F(team="Response")),
    crime("a5c", "22/08/2026 18:10", "125/9", "Public Order Act s4A", """
        IP states she called at ex partner Tyler BRACKs flat to collect her things and saw
        a black moped with a helmet on it in his hallway. He shouted at her that she 'should
        be careful driving home late'. IP frightened, left. Rel ended 6 wks ago.""",
          m("jwardle", "WARDLE, Jasmine"), m("tbrack", "BRACK, Tyler"), rel="ex-partner",
          da="Y", fu=F(team="Response", risk="medium", risk_d=0)),
])

person("emcintyre", "Eilidh McIntyre", "19/03/1990", "CA1 2PF")
person("cradley", "Colin Radley", "27/07/1971", "CA2 5EE")
course("missed_stalking", "unknown_then_named", "emcintyre", "cradley",
       "parcels ordered in her name, then a man photographing her house, later named as a former client", [
    crime("a6a", "06/07/2026 12:00", "53J", "Fraud by false representation", """
        Victim has received 6 parcels she did not order (clothing, a wedding dress
        catalogue, baby items) paid by a card not hers, addressed to her. Unknown who
        ordered. Action Fraud ref obtained.""",
          m("emcintyre", "McINTYRE, Eilidh"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=4)),
    crime("a6b", "20/07/2026 17:35", "", "Information report", """
        Neighbour of Ms McIntyre called in a middle aged male in a waxed jacket taking
        photos of her front door and car on his phone. Left on foot toward the station.""",
          m("emcintyre", "Eilidh McIntyre"), fu=F(team="NPT")),
    crime("a6c", "02/08/2026 10:40", "8L", "Harassment without violence", """
        Victim is a solicitor. A former client Colin RADLEY emailed her work saying he 'had
        seen her lovely house' and hoped she 'enjoyed the gifts'. She recognised him from
        the neighbours description. Firm has barred him. Victim wants action.""",
          m("emcintyre", "MCINTYRE, Eilidh"), m("cradley", "RADLEY, Colin"),
          rel="acquaintance", da="N", fu=F(team="CID", risk="standard", risk_d=3)),
])

person("sbhatt", "Sonal Bhatt", "01/08/1994", "LE4 6GH")
person("ajoshi", "Amit Joshi", "13/02/1991", "LE5 3TT")
course("missed_stalking", "unknown_then_named", "sbhatt", "ajoshi",
       "new whatsapp number, then an unknown male at her parents' address, later the ex", [
    crime("a7a", "13/07/2026 21:20", "", "Incident - no crime", """
        IP getting WA msgs from a number she doesnt know, asking who she was with at the
        restaurant on Friday. Not threatening. IP blocked it. Logged.""",
          m("sbhatt", "BHATT, Sonal"), fu=F(team="Control Room")),
    crime("a7b", "29/07/2026 22:15", "", "Concern for welfare - incident only", """
        IPs mother reports a male knocked at 2am asking if Sonal still lived there, wouldnt
        give a name, walked off when dad came down. Sonal moved out in 2024.""",
          m("sbhatt", "Sonal BHATT"), fu=F(team="Response")),
    crime("a7c", "10/08/2026 15:00", "8R", "Sending communication with intent to cause distress", """
        IP reports ex fiance Amit JOSHI (engagement ended Jan) sent a voicenote from
        another new number telling her he 'went round her mums' and 'knows she is at
        the Narborough Rd flat now'. Same writing style as the earlier msgs per IP.""",
          m("sbhatt", "BHATT, Sonal"), m("ajoshi", "JOSHI, Amit"), rel="ex-partner", da="Y",
          fu=F(team="DAIU", risk="medium", risk_d=1, plan="Y")),
])

person("mfaraday", "Megan Faraday", "26/04/1979", "BS5 7NN")
person("dolliver", "Dean Olliver", "11/11/1976", "BS4 2WQ")
course("missed_stalking", "unknown_then_named", "mfaraday", "dolliver",
       "wing mirror smashed and 'white van' seen, then the ex is named by a witness", [
    crime("a8a", "21/06/2026 08:05", "58C", "Criminal Damage to Vehicle", """
        O/n damage to IPs car, drivers mirror kicked off. Neighbour saw a white van slow
        down outside around midnight. No suspect.""",
          m("mfaraday", "FARADAY, Megan"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=2)),
    crime("a8b", "12/07/2026 07:45", "58C", "Crim Dam - vehicle", """
        2nd time. Passenger mirror off and scratch down the bonnet. IP has no idea who would
        do this, no disputes. No CCTV. Filed.""",
          m("mfaraday", "Megan FARADAY"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=1)),
    crime("a8c", "30/07/2026 19:25", "8L", "Harrasment", """
        Witness (neighbour) has now named the man in the white van as Dean OLLIVER, IPs ex
        partner, who she saw sitting outside again tonight. IP says they split last year
        and he 'never accepted it'. He has a white Transit for work. Cars damage 21/6 and
        12/7 to be linked.""",
          m("mfaraday", "FARADAY, Megan"), m("dolliver", "OLLIVER, Dean"),
          rel="ex-partner", da="Y", fu=F(team="Response", risk="standard", risk_d=0)),
])

# ===========================================================================
# A2. suspect_name_variants: one suspect, several spellings, one victim
# ===========================================================================

person("cnwosu", "Chiamaka Nwosu", "15/09/1993", "M14 5RR")
person("wakerr", "William Ashford-Kerr", "02/04/1988", "M20 2LP", ids=2)
course("missed_stalking", "suspect_name_variants", "cnwosu", "wakerr",
       "Billy / W ASHFORD KERR / Ashfordkerr William with DOB / description only", [
    crime("b1a", "03/07/2026 18:40", "8R", "Malicious Communications", """
        IP reports abusive texts from her ex 'Billy' after she refused to meet. Says he
        texts when drunk.""",
          m("cnwosu", "NWOSU, Chiamaka"), m("wakerr", "Billy", dob="", pc="", nid=""),
          rel="ex-partner", da="Y", fu=F(team="Response", risk="standard", risk_d=0,
                                         out="16", out_d=9)),
    crime("b1b", "24/07/2026 12:30", "105A", "Common assault", """
        IP stopped outside Piccadilly stn by W ASHFORD KERR who grabbed her arm and would
        not let go until she agreed to 'talk'. Released when passer by intervened.""",
          m("cnwosu", "Chiamaka NWOSU"), m("wakerr", "ASHFORD KERR, W", dob="", nid=2),
          rel="ex-partner", da="Y", fu=F(team="DAIU", risk="medium", risk_d=1)),
    crime("b1c", "09/08/2026 21:05", "8L", "Harassment - PHA", """
        Susp ASHFORDKERR William (02/04/1988) has left a letter at IPs new flat in
        Fallowfield though she has not given him the address. Letter says he will 'always
        find her'.""",
          m("cnwosu", "NWOSU, Chiamaka"), m("wakerr", "ASHFORDKERR, William", pc=""),
          rel="ex-partner", da="Y", fu=F(team="DAIU", risk="medium", risk_d=0)),
    crime("b1d", "21/08/2026 07:55", "", "Incident - no crime", """
        IP saw a tall white male, ginger beard, red work jacket (matches her ex) on the
        bench opposite her flat at 0630 and again at 0740. Gone on arrival.""",
          m("cnwosu", "Chiamaka Nwosu"), fu=F(team="Response")),
])

person("lgreen", "Lucy Greenhalgh", "29/01/1999", "BL1 4HX")
person("jdelacy", "Jonathan De Lacy", "16/12/1996", "BL3 2DE")
course("missed_stalking", "suspect_name_variants", "lgreen", "jdelacy",
       "Jon Delacy / J DE LACY / DE-LACY Jonathon / 'JD'", [
    crime("b2a", "01/07/2026 11:11", "8U", "Controlling or coercive behaviour", """
        IP says during the rel Jon would check her phone; rel ended 3 wks ago and he has
        since texted her 'just checking ur ok'. IP wants advice only.""",
          m("lgreen", "GREENHALGH, Lucy"), m("jdelacy", "Jon Delacy", dob="", pc=""),
          rel="ex-partner", da="Y", fu=F(team="DAIU", risk="standard", risk_d=4,
                                         out="15", out_d=30)),
    crime("b2b", "18/07/2026 16:00", "8L", "Harassment", """
        J DE LACY waited beside IPs car in the Asda car park and asked why she blocked him.
        IP left. He is her ex.""",
          m("lgreen", "Lucy GREENHALGH"), m("jdelacy", "DE LACY, J", dob=""),
          rel="ex-partner", da="Y", fu=F(team="Response")),
    crime("b2c", "05/08/2026 20:50", "58A", "Criminal damage - dwelling", """
        Suspect DE-LACY Jonathon DOB 16/12/96 threw gravel at IPs bedroom window at 2330
        shouting her name, one pane cracked. Left before police arrived.""",
          m("lgreen", "GREENHALGH, Lucy"), m("jdelacy", "DE-LACY, Jonathon"),
          rel="ex-partner", da="Y", fu=F(team="Response", risk="medium", risk_d=0)),
    crime("b2d", "19/08/2026 09:20", "8R", "Mal comms", """
        IP received a card at work signed 'JD x' saying he knows she takes the 8:10 bus.""",
          m("lgreen", "GREENHALGH, Lucy"), m("jdelacy", "JD", dob="", pc="", nid=""),
          rel="ex-partner", da="Y", fu=F(team="Crime Bureau")),
])

person("aprice2", "Alys Pryce", "07/06/1987", "CF14 3AA")
person("rmorganj", "Rhodri Morgan-Jones", "24/10/1984", "CF5 1XY")
course("missed_stalking", "suspect_name_variants", "aprice2", "rmorganj",
       "Rhod / MORGAN JONES Rhodri / R Morgan / description", [
    crime("b3a", "10/07/2026 17:30", "8R", "Malicious Communications Act 1988", """
        Victim reports her former partner Rhod has messaged her sister and her on facebook
        calling her a liar. One incident per victim. Words of advice.""",
          m("aprice2", "PRYCE, Alys"), m("rmorganj", "Rhod", dob="", pc="", nid=""),
          rel="ex-partner", da="Y", fu=F(team="Response", out="21", out_d=2)),
    crime("b3b", "27/07/2026 08:45", "", "Incident - no crime", """
        Victim reports a man in a blue Berlingo van sat near her childrens school again at
        drop off. She thinks it is her ex. Patrol attended, van gone.""",
          m("aprice2", "Alys PRYCE"), fu=F(team="Response")),
    crime("b3c", "08/08/2026 15:15", "8L", "Harassment", """
        MORGAN JONES Rhodri (no DOB given) spoke to victim at the school gate, said he 'just
        wanted to see where the kids go now'. No contact arrangement in place.""",
          m("aprice2", "PRYCE, Alys"), m("rmorganj", "MORGAN JONES, Rhodri", dob=""),
          rel="ex-partner", da="Y", fu=F(team="NPT")),
    crime("b3d", "30/08/2026 22:40", "125/12", "Public Order s4", """
        R Morgan (ex) came to the door of victims new address shouting through the
        letterbox. Left on police arrival. Victim had not told him where she moved.""",
          m("aprice2", "PRYCE, Alys", pc="CF14 9QQ"),
          m("rmorganj", "MORGAN, R", dob="", pc=""), rel="ex-partner", da="Y",
          fu=F(team="Response", risk="medium", risk_d=0)),
])

person("fokafor", "Funmi Okafor", "11/01/1992", "SE15 4LL")
person("ssiddiqui", "Saqib Siddiqui", "28/02/1990", "SE22 8NN")
course("missed_stalking", "suspect_name_variants", "fokafor", "ssiddiqui",
       "SIDDIQI / Sid / S.S. initials / Saqib Siddique", [
    crime("b4a", "05/07/2026 19:00", "8L", "Harassment", """
        IP met SIDDIQI on a dating app, 2 dates, she ended it. He has since waited for her
        outside the gym once. IP wants it logged only.""",
          m("fokafor", "OKAFOR, Funmi"), m("ssiddiqui", "SIDDIQI, Saqib", dob=""),
          rel="online contact", da="N", fu=F(team="Crime Bureau", out="16", out_d=15)),
    crime("b4b", "26/07/2026 13:05", "8R", "Malicious communications", """
        Msgs from 'Sid' on snap after IP blocked him on the app: 'u cant just ghost ppl'.
        Same male per IP.""",
          m("fokafor", "Funmi OKAFOR"), m("ssiddiqui", "Sid", dob="", pc="", nid=""),
          rel="online contact", da="N", fu=F(team="Crime Bureau")),
    crime("b4c", "14/08/2026 10:30", "", "Information report", """
        Receptionist at IPs workplace reports a bouquet delivered for her, card signed
        'S.S.'. IP did not give anyone her work address.""",
          m("fokafor", "OKAFOR, Funmi"), fu=F(team="NPT")),
    crime("b4d", "02/09/2026 18:20", "105A", "Common Assault", """
        Saqib SIDDIQUE pushed IP against the wall outside her gym when she refused to
        speak to him. CCTV requested.""",
          m("fokafor", "OKAFOR, Funmi"), m("ssiddiqui", "Saqib SIDDIQUE", pc=""),
          rel="online contact", da="N", fu=F(team="Response", risk="standard", risk_d=0)),
])

person("tharte", "Tamsin Harte", "13/08/1985", "TR1 2BC")
person("mpencarrow", "Michael Pencarrow", "04/03/1962", "TR3 6HQ")
course("missed_stalking", "suspect_name_variants", "tharte", "mpencarrow",
       "customer 'Mick' / M PENCARROW / Pencarow Michael / 'older man in a flat cap'", [
    crime("b5a", "12/07/2026 11:00", "125/12", "Sec 4 public order", """
        Shop manager (victim) says customer known as 'Mick' became angry when she declined
        his invitation for a drink, swore and left.""",
          m("tharte", "HARTE, Tamsin"), m("mpencarrow", "Mick", dob="", pc="", nid=""),
          rel="acquaintance", da="N", fu=F(team="Response", out="21", out_d=1)),
    crime("b5b", "24/07/2026 17:45", "", "Incident - no crime", """
        Older man in a flat cap stood outside the shop at closing time, walked behind
        Tamsin to the bus stop. Said nothing. She is worried.""",
          m("tharte", "Tamsin HARTE"), fu=F(team="Control Room")),
    crime("b5c", "07/08/2026 09:00", "8R", "Malicious communication", """
        Letter posted to victim's home from M PENCARROW saying 'I only want what is best for
        us'. She has never given him her address.""",
          m("tharte", "HARTE, Tamsin"), m("mpencarrow", "PENCARROW, M", dob=""),
          rel="acquaintance", da="N", fu=F(team="Crime Bureau")),
    crime("b5d", "21/08/2026 16:30", "8L", "Harassment", """
        Pencarow Michael 04/03/62 waiting in his car opposite victim's house when she got
        home. Told to leave by officers, complied.""",
          m("tharte", "HARTE, Tamsin"), m("mpencarrow", "PENCAROW, Michael"),
          rel="acquaintance", da="N", fu=F(team="Response", risk="standard", risk_d=1)),
])

person("nliu", "Nina Liu", "30/06/2000", "OX4 1RR")
person("kvanderm", "Kieran Van der Merwe", "19/05/1998", "OX3 7TT")
course("missed_stalking", "suspect_name_variants", "nliu", "kvanderm",
       "Kieran VANDERMERWE / K van der Merve / 'Kiz' / description only", [
    crime("b6a", "09/07/2026 22:00", "8R", "Malicious Comms", """
        IP had a brief rel with Kieran VANDERMERWE, he has sent abusive msgs since she
        finished it last week. Advice given.""",
          m("nliu", "LIU, Nina"), m("kvanderm", "VANDERMERWE, Kieran"), rel="ex-partner",
          da="Y", fu=F(team="Response", risk="standard", risk_d=0, out="21", out_d=3)),
    crime("b6b", "23/07/2026 14:40", "", "Incident - no crime", """
        Uni security report a white male, blond, about 6ft, grey tracksuit, in the library
        foyer asking staff which floor Nina Liu studies on. Refused. He left.""",
          m("nliu", "Nina LIU"), fu=F(team="NPT")),
    crime("b6c", "04/08/2026 01:10", "8R", "Comms network offence s127", """
        IP getting calls from 'Kiz' on a new number at 1am saying he 'just wants closure'.""",
          m("nliu", "LIU, Nina"), m("kvanderm", "Kiz", dob="", pc="", nid=""),
          rel="ex-partner", da="Y", fu=F(team="Crime Bureau")),
    crime("b6d", "20/08/2026 12:00", "8L", "Harassment", """
        K van der Merve turned up at IPs part time job at the cafe, sat for 3 hrs. Manager
        asked him to leave.""",
          m("nliu", "LIU, Nina"), m("kvanderm", "van der Merve, K", dob="", pc=""),
          rel="ex-partner", da="Y", fu=F(team="Response")),
])

person("gsantos", "Gabriela Santos", "18/12/1989", "SO15 5AS")
person("rdsouza", "Ryan D'Souza", "06/07/1987", "SO16 2CC")
course("missed_stalking", "suspect_name_variants", "gsantos", "rdsouza",
       "DSOUZA / D'Souza R / Ry / ryan dsousa", [
    crime("b7a", "15/07/2026 15:10", "58A", "Criminal damage", """
        DSOUZA Ryan scratched IPs front door with a key after she refused to let him in to
        'talk about us'. Ex-partner.""",
          m("gsantos", "SANTOS, Gabriela"), m("rdsouza", "DSOUZA, Ryan"),
          rel="ex-partner", da="Y", fu=F(team="Response", out="16", out_d=20)),
    crime("b7b", "31/07/2026 19:50", "8R", "Malicious Communications", """
        Voicemails from 'Ry' (ex) saying he sees her car at the gym every Tuesday.""",
          m("gsantos", "Gabriela SANTOS"), m("rdsouza", "Ry", dob="", pc="", nid=""),
          rel="ex-partner", da="Y", fu=F(team="Crime Bureau")),
    crime("b7c", "18/08/2026 21:30", "8L", "Harassment (s2)", """
        D'Souza R waiting at the bottom of the stairwell to IPs flat, asked her who her new
        friend is. She ran inside.""",
          m("gsantos", "SANTOS, Gabriela"), m("rdsouza", "D'Souza, R", dob=""),
          rel="ex-partner", da="Y", fu=F(team="DAIU", risk="medium", risk_d=2)),
    crime("b7d", "04/09/2026 08:00", "8L", "Harrassment", """
        my ex ryan dsousa has put a letter under my windscreen wiper at work saying he will
        wait as long as it takes. i never told him where i work now""",
          m("gsantos", "gabriela santos"), m("rdsouza", "ryan dsousa", dob="", pc=""),
          rel="ex-partner", da="Y", fu=F(team="Crime Bureau")),
])

person("pobrien", "Paula O'Brien", "09/09/1972", "L18 3HB")
person("fmaguire", "Francis Maguire", "12/12/1969", "L17 6AD")
course("missed_stalking", "suspect_name_variants", "pobrien", "fmaguire",
       "Frank / MAGUIRE F / McGuire Francis / 'the man from the bowls club'", [
    crime("b8a", "06/07/2026 14:25", "8R", "Malicious Comms", """
        Ms OBRIEN (widow) says a man from her bowls club, Frank, has phoned her house
        repeatedly today after she turned down a dinner invitation.""",
          m("pobrien", "OBRIEN, Paula"), m("fmaguire", "Frank", dob="", pc="", nid=""),
          rel="acquaintance", da="N", fu=F(team="Response", out="21", out_d=1)),
    crime("b8b", "20/07/2026 10:00", "", "Information report", """
        Bowls club secretary reports the man from the club who upset Mrs O'Brien has been
        seen in the car park at her home on Allerton Rd on two mornings. Not a crime at
        this stage.""",
          m("pobrien", "O'BRIEN, Paula"), fu=F(team="NPT")),
    crime("b8c", "03/08/2026 16:50", "8L", "Harassment", """
        MAGUIRE F left a gift (a necklace) on victims doorstep with a note 'for my Paula'.""",
          m("pobrien", "O'BRIEN, Paula"), m("fmaguire", "MAGUIRE, F", dob=""),
          rel="acquaintance", da="N", fu=F(team="Crime Bureau")),
    crime("b8d", "17/08/2026 19:40", "125/9", "s4A POA", """
        McGuire Francis DOB 12/12/69 followed victim from the shops to her door and
        would not leave, she was distressed. Arrested, released RUI.""",
          m("pobrien", "O'BRIEN, Paula"), m("fmaguire", "McGUIRE, Francis"),
          rel="acquaintance", da="N", fu=F(team="CID", risk="medium", risk_d=0)),
])

# ===========================================================================
# A3. stalking_by_proxy: other victims (family, new partner, employer, friends)
# ===========================================================================

person("ebarker", "Emma Barker", "04/10/1991", "HU5 3LP")
person("sbarker", "Susan Barker", "20/05/1963", "HU7 1WW")
person("mholt", "Martin Holt", "15/08/1988", "HU6 9AS")
course("missed_stalking", "stalking_by_proxy", "ebarker", "mholt",
       "ex phones her mother daily asking where she is, turns up at the mother's; one record for Emma", [
    crime("c1a", "07/07/2026 12:00", "8R", "Malicious Communications", """
        IP (Susan BARKER) states her daughter Emmas ex Martin HOLT keeps ringing her asking
        where Emma is living now. IP has refused to tell him. He called her a 'bitch'.""",
          m("sbarker", "BARKER, Susan"), m("mholt", "HOLT, Martin"), rel="acquaintance",
          da="N", fu=F(team="Response", out="21", out_d=5)),
    crime("c1b", "22/07/2026 18:30", "125/12", "Public Order s4", """
        HOLT attended Mrs BARKERs address and shouted on the doorstep that she was 'hiding
        Emma from him'. Left when neighbours came out.""",
          m("sbarker", "Susan BARKER"), m("mholt", "HOLT, Martin"), rel="acquaintance",
          da="N", fu=F(team="Response")),
    crime("c1c", "08/08/2026 09:45", "8R", "Malicious Communications", """
        Emma BARKER reports a text from her ex Martin HOLT: 'your mum cant hide you
        forever'. She has not had contact since May.""",
          m("ebarker", "BARKER, Emma"), m("mholt", "HOLT, Martin"), rel="ex-partner",
          da="Y", fu=F(team="DAIU", risk="standard", risk_d=1)),
])

person("kdaly", "Katie Daly", "28/02/1997", "B29 6QE")
person("onewman", "Oscar Newman", "03/03/1996", "B30 2BB")
person("ptrask", "Phil Trask", "17/01/1994", "B31 5YY")
course("missed_stalking", "stalking_by_proxy", "kdaly", "ptrask",
       "ex contacts her new partner: messages, then his car is damaged, then Katie is followed", [
    crime("c2a", "10/07/2026 20:00", "8R", "Malicious comms", """
        Oscar NEWMAN reports fb msgs from Phil TRASK telling him to 'stay away from Katie,
        she is mine'. NEWMAN is Katie DALYs new partner.""",
          m("onewman", "NEWMAN, Oscar"), m("ptrask", "TRASK, Phil"), rel="stranger",
          da="N", fu=F(team="Crime Bureau", out="16", out_d=14)),
    crime("c2b", "29/07/2026 07:10", "58C", "Criminal Damage to Vehicle", """
        Victims (NEWMAN) car has 'KATIES' scratched on the bonnet overnight outside his
        house. He suspects Phil TRASK.""",
          m("onewman", "Oscar NEWMAN"), m("ptrask", "TRASK, Phil"), rel="stranger",
          da="N", fu=F(team="Crime Bureau")),
    crime("c2c", "11/08/2026 23:00", "125/12", "Public Order", """
        Katie DALY says her ex Phil TRASK appeared beside her table in a bar in town and
        asked if 'Oscar knows what she is really like'. She left.""",
          m("kdaly", "DALY, Katie"), m("ptrask", "TRASK, Phil"), rel="ex-partner", da="Y",
          fu=F(team="Response", risk="standard", risk_d=0)),
])

org("brightdent", "Bright Smile Dental Practice")
person("rkhan2", "Ruksana Khan", "05/05/1986", "BD8 9JJ")
person("ihaq", "Imran Haq", "10/10/1982", "BD9 4EE")
course("missed_stalking", "stalking_by_proxy", "rkhan2", "ihaq",
       "practice manager reports calls about a dental nurse; nurse later reports him at the car park", [
    crime("c3a", "13/07/2026 11:30", "8R", "Malicious Communications", """
        Practice manager reports a male, Imran HAQ, has phoned reception repeatedly this
        morning demanding to speak to one of their dental nurses (Ruksana KHAN) and
        swearing at staff when refused.""",
          m("brightdent"), m("ihaq", "HAQ, Imran"), rel="stranger", da="N",
          fu=F(team="Crime Bureau", out="18", out_d=6)),
    crime("c3b", "30/07/2026 14:00", "", "Information report", """
        Bright Smile Dental called again: HAQ emailed the practice asking what time Ruksana
        finishes on Thursdays. No threats. Staff advised to save emails.""",
          m("brightdent", "BRIGHT SMILE DENTAL PRACTICE"), m("ihaq", "HAQ, Imran", dob=""),
          rel="stranger", da="N", fu=F(team="NPT")),
    crime("c3c", "14/08/2026 17:55", "125/12", "Sec 4 POA", """
        IP Ruksana KHAN reports her estranged husband Imran HAQ was in the car park at her
        work at finishing time, shouting that she was 'disgracing the family'. She has a
        new address he does not know.""",
          m("rkhan2", "KHAN, Ruksana"), m("ihaq", "HAQ, Imran"), rel="ex-partner", da="Y",
          fu=F(team="DAIU", risk="medium", risk_d=0)),
])

person("ljames", "Leah James", "21/11/1998", "NP20 4DF")
person("cjames", "Carys James", "01/01/2000", "NP20 4DF")
person("bpowell", "Bradley Powell", "08/08/1997", "NP19 7HU")
course("missed_stalking", "stalking_by_proxy", "ljames", "bpowell",
       "ex messages the sister asking about Leah, waits outside the sister's work, then a message to Leah", [
    crime("c4a", "16/07/2026 19:15", "8R", "Malicious Comms", """
        Carys JAMES reports snap msgs from her sisters ex Bradley POWELL asking who Leah is
        seeing and calling Carys names when she didnt reply.""",
          m("cjames", "JAMES, Carys"), m("bpowell", "POWELL, Bradley"), rel="acquaintance",
          da="N", fu=F(team="Crime Bureau", out="21", out_d=2)),
    crime("c4b", "02/08/2026 17:30", "8L", "Harassment", """
        POWELL waiting outside Carys JAMESs work (Primark) asking her to pass on a letter
        to her sister Leah. She refused.""",
          m("cjames", "Carys JAMES"), m("bpowell", "POWELL, Bradley"), rel="acquaintance",
          da="N", fu=F(team="Response")),
    crime("c4c", "20/08/2026 22:45", "8R", "Sending letters with intent to cause distress", """
        Leah JAMES reports a letter from her ex Bradley POWELL left in her car at her
        sisters house. Says he 'sees everything'.""",
          m("ljames", "JAMES, Leah"), m("bpowell", "POWELL, Bradley"), rel="ex-partner",
          da="Y", fu=F(team="DAIU", risk="standard", risk_d=0)),
])

person("nward", "Natasha Ward", "14/07/1983", "WV3 0AB")
person("jward", "Jack Ward", "10/02/2011", "WV3 0AB")
person("sbeech", "Stuart Beech", "22/04/1980", "WV10 6PP")
course("missed_stalking", "stalking_by_proxy", "nward", "sbeech",
       "ex approaches the teenage son at school, then gifts to the son; mother reports one contact", [
    crime("c5a", "03/07/2026 15:45", "", "Incident - no crime", """
        School reports a man (mums ex partner, Stuart BEECH) approached Jack WARD (15) at
        the school gates asking about his mum and where they live now. Jack walked away.""",
          m("jward", "WARD, Jack"), m("sbeech", "BEECH, Stuart"), rel="acquaintance",
          da="N", fu=F(team="NPT")),
    crime("c5b", "24/07/2026 12:20", "8L", "Harassment", """
        Jack WARD received a parcel with trainers and a note from BEECH: 'tell your mum I
        miss her'. Mother reported on his behalf.""",
          m("jward", "Jack WARD"), m("sbeech", "BEECH, Stuart"), rel="acquaintance",
          da="N", fu=F(team="Crime Bureau")),
    crime("c5c", "12/08/2026 10:05", "8R", "Malicious Communications", """
        Natasha WARD reports an email from ex partner Stuart BEECH: he knows which
        Wolverhampton estate she has moved to 'because Jack told him'.""",
          m("nward", "WARD, Natasha"), m("sbeech", "BEECH, Stuart"), rel="ex-partner",
          da="Y", fu=F(team="DAIU", risk="medium", risk_d=1)),
])

person("arobins", "Amber Robins", "19/09/1994", "NR2 3EE")
person("mtaylor7", "Morgan Taylor", "02/02/1995", "NR3 1TT")
person("jcoles", "Jamie Coles", "11/06/1992", "NR5 9AR")
course("missed_stalking", "stalking_by_proxy", "arobins", "jcoles",
       "female ex contacts the friend, then the friend's flat is targeted, then a sighting", [
    crime("c6a", "09/07/2026 21:40", "8R", "Malicious Comms", """
        Morgan TAYLOR reports insta DMs from Jamie COLES asking if Amber ROBINS is staying
        with Morgan. Morgan is Ambers best friend. COLES is Ambers ex.""",
          m("mtaylor7", "TAYLOR, Morgan"), m("jcoles", "COLES, Jamie"), rel="acquaintance",
          da="N", fu=F(team="Crime Bureau", out="21", out_d=4)),
    crime("c6b", "23/07/2026 02:00", "58A", "Crim damage", """
        Egg thrown at Morgan TAYLORS window. TAYLOR believes it is COLES because Amber has
        been staying there.""",
          m("mtaylor7", "Morgan TAYLOR"), m("jcoles", "COLES, Jamie", dob=""),
          rel="acquaintance", da="N", fu=F(team="Response")),
    crime("c6c", "07/08/2026 16:00", "", "Intelligence report", """
        Amber ROBINS told PCSO that her ex Jamie COLES has been seen twice on her friends
        road. No offence reported by Amber.""",
          m("arobins", "ROBINS, Amber"), m("jcoles", "COLES, Jamie"), rel="ex-partner",
          da="Y", fu=F(team="NPT")),
])

org("harlowcare", "Harlow Care Homes Ltd")
person("mfoster", "Margaret Foster", "25/03/1978", "CM20 1AA")
person("kstanley", "Keith Stanley", "30/11/1965", "CM17 9QT")
course("missed_stalking", "stalking_by_proxy", "mfoster", "kstanley",
       "former colleague emails HR about a carer, then waits at the care home, then a letter to her", [
    crime("c7a", "14/07/2026 09:30", "8R", "Malicious Communications", """
        HR manager Harlow Care Homes reports emails from ex-employee Keith STANLEY making
        allegations about a carer (Margaret FOSTER) and asking for her home address.""",
          m("harlowcare"), m("kstanley", "STANLEY, Keith"), rel="", da="N",
          fu=F(team="Crime Bureau", out="18", out_d=10)),
    crime("c7b", "03/08/2026 07:00", "", "Information report", """
        Night manager, Harlow Care Homes: STANLEY sat in his car outside the home at shift
        change 0645, watched staff leave. Moved on by patrol.""",
          m("harlowcare", "HARLOW CARE HOMES LIMITED"), m("kstanley", "STANLEY, Keith"),
          rel="", da="N", fu=F(team="Response")),
    crime("c7c", "19/08/2026 19:10", "8R", "Malicious Comms", """
        Margaret FOSTER received a card at home from Keith STANLEY, a former colleague,
        'I still think about you every shift'. She has never been in a rel with him.""",
          m("mfoster", "FOSTER, Margaret"), m("kstanley", "STANLEY, Keith"),
          rel="colleague", da="N", fu=F(team="Crime Bureau")),
])

person("dpatel", "Divya Patel", "12/12/1996", "LU2 7HH")
person("vpatel", "Vikram Patel", "15/06/1992", "LU2 7HH")
person("ngill", "Navdeep Gill", "18/08/1993", "LU4 0RR")
course("missed_stalking", "stalking_by_proxy", "dpatel", "ngill",
       "former suitor threatens the husband online, then the husband's business reviews, then she is approached", [
    crime("c8a", "18/07/2026 13:00", "8R", "Malicious Communications", """
        Vikram PATEL reports abusive msgs from Navdeep GILL via his business page, saying
        Divya 'should have married him'. Divya is Vikrams wife.""",
          m("vpatel", "PATEL, Vikram"), m("ngill", "GILL, Navdeep"), rel="stranger",
          da="N", fu=F(team="Crime Bureau", out="21", out_d=8)),
    crime("c8b", "06/08/2026 10:40", "8R", "Malicious communications", """
        Further: 14 one-star reviews posted on Vikram PATELs garage listing from accounts
        linked to GILL, several mention his wife by name.""",
          m("vpatel", "Vikram PATEL"), m("ngill", "GILL, Navdeep"), rel="stranger",
          da="N", fu=F(team="Crime Bureau")),
    crime("c8c", "25/08/2026 18:00", "125/12", "Public order", """
        Divya PATEL approached in the Arndale by Navdeep GILL who she knew at uni. He said
        he 'knows her husband is not right for her'. She was upset.""",
          m("dpatel", "PATEL, Divya"), m("ngill", "GILL, Navdeep"), rel="acquaintance",
          da="N", fu=F(team="Response")),
])
# ===========================================================================
# A4. unidentified_no_shared_token: unknown suspect, same behaviour, week after week
# ===========================================================================

person("ucarter", "Louise Carter", "07/07/1987", "YO10 3BX")
course("missed_stalking", "unidentified_no_shared_token", "ucarter", None,
       "someone at her window at night, four reports in seven weeks, never identified", [
    crime("d1a", "05/07/2026 23:30", "", "Incident - no crime", """
        Caller heard footsteps on gravel by her back window and saw a shape. Dog barked.
        Nobody found on search of gardens.""",
          m("ucarter", "CARTER, Louise"), fu=F(team="Response")),
    crime("d1b", "15/07/2026 00:50", "", "Suspicious circumstances", """
        Ms Carter woke to a tapping on the bedroom glass, curtains moved by the draught from
        the open top light. Gone on arrival. Area search neg.""",
          m("ucarter", "Louise CARTER"), fu=F(team="Response")),
    crime("d1c", "29/07/2026 22:10", "56B", "Trespass / attempt burglary - no entry", """
        Fingermarks on the outside of IPs bedroom window, side gate left open, garden chair
        moved under the window. Nothing taken, no attempt at entry found by SOCO.""",
          m("ucarter", "CARTER, Louise"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=5)),
    crime("d1d", "22/08/2026 01:15", "", "Incident - no crime", """
        Caller reports someone in the rear garden at night. Caller tearful, says she no
        longer sleeps in the front bedroom. Patrols to pass.""",
          m("ucarter", "CARTER, Louise"), fu=F(team="Response")),
])

person("umensah", "Priya Raman", "02/03/1999", "CB1 2JF")
course("missed_stalking", "unidentified_no_shared_token", "umensah", None,
       "messages from a different new account each week about her movements", [
    crime("d2a", "03/07/2026 14:00", "8R", "Malicious Communications", """
        IP gets a tiktok comment from an acct with 0 followers describing the top she wore
        on the train this morning. Acct gone when officer checked.""",
          m("umensah", "RAMAN, Priya"), rel="unknown", fu=F(team="Crime Bureau",
                                                             out="18", out_d=2)),
    crime("d2b", "11/07/2026 19:25", "", "Incident - no crime", """
        IP reporting an email from a gmail she does not know asking whether she enjoyed
        her pilates class. No threat. Advice re privacy settings.""",
          m("umensah", "Priya RAMAN"), fu=F(team="Control Room")),
    crime("d2c", "20/07/2026 08:30", "8R", "Malicious comms", """
        A text from an unknown UK mobile: 'you should lock your bike better'. IPs bike is
        kept in the college racks. Number not in service when called back.""",
          m("umensah", "RAMAN, Priya"), rel="unknown", fu=F(team="Crime Bureau",
                                                             out="18", out_d=3)),
    crime("d2d", "01/08/2026 22:00", "", "Information report", """
        PCSO note: Ms RAMAN asked for advice on locking down her social media after odd
        messages from people she does not know. Leaflet given.""",
          m("umensah", "Priya Raman"), fu=F(team="NPT")),
])

person("ubrook", "Gemma Brook", "14/02/1990", "NN3 8XR")
course("missed_stalking", "unidentified_no_shared_token", "ubrook", None,
       "items left on her car every week, never a suspect", [
    crime("d3a", "06/08/2026 07:40", "", "Found property", """
        Member of public (car owner Gemma BROOK) handed in an envelope found under her
        wiper containing a photograph of herself at a bus stop. No writing.""",
          m("ubrook", "BROOK, Gemma"), fu=F(team="Front Counter")),
    crime("d3b", "13/08/2026 07:55", "", "Incident - no crime", """
        IP found a single red rose on the bonnet of her car this morning in the staff car
        park. No note. Logged at her request.""",
          m("ubrook", "Gemma BROOK"), fu=F(team="Control Room")),
    crime("d3c", "20/08/2026 08:05", "58C", "Criminal damage - vehicle", """
        Heart shape scratched into the paintwork of the drivers door while car parked at
        IPs work. No witnesses, no CCTV coverage of that bay.""",
          m("ubrook", "BROOK, Gemma"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=1)),
    crime("d3d", "28/08/2026 08:15", "", "Incident - no crime", """
        caller says 'someone has been in my car, the seat has been moved back and the
        radio station changed'. No damage, car was locked. she has a spare key missing
        since she moved.""",
          m("ubrook", "gemma brook"), fu=F(team="Response")),
])

person("uhughes", "Owen Hughes", "30/10/1984", "LL57 2PW")
course("missed_stalking", "unidentified_no_shared_token", "uhughes", None,
       "male victim: someone watching from the lane, four times in six weeks", [
    crime("d4a", "02/07/2026 21:45", "", "Suspicious circs", """
        Mr HUGHES reports a person standing at the field gate opposite his cottage looking
        at the house with binoculars. Left when he went out. Dark clothing.""",
          m("uhughes", "HUGHES, Owen"), fu=F(team="Response")),
    crime("d4b", "16/07/2026 22:20", "", "Incident - no crime", """
        Repeat caller. Torchlight in the lane pointed at his kitchen window for 10 min.
        Farm track checked, no one.""",
          m("uhughes", "Owen HUGHES"), fu=F(team="Response")),
    crime("d4c", "30/07/2026 06:10", "8R", "Malicious Communications", """
        Typed note in Mr Hughes postbox: 'early nights suit you'. Unsigned. No prints.""",
          m("uhughes", "HUGHES, Owen"), rel="unknown", fu=F(team="Crime Bureau",
                                                           out="18", out_d=7)),
    crime("d4d", "12/08/2026 23:00", "", "Concern - no crime", """
        Same location as previous calls. Figure seen at the gate again by Mr Hughes and
        his neighbour. Searched area, nothing found.""",
          m("uhughes", "HUGHES, Owen"), fu=F(team="Response")),
])

person("uakhtar", "Sana Akhtar", "21/05/2002", "B11 1QQ")
course("missed_stalking", "unidentified_no_shared_token", "uakhtar", None,
       "student followed off the bus on three occasions, different descriptions in the dark", [
    crime("d5a", "09/09/2026 21:30", "", "Incident - no crime", """
        Female student reports a man got off the 50 bus at her stop and walked behind her
        to her road. She went into a shop until he left.""",
          m("uakhtar", "AKHTAR, Sana"), fu=F(team="Control Room")),
    crime("d5b", "16/09/2026 21:40", "", "Suspicious incident", """
        Caller says a man in a dark hoodie was waiting at the bus stop where she gets off
        and walked the same way she did, stopped when she stopped. Believes same as last
        week but did not see his face.""",
          m("uakhtar", "Sana AKHTAR"), fu=F(team="Response")),
    crime("d5c", "24/09/2026 21:35", "125/12", "Public Order Act 1986 s4", """
        IP followed from bus stop, male caught up and said 'you're always on your own on a
        Wednesday'. Ran off when she screamed. Description poor.""",
          m("uakhtar", "AKHTAR, Sana"), rel="stranger", fu=F(team="Response", out="18",
                                                            out_d=10)),
])

person("ufrench", "Claire French", "16/11/1975", "GL1 4RT")
course("missed_stalking", "unidentified_no_shared_token", "ufrench", None,
       "silent calls to home and work over ten weeks from different numbers", [
    crime("d6a", "01/07/2026 10:00", "", "Nuisance calls", """
        IP has had several silent calls on her landline this evening, different numbers.
        BT advised.""",
          m("ufrench", "FRENCH, Claire"), fu=F(team="Control Room")),
    crime("d6b", "27/07/2026 15:30", "8R", "Improper use of comms network", """
        Now also getting silent calls at work via the switchboard, 4 today, caller hangs
        up when she answers. Different number each day.""",
          m("ufrench", "Claire FRENCH"), rel="unknown", fu=F(team="Crime Bureau",
                                                            out="18", out_d=5)),
    crime("d6c", "21/08/2026 20:20", "", "Incident - no crime", """
        Breathing heard on a withheld call to her mobile, which she only gave to family and
        work. IP now scared to answer the phone.""",
          m("ufrench", "FRENCH, Claire"), fu=F(team="Response")),
    crime("d6d", "08/09/2026 11:10", "", "Information report", """
        Line manager says a caller asked reception whether Claire was 'in today or working
        from home'. Would not give a name.""",
          m("ufrench", "Claire French"), fu=F(team="NPT")),
])

person("ulewis", "Bethan Lewis", "08/04/1993", "SA1 6AA")
course("missed_stalking", "unidentified_no_shared_token", "ulewis", None,
       "someone turning up where she runs, three weeks in a row, differently described", [
    crime("d7a", "04/08/2026 06:40", "", "Incident - no crime", """
        Jogger reports a cyclist kept pace with her along the prom for a mile at 6am and
        would not go ahead when she slowed. Not a crime. Advised.""",
          m("ulewis", "LEWIS, Bethan"), fu=F(team="Control Room")),
    crime("d7b", "11/08/2026 06:35", "", "Suspicious circs", """
        Bethan LEWIS says a man in a cap was stood at the slipway where she turns round on
        her run, he said 'morning Bethan'. She has never met him.""",
          m("ulewis", "Bethan LEWIS"), fu=F(team="Response")),
    crime("d7c", "18/08/2026 06:50", "125/12", "s4 Public Order", """
        Runner (IP) says a man stepped out in front of her on the cliff path and
        photographed her on his phone. Would not explain. Fled on a bike.""",
          m("ulewis", "LEWIS, Bethan"), rel="stranger",
          fu=F(team="Response", out="18", out_d=8)),
])

person("uokoro", "Grace Okoro", "27/09/1988", "N15 3PP")
course("missed_stalking", "unidentified_no_shared_token", "uokoro", None,
       "deliveries and taxis sent to her address, one report a fortnight", [
    crime("d8a", "02/07/2026 20:00", "", "Incident - no crime", """
        Three takeaways arrived tonight at IPs address, not ordered by her. Drivers
        annoyed. IP asked for it to be logged.""",
          m("uokoro", "OKORO, Grace"), fu=F(team="Control Room")),
    crime("d8b", "16/07/2026 05:45", "", "Incident - no crime", """
        Taxi driver knocked at 0530 for a booking to Stansted in IPs name. She did not book
        it. Firm says it was made on an app with a new account.""",
          m("uokoro", "Grace OKORO"), fu=F(team="Control Room")),
    crime("d8c", "30/07/2026 14:15", "53J", "Fraud - false representation", """
        Locksmith attended saying he was called by 'Grace' who was locked out. She was at
        home. He had been sent her exact address and flat no.""",
          m("uokoro", "OKORO, Grace"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=3)),
    crime("d8d", "13/08/2026 10:30", "", "Information report", """
        Undertaker visited IPs address to 'collect the deceased'. Booked online in her
        name. IP very distressed. Nobody she can think of.""",
          m("uokoro", "Grace Okoro"), fu=F(team="NPT")),
])

# ===========================================================================
# A5. non_crime_records: the course is carried by incident, intelligence and
#     information records; at most one crime in it
# ===========================================================================

person("nfisher", "Stacey Fisher", "20/02/1991", "ST4 7LL")
person("kmoss", "Kyle Moss", "11/09/1989", "ST6 2EE")
course("missed_stalking", "non_crime_records", "nfisher", "kmoss",
       "four incident logs of the ex outside, one crime for a shouted threat", [
    crime("e1a", "06/07/2026 23:10", "", "Incident - no crime", """
        IP called as ex Kyle MOSS outside her address in his car. Gone on arrival. Words
        of advice attempted by phone, no answer.""",
          m("nfisher", "FISHER, Stacey"), m("kmoss", "MOSS, Kyle"), rel="ex-partner",
          da="Y", fu=F(team="Response")),
    crime("e1b", "19/07/2026 22:40", "NN", "Domestic incident - non crime", """
        Same. MOSS parked on her road again, sat there 30 mins. Left on police arrival.
        No offences disclosed. DASH refused.""",
          m("nfisher", "FISHER, Stacey"), m("kmoss", "MOSS, Kyle"), rel="ex-partner",
          da="Y", fu=F(team="Response")),
    crime("e1c", "02/08/2026 21:55", "", "Incident - no crime", """
        IP says Kyle was at the end of the road when she came home from her mums. Did not
        approach. Advised 999 if he comes to the door.""",
          m("nfisher", "Stacey FISHER"), m("kmoss", "MOSS, Kyle", dob=""),
          rel="ex-partner", da="Y", fu=F(team="Control Room")),
    crime("e1d", "15/08/2026 00:30", "125/12", "Public order s4", """
        MOSS shouted from the pavement that she 'wont get rid of him'. IP scared.""",
          m("nfisher", "FISHER, Stacey"), m("kmoss", "MOSS, Kyle"), rel="ex-partner",
          da="Y", fu=F(team="Response", risk="standard", risk_d=0)),
])

person("nquinn", "Aoife Quinn", "05/12/1994", "CV1 5RP")
person("tdevlin", "Tomas Devlin", "19/04/1992", "CV6 1FA")
course("missed_stalking", "non_crime_records", "nquinn", "tdevlin",
       "intelligence logs of him asking about her, then one malicious comms", [
    crime("e2a", "10/07/2026 12:00", "", "Intelligence report", """
        Source reports Tomas DEVLIN has been asking in the Foleshill pub where his ex
        Aoife QUINN is living now and with whom. Grade B2.""",
          m("nquinn", "QUINN, Aoife"), m("tdevlin", "DEVLIN, Tomas"), rel="ex-partner",
          da="Y", fu=F(team="Intelligence")),
    crime("e2b", "28/07/2026 12:00", "", "Intelligence report", """
        DEVLIN believed to have obtained a tracking app and talked of 'keeping tabs' on his
        ex. Unverified.""",
          m("nquinn", "Aoife QUINN"), m("tdevlin", "DEVLIN, Tomas"), rel="ex-partner",
          da="Y", fu=F(team="Intelligence")),
    crime("e2c", "14/08/2026 18:00", "8R", "Malicious Communications", """
        IP received a text from Tomas DEVLIN: 'nice to see you at the retail park today,
        blue suits you'. She had not seen him there.""",
          m("nquinn", "QUINN, Aoife"), m("tdevlin", "DEVLIN, Tomas"), rel="ex-partner",
          da="Y", fu=F(team="Crime Bureau", out="16", out_d=21)),
])

person("nreid", "Fiona Reid", "23/06/1980", "DD2 4HY")
person("breid", "Barry Reid", "01/05/1978", "DD4 8JJ")
course("missed_stalking", "non_crime_records", "nreid", "breid",
       "found property (her lost diary returned by him), information reports, one breach", [
    crime("e3a", "03/07/2026 11:00", "", "Found property", """
        Male handed in a diary at front counter saying it belonged to his estranged wife
        Fiona REID and he 'found it' near her new flat. Diary returned to owner.""",
          m("nreid", "REID, Fiona"), m("breid", "REID, Barry"), rel="ex-partner", da="Y",
          fu=F(team="Front Counter")),
    crime("e3b", "20/07/2026 16:00", "", "Information report", """
        Fiona REID says her diary had not been lost - it was taken from her car. She says
        Barry now knows her appointments for the month.""",
          m("nreid", "Fiona REID"), m("breid", "REID, Barry"), rel="ex-partner", da="Y",
          fu=F(team="NPT")),
    crime("e3c", "06/08/2026 14:30", "", "Information report", """
        GP surgery receptionist reports Barry REID asked what time his wife's appointment
        was. Told nothing.""",
          m("nreid", "REID, Fiona"), m("breid", "REID, Barry", dob=""), rel="ex-partner",
          da="Y", fu=F(team="NPT")),
    crime("e3d", "18/08/2026 10:10", "8L", "Breach of non-molestation order", """
        REID was at the surgery car park when Fiona came out, in breach of NMO (no
        approach within 100m). Arrested.""",
          m("nreid", "REID, Fiona"), m("breid", "REID, Barry"), rel="ex-partner", da="Y",
          fu=F(team="DAIU", risk="medium", risk_d=0, out="1", out_d=2)),
])

person("nosei", "Efua Osei", "13/03/1986", "RG1 8PE")
person("dcross", "Daniel Cross", "27/12/1983", "RG2 0BQ")
course("missed_stalking", "non_crime_records", "nosei", "dcross",
       "welfare checks he requested on her, then an incident at her door", [
    crime("e4a", "08/07/2026 02:00", "", "Concern for welfare - incident only", """
        Male called asking for a welfare check on his ex Efua OSEI as she 'wasnt answering'.
        Officers attended, Efua fine, did not want contact from caller (Daniel CROSS).""",
          m("nosei", "OSEI, Efua"), m("dcross", "CROSS, Daniel"), rel="ex-partner", da="Y",
          fu=F(team="Response")),
    crime("e4b", "22/07/2026 01:30", "", "Concern for welfare - incident only", """
        2nd welfare request from CROSS re OSEI. Efua upset at police at her door at night
        'because he sends you'. CROSS told to stop.""",
          m("nosei", "Efua OSEI"), m("dcross", "CROSS, Daniel"), rel="ex-partner", da="Y",
          fu=F(team="Response")),
    crime("e4c", "05/08/2026 23:45", "", "Incident - no crime", """
        CROSS knocked at OSEIs door saying he 'just needed to know she was safe'. Left
        when she threatened to call police.""",
          m("nosei", "OSEI, Efua"), m("dcross", "CROSS, Daniel", dob=""), rel="ex-partner",
          da="Y", fu=F(team="Control Room")),
])

person("nberry", "Chloe Berry", "02/10/2003", "EX4 6TT")
person("rnash", "Ross Nash", "17/02/1979", "EX2 9HG")
course("missed_stalking", "non_crime_records", "nberry", "rnash",
       "older customer: incident logs from her workplace, one harassment record", [
    crime("e5a", "09/07/2026 17:20", "", "Incident - no crime", """
        Cafe owner reports regular customer Ross NASH waited over an hour after closing
        for a young staff member (Chloe BERRY). Advised.""",
          m("nberry", "BERRY, Chloe"), m("rnash", "NASH, Ross"), rel="stranger", da="N",
          fu=F(team="Control Room")),
    crime("e5b", "27/07/2026 17:30", "", "Information report", """
        NASH banned from the cafe after leaving a bracelet and card for Chloe. Owner wants
        it logged.""",
          m("nberry", "Chloe BERRY"), m("rnash", "NASH, Ross"), rel="stranger", da="N",
          fu=F(team="NPT")),
    crime("e5c", "10/08/2026 18:05", "8L", "Harassment - PHA s2", """
        Chloe BERRY says NASH now stands across the road from the cafe at her finish time.""",
          m("nberry", "BERRY, Chloe"), m("rnash", "NASH, Ross"), rel="stranger", da="N",
          fu=F(team="Crime Bureau")),
])

person("nhall", "Janet Hall", "30/08/1960", "TS5 6BB")
person("ghall", "Graham Hall", "14/01/1958", "TS7 0PL")
course("missed_stalking", "non_crime_records", "nhall", "ghall",
       "older couple separated: ASB logs, intelligence, then damage", [
    crime("e6a", "14/07/2026 10:00", "", "ASB - personal (no crime)", """
        Mrs HALL says estranged husband Graham keeps driving past her bungalow slowly and
        sounding his horn. No offence. ASB log.""",
          m("nhall", "HALL, Janet"), m("ghall", "HALL, Graham"), rel="ex-partner", da="Y",
          fu=F(team="NPT")),
    crime("e6b", "28/07/2026 12:00", "", "Intelligence report", """
        Graham HALL seen by neighbour sitting on the bench facing Janet HALLs front door this
        afternoon.""",
          m("nhall", "Janet HALL"), m("ghall", "HALL, Graham"), rel="ex-partner", da="Y",
          fu=F(team="Intelligence")),
    crime("e6c", "11/08/2026 08:00", "58A", "Criminal damage", """
        Janet HALLs hanging baskets pulled down overnight. She blames Graham who said he
        'would make her miss him'.""",
          m("nhall", "HALL, Janet"), m("ghall", "HALL, Graham"), rel="ex-partner", da="Y",
          fu=F(team="Response", risk="standard", risk_d=1)),
])

person("nwalsh", "Ciara Walsh", "11/11/1992", "BN2 1XX")
person("lfinch", "Luke Finch", "04/04/1990", "BN3 5DD")
course("missed_stalking", "non_crime_records", "nwalsh", "lfinch",
       "CAD logs of calls from him, an information report from her landlord, one crime", [
    crime("e7a", "17/07/2026 20:30", "", "Incident - no crime", """
        CAD: IP says ex Luke FINCH keeps calling from different numbers, she doesnt want
        to make a complaint, wants advice only.""",
          m("nwalsh", "WALSH, Ciara"), m("lfinch", "FINCH, Luke"), rel="ex-partner", da="Y",
          fu=F(team="Control Room")),
    crime("e7b", "31/07/2026 12:15", "", "Information report", """
        Landlord reports a man fitting FINCHs description asked him which flat Ciara WALSH
        lives in. Landlord did not say.""",
          m("nwalsh", "Ciara WALSH"), m("lfinch", "FINCH, Luke", dob=""), rel="ex-partner",
          da="Y", fu=F(team="NPT")),
    crime("e7c", "14/08/2026 22:00", "8R", "Malicious comms", """
        FINCH sent IP a photo of her front door with 'flat 3 isnt it'.""",
          m("nwalsh", "WALSH, Ciara"), m("lfinch", "FINCH, Luke"), rel="ex-partner", da="Y",
          fu=F(team="DAIU", risk="medium", risk_d=0)),
])

person("nsharma", "Kiran Sharma", "06/06/1989", "LE3 1AA")
person("psingh", "Paramjit Singh", "09/09/1987", "LE4 5BB")
course("missed_stalking", "non_crime_records", "nsharma", "psingh",
       "ex-colleague: HR information report, found property, incident", [
    crime("e8a", "06/07/2026 09:00", "", "Information report", """
        HR at IPs employer report ex-employee Paramjit SINGH has emailed asking whether
        Kiran SHARMA still works there. No threats.""",
          m("nsharma", "SHARMA, Kiran"), m("psingh", "SINGH, Paramjit"), rel="colleague",
          da="N", fu=F(team="NPT")),
    crime("e8b", "21/07/2026 13:00", "", "Found property", """
        Wallet handed in by Kiran SHARMA, found on her doorstep, belongs to Paramjit
        SINGH. She does not know why he would be at her house.""",
          m("nsharma", "Kiran SHARMA"), m("psingh", "SINGH, Paramjit"), rel="colleague",
          da="N", fu=F(team="Front Counter")),
    crime("e8c", "04/08/2026 17:40", "", "Incident - no crime", """
        IP saw SINGH at her gym car park, he waved. IP left. Advice given.""",
          m("nsharma", "SHARMA, Kiran"), m("psingh", "SINGH, Paramjit", dob=""),
          rel="colleague", da="N", fu=F(team="Control Room")),
])
# ===========================================================================
# B. hard negatives
# ===========================================================================

def single(label, scenario, victim, suspect, notes, key):
    course(label, scenario, victim, suspect, notes, [key])


# -- B1. one victim, several unrelated crimes (each its own offender)
person("xwebb", "Alan Webb", "12/04/1970", "NG9 2AA")
single("not_stalking", "unrelated_crimes_one_victim", "xwebb", None, "burglary, no suspect",
       crime("f1a", "04/07/2026 09:00", "28E", "Burglary - residential (dwelling)", """
        Rear patio door forced while family on holiday. TV, laptop and jewellery taken.
        SOCO attended, glove marks. No suspect.""",
             m("xwebb", "WEBB, Alan"), rel="unknown",
             fu=F(team="CID", out="18", out_d=30)))
single("not_stalking", "unrelated_crimes_one_victim", "xwebb", None, "car stolen from drive",
       crime("f1b", "02/08/2026 06:30", "48", "Theft of motor vehicle", """
        IPs Ford Kuga taken from driveway overnight, keyless relay suspected. Tracker
        company informed.""",
             m("xwebb", "Alan WEBB"), rel="unknown", fu=F(team="Crime Bureau", out="18",
                                                           out_d=14)))
person("xstranger1", "Connor Fleet", "09/03/2001", "NG2 7QQ")
single("not_stalking", "unrelated_crimes_one_victim", "xwebb", "xstranger1",
       "punched by an away fan", crime("f1c", "29/08/2026 17:10", "105A", "Common assault", """
        Victim punched once in the face by an away supporter outside the ground after
        the match. Suspect identified by stewards and arrested by POLSA team.""",
             m("xwebb", "WEBB, Alan"), m("xstranger1", "FLEET, Connor"), rel="stranger",
             fu=F(team="Response", out="1", out_d=20)))

person("xmorris", "Hannah Morris", "22/08/1985", "DE1 3RS")
single("not_stalking", "unrelated_crimes_one_victim", "xmorris", None, "bike theft",
       crime("f2a", "08/07/2026 18:00", "44", "Theft of pedal cycle", """
        Bike stolen from outside Derby station, D-lock cut. Frame no. supplied.""",
             m("xmorris", "MORRIS, Hannah"), rel="unknown",
             fu=F(team="Crime Bureau", out="18", out_d=2)))
single("not_stalking", "unrelated_crimes_one_victim", "xmorris", None, "purse dipped",
       crime("f2b", "31/07/2026 13:30", "39", "Theft from the person", """
        Purse taken from IPs handbag on a busy market, did not feel it. Cards cancelled.""",
             m("xmorris", "Hannah MORRIS"), rel="unknown",
             fu=F(team="Crime Bureau", out="18", out_d=1)))
single("not_stalking", "unrelated_crimes_one_victim", "xmorris", None, "phishing fraud",
       crime("f2c", "26/08/2026 10:00", "53J", "Fraud", """
        IP lost GBP 900 after a text claiming to be from her bank. Action Fraud ref.""",
             m("xmorris", "MORRIS, Hannah"), rel="unknown",
             fu=F(team="Crime Bureau", out="19", out_d=1)))

person("xadeyemi", "Tunde Adeyemi", "03/12/1979", "SE18 4TT")
single("not_stalking", "unrelated_crimes_one_victim", "xadeyemi", None, "van broken into",
       crime("f3a", "06/07/2026 07:15", "45", "Theft from motor vehicle", """
        Work van side door peeled, power tools taken. Third van on the street this month.""",
             m("xadeyemi", "ADEYEMI, Tunde"), rel="unknown",
             fu=F(team="Crime Bureau", out="18", out_d=3)))
person("xdriver", "Leon Marsh", "15/05/1990", "SE2 9LL")
single("not_stalking", "unrelated_crimes_one_victim", "xadeyemi", "xdriver",
       "road rage one-off", crime("f3b", "17/08/2026 16:45", "125/12", "Public Order Act s4", """
        Other driver got out at lights, threatened to 'knock him out' over a lane change.
        Dashcam has reg, keeper Leon MARSH.""",
             m("xadeyemi", "ADEYEMI, Tunde"), m("xdriver", "MARSH, Leon"), rel="stranger",
             fu=F(team="Crime Bureau", out="16", out_d=25)))
single("not_stalking", "unrelated_crimes_one_victim", "xadeyemi", None,
       "shed burglary", crime("f3c", "09/09/2026 08:00", "30C", "Burglary - business and community", """
        Garden workshop entered overnight, padlock cut, mower and strimmer taken.""",
             m("xadeyemi", "Tunde ADEYEMI"), rel="unknown",
             fu=F(team="Crime Bureau", out="18", out_d=1)))

person("xlowe", "Rachel Lowe", "17/06/1992", "LS6 1AB")
single("not_stalking", "unrelated_crimes_one_victim", "xlowe", None, "online shopping fraud",
       crime("f4a", "13/07/2026 12:10", "53J", "Fraud - online shopping", """
        Paid for a sofa on marketplace, seller vanished. GBP 250.""",
             m("xlowe", "LOWE, Rachel"), rel="unknown",
             fu=F(team="Crime Bureau", out="19", out_d=1)))
person("xdrunk", "Shane Doherty", "01/01/1996", "LS11 5HH")
single("not_stalking", "unrelated_crimes_one_victim", "xlowe", "xdrunk",
       "drunk man in a taxi queue", crime("f4b", "08/08/2026 02:30", "8M", "Sexual assault - female 13+", """
        Male in taxi queue touched IPs bottom. Door staff held him. Arrested. Strangers.""",
             m("xlowe", "LOWE, Rachel"), m("xdrunk", "DOHERTY, Shane"), rel="stranger",
             fu=F(team="CID", out="1", out_d=40)))
single("not_stalking", "unrelated_crimes_one_victim", "xlowe", None,
       "car window smashed", crime("f4c", "05/09/2026 09:00", "58C", "Criminal damage to vehicle", """
        Rear window smashed, nothing taken, several cars on the street hit.""",
             m("xlowe", "Rachel LOWE"), rel="unknown",
             fu=F(team="Crime Bureau", out="18", out_d=1)))

person("xgrant", "Peter Grant", "28/10/1958", "BS6 6EE")
single("not_stalking", "unrelated_crimes_one_victim", "xgrant", None,
       "distraction burglary", crime("f5a", "15/07/2026 11:00", "28E", "Burglary dwelling - distraction", """
        Two men claiming to be from the water board distracted IP (67) while cash was taken
        from a drawer. Descriptions circulated.""",
             m("xgrant", "GRANT, Peter"), rel="unknown", fu=F(team="CID", out="18",
                                                             out_d=25)))
person("xneighbourkid", "Tyler Dunn", "14/03/2010", "BS6 6EF")
single("not_stalking", "unrelated_crimes_one_victim", "xgrant", "xneighbourkid",
       "window broken by a football", crime("f5b", "03/08/2026 17:00", "58A", "Criminal damage", """
        Youth kicked football through IPs window, admitted it, parents to pay. Resolved.""",
             m("xgrant", "Peter GRANT"), m("xneighbourkid", "DUNN, Tyler"),
             rel="neighbour", fu=F(team="NPT", out="8", out_d=5)))
single("not_stalking", "unrelated_crimes_one_victim", "xgrant", None,
       "bank card used", crime("f5c", "01/09/2026 14:00", "53C", "Fraud - cheque, plastic card", """
        IPs bank card used for contactless in 4 shops after he lost his wallet on the bus.""",
             m("xgrant", "GRANT, Peter"), rel="unknown",
             fu=F(team="Crime Bureau", out="18", out_d=3)))

# -- B2. a shop or organisation with many thefts
SHOP_THEFTS = {
    "greggs": ("Greggs plc", [
        ("g1", "02/07/2026 10:15", "Male took a tray of sausage rolls from the counter and ran."),
        ("g2", "18/07/2026 12:40", "Two youths took drinks from the fridge, left without paying."),
        ("g3", "04/08/2026 09:05", "Female took sandwiches and a charity box from the till."),
        ("g4", "27/08/2026 15:30", "Male walked out with 6 meal deals, staff did not challenge."),
    ]),
    "superdrug": ("Superdrug Stores", [
        ("s1", "05/07/2026 11:20", "Perfume gift sets x4 concealed in a bag, alarm sounded."),
        ("s2", "21/07/2026 16:10", "Razors swept from shelf into rucksack, male left on bike."),
        ("s3", "10/08/2026 13:45", "Female took make up from the stand, CCTV captured."),
        ("s4", "02/09/2026 17:55", "Electric toothbrush heads taken, security tag left on shelf."),
    ]),
    "halfords": ("Halfords Ltd", [
        ("h1", "09/07/2026 14:00", "Dashcam taken from display, cable cut."),
        ("h2", "30/07/2026 10:30", "Male left with a child's bike, no payment."),
        ("h3", "19/08/2026 15:15", "Sat nav taken from the counter while staff distracted."),
    ]),
    "library": ("Hull City Council - Central Library", [
        ("l1", "14/07/2026 12:00", "Laptop taken from the public study room, owner a library."),
        ("l2", "11/08/2026 16:30", "Cash box taken from the cafe area behind the desk."),
        ("l3", "03/09/2026 11:45", "Tablet from the childrens corner stolen, cable cut."),
    ]),
    "aldi": ("ALDI Stores Ltd", [
        ("d1", "07/07/2026 18:05", "Bottles of spirits x3 taken, male known to staff by sight."),
        ("d2", "26/07/2026 19:20", "Meat products concealed in coat, female left the store."),
        ("d3", "15/08/2026 17:40", "Coffee jars x8 into a bag for life, left via fire exit."),
        ("d4", "06/09/2026 20:10", "Trolley of alcohol pushed out without payment."),
    ]),
}
for shop_key, (shop_name, thefts) in SHOP_THEFTS.items():
    org(shop_key, shop_name)
    for key, when, text in thefts:
        single("not_stalking", "shop_many_thefts", shop_key, None,
               f"one of several thefts from {shop_name}, unrelated offenders",
               crime(f"{shop_key}_{key}", when, "46", "Shoplifting", text, m(shop_key),
                     rel="stranger", fu=F(team="Crime Bureau", out="18", out_d=2)))
# -- B3. neighbour disputes with counter-allegations
person("yclark", "Derek Clark", "05/05/1966", "WF1 2AB")
person("ymills", "Trevor Mills", "19/09/1971", "WF1 2AC")
course("not_stalking", "neighbour_counter_allegations", "yclark", "ymills",
       "hedge and parking row, mutual", [
    crime("g1a", "06/07/2026 17:00", "58A", "Criminal damage", """
        IP says neighbour Trevor MILLS cut back the shared hedge to the stump without
        asking. Civil matter advice. MILLS says the hedge is his.""",
          m("yclark", "CLARK, Derek"), m("ymills", "MILLS, Trevor"), rel="neighbour",
          fu=F(team="NPT", out="21", out_d=3)),
    crime("g1b", "24/07/2026 18:30", "125/12", "Public order", """
        Row in the street over a car parked across CLARKs drive. Both men swearing. MILLS
        gave a counter allegation. Both advised.""",
          m("yclark", "Derek CLARK"), m("ymills", "MILLS, Trevor"), rel="neighbour",
          fu=F(team="Response", out="21", out_d=1)),
])
course("not_stalking", "neighbour_counter_allegations", "ymills", "yclark",
       "counter-allegation", [
    crime("g1c", "25/07/2026 09:00", "125/12", "Public Order Act s4", """
        MILLS reports CLARK threatened to 'sort him out' during yesterdays argument about
        parking. Counter allegation to CLARKs report. Mutual.""",
          m("ymills", "MILLS, Trevor"), m("yclark", "CLARK, Derek"), rel="neighbour",
          fu=F(team="Response", out="21", out_d=2)),
])

person("yevans", "Sian Evans", "12/12/1982", "CF24 3AA")
person("yroberts", "Lisa Roberts", "03/03/1984", "CF24 3AB")
course("not_stalking", "neighbour_counter_allegations", "yevans", "yroberts",
       "noise and bins dispute, both report each other", [
    crime("g2a", "10/07/2026 22:30", "", "ASB - nuisance (no crime)", """
        Loud music from next door (ROBERTS) until midnight again. Environmental health
        referral.""",
          m("yevans", "EVANS, Sian"), m("yroberts", "ROBERTS, Lisa"), rel="neighbour",
          fu=F(team="NPT")),
    crime("g2b", "02/08/2026 08:15", "58A", "Criminal damage", """
        EVANS says ROBERTS tipped her wheelie bin over her car. ROBERTS denies.""",
          m("yevans", "Sian EVANS"), m("yroberts", "ROBERTS, Lisa"), rel="neighbour",
          fu=F(team="NPT", out="15", out_d=10)),
])
course("not_stalking", "neighbour_counter_allegations", "yroberts", "yevans",
       "counter report", [
    crime("g2c", "02/08/2026 11:00", "8R", "Malicious communications", """
        ROBERTS shows a note from EVANS put through her door calling her a 'tramp' over
        the bins. EVANS admits writing it. Community resolution offered to both.""",
          m("yroberts", "ROBERTS, Lisa"), m("yevans", "EVANS, Sian"), rel="neighbour",
          fu=F(team="NPT", out="8", out_d=14)),
])

person("ykaur", "Harjit Kaur", "21/01/1975", "WS1 4PT")
person("yboyle", "Sean Boyle", "14/06/1969", "WS1 4PU")
course("not_stalking", "neighbour_counter_allegations", "ykaur", "yboyle",
       "fence and CCTV camera dispute", [
    crime("g3a", "15/07/2026 19:00", "8L", "Harassment", """
        IP says neighbour BOYLE has put up a CCTV camera that points at her garden.
        Information Commissioner advice given. No course of conduct toward IP disclosed,
        it is one camera over a boundary disagreement.""",
          m("ykaur", "KAUR, Harjit"), m("yboyle", "BOYLE, Sean"), rel="neighbour",
          fu=F(team="NPT", out="15", out_d=20)),
])
course("not_stalking", "neighbour_counter_allegations", "yboyle", "ykaur",
       "counter allegation over the fence", [
    crime("g3b", "17/07/2026 10:00", "58A", "Criminal damage", """
        BOYLE reports KAURs son pulled down fence panel on the boundary line. KAUR says the
        panel was on her land. Boundary dispute, civil.""",
          m("yboyle", "BOYLE, Sean"), m("ykaur", "KAUR, Harjit"), rel="neighbour",
          fu=F(team="NPT", out="15", out_d=12)),
    crime("g3c", "03/08/2026 18:20", "105A", "Common assault", """
        Push at the boundary between BOYLE and KAUR while measuring the fence line. Each
        says the other started it. No injuries. NFA both.""",
          m("yboyle", "BOYLE, Sean"), m("ykaur", "KAUR, Harjit"), rel="neighbour",
          fu=F(team="Response", out="15", out_d=5)),
])

person("ywright", "Gail Wright", "30/04/1977", "SR2 8TT")
person("yjohnson", "Kerry Johnson", "08/08/1988", "SR2 8TU")
course("not_stalking", "neighbour_counter_allegations", "ywright", "yjohnson",
       "dog barking row in a terrace", [
    crime("g4a", "20/07/2026 14:00", "125/12", "Public Order s4", """
        IP and neighbour JOHNSON argued over JOHNSONs dog barking, JOHNSON called her a
        'nosey cow' and slammed the door. Words of advice.""",
          m("ywright", "WRIGHT, Gail"), m("yjohnson", "JOHNSON, Kerry"), rel="neighbour",
          fu=F(team="NPT", out="21", out_d=1)),
])
course("not_stalking", "neighbour_counter_allegations", "yjohnson", "ywright",
       "counter", [
    crime("g4b", "21/07/2026 09:30", "8R", "Malicious comms", """
        JOHNSON reports WRIGHT posted on the street WhatsApp group that her dog 'should be
        put down'. Mutual dispute, mediation offered.""",
          m("yjohnson", "JOHNSON, Kerry"), m("ywright", "WRIGHT, Gail"), rel="neighbour",
          fu=F(team="NPT", out="21", out_d=2)),
    crime("g4c", "12/08/2026 19:45", "58A", "Criminal damage", """
        JOHNSONs plant pots smashed, she thinks WRIGHT. No evidence. WRIGHT says she was
        at work.""",
          m("yjohnson", "Kerry JOHNSON"), m("ywright", "WRIGHT, Gail", dob=""),
          rel="neighbour", fu=F(team="Crime Bureau", out="15", out_d=3)),
])

person("yali", "Farid Ali", "10/10/1980", "OL1 3DD")
person("ycooke", "Martin Cooke", "22/02/1974", "OL1 3DE")
course("not_stalking", "neighbour_counter_allegations", "yali", "ycooke",
       "shared drive and extension works", [
    crime("g5a", "05/08/2026 08:00", "58A", "Criminal damage", """
        Builders working for COOKE damaged ALIs drive wall with a digger. COOKE refuses to
        pay. Civil.""",
          m("yali", "ALI, Farid"), m("ycooke", "COOKE, Martin"), rel="neighbour",
          fu=F(team="NPT", out="15", out_d=7)),
])
course("not_stalking", "neighbour_counter_allegations", "ycooke", "yali",
       "counter", [
    crime("g5b", "06/08/2026 17:00", "125/12", "Section 4 Public Order", """
        COOKE says ALI shouted and threatened to call the council on him every day until
        the works stop. ALI says COOKE swore first. Both spoken to.""",
          m("ycooke", "COOKE, Martin"), m("yali", "ALI, Farid"), rel="neighbour",
          fu=F(team="NPT", out="21", out_d=1)),
])

# -- B4. two namesake suspects at one address (father and son), unrelated matters
FATHER_SON = [
    ("kbarnes", "Kevin Barnes", "03/05/1968", "Kevin Barnes", "11/11/1995", "M9 4RR",
     ("h1a", "08/07/2026 23:30", "105A", "Assault on a door supervisor",
      "Male refused entry to pub, pushed door supervisor. Kevin BARNES, 58.",
      "zdoor", "Anthony Lee", "12/12/1985", "M4 1AA", "stranger"),
     ("h1b", "22/08/2026 14:00", "49", "Theft of motorcycle",
      "Moped taken from outside the gym, later found at BARNES address, Kevin BARNES (30) arrested.",
      "zmoped", "Jade Foley", "06/06/2000", "M8 2BB", "stranger")),
    ("tnewton", "Terry Newton", "14/02/1961", "Terry Newton", "09/09/1988", "L4 3QQ",
     ("h2a", "11/07/2026 10:00", "53J", "Fraud",
      "Terry NEWTON (b.1961) sold a caravan he did not own to victim, GBP 4000.",
      "zcaravan", "Graham Pike", "01/04/1955", "L20 1CC", "stranger"),
     ("h2b", "30/08/2026 01:00", "105B", "Assault occasioning ABH",
      "Fight outside takeaway, Terry NEWTON jnr struck victim with a bottle.",
      "zabh", "Ricky Shaw", "07/07/1991", "L5 5DD", "stranger")),
    ("dhughes2", "David Hughes", "20/10/1965", "David Hughes", "30/03/1993", "SA5 8EE",
     ("h3a", "19/07/2026 16:00", "8R", "Malicious Communications",
      "David HUGHES (60) sent an abusive email to the council planning officer about a refusal.",
      "zplanning", "Alison Reeve", "15/02/1979", "SA1 3FF", "stranger"),
     ("h3b", "15/08/2026 12:30", "37", "Aggravated vehicle taking",
      "Car taken from garage forecourt for test drive and crashed. Driver David HUGHES (33).",
      "zgarage", "Wayne Ellis", "22/11/1970", "SA6 7GG", "stranger")),
    ("mosullivan", "Michael O'Sullivan", "01/07/1959", "Michael O'Sullivan", "17/01/1986", "CV2 2HH",
     ("h4a", "24/07/2026 09:00", "58A", "Criminal damage",
      "Michael O'SULLIVAN (senior) dented a parking warden's car with his stick in a row over a ticket.",
      "zwarden", "Ravi Chauhan", "03/03/1992", "CV1 1JJ", "stranger"),
     ("h4b", "21/08/2026 20:00", "105A", "Common assault",
      "Michael OSULLIVAN, 40, pushed a fellow player at five a side. Both walked away.",
      "zfootball", "Dean Parr", "05/05/1987", "CV3 3KK", "acquaintance")),
    ("jmurphy", "John Murphy", "25/12/1964", "John Murphy", "08/08/1990", "E6 2MM",
     ("h5a", "03/08/2026 11:00", "46", "Theft from shop",
      "John MURPHY (61) left B&Q with a drill not paid for, said he forgot.",
      "zbq", "B&Q plc", "", "", "stranger"),
     ("h5b", "28/08/2026 22:10", "125/12", "Public Order",
      "John MURPHY (36) abusive to a bus driver who refused his ticket.",
      "zbus", "Rahim Uddin", "04/04/1976", "E1 4LL", "stranger")),
]
for key, fname, fdob, sname, sdob, pc, father_crime, son_crime in FATHER_SON:
    person(f"{key}_f", fname, fdob, pc)
    person(f"{key}_s", sname, sdob, pc)
    for who, spec in ((f"{key}_f", father_crime), (f"{key}_s", son_crime)):
        ckey, when, code, offence, text, vkey, vname, vdob, vpc, rel = spec
        if vdob:
            person(vkey, vname, vdob, vpc)
        else:
            org(vkey, vname)
        first, _, last = bh.PEOPLE[who].name.rpartition(" ")
        sus = m(who, f"{last.upper()}, {first}", nid="" if who.endswith("_s") else 1)
        single("not_stalking", "namesake_father_son", vkey, who,
               f"{'father' if who.endswith('_f') else 'son'} of the same name and address, one matter",
               crime(ckey, when, code, offence, text, m(vkey), sus, rel=rel,
                     fu=F(team="Crime Bureau", out="1", out_d=30)))

# -- B5. a victim with two different ex-partners, each one or two unrelated records
person("wbailey", "Nicola Bailey", "18/04/1986", "PO4 0AA")
person("wexa", "Jason Platt", "02/02/1983", "PO2 9BB")
person("wexb", "Craig Tully", "12/07/1984", "PO6 3CC")
course("not_stalking", "two_ex_partners", "wbailey", "wexa",
       "first ex: one row at child handover", [
    crime("i1a", "12/07/2026 17:30", "125/12", "Public Order", """
        Argument at child handover at McDonalds car park, Jason PLATT swore at IP about
        the child being late. Contact via family court. No other issues.""",
          m("wbailey", "BAILEY, Nicola"), m("wexa", "PLATT, Jason"), rel="ex-partner",
          da="Y", fu=F(team="Response", risk="standard", risk_d=0, out="21", out_d=2)),
])
course("not_stalking", "two_ex_partners", "wbailey", "wexb",
       "second ex: kept her belongings once", [
    crime("i1b", "19/08/2026 12:00", "47", "Theft - other", """
        IP says ex Craig TULLY will not return her TV and hair straighteners since she moved
        out in June. TULLY says they are his. Civil advice.""",
          m("wbailey", "Nicola BAILEY"), m("wexb", "TULLY, Craig"), rel="ex-partner",
          da="Y", fu=F(team="Crime Bureau", out="15", out_d=5)),
])

person("wmoore", "Dawn Moore", "09/09/1979", "HD1 5DD")
person("wexc", "Paul Sykes", "21/03/1976", "HD2 2EE")
person("wexd", "Andrew Lumb", "30/06/1980", "HD3 3FF")
course("not_stalking", "two_ex_partners", "wmoore", "wexc", "old ex: one drunk text", [
    crime("i2a", "05/07/2026 01:00", "8R", "Malicious Communications", """
        One abusive text from ex husband SYKES after hearing she has remarried. Nothing
        before or since per IP. Words of advice given to SYKES.""",
          m("wmoore", "MOORE, Dawn"), m("wexc", "SYKES, Paul"), rel="ex-partner", da="Y",
          fu=F(team="Response", risk="standard", risk_d=0, out="21", out_d=3)),
])
course("not_stalking", "two_ex_partners", "wmoore", "wexd",
       "other ex: a dispute over a car loan, two records", [
    crime("i2b", "20/07/2026 11:00", "53J", "Fraud", """
        IP says ex partner LUMB has not paid the car loan in her name as agreed when they
        split. Civil / financial dispute.""",
          m("wmoore", "MOORE, Dawn"), m("wexd", "LUMB, Andrew"), rel="ex-partner", da="Y",
          fu=F(team="Crime Bureau", out="15", out_d=10)),
    crime("i2c", "30/08/2026 14:00", "47", "Theft", """
        LUMB agreed to return the car; IP says he kept the spare key and the parking permit.
        He returned them when spoken to. NFA.""",
          m("wmoore", "Dawn MOORE"), m("wexd", "LUMB, Andrew"), rel="ex-partner", da="Y",
          fu=F(team="NPT", out="21", out_d=1)),
])

person("wpatel", "Anjali Mistry", "16/01/1990", "LE2 8GG")
person("wexe", "Rohan Desai", "11/11/1988", "LE5 6HH")
person("wexf", "Daniel Chu", "27/05/1991", "LE1 7JJ")
course("not_stalking", "two_ex_partners", "wpatel", "wexe", "ex during the rel: one push", [
    crime("i3a", "14/07/2026 22:00", "105A", "Common assault", """
        Historic: IP reports ex DESAI pushed her once in an argument in 2024 when they
        lived together. No contact since they split. She is reporting now for her records.""",
          m("wpatel", "MISTRY, Anjali"), m("wexe", "DESAI, Rohan"), rel="ex-partner", da="Y",
          fu=F(team="DAIU", risk="standard", risk_d=2, out="16", out_d=40)),
])
course("not_stalking", "two_ex_partners", "wpatel", "wexf",
       "recent ex: one post about her, removed", [
    crime("i3b", "22/08/2026 18:00", "8R", "Malicious comms", """
        Ex partner CHU posted one insulting status about IP after the breakup, took it down
        the same day when asked by a friend. No further contact since.""",
          m("wpatel", "Anjali MISTRY"), m("wexf", "CHU, Daniel"), rel="ex-partner", da="Y",
          fu=F(team="Crime Bureau", out="21", out_d=2)),
])

person("wgreen", "Shannon Greene", "05/03/1998", "NE12 1KK")
person("wexg", "Ryan Bell", "19/10/1996", "NE23 2LL")
person("wexh", "Kai Robson", "13/12/1997", "NE28 3MM")
course("not_stalking", "two_ex_partners", "wgreen", "wexg",
       "ex: damage to phone in an argument, one record", [
    crime("i4a", "03/07/2026 21:00", "58A", "Criminal damage", """
        During argument while collecting his stuff BELL threw IPs phone, screen cracked. He
        has since paid for it. IP no further action wanted.""",
          m("wgreen", "GREENE, Shannon"), m("wexg", "BELL, Ryan"), rel="ex-partner", da="Y",
          fu=F(team="Response", risk="standard", risk_d=0, out="16", out_d=4)),
])
course("not_stalking", "two_ex_partners", "wgreen", "wexh",
       "other ex: a disputed debt, messages with a purpose", [
    crime("i4b", "10/08/2026 13:00", "8R", "Malicious Communications", """
        Ex ROBSON sent IP 3 texts asking for the GBP 200 she owes him for the festival
        tickets, one rude. Civil debt, words of advice.""",
          m("wgreen", "Shannon GREENE"), m("wexh", "ROBSON, Kai"), rel="ex-partner", da="Y",
          fu=F(team="Crime Bureau", out="21", out_d=2)),
])

person("wking", "Laura King", "01/12/1981", "IP1 4NN")
person("wexi", "Stephen Cole", "15/08/1978", "IP3 5PP")
person("wexj", "Marcus Reed", "24/04/1982", "IP4 6QQ")
course("not_stalking", "two_ex_partners", "wking", "wexi", "ex-husband: school fees row", [
    crime("i5a", "25/07/2026 19:00", "125/12", "Public Order", """
        Heated phone call then doorstep argument with ex husband COLE about school
        uniform money; he left when asked. IP says he is not usually like this.""",
          m("wking", "KING, Laura"), m("wexi", "COLE, Stephen"), rel="ex-partner", da="Y",
          fu=F(team="Response", risk="standard", risk_d=0, out="21", out_d=1)),
])
course("not_stalking", "two_ex_partners", "wking", "wexj",
       "later ex: returned key used once to collect belongings", [
    crime("i5b", "28/08/2026 10:00", "30C", "Burglary - other (shed)", """
        Ex partner REED let himself into IPs garage with his old key to collect his golf
        clubs while she was out. Says she agreed by text; she says not that day. Key
        returned, NFA.""",
          m("wking", "Laura KING"), m("wexj", "REED, Marcus"), rel="ex-partner", da="Y",
          fu=F(team="NPT", out="15", out_d=3)),
])

# ===========================================================================
# D. recorded stalking courses (the tool must keep them as recorded)
# ===========================================================================

person("rsstone", "Abigail Stone", "11/04/1992", "CH1 3AA")
person("rsvale", "Neil Vale", "03/10/1990", "CH2 4BB")
course("recorded_stalking", "recorded_stalking", "rsstone", "rsvale",
       "harassment then stalking recorded", [
    crime("j1a", "08/07/2026 19:00", "8L", "Harassment", """
        Ex VALE messaging and turning up at the gym. Harassment recorded.""",
          m("rsstone", "STONE, Abigail"), m("rsvale", "VALE, Neil"), rel="ex-partner",
          da="Y", fu=F(team="DAIU", risk="medium", risk_d=0)),
    crime("j1b", "04/08/2026 12:00", "8/65", "Stalking - s2A PHA", """
        Course of conduct reviewed by DAIU: following, loitering at home and work, 60+
        messages. Re-recorded as stalking. S-DASH high.""",
          m("rsstone", "STONE, Abigail"), m("rsvale", "VALE, Neil"), rel="ex-partner",
          da="Y", flags="DA; Stalking",
          fu=F(team="DAIU", risk="high", risk_d=0, scr="Y", scr_d=0, plan="Y",
               sup="Paladin", sup_d=1, spo="considered", tri_d=2)),
])

person("rspoole", "Maria Poole", "20/08/1970", "CW1 2CC")
person("rsorr", "Gordon Orr", "09/01/1966", "CW2 5DD")
course("recorded_stalking", "recorded_stalking", "rspoole", "rsorr", "neighbour, 8Q", [
    crime("j2a", "20/07/2026 10:00", "8Q", "Stalking", """
        Neighbour ORR photographs IP daily over the fence and leaves notes about her
        visitors. Stalking recorded.""",
          m("rspoole", "POOLE, Maria"), m("rsorr", "ORR, Gordon"), rel="neighbour",
          fu=F(team="CID", risk="medium", risk_d=1, scr="Y", scr_d=1, plan="Y",
               sup="National Stalking Helpline", sup_d=2)),
])

person("rsbird", "Joanne Bird", "14/06/1988", "WA1 6EE")
course("recorded_stalking", "recorded_stalking", "rsbird", None,
       "unidentified stalker recorded", [
    crime("j3a", "12/08/2026 15:00", "195/12", "Stalking involving fear of violence", """
        Unknown person sending IP photos of her taken through her windows and at her work
        over six weeks with threats. Recorded as s4A.""",
          m("rsbird", "BIRD, Joanne"), rel="unknown",
          fu=F(team="CID", risk="high", risk_d=0, scr="Y", scr_d=0, plan="Y",
               sup="Victim Support", sup_d=1, tri_d=1)),
    crime("j3b", "29/08/2026 09:00", "", "Incident - no crime", """
        Further photo through letterbox, linked to stalking crime.""",
          m("rsbird", "Joanne BIRD"), fu=F(team="Response")),
])

person("rsfox", "Kelly Fox", "07/02/1995", "WN1 7FF")
person("rsdale", "Ben Dale", "18/12/1993", "WN2 8GG")
course("recorded_stalking", "recorded_stalking", "rsfox", "rsdale", "flag only", [
    crime("j4a", "02/09/2026 20:00", "8L", "Harassment", """
        Ex DALE follows IP on nights out, tracks her via shared phone location, recorded
        with stalking flag after supervisor review.""",
          m("rsfox", "FOX, Kelly"), m("rsdale", "DALE, Ben"), rel="ex-partner", da="Y",
          flags="DA; Stalking", fu=F(team="DAIU", risk="medium", risk_d=0, scr="Y",
                                    scr_d=0, plan="Y")),
])
# ===========================================================================
# C1. one_record_course: one record describes a whole course in words
# ===========================================================================
# (key, recorded, code, offence, narrative, victim "Forename Surname", dob, postcode,
#  suspect "Forename Surname" or "", dob, postcode, relationship, domestic)

ONE_RECORD = [
    ("k01", "03/07/2026 10:20", "8L", "Harassment",
     "IP says since she ended the rel at Easter her ex has sent between 30 and 60 WA msgs "
     "every day, turns up at her mums most weekends and has driven past her work 'more "
     "times than she can count'. IP scared to go out.",
     "Toni Akers", "02/02/1990", "NG3 1AA", "Dale Pearce", "05/05/1987", "NG5 2BB",
     "ex-partner", "Y"),
    ("k02", "05/07/2026 14:00", "8R", "Malicious Communications",
     "Victim has had roughly two hundred emails from a former client since January, "
     "several a night, describing what she wore to court and what car she now drives.",
     "Helen Okafor", "09/09/1975", "NG1 5CC", "Terence Gould", "12/01/1960", "NG8 3DD",
     "acquaintance", "N"),
    ("k03", "06/07/2026 21:30", "125/12", "Public Order s4",
     "my ex has been outside my flat on five seperate nights in the last fortnight, just "
     "standing on the corner looking up at my window. tonight he shouted my name",
     "Jodie Marsh", "14/03/1999", "DE23 8EE", "Callum Rees", "21/07/1997", "DE24 9FF",
     "ex-partner", "Y"),
    ("k04", "08/07/2026 09:10", "8L", "Harassment - PHA s2",
     "IP reports that for the past 3 months a neighbour has followed her to the bus stop "
     "almost every weekday morning and tries to walk with her, though she has asked him "
     "to stop many times.",
     "Agnieszka Wrobel", "11/11/1984", "LE3 5GG", "Roy Timms", "03/03/1952", "LE3 5GH",
     "neighbour", "N"),
    ("k05", "09/07/2026 16:45", "8R", "Sending letters etc with intent",
     "The IP has received a handwritten letter every week since February from a man she "
     "met once at a wedding. 22 letters in total, each says he watches her Instagram "
     "stories and knows her routine.",
     "Lauren Fitch", "25/06/1993", "S11 7HH", "Owen Pratt", "19/08/1985", "S2 4JJ",
     "acquaintance", "N"),
    ("k06", "11/07/2026 20:00", "8U", "Controlling and coercive behaviour",
     "Post separation. Ex husband rings IP up to 15 times a night, has put a tracker app "
     "on the kids iPad to see where she takes them and has appeared at her new job twice "
     "this month. Separated since 1 May.",
     "Sarah Pickering", "30/01/1982", "S6 1KK", "Mark Pickering", "17/10/1979", "S35 2LL",
     "ex-partner", "Y"),
    ("k07", "12/07/2026 11:30", "105A", "Common assault",
     "IP grabbed by her ex partner at the petrol station. She states he has been waiting "
     "for her at the same petrol station most Saturday mornings for 6 weeks because he "
     "knows she fills up there.",
     "Gemma Hurst", "08/08/1991", "LS10 3MM", "Jordan Kaye", "12/12/1989", "LS12 4NN",
     "ex-partner", "Y"),
    ("k08", "14/07/2026 19:40", "8R", "Malicious comms",
     "Victim states that over the past 10 weeks an ex-colleague has made a new snapchat "
     "account each time she blocks him (she has blocked 14 so far) and sends pics of "
     "places she has just been.",
     "Ellie Warren", "04/04/2000", "LS4 2PP", "Hamza Qureshi", "22/02/1998", "LS8 1QQ",
     "colleague", "N"),
    ("k09", "15/07/2026 08:00", "58C", "Criminal damage to vehicle",
     "Tyres on IPs car slashed for the fourth time since June. Each time it follows a "
     "row with her ex on the phone when she refuses to see him; he has also parked "
     "across the road from her house on several evenings.",
     "Kerry Dunne", "27/05/1986", "B23 5RR", "Paul Mahon", "09/10/1983", "B44 6SS",
     "ex-partner", "Y"),
    ("k10", "16/07/2026 13:20", "8L", "Harrassment",
     "Pt (a patient) has attended the surgery asking for the same nurse 11 times in 7 "
     "weeks without an appointment, waited by her car twice and left gifts. Practice "
     "manager reporting, nurse frightened.",
     "Naomi Ellis", "13/07/1988", "B13 8TT", "Victor Hale", "01/01/1970", "B14 9UU",
     "stranger", "N"),
    ("k11", "18/07/2026 22:15", "125/9", "s4A POA",
     "She says the suspect, who she went on one date with, has been seen in her road "
     "nearly every night this month and messages her 'sleep well' after her bedroom light "
     "goes off. Very distressed, sleeping at her sister's.",
     "Rhiannon Pugh", "19/02/1996", "CF11 6VV", "Liam Fisk", "28/09/1994", "CF3 7WW",
     "online contact", "N"),
    ("k12", "19/07/2026 10:00", "8R", "Malicious Communications Act",
     "IP reports approx 300 calls from her ex since they split 8 wks ago, at all hours, "
     "many from withheld numbers. When she answers he asks where she is and who with.",
     "Danielle Shaw", "03/12/1994", "M11 1XX", "Aaron Vickers", "15/04/1992", "M18 2YY",
     "ex-partner", "Y"),
    ("k13", "20/07/2026 17:50", "8L", "Harassment",
     "the guy from my old work keeps turning up at my new job, he has been in 6 or 7 times "
     "since april, always when im on shift, and he knew my new address without me telling "
     "him",
     "Becca Lund", "22/10/2001", "M20 3ZZ", "Stuart Wray", "06/06/1980", "M21 4AB",
     "colleague", "N"),
    ("k14", "21/07/2026 12:00", "8R", "Comms network offence",
     "Susp, ex-boyfriend, has rung IPs workplace every single day for the past five weeks "
     "asking what shift she is on. Switchboard logs confirm 40+ calls. IP has been moved "
     "to another site.",
     "Chantelle Obi", "17/03/1997", "L8 5CD", "Jermaine Cole", "11/05/1995", "L7 6EF",
     "ex-partner", "Y"),
    ("k15", "23/07/2026 15:30", "105A", "Assault without injury",
     "The informant states that her ex partner has followed her home from the school run "
     "on at least eight occasions since Easter, and today grabbed her bag when she tried "
     "to walk away.",
     "Kayleigh Moss", "05/05/1992", "L36 7GH", "Dean Crowther", "24/12/1990", "L35 8IJ",
     "ex-partner", "Y"),
    ("k16", "24/07/2026 20:40", "8L", "Harassment",
     "IP: a former lodger has driven past the house twice a day, morning and evening, "
     "since he was asked to leave in mid-June. Seen and noted by IP and neighbours. He has "
     "also sent her 3 letters.",
     "Pauline Greaves", "10/10/1958", "HU3 9KL", "Glen Abbott", "30/03/1977", "HU8 1MN",
     "acquaintance", "N"),
    ("k17", "26/07/2026 09:30", "8R", "Malicious communications",
     "Aggrieved has received voicemails from her ex nightly for the last 2 months, "
     "describing what she did that day. He has no reason to know. IP believes he follows "
     "her.",
     "Stacey Noon", "29/08/1987", "HU5 2OP", "Gary Pinder", "14/11/1985", "HU6 3QR",
     "ex-partner", "Y"),
    ("k18", "27/07/2026 18:10", "125/12", "Public Order Act s4",
     "IP says a man from her church has waited outside her house after every Sunday "
     "service for 9 weeks in a row, despite being told by the pastor to stop. Tonight he "
     "knocked and asked her to marry him.",
     "Joy Mensah", "12/02/1979", "N17 4ST", "Samuel Boateng", "20/06/1975", "N18 5UV",
     "acquaintance", "N"),
    ("k19", "29/07/2026 14:20", "8L", "Harassment",
     "Victim (an estate agent) says a former client has come into the branch asking for "
     "her on a dozen or so occasions in the past 3 months and has been seen sitting in his "
     "car outside the branch at lunch time on several days.",
     "Rebecca Stone", "07/07/1990", "N1 6WX", "Clive Barton", "08/08/1964", "N7 7YZ",
     "acquaintance", "N"),
    ("k20", "30/07/2026 21:00", "8R", "Malicious Comms",
     "IP ended rel with susp in March. Since then approx 20-30 txts a day and he comments "
     "on every fb post she makes, has created 4 fake accounts after being blocked. She "
     "has changed her number twice.",
     "Amy Brennan", "16/01/1995", "BS3 8AB", "Josh Carver", "01/09/1993", "BS4 9CD",
     "ex-partner", "Y"),
    ("k21", "01/08/2026 07:45", "58A", "Criminal damage - dwelling",
     "Eggs thrown at front window again - IP says it has happened every weekend since she "
     "refused to get back with her ex in May. He also parks opposite most nights. Damage "
     "today to the window seal.",
     "Michelle Dyer", "23/04/1983", "BS5 1EF", "Stephen Hoyle", "18/07/1981", "BS7 2GH",
     "ex-partner", "Y"),
    ("k22", "02/08/2026 16:00", "8L", "Harassment",
     "The IP, a lecturer, reports a mature student has emailed her more than 70 times "
     "since the end of term, waited outside her office most days in July and has found "
     "her home address via the electoral roll.",
     "Dr Ingrid Nilsen", "05/09/1976", "OX2 6IJ", "Patrick Moran", "10/03/1972", "OX4 3KL",
     "acquaintance", "N"),
    ("k23", "04/08/2026 11:15", "8R", "Malicious comms",
     "IP says the susp, her sons former football coach, has messaged her on insta most "
     "nights since the season ended in May (screenshots show over 100 msgs), some "
     "describing her going into her house.",
     "Lisa Tan", "11/03/1986", "OX3 1MN", "Gavin Roper", "15/07/1978", "OX14 2OP",
     "acquaintance", "N"),
    ("k24", "06/08/2026 19:30", "8L", "Harassment",
     "Elderly widow. Handyman who did work for her 2 yrs ago phones her several times a "
     "week and has called at her bungalow uninvited on 5 or 6 occasions since June, "
     "asking to be let in. She has told him no each time.",
     "Edna Parkes", "14/05/1941", "ST3 4QR", "Ray Doyle", "09/09/1968", "ST4 5ST",
     "acquaintance", "N"),
    ("k25", "08/08/2026 10:50", "105A", "Common Assault",
     "IP pushed over by ex at the shopping centre. States he knows when she shops and has "
     "'bumped into' her there every week since they split at Christmas. Always the same "
     "excuse.",
     "Tracey Hulme", "01/06/1980", "WV2 3UV", "Carl Bennett", "26/11/1978", "WV4 4WX",
     "ex-partner", "Y"),
    ("k26", "10/08/2026 22:30", "8R", "Malicious communications",
     "Gamer IP says an online contact he met playing COD found his address and has sent "
     "him messages on Discord daily for about 6 weeks, as well as posting a photo of his "
     "front door. Male victim, 19.",
     "Ethan Morley", "02/02/2007", "WS2 5YZ", "Tom Aldridge", "20/12/1999", "DN1 6AB",
     "online contact", "N"),
    ("k27", "12/08/2026 13:00", "8L", "Harassment without violence",
     "Employer (HR) reports on behalf of staff member: former partner has sent flowers "
     "to the office weekly since June, phoned reception asking her whereabouts over 25 "
     "times, and waited in the car park on 3 dates in August.",
     "Sophie Carr", "18/10/1991", "RG30 7CD", "Ashley Greer", "22/08/1988", "RG31 8EF",
     "ex-partner", "Y"),
    ("k28", "14/08/2026 08:20", "8R", "Sending communication - grossly offensive",
     "IP says woman who is obsessed with her husband has sent her dozens of messages over "
     "the summer (around 5 a day at peak) telling her to leave him, and has been seen "
     "outside the house on at least 3 occasions.",
     "Claire Bentley", "03/05/1984", "RG2 9GH", "Kirsty Vance", "16/09/1986", "RG1 1IJ",
     "acquaintance", "N"),
    ("k29", "15/08/2026 23:50", "125/12", "Public order",
     "Male ex-partner stood under IPs window again tonight playing their 'song' on his "
     "phone. IP says this is most nights now and has been going on since the start of the "
     "summer holidays. Neighbours complaining too.",
     "Jade Fowler", "09/12/1998", "SO14 2KL", "Ricky Lane", "29/04/1996", "SO15 3MN",
     "ex-partner", "Y"),
    ("k30", "17/08/2026 12:40", "8L", "Harassment",
     "Female victim is a bus driver. A male passenger rides her route every shift she "
     "works (she estimates 30+ times since May), sits behind her cab and has waited at the "
     "depot gate when her shift ends. Depot manager aware.",
     "Karen Frost", "21/01/1977", "SO16 4OP", "Lee Bowyer", "11/11/1982", "SO17 5QR",
     "stranger", "N"),
    ("k31", "19/08/2026 15:10", "8R", "Malicious Communications",
     "Victim states that for approx 18 months her ex has sent her an email on the date of "
     "every anniversary they had, plus near daily messages on LinkedIn since March about "
     "her new partner and where they holiday.",
     "Olivia Hart", "30/06/1989", "BN1 6ST", "Julian Croft", "12/03/1985", "BN2 7UV",
     "ex-partner", "Y"),
    ("k32", "21/08/2026 18:25", "58C", "Criminal Damage - vehicle",
     "IP has found her car keyed three times in the last month. She says each time it "
     "happened on a day her ex messaged her to ask where she'd been; he has also turned up "
     "at her gym every Monday and Thursday.",
     "Laura Finch", "04/11/1993", "BN3 8WX", "Gary Stiles", "17/02/1990", "BN41 9YZ",
     "ex-partner", "Y"),
    ("k33", "24/08/2026 09:40", "8L", "Harassment",
     "IP (male) reports his former partner has rang his parents, his boss and his new "
     "girlfriend repeatedly over the last six weeks, and sits outside his flat in her car "
     "'most evenings'. He has kept a diary: 17 entries.",
     "Nathan Price", "13/09/1990", "NE1 1AB", "Leanne Heron", "26/03/1992", "NE2 2CD",
     "ex-partner", "Y"),
    ("k34", "26/08/2026 20:15", "8R", "Malicious comms",
     "in the last 3 weeks ive had over 150 messages from my ex on different apps, he says "
     "he knows ive been going to the gym at 6am and that he will be there. ive seen him "
     "there twice",
     "Holly Baines", "08/01/2002", "NE3 3EF", "Kieran Scott", "19/09/2000", "NE4 4GH",
     "ex-partner", "Y"),
    ("k35", "28/08/2026 17:30", "8L", "Harassment",
     "Reporting person is the victim's daughter. Her mum's ex phones the landline at "
     "least ten times every day and has walked past her bungalow 'every hour' on some "
     "days this week. Mum (72) now afraid to go out.",
     "Maureen Hicks", "19/07/1954", "TS1 5IJ", "Derek Spence", "02/02/1950", "TS3 6KL",
     "ex-partner", "Y"),
    ("k36", "30/08/2026 14:45", "8R", "Malicious Communications",
     "IP receiving gifts and cards from an anonymous admirer she believes is a neighbour; "
     "now a card every day for three weeks and a note saying he counted 'the 4 times you "
     "smiled at me'. Neighbour named as susp.",
     "Priya Nair", "15/10/1995", "TS5 7MN", "Howard Pike", "04/04/1966", "TS5 7MO",
     "neighbour", "N"),
    ("k37", "02/09/2026 10:10", "125/12", "Public Order Act 1986 s4",
     "susp a customer at IPs nail bar, has booked an appointment with her every week for "
     "2 months and waits outside when she refuses to do his nails. Today threatened staff "
     "who told him to leave.",
     "Mai Nguyen", "25/12/1996", "DH1 8OP", "Darren Kemp", "07/07/1971", "DH1 9QR",
     "stranger", "N"),
]
for (key, when, code, offence, text, vname, vdob, vpc, sname, sdob, spc, rel,
     da) in ONE_RECORD:
    person(f"{key}v", vname, vdob, vpc)
    person(f"{key}s", sname, sdob, spc)
    course("missed_stalking", "one_record_course", f"{key}v", f"{key}s",
           "one record describes the whole course with a count or frequency",
           [crime(key, when, code, offence, text, m(f"{key}v"), m(f"{key}s"), rel=rel, da=da,
                  fu=F(team="Crime Bureau" if da == "N" else "DAIU",
                       risk="standard" if da == "Y" else "", risk_d=0 if da == "Y" else None))])
# ===========================================================================
# C2. innocent_numbers: numbers that are not a course of conduct
# ===========================================================================
# (key, recorded, code, offence, narrative, victim, dob or "" (organisation), postcode,
#  suspect or "", dob, postcode, relationship)

INNOCENT = [
    ("q01", "02/07/2026 03:10", "58C", "Criminal damage to motor vehicles",
     "3 vehicles damaged on Cranmer St overnight, wing mirrors kicked. IPs car one of them. "
     "No suspects, no CCTV.", "Ian Booth", "05/06/1972", "NG7 2AB", "", "", "", "unknown"),
    ("q02", "04/07/2026 23:40", "105A", "Common assault",
     "IP called 999 twice after 2 males pushed him outside a kebab shop on the high street. "
     "Males left in a taxi. One named by staff.", "Kyle Benson", "12/08/2003", "DE1 1CD",
     "Reece Tandy", "01/02/2002", "DE21 2EF", "stranger"),
    ("q03", "06/07/2026 15:30", "46", "Shoplifting",
     "Youth aged 14 took 2 energy drinks and a chocolate bar. Parent collected. Community "
     "resolution.", "Spar Convenience Store", "", "", "Mason Kirby", "10/03/2012", "LE4 3GH",
     "stranger"),
    ("q04", "09/07/2026 08:20", "28E", "Burglary - dwelling",
     "Flat 12 Ravenscroft House entered via insecure window between 0100 and 0600. 1 laptop "
     "and 2 phones taken. Occupant asleep.", "Tariq Aziz", "19/11/1997", "S3 8IJ", "", "", "",
     "unknown"),
    ("q05", "11/07/2026 12:00", "53J", "Fraud",
     "IP had 2 missed calls from 'the garage' then a text asking for card details to release "
     "his car after its MOT. Paid GBP 480. Scam.", "Martin Hale", "03/03/1961", "LS15 4KL",
     "", "", "", "unknown"),
    ("q06", "12/07/2026 19:15", "58A", "Criminal damage",
     "Window at number 47 broken by a stone, 4 youths seen running towards the park. "
     "Second window on the estate this week, different streets.", "Jean Platt", "21/04/1955",
     "M40 5MN", "", "", "", "unknown"),
    ("q07", "14/07/2026 10:30", "8R", "Malicious Communications",
     "IP received one abusive email from a customer after a refund of GBP 35 was refused. "
     "Customer had bought 3 items over 6 months. No further emails.", "Ruth Cairns",
     "08/08/1980", "B15 6OP", "Gareth Noakes", "14/02/1967", "B17 7QR", "stranger"),
    ("q08", "15/07/2026 22:00", "105B", "ABH",
     "Victim, 22, punched in the face 3 times by a stranger at a bus stop after asking him "
     "to stop smoking. Arrested at scene.", "Owen Dale", "06/06/2004", "L1 8ST", "Karl Finn",
     "17/09/1986", "L6 9UV", "stranger"),
    ("q09", "17/07/2026 07:00", "45", "Theft from vehicle",
     "Catalytic converter cut from IPs Prius, 5th on the road this month per neighbours. "
     "No suspect.", "Gillian Ross", "27/01/1968", "BS9 1WX", "", "", "", "unknown"),
    ("q10", "18/07/2026 16:45", "125/12", "Public order",
     "Dispute at a car boot sale over a GBP 10 price. Male shouted at stallholder twice "
     "and walked off. One incident.", "Brenda Tate", "02/12/1959", "HU4 2YZ", "Shaun Leach",
     "30/07/1973", "HU9 3AB", "stranger"),
    ("q11", "20/07/2026 09:10", "47", "Theft - other",
     "2 lawn mowers and a strimmer taken from allotment plot 23. Plot holder reports 6 "
     "sheds on the site hit overnight.", "Norman Jessop", "11/11/1948", "OX4 4CD", "", "", "",
     "unknown"),
    ("q12", "22/07/2026 14:30", "53C", "Fraud - card",
     "IP noticed 9 transactions on her card in 2 days, all in London. She has had her card "
     "with her. Bank refunding.", "Wendy Pryor", "15/05/1976", "CF5 5EF", "", "", "", "unknown"),
    ("q13", "24/07/2026 11:00", "105A", "Assault on emergency worker",
     "Detained male, 31, spat at 2 officers in custody. CCTV.", "PC 4417 Lucy Drummond",
     "09/09/1992", "CF10 6GH", "Nigel Crane", "04/04/1995", "CF24 7IJ", "stranger"),
    ("q14", "26/07/2026 20:20", "58A", "Criminal damage",
     "Front door of flat 3 kicked in by a male looking for 'Dave' who moved out 2 years "
     "ago. Wrong address. Male apologised and paid.", "Abdi Hassan", "23/03/1989", "M14 8KL",
     "Lee Quigley", "12/12/1984", "M13 9MN", "stranger"),
    ("q15", "28/07/2026 13:45", "8R", "Malicious comms",
     "IP, a councillor, received 1 abusive tweet from an account with 12 followers after a "
     "planning vote. No further messages. Advice re reporting to platform.", "Cllr Peter Ames",
     "10/10/1962", "LE1 1OP", "", "", "", "unknown"),
    ("q16", "30/07/2026 02:15", "105A", "Common assault",
     "Fight involving 6 people outside club on Broad St, IP hit once, cannot identify. "
     "Door staff took 4 names.", "Callum Boyd", "18/02/2001", "B1 2QR", "", "", "", "stranger"),
    ("q17", "01/08/2026 10:00", "46", "Theft from shop",
     "Female took 14 packs of razor blades worth GBP 160 in one visit. Detained by "
     "security, first offence.", "Boots UK Ltd", "", "", "Sandra Holt", "05/05/1977",
     "NG2 3ST", "stranger"),
    ("q18", "03/08/2026 17:30", "58C", "Criminal damage to vehicle",
     "Car park at the hospital: 11 cars had tyres let down overnight, IPs among them. "
     "Security reviewing CCTV.", "Dr Amir Shah", "14/06/1979", "S10 4UV", "", "", "", "unknown"),
    ("q19", "05/08/2026 21:50", "125/12", "Public Order s4",
     "Neighbour shouted at IP once over a parcel delivered to number 28 by mistake. Both "
     "calmed down, parcel returned.", "Deborah Knight", "07/07/1983", "LS9 5WX", "Craig Fenn",
     "03/01/1980", "LS9 5WY", "neighbour"),
    ("q20", "07/08/2026 12:20", "48", "Theft of motor vehicle",
     "Van taken from yard, 1 of 3 vans taken from firms on the trading estate in 2 weeks. "
     "Tracker shows it in Leicester.", "Fenwick Plumbing Ltd", "", "", "", "", "", "unknown"),
    ("q21", "09/08/2026 09:00", "53J", "Fraud",
     "Elderly IP, 84, paid GBP 2,000 to a roofer for 2 days' work that was never done. "
     "Roofer has not been seen since.", "Albert Nunn", "30/03/1942", "DH1 6YZ", "", "", "",
     "unknown"),
    ("q22", "11/08/2026 15:15", "8R", "Malicious communication",
     "Parent received 1 message from another parent in the class WhatsApp group (32 "
     "members) calling her a liar after a birthday party row. Removed by admin.",
     "Samira Begum", "20/12/1990", "BD3 7AB", "Zoe Kerr", "14/08/1988", "BD4 8CD",
     "acquaintance"),
    ("q23", "13/08/2026 18:40", "44", "Theft of pedal cycle",
     "Cycle rack at the station: 7 bikes had locks cut on the same evening, IPs is the "
     "blue Trek. Officers checked 2 sales sites.", "Jake Fulton", "09/09/1999", "CB1 9EF", "",
     "", "", "unknown"),
    ("q24", "15/08/2026 13:00", "105A", "Common assault",
     "Girl aged 15 slapped by another pupil once on the walk home after a falling out over "
     "a seat on the bus. Both schools involved, restorative.", "Ava Lindsay", "03/05/2011",
     "NE5 1GH", "Mia Carter", "22/07/2011", "NE5 2IJ", "acquaintance"),
    ("q25", "18/08/2026 10:30", "125/12", "Public order",
     "Taxi driver abused by passenger over a GBP 18 fare at 0300; passenger paid after "
     "officers arrived. No previous between them.", "Imran Sadiq", "01/01/1981", "L15 3KL",
     "Ben Otway", "19/05/1994", "L17 4MN", "stranger"),
    ("q26", "20/08/2026 08:10", "28E", "Burglary residential",
     "Houses 2, 4 and 6 on Hilltop Rd entered overnight through rear doors; IP at number 4 "
     "lost car keys and car. Series linked to a known team.", "Gordon Price", "12/06/1966",
     "WF2 5OP", "", "", "", "unknown"),
    ("q27", "22/08/2026 19:00", "8R", "Malicious communications",
     "IP rang 101 three times today about a parking dispute text from a neighbour saying he "
     "will 'get the car towed'. One message only; IP worried about her car, not herself.",
     "Lorraine Bray", "28/11/1970", "CV5 6QR", "Alan Foyle", "06/02/1968", "CV5 6QS",
     "neighbour"),
]
for (key, when, code, offence, text, vname, vdob, vpc, sname, sdob, spc, rel) in INNOCENT:
    if vdob:
        person(f"{key}v", vname, vdob, vpc)
    else:
        org(f"{key}v", vname)
    if sname:
        person(f"{key}s", sname, sdob, spc)
    course("not_stalking", "innocent_numbers", f"{key}v", f"{key}s" if sname else None,
           "numbers in the narrative that are not repetition toward one person",
           [crime(key, when, code, offence, text, m(f"{key}v"),
                  m(f"{key}s") if sname else (), rel=rel, da="N",
                  fu=F(team="Crime Bureau", out="18" if not sname else "", out_d=3 if not sname else None))])
# ===========================================================================
# D. background: ordinary volume crime so precision means something
# ===========================================================================
# Each background record is its own not_stalking case. The narratives are composed from
# hand-written fragments (an offence, what happened, where), deterministically; none was
# written from the detection rules or the generator.

BACKGROUND = [
    ("46", "Shoplifting", "{sus} seen on CCTV concealing {item} in a bag at {shop}; left "
     "without paying. Staff statement taken."),
    ("45", "Theft from motor vehicle", "Vehicle parked on {street} entered overnight, {item} "
     "taken from the glovebox. Insecure."),
    ("58C", "Criminal damage to vehicle", "Aerial snapped and bodywork dented on {street} "
     "between 2300 and 0700. House-to-house negative."),
    ("28E", "Burglary - residential", "Insecure back door, {item} taken from the kitchen while "
     "occupants upstairs on {street}. Forensic opportunities limited."),
    ("44", "Theft of pedal cycle", "Bike chained outside {shop} taken in daylight; lock "
     "missing. Frame number on file."),
    ("105A", "Common assault", "Scuffle in the queue at {shop} over a trolley, victim pushed "
     "once by {sus}. No injury. Both spoken to."),
    ("53J", "Fraud by false representation", "Victim bought {item} through an online advert "
     "and paid by bank transfer; nothing arrived. Action Fraud referral."),
    ("47", "Theft - other", "{item} taken from an unlocked garden shed on {street}. No "
     "witnesses."),
    ("58A", "Criminal damage - other", "Graffiti sprayed on the side wall of a house on "
     "{street}, tags match others in the area."),
    ("39", "Theft from the person", "Phone snatched from victims hand by a cyclist on "
     "{street}, rode off toward the canal."),
    ("48", "Theft of motor vehicle", "Car taken from outside the house on {street}, keys "
     "believed taken in an earlier sneak-in."),
    ("125/12", "Public Order s4", "Drunk male ({sus}) abusive to staff at {shop} when refused "
     "service. Left before police arrival, identified from CCTV."),
    ("8R", "Malicious Communications", "One-off abusive voicemail from {sus} after a missed "
     "delivery slot at {shop}. Caller apologised when phoned back."),
    ("30C", "Burglary - business", "Roller shutter at {shop} forced, till drawer and "
     "{item} taken. Alarm activated 0315."),
    ("37", "Aggravated vehicle taking", "Stolen car crashed into a wall on {street}, "
     "occupants ran. Owner informed."),
    ("56B", "Making off without payment", "Fuel GBP 70 at the {shop} forecourt, false "
     "plates."),
    ("105A", "Assault - without injury", "Victim, a steward at {shop}, shoved by {sus} "
     "during an argument about a ticket. One incident."),
    ("58A", "Criminal damage", "Plant pots and a bench at {shop} damaged by youths on a "
     "Friday night. Council informed."),
]
ITEMS = ["a laptop", "a handbag", "power tools", "cash", "a games console", "two phones",
         "sunglasses", "a child's scooter", "jewellery", "a satnav", "spirits",
         "perfume", "a leaf blower", "a wallet", "a tablet", "headphones"]
SHOPS = ["Tesco Extra", "the Co-op", "Wilko", "B&M", "the Esso garage", "Lidl",
         "Home Bargains", "the leisure centre", "Costa", "Poundland", "Asda",
         "the pub car park", "Sainsbury's Local", "the football ground"]
STREETS = ["Albert Rd", "Church Lane", "Victoria St", "Mill Hill", "Park Avenue",
           "Station Rd", "the High Street", "Queens Drive", "Elm Close", "Castle View",
           "Bridge St", "Manor Way", "Cedar Grove", "Kings Rd", "Orchard Way"]
FORENAMES = ["Adam", "Beth", "Colin", "Diane", "Eric", "Fay", "Gavin", "Heidi", "Ivan",
             "June", "Keith", "Lena", "Mohammed", "Nadia", "Oscar", "Patricia", "Quentin",
             "Rosa", "Simon", "Tina", "Umar", "Vera", "Wayne", "Yasmin", "Zak"]
SURNAMES = ["Ashworth", "Blackwood", "Cartwright", "Dobson", "Eccleston", "Fairbairn",
            "Gillespie", "Hollis", "Ingram", "Jarvis", "Kitchen", "Lockwood", "Mellor",
            "Nuttall", "Oldroyd", "Pinnock", "Quigley", "Ramsden", "Sutcliffe", "Threlfall",
            "Umpleby", "Varley", "Whitworth", "Yeadon"]
AREAS = ["NG", "DE", "LE", "S", "LS", "M", "B", "L", "BS", "HU", "CF", "OX"]
BACKGROUND_ROWS = 160


def stable(text: str, n: int) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest()[:8], 16) % n


def background_person(i: int, role: str) -> str:
    key = f"bg{role}{i:03d}"
    fore = FORENAMES[(i * 7 + (role == "s") * 3) % len(FORENAMES)]
    sur = SURNAMES[(i * 5 + (role == "s") * 11) % len(SURNAMES)]
    dob = f"{1 + stable(key + 'd', 28):02d}/{1 + stable(key + 'm', 12):02d}/" \
          f"{1950 + stable(key + 'y', 55)}"
    area = AREAS[stable(key + 'a', len(AREAS))]
    pc = f"{area}{1 + stable(key + 'p', 20)} {stable(key + 'q', 9) + 1}" \
         f"{'ABDEFGHJLNPQRSTUWXYZ'[stable(key + 'r', 20)]}{'ABDEFGHJLNPQRSTUWXYZ'[stable(key + 's', 20)]}"
    person(key, f"{fore} {sur}", dob, pc)
    return key


for i in range(BACKGROUND_ROWS):
    code, offence, text = BACKGROUND[i % len(BACKGROUND)]
    victim = background_person(i, "v")
    suspect = background_person(i, "s") if "{sus}" in text else None
    sus_name = ""
    if suspect:
        first, _, last = bh.PEOPLE[suspect].name.rpartition(" ")
        sus_name = f"{last.upper()}"
    narrative = text.format(sus=sus_name, item=ITEMS[(i * 3) % len(ITEMS)],
                            shop=SHOPS[(i * 5) % len(SHOPS)],
                            street=STREETS[(i * 7) % len(STREETS)])
    # Mostly Jul-Sep 2026; one in eight is history (2025 to June 2026).
    if i % 8 == 7:
        day = date(2025, 3, 1) + timedelta(days=(i * 37) % 480)
    else:
        day = date(2026, 7, 1) + timedelta(days=(i * 11) % 92)
    when = f"{day:%d/%m/%Y} {(i * 7) % 24:02d}:{(i * 13) % 60:02d}"
    solved = suspect is not None
    course("not_stalking", "background", victim, suspect, "ordinary volume crime", [
        crime(f"bg{i:03d}", when, code, offence, narrative, m(victim),
              m(suspect) if suspect else (), rel="stranger" if suspect else "unknown",
              da="N", fu=F(team="Crime Bureau" if not solved else "Response",
                           out="18" if not solved else ("1" if i % 3 == 0 else ""),
                           out_d=2 if not solved or i % 3 == 0 else None))])
# ===========================================================================
# checks and output
# ===========================================================================

MINIMUM_CASES = {
    "unknown_then_named": 8, "suspect_name_variants": 8, "stalking_by_proxy": 8,
    "unidentified_no_shared_token": 8, "non_crime_records": 8, "one_record_course": 35,
    "innocent_numbers": 25, "unrelated_crimes_one_victim": 5, "shop_many_thefts": 5,
    "neighbour_counter_allegations": 5, "namesake_father_son": 5, "two_ex_partners": 5,
}
PROXY_SCENARIO = "stalking_by_proxy"


def check() -> None:
    in_case = {k for co in bh.COURSES for k in co.crimes}
    orphans = sorted(set(bh.CRIMES) - in_case)
    if orphans:
        raise ValueError(f"crimes in no case: {orphans}")
    for co in bh.COURSES:
        for who in (co.victim, co.suspect):
            if who is not None and who not in bh.PEOPLE:
                raise ValueError(f"{co.case}: unknown person {who}")
        recorded = [bh.is_recorded_stalking(bh.CRIMES[k]) for k in co.crimes]
        if co.label == "missed_stalking":
            wanted_one = co.scenario in ONE_RECORD_SCENARIOS
            if wanted_one != (len(co.crimes) == 1):
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
    check_parties()


def check_parties() -> None:
    """Each row's victim x suspect pairing is covered by a case holding the crime; a case's
    victim is a victim on each of its crimes, except the proxy records of a
    stalking_by_proxy course (another victim, the same suspect)."""
    pairs = set()
    for co in bh.COURSES:
        for k in co.crimes:
            victims = {v.key for v in bh.CRIMES[k].victims}
            if co.victim in victims:
                pairs.add((k, co.victim, co.suspect))
            elif co.scenario == PROXY_SCENARIO and co.suspect in {
                    s.key for s in bh.CRIMES[k].suspects}:
                pairs.update((k, v, co.suspect) for v in victims)
            else:
                raise ValueError(f"{co.case}: {co.victim} is not a victim on {k}")
    for c in bh.CRIMES.values():
        for v in c.victims:
            if c.suspects:
                missing = [s.key for s in c.suspects if (c.key, v.key, s.key) not in pairs]
                if missing:
                    raise ValueError(f"{c.key}: no case for {v.key}/{missing}")
            elif not any((c.key, v.key) == (k, vic) for k, vic, _ in pairs):
                raise ValueError(f"{c.key}: no case for victim {v.key}")


def assign_refs() -> None:
    """Force-wide numbering in recorded order with gaps (other crimes in between)."""
    counters = {2025: 40113, 2026: 2207}
    for c in sorted(bh.CRIMES.values(), key=lambda c: (c.when, c.key)):
        gap = 25 + int(hashlib.sha1(f"hy/{c.key}".encode()).hexdigest()[:6], 16) % 400
        counters[c.when.year] += gap
        c.ref = f"{REF_PREFIX}/{c.when.year % 100:02d}/{counters[c.when.year]:06d}"


def summary() -> str:
    lines = []
    for label in bh.LABELS:
        mine = [co for co in bh.COURSES if co.label == label]
        lines.append(f"{label}: {len(mine)} cases, {sum(len(co.crimes) for co in mine)} "
                     "crime links")
        for scenario in sorted({co.scenario for co in mine}):
            of = [co for co in mine if co.scenario == scenario]
            lines.append(f"  {scenario}: {len(of)} cases, "
                         f"{sum(len(co.crimes) for co in of)} crimes")
    return "\n".join(lines)


def build_with(check_set, number_refs) -> tuple[str, str, int]:
    """A hand-written set's export and labels, once its cases are defined: checked,
    numbered, rendered (the second and third sets share this)."""
    check_set()
    number_refs()
    rows, labels = bh.build_rows()
    csv_text, json_text = bh.render(rows, labels)
    return csv_text, json_text, len(rows)


def build() -> tuple[str, str, int]:
    return build_with(check, assign_refs)


def command(argv: list[str] | None, build_set, out: Path, csv_name: str,
            labels_name: str, description: str) -> None:
    """The builders' command line: write the set into --out, print its counts."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("--summary", action="store_true", help="print counts by scenario")
    args = parser.parse_args(argv)
    csv_text, json_text, n_rows = build_set()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / csv_name).write_text(csv_text, encoding="utf-8")
    (args.out / labels_name).write_text(json_text, encoding="utf-8")
    print(f"{n_rows} rows, {len(bh.CRIMES)} crimes, {len(bh.PEOPLE)} persons, "
          f"{len(bh.COURSES)} cases")
    if args.summary:
        print(summary())


def main(argv: list[str] | None = None) -> None:
    command(argv, build, HERE, CSV_NAME, LABELS_NAME, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
