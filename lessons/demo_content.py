"""Demo content for the knowledge base of the Participatietafel Circulaire Economie.

Fictional but realistic Dutch texts for a fresh installation (programme DuurzaamDoor): target
groups, sources (the whitepaper "Versnellen in Transitie", LEF-Talks from 2022 and the Ronde
Tafel-bijeenkomst of 10 July 2025), pioneering civil servants and the lessons the table
secretary distilled from their experience. All people are invented; only two of them have not
consented to publication. Read by ``lessons.demo.seed_lessons``; data only, no logic.
"""

from datetime import date

AUDIENCES = [
    {
        "slug": "beleidsmedewerkers-gemeenten",
        "name": "Beleidsmedewerkers gemeenten",
        "description": (
            "Beleidsmedewerkers en programmamakers bij gemeenten die circulaire ambities vertalen "
            "naar uitvoering, van afval en inkoop tot ruimtelijke ordening en economie."
        ),
    },
    {
        "slug": "inkopers-en-contractmanagers",
        "name": "Inkopers en contractmanagers",
        "description": (
            "Inkopers, inkoopadviseurs en contractmanagers bij alle overheidslagen die circulaire "
            "eisen in aanbestedingen opnemen en ervoor zorgen dat ze na de gunning ook worden "
            "waargemaakt."
        ),
    },
    {
        "slug": "provinciale-programmamanagers",
        "name": "Programmamanagers provincies",
        "description": (
            "Programmamanagers en beleidsadviseurs bij provincies die regionale samenwerking, "
            "innovatie en financiering voor de circulaire economie organiseren."
        ),
    },
    {
        "slug": "rijksambtenaren",
        "name": "Beleidsmakers Rijk",
        "description": (
            "Beleidsmedewerkers en adviseurs bij ministeries en uitvoeringsorganisaties van het "
            "Rijk die werken aan wetgeving, programma's en eigen bedrijfsvoering."
        ),
    },
    {
        "slug": "waterschappers",
        "name": "Medewerkers waterschappen",
        "description": (
            "Adviseurs, inkopers en beheerders bij waterschappen die werken aan terugwinning uit "
            "afvalwater, circulair beheer van dijken en watergangen en de inzet van eigen "
            "reststromen."
        ),
    },
    {
        "slug": "bestuurders-en-managers",
        "name": "Bestuurders en leidinggevenden",
        "description": (
            "Wethouders, gedeputeerden, directeuren en afdelingshoofden die ruimte, mandaat en "
            "budget geven aan medewerkers die de transitie in de praktijk brengen."
        ),
    },
    {
        "slug": "projectleiders-bouw-en-infra",
        "name": "Projectleiders bouw en infra",
        "description": (
            "Projectleiders, assetmanagers en technisch adviseurs die verantwoordelijk zijn voor "
            "gebouwen, wegen, bruggen en gebiedsontwikkeling, en daar hergebruik en biobased "
            "materialen willen toepassen."
        ),
    },
    {
        "slug": "vergunningverleners-en-toezichthouders",
        "name": "Vergunningverleners en toezichthouders",
        "description": (
            "Medewerkers van gemeenten en omgevingsdiensten die vergunningen verlenen en toezicht "
            "houden, en daarbij te maken krijgen met afvalstatus, Omgevingswet en nieuwe "
            "circulaire toepassingen."
        ),
    },
    {
        "slug": "docenten-en-onderwijsontwikkelaars",
        "name": "Docenten en onderwijsontwikkelaars",
        "description": (
            "Docenten, lectoren en curriculumontwikkelaars in mbo en hbo die samen met overheden "
            "en bedrijven de vakmensen en professionals van de circulaire economie opleiden."
        ),
    },
    {
        "slug": "starters-en-jonge-ambtenaren",
        "name": "Starters en jonge ambtenaren",
        "description": (
            "Trainees, stagiairs en ambtenaren die net zijn begonnen en de transitie de komende "
            "decennia verder brengen, en zoeken naar hun rol en hun ruimte om te veranderen."
        ),
    },
]


SOURCES = [
    {
        "slug": "whitepaper-versnellen-in-transitie",
        "kind": "whitepaper",
        "title": "Versnellen in Transitie",
        "date": date(2023, 3, 14),
        "url": "",
        "summary": (
            "Whitepaper van de Participatietafel Circulaire Economie over wat voorlopers bij "
            "overheden nodig hebben om de transitie te versnellen. Het document bundelt ervaringen "
            "uit gesprekken met meer dan dertig ambtenaren van Rijk, provincies, gemeenten en "
            "waterschappen. Centraal staan mandaat, samenwerking over organisatiegrenzen en de "
            "vertaling van beleid naar uitvoering."
        ),
    },
    {
        "slug": "lef-talk-durven-in-de-uitvoering",
        "kind": "lef_talk",
        "title": "LEF-Talk: Durven in de uitvoering",
        "date": date(2022, 4, 21),
        "url": "",
        "summary": (
            "In deze eerste LEF-Talk vertelden vier voorlopers hoe zij ruimte vonden om te "
            "experimenteren binnen hun organisatie. Het gesprek ging over mandaat, het omgaan met "
            "tegenslag en de rol van leidinggevenden. Deelnemers deelden ook eerlijk wat er "
            "misging."
        ),
    },
    {
        "slug": "lef-talk-inkopen-met-impact",
        "kind": "lef_talk",
        "title": "LEF-Talk: Inkopen met impact",
        "date": date(2022, 6, 16),
        "url": "",
        "summary": (
            "Inkopers en contractmanagers van gemeenten, een waterschap en Rijkswaterstaat spraken "
            "over circulair inkopen in de praktijk. Ze bespraken hoe je de markt vroeg betrekt en "
            "waarom contractmanagement minstens zo belangrijk is als het bestek."
        ),
    },
    {
        "slug": "lef-talk-de-nieuwe-generatie-aan-tafel",
        "kind": "lef_talk",
        "title": "LEF-Talk: De nieuwe generatie aan tafel",
        "date": date(2022, 10, 6),
        "url": "",
        "summary": (
            "Jonge ambtenaren, studenten en leden van een jongerenraad gingen in gesprek met "
            "ervaren beleidsmakers. De centrale vraag was hoe de nieuwe generatie echte invloed "
            "krijgt op de circulaire transitie, in plaats van alleen te mogen meedenken."
        ),
    },
    {
        "slug": "ronde-tafel-10-juli-2025",
        "kind": "ronde_tafel",
        "title": "Ronde Tafel-bijeenkomst Participatietafel Circulaire Economie",
        "date": date(2025, 7, 10),
        "url": "",
        "summary": (
            "Op 10 juli 2025 kwamen voorlopers van alle overheidslagen samen met ondernemers, "
            "onderwijs en jongeren om de lessen van de afgelopen jaren te toetsen. De bijeenkomst "
            "richtte zich op knellende regelgeving, biobased bouwen en de rol van de nieuwe "
            "generatie. De opbrengst vormt de basis voor een reeks nieuwe lessen in deze "
            "kennisbank."
        ),
    },
    {
        "slug": "artikel-afvalstatus-als-drempel",
        "kind": "artikel",
        "title": "Afvalstatus als drempel: ervaringen uit de praktijk",
        "date": date(2024, 2, 8),
        "url": "",
        "summary": (
            "Artikel over projecten die vastliepen omdat vrijkomende materialen formeel als afval "
            "golden. Vergunningverleners en ondernemers beschrijven waar het misging en hoe vroeg "
            "overleg met de omgevingsdienst vertraging kan voorkomen."
        ),
    },
    {
        "slug": "interview-regionale-materialenhub",
        "kind": "interview",
        "title": "Interview: zo werkt een regionale materialenhub",
        "date": date(2023, 9, 27),
        "url": "",
        "summary": (
            "Een projectleider circulair bouwen en een contractmanager vertellen hoe gemeenten in "
            "Overijssel en Drenthe samen een opslagplaats voor herbruikbare bouwmaterialen "
            "opzetten. Ze gaan in op kosten, registratie en de samenwerking met een lokale sloper."
        ),
    },
    {
        "slug": "interview-wat-er-gebeurt-met-ingezameld-textiel",
        "kind": "interview",
        "title": "Interview: wat er gebeurt met ingezameld textiel",
        "date": date(2023, 5, 30),
        "url": "",
        "summary": (
            "Gesprek met een inkoopadviseur en een contractmanager over de textielketen, van "
            "inzamelcontainer tot sorteerlijn. Ze leggen uit waarom ontwerp en inkoop bepalen of "
            "kleding na gebruik nog te recyclen is."
        ),
    },
    {
        "slug": "artikel-monitoren-zonder-dashboardstress",
        "kind": "artikel",
        "title": "Monitoren zonder dashboardstress",
        "date": date(2024, 11, 5),
        "url": "",
        "summary": (
            "Artikel over hoe overheden hun bijdrage aan de circulaire economie kunnen volgen "
            "zonder te verdrinken in indicatoren. Met voorbeelden van een provincie en een "
            "waterschap die bewust kozen voor minder, maar beter onderbouwde cijfers."
        ),
    },
]


PIONEERS = [
    {
        "slug": "marieke-van-dijk",
        "name": "Marieke van Dijk",
        "role": "Strategisch inkoopadviseur",
        "organisation": "Gemeente Apeldoorn",
        "government_layer": "gemeente",
        "region": "gelderland",
        "bio": (
            "Marieke werkt al vijftien jaar in de inkoop en zag circulair inkopen eerst als extra "
            "werk. Inmiddels begeleidt ze inkopers in de regio bij het vertalen van ambities naar "
            "concrete eisen. Haar motto: begin bij het contract dat het eerst afloopt."
        ),
        "may_publish": True,
    },
    {
        "slug": "jeroen-bosman",
        "name": "Jeroen Bosman",
        "role": "Programmamanager circulaire economie",
        "organisation": "Provincie Fryslân",
        "government_layer": "provincie",
        "region": "friesland",
        "bio": (
            "Jeroen trekt het provinciale programma voor circulaire economie en biobased bouwen. "
            "Hij verbindt boeren, bouwers en overheden rond regionale reststromen zoals vlas en "
            "bermgras."
        ),
        "may_publish": True,
    },
    {
        "slug": "fatima-el-amrani",
        "name": "Fatima el Amrani",
        "role": "Beleidsadviseur grondstoffen",
        "organisation": "Ministerie van Infrastructuur en Waterstaat",
        "government_layer": "rijk",
        "region": "landelijk",
        "bio": (
            "Fatima werkt aan regelgeving rond afval en secundaire materialen. Ze staat bekend om "
            "haar gewoonte om collega's van andere directies op te zoeken, en om haar aandacht "
            "voor de vraag hoe regels in de uitvoering uitpakken."
        ),
        "may_publish": True,
    },
    {
        "slug": "pieter-hoekstra",
        "name": "Pieter Hoekstra",
        "role": "Assetmanager kunstwerken",
        "organisation": "Rijkswaterstaat",
        "government_layer": "rijk",
        "region": "zuid-holland",
        "bio": (
            "Pieter is verantwoordelijk voor het beheer en de vervanging van bruggen en viaducten. "
            "Hij zoekt naar manieren om vrijkomende elementen opnieuw in te zetten en om "
            "gerecyclede materialen veilig toe te passen in de infrastructuur."
        ),
        "may_publish": True,
    },
    {
        "slug": "annelies-verbeek",
        "name": "Annelies Verbeek",
        "role": "Adviseur grondstoffenterugwinning",
        "organisation": "Waterschap Aa en Maas",
        "government_layer": "waterschap",
        "region": "noord-brabant",
        "bio": (
            "Annelies houdt zich bezig met het terugwinnen van waardevolle stoffen uit afvalwater, "
            "zoals fosfaat en cellulose. Ze werkt daarbij nauw samen met andere waterschappen en "
            "met bedrijven die de teruggewonnen materialen kunnen gebruiken."
        ),
        "may_publish": True,
    },
    {
        "slug": "ruben-schouten",
        "name": "Ruben Schouten",
        "role": "Projectleider circulair bouwen",
        "organisation": "Gemeente Zwolle",
        "government_layer": "gemeente",
        "region": "overijssel",
        "bio": (
            "Ruben leidt gemeentelijke bouwprojecten waarin hergebruik en demontabel bouwen voorop "
            "staan. Hij was betrokken bij de oprichting van een regionale materialenhub en werkt "
            "graag samen met het mbo."
        ),
        "may_publish": True,
    },
    {
        "slug": "sanne-kuipers",
        "name": "Sanne Kuipers",
        "role": "Beleidsmedewerker circulaire stad",
        "organisation": "Gemeente Utrecht",
        "government_layer": "gemeente",
        "region": "utrecht",
        "bio": (
            "Sanne begon als trainee bij de gemeente en was daarvoor lid van de jongerenraad. Ze "
            "zet zich in voor een echte rol van jongeren en bewonersinitiatieven in de circulaire "
            "stad."
        ),
        "may_publish": True,
    },
    {
        "slug": "koen-de-graaf",
        "name": "Koen de Graaf",
        "role": "Senior vergunningverlener",
        "organisation": "Omgevingsdienst Zuid-Limburg",
        "government_layer": "overig",
        "region": "limburg",
        "bio": (
            "Koen beoordeelt al jaren vergunningaanvragen voor afvalverwerking en bouwprojecten. "
            "Hij pleit ervoor om de afvalstatus van materialen in een vroeg stadium met "
            "initiatiefnemers te bespreken."
        ),
        "may_publish": False,
    },
    {
        "slug": "hanneke-jansen",
        "name": "Hanneke Jansen",
        "role": "Programmaleider biobased economie",
        "organisation": "Provincie Groningen",
        "government_layer": "provincie",
        "region": "groningen",
        "bio": (
            "Hanneke stuurt het provinciale programma voor biobased economie aan. Ze is kritisch "
            "op ambitiedocumenten zonder uitvoering en werkt graag samen met kennisinstellingen "
            "aan betere monitoring."
        ),
        "may_publish": True,
    },
    {
        "slug": "thomas-wijnberg",
        "name": "Thomas Wijnberg",
        "role": "Kwartiermaker circulaire economie",
        "organisation": "Metropoolregio Amsterdam",
        "government_layer": "overig",
        "region": "noord-holland",
        "bio": (
            "Thomas bouwt aan de samenwerking tussen gemeenten, provincie en bedrijven in de "
            "metropoolregio. Hij gelooft in kleine, concrete projecten en in een lichte "
            "bestuurlijke structuur."
        ),
        "may_publish": True,
    },
    {
        "slug": "ingrid-meulenbelt",
        "name": "Ingrid Meulenbelt",
        "role": "Senior inkoper",
        "organisation": "Waterschap Hollandse Delta",
        "government_layer": "waterschap",
        "region": "zuid-holland",
        "bio": (
            "Ingrid is verantwoordelijk voor de inkoop van grondverzet, onderhoud en advies. Ze "
            "onderzocht hoe circulaire afspraken na de gunning worden nageleefd en hoe eigen "
            "reststromen binnen het waterschap kunnen blijven."
        ),
        "may_publish": False,
    },
    {
        "slug": "youssef-bakkali",
        "name": "Youssef Bakkali",
        "role": "Beleidsmedewerker duurzaamheid",
        "organisation": "Gemeente Almere",
        "government_layer": "gemeente",
        "region": "flevoland",
        "bio": (
            "Youssef werkt aan circulaire economie en afvalbeleid in een snelgroeiende stad. Hij "
            "experimenteert graag, maar heeft geleerd dat een experiment een heldere opdracht en "
            "eerlijke monitoring nodig heeft."
        ),
        "may_publish": True,
    },
    {
        "slug": "lotte-zeeman",
        "name": "Lotte Zeeman",
        "role": "Beleidsadviseur innovatie en arbeidsmarkt",
        "organisation": "Provincie Zeeland",
        "government_layer": "provincie",
        "region": "zeeland",
        "bio": (
            "Lotte verbindt onderwijs, ondernemers en overheid rond de circulaire economie. Ze "
            "ontwikkelde regelingen voor circulaire ondernemers en begeleidt hogeschoolstudenten "
            "bij praktijkonderzoek."
        ),
        "may_publish": True,
    },
    {
        "slug": "gerrit-drenth",
        "name": "Gerrit Drenth",
        "role": "Contractmanager",
        "organisation": "Gemeente Emmen",
        "government_layer": "gemeente",
        "region": "drenthe",
        "bio": (
            "Gerrit beheert contracten voor afval, groen en facilitaire diensten. Hij nam het "
            "initiatief voor gezamenlijke circulaire aanbestedingen met buurgemeenten en voor een "
            "textielsorteerlijn met het sociaal werkbedrijf."
        ),
        "may_publish": True,
    },
]


LESSONS = [
    {
        "slug": "begin-bij-de-inkoopkalender-niet-bij-het-beleid",
        "title": "Begin bij de inkoopkalender, niet bij het beleid",
        "lead": (
            "Circulaire ambities in een beleidsnota veranderen weinig zolang niemand weet welke "
            "contracten binnenkort aflopen. Wie de inkoopkalender als startpunt neemt, vindt in "
            "één middag de drie of vier aanbestedingen waar echt winst te halen is."
        ),
        "body": (
            "## Wat er misging\n\n"
            "In 2021 schreef de gemeente een ambitieuze paragraaf over circulair inkopen in het "
            "duurzaamheidsprogramma. Een jaar later bleek dat geen enkele aanbesteding anders was "
            "uitgevoerd. De inkopers kenden de paragraaf wel, maar de contracten waar die over "
            "ging waren net verlengd of liepen pas over vijf jaar af.\n\n"
            "## Wat wel werkte\n\n"
            "De strategisch inkoopadviseur vroeg de inkoopkalender op en legde die naast de "
            "grootste materiaalstromen van de organisatie. Binnen een middag stonden er vier "
            "kansrijke trajecten op een whiteboard: werkkleding, kantoormeubilair, het onderhoud "
            "van de openbare verlichting en de herinrichting van een stadskantoor.\n\n"
            "Voor elk traject werd een vaste koppeling gemaakt tussen een inkoper en een "
            "beleidsmedewerker. Niet voor de hele looptijd, maar voor de voorbereiding: de "
            "marktverkenning, het bestek en de gunningscriteria.\n\n"
            "## Zo pak je het aan\n\n"
            "- Vraag de inkoopkalender voor de komende twee jaar op bij je inkoopafdeling.\n"
            "- Markeer contracten met een grote waarde én een grote materiaalstroom.\n"
            "- Begin bij het contract dat het eerst afloopt, niet bij het contract dat het mooist "
            "klinkt.\n"
            "- Spreek af wie namens beleid aanschuift, en hoeveel uur daarvoor beschikbaar is.\n\n"
            "**Tip:** bespreek de kalender elk kwartaal opnieuw. Aanbestedingen schuiven vaak, en "
            "een gemiste kans komt pas na vier of acht jaar terug."
        ),
        "themes": ["circulair inkopen", "rol van de ambtenaar"],
        "audiences": ["inkopers-en-contractmanagers", "beleidsmedewerkers-gemeenten"],
        "parties": ["decentraal", "ondernemers"],
        "pioneers": ["marieke-van-dijk"],
        "source": "lef-talk-inkopen-met-impact",
        "status": "published",
        "published_at": date(2022, 7, 12),
    },
    {
        "slug": "maak-de-afvalstatus-bespreekbaar-voordat-het-project-start",
        "title": "Maak de afvalstatus bespreekbaar voordat het project start",
        "lead": (
            "Vrijkomende materialen die formeel afval zijn, mogen niet zomaar opnieuw worden "
            "ingezet. Projecten die dat pas bij de uitvoering ontdekken, lopen maanden vertraging "
            "op. Zet de vergunningverlener daarom al in de initiatieffase aan tafel."
        ),
        "body": (
            "## De situatie\n\n"
            "Bij de sloop van een schoolgebouw wilde een aannemer de dakpannen en het houten "
            "plafond hergebruiken in een nieuw buurthuis, drie straten verderop. Technisch kon dat "
            "prima. Juridisch lag het ingewikkelder: zodra het materiaal als afval was afgevoerd, "
            "mocht het niet meer zonder meer als bouwproduct worden ingezet.\n\n"
            "Het project lag bijna drie maanden stil. Niemand had bedacht dat het moment van "
            "vrijkomen bepaalt of iets afval is.\n\n"
            "## Wat de vergunningverlener adviseert\n\n"
            "Een ervaren vergunningverlener van een omgevingsdienst in Limburg zag hetzelfde "
            "patroon keer op keer terugkomen. Zijn advies: behandel de afvalstatus als "
            "ontwerpvraag, niet als handhavingsvraag.\n\n"
            "- Bespreek in het eerste projectoverleg welke materialen vrijkomen en waar ze naartoe "
            "gaan.\n"
            "- Leg vast dat materialen direct, zonder tussenkomst van een afvalverwerker, naar de "
            "nieuwe bestemming gaan als dat kan.\n"
            "- Vraag de omgevingsdienst mee te denken over de voorwaarden, in plaats van achteraf "
            "te toetsen.\n"
            "- Documenteer kwaliteit en herkomst, zodat je kunt aantonen dat er een concrete "
            "bestemming is.\n\n"
            "## Waarom dit werkt\n\n"
            "Als de bestemming vaststaat voordat het materiaal vrijkomt, is er vaak geen sprake "
            "van 'zich ontdoen'. Dat maakt het verschil tussen een bouwproduct en afval. De regels "
            "veranderen daar niet door, maar het gesprek wel."
        ),
        "themes": ["regelgeving", "bouw"],
        "audiences": ["vergunningverleners-en-toezichthouders", "projectleiders-bouw-en-infra"],
        "parties": ["decentraal", "ondernemers", "rijk"],
        "pioneers": ["koen-de-graaf"],
        "source": "artikel-afvalstatus-als-drempel",
        "status": "published",
        "published_at": date(2024, 3, 19),
    },
    {
        "slug": "vraag-alleen-een-materialenpaspoort-als-iemand-het-gebruikt",
        "title": "Vraag alleen een materialenpaspoort als iemand het gaat gebruiken",
        "lead": (
            "Een materialenpaspoort eisen klinkt circulair, maar zonder afspraken over beheer "
            "wordt het een pdf in een archiefmap. Bepaal eerst wie het paspoort over twintig jaar "
            "nodig heeft en wat die persoon moet kunnen terugvinden."
        ),
        "body": (
            "## Ervaring uit Zwolle\n\n"
            "Bij de bouw van twee gemeentelijke gymzalen stond het materialenpaspoort verplicht in "
            "het bestek. De aannemer leverde keurig een document van honderdtwintig pagina's op. "
            "Toen drie jaar later een sportvloer werd vervangen, wist niemand dat het bestond. De "
            "gegevens sloten bovendien niet aan op het systeem van vastgoedbeheer.\n\n"
            "Ruben Schouten, projectleider circulair bouwen, trok daaruit een duidelijke "
            "conclusie: een paspoort is pas waardevol als het onderdeel is van het beheer.\n\n"
            "## Wat je vooraf regelt\n\n"
            "- **Wie is de eigenaar?** Meestal is dat vastgoedbeheer, niet het projectteam.\n"
            "- **Welk detailniveau is nodig?** Voor demontabele onderdelen wil je type, afmetingen "
            "en verbindingswijze weten. Voor een fundering volstaat veel minder.\n"
            "- **Waar wordt het opgeslagen?** Kies een registratie die aansluit op het bestaande "
            "beheersysteem, of spreek een koppeling af.\n"
            "- **Wanneer wordt het bijgewerkt?** Elke renovatie moet het paspoort actualiseren, "
            "anders veroudert het snel.\n\n"
            "## De les\n\n"
            "Begin klein. Vraag een paspoort voor de onderdelen die realistisch gezien terug de "
            "markt op kunnen, zoals gevelpanelen, binnenwanden en installaties. Een bruikbaar "
            "paspoort van twintig pagina's is meer waard dan een volledig maar onvindbaar "
            "exemplaar."
        ),
        "themes": ["bouw", "monitoring"],
        "audiences": ["projectleiders-bouw-en-infra", "inkopers-en-contractmanagers"],
        "parties": ["decentraal", "ondernemers"],
        "pioneers": ["ruben-schouten"],
        "source": "whitepaper-versnellen-in-transitie",
        "status": "published",
        "published_at": date(2023, 6, 8),
    },
    {
        "slug": "regel-de-opslag-van-bouwmaterialen-voor-de-sloop-begint",
        "title": "Regel de opslag van vrijkomende bouwmaterialen voordat de sloop begint",
        "lead": (
            "Hergebruik van bouwmaterialen strandt vaak op iets heel praktisch: er is geen plek om "
            "ze tijdelijk neer te leggen. Een regionale materialenhub lost dat op, mits gemeenten "
            "vooraf afspreken wie de kosten en het risico draagt."
        ),
        "body": (
            "## Het probleem\n\n"
            "Slooptrajecten en nieuwbouwprojecten lopen zelden gelijk op. Kozijnen, binnendeuren "
            "en stalen liggers komen vrij in maart, maar de nieuwbouw die ze kan gebruiken start "
            "pas in het najaar. Zonder opslag verdwijnen ze alsnog in de container.\n\n"
            "## Wat de regio deed\n\n"
            "Een aantal gemeenten in Overijssel en Drenthe besloot een gezamenlijke materialenhub "
            "in te richten op een bedrijventerrein. Emmen leverde de contractmanager, Zwolle de "
            "kennis uit eerdere circulaire bouwprojecten. Een lokale sloper beheert de hal.\n\n"
            "Wat hielp:\n\n"
            "- een eenvoudige registratie van wat binnenkomt, met foto's, afmetingen en herkomst;\n"
            "- afspraken over hoe lang materiaal mag blijven liggen voordat het alsnog wordt "
            "afgevoerd;\n"
            "- een verdeelsleutel voor de huur, gebaseerd op het aantal inwoners per gemeente;\n"
            "- voorrang voor eigen projecten van de deelnemende gemeenten.\n\n"
            "## Wat je meeneemt\n\n"
            "Het is verleidelijk om meteen een groot digitaal platform te bouwen. De ervaring "
            "leert dat een hal, een spreadsheet en een betrokken beheerder verder komen. Zorg wel "
            "dat de vrijkomende grondstoffen vanaf het begin worden geregistreerd: zo kun je later "
            "laten zien hoeveel nieuw materiaal je hebt uitgespaard.\n\n"
            "Zet in het sloopbestek al vast dat materialen naar de hub gaan. Dan hoeft de aannemer "
            "niet achteraf te onderhandelen."
        ),
        "themes": ["bouw", "regionale samenwerking", "grondstoffen"],
        "audiences": [
            "projectleiders-bouw-en-infra",
            "beleidsmedewerkers-gemeenten",
            "provinciale-programmamanagers",
        ],
        "parties": ["decentraal", "ondernemers"],
        "pioneers": ["ruben-schouten", "gerrit-drenth"],
        "source": "interview-regionale-materialenhub",
        "status": "published",
        "published_at": date(2023, 11, 2),
    },
    {
        "slug": "vraag-je-mandaat-op-papier-voordat-je-experimenteert",
        "title": "Vraag je mandaat op papier voordat je gaat experimenteren",
        "lead": (
            "Voorlopers krijgen vaak mondelinge steun van hun leidinggevende, tot het spannend "
            "wordt. Een korte, schriftelijke opdracht met ruimte om af te wijken beschermt zowel "
            "de ambtenaar als het experiment."
        ),
        "body": (
            "## Wat er gebeurde\n\n"
            "Een beleidsmedewerker duurzaamheid in Almere startte vol enthousiasme een proef met "
            "herbruikbare bouwhekken bij gemeentelijke werkzaamheden. Zijn afdelingshoofd vond het "
            "'een mooi initiatief'. Toen de eerste rekening hoger uitviel dan begroot en een "
            "wethouder vragen stelde, bleek niemand zich te herinneren wie wat had toegezegd.\n\n"
            "Het experiment werd stilgelegd. Niet omdat het mislukte, maar omdat het nergens was "
            "vastgelegd.\n\n"
            "## Wat hij nu anders doet\n\n"
            "Youssef Bakkali vraagt voor elk experiment een opdracht van maximaal één A4. Daarin "
            "staan:\n\n"
            "- het doel, in één zin;\n"
            "- de looptijd en het maximale budget;\n"
            "- welke regels of standaarden mogen worden losgelaten, en welke niet;\n"
            "- wie beslist als het anders loopt dan verwacht;\n"
            "- wanneer en aan wie er wordt teruggekoppeld.\n\n"
            "## Waarom het werkt\n\n"
            "Een mandaat op papier maakt het gesprek vooraf scherper. Leidinggevenden denken beter "
            "na over wat ze toestaan als ze moeten tekenen. En als het misgaat, is de vraag niet "
            "meer wie schuld heeft, maar wat je ervan leert.\n\n"
            "**Let op:** een mandaat is geen vrijbrief om alles te doen. Het is een afspraak over "
            "de grenzen, en dat geeft juist ruimte om binnen die grenzen lef te tonen."
        ),
        "themes": ["rol van de ambtenaar"],
        "audiences": [
            "beleidsmedewerkers-gemeenten",
            "bestuurders-en-managers",
            "starters-en-jonge-ambtenaren",
        ],
        "parties": ["decentraal", "rijk"],
        "pioneers": ["youssef-bakkali"],
        "source": "lef-talk-durven-in-de-uitvoering",
        "status": "published",
        "published_at": date(2022, 5, 17),
    },
    {
        "slug": "lef-is-geen-karaktertrek-maar-een-teamafspraak",
        "title": "Lef is geen karaktertrek maar een teamafspraak",
        "lead": (
            "In de LEF-Talks werd lef vaak besproken als iets wat je hebt of niet hebt. Voorlopers "
            "die blijvend verschil maken, organiseren het juist: met een team dat afspreekt welke "
            "risico's gedeeld worden."
        ),
        "body": (
            "## Het beeld van de eenzame voorloper\n\n"
            "Wie een circulair project trekt, wordt al snel 'de duurzame collega'. Dat voelt even "
            "goed, maar het maakt je ook kwetsbaar. Elke tegenslag wordt jouw tegenslag, en als je "
            "vertrekt, vertrekt het project met je mee.\n\n"
            "Jeroen Bosman, programmamanager bij de Provincie Fryslân, beschreef tijdens een "
            "LEF-Talk hoe hij na twee jaar bijna opbrandde. 'Ik was de enige die de risico's "
            "droeg, terwijl de successen van iedereen waren.'\n\n"
            "## Wat hij veranderde\n\n"
            "Hij stelde een klein kernteam samen met een jurist, een financieel adviseur en een "
            "communicatieadviseur. Aan het begin van elk traject bespreekt het team drie "
            "vragen:\n\n"
            "1. Wat is het ergste dat kan gebeuren?\n"
            "2. Wie van ons vangt dat op, en hoe?\n"
            "3. Wanneer stoppen we, en wie mag dat besluiten?\n\n"
            "Die drie vragen kosten een uur. Ze voorkomen dat een tegenvaller later uitgroeit tot "
            "een persoonlijk probleem van één medewerker.\n\n"
            "## De les voor leidinggevenden\n\n"
            "Lef ontstaat waar mensen weten dat ze niet alleen staan. Leidinggevenden kunnen dat "
            "organiseren door expliciet te maken welke fouten acceptabel zijn, en door successen "
            "en mislukkingen gezamenlijk te presenteren. Een team dat samen durft, houdt het "
            "langer vol dan één held."
        ),
        "themes": ["rol van de ambtenaar", "gedrag"],
        "audiences": ["bestuurders-en-managers", "beleidsmedewerkers-gemeenten"],
        "parties": ["decentraal", "maatschappelijk"],
        "pioneers": ["jeroen-bosman"],
        "source": "lef-talk-durven-in-de-uitvoering",
        "status": "published",
        "published_at": date(2022, 6, 1),
    },
    {
        "slug": "zoek-de-collega-van-de-afdeling-die-je-nooit-spreekt",
        "title": "Zoek de collega van de afdeling die je nooit spreekt",
        "lead": (
            "De grootste circulaire kansen liggen vaak tussen twee beleidsterreinen in. Wie bewust "
            "dwarsverbanden legt met collega's van andere directies, ontdekt dat een probleem op "
            "de ene plek een oplossing op de andere is."
        ),
        "body": (
            "## Een voorbeeld van het ministerie\n\n"
            "Een beleidsadviseur bij het Ministerie van Infrastructuur en Waterstaat werkte aan de "
            "inzet van secundaire bouwmaterialen. Op een afscheidsborrel raakte ze in gesprek met "
            "een collega van de directie die over bodem en ondergrond gaat. Die bleek al jaren te "
            "worstelen met grote hoeveelheden vrijkomende grond en baggerspecie waar niemand een "
            "bestemming voor had.\n\n"
            "Twee dossiers, twee directies, hetzelfde vraagstuk. Ze hadden elkaar nog nooit "
            "gesproken.\n\n"
            "## Hoe je dwarsverbanden organiseert\n\n"
            "Toeval is een slechte strategie. Fatima el Amrani maakt er inmiddels een gewoonte "
            "van:\n\n"
            "- elke maand één kennismakingsgesprek met iemand buiten de eigen directie, zonder "
            "agenda;\n"
            "- bij elk nieuw dossier de vraag: welke andere afdeling heeft hier last of baat bij?\n"
            "- een gedeelde lijst met 'ongebruikte stromen' die collega's kunnen aanvullen.\n\n"
            "## Wat het oplevert\n\n"
            "Dwarsverbanden kosten tijd, en die tijd staat in geen enkel jaarplan. Toch leveren ze "
            "vaak de snelste resultaten op, omdat je bestaande budgetten en mandaten combineert in "
            "plaats van nieuwe aan te vragen.\n\n"
            "Bespreek met je leidinggevende dat een paar uur per maand hiervoor legitiem werk is. "
            "Wie dat vooraf regelt, hoeft zich later niet te verantwoorden voor een 'kopje koffie' "
            "dat een half dossier oploste."
        ),
        "themes": ["rol van de ambtenaar", "ketensamenwerking"],
        "audiences": ["beleidsmedewerkers-gemeenten", "rijksambtenaren"],
        "parties": ["rijk", "decentraal"],
        "pioneers": ["fatima-el-amrani"],
        "source": "whitepaper-versnellen-in-transitie",
        "status": "published",
        "published_at": date(2023, 4, 25),
    },
    {
        "slug": "koppel-elk-beleidsdoel-aan-een-uitvoeringsproject",
        "title": "Koppel elk beleidsdoel aan één concreet uitvoeringsproject",
        "lead": (
            "Programma's voor circulaire economie bevatten vaak tientallen doelen, maar weinig "
            "projecten. De Provincie Groningen dwong zichzelf om bij elk doel één project te "
            "noemen met een trekker, een budget en een startdatum."
        ),
        "body": (
            "## Het probleem met ambitiedocumenten\n\n"
            "Het eerste provinciale programma telde 34 doelstellingen, van 'meer biobased bouwen' "
            "tot 'een sterker regionaal ecosysteem'. Na twee jaar bleek dat bij de helft daarvan "
            "niets was gebeurd. Niet uit onwil, maar omdat niemand wist wie aan zet was.\n\n"
            "## De aanpak\n\n"
            "Hanneke Jansen, programmaleider biobased economie, stelde bij de herziening een harde "
            "regel: geen doel zonder project. Elk doel kreeg een regel in een overzicht met:\n\n"
            "- een concreet eerste project, hoe klein ook;\n"
            "- een trekker met naam en toenaam;\n"
            "- een gereserveerd bedrag, ook al is het maar een paar duizend euro;\n"
            "- een startdatum binnen zes maanden.\n\n"
            "Doelen waarvoor niemand een project kon bedenken, werden geschrapt of samengevoegd. "
            "Zo bleven er veertien over.\n\n"
            "## Wat het opleverde\n\n"
            "Het programma werd korter en op papier minder indrukwekkend. Maar na een jaar liepen "
            "er elf projecten, waaronder een proef met vlasvezel in isolatiemateriaal en een "
            "inkoopafspraak over biobased bermpalen. Het bestuur kreeg daardoor ook iets te zien, "
            "wat het draagvlak voor een vervolgbudget vergrootte.\n\n"
            "**Kern van de les:** een doel zonder eerste stap is een wens. Maak de vertaling naar "
            "uitvoering al in het beleidsstuk, niet pas in het uitvoeringsplan dat daarna komt."
        ),
        "themes": ["rol van de ambtenaar", "financiering"],
        "audiences": ["provinciale-programmamanagers", "bestuurders-en-managers"],
        "parties": ["decentraal", "rijk"],
        "pioneers": ["hanneke-jansen"],
        "source": "whitepaper-versnellen-in-transitie",
        "status": "published",
        "published_at": date(2023, 5, 11),
    },
    {
        "slug": "organiseer-de-marktconsultatie-ook-voor-het-regionale-mkb",
        "title": "Organiseer de marktconsultatie ook voor het mkb in de regio",
        "lead": (
            "Marktconsultaties trekken vooral grote partijen met een eigen tenderafdeling. Wie "
            "circulaire oplossingen zoekt, mist dan juist de kleine ondernemers die ze hebben. Een "
            "informele sessie op locatie, in gewone taal, verlaagt de drempel."
        ),
        "body": (
            "## Wat er misging\n\n"
            "Voor een aanbesteding van groenonderhoud organiseerde de gemeente Emmen een digitale "
            "marktconsultatie. Er meldden zich vijf partijen, allemaal landelijk actief. Een "
            "lokale hovenier die al jaren snoeiafval verwerkt tot compost en houtsnippers voor "
            "wandelpaden, wist niet eens dat de consultatie bestond.\n\n"
            "## Wat werkte bij de volgende ronde\n\n"
            "De contractmanager koos een andere vorm:\n\n"
            "- een bijeenkomst op de gemeentewerf, op een dinsdagmiddag om vier uur;\n"
            "- een uitnodiging via de lokale ondernemersvereniging;\n"
            "- geen presentatie van het bestek, maar een rondgang langs de stromen die vrijkomen;\n"
            "- per stroom een korte vraag: wat zou jij hiermee doen?\n\n"
            "Er kwamen negentien ondernemers. Drie van hen schreven later in, waarvan één samen "
            "met een grotere partij.\n\n"
            "## Let op de spelregels\n\n"
            "Een open gesprek met de markt mag, zolang je iedereen dezelfde informatie geeft. "
            "Publiceer daarom een kort verslag en deel het met alle geïnteresseerden. Zo voorkom "
            "je dat een lokale partij een voorsprong krijgt die later bij de gunning tot bezwaren "
            "leidt.\n\n"
            "**De les:** circulaire kennis zit vaak bij ondernemers die niet dagelijks "
            "aanbesteden. Ga naar ze toe in plaats van te wachten tot ze jou vinden."
        ),
        "themes": ["circulair inkopen", "samenwerking met ondernemers"],
        "audiences": ["inkopers-en-contractmanagers", "beleidsmedewerkers-gemeenten"],
        "parties": ["decentraal", "ondernemers"],
        "pioneers": ["gerrit-drenth"],
        "source": "lef-talk-inkopen-met-impact",
        "status": "published",
        "published_at": date(2022, 9, 20),
    },
    {
        "slug": "koop-de-functie-in-plaats-van-het-product",
        "title": "Koop de functie in plaats van het product",
        "lead": (
            "Bij de inrichting van een nieuwe locatie kocht een ministerie niet langer stoelen en "
            "bureaus, maar werkplekken voor tien jaar. Het contract werd ingewikkelder, maar de "
            "leverancier kreeg er een reden door om te repareren in plaats van te vervangen."
        ),
        "body": (
            "## Waarom functie-inkoop\n\n"
            "Wie een product koopt, draagt zelf de zorg voor onderhoud en afdanken. De leverancier "
            "verdient aan verkoop en heeft weinig belang bij een lange levensduur. Bij een "
            "gebruiksovereenkomst draait dat om: de leverancier blijft eigenaar en verdient meer "
            "naarmate het product langer meegaat.\n\n"
            "## De ervaring\n\n"
            "Voor een nieuwe huisvestingslocatie koos het ministerie voor een prestatiecontract. "
            "De leverancier levert en onderhoudt het meubilair, neemt het terug bij verhuizing en "
            "zorgt voor hergebruik of reparatie.\n\n"
            "Waar het team tegenaan liep:\n\n"
            "- De financiële afdeling moest wennen aan een meerjarige exploitatielast in plaats "
            "van een eenmalige investering.\n"
            "- Het was lastig om te bepalen wat 'een goede werkplek' precies is. Uiteindelijk werd "
            "het een set meetbare eisen, zoals beschikbaarheid en hersteltermijnen.\n"
            "- Bij reorganisaties verandert het aantal werkplekken. Daar moest een flexibele "
            "bandbreedte voor komen.\n\n"
            "## Wat je ervan leert\n\n"
            "Functie-inkoop werkt het best bij producten met een lange levensduur en een "
            "duidelijke functie. Begin met een categorie waar je organisatie al ervaring mee "
            "heeft, en betrek de controller vanaf het begin. Leg ook vast wat er aan het einde van "
            "het contract met de producten gebeurt, want daar zit de circulaire winst."
        ),
        "themes": ["circulair inkopen", "ketensamenwerking"],
        "audiences": ["inkopers-en-contractmanagers", "rijksambtenaren"],
        "parties": ["rijk", "ondernemers"],
        "pioneers": ["fatima-el-amrani"],
        "source": "whitepaper-versnellen-in-transitie",
        "status": "published",
        "published_at": date(2023, 8, 29),
    },
    {
        "slug": "circulaire-ambities-sneuvelen-in-het-contractmanagement",
        "title": "Circulaire ambities sneuvelen in het contractmanagement, niet in het bestek",
        "lead": (
            "Veel aandacht gaat naar circulaire gunningscriteria, maar na de gunning kijkt vaak "
            "niemand meer of beloftes worden nagekomen. Een waterschap ontdekte dat pas bij de "
            "evaluatie en bouwde de opvolging daarna in het contractmanagement in."
        ),
        "body": (
            "## Wat de evaluatie liet zien\n\n"
            "Een senior inkoper van een waterschap in Zuid-Holland bekeek vijf contracten waarin "
            "circulariteit zwaar had meegewogen bij de gunning. In drie gevallen was onduidelijk "
            "of de toegezegde maatregelen waren uitgevoerd. Er was geen rapportage afgesproken, en "
            "de contractmanagers hadden er nooit naar gevraagd. Ze wisten niet eens welke beloftes "
            "in de inschrijving stonden.\n\n"
            "## Wat ze veranderden\n\n"
            "- Bij de overdracht van inkoop naar contractmanagement komt er een kort overzicht van "
            "alle circulaire toezeggingen.\n"
            "- Per toezegging is afgesproken hoe de opdrachtnemer het aantoont, bijvoorbeeld met "
            "afleverbonnen of een jaarlijkse materiaalopgave.\n"
            "- Circulariteit is een vast agendapunt in het kwartaaloverleg met de opdrachtnemer.\n"
            "- Bij het niet nakomen volgt eerst een gesprek, daarna een sanctie zoals afgesproken "
            "in het contract.\n\n"
            "## De les\n\n"
            "Gunningscriteria zonder opvolging leren de markt dat je beloftes niet serieus neemt. "
            "Dat ondergraaft de geloofwaardigheid van de volgende aanbesteding. Zorg dat "
            "contractmanagers evenveel weten van de circulaire ambitie als de inkopers die het "
            "bestek schreven.\n\n"
            "**Tip:** houd de rapportage licht. Drie goed gekozen gegevens per jaar zijn beter dan "
            "een uitgebreid format dat niemand invult."
        ),
        "themes": ["circulair inkopen", "monitoring"],
        "audiences": ["inkopers-en-contractmanagers", "waterschappers"],
        "parties": ["decentraal", "ondernemers"],
        "pioneers": ["ingrid-meulenbelt"],
        "source": "artikel-monitoren-zonder-dashboardstress",
        "status": "published",
        "published_at": date(2024, 12, 3),
    },
    {
        "slug": "laat-de-textielinzamelaar-meepraten-over-bedrijfskleding",
        "title": "Laat de textielinzamelaar meepraten voordat je bedrijfskleding inkoopt",
        "lead": (
            "Werkkleding met gerecyclede vezels klinkt goed, maar is na gebruik lastig te "
            "verwerken als er geborduurde logo's, reflectiestrepen en gemengde stoffen in zitten. "
            "De partij die de kleding aan het eind van de keten verwerkt, weet precies waar het "
            "misgaat."
        ),
        "body": (
            "## De aanleiding\n\n"
            "De gemeente Apeldoorn kocht jarenlang werkkleding voor buitendienst, handhaving en de "
            "milieustraat. Na gebruik verdween die kleding in het restafval, omdat kleding met "
            "logo's om veiligheidsredenen niet in de gewone textielinzameling mocht. Een nieuwe "
            "aanbesteding moest dat doorbreken.\n\n"
            "## Wat anders ging\n\n"
            "Marieke van Dijk, strategisch inkoopadviseur, nodigde vóór het schrijven van het "
            "bestek een textielsorteerder en een recyclingbedrijf uit. Hun boodschap was helder: "
            "ontwerp de kleding zo dat hij na gebruik uit elkaar kan.\n\n"
            "Dat leidde tot concrete eisen:\n\n"
            "- logo's als verwijderbaar embleem in plaats van geborduurd;\n"
            "- zo min mogelijk mengweefsels, bij voorkeur één vezelsoort per kledingstuk;\n"
            "- een terugnameregeling waarbij de leverancier afgedankte kleding ophaalt;\n"
            "- een jaarlijkse rapportage over wat er met de teruggenomen kleding gebeurt.\n\n"
            "## Wat het opleverde\n\n"
            "De leverancier die won, verwerkt afgedankte broeken tot vezels voor "
            "isolatiemateriaal. Belangrijker nog: de gemeente weet nu wat er met haar kleding "
            "gebeurt. Dat maakt een eerlijk gesprek mogelijk over welke grondstoffen je terugwint "
            "en welke niet.\n\n"
            "**De les:** de kennis over recycling zit aan het eind van de keten. Haal die naar het "
            "begin, naar het bestek."
        ),
        "themes": ["textiel", "circulair inkopen"],
        "audiences": ["inkopers-en-contractmanagers", "beleidsmedewerkers-gemeenten"],
        "parties": ["decentraal", "ondernemers", "maatschappelijk"],
        "pioneers": ["marieke-van-dijk"],
        "source": "interview-wat-er-gebeurt-met-ingezameld-textiel",
        "status": "published",
        "published_at": date(2023, 7, 4),
    },
    {
        "slug": "werk-voor-textielsortering-samen-met-het-sociaal-werkbedrijf",
        "title": "Werk voor textielsortering samen met het sociaal werkbedrijf",
        "lead": (
            "Ingezameld textiel is pas waardevol als het goed gesorteerd wordt, en sorteren is "
            "handwerk. Een samenwerking met het sociaal werkbedrijf levert werk op voor mensen met "
            "een afstand tot de arbeidsmarkt én schonere stromen."
        ),
        "body": (
            "## De uitgangssituatie\n\n"
            "In Emmen werd textiel ingezameld via containers van een landelijke partij. De "
            "opbrengst daalde, de containers raakten vervuild en inwoners klaagden over zakken die "
            "ernaast werden gezet. Tegelijk zocht het sociaal werkbedrijf naar zinvol werk dicht "
            "bij huis.\n\n"
            "## Hoe de samenwerking ontstond\n\n"
            "Gerrit Drenth, contractmanager bij de gemeente, bracht de afdeling afval en de "
            "afdeling werk en inkomen bij elkaar. Samen met het werkbedrijf en een kringloopwinkel "
            "werd een kleine sorteerlijn opgezet:\n\n"
            "- draagbare kleding gaat naar de kringloopwinkel in de eigen regio;\n"
            "- niet-draagbaar katoen wordt verkocht als poetsdoek aan garages en "
            "schoonmaakbedrijven;\n"
            "- wat overblijft, gaat naar een recyclingbedrijf voor vezel-tot-vezelrecycling.\n\n"
            "## Wat het kostte en opleverde\n\n"
            "De eerste twee jaar was de sorteerlijn niet kostendekkend. Omdat de gemeente de "
            "kosten kon afzetten tegen uitgespaarde re-integratiebudgetten, bleef het project "
            "overeind. Inmiddels werken er twaalf mensen aan de lijn, en is het aandeel textiel in "
            "het restafval gedaald.\n\n"
            "## De les\n\n"
            "Kijk bij textiel niet alleen naar de afvalbegroting. De waarde zit ook in werk, in de "
            "buurtfunctie van de kringloopwinkel en in lokale afzet. Dat vraagt om een business "
            "case die verschillende begrotingen overstijgt, en dus om een bestuurder die dat wil "
            "verdedigen."
        ),
        "themes": ["textiel", "samenwerking met ondernemers"],
        "audiences": ["beleidsmedewerkers-gemeenten", "bestuurders-en-managers"],
        "parties": ["decentraal", "maatschappelijk", "burgers"],
        "pioneers": ["gerrit-drenth"],
        "source": "interview-wat-er-gebeurt-met-ingezameld-textiel",
        "status": "published",
        "published_at": date(2023, 10, 17),
    },
    {
        "slug": "zet-bermmaaisel-niet-meteen-in-de-vergister",
        "title": "Zet bermmaaisel niet meteen in de vergister",
        "lead": (
            "Biomassa uit bermen en watergangen gaat vaak rechtstreeks naar vergisting of "
            "compostering. Dat is makkelijk, maar laagwaardig. Wie eerst kijkt naar toepassingen "
            "als vezels, karton of bouwmaterialen, haalt veel meer waarde uit dezelfde stroom."
        ),
        "body": (
            "## Denk in de waardepiramide\n\n"
            "Bij biomassa geldt een eenvoudige volgorde: eerst hoogwaardige toepassingen zoals "
            "materialen en chemicaliën, daarna bodemverbetering, en pas als laatste energie. In de "
            "praktijk gebeurt vaak het omgekeerde, omdat vergisting een vaste afzet biedt en de "
            "maaicontracten daar al op zijn ingericht.\n\n"
            "## Wat de provincie deed\n\n"
            "De Provincie Groningen bracht de beheerders van bermen, dijken en watergangen samen: "
            "provincie, gemeenten, het waterschap en Rijkswaterstaat. Samen maaien zij jaarlijks "
            "duizenden tonnen gras. Hanneke Jansen liet de stromen in kaart brengen, met een "
            "universiteit die de kwaliteit per locatie analyseerde.\n\n"
            "Wat bleek:\n\n"
            "- gras van schrale bermen is vezelrijk en geschikt voor papier en isolatie;\n"
            "- maaisel langs drukke wegen bevat meer zwerfafval en vraagt extra reiniging;\n"
            "- het moment van maaien bepaalt de kwaliteit meer dan de locatie.\n\n"
            "## Wat je kunt doen\n\n"
            "- Breng samen met andere beheerders in kaart hoeveel biomassa er vrijkomt en "
            "wanneer.\n"
            "- Pas maaicontracten aan, zodat de stroom apart en schoon wordt aangeleverd.\n"
            "- Zoek een afnemer voor een klein, goed omschreven deel van de stroom en bouw van "
            "daaruit op.\n\n"
            "**Let op:** vergisting blijft nodig voor wat overblijft. Het gaat er niet om die "
            "optie te schrappen, maar om hem achteraan te zetten. Zo benut je de grondstoffen uit "
            "je eigen beheer het best."
        ),
        "themes": ["biomassa", "grondstoffen", "ketensamenwerking"],
        "audiences": ["provinciale-programmamanagers", "waterschappers"],
        "parties": ["decentraal", "ondernemers", "onderzoek"],
        "pioneers": ["hanneke-jansen"],
        "source": "whitepaper-versnellen-in-transitie",
        "status": "published",
        "published_at": date(2023, 9, 12),
    },
    {
        "slug": "bermgras-als-isolatiemateriaal-begin-met-een-afnamegarantie",
        "title": "Maak van bermgras isolatiemateriaal: begin met een kleine afnamegarantie",
        "lead": (
            "Ondernemers die biobased bouwmaterialen maken, lopen vast op een onzekere afzet. Een "
            "overheid die een bescheiden maar vaste afname toezegt, maakt de eerste investering "
            "mogelijk. Dat was een van de conclusies van de Ronde Tafel-bijeenkomst van 10 juli "
            "2025."
        ),
        "body": (
            "## Het vraagstuk\n\n"
            "Een Fries bedrijf had een manier ontwikkeld om bermgras te verwerken tot "
            "isolatieplaten. De techniek werkte, maar de bank wilde pas financieren als er "
            "afnemers waren. Bouwbedrijven wilden pas afnemen als het product bewezen en "
            "betaalbaar was. Een klassieke kip-en-eisituatie.\n\n"
            "## De rol van de provincie\n\n"
            "Jeroen Bosman van de Provincie Fryslân zocht een manier om die cirkel te doorbreken, "
            "zonder de regels voor staatssteun te overtreden. De oplossing bestond uit drie "
            "onderdelen:\n\n"
            "1. De provincie nam de platen op in de aanbesteding voor de renovatie van een eigen "
            "steunpunt, als innovatief alternatief naast reguliere isolatie.\n"
            "2. Twee woningcorporaties spraken een proefafname af voor vijftig woningen.\n"
            "3. Een kennisinstelling volgde de prestaties, zodat het product bewijs kon "
            "opbouwen.\n\n"
            "## Wat deelnemers aan de Ronde Tafel meegaven\n\n"
            "- Een afnamegarantie hoeft niet groot te zijn, als hij maar betrouwbaar is.\n"
            "- Leg vooraf vast hoe de prestaties gemeten worden, zodat het bewijs ook voor anderen "
            "telt.\n"
            "- Zoek medeafnemers. Eén overheid is een risico, drie overheden zijn een markt.\n\n"
            "## De les\n\n"
            "Biobased bouwen komt niet van de grond met subsidie alleen. Het is de combinatie van "
            "een eerste klant, meetbaar bewijs en een financier die durft. Overheden kunnen alle "
            "drie helpen organiseren."
        ),
        "themes": ["biomassa", "biobased bouwen", "financiering"],
        "audiences": ["provinciale-programmamanagers", "projectleiders-bouw-en-infra"],
        "parties": ["decentraal", "ondernemers", "onderzoek"],
        "pioneers": ["jeroen-bosman"],
        "source": "ronde-tafel-10-juli-2025",
        "status": "published",
        "published_at": date(2025, 9, 2),
    },
    {
        "slug": "rioolwaterzuivering-als-grondstoffenfabriek-regel-eerst-de-afzet",
        "title": "Zie de rioolwaterzuivering als grondstoffenfabriek, maar regel eerst de afzet",
        "lead": (
            "Waterschappen kunnen fosfaat, cellulose en bouwstoffen voor bioplastics terugwinnen "
            "uit afvalwater. De techniek is vaak de kleinste uitdaging. Zonder afnemer en zonder "
            "duidelijkheid over de status van het teruggewonnen materiaal blijft het product op "
            "het terrein liggen."
        ),
        "body": (
            "## Ervaring uit Brabant\n\n"
            "Waterschap Aa en Maas investeerde in een installatie om cellulose terug te winnen uit "
            "afvalwater. Het gaat om vezels uit toiletpapier die anders met het zuiveringsslib "
            "worden verbrand. De installatie draaide goed. Maar het teruggewonnen materiaal gold "
            "juridisch als afval, en potentiële afnemers in de bouw en de papierindustrie haakten "
            "af.\n\n"
            "Annelies Verbeek, adviseur grondstoffenterugwinning: 'We hadden alles geregeld voor "
            "de productie en bijna niets voor de afzet. Dat was de verkeerde volgorde.'\n\n"
            "## Wat ze nu anders doen\n\n"
            "- Eerst een afnemer zoeken, daarna de installatie dimensioneren.\n"
            "- Samen met andere waterschappen optrekken, zodat er genoeg volume is voor een "
            "serieuze markt.\n"
            "- Al in de ontwerpfase in gesprek met het ministerie en de toezichthouder over een "
            "einde-afvalstatus.\n"
            "- Een productspecificatie opstellen die aansluit bij wat afnemers gewend zijn.\n\n"
            "## De bredere les\n\n"
            "Het terugwinnen van grondstoffen uit water is een ketenvraagstuk. Het waterschap "
            "wordt leverancier in een markt die het zelf niet kent. Dat vraagt om andere "
            "vaardigheden dan zuiveren: verkopen, onderhandelen, normeren. Organiseer die kennis "
            "op tijd, desnoods samen met andere waterschappen."
        ),
        "themes": ["water", "grondstoffen", "regelgeving"],
        "audiences": ["waterschappers", "rijksambtenaren"],
        "parties": ["decentraal", "rijk", "ondernemers"],
        "pioneers": ["annelies-verbeek"],
        "source": "whitepaper-versnellen-in-transitie",
        "status": "published",
        "published_at": date(2023, 10, 3),
    },
    {
        "slug": "betrek-het-waterschap-vroeg-bij-circulaire-gebiedsontwikkeling",
        "title": "Betrek het waterschap vroeg bij circulaire gebiedsontwikkeling",
        "lead": (
            "Gemeenten die een nieuwe wijk circulair willen ontwikkelen, denken aan bouwmaterialen "
            "en energie. Water komt vaak pas in beeld bij de vergunning. Wie het waterschap vanaf "
            "het begin betrekt, vindt kansen voor regenwater, grondverzet en lokale biomassa."
        ),
        "body": (
            "## Wat er gebeurde in Zwolle\n\n"
            "Bij de planvorming voor een nieuwe woonwijk aan de rand van de stad schoof het "
            "waterschap pas aan toen het stedenbouwkundig plan al klaar was. Daardoor moest de "
            "waterberging alsnog worden ingepast, ten koste van een groenstrook waar biobased "
            "materialen zouden worden geteeld. Ook was de vrijkomende grond al verkocht, terwijl "
            "het waterschap die goed had kunnen gebruiken voor een dijkversterking.\n\n"
            "## Wat de volgende wijk anders deed\n\n"
            "Bij een volgend project zat een adviseur van het waterschap vanaf de eerste "
            "schetssessie aan tafel. Dat leverde op:\n\n"
            "- afspraken over hergebruik van vrijkomende grond in een dijkproject in de buurt;\n"
            "- opvang van regenwater voor het doorspoelen van toiletten in een nieuw "
            "schoolgebouw;\n"
            "- maaisel uit de nieuwe watergangen dat als bodemverbeteraar naar boeren in de "
            "omgeving gaat.\n\n"
            "## De les\n\n"
            "Circulaire gebiedsontwikkeling gaat over alle stromen, niet alleen over beton en "
            "hout. Waterschappen beheren veel van die stromen, maar worden te laat gevraagd. Maak "
            "het waterschap medeopdrachtgever van de verkenning, en niet alleen een partij die "
            "achteraf toetst.\n\n"
            "**Praktisch:** nodig bij de start van elk gebiedsproject een adviseur van het "
            "waterschap uit voor één sessie over stromen. Die ene middag levert vaak meer op dan "
            "maanden schriftelijk overleg."
        ),
        "themes": ["water", "bouw", "regionale samenwerking"],
        "audiences": [
            "waterschappers",
            "projectleiders-bouw-en-infra",
            "beleidsmedewerkers-gemeenten",
        ],
        "parties": ["decentraal", "ondernemers"],
        "pioneers": ["annelies-verbeek", "ruben-schouten"],
        "source": "ronde-tafel-10-juli-2025",
        "status": "published",
        "published_at": date(2025, 8, 26),
    },
    {
        "slug": "begin-met-kunststoffen-in-je-eigen-gebouw",
        "title": "Begin met kunststoffen in je eigen gebouw voordat je inwoners iets vraagt",
        "lead": (
            "Een gemeente die inwoners oproept om plastic beter te scheiden, moet zelf het goede "
            "voorbeeld geven. In Almere bleek het eigen stadhuis een flinke bron van "
            "wegwerpplastic, en juist de aanpak daarvan maakte de campagne geloofwaardig."
        ),
        "body": (
            "## De aanleiding\n\n"
            "De gemeente wilde een campagne starten om meer plastic verpakkingen gescheiden in te "
            "zamelen. Een medewerker van communicatie stelde een ongemakkelijke vraag: hoe doen we "
            "het eigenlijk zelf? Een afvalanalyse van het stadhuis gaf het antwoord. In de "
            "restcontainers zat veel plastic, van koffiebekers tot verpakkingen uit het "
            "bedrijfsrestaurant.\n\n"
            "## Wat de gemeente aanpakte\n\n"
            "- Wegwerpbekers werden vervangen door herbruikbare mokken, met statiegeldbekers voor "
            "bezoekers.\n"
            "- De cateraar kreeg de opdracht het aantal verpakte producten te halveren.\n"
            "- Op elke verdieping kwamen duidelijke scheidingsstations, met dezelfde pictogrammen "
            "als bij de containers in de wijken.\n"
            "- Elke drie maanden werd een steekproef gedaan en het resultaat gedeeld op "
            "intranet.\n\n"
            "## Wat het opleverde\n\n"
            "Na een jaar was de hoeveelheid plastic in het restafval van het stadhuis met ruim "
            "zestig procent gedaald. De campagne voor inwoners kon daarna beginnen met een eerlijk "
            "verhaal: dit hebben wij zelf gedaan, en dit hebben we ervan geleerd.\n\n"
            "## De les\n\n"
            "Geloofwaardigheid is een voorwaarde voor gedragsverandering. Begin bij je eigen "
            "organisatie, meet het effect en vertel er eerlijk over, inclusief wat niet lukte. "
            "Kunststoffen zijn een goed startpunt, omdat het resultaat voor iedereen zichtbaar is."
        ),
        "themes": ["kunststoffen", "gedrag"],
        "audiences": ["beleidsmedewerkers-gemeenten", "bestuurders-en-managers"],
        "parties": ["decentraal", "burgers"],
        "pioneers": ["youssef-bakkali"],
        "source": None,
        "status": "published",
        "published_at": date(2022, 3, 22),
    },
    {
        "slug": "gerecyclede-kunststoffen-in-infraproducten-test-de-kwaliteit-samen",
        "title": (
            "Vraag om gerecyclede kunststoffen in infraproducten, maar test de kwaliteit samen"
        ),
        "lead": (
            "Rijkswaterstaat wilde in bermpalen en kabelgoten meer gerecycled plastic toepassen. "
            "Een eis in het bestek bleek niet genoeg: leveranciers konden de kwaliteit niet "
            "garanderen. Een gezamenlijk testprogramma bracht de doorbraak."
        ),
        "body": (
            "## Het probleem\n\n"
            "Kunststof infraproducten moeten tientallen jaren meegaan in weer en wind. Bij "
            "gerecycled materiaal verschilt de samenstelling per partij, en daarmee de sterkte en "
            "de uv-bestendigheid. Leveranciers durfden daarom geen hoog percentage recyclaat aan "
            "te bieden, uit angst voor aansprakelijkheid als een product vroegtijdig zou "
            "bezwijken.\n\n"
            "## Wat werkte\n\n"
            "Pieter Hoekstra, assetmanager bij Rijkswaterstaat, zette met drie producenten en een "
            "onderzoeksinstituut een testprogramma op. Producten met verschillende percentages "
            "recyclaat werden op proeflocaties geplaatst en twee jaar gevolgd.\n\n"
            "De belangrijkste afspraken:\n\n"
            "- Rijkswaterstaat stelde de proeflocaties beschikbaar en droeg het risico van "
            "eventuele vervanging.\n"
            "- Producenten deelden hun testresultaten met elkaar, ook al zijn ze concurrenten.\n"
            "- Het onderzoeksinstituut schreef een openbare rapportage.\n\n"
            "## Het resultaat\n\n"
            "Voor bermpalen bleek tachtig procent gerecycled materiaal goed haalbaar. Voor "
            "kabelgoten lag de grens lager. Die kennis staat nu in een openbaar document, waar ook "
            "gemeenten en provincies gebruik van maken bij hun eigen aanbestedingen.\n\n"
            "## De les\n\n"
            "Een eis in het bestek verschuift het risico naar de markt. Als de markt dat risico "
            "niet kan dragen, blijft de innovatie uit. Deel het risico in de testfase, en stel de "
            "eis pas als de kwaliteit bewezen is."
        ),
        "themes": ["kunststoffen", "circulair inkopen", "infrastructuur"],
        "audiences": [
            "inkopers-en-contractmanagers",
            "projectleiders-bouw-en-infra",
            "rijksambtenaren",
        ],
        "parties": ["rijk", "ondernemers", "onderzoek"],
        "pioneers": ["pieter-hoekstra"],
        "source": "lef-talk-inkopen-met-impact",
        "status": "published",
        "published_at": date(2022, 11, 8),
    },
    {
        "slug": "ga-op-bedrijfsbezoek-voordat-je-een-subsidieregeling-schrijft",
        "title": "Ga op bedrijfsbezoek voordat je een subsidieregeling schrijft",
        "lead": (
            "Een provinciale regeling voor circulaire innovatie kreeg in het eerste jaar "
            "nauwelijks aanvragen. De criteria sloten niet aan bij hoe ondernemers werken. Na "
            "twintig bedrijfsbezoeken werd de regeling herschreven, en verdrievoudigde het aantal "
            "aanvragen."
        ),
        "body": (
            "## Wat er misging\n\n"
            "De Provincie Zeeland stelde een regeling op voor bedrijven die circulaire producten "
            "willen ontwikkelen. Op papier was alles in orde: heldere doelen, een ruim budget en "
            "een zorgvuldige beoordeling. Toch bleven de aanvragen uit.\n\n"
            "Lotte Zeeman, beleidsadviseur, ging langs bij ondernemers die wel interesse hadden "
            "getoond maar niet hadden aangevraagd. Ze hoorde steeds hetzelfde:\n\n"
            "- de aanvraag kostte meer tijd dan het bedrag waard was;\n"
            "- de regeling vroeg om een volledig uitgewerkt plan, terwijl ondernemers juist hulp "
            "zochten bij de eerste stap;\n"
            "- de looptijd van één jaar was te kort voor een proef met een klant.\n\n"
            "## Wat anders werd\n\n"
            "De regeling kreeg twee sporen: een kleine voucher voor verkenning, met een aanvraag "
            "van twee pagina's, en een grotere bijdrage voor uitvoering. De looptijd werd verlengd "
            "naar twee jaar. Een accountmanager van de regionale ontwikkelingsmaatschappij helpt "
            "ondernemers bij het invullen.\n\n"
            "## De les\n\n"
            "Beleid voor ondernemers schrijf je met ondernemers. Een middag op een werkvloer "
            "levert meer inzicht op dan een schriftelijke consultatie. Plan die bezoeken vóór het "
            "schrijven, niet achteraf bij de evaluatie."
        ),
        "themes": ["samenwerking met ondernemers", "financiering"],
        "audiences": ["provinciale-programmamanagers", "beleidsmedewerkers-gemeenten"],
        "parties": ["decentraal", "ondernemers"],
        "pioneers": ["lotte-zeeman"],
        "source": "whitepaper-versnellen-in-transitie",
        "status": "published",
        "published_at": date(2024, 1, 23),
    },
    {
        "slug": "geef-circulaire-ondernemers-een-vast-aanspreekpunt",
        "title": "Geef circulaire ondernemers één vast aanspreekpunt in het gemeentehuis",
        "lead": (
            "Ondernemers met een circulair initiatief worden binnen de gemeente vaak van loket "
            "naar loket gestuurd. Tijdens de Ronde Tafel-bijeenkomst van 10 juli 2025 bleek dat "
            "één vast aanspreekpunt met doorzettingsmacht het verschil maakt."
        ),
        "body": (
            "## Het verhaal van een ondernemer\n\n"
            "Een ondernemer in Almere wilde verhoogde vloeren uit kantoren opkopen en doorverkopen "
            "aan bouwbedrijven. Hij had te maken met de afdeling economie, de omgevingsdienst, de "
            "afdeling vastgoed en een medewerker ruimtelijke ordening. Elke afdeling was "
            "vriendelijk, maar niemand voelde zich eigenaar. Na acht maanden gaf hij het op.\n\n"
            "## Wat de gemeente veranderde\n\n"
            "Naar aanleiding van dit verhaal stelde de gemeente een aanspreekpunt circulaire "
            "economie aan. Deze medewerker:\n\n"
            "- is het eerste en vaste contact voor ondernemers met een circulair plan;\n"
            "- organiseert binnen twee weken een gezamenlijk gesprek met alle betrokken "
            "afdelingen;\n"
            "- kan opschalen naar het management als een dossier vastloopt;\n"
            "- houdt bij welke regels vaak in de weg zitten, en meldt die bij beleid.\n\n"
            "Ook de omgevingsdienst sloot aan. Een vergunningverlener schuift bij elk "
            "intakegesprek aan, zodat vragen over afval en milieuregels direct op tafel komen.\n\n"
            "## Wat deelnemers meegaven\n\n"
            "Tijdens de Ronde Tafel werd benadrukt dat een aanspreekpunt niet werkt zonder "
            "mandaat. 'Een vriendelijke doorverwijzer helpt niemand,' zei een deelnemer. Het "
            "aanspreekpunt moet collega's kunnen vragen om mee te denken, en het management moet "
            "daar ruimte voor geven.\n\n"
            "## De les\n\n"
            "Voor een ondernemer is de gemeente één organisatie. Organiseer je dienstverlening dan "
            "ook zo."
        ),
        "themes": ["samenwerking met ondernemers", "regelgeving"],
        "audiences": ["beleidsmedewerkers-gemeenten", "vergunningverleners-en-toezichthouders"],
        "parties": ["decentraal", "ondernemers"],
        "pioneers": ["youssef-bakkali", "koen-de-graaf"],
        "source": "ronde-tafel-10-juli-2025",
        "status": "published",
        "published_at": date(2025, 7, 29),
    },
    {
        "slug": "maak-van-de-materialenhub-een-leerwerkplek-voor-mbo",
        "title": "Maak van de materialenhub een leerwerkplek voor mbo-studenten",
        "lead": (
            "Een regionale materialenhub heeft handen nodig om materialen te sorteren, op te "
            "knappen en te registreren. Mbo-studenten bouw en infra hebben praktijkervaring nodig "
            "met circulair bouwen. Die twee behoeften bleken goed te combineren."
        ),
        "body": (
            "## Hoe het begon\n\n"
            "Bij de start van de materialenhub in de regio Zwolle was er geld voor een beheerder, "
            "maar niet voor extra personeel. Ruben Schouten nam contact op met een mbo-school in "
            "de buurt. De opleidingen timmeren en bouwkunde zochten al langer naar een plek waar "
            "studenten konden leren werken met gebruikte materialen.\n\n"
            "## De afspraken\n\n"
            "- Groepen van zes studenten werken per periode twee dagen per week in de hub.\n"
            "- Ze demonteren, beoordelen en registreren materialen onder begeleiding van een "
            "praktijkopleider.\n"
            "- De school past het lesprogramma aan, met modules over demontabel bouwen en "
            "materiaalkennis.\n"
            "- De hub levert echte opdrachten, zoals het opknappen van binnendeuren voor een "
            "buurthuis.\n\n"
            "## Wat het oplevert\n\n"
            "Studenten leren vaardigheden die in de reguliere opleiding ontbreken. Hoe beoordeel "
            "je of een balk nog bruikbaar is? Hoe demonteer je een kozijn zonder het te "
            "beschadigen? Bouwbedrijven in de regio merken dat stagiairs uit de hub sneller "
            "inzetbaar zijn op circulaire projecten.\n\n"
            "## Aandachtspunten\n\n"
            "De samenwerking vraagt om een vaste begeleider aan beide kanten. Wisselingen van "
            "docenten of beheerders zetten het project direct onder druk. Leg de afspraken daarom "
            "vast in een convenant met een looptijd van minstens drie jaar.\n\n"
            "**De les:** onderwijs is geen bijzaak in de circulaire transitie. Het is de plek waar "
            "de vakmensen van morgen worden opgeleid."
        ),
        "themes": ["onderwijs", "bouw", "regionale samenwerking"],
        "audiences": ["docenten-en-onderwijsontwikkelaars", "projectleiders-bouw-en-infra"],
        "parties": ["onderwijs", "ondernemers", "decentraal"],
        "pioneers": ["ruben-schouten"],
        "source": "interview-regionale-materialenhub",
        "status": "published",
        "published_at": date(2024, 2, 27),
    },
    {
        "slug": "lever-hbo-studenten-een-echte-praktijkvraag",
        "title": "Lever hbo-studenten een echte praktijkvraag, geen verzonnen casus",
        "lead": (
            "Hogescholen zoeken opdrachtgevers voor projecten en afstudeeronderzoek. Overheden die "
            "een echte, onopgeloste vraag inbrengen, krijgen verrassend bruikbare resultaten "
            "terug. Te brede of verzonnen casussen leveren vooral rapporten op die in een la "
            "verdwijnen."
        ),
        "body": (
            "## Wat niet werkte\n\n"
            "Een provincie leverde jarenlang opdrachten aan als 'Hoe maken we onze regio "
            "circulair?'. Studenten deden hun best, maar de vraag was te groot en te vaag. De "
            "eindrapporten bleven algemeen, en niemand binnen de organisatie voelde zich "
            "verantwoordelijk voor de opvolging.\n\n"
            "## Wat wel werkte\n\n"
            "Lotte Zeeman veranderde de aanpak. Ze vraagt collega's nu om vragen waar ze zelf mee "
            "worstelen, en waar ze binnen een half jaar een antwoord op nodig hebben. "
            "Voorbeelden:\n\n"
            "- Hoeveel sloopmateriaal komt er de komende vijf jaar vrij uit provinciale wegen en "
            "bruggen?\n"
            "- Welke agrarische reststromen in onze regio zijn geschikt voor biobased "
            "bouwmaterialen?\n"
            "- Waarom vragen ondernemers onze circulaire voucher niet aan?\n\n"
            "Elke vraag krijgt een interne opdrachtgever die de studenten minstens drie keer "
            "spreekt.\n\n"
            "## De winst voor beide kanten\n\n"
            "Studenten ervaren dat hun werk ertoe doet. De provincie krijgt onderzoek dat direct "
            "bruikbaar is, en leert ondertussen hoe de nieuwe generatie naar het vraagstuk kijkt. "
            "Meerdere studenten solliciteerden later bij de provincie.\n\n"
            "## De les\n\n"
            "Behandel studenten als junior adviseurs, niet als gratis capaciteit. Een goede vraag, "
            "een betrokken opdrachtgever en een eindpresentatie voor de mensen die er iets mee "
            "moeten: meer is niet nodig."
        ),
        "themes": ["onderwijs", "nieuwe generatie"],
        "audiences": [
            "docenten-en-onderwijsontwikkelaars",
            "provinciale-programmamanagers",
            "starters-en-jonge-ambtenaren",
        ],
        "parties": ["onderwijs", "nieuwe-generatie", "decentraal"],
        "pioneers": ["lotte-zeeman"],
        "source": "lef-talk-de-nieuwe-generatie-aan-tafel",
        "status": "published",
        "published_at": date(2022, 12, 6),
    },
    {
        "slug": "laat-een-lectoraat-meekijken-naar-je-monitoring",
        "title": "Laat een lectoraat meekijken naar je monitoring",
        "lead": (
            "Monitoring van de circulaire economie lijkt een taak voor data-analisten, maar de "
            "lastigste vragen zijn inhoudelijk: wat meet je eigenlijk, en wat zegt dat? Een "
            "samenwerking met een lectoraat hielp een provincie om haar indicatoren te onderbouwen "
            "en te verbeteren."
        ),
        "body": (
            "## De uitdaging\n\n"
            "De Provincie Groningen rapporteerde jaarlijks over de voortgang van haar circulaire "
            "programma. De cijfers kwamen uit verschillende bronnen en waren lastig te "
            "vergelijken. Bovendien kon niemand goed uitleggen of een hoger recyclingpercentage "
            "ook betekende dat er minder primaire grondstoffen werden gebruikt.\n\n"
            "## De samenwerking\n\n"
            "Hanneke Jansen benaderde een lectoraat circulaire economie van een hogeschool in de "
            "regio. Samen spraken ze af:\n\n"
            "- het lectoraat toetst jaarlijks de gebruikte indicatoren op betrouwbaarheid en "
            "betekenis;\n"
            "- studenten verzamelen aanvullende gegevens bij bedrijven, als onderdeel van hun "
            "opleiding;\n"
            "- onderzoekers en beleidsmedewerkers bespreken de uitkomsten in een gezamenlijke "
            "sessie, voordat het rapport naar het bestuur gaat.\n\n"
            "## Wat het opleverde\n\n"
            "De provincie schrapte twee indicatoren die weinig zeiden en voegde er één toe over de "
            "inzet van secundaire materialen in eigen projecten. De rapportage werd korter en "
            "beter te verdedigen. Ook ontstond er een netwerk van onderzoekers die de provincie "
            "kunnen adviseren bij nieuwe vragen.\n\n"
            "## De les\n\n"
            "Goede monitoring vraagt om kritische buitenstaanders. Een lectoraat heeft er belang "
            "bij om met echte gegevens te werken, en jij hebt er belang bij dat iemand je cijfers "
            "uitdaagt. **Spreek wel vooraf af wat er openbaar mag worden**, zodat publicaties niet "
            "tot verrassingen leiden."
        ),
        "themes": ["monitoring", "onderwijs"],
        "audiences": ["provinciale-programmamanagers", "rijksambtenaren"],
        "parties": ["onderzoek", "onderwijs", "decentraal"],
        "pioneers": ["hanneke-jansen"],
        "source": "artikel-monitoren-zonder-dashboardstress",
        "status": "published",
        "published_at": date(2025, 1, 14),
    },
    {
        "slug": "geef-de-jongerenraad-een-echte-beslissing",
        "title": "Geef de jongerenraad een echte beslissing, geen klankbordrol",
        "lead": (
            "Jongeren worden vaak gevraagd om mee te denken, maar zelden om mee te beslissen. Toen "
            "de gemeente Utrecht haar jongerenraad een eigen budget voor circulaire initiatieven "
            "gaf, veranderde de betrokkenheid wezenlijk."
        ),
        "body": (
            "## Hoe het eerst ging\n\n"
            "De jongerenraad werd regelmatig uitgenodigd om te reageren op beleidsstukken over "
            "duurzaamheid. De leden deden dat serieus, maar hoorden zelden wat er met hun inbreng "
            "gebeurde. Na een jaar haakten de meeste leden af. 'Het voelde als een vinkje,' "
            "vertelde een van hen tijdens een LEF-Talk.\n\n"
            "## Wat er veranderde\n\n"
            "Sanne Kuipers, toen trainee bij de gemeente en zelf oud-lid van de jongerenraad, "
            "stelde voor om de rol om te draaien. De raad kreeg een jaarlijks budget van "
            "vijftigduizend euro voor circulaire initiatieven van jongeren in de stad. De raad "
            "stelt zelf de criteria op, beoordeelt de aanvragen en legt verantwoording af aan de "
            "gemeenteraad.\n\n"
            "Voorbeelden van projecten die geld kregen:\n\n"
            "- een kledingruilpunt in een studentencomplex;\n"
            "- een fietsreparatiewerkplaats in een buurtcentrum;\n"
            "- een podcastserie over tweedehands kopen.\n\n"
            "## Wat ambtenaren leerden\n\n"
            "De gemeente moest leren loslaten. Niet elk project paste in de bestaande "
            "programmalijnen, en sommige ambtenaren vonden de criteria te ruim. Toch bleek de "
            "betrokkenheid van jongeren veel groter, en bereikten de projecten groepen die de "
            "gemeente zelf nooit had bereikt.\n\n"
            "## De les\n\n"
            "Meedenken zonder invloed leidt tot teleurstelling. Geef de nieuwe generatie echte "
            "verantwoordelijkheid, met budget en mandaat, en accepteer dat de uitkomst anders is "
            "dan je zelf had bedacht."
        ),
        "themes": ["nieuwe generatie", "gedrag"],
        "audiences": [
            "bestuurders-en-managers",
            "starters-en-jonge-ambtenaren",
            "beleidsmedewerkers-gemeenten",
        ],
        "parties": ["nieuwe-generatie", "burgers", "decentraal"],
        "pioneers": ["sanne-kuipers"],
        "source": "lef-talk-de-nieuwe-generatie-aan-tafel",
        "status": "published",
        "published_at": date(2022, 11, 22),
    },
    {
        "slug": "zet-stagiairs-in-als-dwarskijkers-niet-als-notulisten",
        "title": "Zet stagiairs in als dwarskijkers, niet als notulisten",
        "lead": (
            "Stagiairs zien wat vaste medewerkers niet meer zien. Een ministerie en een gemeente "
            "gaven stagiairs de uitdrukkelijke opdracht om vanzelfsprekendheden ter discussie te "
            "stellen. Dat leverde verrassende inzichten op over hoe de eigen organisatie de "
            "transitie vertraagt."
        ),
        "body": (
            "## Het idee\n\n"
            "Wie lang in een organisatie werkt, neemt procedures en gewoonten als gegeven aan. "
            "Fatima el Amrani merkte dat haar stagiair in de eerste week vragen stelde die niemand "
            "meer stelde. Waarom wordt elk rapport geprint? Waarom gaat elke laptop na vier jaar "
            "weg, ook als hij het nog prima doet?\n\n"
            "## De opdracht\n\n"
            "Samen met Sanne Kuipers, die in Utrecht vergelijkbare ervaringen had, ontwikkelde ze "
            "een standaardopdracht voor stagiairs:\n\n"
            "- Breng in je eerste maand tien gewoonten in kaart die haaks staan op circulair "
            "werken.\n"
            "- Kies er twee uit en zoek uit waar ze vandaan komen: een regel, een gewoonte of een "
            "misverstand?\n"
            "- Presenteer je bevindingen aan het managementteam, niet alleen aan je begeleider.\n\n"
            "## Wat het opleverde\n\n"
            "Bij het ministerie bleek de vaste vervangingstermijn van laptops te berusten op een "
            "oude afspraak die al jaren niet meer gold. De gebruiksduur werd verlengd naar zes "
            "jaar. In Utrecht leidde een stage tot nieuw beleid voor beursmateriaal en "
            "promotieartikelen.\n\n"
            "## De les\n\n"
            "Stagiairs hebben een frisse blik en weinig te verliezen. Geef ze een mandaat om "
            "kritisch te zijn, en zorg dat hun bevindingen op het juiste niveau landen. Dat vraagt "
            "wel iets van begeleiders: de bereidheid om vragen te krijgen waar je zelf geen "
            "antwoord op hebt."
        ),
        "themes": ["nieuwe generatie", "rol van de ambtenaar"],
        "audiences": ["starters-en-jonge-ambtenaren", "bestuurders-en-managers"],
        "parties": ["nieuwe-generatie", "onderwijs", "rijk"],
        "pioneers": ["fatima-el-amrani", "sanne-kuipers"],
        "source": "whitepaper-versnellen-in-transitie",
        "status": "published",
        "published_at": date(2023, 4, 4),
    },
    {
        "slug": "laat-trainees-rouleren-langs-inkoop-vergunningen-en-beleid",
        "title": "Laat trainees rouleren langs inkoop, vergunningen en beleid",
        "lead": (
            "Circulaire vraagstukken lopen dwars door afdelingen heen. Een traineeship waarin "
            "jonge ambtenaren bewust rouleren langs inkoop, vergunningverlening en beleid, levert "
            "professionals op die die verbanden vanzelf leggen."
        ),
        "body": (
            "## De aanleiding\n\n"
            "Tijdens de Ronde Tafel-bijeenkomst van 10 juli 2025 klaagden meerdere voorlopers over "
            "hetzelfde: collega's van inkoop, vergunningverlening en beleid spreken elkaars taal "
            "niet. Een inkoper weet weinig van afvalregels, een vergunningverlener kent de "
            "ambities uit het coalitieakkoord nauwelijks.\n\n"
            "## Het programma\n\n"
            "Thomas Wijnberg, kwartiermaker bij de Metropoolregio Amsterdam, ontwikkelde samen met "
            "zes gemeenten een regionaal traineeship circulaire economie. Trainees werken twee "
            "jaar en doorlopen vier plaatsingen van zes maanden:\n\n"
            "1. beleid, bij een gemeente of bij de regio;\n"
            "2. inkoop of contractmanagement;\n"
            "3. vergunningverlening of toezicht bij een omgevingsdienst;\n"
            "4. een plaatsing bij een circulaire ondernemer of maatschappelijke organisatie.\n\n"
            "Tussen de plaatsingen komen de trainees samen voor intervisie, waarin ze casussen uit "
            "hun organisaties bespreken.\n\n"
            "## Eerste ervaringen\n\n"
            "De eerste lichting bleek waardevol als verbinder. Een trainee die van inkoop naar de "
            "omgevingsdienst ging, bracht een inkoper en een toezichthouder samen bij een "
            "vastgelopen aanbesteding voor hergebruikt straatmeubilair. Binnen een maand lag er "
            "een oplossing.\n\n"
            "## De les\n\n"
            "Investeer in mensen die meerdere werelden kennen. Rouleren kost inwerktijd, maar "
            "levert een generatie ambtenaren op voor wie samenwerken over afdelingsgrenzen normaal "
            "is. Zorg wel voor één vaste begeleider over de hele looptijd."
        ),
        "themes": ["nieuwe generatie", "ketensamenwerking"],
        "audiences": ["starters-en-jonge-ambtenaren", "bestuurders-en-managers"],
        "parties": ["nieuwe-generatie", "decentraal", "maatschappelijk"],
        "pioneers": ["thomas-wijnberg"],
        "source": "ronde-tafel-10-juli-2025",
        "status": "published",
        "published_at": date(2025, 10, 7),
    },
    {
        "slug": "een-regionale-deal-heeft-een-trekker-nodig-geen-stuurgroep",
        "title": "Een regionale deal heeft een trekker nodig, geen stuurgroep",
        "lead": (
            "Regionale samenwerking aan de circulaire economie begint vaak met een stuurgroep vol "
            "bestuurders. Zonder iemand die dagelijks trekt en de tijd heeft om partijen te "
            "verbinden, blijft het bij intenties."
        ),
        "body": (
            "## Het patroon\n\n"
            "In veel regio's tekenen gemeenten, provincies, waterschappen en bedrijven een "
            "intentieverklaring over circulaire samenwerking. Er volgt een stuurgroep die vier "
            "keer per jaar vergadert. Na twee jaar is er een mooie website, maar weinig concreet "
            "resultaat.\n\n"
            "## Een andere aanpak\n\n"
            "In de Metropoolregio Amsterdam werd gekozen voor een kwartiermaker met een duidelijke "
            "opdracht en een looptijd van drie jaar. Thomas Wijnberg kreeg geen stuurgroep, maar "
            "een kleine kopgroep van drie bestuurders die elke zes weken een uur beschikbaar "
            "waren.\n\n"
            "Zijn werkwijze:\n\n"
            "- Hij begon met drie concrete projecten in plaats van een strategie.\n"
            "- Hij bezocht alle deelnemende organisaties persoonlijk en zocht per organisatie één "
            "vaste contactpersoon.\n"
            "- Successen werden naar buiten gebracht door de deelnemende organisaties zelf, niet "
            "door de regio.\n"
            "- Hij rapporteerde in korte notities van hooguit twee pagina's.\n\n"
            "## Wat werkte\n\n"
            "Binnen een jaar liep er een gezamenlijke aanbesteding voor circulair meubilair, een "
            "uitwisseling van vrijkomende bouwmaterialen tussen drie gemeenten en een leerkring "
            "voor inkopers.\n\n"
            "## De les\n\n"
            "Een regionale samenwerking is zo sterk als de persoon die de verbindingen legt. "
            "Investeer in die rol, geef er mandaat bij, en houd de bestuurlijke structuur licht. "
            "Een stuurgroep kan richting geven, maar trekt zelf niets."
        ),
        "themes": ["regionale samenwerking", "rol van de ambtenaar"],
        "audiences": ["provinciale-programmamanagers", "bestuurders-en-managers"],
        "parties": ["decentraal", "maatschappelijk", "ondernemers"],
        "pioneers": ["thomas-wijnberg"],
        "source": "whitepaper-versnellen-in-transitie",
        "status": "published",
        "published_at": date(2023, 7, 18),
    },
    {
        "slug": "bundel-de-inkoop-van-kleine-gemeenten",
        "title": "Bundel de inkoop van kleine gemeenten om de markt te bewegen",
        "lead": (
            "Een kleine gemeente heeft te weinig inkoopvolume om leveranciers tot circulaire "
            "vernieuwing te bewegen. Door samen in te kopen, kregen vijf Drentse gemeenten wel de "
            "aandacht van de markt, en bovendien een betere prijs."
        ),
        "body": (
            "## De uitgangssituatie\n\n"
            "Vijf gemeenten in Drenthe wilden elk circulair kantoormeubilair en werkkleding "
            "inkopen. Afzonderlijk lukte dat nauwelijks: de volumes waren klein, de "
            "inkoopcapaciteit beperkt en leveranciers toonden weinig interesse in maatwerk.\n\n"
            "## Hoe de samenwerking werkte\n\n"
            "Gerrit Drenth, contractmanager bij de gemeente Emmen, nam het initiatief voor een "
            "gezamenlijke aanbesteding. De gemeenten spraken af:\n\n"
            "- één gemeente treedt op als penvoerder en voert de aanbesteding uit;\n"
            "- de andere gemeenten leveren elk een inkoper voor de werkgroep;\n"
            "- de circulaire eisen worden samen opgesteld en zijn voor alle deelnemers gelijk;\n"
            "- elke gemeente sluit een eigen nadere overeenkomst, zodat de begrotingen gescheiden "
            "blijven.\n\n"
            "## Waar het lastig werd\n\n"
            "Niet iedere gemeente had dezelfde ambitie. Eén gemeente wilde een verplichte "
            "terugnameregeling, een andere vond dat te duur. Uiteindelijk werd terugname een "
            "gunningscriterium in plaats van een harde eis. Ook de planning was lastig, omdat "
            "bestaande contracten op verschillende momenten afliepen.\n\n"
            "## De les\n\n"
            "Gezamenlijk inkopen vergroot je invloed op de markt, maar vraagt om compromissen. "
            "Begin met een categorie waar de ambities al dicht bij elkaar liggen, en stem vroeg de "
            "contractkalenders op elkaar af."
        ),
        "themes": ["circulair inkopen", "regionale samenwerking"],
        "audiences": ["inkopers-en-contractmanagers", "beleidsmedewerkers-gemeenten"],
        "parties": ["decentraal", "ondernemers"],
        "pioneers": ["gerrit-drenth"],
        "source": None,
        "status": "published",
        "published_at": date(2024, 6, 11),
    },
    {
        "slug": "gebruik-het-omgevingsplan-om-hergebruik-mogelijk-te-maken",
        "title": "Gebruik het omgevingsplan om hergebruik mogelijk te maken",
        "lead": (
            "De Omgevingswet geeft gemeenten meer ruimte om zelf regels te stellen. Voor circulair "
            "bouwen wordt die ruimte nog weinig benut. Een omgevingsdienst in Limburg laat zien "
            "hoe het omgevingsplan hergebruik kan stimuleren in plaats van afremmen."
        ),
        "body": (
            "## Waar het wringt\n\n"
            "Veel oude bestemmingsplannen en welstandsnota's bevatten voorschriften die hergebruik "
            "onbedoeld lastig maken. Denk aan eisen over gevelmaterialen die alleen met nieuwe "
            "producten te halen zijn, of aan een verbod op tijdelijke opslag op bouwlocaties. Met "
            "de overgang naar het omgevingsplan kunnen gemeenten die regels herzien.\n\n"
            "## Wat er gebeurde\n\n"
            "Een vergunningverlener van de omgevingsdienst bracht samen met twee gemeenten in "
            "kaart welke regels hergebruik in de weg stonden. Tijdens de Ronde Tafel-bijeenkomst "
            "van 10 juli 2025 deelde hij de belangrijkste bevindingen:\n\n"
            "- beeldkwaliteitseisen sloten gebruikte bakstenen en hout met gebruikssporen "
            "onbedoeld uit;\n"
            "- er was geen regeling voor tijdelijke opslag van herbruikbare materialen op of naast "
            "de bouwplaats;\n"
            "- aanvragers wisten niet dat afwijken van standaarden mogelijk is bij gelijkwaardige "
            "prestaties.\n\n"
            "## Wat de gemeenten aanpasten\n\n"
            "In het omgevingsplan kwam ruimte voor tijdelijke materiaalopslag, onder voorwaarden. "
            "De welstandscriteria kregen een passage over hergebruikte materialen. En "
            "vergunningverleners kregen een korte handreiking voor het beoordelen van "
            "gelijkwaardigheid.\n\n"
            "## De les\n\n"
            "Regelgeving is niet alleen een belemmering, het is ook een instrument. Gebruik de "
            "herziening van regels onder de Omgevingswet om circulaire toepassingen actief "
            "mogelijk te maken. Betrek vergunningverleners daarbij: zij weten waar aanvragen "
            "vastlopen."
        ),
        "themes": ["regelgeving", "bouw"],
        "audiences": ["vergunningverleners-en-toezichthouders", "beleidsmedewerkers-gemeenten"],
        "parties": ["decentraal", "rijk"],
        "pioneers": ["koen-de-graaf"],
        "source": "ronde-tafel-10-juli-2025",
        "status": "published",
        "published_at": date(2025, 11, 18),
    },
    {
        "slug": "vraag-een-einde-afvalstatus-aan-met-de-toezichthouder",
        "title": "Vraag een einde-afvalstatus aan met de toezichthouder aan je zijde",
        "lead": (
            "Een procedure voor een einde-afvalstatus is voor veel ondernemers een zwart gat. "
            "Overheden die het proces samen met de toezichthouder begeleiden, verkorten de "
            "doorlooptijd en voorkomen dat goede initiatieven halverwege stranden."
        ),
        "body": (
            "## Wat de einde-afvalstatus is\n\n"
            "Een materiaal dat als afval geldt, kan die status verliezen als het een bewerking "
            "heeft ondergaan en aan een aantal voorwaarden voldoet. Denk aan een bestaande markt, "
            "een duidelijke toepassing en geen schadelijke gevolgen voor mens en milieu. In de "
            "praktijk is het bewijs daarvoor lastig te leveren.\n\n"
            "## Ervaringen uit de praktijk\n\n"
            "Fatima el Amrani van het Ministerie van Infrastructuur en Waterstaat sprak met "
            "ondernemers die een aanvraag hadden gedaan. Hun grootste klachten:\n\n"
            "- onduidelijkheid over welke gegevens nodig zijn;\n"
            "- wisselende antwoorden van verschillende instanties;\n"
            "- doorlooptijden van meer dan een jaar.\n\n"
            "Samen met een ervaren vergunningverlener zette ze een proef op. Daarin begeleiden het "
            "ministerie, de omgevingsdienst en de landelijke toezichthouder aanvragers vanaf het "
            "eerste idee.\n\n"
            "## Wat de proef opleverde\n\n"
            "- Een intakegesprek vooraf, waarin duidelijk wordt welke onderbouwing nodig is.\n"
            "- Eén vaste contactpersoon per aanvraag.\n"
            "- Een checklist met voorbeelden van eerder goedgekeurde onderbouwingen.\n\n"
            "De doorlooptijd daalde bij de eerste zes aanvragen naar gemiddeld vier maanden.\n\n"
            "## De les\n\n"
            "Regels zijn er om mens en milieu te beschermen, en dat blijft zo. Maar de manier "
            "waarop je ze toepast, kan ondernemers helpen of hinderen. Ga als overheid naast de "
            "aanvrager staan, zonder je toezichthoudende rol op te geven. Zo komen meer secundaire "
            "grondstoffen daadwerkelijk terug in de economie."
        ),
        "themes": ["regelgeving", "grondstoffen"],
        "audiences": ["vergunningverleners-en-toezichthouders", "rijksambtenaren"],
        "parties": ["rijk", "ondernemers", "decentraal"],
        "pioneers": ["fatima-el-amrani", "koen-de-graaf"],
        "source": "artikel-afvalstatus-als-drempel",
        "status": "published",
        "published_at": date(2024, 5, 14),
    },
    {
        "slug": "verzamel-knellende-regels-en-lever-ze-gebundeld-aan",
        "title": "Verzamel knellende regels en lever ze gebundeld aan bij het Rijk",
        "lead": (
            "Gemeenten, provincies en waterschappen lopen tegen dezelfde regels aan die circulaire "
            "initiatieven in de weg zitten. Losse signalen verdwijnen in de organisatie. Een "
            "gebundelde, onderbouwde lijst met voorbeelden krijgt wel aandacht in Den Haag."
        ),
        "body": (
            "## Het probleem\n\n"
            "Tijdens de Ronde Tafel-bijeenkomst van 10 juli 2025 noemden deelnemers steeds "
            "dezelfde knelpunten: de afvalstatus van vrijkomende materialen, de eisen aan "
            "bodemkwaliteit bij hergebruik van grond, en de aanbestedingsregels bij kleine "
            "circulaire opdrachten. Toch hadden de meeste deelnemers die signalen nooit formeel "
            "doorgegeven. 'Ik dacht dat het Rijk het al wist,' zei een gemeentelijke "
            "beleidsmedewerker.\n\n"
            "## Wat de Provincie Fryslân deed\n\n"
            "Jeroen Bosman zette een eenvoudige werkwijze op:\n\n"
            "- een meldformulier waarin collega's bij provincies, gemeenten en waterschappen een "
            "knellende regel melden, met een concreet voorbeeld;\n"
            "- elk kwartaal een bundeling, waarin gelijksoortige meldingen worden samengevoegd;\n"
            "- per knelpunt een korte analyse: gaat het om de regel zelf, de uitvoering of een "
            "misverstand?\n"
            "- een gesprek met de betrokken beleidsdirectie van het ministerie.\n\n"
            "## Wat het opleverde\n\n"
            "Niet elke melding leidde tot een aanpassing. Wel bleek een derde van de knelpunten te "
            "berusten op een verkeerde uitleg van de regels. Voor die gevallen kwam er een "
            "verduidelijking, die direct aan alle melders werd teruggekoppeld.\n\n"
            "## De les\n\n"
            "Het Rijk kan alleen aanpassen wat het weet. Bundel signalen, maak ze concreet, en "
            "onderscheid regels die echt knellen van regels die verkeerd worden toegepast. Dat "
            "maakt het gesprek met het ministerie productief."
        ),
        "themes": ["regelgeving", "ketensamenwerking"],
        "audiences": [
            "rijksambtenaren",
            "provinciale-programmamanagers",
            "vergunningverleners-en-toezichthouders",
        ],
        "parties": ["rijk", "decentraal"],
        "pioneers": ["jeroen-bosman"],
        "source": "ronde-tafel-10-juli-2025",
        "status": "published",
        "published_at": date(2025, 9, 23),
    },
    {
        "slug": "reken-circulaire-projecten-door-over-de-hele-levensduur",
        "title": "Reken circulaire projecten door over de hele levensduur",
        "lead": (
            "Circulaire alternatieven lijken vaak duurder, omdat de begroting alleen naar de "
            "aanschafprijs kijkt. Wie de kosten over de hele levensduur berekent, inclusief "
            "onderhoud en restwaarde, krijgt een ander beeld en een sterker verhaal richting "
            "bestuur."
        ),
        "body": (
            "## Het probleem met aanschafprijzen\n\n"
            "Bij een waterschap werd een voorstel voor demontabele gemalen afgewezen, omdat de "
            "investering vijftien procent hoger lag dan bij een traditioneel ontwerp. Niemand had "
            "gekeken naar de kosten over dertig jaar. Bij nadere berekening bleek het circulaire "
            "ontwerp goedkoper, door lagere onderhoudskosten en een hogere restwaarde van pompen "
            "en behuizing.\n\n"
            "## Hoe je het aanpakt\n\n"
            "- Bereken de totale kosten van eigendom: aanschaf, onderhoud, energie, vervanging en "
            "afdanken.\n"
            "- Neem de restwaarde van materialen en onderdelen mee, en wees realistisch over de "
            "markt daarvoor.\n"
            "- Maak onderscheid tussen investerings- en exploitatiebudget, en betrek de controller "
            "bij het gesprek over verschuivingen daartussen.\n"
            "- Presenteer meerdere scenario's, zodat het bestuur ziet hoe gevoelig de uitkomst "
            "is.\n\n"
            "## Valkuilen\n\n"
            "Levenscyclusberekeningen zijn zo goed als de aannames. Overdrijf de restwaarde niet: "
            "de markt voor gebruikte onderdelen is vaak nog klein. Let er ook op dat de voordelen "
            "niet bij een andere afdeling terechtkomen dan de kosten, want dan blijft het lastig "
            "om budget vrij te maken.\n\n"
            "## De les\n\n"
            "Circulair is niet per definitie duurder, maar het betaalt zich anders terug. Zorg dat "
            "je begrotingssystematiek dat zichtbaar maakt. **Betrek financiële collega's vroeg**, "
            "zodat zij het verhaal kunnen uitdragen in plaats van het tegen te houden."
        ),
        "themes": ["financiering", "circulair inkopen"],
        "audiences": ["bestuurders-en-managers", "inkopers-en-contractmanagers", "waterschappers"],
        "parties": ["decentraal", "ondernemers"],
        "pioneers": ["ingrid-meulenbelt"],
        "source": "whitepaper-versnellen-in-transitie",
        "status": "published",
        "published_at": date(2023, 12, 12),
    },
    {
        "slug": "een-revolverend-fonds-werkt-alleen-met-geduldige-voorwaarden",
        "title": "Een revolverend fonds werkt alleen met geduldige voorwaarden",
        "lead": (
            "Een revolverend fonds voor circulaire bedrijven klinkt als een efficiënte manier om "
            "overheidsgeld meerdere keren in te zetten. Maar circulaire verdienmodellen hebben een "
            "langere aanloop dan gewone bedrijven. Een provincie paste daarom haar "
            "terugbetalingstermijnen aan."
        ),
        "body": (
            "## Wat er gebeurde\n\n"
            "De Provincie Zeeland richtte een fonds op voor leningen aan bedrijven die circulaire "
            "producten of diensten ontwikkelen. De voorwaarden waren overgenomen van een bestaand "
            "innovatiefonds: terugbetaling binnen vijf jaar, met aflossing vanaf het tweede jaar. "
            "Na twee jaar hadden drie van de zeven bedrijven betalingsproblemen.\n\n"
            "## De oorzaak\n\n"
            "Lotte Zeeman ging in gesprek met de betrokken ondernemers en met een onderzoeker die "
            "circulaire verdienmodellen bestudeert. Het patroon was duidelijk. Bedrijven die "
            "producten verhuren of terugnemen, verdienen hun investering pas over een langere "
            "periode terug. Hun inkomsten in de eerste jaren zijn per definitie laag.\n\n"
            "## Wat anders werd\n\n"
            "- De looptijd van leningen werd verlengd naar tien jaar.\n"
            "- Aflossing start pas in het vierde jaar.\n"
            "- Naast een lening kunnen bedrijven een garantie krijgen, zodat ook een bank durft te "
            "financieren.\n"
            "- Het fonds beoordeelt aanvragen samen met een ondernemer die zelf een circulair "
            "bedrijf heeft opgebouwd.\n\n"
            "## De les\n\n"
            "Financieringsinstrumenten moeten passen bij het verdienmodel. Kopieer niet zonder "
            "meer de voorwaarden van bestaande regelingen. Praat met ondernemers en onderzoekers "
            "over hoe de geldstromen er werkelijk uitzien, en geef het fonds de tijd om te laten "
            "zien wat het oplevert."
        ),
        "themes": ["financiering", "samenwerking met ondernemers"],
        "audiences": ["provinciale-programmamanagers", "bestuurders-en-managers"],
        "parties": ["decentraal", "ondernemers", "onderzoek"],
        "pioneers": ["lotte-zeeman"],
        "source": None,
        "status": "published",
        "published_at": date(2026, 6, 9),
    },
    {
        "slug": "begin-met-drie-indicatoren-die-je-echt-kunt-meten",
        "title": "Begin met drie indicatoren die je echt kunt meten",
        "lead": (
            "Het doel van vijftig procent minder primaire grondstoffen in 2030 is landelijk "
            "vastgelegd, maar wat betekent dat voor een provincie of gemeente? Wie begint met "
            "tientallen indicatoren, verdrinkt in gegevens. Drie goed gekozen indicatoren geven "
            "meer richting."
        ),
        "body": (
            "## Het probleem\n\n"
            "Veel overheden willen bijdragen aan de landelijke doelstelling om in 2030 de helft "
            "minder primaire grondstoffen te gebruiken. Maar lokale gegevens over materiaalgebruik "
            "zijn schaars. Het gevolg: uitgebreide dashboards met indicatoren die niemand kan "
            "beïnvloeden, of juist helemaal geen monitoring.\n\n"
            "## Wat de Provincie Groningen koos\n\n"
            "Na een evaluatie met gemeenten in de provincie werd gekozen voor drie indicatoren:\n\n"
            "1. **Het aandeel circulaire aanbestedingen** in de eigen inkoop, gemeten via de "
            "inkoopadministratie.\n"
            "2. **De hoeveelheid hergebruikte bouwmaterialen** in eigen projecten, gemeten via de "
            "projectadministratie.\n"
            "3. **Het aantal circulaire bedrijven** in de regio dat ondersteuning kreeg, en wat "
            "die ondersteuning opleverde.\n\n"
            "## Waarom deze drie\n\n"
            "Het zijn indicatoren waar de provincie zelf invloed op heeft, en waarvan de gegevens "
            "grotendeels al beschikbaar zijn. Ze zeggen niet alles over de regionale "
            "materiaalstromen, maar ze laten wel zien of het eigen handelen verandert.\n\n"
            "## Wat je kunt doen\n\n"
            "- Kies indicatoren waar je organisatie invloed op heeft.\n"
            "- Gebruik gegevens die al worden verzameld, voordat je nieuwe metingen opzet.\n"
            "- Leg uit wat een indicator niet zegt, om verkeerde conclusies te voorkomen.\n"
            "- Kijk na twee jaar of de indicatoren nog de juiste vragen beantwoorden."
        ),
        "themes": ["monitoring", "grondstoffen"],
        "audiences": ["beleidsmedewerkers-gemeenten", "provinciale-programmamanagers"],
        "parties": ["decentraal", "onderzoek"],
        "pioneers": ["hanneke-jansen"],
        "source": "artikel-monitoren-zonder-dashboardstress",
        "status": "published",
        "published_at": date(2024, 11, 26),
    },
    {
        "slug": "houd-bij-welke-circulaire-kansen-je-hebt-laten-liggen",
        "title": "Houd bij welke circulaire kansen je hebt laten liggen",
        "lead": (
            "Monitoring gaat meestal over wat er gelukt is. Minstens zo leerzaam is wat er niet "
            "gebeurde: de aanbesteding waar circulariteit toch geen rol speelde, of het project "
            "dat sneuvelde op een regel. Een eenvoudig logboek maakt die patronen zichtbaar."
        ),
        "body": (
            "## Het idee\n\n"
            "Youssef Bakkali, beleidsmedewerker in Almere, merkte dat voortgangsrapportages een te "
            "rooskleurig beeld gaven. De successen stonden erin, de gemiste kansen niet. Daardoor "
            "bleef onduidelijk waarom sommige ambities niet van de grond kwamen.\n\n"
            "Hij begon een 'logboek van gemiste kansen'. Bij elk project of elke aanbesteding waar "
            "circulariteit werd overwogen maar uiteindelijk afviel, noteert hij kort:\n\n"
            "- wat het plan was;\n"
            "- op welk moment het afviel;\n"
            "- wat de reden was: tijd, geld, regels, kennis of prioriteit;\n"
            "- wie het besluit nam.\n\n"
            "## Wat het opleverde\n\n"
            "Na een jaar stonden er 23 gemiste kansen in het logboek. Het patroon was opvallend: "
            "in ruim de helft van de gevallen was tijdsdruk de reden. Circulaire alternatieven "
            "werden te laat in het proces bedacht, toen de planning al vastlag.\n\n"
            "Dat inzicht leidde tot een concrete verandering. Circulariteit werd een vast "
            "onderdeel van de startnotitie van elk project, in plaats van een toets achteraf.\n\n"
            "## Hoe je het invoert\n\n"
            "Houd het logboek eenvoudig en veilig. Het gaat niet om schuld, maar om patronen. "
            "Bespreek het twee keer per jaar met je leidinggevende of in het managementteam. Deel "
            "de patronen ook aan de Participatietafel, want andere organisaties herkennen ze vaak "
            "direct."
        ),
        "themes": ["monitoring", "rol van de ambtenaar"],
        "audiences": ["beleidsmedewerkers-gemeenten", "bestuurders-en-managers"],
        "parties": ["decentraal", "maatschappelijk"],
        "pioneers": ["youssef-bakkali"],
        "source": "ronde-tafel-10-juli-2025",
        "status": "published",
        "published_at": date(2026, 2, 10),
    },
    {
        "slug": "steun-repaircafes-met-ruimte-niet-alleen-met-subsidie",
        "title": "Steun repaircafés met ruimte, niet alleen met subsidie",
        "lead": (
            "Repaircafés en kringloopinitiatieven draaien op vrijwilligers. Een subsidie helpt, "
            "maar wat ze vaak het meest nodig hebben is een vaste plek, opslagruimte en "
            "zichtbaarheid. Daarin kan een gemeente voorzien zonder grote budgetten."
        ),
        "body": (
            "## Het verhaal\n\n"
            "In Utrecht bestonden al jaren een handvol repaircafés, elk in een ander buurthuis. Ze "
            "kregen een kleine subsidie, maar moesten elke maand opnieuw een ruimte regelen. "
            "Gereedschap lag thuis bij vrijwilligers. Het aantal bezoekers bleef beperkt, omdat "
            "niemand wist wanneer en waar de volgende bijeenkomst was.\n\n"
            "## Wat de gemeente deed\n\n"
            "Sanne Kuipers bracht de initiatiefnemers samen en vroeg wat ze nodig hadden. Het "
            "antwoord verraste: geld stond niet bovenaan. De gemeente regelde:\n\n"
            "- een vaste ruimte in een wijkcentrum, met afsluitbare opslag voor gereedschap;\n"
            "- vermelding in de gemeentelijke afvalapp, bij de informatie over grofvuil;\n"
            "- een gezamenlijke agenda op de gemeentelijke website;\n"
            "- een verzekering voor vrijwilligers via de bestaande collectieve regeling.\n\n"
            "## Wat het opleverde\n\n"
            "Het aantal reparaties verdubbelde binnen een jaar. Vrijwilligers gaven aan dat ze "
            "zich serieuzer genomen voelden. En bewoners die kapotte spullen naar de milieustraat "
            "brachten, werden daar vaker doorverwezen naar het repaircafé.\n\n"
            "## De les\n\n"
            "Gedragsverandering begint vaak bij initiatieven van inwoners zelf. De rol van de "
            "gemeente is dan niet sturen, maar faciliteren. Vraag wat initiatieven nodig hebben, "
            "en wees creatief met wat je al hebt: gebouwen, communicatiekanalen en regelingen."
        ),
        "themes": ["gedrag"],
        "audiences": ["beleidsmedewerkers-gemeenten"],
        "parties": ["burgers", "maatschappelijk", "decentraal"],
        "pioneers": ["sanne-kuipers"],
        "source": None,
        "status": "published",
        "published_at": date(2026, 9, 15),
    },
    {
        "slug": "vertel-inwoners-wat-er-met-hun-plastic-gebeurt",
        "title": "Vertel inwoners eerlijk wat er met hun plastic gebeurt",
        "lead": (
            "Inwoners scheiden hun afval beter als ze weten wat er daarna mee gebeurt. Campagnes "
            "met een opgeheven vingertje werken slecht. Een gemeente die liet zien waar het "
            "ingezamelde plastic terechtkomt, inclusief wat niet gerecycled kan worden, zag de "
            "kwaliteit van de inzameling verbeteren."
        ),
        "body": (
            "## De aanleiding\n\n"
            "Uit een peiling onder inwoners van Almere bleek dat veel mensen twijfelden of het zin "
            "had om plastic te scheiden. 'Het gaat toch allemaal op één hoop,' was een "
            "veelgehoorde opmerking. Dat wantrouwen was deels terecht: een deel van het "
            "ingezamelde materiaal werd inderdaad verbrand, omdat het te vervuild was.\n\n"
            "## De aanpak\n\n"
            "In plaats van een nieuwe campagne met oproepen koos de gemeente voor openheid:\n\n"
            "- een serie korte video's over de route van een plastic verpakking, van container tot "
            "sorteerinstallatie;\n"
            "- eerlijke cijfers over welk deel wordt gerecycled en welk deel niet, en waarom;\n"
            "- concrete tips over wat vervuiling veroorzaakt, zoals etensresten en in elkaar "
            "geschoven verpakkingen;\n"
            "- een open dag bij de sorteerinstallatie, samen met de afvalverwerker.\n\n"
            "## Het resultaat\n\n"
            "De vervuiling van het ingezamelde plastic daalde in een jaar met bijna een kwart. "
            "Inwoners reageerden positief op de eerlijkheid, juist ook over wat nog niet goed "
            "gaat.\n\n"
            "## De les\n\n"
            "Vertrouwen is de basis van gedragsverandering. Verstop geen ongemakkelijke feiten, "
            "maar gebruik ze om uit te leggen waarom het gedrag van inwoners ertoe doet. Werk "
            "daarbij samen met de afvalverwerker: die heeft de verhalen en de beelden."
        ),
        "themes": ["gedrag", "kunststoffen"],
        "audiences": ["beleidsmedewerkers-gemeenten"],
        "parties": ["burgers", "decentraal", "ondernemers"],
        "pioneers": ["youssef-bakkali"],
        "source": None,
        "status": "published",
        "published_at": date(2026, 10, 27),
    },
    {
        "slug": "plan-hergebruik-van-betonliggers-mee-in-het-vervangingsprogramma",
        "title": "Plan hergebruik van betonliggers mee in het vervangingsprogramma",
        "lead": (
            "De komende decennia moeten honderden bruggen en viaducten worden vervangen. Dat "
            "levert een enorme stroom beton en staal op. Rijkswaterstaat ontdekte dat hergebruik "
            "van liggers alleen lukt als je het jaren vooruit plant, en niet per project."
        ),
        "body": (
            "## De opgave\n\n"
            "Veel bruggen en viaducten uit de jaren zestig en zeventig naderen het einde van hun "
            "technische levensduur. Bij vervanging komen grote hoeveelheden beton vrij. Een deel "
            "daarvan, zoals voorgespannen liggers, is nog goed bruikbaar in kleinere bruggen of "
            "fietsverbindingen.\n\n"
            "## Wat er misging\n\n"
            "Bij de eerste pogingen tot hergebruik bleek de timing het grootste probleem. Liggers "
            "kwamen vrij terwijl er geen project was dat ze kon gebruiken. Opslag was duur, en na "
            "een paar maanden werden ze alsnog gebroken tot granulaat.\n\n"
            "## Wat Rijkswaterstaat nu doet\n\n"
            "Pieter Hoekstra, assetmanager, werkt met een regionale koppeling tussen "
            "vervangingsopgaven en nieuwbouwprojecten:\n\n"
            "- vrijkomende elementen worden jaren vooruit geïnventariseerd, inclusief afmetingen "
            "en draagvermogen;\n"
            "- provincies en gemeenten in de regio zien wat er beschikbaar komt, zodat ze hun "
            "ontwerpen erop kunnen afstemmen;\n"
            "- een kennisinstituut onderzoekt de restcapaciteit van de liggers, zodat de "
            "veiligheid aantoonbaar is;\n"
            "- de opslag wordt gezamenlijk georganiseerd op een depot van een van de "
            "deelnemers.\n\n"
            "## De les\n\n"
            "Hergebruik in de infrastructuur is een planningsvraagstuk. Koppel sloop- en "
            "bouwprogramma's op regionale schaal, en maak de beschikbare grondstoffen zichtbaar "
            "voor andere overheden. Zo bespaar je op primaire materialen en op uitstoot."
        ),
        "themes": ["bouw", "infrastructuur", "grondstoffen"],
        "audiences": ["projectleiders-bouw-en-infra", "rijksambtenaren"],
        "parties": ["rijk", "decentraal", "onderzoek"],
        "pioneers": ["pieter-hoekstra"],
        "source": "whitepaper-versnellen-in-transitie",
        "status": "published",
        "published_at": date(2023, 11, 21),
    },
    {
        "slug": "neem-biobased-bouwen-op-in-de-regionale-woondeal",
        "title": "Neem biobased bouwen op in de regionale woondeal",
        "lead": (
            "De woningbouwopgave is de grootste kans voor biobased bouwen. Toch ontbreekt het "
            "onderwerp in de meeste regionale woondeals. Provincies die het wel opnamen, zagen dat "
            "gemeenten en corporaties makkelijker de stap zetten."
        ),
        "body": (
            "## De aanleiding\n\n"
            "Tijdens de Ronde Tafel-bijeenkomst van 10 juli 2025 vertelden Jeroen Bosman (Fryslân) "
            "en Hanneke Jansen (Groningen) hoe hun provincies biobased bouwen een plek gaven in de "
            "regionale afspraken over woningbouw. Beiden zagen hetzelfde: losse pilots bleven "
            "losse pilots, zolang de grote bouwstromen er niet op werden ingericht.\n\n"
            "## Wat er in de afspraken kwam\n\n"
            "- Een streefpercentage voor woningen met biobased isolatie en gevelbekleding, dat per "
            "jaar oploopt.\n"
            "- Een regionaal overzicht van bewezen producten en leveranciers, zodat niet elke "
            "gemeente opnieuw hoeft te zoeken.\n"
            "- Afspraken met corporaties over het delen van ervaringen, inclusief wat tegenviel.\n"
            "- Inzet van regionale reststromen zoals vlas, hennep en bermgras, waar dat kan.\n\n"
            "## Wat het opleverde\n\n"
            "Gemeenten gaven aan dat het streefpercentage houvast bood in gesprekken met "
            "ontwikkelaars. Corporaties konden verwijzen naar een regionale afspraak, in plaats "
            "van zelf de kar te trekken. En lokale ondernemers kregen zicht op een groeiende "
            "markt, wat investeringen in productiecapaciteit makkelijker maakte.\n\n"
            "## De les\n\n"
            "Biobased bouwen groeit niet vanzelf uit een pilot. Verbind het aan de afspraken waar "
            "het echte volume zit. Een streefpercentage is daarbij een sterker signaal dan nog een "
            "subsidieregeling."
        ),
        "themes": ["biobased bouwen", "regionale samenwerking", "bouw"],
        "audiences": [
            "provinciale-programmamanagers",
            "beleidsmedewerkers-gemeenten",
            "bestuurders-en-managers",
        ],
        "parties": ["decentraal", "ondernemers", "rijk"],
        "pioneers": ["jeroen-bosman", "hanneke-jansen"],
        "source": "ronde-tafel-10-juli-2025",
        "status": "published",
        "published_at": date(2026, 4, 14),
    },
    {
        "slug": "investeer-in-docenten-voordat-je-het-curriculum-aanpast",
        "title": "Investeer in docenten voordat je het curriculum aanpast",
        "lead": (
            "Een mbo-opleiding nam biobased bouwen op in het lesprogramma, maar de docenten hadden "
            "er zelf nooit mee gewerkt. Pas na bijscholing bij bouwbedrijven in de regio kwam de "
            "nieuwe lesstof tot leven."
        ),
        "body": (
            "## Wat er misging\n\n"
            "Met steun van de Provincie Zeeland werd een nieuwe module biobased bouwen ontwikkeld "
            "voor de opleiding timmerman. Het lesmateriaal was goed, maar in de praktijk vielen "
            "docenten terug op wat ze kenden. Vragen van studenten over het vochtgedrag van "
            "hennepbeton of het verwerken van strobalen konden ze niet beantwoorden.\n\n"
            "## De aanpak\n\n"
            "Lotte Zeeman organiseerde met de school en twee bouwbedrijven een "
            "bijscholingsprogramma:\n\n"
            "- docenten liepen een week mee op een bouwplaats waar biobased werd gebouwd;\n"
            "- een leverancier van biobased isolatie verzorgde een praktijkdag op school;\n"
            "- docenten van verschillende scholen vormden een leernetwerk en deelden "
            "lesmateriaal;\n"
            "- de provincie vergoedde de vervangingskosten, zodat docenten echt tijd kregen.\n\n"
            "## Wat het opleverde\n\n"
            "Docenten werden enthousiaster en geloofwaardiger. Ze konden voorbeelden geven uit "
            "eigen ervaring, en namen studenten mee naar projecten in de regio. Bouwbedrijven "
            "raakten op hun beurt betrokken bij de opleiding en boden stageplekken aan.\n\n"
            "## De les\n\n"
            "Onderwijsvernieuwing begint bij de docent. Een nieuw curriculum zonder bijscholing "
            "blijft papier. Als overheid kun je dat ondersteunen door de verbinding met bedrijven "
            "te leggen en de vervangingskosten te dragen. Dat is vaak een kleine investering met "
            "een groot effect."
        ),
        "themes": ["onderwijs", "biobased bouwen"],
        "audiences": ["docenten-en-onderwijsontwikkelaars", "provinciale-programmamanagers"],
        "parties": ["onderwijs", "ondernemers", "decentraal"],
        "pioneers": ["lotte-zeeman"],
        "source": None,
        "status": "published",
        "published_at": date(2025, 5, 20),
    },
    {
        "slug": "organiseer-een-leerkring-waarin-voorlopers-ook-mislukkingen-delen",
        "title": "Organiseer een leerkring waarin voorlopers ook hun mislukkingen delen",
        "lead": (
            "Voorlopers delen graag hun successen, maar juist de mislukkingen zijn leerzaam. Een "
            "leerkring met een vaste groep deelnemers en duidelijke spelregels maakt het veilig om "
            "ook te vertellen wat niet lukte."
        ),
        "body": (
            "## Waarom een leerkring\n\n"
            "Op congressen en in nieuwsbrieven verschijnen vooral succesverhalen. Voor collega's "
            "die aan hetzelfde beginnen, is dat beperkt bruikbaar. Zij willen weten waar de "
            "valkuilen zitten. Na de Ronde Tafel-bijeenkomst van 10 juli 2025 besloten Thomas "
            "Wijnberg en Annelies Verbeek daarom een leerkring op te zetten voor voorlopers van "
            "verschillende overheidslagen.\n\n"
            "## De opzet\n\n"
            "- Een vaste groep van twaalf deelnemers: ambtenaren van het Rijk, provincies, "
            "gemeenten en waterschappen.\n"
            "- Vijf bijeenkomsten per jaar, elk met één ingebrachte casus.\n"
            "- Een vaste spelregel: wat in de kring wordt besproken, blijft in de kring, tenzij de "
            "inbrenger anders aangeeft.\n"
            "- Elke casus eindigt met één les die de inbrenger zelf formuleert, en die met "
            "toestemming via de kennisbank wordt gedeeld.\n\n"
            "## Wat het oplevert\n\n"
            "Deelnemers noemen de openheid het grootste voordeel. 'Ik dacht dat ik de enige was "
            "die vastliep op de afvalstatus,' vertelde een van hen. Er ontstaan ook nieuwe "
            "samenwerkingen: een waterschap en een gemeente zetten samen een proef op met "
            "hergebruik van baggerspecie.\n\n"
            "## De les\n\n"
            "Leren van mislukkingen vraagt om vertrouwen. Organiseer dat bewust, met een vaste "
            "groep en heldere afspraken. Zorg er ook voor dat de lessen buiten de kring "
            "terechtkomen, zodat anderen er profijt van hebben."
        ),
        "themes": ["rol van de ambtenaar", "gedrag"],
        "audiences": ["beleidsmedewerkers-gemeenten", "rijksambtenaren", "waterschappers"],
        "parties": ["rijk", "decentraal", "maatschappelijk"],
        "pioneers": ["thomas-wijnberg", "annelies-verbeek"],
        "source": "ronde-tafel-10-juli-2025",
        "status": "published",
        "published_at": date(2025, 8, 5),
    },
    {
        "slug": "zet-baggerspecie-en-maaisel-eerst-in-eigen-projecten-in",
        "title": "Zet baggerspecie en maaisel eerst in eigen projecten in",
        "lead": (
            "Waterschappen voeren jaarlijks grote hoeveelheden baggerspecie en maaisel af, terwijl "
            "ze in dezelfde periode grond en bodemverbeteraars inkopen voor dijk- en "
            "oeverprojecten. Door inkoop en beheer aan elkaar te koppelen, blijft een deel van die "
            "stromen in eigen huis."
        ),
        "body": (
            "## De ontdekking\n\n"
            "Een senior inkoper van een waterschap in Zuid-Holland legde de contracten voor de "
            "afvoer van baggerspecie naast de inkoopcontracten voor grond. Het bleek dat het "
            "waterschap in hetzelfde jaar tienduizenden kubieke meters bagger liet afvoeren én "
            "vergelijkbare hoeveelheden grond inkocht voor een dijkversterking, een paar kilometer "
            "verderop.\n\n"
            "## Wat er in de weg zat\n\n"
            "- De contracten werden beheerd door verschillende afdelingen die elkaar nauwelijks "
            "spraken.\n"
            "- De kwaliteit van de bagger was niet altijd geschikt, en keuringen kostten tijd.\n"
            "- De planning van baggerwerk en dijkprojecten liep niet gelijk op.\n\n"
            "## Wat werkte\n\n"
            "Het waterschap voegde een eenvoudige vraag toe aan elke aanbesteding voor grondverzet "
            "en bodemverbeteraars: kunnen we dit uit eigen stromen halen? Daarnaast werd een "
            "tijdelijk depot ingericht waar gekeurde bagger kan rijpen. Ook maaisel uit "
            "watergangen wordt voortaan apart gehouden voor compostering en gebruik op eigen "
            "terreinen.\n\n"
            "## De les\n\n"
            "Kijk eerst naar je eigen organisatie voordat je de markt opgaat. Vaak is de vrager "
            "van het ene materiaal tegelijk de aanbieder van een ander. Koppel inkoop en beheer, "
            "en maak stromen zichtbaar over de afdelingsgrenzen heen."
        ),
        "themes": ["water", "biomassa", "circulair inkopen"],
        "audiences": ["waterschappers", "inkopers-en-contractmanagers"],
        "parties": ["decentraal", "ondernemers"],
        "pioneers": ["ingrid-meulenbelt"],
        "source": "lef-talk-inkopen-met-impact",
        "status": "published",
        "published_at": date(2022, 8, 30),
    },
    {
        "slug": "geef-jonge-ambtenaren-een-vaste-stoel-aan-de-participatietafel",
        "title": "Geef jonge ambtenaren een vaste stoel aan de Participatietafel",
        "lead": (
            "De circulaire transitie loopt tot ver na 2030, en de ambtenaren die hem moeten "
            "afmaken, zijn nu net begonnen. Tijdens de Ronde Tafel-bijeenkomst van 10 juli 2025 "
            "werd afgesproken dat jonge ambtenaren structureel meepraten, niet alleen in een "
            "aparte sessie."
        ),
        "body": (
            "## De aanleiding\n\n"
            "Bij eerdere bijeenkomsten van de Participatietafel schoven vooral ervaren "
            "beleidsmakers en managers aan. Jongeren werden uitgenodigd voor een aparte sessie "
            "over de nieuwe generatie, maar hun inbreng bereikte de hoofdtafel zelden. Sanne "
            "Kuipers, inmiddels beleidsmedewerker in Utrecht, benoemde dat tijdens de Ronde Tafel: "
            "'We praten over de toekomst zonder de mensen die er het langst mee moeten werken.'\n\n"
            "## Wat er werd afgesproken\n\n"
            "- Minstens een kwart van de deelnemers aan elke bijeenkomst is jonger dan 35 of "
            "korter dan vijf jaar in dienst.\n"
            "- Jonge ambtenaren leiden zelf een onderdeel van de bijeenkomst, met een eigen "
            "vraagstuk.\n"
            "- Een netwerk van jonge ambtenaren bij Rijk, provincies en gemeenten bereidt de "
            "bijeenkomsten mee voor.\n"
            "- Ervaren voorlopers koppelen zich als maatje aan een jonge collega.\n\n"
            "## Wat het oplevert\n\n"
            "De eerste ervaringen laten zien dat jonge deelnemers andere vragen stellen. Ze zijn "
            "minder gehecht aan bestaande structuren, en brengen onderwerpen in zoals digitale "
            "hulpmiddelen en de combinatie van circulariteit met bestaanszekerheid.\n\n"
            "## De les\n\n"
            "De nieuwe generatie is geen doelgroep die je af en toe raadpleegt. Het zijn collega's "
            "die nu al meebouwen aan de transitie. Geef ze een vaste plek, en laat ervaren "
            "voorlopers hun netwerk delen."
        ),
        "themes": ["nieuwe generatie", "rol van de ambtenaar"],
        "audiences": ["starters-en-jonge-ambtenaren", "bestuurders-en-managers"],
        "parties": ["nieuwe-generatie", "rijk", "maatschappelijk"],
        "pioneers": ["sanne-kuipers"],
        "source": "ronde-tafel-10-juli-2025",
        "status": "published",
        "published_at": date(2025, 7, 22),
    },
    {
        "slug": "hergebruik-kantoormeubilair-tussen-ministeries",
        "title": "Hergebruik kantoormeubilair tussen ministeries via één interne marktplaats",
        "lead": (
            "Bij verhuizingen en reorganisaties binnen het Rijk komt veel bruikbaar meubilair "
            "vrij, terwijl een ander onderdeel tegelijk nieuw inkoopt. Een gedeelde interne "
            "marktplaats kan dat voorkomen, mits iemand het beheer op zich neemt."
        ),
        "body": (
            "## Concept: nog aan te vullen\n\n"
            "Deze les is gebaseerd op een eerste gesprek met een beleidsadviseur van het "
            "Ministerie van Infrastructuur en Waterstaat. De voorbeelden en aantallen moeten nog "
            "worden gecontroleerd voordat de les wordt gepubliceerd.\n\n"
            "## Wat we tot nu toe weten\n\n"
            "- Bij de verhuizing van twee directies kwamen ruim vierhonderd bureaustoelen vrij, "
            "terwijl een uitvoeringsorganisatie in dezelfde stad nieuwe stoelen bestelde.\n"
            "- Er bestaat al een interne marktplaats, maar die is onbekend en wordt niet actief "
            "beheerd.\n"
            "- Facilitaire afdelingen hebben weinig reden om te zoeken, omdat nieuw inkopen "
            "sneller gaat.\n\n"
            "## Open vragen voor de voorloper\n\n"
            "- Wie zou het beheer van de marktplaats moeten dragen, en met welk budget?\n"
            "- Hoe ga je om met transportkosten tussen locaties in verschillende steden?\n"
            "- Welke afspraken zijn er nodig met de huidige meubelleverancier?\n\n"
            "## Eerste richting\n\n"
            "De voorloper denkt aan een vaste coördinator per stad, die bij elke verhuizing vooraf "
            "een lijst van vrijkomend meubilair opstelt en die actief aanbiedt aan andere "
            "onderdelen."
        ),
        "themes": ["circulair inkopen", "ketensamenwerking"],
        "audiences": ["rijksambtenaren", "inkopers-en-contractmanagers"],
        "parties": ["rijk"],
        "pioneers": ["fatima-el-amrani"],
        "source": None,
        "status": "draft",
        "published_at": None,
    },
    {
        "slug": "wat-een-sorteeranalyse-van-het-restafval-leert-over-textiel",
        "title": "Wat een sorteeranalyse van het restafval leert over textiel",
        "lead": (
            "Een sorteeranalyse van het restafval laat zien hoeveel textiel inwoners weggooien, en "
            "welk soort. Die gegevens zijn onmisbaar om de inzameling gericht te verbeteren."
        ),
        "body": (
            "## Concept\n\n"
            "Eerste opzet na een gesprek met de contractmanager in Emmen. De cijfers worden nog "
            "bevestigd door de afvalinzamelaar, en de voorloper leest de tekst mee voordat die "
            "online gaat.\n\n"
            "## Kern van de les\n\n"
            "- Bij de laatste analyse bestond ongeveer vijf procent van het restafval uit "
            "textiel.\n"
            "- Het grootste deel was beddengoed, handdoeken en kapotte kleding: precies de stromen "
            "die inwoners niet in de textielcontainer durven te doen.\n"
            "- Duidelijk communiceren dat ook kapot textiel welkom is, kan dus veel opleveren.\n\n"
            "## Nog uit te werken\n\n"
            "- Hoe vaak is een sorteeranalyse zinvol, en wat kost die?\n"
            "- Kunnen gemeenten in de regio de analyse samen laten uitvoeren?\n"
            "- Hoe koppel je de uitkomsten aan de landelijke doelen voor textiel?\n\n"
            "## Waarom deze les ertoe doet\n\n"
            "Textiel is een van de stromen waarvoor de producentenverantwoordelijkheid de komende "
            "jaren verder wordt uitgewerkt. Gemeenten die nu al weten wat er in hun restafval zit, "
            "kunnen beter onderhandelen met inzamelaars en gerichter communiceren met inwoners."
        ),
        "themes": ["textiel", "monitoring"],
        "audiences": ["beleidsmedewerkers-gemeenten"],
        "parties": ["decentraal", "burgers"],
        "pioneers": ["gerrit-drenth"],
        "source": None,
        "status": "draft",
        "published_at": None,
    },
    {
        "slug": "een-circulaire-paragraaf-in-elk-raadsvoorstel",
        "title": "Een circulaire paragraaf in elk raadsvoorstel",
        "lead": (
            "Als elk raadsvoorstel een korte paragraaf over materiaalgebruik bevat, wordt "
            "circulariteit een vast onderdeel van de besluitvorming. Maar zonder goede invulling "
            "wordt het een verplicht nummer."
        ),
        "body": (
            "## Concept\n\n"
            "Deze les is in voorbereiding. De ervaringen komen uit twee gemeenten die de paragraaf "
            "sinds kort gebruiken. We wachten nog op de eerste evaluatie door de griffie.\n\n"
            "## Eerste inzichten\n\n"
            "- Een vaste paragraaf dwingt ambtenaren om vroeg na te denken over materialen en "
            "hergebruik.\n"
            "- Zonder handreiking vullen collega's de paragraaf in met standaardzinnen als 'niet "
            "van toepassing'.\n"
            "- Raadsleden stellen vaker vragen over circulariteit als de paragraaf concreet is.\n\n"
            "## Wat we nog willen weten\n\n"
            "- Welke vragen moeten in de paragraaf staan, en hoeveel?\n"
            "- Wie toetst de invulling voordat het voorstel naar het college gaat?\n"
            "- Hoe voorkom je dat de paragraaf een extra afvinklijst wordt?\n\n"
            "## Eerste richting\n\n"
            "De betrokken gemeenten denken aan een paragraaf van hooguit drie vragen: welke "
            "materialen worden gebruikt, wat gebeurt er aan het einde van de levensduur, en welk "
            "circulair alternatief is overwogen? Een beleidsmedewerker duurzaamheid leest in de "
            "eerste maanden mee en geeft feedback aan de opstellers. Na een jaar volgt een "
            "evaluatie met raadsleden en ambtenaren."
        ),
        "themes": ["rol van de ambtenaar", "regelgeving"],
        "audiences": ["beleidsmedewerkers-gemeenten", "bestuurders-en-managers"],
        "parties": ["decentraal"],
        "pioneers": ["youssef-bakkali"],
        "source": None,
        "status": "draft",
        "published_at": None,
    },
    {
        "slug": "biomassa-uit-natuurbeheer-maak-afspraken-met-terreinbeheerders",
        "title": "Biomassa uit natuurbeheer: maak afspraken met terreinbeheerders",
        "lead": (
            "Natuurbeheerders maaien en snoeien jaarlijks grote hoeveelheden biomassa. Die stroom "
            "blijft vaak buiten beeld in provinciale programma's, terwijl hij goed te combineren "
            "is met maaisel van bermen en dijken."
        ),
        "body": (
            "## Concept\n\n"
            "Opzet op basis van gesprekken in Friesland en Groningen. Nog niet afgestemd met de "
            "betrokken terreinbeheerders, en de voorbeelden moeten nog worden aangevuld met "
            "cijfers.\n\n"
            "## Kern\n\n"
            "- Terreinbeheerders hebben eigen contracten voor afvoer, vaak met korte looptijden.\n"
            "- De kwaliteit van natuurmaaisel verschilt sterk per gebied en per seizoen.\n"
            "- Gezamenlijke logistiek met wegbeheerders kan de kosten per ton flink verlagen.\n\n"
            "## Open punten\n\n"
            "- Welke rol kan de provincie spelen zonder in de bedrijfsvoering van beheerders te "
            "treden?\n"
            "- Hoe ga je om met de subsidievoorwaarden voor natuurbeheer?\n"
            "- Welke afnemers zijn er in de regio voor vezelrijke biomassa?\n\n"
            "## Waarom deze les ertoe doet\n\n"
            "In beide provincies bleek natuurmaaisel een aanzienlijk deel van de totale "
            "hoeveelheid gras uit beheer te vormen. Wie alleen naar bermen en dijken kijkt, mist "
            "dus een stroom die het volume voor een regionale verwerker interessant kan maken. Een "
            "eerste gesprek tussen provincie, waterschap en twee terreinbeheerders staat gepland."
        ),
        "themes": ["biomassa", "regionale samenwerking"],
        "audiences": ["provinciale-programmamanagers"],
        "parties": ["decentraal", "maatschappelijk", "ondernemers"],
        "pioneers": ["jeroen-bosman", "hanneke-jansen"],
        "source": None,
        "status": "draft",
        "published_at": None,
    },
    {
        "slug": "laat-studenten-de-eigen-organisatie-onderzoeken",
        "title": "Laat studenten de eigen organisatie onderzoeken",
        "lead": (
            "Hbo-studenten die onderzoek doen naar de eigen organisatie in plaats van naar de "
            "markt, leggen vaak bloot waar interne processen de transitie afremmen."
        ),
        "body": (
            "## Concept\n\n"
            "Uitwerking van een idee uit de LEF-Talk over de nieuwe generatie. De voorbeelden "
            "moeten nog worden aangevuld en de voorloper heeft de tekst nog niet gezien.\n\n"
            "## Eerste opzet\n\n"
            "- Studenten onderzoeken bijvoorbeeld hoeveel materialen een organisatie jaarlijks "
            "afdankt, en waarom.\n"
            "- Ze interviewen collega's van facilitaire zaken, inkoop en ICT over hun afwegingen.\n"
            "- De uitkomsten worden gepresenteerd aan het managementteam, met concrete "
            "voorstellen.\n\n"
            "## Nog te doen\n\n"
            "- Toestemming vragen aan de betrokken voorloper om haar naam te noemen.\n"
            "- Afspraken maken met de hogeschool over de vertrouwelijkheid van interne gegevens.\n"
            "- Een tweede voorbeeld zoeken bij een waterschap.\n\n"
            "## Waarom deze les ertoe doet\n\n"
            "Onderzoek naar de markt levert vaak algemene aanbevelingen op. Onderzoek naar de "
            "eigen organisatie raakt direct aan keuzes die ambtenaren zelf kunnen beïnvloeden. "
            "Bovendien leren studenten hoe een overheidsorganisatie van binnen werkt, wat hun "
            "interesse in een baan bij de overheid kan vergroten."
        ),
        "themes": ["nieuwe generatie", "onderwijs"],
        "audiences": ["docenten-en-onderwijsontwikkelaars", "starters-en-jonge-ambtenaren"],
        "parties": ["onderwijs", "nieuwe-generatie"],
        "pioneers": ["lotte-zeeman"],
        "source": "lef-talk-de-nieuwe-generatie-aan-tafel",
        "status": "draft",
        "published_at": None,
    },
]
