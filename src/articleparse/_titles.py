# Lexicons for name resolution: titles and honorifics, role nouns, pronouns,
# the words that look like names but are not, and first names by gender.
#
# Contract: typed data only, no logic. Every set holds words as they are
# compared by _names: capitalised words in their written case without a
# trailing period ("Sen" for "Sen."), lowercase nouns in lowercase.
"""Word lists that _names reads to turn speaker mentions into names.

Written by hand for this project from general knowledge of English news style
(the Associated Press and Canadian Press habits of "President X", "Sen. X",
"X, the minister of Y", "Mr. X" on second reference). The first-name lists are
a small sample of common given names in English-language news, with some
frequent Russian, French, Spanish and Asian ones; they only help to tell "he"
from "she", so a missing name costs a gender check, never a name.
"""

from __future__ import annotations

from typing import Final, Literal

Gender = Literal["m", "f"]

# Honorifics that stand before a name and say nothing of a role ("Mr. Trump").
# The value is the gender they imply, or None.
HONORIFICS: Final[dict[str, Gender | None]] = {
    "Mr": "m",
    "Mrs": "f",
    "Ms": "f",
    "Miss": "f",
    "Mx": None,
    "Dr": None,
    "Prof": None,
    "Professor": None,
    "Sir": "m",
    "Dame": "f",
    "Lord": "m",
    "Lady": "f",
    "Rev": None,
    "Reverend": None,
    "Fr": "m",
    "Father": "m",
    "Sister": "f",
    "Comrade": None,
    "Sheikh": "m",
    "Hon": None,
    "Honourable": None,
    "Honorable": None,
    "Madam": "f",
    "Monsieur": "m",
    "Madame": "f",
    "Herr": "m",
    "Frau": "f",
    "Señor": "m",
    "Señora": "f",
}

# Capitalised title words, with the role noun each stands for ("Sen." is a
# senator). A run of these before a name is its title ("Foreign Minister",
# "Chief of the General Staff", "Vice President"); they are never part of a
# name. Words that only qualify a title ("Foreign", "Deputy") map to None.
TITLE_WORDS: Final[dict[str, str | None]] = {
    "President": "president",
    "Vice": None,
    "Prime": None,
    "Premier": "premier",
    "Minister": "minister",
    "Secretary": "secretary",
    "Senator": "senator",
    "Sen": "senator",
    "Representative": "representative",
    "Rep": "representative",
    "Congressman": "congressman",
    "Congresswoman": "congresswoman",
    "Governor": "governor",
    "Gov": "governor",
    "Lt": None,
    "Mayor": "mayor",
    "Councillor": "councillor",
    "Councilor": "councillor",
    "Coun": "councillor",
    "Councilman": "councillor",
    "Councilwoman": "councillor",
    "Alderman": "councillor",
    "Judge": "judge",
    "Justice": "justice",
    "Chief": "chief",
    "General": "general",
    "Gen": "general",
    "Staff": None,
    "Colonel": "colonel",
    "Col": "colonel",
    "Major": "major",
    "Maj": "major",
    "Captain": "captain",
    "Capt": "captain",
    "Lieutenant": "lieutenant",
    "Sergeant": "sergeant",
    "Sgt": "sergeant",
    "Corporal": "corporal",
    "Cpl": "corporal",
    "Private": None,
    "Pte": None,
    "Pvt": None,
    "Admiral": "admiral",
    "Adm": "admiral",
    "Commander": "commander",
    "Cmdr": "commander",
    "Marshal": "marshal",
    "Commissioner": "commissioner",
    "Director": "director",
    "Chairman": "chairman",
    "Chairwoman": "chairwoman",
    "Chairperson": "chair",
    "Chair": "chair",
    "CEO": "ceo",
    "Coach": "coach",
    "Deputy": None,
    "Assistant": None,
    "Associate": None,
    "Acting": None,
    "Interim": None,
    "Former": None,
    "Attorney": "attorney",
    "Solicitor": "solicitor",
    "Ambassador": "ambassador",
    "Chancellor": "chancellor",
    "King": "king",
    "Queen": "queen",
    "Prince": "prince",
    "Princess": "princess",
    "Pope": "pope",
    "Cardinal": "cardinal",
    "Bishop": "bishop",
    "Archbishop": "archbishop",
    "Rabbi": "rabbi",
    "Imam": "imam",
    "Pastor": "pastor",
    "Officer": "officer",
    "Constable": "constable",
    "Const": "constable",
    "Inspector": "inspector",
    "Insp": "inspector",
    "Detective": "detective",
    "Det": "detective",
    "Superintendent": "superintendent",
    "Supt": "superintendent",
    "Sheriff": "sheriff",
    "Speaker": "speaker",
    "Leader": "leader",
    "Spokesman": "spokesman",
    "Spokeswoman": "spokeswoman",
    "Spokesperson": "spokesperson",
    "MP": "mp",
    "MLA": "mla",
    "MPP": "mpp",
    "Trooper": "trooper",
    "Dean": "dean",
    "Principal": "principal",
    "Treasurer": "treasurer",
    "Auditor": "auditor",
    "Clerk": "clerk",
    "Foreign": None,
    "Defence": None,
    "Defense": None,
    "Finance": None,
    "Health": None,
    "Interior": None,
    "Environment": None,
    "Immigration": None,
    "Public": None,
    "Safety": None,
    "Transport": None,
    "Transportation": None,
    "Trade": None,
    "Labour": None,
    "Labor": None,
    "Education": None,
    "Agriculture": None,
    "Energy": None,
    "Economy": None,
    "Infrastructure": None,
    "Treasury": None,
    "Home": None,
    "Executive": None,
    "Managing": None,
    "Senior": None,
    "Head": "head",
    "Founder": "founder",
    "Author": "author",
    "State": None,
    "Majority": None,
    "Minority": None,
    "Opposition": None,
    "House": None,
    "Senate": None,
    "Crown": None,
    "Police": None,
    "Army": None,
    "Navy": None,
}

# Lowercase role nouns that a definite mention ("the minister") can name, with
# the gender the noun itself implies. Titles above map to these keys.
ROLE_NOUNS: Final[dict[str, Gender | None]] = {
    "president": None,
    "premier": None,
    "minister": None,
    "secretary": None,
    "senator": None,
    "representative": None,
    "congressman": "m",
    "congresswoman": "f",
    "lawmaker": None,
    "legislator": None,
    "governor": None,
    "mayor": None,
    "councillor": None,
    "judge": None,
    "justice": None,
    "chief": None,
    "general": None,
    "colonel": None,
    "major": None,
    "captain": None,
    "lieutenant": None,
    "sergeant": None,
    "corporal": None,
    "admiral": None,
    "commander": None,
    "marshal": None,
    "commissioner": None,
    "director": None,
    "chairman": "m",
    "chairwoman": "f",
    "chair": None,
    "ceo": None,
    "coach": None,
    "attorney": None,
    "lawyer": None,
    "solicitor": None,
    "ambassador": None,
    "chancellor": None,
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "pope": "m",
    "cardinal": "m",
    "bishop": None,
    "archbishop": None,
    "rabbi": None,
    "imam": None,
    "pastor": None,
    "officer": None,
    "constable": None,
    "inspector": None,
    "detective": None,
    "superintendent": None,
    "sheriff": None,
    "speaker": None,
    "leader": None,
    "spokesman": "m",
    "spokeswoman": "f",
    "spokesperson": None,
    "mp": None,
    "mla": None,
    "mpp": None,
    "trooper": None,
    "dean": None,
    "principal": None,
    "treasurer": None,
    "auditor": None,
    "clerk": None,
    "head": None,
    "founder": None,
    "owner": None,
    "professor": None,
    "researcher": None,
    "scientist": None,
    "economist": None,
    "analyst": None,
    "expert": None,
    "author": None,
    "writer": None,
    "columnist": None,
    "journalist": None,
    "reporter": None,
    "editor": None,
    "doctor": None,
    "physician": None,
    "nurse": None,
    "teacher": None,
    "student": None,
    "actor": "m",
    "actress": "f",
    "singer": None,
    "player": None,
    "golfer": None,
    "athlete": None,
    "manager": None,
    "executive": None,
    "official": None,
    "diplomat": None,
    "candidate": None,
    "nominee": None,
    "politician": None,
    "activist": None,
    "advocate": None,
    "organizer": None,
    "organiser": None,
    "resident": None,
    "host": None,
    "anchor": None,
    "chef": None,
    "father": "m",
    "mother": "f",
    "husband": "m",
    "wife": "f",
    "son": "m",
    "daughter": "f",
    "brother": "m",
    "sister": "f",
    "man": "m",
    "woman": "f",
    "boy": "m",
    "girl": "f",
}

# Capitalised nouns for a member of a party or a movement: "the Kentucky
# Republican" is a person, like "the senator".
PARTY_WORDS: Final[frozenset[str]] = frozenset(
    {
        "Conservative",
        "Democrat",
        "Independent",
        "Liberal",
        "Libertarian",
        "Republican",
        "Socialist",
        "Tory",
    }
)

# Lowercase nouns for a body that speaks as one ("the company said"). A
# definite mention with one of these heads names an organisation, never a
# person.
ORG_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "agency",
        "association",
        "authority",
        "bank",
        "board",
        "bureau",
        "campaign",
        "church",
        "city",
        "club",
        "coalition",
        "college",
        "commission",
        "committee",
        "company",
        "corporation",
        "council",
        "court",
        "department",
        "diocese",
        "embassy",
        "firm",
        "force",
        "foundation",
        "government",
        "group",
        "hospital",
        "institute",
        "league",
        "ministry",
        "network",
        "newspaper",
        "office",
        "organisation",
        "organization",
        "party",
        "police",
        "regime",
        "school",
        "service",
        "society",
        "startup",
        "team",
        "union",
        "university",
        "website",
    }
)

# The ORG_NOUNS for a business, whose name often has no organisation word
# ("Google", "Tesla"): "the company" may take a one-word source that spoke.
BUSINESS_NOUNS: Final[frozenset[str]] = frozenset(
    {"bank", "company", "firm", "network", "newspaper", "startup", "website"}
)

# Lowercase nouns for a text that "says" on behalf of whoever issued it ("the
# statement read", "the post said"): such a mention names the last speaker.
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "statement",
        "release",
        "letter",
        "email",
        "e-mail",
        "post",
        "tweet",
        "message",
        "note",
        "memo",
        "report",
        "filing",
        "lawsuit",
        "claim",
        "complaint",
        "affidavit",
        "ruling",
        "decision",
        "document",
        "documents",
        "book",
        "essay",
        "op-ed",
        "column",
        "blog",
        "video",
        "speech",
        "testimony",
        "transcript",
    }
)

# Capitalised words that head an organisation's name ("Defense Ministry",
# "Central Military Commission", "Cisco Systems Inc"). A name with one of
# these words is an organisation, not a person.
ORG_WORDS: Final[frozenset[str]] = frozenset(
    {
        "Administration",
        "Agency",
        "Airlines",
        "Alliance",
        "Army",
        "Assembly",
        "Association",
        "Authority",
        "Bank",
        "Board",
        "Bureau",
        "Cabinet",
        "Campaign",
        "Center",
        "Centre",
        "Church",
        "Club",
        "Co",
        "Coalition",
        "College",
        "Command",
        "Commission",
        "Committee",
        "Company",
        "Congress",
        "Corp",
        "Corporation",
        "Council",
        "Court",
        "Department",
        "Diocese",
        "Embassy",
        "Federation",
        "Force",
        "Forces",
        "Foundation",
        "Fund",
        "Government",
        "Group",
        "Hospital",
        "Inc",
        "Institute",
        "Kremlin",
        "League",
        "Ltd",
        "Media",
        "Ministry",
        "Navy",
        "Network",
        "News",
        "Office",
        "Organisation",
        "Organization",
        "Parliament",
        "Party",
        "Pentagon",
        "Police",
        "Post",
        "Press",
        "Service",
        "Services",
        "Senate",
        "School",
        "Secretariat",
        "Society",
        "Studio",
        "Studios",
        "Times",
        "Tribunal",
        "Trust",
        "Union",
        "University",
    }
)

# Capitalised words that make a run of capitals a place or a date, not a
# person ("North Korea", "New York", "Monday").
PLACE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "Africa",
        "America",
        "Angeles",
        "Asia",
        "Avenue",
        "Bay",
        "Beach",
        "Canada",
        "China",
        "City",
        "Columbia",
        "County",
        "District",
        "Europe",
        "Francisco",
        "Island",
        "Islands",
        "Kingdom",
        "Kong",
        "Korea",
        "Lake",
        "Mountain",
        "Mountains",
        "Ocean",
        "Province",
        "Region",
        "River",
        "Road",
        "Russia",
        "Sea",
        "States",
        "Street",
        "Territory",
        "Ukraine",
        "Valley",
        "York",
        "Zealand",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    }
)

# Capitalised words that open a place name ("New Brunswick", "South Sudan",
# "Port Moresby"); a run that starts with one is not a person.
PLACE_PREFIXES: Final[frozenset[str]] = frozenset(
    {
        "East",
        "Fort",
        "Lake",
        "Las",
        "Los",
        "Mount",
        "New",
        "North",
        "Northern",
        "Port",
        "Saint",
        "San",
        "Santa",
        "South",
        "Southern",
        "St",
        "West",
        "Western",
    }
)

# Capitalised words that open a sentence or a clause and are not names ("But
# Smith said", "When Jones arrived"). A run of capitals loses these from its
# front.
NOT_NAMES: Final[frozenset[str]] = frozenset(
    {
        "A",
        "About",
        "According",
        "After",
        "Again",
        "Also",
        "Although",
        "An",
        "And",
        "As",
        "At",
        "Because",
        "Before",
        "Both",
        "But",
        "By",
        "During",
        "Each",
        "Even",
        "Every",
        "For",
        "From",
        "He",
        "Her",
        "Here",
        "His",
        "How",
        "However",
        "I",
        "If",
        "In",
        "Instead",
        "It",
        "Its",
        "Last",
        "Like",
        "Many",
        "Meanwhile",
        "More",
        "Most",
        "My",
        "Neither",
        "Next",
        "No",
        "Nor",
        "Not",
        "Now",
        "Of",
        "On",
        "Once",
        "One",
        "Only",
        "Or",
        "Our",
        "Over",
        "She",
        "Since",
        "So",
        "Some",
        "Still",
        "Such",
        "That",
        "The",
        "Their",
        "Then",
        "There",
        "These",
        "They",
        "This",
        "Those",
        "Though",
        "Thus",
        "To",
        "Under",
        "Until",
        "Up",
        "We",
        "What",
        "When",
        "Where",
        "Whether",
        "Which",
        "While",
        "Who",
        "Why",
        "With",
        "Without",
        "Yet",
        "You",
        "Your",
    }
)

# Personal pronouns that can stand for a speaker, with what they agree with:
# "m" and "f" for a person of that gender, "p" for a group (or a person who
# goes by they), "o" for an organisation or thing.
PRONOUNS: Final[dict[str, str]] = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "they": "p",
    "them": "p",
    "their": "p",
    "it": "o",
    "its": "o",
}

# Relative pronouns: "Smith, who said ..." names the person just before.
RELATIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"who", "which", "that", "whom"})

# Words that end a name without being its surname ("Martin Luther King Jr.").
NAME_SUFFIXES: Final[frozenset[str]] = frozenset({"Jr", "Sr", "II", "III", "IV"})

# Lowercase words that join the parts of a name ("Ludwig van Beethoven",
# "Charles de Gaulle", "Mohammed bin Salman").
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {"de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "le", "la", "bin", "ibn"}
)

_MALE_FIRST_NAMES = """
    Aaron Abdul Abdullah Abraham Adam Adrian Ahmad Ahmed Alan Albert Alec Alejandro Alex
    Alexander Alexandre Alexei Alexey Alfonso Alfred Ali Allan Allen Alvin Amir Amit
    Anders Andre Andrei Andrew Andrzej Andy Angus Anil Anthony Antoine Anton Antonio
    Arjun Arnold Arthur Austin Barack Barry Ben Benjamin Benoit Bernard Bernie Bilal
    Bill Billy Blake Bob Bobby Boris Brad Bradley Brandon Brendan Brent Brett Brian
    Bruce Bryan Byron Calvin Cameron Carl Carlos Cecil Chad Charles Charlie Chris
    Christian Christopher Chuck Clarence Claude Clint Clinton Cody Colin Connor Conor
    Craig Curtis Dale Dan Daniel Danny Darren Dave David Dean Deepak Dennis Derek Devin
    Dick Dmitri Dmitriy Dmitry Don Donald Doug Douglas Duncan Dustin Dwayne Dwight Earl
    Ed Eddie Edward Edwin Elijah Elon Emmanuel Enrique Eric Erik Ernest Ethan Eugene
    Evan Fahad Farid Fernando Francis Francisco Francois Frank Franklin Fred Frederick
    Gabriel Gary Gavin Geoff Geoffrey George Gerald Gerard Giuseppe Glen Glenn Gordon
    Graham Grant Greg Gregory Guy Hamid Hank Hans Harold Harry Harvey Hassan Henry
    Herbert Hiroshi Howard Hugh Hugo Hussein Ian Ibrahim Igor Imran Isaac Ivan Jack
    Jacob Jacques Jake Jamal James Jamie Jan Jared Jason Javier Jeff Jeffrey Jens
    Jeremy Jerome Jerry Jesse Jim Jimmy Joe Joel John Johnny Jon Jonathan Jordan Jorge
    Jose Joseph Josh Joshua Juan Julian Jun Jurgen Justin Karim Karl Keith Ken Kenji
    Kenneth Kevin Khaled Khalid Kirk Klaus Kyle Lance Larry Lars Lawrence Lee Leo Leon
    Leonard Lewis Liam Lindsey Lloyd Logan Louis Luca Lucas Luis Luke Mahmoud Malcolm
    Marc Marco Marcus Mario Mark Marshall Martin Marty Mathieu Matt Matteo Matthew Maurice Max
    Maxime Michael Miguel Mike Mikhail Mitch Mitchell Mohamed Mohammad Mohammed Muhammad
    Mustafa Nabil Nathan Neil Nicholas Nick Nicolas Nigel Nikolai Nils Noah Norman Olaf
    Oleg Oliver Omar Oscar Owen Pablo Paolo Patrick Paul Pavel Pedro Pete Peter Phil
    Philip Phillip Pierre Pieter Piotr Rahul Rajesh Ralph Randy Rashid Raul Ravi Ray
    Raymond Reginald Rex Reza Ricardo Richard Rick Ricky Rob Robert Rod Rodney Roger
    Roland Ron Ronald Ross Roy Russ Russell Ryan Salman Sam Samir Samuel Sanjay Scott
    Sean Sebastian Sergei Sergey Seth Shane Shawn Simon Stanley Stefan Stephen Steve
    Steven Stewart Stuart Suresh Sven Takeshi Tariq Ted Terry Thomas Tiger Tim Timothy
    Todd Tom Tomasz Tommy Tony Travis Trevor Troy Tyler Valery Victor Vijay Viktor
    Vincent Vladimir Walid Walter Wayne Wesley William Willie Xavier Yevgeny Youssef
    Yuri Yusuf Zachary
"""

_FEMALE_FIRST_NAMES = """
    Abigail Ada Agnieszka Aisha Alexandra Alexis Alice Alicia Alison Allison Amanda
    Amber Amina Amy Ana Andrea Angela Angelina Anita Anjali Ann Anna Anne Annie Ashley
    Astrid Audrey Barbara Beatrice Becky Betty Beverly Brenda Brittany Caitlin Camille
    Carla Carmen Carol Carole Caroline Carolyn Catherine Cathy Charlotte Chelsea Cheryl
    Chiara Chloe Christina Christine Chrystia Cindy Claire Clara Claudia Colleen Connie
    Courtney Crystal Cynthia Dana Danielle Daphne Debbie Deborah Debra Deepa Demi Denise
    Diana Diane Donna Doris Dorothy Ekaterina Elaine Eleanor Elena Elisabeth Elizabeth
    Ella Ellen Elodie Emily Emma Erin Esther Eva Evelyn Fatima Fiona Frances Francesca
    Gabrielle Gail Gina Giulia Gloria Grace Greta Hannah Heather Heidi Heike Helen
    Hillary Holly Ingrid Irene Irina Isabel Isabella Jacqueline Jane Janet Janice
    Jasmine Jennifer Jenny Jessica Jill Joan Joanne Jodi Jody Josephine Joy Joyce
    Judith Judy Julia Julie Justine Karen Katarzyna Kate Katherine Kathleen Kathryn
    Kathy Katie Kavita Kayla Keiko Kelly Kimberly Kristen Kristin Laura Lauren Layla
    Leah Leila Leslie Lily Linda Lisa Lori Lorraine Louise Lucy Lynn Madeleine Maggie
    Margaret Maria Mariam Marie Marilyn Marina Marjorie Martha Mary Maureen Megan Mei
    Melanie Melissa Michelle Mildred Mina Miranda Molly Monica Nadia Nancy Natalia
    Natalie Natasha Nathalie Neha Nicole Nina Nour Oksana Olga Olivia Pamela Patricia
    Paula Pauline Penny Pooja Priya Rachel Rebecca Renee Rita Roberta Robin Rosa Rose
    Ruth Sabrina Samantha Sandra Sara Sarah Sharon Sheila Shirley Sigrid Sofia Sophia
    Sophie Stacy Stephanie Sue Sunita Susan Suzanne Svetlana Sylvia Sylvie Tamara Tammy
    Tanya Tatiana Teresa Theresa Tiffany Tina Tracy Ursula Valerie Vanessa Victoria
    Virginia Wendy Whitney Yasmin Yuki Yulia Yvonne Zainab Zoe
"""

# Given names that are mostly men's.
MALE_FIRST_NAMES: Final[frozenset[str]] = frozenset(_MALE_FIRST_NAMES.split())
# Given names that are mostly women's.
FEMALE_FIRST_NAMES: Final[frozenset[str]] = frozenset(_FEMALE_FIRST_NAMES.split())
