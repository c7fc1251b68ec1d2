"""Name pools for synthetic people and organisations.

Lists are ordered most common first: the population draws from them with a Zipf-like
weight so that, as in a real city, a handful of names ("Smith", "Khan", "Mohammed")
carry many different people. Nothing here is a real person.
"""

from __future__ import annotations

# culture: (share of population, female forenames, male forenames, surnames)
CULTURES: dict[str, tuple[float, list[str], list[str], list[str]]] = {
    "english": (0.44, [
        "Sarah", "Emma", "Laura", "Rebecca", "Jessica", "Katherine", "Charlotte", "Hannah",
        "Sophie", "Amy", "Lauren", "Gemma", "Rachel", "Nicola", "Samantha", "Victoria",
        "Elizabeth", "Jennifer", "Claire", "Kelly", "Michelle", "Joanne", "Lisa", "Donna",
        "Chloe", "Olivia", "Megan", "Jade", "Stacey", "Danielle", "Margaret", "Susan",
        "Jacqueline", "Tracey", "Alison", "Helen", "Natalie", "Abigail", "Georgia", "Zoë",
    ], [
        "David", "James", "Michael", "John", "Robert", "Daniel", "Christopher", "Matthew",
        "Thomas", "Andrew", "Richard", "Mark", "Paul", "Steven", "Anthony", "William",
        "Jonathan", "Benjamin", "Joseph", "Nicholas", "Ryan", "Liam", "Jack", "Callum",
        "Jordan", "Dean", "Wayne", "Lee", "Craig", "Darren", "Shaun", "Kevin", "Gary",
        "Alexander", "Samuel", "Stephen", "Kieran", "Connor", "Lewis", "Nathan",
    ], [
        "Smith", "Jones", "Taylor", "Brown", "Wilson", "Johnson", "Wright", "Walker",
        "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood",
        "Harris", "Martin", "Clarke", "Jackson", "Clark", "Turner", "Hill", "Cooper",
        "Ward", "Moore", "King", "Baker", "Harrison", "Morris", "Lee", "Allen", "Mitchell",
        "Whitaker", "Bennett", "Shaw", "Marshall", "Chapman", "Holmes", "Knight", "Palmer",
        "Fletcher", "Barker", "Pearson", "Simpson", "Atkinson", "Hargreaves", "Lomax",
        "Ashworth", "Pickering", "Smith-Jones", "Clarke-Wilson", "Howard-Bell",
    ]),
    "welsh": (0.05, [
        "Siân", "Rhian", "Ffion", "Cerys", "Bethan", "Angharad", "Megan", "Eleri",
        "Catrin", "Nia", "Lowri", "Gwen",
    ], [
        "Gareth", "Rhys", "Dafydd", "Owain", "Iwan", "Huw", "Gethin", "Emyr", "Llyr",
        "Aled", "Geraint", "Dylan",
    ], [
        "Jones", "Davies", "Williams", "Evans", "Thomas", "Roberts", "Lewis", "Hughes",
        "Morgan", "Griffiths", "Price", "Rees", "Pritchard", "Llewellyn", "Vaughan",
        "Powell", "Parry", "Jenkins",
    ]),
    "scottish": (0.05, [
        "Catriona", "Kirsty", "Fiona", "Morag", "Eilidh", "Ailsa", "Isla", "Mhairi",
        "Shona", "Kirsten",
    ], [
        "Alistair", "Angus", "Hamish", "Iain", "Callum", "Fraser", "Euan", "Gregor",
        "Ross", "Douglas", "Craig", "Duncan",
    ], [
        "MacDonald", "Campbell", "Stewart", "Robertson", "Murray", "MacLeod", "Fraser",
        "Reid", "Paterson", "McKenzie", "Ross", "Sinclair", "Buchanan", "Munro", "Ferguson",
    ]),
    "irish": (0.05, [
        "Siobhan", "Aoife", "Niamh", "Ciara", "Roisin", "Orla", "Sinead", "Aisling",
        "Caoimhe", "Grainne", "Bridget", "Maeve",
    ], [
        "Patrick", "Sean", "Declan", "Ciaran", "Padraig", "Eoin", "Conor", "Niall",
        "Cormac", "Fergal", "Liam", "Brendan",
    ], [
        "Murphy", "Kelly", "O'Brien", "O'Sullivan", "Byrne", "Ryan", "O'Connor", "Walsh",
        "McCarthy", "Doyle", "Gallagher", "Quinn", "Flanagan", "Ó Súilleabháin", "Brennan",
        "McLaughlin",
    ]),
    "south_asian": (0.16, [
        "Fatima", "Aisha", "Priya", "Ayesha", "Zainab", "Sana", "Nadia", "Parveen", "Shazia",
        "Amandeep", "Harpreet", "Simran", "Anjali", "Pooja", "Nusrat", "Rukhsana", "Samina",
        "Rubina", "Kiran", "Sunita", "Shabana", "Farah", "Mariam",
    ], [
        "Mohammed", "Muhammad", "Ali", "Imran", "Amir", "Yusuf", "Ibrahim", "Bilal", "Hamza",
        "Tariq", "Rajesh", "Sanjay", "Vikram", "Arjun", "Rohit", "Gurpreet", "Harjit",
        "Jaswinder", "Sukhdev", "Abdul", "Asif", "Zubair", "Shahid", "Rizwan",
    ], [
        "Khan", "Patel", "Hussain", "Ali", "Ahmed", "Begum", "Akhtar", "Shah", "Iqbal",
        "Mahmood", "Rahman", "Singh", "Kaur", "Sharma", "Mistry", "Chauhan", "Gill",
        "Sandhu", "Chowdhury", "Miah", "Uddin", "Bibi", "Javed", "Parmar", "Lad", "Mirza",
    ]),
    "polish": (0.05, [
        "Katarzyna", "Aleksandra", "Agnieszka", "Małgorzata", "Anna", "Joanna", "Monika",
        "Magdalena", "Ewa", "Karolina",
    ], [
        "Piotr", "Krzysztof", "Tomasz", "Paweł", "Łukasz", "Marcin", "Jan", "Aleksander",
        "Michał", "Kamil",
    ], [
        "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
        "Zieliński", "Szymański", "Nowak-Wiśniewska",
    ]),
    "romanian": (0.02, [
        "Ioana", "Elena", "Andreea", "Maria", "Alina", "Cristina",
    ], [
        "Andrei", "Mihai", "Ionut", "Vasile", "Bogdan", "Florin",
    ], [
        "Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Constantin", "Munteanu",
    ]),
    "lithuanian": (0.01, [
        "Ruta", "Ieva", "Egle", "Asta",
    ], [
        "Tomas", "Darius", "Mindaugas", "Paulius",
    ], [
        "Kazlauskas", "Jankauskas", "Petrauskas", "Stankevicius",
    ]),
    "caribbean": (0.04, [
        "Shanice", "Keisha", "Tanisha", "Marcia", "Beverley", "Yolanda", "Simone", "Natasha",
        "Jasmine", "Leanne",
    ], [
        "Delroy", "Winston", "Tyrone", "Marlon", "Leon", "Jermaine", "Clive", "Errol",
        "Devon", "Andre", "Courtney", "Jerome",
    ], [
        "Campbell", "Brown", "Williams", "Thompson", "Clarke", "Francis", "Grant", "Henry",
        "Reid", "Gordon", "Bailey", "Samuels", "Forbes", "McKenzie", "Morgan",
    ]),
    "west_african": (0.05, [
        "Oluwaseun", "Chioma", "Ngozi", "Abena", "Ama", "Funmilayo", "Adaeze", "Blessing",
        "Folake", "Efua", "Chiamaka", "Yetunde",
    ], [
        "Oluwafemi", "Chukwuemeka", "Adebayo", "Kwame", "Kofi", "Olumide", "Tunde",
        "Emmanuel", "Chinedu", "Kwabena", "Oluwatobi", "Ikechukwu",
    ], [
        "Okafor", "Adeyemi", "Mensah", "Okonkwo", "Boateng", "Adebayo", "Owusu", "Eze",
        "Oyelaran", "Asante", "Olawale", "Nwosu", "Ogunleye", "Appiah", "Babatunde",
    ]),
    "chinese": (0.03, [
        "Mei", "Li Na", "Xiu Ying", "Yan", "Jing", "Hui", "Ling", "Xin", "Fang",
    ], [
        "Wei", "Jun", "Hao", "Lei", "Jian", "Ming", "Tao", "Yong", "Chen",
    ], [
        "Zhang", "Wang", "Li", "Chen", "Liu", "Yang", "Huang", "Zhao", "Wu", "Lin", "Wong",
        "Chan", "Cheung",
    ]),
    "somali": (0.02, [
        "Hodan", "Amina", "Fadumo", "Hibo", "Sahra", "Ayan",
    ], [
        "Abdirahman", "Abdullahi", "Mustafa", "Ahmed", "Abdi", "Yusuf",
    ], [
        "Mohamed", "Hassan", "Abdi", "Farah", "Warsame", "Osman", "Ali", "Jama",
    ]),
    "turkish_kurdish": (0.015, [
        "Ayse", "Elif", "Zeynep", "Emine", "Fatma",
    ], [
        "Mehmet", "Emre", "Hasan", "Kemal", "Murat",
    ], [
        "Yilmaz", "Kaya", "Demir", "Aydin", "Celik", "Sahin",
    ]),
    "southern_european": (0.015, [
        "Maria", "Ana", "Giulia", "Sofia", "Eleni", "Francesca",
    ], [
        "João", "Marco", "Giorgos", "Rui", "Luca", "Nikos",
    ], [
        "Silva", "Santos", "Rossi", "Papadopoulos", "Ferreira", "Costa", "Russo",
    ]),
}

# Everyday variants officers and records systems write for one forename.
NICKNAMES: dict[str, list[str]] = {
    "Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will", "Billy"],
    "Katherine": ["Kate", "Kath", "Katie", "Catherine"], "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Margaret": ["Maggie", "Peggy"], "Richard": ["Rich", "Richie", "Dick"],
    "James": ["Jim", "Jimmy", "Jamie"], "Michael": ["Mike", "Mick", "Micky"],
    "Christopher": ["Chris"], "Anthony": ["Tony", "Ant"], "Jonathan": ["Jon", "Jonny"],
    "Daniel": ["Dan", "Danny"], "Thomas": ["Tom", "Tommy"], "Samantha": ["Sam", "Sammy"],
    "Jennifer": ["Jen", "Jenny"], "Rebecca": ["Becky", "Becca", "Rebekah"],
    "Victoria": ["Vicky", "Tori"], "Alexander": ["Alex", "Alec"], "Andrew": ["Andy", "Drew"],
    "Stephen": ["Steve", "Steven"], "Steven": ["Steve", "Stephen"], "Joseph": ["Joe", "Joey"],
    "David": ["Dave", "Davey"], "Nicholas": ["Nick", "Nicky"], "Matthew": ["Matt"],
    "Benjamin": ["Ben", "Benji"], "Patrick": ["Pat", "Paddy"], "Samuel": ["Sam", "Sammy"],
    "Jacqueline": ["Jackie"], "Susan": ["Sue", "Susie"], "Abigail": ["Abbie", "Abi"],
    "Nicola": ["Nicky", "Nikki"], "Natalie": ["Nat"], "Joanne": ["Jo"],
    "Kevin": ["Kev"], "Gary": ["Gaz"], "Gareth": ["Gaz"], "Dafydd": ["Dai", "Dave"],
    "Mohammed": ["Muhammad", "Mohammad", "Mohamed", "Md"],
    "Muhammad": ["Mohammed", "Mohammad", "Mohamed"], "Yusuf": ["Yousef", "Yousuf"],
    "Aisha": ["Ayesha"], "Ayesha": ["Aisha"], "Fatima": ["Fatema"], "Imran": ["Imraan"],
    "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia", "Malgorzata"],
    "Aleksandra": ["Ola", "Alexandra"], "Aleksander": ["Olek", "Alexander"],
    "Łukasz": ["Lukasz"], "Paweł": ["Pawel"], "Piotr": ["Peter"],
    "Siân": ["Sian"], "Zoë": ["Zoe"], "Siobhan": ["Shevaun"], "Sinead": ["Sinéad"],
    "Roisin": ["Róisín"], "Oluwaseun": ["Seun"], "Oluwafemi": ["Femi"],
    "Chukwuemeka": ["Emeka"], "Adebayo": ["Bayo"], "Olumide": ["Mide"],
    "Oluwatobi": ["Tobi"], "Ikechukwu": ["Ike"], "Funmilayo": ["Funmi"],
    "Chiamaka": ["Amaka"], "Catriona": ["Katrina"], "Alistair": ["Ali", "Alasdair"],
    "Hamish": ["Hamesh"], "Abdirahman": ["Abdi", "Abdurahman"], "Mehmet": ["Mehmed"],
    "Delroy": ["Del"], "Jermaine": ["Jerm"], "Winston": ["Winnie"],
}

MIDDLE_F = ["Louise", "Marie", "Jane", "Anne", "Elizabeth", "Rose", "Grace", "May", "Ann",
            "Jayne", "Victoria", "Joy"]
MIDDLE_M = ["James", "John", "Paul", "Lee", "Michael", "David", "Anthony", "William", "Thomas",
            "Edward", "Peter"]
# Cultures whose middle names differ from the English-language default.
MIDDLE_BY_CULTURE = {
    "south_asian": (["Begum", "Kaur", "Bibi", "Akhtar", "Devi"], ["Singh", "Ali", "Ahmed", "Kumar", "Hussain"]),
    "chinese": ([], []),
    "somali": ([], ["Mohamed", "Ahmed"]),
}

# Full names that real forces hold for dozens of different people.
COMMON_FULL_NAMES = [
    ("M", "John", "Smith"), ("M", "Mohammed", "Khan"), ("M", "Mohammed", "Ali"),
    ("M", "David", "Jones"), ("F", "Sarah", "Williams"), ("M", "Michael", "Brown"),
    ("M", "James", "Wilson"), ("F", "Emma", "Taylor"), ("M", "Mohammed", "Hussain"),
    ("M", "Daniel", "Evans"), ("M", "Jan", "Kowalski"), ("M", "Piotr", "Nowak"),
    ("M", "Wei", "Zhang"), ("F", "Priya", "Patel"), ("F", "Fatima", "Begum"),
    ("F", "Jessica", "Thomas"), ("M", "Gurpreet", "Singh"), ("F", "Laura", "Smith"),
    ("M", "Imran", "Khan"), ("M", "Ryan", "Jones"),
]

# (canonical name, variants written by different officers / systems, kind)
ORGANISATIONS: list[tuple[str, list[str], str]] = [
    ("Tesco Stores Ltd", ["TESCO STORES LTD", "Tesco Express", "Tesco Extra", "Tesco"], "store"),
    ("Sainsbury's Supermarkets Ltd", ["Sainsburys", "SAINSBURYS LOCAL", "Sainsbury's"], "store"),
    ("Co-operative Group Ltd", ["Co-op Food", "CO-OP", "The Co-operative Food"], "store"),
    ("Boots UK Ltd", ["Boots", "BOOTS THE CHEMIST", "Boots Pharmacy"], "store"),
    ("Primark Stores Ltd", ["Primark", "PRIMARK"], "store"),
    ("B&M Retail Ltd", ["B&M", "B and M Bargains", "B & M"], "store"),
    ("Aldi Stores Ltd", ["ALDI", "Aldi"], "store"),
    ("Lidl Great Britain Ltd", ["Lidl", "LIDL GB"], "store"),
    ("Asda Stores Ltd", ["ASDA", "Asda Superstore"], "store"),
    ("Home Bargains", ["HOME BARGAINS", "T J Morris Ltd (Home Bargains)"], "store"),
    ("Superdrug Stores plc", ["Superdrug", "SUPERDRUG"], "store"),
    ("JD Sports Fashion plc", ["JD Sports", "J D SPORTS"], "store"),
    ("Poundland Ltd", ["Poundland", "POUNDLAND"], "store"),
    ("Greggs plc", ["Greggs", "GREGGS"], "store"),
    ("Iceland Foods Ltd", ["Iceland", "ICELAND"], "store"),
    ("One Stop Stores Ltd", ["One Stop", "ONE STOP"], "store"),
    ("Marks and Spencer plc", ["M&S", "Marks & Spencer", "MARKS AND SPENCER"], "store"),
    ("Shell Petrol Station", ["Shell Garage", "SHELL UK"], "store"),
    ("City Council", ["City Council", "CITY COUNCIL", "The Council (Parks Dept)"], "council"),
    ("District Council", ["District Council", "DISTRICT COUNCIL"], "council"),
    ("Borough Council Housing Services", ["Borough Council", "Council Housing"], "council"),
    ("St Mary's C of E Primary School", ["St Marys Primary", "ST MARY'S PRIMARY SCHOOL"], "school"),
    ("Beaumont Academy", ["Beaumont Academy Trust", "BEAUMONT ACADEMY"], "school"),
    ("Highfields Community College", ["Highfields College", "HIGHFIELDS CC"], "school"),
    ("Royal Mail Group Ltd", ["Royal Mail", "ROYAL MAIL"], "company"),
    ("Arriva Midlands", ["Arriva Buses", "ARRIVA"], "company"),
    ("Network Rail", ["NETWORK RAIL", "Network Rail Infrastructure Ltd"], "company"),
    ("A1 Autos Ltd", ["A1 Autos", "A 1 AUTOS"], "company"),
    ("Premier Inn Hotels Ltd", ["Premier Inn", "PREMIER INN"], "company"),
    ("University Hospitals NHS Trust", ["Royal Infirmary", "UHL NHS Trust"], "company"),
    ("Sunrise Care Homes Ltd", ["Sunrise Care Home", "SUNRISE CARE"], "company"),
    ("Midland Building Supplies Ltd", ["Midland Building Supplies", "MBS Ltd"], "company"),
]

# Postcode districts of one imagined force area, with a few neighbouring ones.
POSTCODE_DISTRICTS = [
    "LE1", "LE2", "LE3", "LE4", "LE5", "LE7", "LE8", "LE9", "LE10", "LE11", "LE12", "LE13",
    "LE16", "LE17", "LE18", "LE19", "LE65", "LE67", "CV11", "NG10", "DE74",
]
POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

STREETS = [
    "Victoria Road", "Station Street", "High Street", "Church Lane", "Park Avenue",
    "London Road", "Narborough Road", "Belgrave Gate", "Queens Road", "Mill Lane",
    "The Crescent", "Green Lane", "Kings Drive", "Chapel Street", "Forest Road",
    "Hinckley Road", "Melton Road", "Uppingham Road", "Saffron Lane", "Welford Road",
]
