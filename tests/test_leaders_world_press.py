"""Leaders as the press of partner countries beyond the region writes them (issue #18): Malaysian titles of
honour (Tun, Tan Sri, Dato' Sri, Datuk Seri), Gulf forms of address (HH, HE, H.E.), a country with a possessive
before an appositive title (South Korea's First Vice Foreign Minister), presidential aides, and heads of
government of South-East Asia named as their press names them (Anwar, Srettha, Prime Minister Chinh).

In: sentences of our own in those outlets' styles.  Out: (text, canonical name) of every leader mention, and no
mention for people who are not leaders (a professor, a businessman, a sportsman with a title of honour).
"""

from __future__ import annotations

import pytest
from conftest import make_document
from spacy.language import Language

from pipeline.extract.leaders import leaders
from pipeline.normalize.leaders import canonical_spelling

WORLD_PRESS = [
    # Malaysian titles of honour are no part of the name
    (
        "Prime Minister Datuk Seri Anwar Ibrahim met President Shavkat Mirziyoyev in Putrajaya.",
        "2024-05-01",
        [("Anwar Ibrahim", "Anwar Ibrahim"), ("Shavkat Mirziyoyev", "Shavkat Mirziyoyev")],
    ),
    (
        "Dato' Sri Anwar Ibrahim met Tokayev. Anwar said ties were strong.",
        "2024-05-01",
        [("Anwar Ibrahim", "Anwar Ibrahim"), ("Tokayev", "Kassym-Jomart Tokayev"), ("Anwar", "Anwar Ibrahim")],
    ),
    (
        "Foreign Minister Datuk Seri Utama Mohamad Hasan received the Kazakh delegation.",
        "2024-05-01",
        [("Mohamad Hasan", "Mohamad Hasan")],
    ),
    ("Tun Dr Mahathir Mohamad visited Tashkent in 2019.", "2019-05-01", [("Mahathir Mohamad", "Mahathir Mohamad")]),
    # "Sri" and "Tan" alone stay part of a name
    (
        "Finance Minister Sri Mulyani Indrawati spoke at the forum.",
        "2024-05-01",
        [("Sri Mulyani Indrawati", "Sri Mulyani Indrawati")],
    ),
    # Gulf forms of address
    (
        "HE Dr Thani bin Ahmed Al Zeyoudi, Minister of State for Foreign Trade, signed the agreement.",
        "2024-05-01",
        [("Thani bin Ahmed Al Zeyoudi", "Thani bin Ahmed Al Zeyoudi")],
    ),
    (
        "H.E. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, met his Uzbek counterpart.",
        "2024-05-01",
        [("Abdullah bin Zayed Al Nahyan", "Abdullah bin Zayed Al Nahyan")],
    ),
    # a country with a possessive before a title, in apposition after the name
    (
        "Kim Hong-kyun, South Korea's First Vice Foreign Minister, met Uzbek officials.",
        "2024-05-01",
        [("Kim Hong-kyun", "Kim Hong-kyun")],
    ),
    # presidential aides (an adviser is a leader only with a country or a state body: test_extract_leaders)
    (
        "Presidential aide Yuri Ushakov told journalists the talks went well.",
        "2024-05-01",
        [("Yuri Ushakov", "Yuri Ushakov")],
    ),
    (
        "Presidential assistant Timur Suleimenov briefed reporters.",
        "2024-05-01",
        [("Timur Suleimenov", "Timur Suleimenov")],
    ),
    # South-East Asian heads of government
    (
        "Vietnamese Prime Minister Pham Minh Chinh met Tokayev. Chinh said trade grew.",
        "2024-05-01",
        [
            ("Pham Minh Chinh", "Pham Minh Chinh"),
            ("Tokayev", "Kassym-Jomart Tokayev"),
            ("Chinh", "Pham Minh Chinh"),
        ],
    ),
    (
        "Indonesian President Prabowo Subianto welcomed President Mirziyoyev.",
        "2025-01-10",
        [("Prabowo Subianto", "Prabowo Subianto"), ("Mirziyoyev", "Shavkat Mirziyoyev")],
    ),
    (
        "Thai Prime Minister Srettha Thavisin visited Tashkent.",
        "2024-05-01",
        [("Srettha Thavisin", "Srettha Thavisin")],
    ),
    # a given name alone is not a Malay leader's name: Muhammad is not Mahathir Mohamad
    (
        "Prime Minister Muhammad Shehbaz Sharif arrived in Tashkent.",
        "2025-02-25",
        [("Shehbaz Sharif", "Shehbaz Sharif")],
    ),
    # Gulf officials named by an agency with their grandfathers: the canonical name keeps the father only
    (
        "HE Minister of State at the Ministry of Foreign Affairs Dr. Khalid bin Nasser bin Saleh Al-Marri met the"
        " Kyrgyz delegation.",
        "2025-03-01",
        [("Khalid bin Nasser bin Saleh Al-Marri", "Khalid bin Nasser Al-Marri")],
    ),
    # "at" continues a title only before a state body
    (
        "Tokayev met the President of Uzbekistan at the Astana International Forum.",
        "2024-05-01",
        [("Tokayev", "Kassym-Jomart Tokayev"), ("President of Uzbekistan", "Shavkat Mirziyoyev")],
    ),
    # Indian press: initials and forms of address before the name
    (
        "The pact was signed by Coal and Mines Minister G. Kishan Reddy and Uzbek Minister of Mining Bobir Islamov.",
        "2025-09-01",
        [("Kishan Reddy", "Kishan Reddy"), ("Bobir Islamov", "Bobir Islamov")],
    ),
    (
        "Prime Minister Shri Narendra Modi received the Uzbek delegation.",
        "2025-09-01",
        [("Narendra Modi", "Narendra Modi")],
    ),
    # a title, a comma and a Malaysian title of honour before the name; a country beyond the region closes a title
    (
        "Deputy Minister of Foreign Affairs Mr. Alibek Bakayev received the Ambassador of Malaysia,"
        " Dato' Ahmad Rozian.",
        "2025-06-01",
        [("Alibek Bakayev", "Alibek Bakayev"), ("Ahmad Rozian", "Ahmad Rozian")],
    ),
    (
        "Ambassador of Malaysia Dato' Ahmad Rozian met Tokayev.",
        "2025-06-01",
        [("Ahmad Rozian", "Ahmad Rozian"), ("Tokayev", "Kassym-Jomart Tokayev")],
    ),
    (
        "Malaysian Prime Minister Anwar Ibrahim arrived. The Malaysian Prime Minister said ties were strong.",
        "2025-06-01",
        [("Anwar Ibrahim", "Anwar Ibrahim"), ("Malaysian Prime Minister", "Anwar Ibrahim")],
    ),
    (
        "Under-Secretary of State for Political Affairs Allison Hooker visited Tashkent.",
        "2025-06-01",
        [("Allison Hooker", "Allison Hooker")],
    ),
    # titles in apposition, British style with lower-case titles
    (
        "The Turkish foreign minister, Hakan Fidan, said the talks were useful.",
        "2025-06-01",
        [("Hakan Fidan", "Hakan Fidan")],
    ),
    (
        "Ahmet Yildiz, Turkey's deputy foreign minister, met Kyrgyz officials.",
        "2025-06-01",
        [("Ahmet Yildiz", "Ahmet Yildiz")],
    ),
    # initials glued to the surname (Uzbek and Russian-language press): the initial must be the person's
    (
        "The government document, signed by Prime Minister A.Aripov, provides that the share will be paid.",
        "2024-08-22",
        [("A.Aripov", "Abdulla Aripov")],
    ),
    (
        "President Mirziyoyev met K.Tokayev in Tashkent.",
        "2024-08-22",
        [("Mirziyoyev", "Shavkat Mirziyoyev"), ("K.Tokayev", "Kassym-Jomart Tokayev")],
    ),
    ("The Minister of Economy of Azerbaijan M.Jabbarov signed it.", "2024-08-22", []),
    ("The Minister of Economy of Azerbaijan M. Jabbarov signed it.", "2024-08-22", []),
    # a Chinese surname that is also an English word, right after a title; the pronoun never
    (
        "Chinese Vice Premier He Lifeng met Tokayev in Beijing.",
        "2025-06-01",
        [("He Lifeng", "He Lifeng"), ("Tokayev", "Kassym-Jomart Tokayev")],
    ),
    ("The Prime Minister arrived. He said the talks were useful.", "2025-06-01", []),
    # Afghan and Pakistani forms of address are no part of the name (Mawlawi, Mullah, Alhaj, Haji, Qari)
    (
        "Acting Minister of Commerce and Industry Mawlawi Nooruddin Azizi met the Uzbek delegation in Kabul.",
        "2024-05-01",
        [("Nooruddin Azizi", "Nooruddin Azizi")],
    ),
    (
        "Mullah Abdul Ghani Baradar, Deputy Prime Minister for Economic Affairs, received the Kazakh ambassador.",
        "2024-05-01",
        [("Abdul Ghani Baradar", "Abdul Ghani Baradar")],
    ),
    (
        "Qari Din Mohammad Hanif, Minister of Economy of the Islamic Emirate, attended the conference.",
        "2024-05-01",
        [("Din Mohammad Hanif", "Din Mohammad Hanif")],
    ),
    (
        "Haji Nooruddin Azizi, the acting minister of commerce and industry, said trade grew.",
        "2024-05-01",
        [("Nooruddin Azizi", "Nooruddin Azizi")],
    ),
    # Amir: a Gulf ruler's title, alone resolved by date; but the given name of a person named in full
    (
        "The Amir of Kuwait received a cable of congratulations from the Kazakh President.",
        "2024-05-01",
        [("Amir of Kuwait", "Mishal Al-Ahmad Al-Jaber Al-Sabah"), ("Kazakh President", "Kassym-Jomart Tokayev")],
    ),
    # a ruler's title alone, without a country, is never the president the article named
    (
        "His Highness the Emir received a phone call from President Mirziyoyev.",
        "2024-05-01",
        [("Mirziyoyev", "Shavkat Mirziyoyev")],
    ),
    ("The King received President Mirziyoyev.", "2024-05-01", [("Mirziyoyev", "Shavkat Mirziyoyev")]),
    (
        "Acting Foreign Minister Amir Khan Muttaqi met his Uzbek counterpart in Tashkent.",
        "2024-05-01",
        [("Amir Khan Muttaqi", "Amir Khan Muttaqi")],
    ),
    (
        "Amir Khan Muttaqi said Afghanistan wanted trade with Central Asia.",
        "2024-05-01",
        [("Amir Khan Muttaqi", "Amir Khan Muttaqi")],
    ),
    ("Zabihullah Mujahid, spokesman of the Islamic Emirate, said the talks were useful.", "2024-05-01", []),
    # the Crown Prince alone names the heir of the country the text gives, by date; Gulf heads of government
    (
        "The Saudi Crown Prince met the Kazakh President in Riyadh.",
        "2024-05-01",
        [("Saudi Crown Prince", "Mohammed bin Salman"), ("Kazakh President", "Kassym-Jomart Tokayev")],
    ),
    (
        "The Crown Prince of Saudi Arabia received the Uzbek Foreign Minister.",
        "2016-05-01",
        [
            ("Crown Prince of Saudi Arabia", "Muhammad bin Nayef Al Saud"),
            ("Uzbek Foreign Minister", "Abdulaziz Kamilov"),
        ],
    ),
    ("The Crown Prince received the Turkmen delegation at Al-Yamamah Palace.", "2024-05-01", []),
    (
        "His Highness Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah, the Prime Minister, received the Uzbek ambassador.",
        "2024-09-01",
        [("Ahmad Abdullah Al-Ahmad Al-Sabah", "Ahmad Abdullah Al-Ahmad Al-Sabah")],
    ),
    (
        "The Prime Minister of Kuwait met the Kyrgyz delegation.",
        "2021-05-01",
        [("Prime Minister of Kuwait", "Sabah Al-Khalid Al-Hamad Al-Sabah")],
    ),
    # a Qatari lineage is named without the grandfather, as written in full or not
    (
        "HH Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani, Prime Minister, met the Kyrgyz President.",
        "2025-06-01",
        [
            ("Mohammed bin Abdulrahman bin Jassim Al-Thani", "Mohammed bin Abdulrahman Al Thani"),
            ("Kyrgyz President", "Sadyr Japarov"),
        ],
    ),
    (
        "The Qatari Prime Minister received Tokayev in Doha.",
        "2015-06-01",
        [("Qatari Prime Minister", "Abdullah bin Nasser Al Thani"), ("Tokayev", "Kassym-Jomart Tokayev")],
    ),
    # a title followed by words of address and a name is that name's, not an appositive of the words before
    (
        "Agreement on Mutual Assistance in Customs Matters (Foreign Minister Datuk Seri Mohamad Hasan and Saidov);",
        "2025-06-01",
        [("Mohamad Hasan", "Mohamad Hasan"), ("Saidov", "Bakhtiyor Saidov")],
    ),
    (
        "Memorandum on Tourism Cooperation (Minister Sheikh Abdulla Al Thani and Saidov);",
        "2025-06-01",
        [("Abdulla Al Thani", "Abdulla Al Thani"), ("Saidov", "Bakhtiyor Saidov")],
    ),
    # a near spelling of a gazetteer name inside a longer name is someone else (Chang Lih Kang is not Li Qiang)
    (
        "Science, Technology and Innovation Minister Chang Lih Kang signed the MoU.",
        "2025-06-01",
        [("Chang Lih Kang", "Chang Lih Kang")],
    ),
    (
        "Chinese Premier Li Qiang met Tokayev.",
        "2025-06-01",
        [("Li Qiang", "Li Qiang"), ("Tokayev", "Kassym-Jomart Tokayev")],
    ),
    # portfolios "for ... Affairs" and funds are what a title names, never the start of the name after them
    (
        "The ceremony was attended by HE Minister of State for Energy Affairs Saad bin Sherida Al-Kaabi.",
        "2025-06-01",
        [("Saad bin Sherida Al-Kaabi", "Saad bin Sherida Al-Kaabi")],
    ),
    (
        "Director-General of the Kuwait Fund for Arab Economic Development Waleed Al-Bahar signed the loan agreement.",
        "2025-06-01",
        [("Waleed Al-Bahar", "Waleed Al-Bahar")],
    ),
    (
        "Deputy Prime Minister for Economic Affairs Abdul Ghani Baradar met the Uzbek delegation.",
        "2025-06-01",
        [("Abdul Ghani Baradar", "Abdul Ghani Baradar")],
    ),
    ("The Saudi Fund for Development signed a loan with Uzbekistan.", "2025-06-01", []),
    # a lineage written beyond the gazetteer's spelling is the same person, named as the gazetteer names them
    (
        "His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince, received Mirziyoyev.",
        "2024-05-01",
        [("Mohammed bin Salman bin Abdulaziz Al Saud", "Mohammed bin Salman"), ("Mirziyoyev", "Shavkat Mirziyoyev")],
    ),
    (
        "Sheikh Khaled bin Mohamed bin Zayed Al Nahyan met Mirziyoyev.",
        "2024-05-01",
        [
            ("Khaled bin Mohamed bin Zayed Al Nahyan", "Khaled bin Mohamed bin Zayed Al Nahyan"),
            ("Mirziyoyev", "Shavkat Mirziyoyev"),
        ],
    ),
    # a year in another clause (which date back to 1993) does not date a role alone; one in its own clause does
    (
        "The Kazakh president called the trip historic as the two nations celebrate ties which date back to 1993.",
        "2024-05-01",
        [("Kazakh president", "Kassym-Jomart Tokayev")],
    ),
    (
        "The Russian President said the treaty, signed in 1998, remained the basis of relations.",
        "2024-05-01",
        [("Russian President", "Vladimir Putin")],
    ),
    ("In 1998 the Kazakh President visited Tashkent.", "2024-05-01", [("Kazakh President", "Nursultan Nazarbayev")]),
    # a title after an indefinite word names nobody in particular
    (
        "It was the first trip to Kazakhstan by a German chancellor since Angela Merkel traveled there in 2010.",
        "2024-09-16",
        [("Angela Merkel", "Angela Merkel")],
    ),
    ("No Uzbek president had visited Berlin before; an Indian prime minister last came in 2015.", "2024-09-16", []),
    ("The German chancellor arrived in Astana.", "2024-09-16", [("German chancellor", "Olaf Scholz")]),
    # not leaders: a company's chairman or CEO with a Malaysian title of honour, a professor
    ("The company's chairman, Tan Sri Lim Kok Thay, opened the resort.", "2025-06-01", []),
    ("CEO Datuk Seri Johan Ariffin signed the contract.", "2025-06-01", []),
    ("Professor Kim Min-jun of Seoul National University said the talks were useful.", "2025-06-01", []),
    # not leaders: a professor, a businessman, a sportsman with a title of honour
    ("Dr Ahmad Rahimi, a professor at the university, spoke at the conference.", "2024-05-01", []),
    ("Mr Ali Khan, a businessman, opened a factory.", "2024-05-01", []),
    ("Datuk Lee Chong Wei, the badminton star, attended.", "2024-05-01", []),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), WORLD_PRESS)
def test_world_press_leaders(nlp: Language, sentence: str, published: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(sentence)
    mentions = sorted(leaders(doc, document=make_document(sentence, published=published)), key=lambda m: m.start_char)
    assert [(m.text, m.name) for m in mentions] == expected


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Mohammed bin Abdulrahman bin Jassim Al Thani", "Mohammed bin Abdulrahman Al Thani"),
        ("Faisal bin Thani bin Faisal Al-Thani", "Faisal bin Thani Al-Thani"),
        ("Abdullah ibn Ahmed ibn Saeed Al Kindi", "Abdullah ibn Ahmed Al Kindi"),
        # one link stays as written; a lineage with no family name after it keeps the father (a Saudi prince)
        ("Suhail bin Mohammed Al Mazrouei", "Suhail bin Mohammed Al Mazrouei"),
        ("Ahmed bin Ali bin Saeed", "Ahmed bin Ali"),
        ("Abdulaziz bin Salman bin Abdulaziz", "Abdulaziz bin Salman"),
        ("Hamad bin Isa", "Hamad bin Isa"),
        ("Galymzhan KOISHYBAYEV", "Galymzhan Koishybayev"),
    ],
)
def test_arabic_lineage_keeps_the_father(written: str, canonical: str) -> None:
    assert canonical_spelling(written) == canonical
