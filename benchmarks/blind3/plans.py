# ruff: noqa: E501  (prose of the plans: one line per paragraph reads better than split strings)
"""Content of the binary blind3 plans (layout is build_docs.py's job)."""

from __future__ import annotations

IE_HEAD = "Healthy Ireland Strategic Action Plan 2021–2025"
IRELAND = (
    "en-ie-healthy-ireland-strategic-action-plan-2021-2025.pdf",
    IE_HEAD,
    "{n}",
    [
        ("Rialtas na hÉireann | Government of Ireland", 11),
        ("Healthy Ireland", 26),
        ("Strategic Action Plan 2021–2025", 18),
        ("Prepared by the Department of Health", 11),
        ("gov.ie/healthyireland", 10),
    ],
    [
        ("h1", "Foreword"),
        (
            "cols",
            [
                "Healthy Ireland, the national framework for action to improve the health and wellbeing of the people of Ireland, was launched in 2013. It brought a whole-of-government and whole-of-society approach to improving health and wellbeing and the quality of people's lives.",
                "The COVID-19 pandemic has shown, more than ever, how much our health depends on the conditions in which we live, work and play. It has also shown what we can achieve when we work together.",
            ],
            [
                "This Strategic Action Plan sets out the next phase of Healthy Ireland. It renews our commitment to the Framework's goals and sets out the actions we will take with our partners over the period 2021 to 2025.",
                "I would like to thank everyone who contributed to the consultation on this plan.",
                "Frank Feighan TD, Minister of State for Public Health, Well Being and the National Drugs Strategy",
            ],
        ),
        ("page",),
        ("h1", "1. Introduction"),
        ("h2", "1.1 Our vision"),
        (
            "p",
            "A Healthy Ireland, where everyone can enjoy physical and mental health and wellbeing to their full potential, where wellbeing is valued and supported at every level of society and is everyone's responsibility.",
        ),
        ("h2", "1.2 The goals of the Healthy Ireland Framework"),
        ("p", "The Healthy Ireland Framework has four high-level goals:"),
        ("li", "Increase the proportion of people who are healthy at all stages of life"),
        ("li", "Reduce health inequalities"),
        ("li", "Protect the public from threats to health and wellbeing"),
        (
            "li",
            "Create an environment where every individual and sector of society can play their part in achieving a healthy Ireland",
        ),
        ("h2", "1.3 Why action is needed"),
        (
            "p",
            "Chronic disease accounts for the majority of deaths in Ireland. The cost of overweight and obesity alone is estimated at €1.13 billion a year. Only 46% of adults meet the national physical activity guidelines.",
        ),
        ("h2", "1.4 Outcomes"),
        ("p", "Through this plan we want to achieve the following outcomes by 2025:"),
        ("li", "More people meet the national physical activity guidelines"),
        ("li", "Fewer children and adults live with overweight and obesity"),
        ("li", "Fewer people smoke, and fewer people drink alcohol at harmful levels"),
        ("li", "The gap in health outcomes between the most and least deprived areas narrows"),
        ("h1", "2. Funding the plan"),
        (
            "p",
            "The Sláintecare Healthy Communities Programme is supported by funding of €7 million in 2021, targeting 19 areas of disadvantage. The Healthy Ireland Fund will provide a further €3.5 million per year to local authorities and community partners over the period 2021 to 2025.",
        ),
        ("page",),
        ("h1", "3. Strategic actions"),
        (
            "p",
            "The table below sets out the actions in this plan, the lead organisation for each and the timeline for delivery.",
        ),
        (
            "table",
            (12, 88, 40, 30),
            [
                ("No.", "Action", "Lead", "Timeline"),
                (
                    "1",
                    "Publish a Healthy Ireland Outcomes Framework to monitor progress on health and wellbeing",
                    "Department of Health",
                    "Q2 2021",
                ),
                (
                    "2",
                    "Roll out the Sláintecare Healthy Communities Programme in 19 local areas",
                    "Department of Health, HSE, Local Authorities",
                    "2021–2023",
                ),
                (
                    "3",
                    "Develop a new Healthy Weight policy for Ireland to succeed the Obesity Policy and Action Plan",
                    "Department of Health",
                    "Q4 2022",
                ),
                (
                    "4",
                    "Expand the Making Every Contact Count programme to all HSE community health services",
                    "HSE",
                    "Q4 2022",
                ),
                (
                    "5",
                    "Implement the Healthy Ireland at Work framework across the public sector",
                    "Department of Health, DPER",
                    "2023",
                ),
                (
                    "6",
                    "Deliver an annual Healthy Ireland communications campaign on mental and physical wellbeing",
                    "Healthy Ireland Unit",
                    "Annually",
                ),
                (
                    "7",
                    "Publish the Healthy Ireland Survey each year and an analysis of trends",
                    "Department of Health",
                    "Annually",
                ),
            ],
        ),
        ("h1", "4. Implementation and monitoring"),
        (
            "p",
            "The Healthy Ireland Council and the Healthy Ireland Implementation Group will oversee delivery. Progress will be reported in an annual report to Government.",
        ),
        (
            "p",
            "For further information contact healthyireland@health.gov.ie. Department of Health, Block 1, Miesian Plaza, 50-58 Baggot Street Lower, Dublin 2, D02 XW14.",
        ),
    ],
)

DK_HEAD = "Psykiatriplan 2022–2025 · Region Nordjylland"
REGION_DK = (
    "da-region-nordjylland-psykiatriplan-2022-2025.pdf",
    DK_HEAD,
    "Side {n}",
    [
        ("Region Nordjylland", 12),
        ("Psykiatriplan 2022–2025", 24),
        ("Sammen om mental sundhed i Nordjylland", 14),
        ("Vedtaget af Regionsrådet den 26. april 2022", 10),
    ],
    [
        ("h1", "Forord"),
        (
            "p",
            "Hver femte nordjyde vil i løbet af livet få en psykisk lidelse. Med denne psykiatriplan sætter Regionsrådet retningen for psykiatrien i Region Nordjylland de kommende fire år.",
        ),
        (
            "p",
            "Psykiske lidelser koster det danske samfund ca. 55 mia. kr. om året i behandling og tabt produktion.",
        ),
        ("p", "Ulla Astman, regionsrådsformand"),
        ("h1", "1. Vision og mål"),
        (
            "p",
            "Vision: Psykiatrien i Nordjylland skal være et sted, hvor patienter og pårørende mødes med respekt, og hvor behandlingen sker i tæt samarbejde med borgeren.",
        ),
        ("p", "Planen har fire overordnede mål:"),
        ("li", "Flere patienter skal opleve sammenhæng i deres behandlingsforløb"),
        ("li", "Ventetiden til udredning skal nedbringes til højst 30 dage"),
        ("li", "Færre patienter skal udsættes for tvang"),
        ("li", "Flere patienter med svær psykisk lidelse skal leve længere"),
        ("h2", "Tværgående indsatser"),
        ("p", "Tre tværgående indsatser går igen i alle planens initiativer:"),
        ("li", "Inddragelse af patienter og pårørende"),
        ("li", "Recovery-orienteret praksis"),
        ("li", "Digitale behandlingstilbud"),
        ("page",),
        ("h1", "2. Indsatsområder og initiativer"),
        ("h2", "Indsatsområde 1: Børn og unge"),
        ("p", "Initiativ 1.1: Et fælles indgangsteam for børn og unge i samarbejde med kommunerne"),
        (
            "p",
            "Teamet skal sikre, at henvisninger vurderes inden for fem hverdage. Ansvarlig: Børne- og Ungdomspsykiatrien. Frist: inden udgangen af 2022.",
        ),
        ("p", "Initiativ 1.2: Styrket udgående funktion til unge med spiseforstyrrelser"),
        (
            "p",
            "Ansvarlig: Børne- og Ungdomspsykiatrien i samarbejde med Aalborg Universitetshospital.",
        ),
        ("h2", "Indsatsområde 2: Voksne med svære psykiske lidelser"),
        ("p", "Initiativ 2.1: Udbygning af F-ACT-teams i alle klynger"),
        ("p", "Ansvarlig: Psykiatrien og de nordjyske kommuner. Frist: 2024."),
        ("p", "Initiativ 2.2: Somatisk screening af alle patienter med skizofreni én gang årligt"),
        ("p", "Ansvarlig: Psykiatrien og almen praksis."),
        ("h2", "Indsatsområde 3: Mindre tvang"),
        ("p", "Initiativ 3.1: Sanserum og skærmningsenheder på alle lukkede afsnit"),
        ("p", "Ansvarlig: Psykiatrien. Frist: senest 1. juli 2023."),
        ("p", "Initiativ 3.2: Efteruddannelse af personalet i konfliktnedtrapning"),
        ("p", "Ansvarlig: Psykiatrien, HR."),
        ("page",),
        ("h1", "3. Økonomi"),
        (
            "p",
            "Regionsrådet har afsat i alt 48 mio. kr. til planens initiativer i perioden 2022-2025. Midlerne fordeles som vist i tabel 1.",
        ),
        (
            "table",
            (80, 22, 22, 22, 22),
            [
                ("Mio. kr.", "2022", "2023", "2024", "2025"),
                ("Indsatsområde 1: Børn og unge", "3,0", "4,0", "4,0", "4,0"),
                ("Indsatsområde 2: Voksne med svære psykiske lidelser", "4,0", "6,0", "6,0", "6,0"),
                ("Indsatsområde 3: Mindre tvang", "2,0", "3,0", "3,0", "3,0"),
            ],
        ),
        ("p", "Tabel 1. Fordeling af midler til psykiatriplanens initiativer."),
        ("h1", "4. Opfølgning"),
        (
            "p",
            "Psykiatriudvalget følger planen to gange årligt. Læs mere på rn.dk/psykiatriplan. Kontakt: Psykiatriledelsen, Mølleparkvej 10, 9000 Aalborg, tlf. 97 64 30 00.",
        ),
    ],
)

NO_HEAD = "Frihet fra vold – Handlingsplan 2021–2024"
NORWAY_VOLD = (
    "no-handlingsplan-vold-naere-relasjoner-2021-2024.pdf",
    NO_HEAD,
    "{n}",
    [
        ("Justis- og beredskapsdepartementet", 11),
        ("Frihet fra vold", 26),
        (
            "Regjeringens handlingsplan for å forebygge og bekjempe vold i nære relasjoner 2021–2024",
            14,
        ),
        ("Handlingsplan", 10),
    ],
    [
        ("h1", "Forord"),
        (
            "p",
            "Vold i nære relasjoner er et alvorlig samfunnsproblem og et folkehelseproblem. Vold og overgrep koster samfunnet mellom 4,5 og 6 milliarder kroner årlig.",
        ),
        (
            "p",
            "Med denne handlingsplanen forsterker regjeringen innsatsen mot vold i nære relasjoner.",
        ),
        ("p", "Monica Mæland, justis- og beredskapsminister"),
        ("h1", "1 Innledning"),
        ("h2", "1.1 Mål for handlingsplanen"),
        (
            "p",
            "Hovedmålet med handlingsplanen er å forebygge og bekjempe vold i nære relasjoner, slik at alle kan leve et liv fri for vold.",
        ),
        ("p", "Planen har tre delmål:"),
        ("li", "Volden skal forebygges og avdekkes tidlig"),
        ("li", "Utsatte skal få god beskyttelse og hjelp"),
        ("li", "Voldsutøvere skal få tilbud om behandling for å hindre ny vold"),
        ("h2", "1.2 Økonomi"),
        (
            "p",
            "Regjeringen foreslår å bevilge 95 millioner kroner til nye tiltak i planen i 2021. Av dette går 40 millioner kroner til å styrke barnehusene.",
        ),
        ("page",),
        ("h1", "2 Tiltak"),
        ("h2", "2.1 Forebygging og avdekking"),
        ("p", "Tiltak 1: Styrke undervisningen om vold og overgrep i barnehager og skoler"),
        ("p", "Ansvar: KD"),
        (
            "p",
            "Tiltak 2: Utvikle en nasjonal veileder for helse- og omsorgstjenestens arbeid med vold i nære relasjoner",
        ),
        ("p", "Ansvar: HOD, Helsedirektoratet"),
        ("p", "Tiltak 3: Etablere en nasjonal ordning for gjennomgang av partnerdrap"),
        ("p", "Ansvar: JD. Ordningen skal være på plass innen utgangen av 2022."),
        ("h2", "2.2 Beskyttelse og hjelp"),
        (
            "p",
            "Tiltak 4: Styrke Statens barnehus med flere stillinger og bedre oppfølging etter avhør",
        ),
        ("p", "Ansvar: JD, Politidirektoratet"),
        ("p", "Tiltak 5: Utvide ordningen med omvendt voldsalarm"),
        ("p", "Ansvar: JD"),
        (
            "p",
            "Tiltak 6: Gjennomgå krisesentertilbudet til personer med rusproblemer og psykiske lidelser",
        ),
        ("p", "Ansvar: BFD, Bufdir"),
        ("h2", "2.3 Behandling av voldsutøvere"),
        ("p", "Tiltak 7: Bygge ut behandlingstilbudet til voldsutøvere i alle fylker"),
        ("p", "Ansvar: BFD, HOD"),
        ("p", "Tiltak 8: Prøve ut sinnemestringsprogram i kriminalomsorgen"),
        ("p", "Ansvar: JD, Kriminalomsorgsdirektoratet"),
        ("page",),
        ("h1", "Vedlegg: Oversikt over tiltak"),
        (
            "table",
            (14, 106, 50),
            [
                ("Nr.", "Tiltak", "Ansvar"),
                ("1", "Styrke undervisningen om vold og overgrep i barnehager og skoler", "KD"),
                (
                    "2",
                    "Utvikle en nasjonal veileder for helse- og omsorgstjenestens arbeid med vold i nære relasjoner",
                    "HOD, Helsedirektoratet",
                ),
                ("3", "Etablere en nasjonal ordning for gjennomgang av partnerdrap", "JD"),
                (
                    "4",
                    "Styrke Statens barnehus med flere stillinger og bedre oppfølging etter avhør",
                    "JD, Politidirektoratet",
                ),
                ("5", "Utvide ordningen med omvendt voldsalarm", "JD"),
                (
                    "6",
                    "Gjennomgå krisesentertilbudet til personer med rusproblemer og psykiske lidelser",
                    "BFD, Bufdir",
                ),
                ("7", "Bygge ut behandlingstilbudet til voldsutøvere i alle fylker", "BFD, HOD"),
                (
                    "8",
                    "Prøve ut sinnemestringsprogram i kriminalomsorgen",
                    "JD, Kriminalomsorgsdirektoratet",
                ),
            ],
        ),
        (
            "p",
            "Utgitt av: Justis- og beredskapsdepartementet. Publikasjonskode: G-0450 B. Trykk: Departementenes sikkerhets- og serviceorganisasjon 12/2020.",
        ),
    ],
)

SELVMORD_DK = (
    "da-handlingsplan-selvmord-selvskade-2021-2025.docx",
    [
        ("title", "Handlingsplan for forebyggelse af selvmord og selvskade 2021–2025"),
        ("p", "Sundhedsstyrelsen, juni 2021"),
        ("h1", "Forord"),
        (
            "p",
            "Hvert år dør omkring 600 mennesker i Danmark ved selvmord, og mere end 8.000 forsøger. Bag hvert tal står familier, venner og kolleger.",
        ),
        ("h1", "Formål"),
        (
            "p",
            "Formålet med handlingsplanen er at nedbringe antallet af selvmord og selvmordsforsøg i Danmark og at styrke hjælpen til mennesker med selvskadende adfærd.",
        ),
        ("h1", "Mål"),
        ("p", "Handlingsplanen har tre overordnede mål:"),
        ("li", "Antallet af selvmord skal halveres inden 2030"),
        ("li", "Alle, der har forsøgt selvmord, skal tilbydes opfølgning inden for 48 timer"),
        ("li", "Flere fagpersoner skal kunne opspore og hjælpe mennesker i selvmordsrisiko"),
        ("h1", "Initiativer"),
        ("h2", "Initiativ nr. 1: Landsdækkende opfølgning efter selvmordsforsøg"),
        (
            "p",
            "Alle regioner skal tilbyde systematisk opfølgning i klinikker for selvmordsforebyggelse. Ansvarlig: Danske Regioner.",
        ),
        ("h2", "Initiativ nr. 2: Udbredelse af kurser i opsporing af selvmordsrisiko"),
        (
            "p",
            "Kurser for ansatte i kommuner, skoler og almen praksis. Ansvarlig: Sundhedsstyrelsen i samarbejde med KL.",
        ),
        ("h2", "Initiativ nr. 3: Begrænsning af adgangen til midler og steder"),
        (
            "p",
            "Mindre pakninger af håndkøbsmedicin og sikring af broer og jernbaner. Ansvarlig: Lægemiddelstyrelsen og Vejdirektoratet.",
        ),
        (
            "h2",
            "Initiativ nr. 4: Styrket støtte til efterladte & Initiativ nr. 5: Døgnåben rådgivning",
        ),
        (
            "p",
            "Efterladte efter selvmord skal tilbydes samtaleforløb, og Livslinien udvides til at have åbent hele døgnet.",
        ),
        ("h2", "Initiativ nr. 6: Et nationalt register over selvmordsforsøg og selvskade"),
        (
            "p",
            "Registeret skal være etableret senest 1. januar 2023. Ansvarlig: Sundhedsdatastyrelsen.",
        ),
        ("h1", "Økonomi"),
        (
            "p",
            "Der er afsat i alt 81,5 mio. kr. til handlingsplanen i perioden 2021-2024, heraf 30 mio. kr. til klinikkerne for selvmordsforebyggelse. Livslinien modtager desuden 6,5 mio. kr. årligt.",
        ),
        (
            "table",
            None,
            [
                ("Initiativ", "Mio. kr. i alt 2021-2024"),
                ("Nr. 1 Opfølgning efter selvmordsforsøg", "30,0"),
                ("Nr. 2 Kurser i opsporing", "12,5"),
                ("Nr. 3 Begrænsning af adgang til midler", "8,0"),
                ("Nr. 4 og 5 Efterladte og døgnåben rådgivning", "26,0"),
                ("Nr. 6 Nationalt register", "5,0"),
                ("I alt", "81,5"),
            ],
        ),
        ("h1", "Kontakt"),
        (
            "p",
            "Sundhedsstyrelsen, Islands Brygge 67, 2300 København S. Telefon 72 22 74 00. www.sst.dk",
        ),
    ],
)
