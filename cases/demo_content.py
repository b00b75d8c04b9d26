"""Demo content for the practice cases of the Participatietafel Circulaire Economie.

Fictional but realistic Dutch "vastgelopen praktijkcases" for a fresh installation (programme
DuurzaamDoor): regional teams of civil servants submit a stuck transition task, the table
secretary moderates it, investigates it with groups of civil servants and publishes an
anonymised summary with insights. The ten cases cover every status of that workflow; four of
them are public. All contact persons are invented and all addresses use example.org. Cases
link to lessons by the slugs in ``lessons/demo_content.py``. Data only, no logic.
"""

from datetime import date

CASES = [
    {
        "slug": "hergebruik-bouwmaterialen-stokt-op-opslag",
        "title": (
            "Hergebruik van bouwmaterialen uit een gesloopte school stokt op tijdelijke opslag en "
            "afvalstatus"
        ),
        "transition_task": (
            "Bij de sloop van gemeentelijk vastgoed minstens de helft van de vrijkomende "
            "bouwmaterialen hoogwaardig hergebruiken, bij voorkeur in eigen nieuwbouwprojecten in "
            "dezelfde wijk."
        ),
        "region": "gelderland",
        "organisation": "Gemeente Arnhem",
        "bottleneck": (
            "In het voorjaar van 2025 wordt een leegstaande basisschool in Arnhem-Zuid gesloopt. "
            "Een oogstinventarisatie laat zien dat onder meer 140 binnendeuren, de stalen spanten "
            "van de gymzaal, ruim 2.000 dakpannen en de houten kozijnen van de aanbouw goed "
            "herbruikbaar zijn. Ze zijn bedoeld voor een nieuw buurtcentrum, maar de bouw daarvan "
            "begint pas over ruim een jaar. De gemeentewerf heeft geen vergunning voor de opslag "
            "van afvalstoffen, en de omgevingsdienst geeft aan dat de materialen zonder concrete "
            "afnameafspraak als afval worden gezien zodra ze het sloopterrein verlaten. Daarbij "
            "staat in het sloopbestek dat alle vrijkomende materialen eigendom worden van de "
            "aannemer. En niemand heeft budget voor de opslag: het sloopbudget is ingericht op zo "
            "laag mogelijke kosten, en het nieuwbouwproject heeft nog geen krediet."
        ),
        "tried": (
            "We hebben met de sloopaannemer gesproken over het terugkopen van de materialen. Dat "
            "kan, maar voor de dakpannen alleen tegen een prijs die hoger ligt dan die van nieuwe. "
            "Met de omgevingsdienst hebben we verkend of een melding voor tijdelijke opslag op de "
            "werf volstaat; dat bleek niet zo te zijn. Een particuliere opslaglocatie in de regio "
            "rekent huur per pallet per maand, wat voor veertien maanden niet in het projectbudget "
            "past. Ook hebben we de architect van het buurtcentrum gevraagd de materialen in het "
            "voorlopig ontwerp op te nemen, maar dat ontwerp wordt pas na het raadsbesluit in het "
            "najaar vastgesteld."
        ),
        "help_wanted": (
            "We zoeken collega's die een vergelijkbaar gat tussen sloop en nieuwbouw hebben "
            "overbrugd. Vooral willen we weten hoe zij het eigendom in het sloopbestek en de "
            "afvalstatus vooraf hebben geregeld, en wie de opslag heeft betaald."
        ),
        "parties": ["decentraal", "ondernemers"],
        "contact_name": "Marloes Hendriks",
        "contact_email": "m.hendriks@example.org",
        "submitted_at": date(2025, 3, 11),
        "status": "inzichten_gedeeld",
        "events": [
            {
                "to_status": "in_behandeling",
                "date": date(2025, 3, 20),
                "public_message": (
                    "Dank voor jullie heldere case! We herkennen het knelpunt uit eerdere "
                    "gesprekken en nemen deze week contact met je op om het sloopbestek samen door "
                    "te lopen."
                ),
            },
            {
                "to_status": "in_onderzoek",
                "date": date(2025, 5, 6),
                "public_message": (
                    "Jullie case staat op de agenda van de werksessie over hergebruik in de bouw "
                    "op 22 mei. Er schuiven twee andere gemeenten, een omgevingsdienst en een "
                    "sloopbedrijf aan."
                ),
            },
            {
                "to_status": "inzichten_gedeeld",
                "date": date(2025, 11, 25),
                "public_message": (
                    "De inzichten uit de twee werksessies staan nu op de publieke pagina van "
                    "jullie case. Laat je ons weten of jullie er in het volgende sloopproject mee "
                    "verder kunnen?"
                ),
            },
        ],
        "private_notes": (
            "De sloop is inmiddels uitgevoerd: deuren en spanten liggen via een tijdelijke "
            "afspraak bij de aannemer opgeslagen, de dakpannen zijn alsnog afgevoerd. De "
            "contactpersoon wil graag meedoen aan een LEF-Talk over dit onderwerp."
        ),
        "public_summary": (
            "Een gemeente in Gelderland wilde bruikbare materialen uit een gesloopte school "
            "hergebruiken in een nieuw buurtcentrum in dezelfde wijk. Tussen sloop en nieuwbouw "
            "zat ruim een jaar, en voor die periode was geen opslag geregeld. De gemeentewerf had "
            "geen vergunning voor afvalstoffen, het sloopbestek maakte de aannemer eigenaar van "
            "alle materialen en geen van beide projecten had budget voor de tussentijd. In twee "
            "werksessies met gemeenten, een omgevingsdienst en een sloopbedrijf is uitgezocht hoe "
            "je dit vooraf regelt. Een deel van de materialen is alsnog behouden via een "
            "opslagafspraak met de aannemer."
        ),
        "insights": (
            "## Wat we leerden\n"
            "\n"
            "Het knelpunt zat niet in één regel, maar in drie besluiten die los van elkaar waren "
            "genomen: het sloopbestek, de planning van de nieuwbouw en de keuze voor een "
            "opslaglocatie. Wie hergebruik serieus neemt, legt die besluiten naast elkaar voordat "
            "de sloop wordt aanbesteed.\n"
            "\n"
            "- **Regel het eigendom in het sloopbestek.** Leg vast welke materialen eigendom "
            "blijven van de gemeente, en spreek af hoe de aannemer ze demonteert, labelt en "
            "aanlevert.\n"
            "- **Maak de bestemming concreet.** De omgevingsdienst kijkt of hergebruik zeker is. "
            "Een reservering in het voorlopig ontwerp, een raadsbesluit of een "
            "intentieovereenkomst met een afnemer helpt om aan te tonen dat je je niet van de "
            "materialen ontdoet.\n"
            "- **Betaal de opslag uit het project dat de materialen gebruikt.** Deelnemers namen "
            "de opslagkosten vaker op in het krediet van de nieuwbouw dan in het sloopbudget. Dan "
            "ligt de rekening bij wie er baat bij heeft.\n"
            "- **Maak gebruik van de vergunning van een ander.** Sloopbedrijven en "
            "hergebruikcentra hebben vaak wel een vergunning voor opslag. Een opslagafspraak met "
            "zo'n partij is sneller geregeld dan een eigen vergunning voor de gemeentewerf.\n"
            "\n"
            "## Wat nog openstaat\n"
            "\n"
            "Voor materialen waarvan de bestemming nog niet bekend is, blijft tijdelijke opslag "
            "lastig. Een regionale materialenhub met een eigen vergunning kan dat oplossen, maar "
            "dat vraagt afspraken tussen gemeenten die verder gaan dan één project."
        ),
        "is_public": True,
        "lessons": [
            "maak-de-afvalstatus-bespreekbaar-voordat-het-project-start",
            "regel-de-opslag-van-bouwmaterialen-voor-de-sloop-begint",
            "vraag-een-einde-afvalstatus-aan-met-de-toezichthouder",
        ],
    },
    {
        "slug": "circulair-kantoormeubilair-past-niet-in-raamovereenkomst-en-begroting",
        "title": (
            "Circulair inrichten van een nieuw rijkskantoor loopt vast op de raamovereenkomst en "
            "de begroting"
        ),
        "transition_task": (
            "Bij de verhuizing naar een nieuw kantoor in Zwolle minstens 70 procent van het "
            "meubilair hergebruiken of laten opknappen, en de rest circulair inkopen in lijn met "
            "de rijksbrede ambitie voor circulair inkopen."
        ),
        "region": "landelijk",
        "organisation": "Rijksdienst voor Ondernemend Nederland",
        "bottleneck": (
            "Voor de 650 werkplekken in het nieuwe kantoor is een inrichtingsbudget beschikbaar "
            "als eenmalige investering. De rijksbrede raamovereenkomst voor kantoormeubilair bevat "
            "een perceel voor refurbishment, maar dat is vooral ingericht op meubilair van de "
            "eigen leverancier; onze huidige stoelen en bureaus zijn van een ander merk. Het "
            "opknappen van eigen meubilair geldt bovendien als dienstverlening, en de controller "
            "zag geen ruimte om dat uit het investeringsbudget te betalen. Tegelijk bleek dat "
            "vrijkomend meubilair van andere rijksonderdelen meestal al is afgevoerd voordat wij "
            "ervan horen. Zo blijft alles nieuw bestellen de snelste en administratief "
            "eenvoudigste route."
        ),
        "tried": (
            "We hebben een inventarisatie van ons huidige meubilair laten maken: ruim 80 procent "
            "van de bureaustoelen en kasten is technisch in goede staat. Bij categoriemanagement "
            "hebben we gevraagd naar een uitzondering op de raamovereenkomst, maar een eigen "
            "aanbesteding voor refurbishment past niet in de verhuisplanning. Via de interne "
            "marktplaats hebben we tevergeefs gezocht naar vrijkomend meubilair. Het "
            "managementteam steunt de ambitie, maar verwees de financiële vraag terug naar de "
            "afdeling financiën."
        ),
        "help_wanted": (
            "Wie heeft binnen het Rijk het opknappen van eigen meubilair gefinancierd uit een "
            "investeringsbudget, en hoe is dat verantwoord? En kent de tafel manieren om tijdig te "
            "horen waar binnen het Rijk meubilair vrijkomt?"
        ),
        "parties": ["rijk", "ondernemers"],
        "contact_name": "Daan Veldhuis",
        "contact_email": "d.veldhuis@example.org",
        "submitted_at": date(2024, 4, 15),
        "status": "afgerond",
        "events": [
            {
                "to_status": "in_behandeling",
                "date": date(2024, 4, 23),
                "public_message": (
                    "Bedankt voor het indienen! We zien raakvlakken met eerdere gesprekken over "
                    "inkoop binnen het Rijk en bespreken jullie case in het eerstvolgende overleg "
                    "van het tafelsecretariaat."
                ),
            },
            {
                "to_status": "in_onderzoek",
                "date": date(2024, 5, 28),
                "public_message": "",
            },
            {
                "to_status": "inzichten_gedeeld",
                "date": date(2024, 10, 8),
                "public_message": (
                    "De inzichten uit de gesprekken met inkopers, controllers en "
                    "categoriemanagement staan nu online. Dank voor jullie openheid over wat er "
                    "niet lukte."
                ),
            },
            {
                "to_status": "afgerond",
                "date": date(2025, 1, 21),
                "public_message": (
                    "Mooi om te horen dat de verhuizing is gelukt met ruim 60 procent hergebruikt "
                    "meubilair. We sluiten de case hiermee af. Veel succes in het nieuwe kantoor!"
                ),
            },
        ],
        "private_notes": (
            "Een controller van een ministerie bevestigde dat opknappen geactiveerd mag worden als "
            "de gebruiksduur aantoonbaar wordt verlengd; die notitie is gedeeld met de "
            "contactpersoon. Mogelijk bruikbaar voor de conceptles over hergebruik van "
            "kantoormeubilair tussen ministeries."
        ),
        "public_summary": (
            "Een rijksorganisatie wilde bij de verhuizing naar een nieuw kantoor het grootste deel "
            "van haar meubilair hergebruiken. Dat liep vast op drie punten: het perceel voor "
            "refurbishment in de raamovereenkomst was vooral ingericht op meubilair van de eigen "
            "leverancier, het opknappen van eigen meubilair werd gezien als dienstverlening die "
            "niet uit het investeringsbudget mocht worden betaald, en vrijkomend meubilair van "
            "andere rijksonderdelen was al afgevoerd voordat de organisatie ervan hoorde. Na "
            "gesprekken met inkopers, controllers en categoriemanagement is een werkbare route "
            "gevonden. Uiteindelijk is ruim 60 procent van het meubilair hergebruikt of opgeknapt."
        ),
        "insights": (
            "## Inzichten\n"
            "\n"
            "- **Opknappen kan een investering zijn.** Als refurbishment de gebruiksduur van "
            "meubilair aantoonbaar verlengt, kan het volgens de betrokken controllers worden "
            "geactiveerd, net als een nieuwe aanschaf. Leg die onderbouwing vroeg vast, samen met "
            "financiën.\n"
            "- **Verken de ruimte binnen de raamovereenkomst.** Het perceel voor refurbishment "
            "bleek breder bruikbaar dan gedacht, mits de opdrachtgever zelf een inventarisatie en "
            "een onderhoudsplan aanlevert.\n"
            "- **Inventariseer voordat je bestelt.** Een overzicht van het bestaande meubilair, "
            "met aantallen en staat, maakte het gesprek met de leverancier en met financiën veel "
            "concreter.\n"
            "- **Vrijkomend meubilair vraagt vaste regie.** Zonder coördinator per locatie komt "
            "meubilair van andere onderdelen te laat in beeld. Een lijst van vrijkomend meubilair "
            "bij elke verhuizing, drie maanden vooraf, zou al veel helpen.\n"
            "\n"
            "## Wat het opleverde\n"
            "\n"
            "De organisatie hergebruikte ruim 60 procent van de bureaustoelen, kasten en "
            "vergadertafels, deels na refurbishment. De overige werkplekken zijn ingericht met "
            "meubilair uit het circulaire aanbod binnen de raamovereenkomst, met een "
            "terugnamegarantie van de leverancier."
        ),
        "is_public": True,
        "lessons": [
            "koop-de-functie-in-plaats-van-het-product",
            "reken-circulaire-projecten-door-over-de-hele-levensduur",
            "begin-bij-de-inkoopkalender-niet-bij-het-beleid",
        ],
    },
    {
        "slug": "textielinzameling-dreigt-stil-te-vallen-na-opzegging-contract",
        "title": "Textielinzameling dreigt stil te vallen nu de inzamelaar het contract opzegt",
        "transition_task": (
            "Meer textiel uit huishoudens gescheiden inzamelen en in de regio laten sorteren voor "
            "hergebruik, zodat er minder textiel in het restafval belandt en er lokaal werk "
            "ontstaat."
        ),
        "region": "drenthe",
        "organisation": "Gemeente Assen",
        "bottleneck": (
            "Onze textielinzamelaar heeft het contract per 1 april 2026 opgezegd. Door de sterk "
            "gedaalde prijzen voor tweedehands kleding en de hoge sorteerkosten kan het bedrijf de "
            "inzameling niet meer kosteloos uitvoeren, en het vraagt nu een vergoeding per ton. "
            "Sinds de invoering van de producentenverantwoordelijkheid voor textiel zijn "
            "producenten verantwoordelijk voor de verwerking, maar de afspraken over een "
            "vergoeding voor gemeenten zijn nog niet rond. De gemeente blijft intussen "
            "verantwoordelijk voor de inzameling van huishoudelijk afval, en naast de containers "
            "staan steeds vaker zakken. Het sociaal werkbedrijf wil graag in de regio sorteren, "
            "maar alleen met een volumegarantie voor minstens drie jaar. Daarvoor is geen dekking "
            "in de afvalbegroting, en een hogere afvalstoffenheffing ligt politiek gevoelig."
        ),
        "tried": (
            "We hebben met drie andere inzamelaars gesproken: twee konden alleen tegen een hogere "
            "vergoeding instappen, de derde had geen capaciteit. Met de buurgemeenten is een "
            "gezamenlijke aanbesteding verkend, maar hun contracten lopen op verschillende "
            "momenten af. Het sociaal werkbedrijf heeft een businesscase gemaakt voor een kleine "
            "sorteerlijn, die sluitend is vanaf ongeveer 1.200 ton per jaar. Bij de "
            "producentenorganisatie hebben we gevraagd naar de planning van de "
            "vergoedingsafspraken; daar is nog geen datum voor."
        ),
        "help_wanted": (
            "We willen met andere gemeenten en het Rijk uitzoeken hoe je de periode tot er "
            "afspraken met de producenten zijn overbrugt, zonder de regionale sortering kwijt te "
            "raken. Kan de tafel helpen dat gesprek te organiseren?"
        ),
        "parties": ["decentraal", "rijk", "ondernemers", "maatschappelijk"],
        "contact_name": "Erik Lanting",
        "contact_email": "e.lanting@example.org",
        "submitted_at": date(2026, 1, 13),
        "status": "in_onderzoek",
        "events": [
            {
                "to_status": "in_behandeling",
                "date": date(2026, 1, 22),
                "public_message": (
                    "Dank je voor de duidelijke beschrijving. Dit speelt in meer gemeenten; we "
                    "kijken of we jullie case kunnen combineren met vergelijkbare vragen uit "
                    "andere regio's."
                ),
            },
            {
                "to_status": "in_onderzoek",
                "date": date(2026, 3, 10),
                "public_message": (
                    "Jullie case is opgenomen in de werksessie textiel van 2 april, samen met "
                    "gemeenten uit Groningen en Overijssel. Ook een sociaal werkbedrijf en een "
                    "beleidsmedewerker van het ministerie schuiven aan."
                ),
            },
        ],
        "private_notes": (
            "Tijdelijke verlenging met de huidige inzamelaar tot 1 oktober 2026 is geregeld, tegen "
            "een vergoeding per ton. Nagaan of de beleidsmedewerker van IenW ook bij de "
            "vervolgsessie in het najaar kan zijn."
        ),
        "public_summary": (
            "Een Drentse gemeente ziet haar textielinzameling in gevaar komen: de inzamelaar zegde "
            "het contract op omdat de opbrengst van tweedehands textiel sterk is gedaald. Sinds de "
            "invoering van de producentenverantwoordelijkheid zijn producenten verantwoordelijk "
            "voor de verwerking, maar de afspraken over een vergoeding voor de gemeentelijke "
            "inzameling zijn nog niet rond. Intussen wil een sociaal werkbedrijf in de regio "
            "sorteren, maar alleen met een volumegarantie voor meerdere jaren. De tafel onderzoekt "
            "samen met andere gemeenten, een sociaal werkbedrijf en het Rijk hoe gemeenten deze "
            "overgangsperiode kunnen overbruggen."
        ),
        "insights": (
            "## Voorlopige inzichten\n"
            "\n"
            "De werksessie van april liet zien dat deze situatie in veel gemeenten speelt. De "
            "punten hieronder zijn nog niet definitief en worden in het najaar verder uitgewerkt.\n"
            "\n"
            "- Een kortlopende verlenging met de huidige inzamelaar, tegen een vergoeding per ton, "
            "geeft lucht zonder dat je je voor jaren vastlegt.\n"
            "- Een volumegarantie voor een sorteerlijn is regionaal makkelijker te geven dan per "
            "gemeente. Gemeenten die hun contracten op één einddatum laten uitkomen, staan "
            "sterker.\n"
            "- Maak de kosten van niet-inzamelen zichtbaar. Textiel in het restafval kost "
            "verwerkingskosten en afvalstoffenbelasting, en dat helpt in het gesprek met de raad.\n"
            "- Vraag de inzamelaar om gegevens over de samenstelling en de bestemming van het "
            "textiel. Zonder die gegevens is onderhandelen met producenten lastig.\n"
            "\n"
            "In de volgende sessie staat de vraag centraal wat gemeenten samen kunnen vragen van "
            "de producentenorganisatie."
        ),
        "is_public": True,
        "lessons": [
            "werk-voor-textielsortering-samen-met-het-sociaal-werkbedrijf",
            "bundel-de-inkoop-van-kleine-gemeenten",
        ],
    },
    {
        "slug": "maaisel-van-dijken-zit-vast-in-composteringscontract",
        "title": (
            "Maaisel van dijken en watergangen kan niet naar een grasvezelverwerker door een "
            "lopend contract"
        ),
        "transition_task": (
            "Maaisel uit het eigen beheer van dijken en watergangen hoogwaardig inzetten als "
            "grondstof voor biobased bouwmaterialen, in plaats van het te composteren."
        ),
        "region": "friesland",
        "organisation": "Wetterskip Fryslân",
        "bottleneck": (
            "Het waterschap maait jaarlijks ongeveer 25.000 ton gras van dijken en uit "
            "watergangen. Een jong bedrijf in de regio wil de grasvezel gebruiken voor "
            "isolatieplaten en is bereid een proef te doen met 800 ton. Het maaisel valt echter "
            "onder een meerjarig contract met een loonwerker, waarin maaien en afvoer naar een "
            "composteerder tot eind 2027 samen zijn aanbesteed. Bovendien vraagt de verwerker "
            "vers, droog en schoon gras dat binnen een dag wordt aangeleverd, terwijl het "
            "maaimoment is afgestemd op ecologische doelen. Het maaisel geldt als afvalstof, "
            "waardoor de verwerker een vergunning nodig heeft die hij nog niet heeft. En niemand "
            "wil de meerkosten van apart maaien en transport dragen zolang niet zeker is dat de "
            "isolatieplaten worden afgenomen."
        ),
        "tried": (
            "De loonwerker staat open voor een proef, maar wil compensatie voor de gemiste "
            "opbrengst bij de composteerder. De provincie heeft subsidie voor de proef toegezegd, "
            "maar alleen voor onderzoek en niet voor logistiek. Met de omgevingsdienst zijn we in "
            "gesprek over de vergunning van de verwerker. Een gemeente in de regio wil de "
            "isolatieplaten gebruiken in een renovatieproject, maar kan nog geen afnamegarantie "
            "geven."
        ),
        "help_wanted": (
            "We zoeken waterschappen en provincies die al ervaring hebben met het loskoppelen van "
            "maaien en afvoer in hun contracten. En we willen weten hoe anderen de afzet van "
            "biobased bouwmaterialen vooraf zeker hebben gesteld."
        ),
        "parties": ["decentraal", "ondernemers", "onderzoek"],
        "contact_name": "Sietske de Boer",
        "contact_email": "s.deboer@example.org",
        "submitted_at": date(2024, 9, 2),
        "status": "inzichten_gedeeld",
        "events": [
            {
                "to_status": "in_behandeling",
                "date": date(2024, 9, 12),
                "public_message": (
                    "Dank voor jullie case! Bermgras en maaisel staan hoog op onze lijst. We "
                    "bellen je binnenkort om te horen hoe ver de gesprekken met de loonwerker zijn."
                ),
            },
            {
                "to_status": "in_onderzoek",
                "date": date(2024, 11, 5),
                "public_message": (
                    "We hebben jullie case besproken in het tafelsecretariaat en nemen haar op in "
                    "de werksessie biomassa van 28 november, samen met twee provincies en een "
                    "ander waterschap."
                ),
            },
            {
                "to_status": "inzichten_gedeeld",
                "date": date(2025, 6, 17),
                "public_message": (
                    "De inzichten staan op de publieke pagina van jullie case. We nodigen jullie "
                    "graag uit om tijdens de Ronde Tafel-bijeenkomst van 10 juli kort te vertellen "
                    "hoe de proef loopt."
                ),
            },
        ],
        "private_notes": (
            "De proef met 800 ton is in het voorjaar van 2025 gestart via een wijziging van het "
            "contract met de loonwerker. Volgen bij de nieuwe aanbesteding in 2027: de "
            "contactpersoon wil de afvoer als apart perceel opnemen."
        ),
        "public_summary": (
            "Een waterschap in Friesland wilde maaisel van dijken en watergangen leveren aan een "
            "regionale producent van isolatieplaten op basis van grasvezel. Dat stuitte op een "
            "meerjarig contract waarin maaien en afvoer naar een composteerder samen waren "
            "aanbesteed, op het verschil tussen ecologisch maaibeheer en de kwaliteitseisen van de "
            "verwerker, en op onzekerheid over de afzet van de isolatieplaten. In werksessies met "
            "provincies, waterschappen en de verwerker zijn oplossingen verkend. Inmiddels loopt "
            "er een proef met een deel van het maaisel."
        ),
        "insights": (
            "Het maaisel zelf bleek niet het grootste probleem. Het zat vast in afspraken die "
            "jaren eerder waren gemaakt, met andere doelen.\n"
            "\n"
            "## Contracten\n"
            "\n"
            "- Koppel maaien en afvoer los bij de volgende aanbesteding. Met een apart perceel "
            "voor afvoer, of een optie om een deel van het maaisel zelf te bestemmen, houd je "
            "ruimte voor nieuwe afnemers.\n"
            "- In een lopend contract kan een proef vaak via een wijziging van beperkte omvang. "
            "Compenseer de opdrachtnemer voor gemiste opbrengst; dat is meestal goedkoper dan "
            "wachten tot het contract afloopt.\n"
            "\n"
            "## Kwaliteit en timing\n"
            "\n"
            "- Niet elk maaisel is geschikt voor vezel. Kies samen met de verwerker de trajecten "
            "met het schoonste gras en het minste zwerfafval, en laat het ecologische maaibeheer "
            "elders ongemoeid.\n"
            "- Bespreek de afvalstatus vroeg met de omgevingsdienst, zodat de vergunning van de "
            "verwerker niet op het kritieke pad komt.\n"
            "\n"
            "## Afzet\n"
            "\n"
            "- Zonder afnemer geen keten. Provincies en gemeenten kunnen de afzet op gang helpen "
            "door in eigen bouw- en renovatieprojecten een vaste hoeveelheid biobased isolatie op "
            "te nemen.\n"
            "- Bundel stromen met andere beheerders, zoals gemeenten en terreinbeheerders, zodat "
            "de verwerker genoeg volume heeft voor een rendabele productielijn."
        ),
        "is_public": True,
        "lessons": [
            "zet-bermmaaisel-niet-meteen-in-de-vergister",
            "bermgras-als-isolatiemateriaal-begin-met-een-afnamegarantie",
            "neem-biobased-bouwen-op-in-de-regionale-woondeal",
        ],
    },
    {
        "slug": "teruggewonnen-struviet-vindt-geen-afnemer",
        "title": (
            "Teruggewonnen struviet uit de rioolwaterzuivering vindt geen afnemer en stapelt zich "
            "op"
        ),
        "transition_task": (
            "Fosfaat uit zuiveringsslib terugwinnen en als meststof terugbrengen in de regionale "
            "landbouw, zodat we minder afhankelijk worden van gewonnen fosfaaterts."
        ),
        "region": "limburg",
        "organisation": "Waterschap Limburg",
        "bottleneck": (
            "Sinds 2023 wint een van onze rioolwaterzuiveringen struviet terug uit het slib, "
            "ongeveer 300 ton per jaar. Struviet mag als meststof worden gebruikt, maar de enige "
            "afnemer, een mestverwerker, heeft het contract niet verlengd omdat de hoeveelheid te "
            "klein is voor zijn productielijn. Akkerbouwers in de regio zijn geïnteresseerd, maar "
            "hun afnemers in de voedingsindustrie stellen eisen aan de herkomst van meststoffen en "
            "willen zekerheid over resten van medicijnen en microplastics. Die analyses zijn duur, "
            "en het is onduidelijk aan welke normen we moeten toetsen. Inmiddels ligt er ruim 400 "
            "ton struviet op het terrein van de zuivering en raakt de opslagruimte vol. Komt er "
            "geen afnemer, dan gaat het struviet mee naar de slibverbranding en is het fosfaat "
            "alsnog verloren."
        ),
        "tried": (
            "Via de Unie van Waterschappen hebben we navraag gedaan bij andere waterschappen; die "
            "kampen met vergelijkbare afzetproblemen. Met een landbouwcoöperatie is gesproken over "
            "een proef op tien percelen, maar die wil eerst een onafhankelijke analyse. Ook is "
            "verkend of het struviet als grondstof naar een kunstmestproducent kan, maar de "
            "transportkosten zijn hoog in verhouding tot de waarde."
        ),
        "help_wanted": (
            "We komen graag in contact met partijen die de afzet van teruggewonnen fosfaat wel "
            "rond hebben gekregen. En we vragen de tafel om mee te denken over een gezamenlijke "
            "aanpak van de analyses met andere waterschappen."
        ),
        "parties": ["decentraal", "ondernemers", "onderzoek"],
        "contact_name": "Bas Ramakers",
        "contact_email": "b.ramakers@example.org",
        "submitted_at": date(2026, 9, 8),
        "status": "in_behandeling",
        "events": [
            {
                "to_status": "in_behandeling",
                "date": date(2026, 9, 24),
                "public_message": (
                    "Dank voor jullie case. We zoeken uit welke waterschappen en "
                    "kennisinstellingen we het beste kunnen betrekken, en laten je voor half "
                    "november weten hoe we verdergaan."
                ),
            },
        ],
        "private_notes": (
            "Koppelen aan Annelies Verbeek (Aa en Maas), die een vergelijkbare afzetvraag heeft "
            "gehad. Nagaan of eerdere analyses van struviet door andere waterschappen gedeeld "
            "kunnen worden."
        ),
        "public_summary": "",
        "insights": "",
        "is_public": False,
        "lessons": ["rioolwaterzuivering-als-grondstoffenfabriek-regel-eerst-de-afzet"],
    },
    {
        "slug": "regionale-materialenhub-wacht-op-afspraken-tussen-gemeenten",
        "title": (
            "Regionale materialenhub komt niet van de grond zonder afspraken over aanlevering en "
            "beheer"
        ),
        "transition_task": (
            "Een regionale materialenhub opzetten waar Zeeuwse gemeenten, woningcorporaties en "
            "aannemers herbruikbare bouwmaterialen uit sloop en renovatie kunnen opslaan, "
            "opknappen en opnieuw aanbieden."
        ),
        "region": "zeeland",
        "organisation": "Provincie Zeeland",
        "bottleneck": (
            "Voor de hub is een geschikte hal beschikbaar op een bedrijventerrein bij Goes, en een "
            "sloopbedrijf met de benodigde vergunningen wil de exploitatie op zich nemen. De "
            "businesscase sluit alleen als de deelnemers materialen uit hun eigen sloop- en "
            "renovatieprojecten aanleveren en een deel ervan weer afnemen. Van de dertien Zeeuwse "
            "gemeenten willen er vijf een intentieovereenkomst tekenen; de andere willen eerst "
            "zien dat het werkt. De woningcorporaties wachten op hun beurt op de gemeenten. Een "
            "gemeenschappelijke regeling vinden de gemeenten te zwaar, en bij een subsidie aan de "
            "exploitant rijzen vragen over staatssteun. Zo wacht iedereen op elkaar, terwijl de "
            "optie op de hal in maart 2027 afloopt."
        ),
        "tried": (
            "De provincie heeft een haalbaarheidsstudie laten uitvoeren en een startsubsidie "
            "gereserveerd. Met gemeenten en corporaties zijn twee bijeenkomsten georganiseerd, en "
            "er ligt een conceptovereenkomst met afspraken over de aanlevering van materialen. Een "
            "jurist heeft de staatssteunvraag verkend, maar kon zonder concrete constructie geen "
            "sluitend antwoord geven."
        ),
        "help_wanted": (
            "We zoeken voorbeelden van regio's die een materialenhub hebben opgezet met een lichte "
            "samenwerkingsvorm, en hulp bij het vinden van een constructie die de staatssteunvraag "
            "beantwoordt."
        ),
        "parties": ["decentraal", "ondernemers", "maatschappelijk"],
        "contact_name": "Joost Wisse",
        "contact_email": "j.wisse@example.org",
        "submitted_at": date(2026, 5, 19),
        "status": "in_onderzoek",
        "events": [
            {
                "to_status": "in_behandeling",
                "date": date(2026, 6, 2),
                "public_message": "",
            },
            {
                "to_status": "in_onderzoek",
                "date": date(2026, 9, 15),
                "public_message": (
                    "We hebben jullie case besproken in het tafelsecretariaat en nemen haar op in "
                    "de werksessie van 6 november, samen met de initiatiefnemers van de "
                    "materialenhub in Overijssel en Drenthe."
                ),
            },
        ],
        "private_notes": (
            "De optie op de hal (maart 2027) bepaalt het tempo. Eerst navragen hoe de hub in "
            "Overijssel de exploitatie heeft geregeld; de staatssteunvraag eventueel voorleggen "
            "aan Europa decentraal."
        ),
        "public_summary": "",
        "insights": "",
        "is_public": False,
        "lessons": [
            "een-regionale-deal-heeft-een-trekker-nodig-geen-stuurgroep",
            "regel-de-opslag-van-bouwmaterialen-voor-de-sloop-begint",
            "maak-van-de-materialenhub-een-leerwerkplek-voor-mbo",
        ],
    },
    {
        "slug": "sportverenigingen-willen-statiegeldverpakkingen-inzamelen",
        "title": (
            "Sportverenigingen willen statiegeldverpakkingen uit zwerfafval inzamelen, maar kunnen "
            "geen innamepunt worden"
        ),
        "transition_task": (
            "Zwerfafval in parken en rond sportvelden verminderen door sportverenigingen te "
            "belonen voor het inzamelen van blikjes en flesjes met statiegeld."
        ),
        "region": "noord-holland",
        "organisation": "Gemeente Zaanstad",
        "bottleneck": (
            "Sinds de invoering van statiegeld op blikjes zien we er minder van in het zwerfafval, "
            "maar rond de sportparken liggen ze er nog steeds. Drie sportverenigingen willen "
            "statiegeldverpakkingen inzamelen en de opbrengst gebruiken voor hun jeugdafdeling. Ze "
            "willen daarvoor een innameautomaat in de kantine, maar komen niet in aanmerking als "
            "officieel innamepunt, en supermarkten in de buurt zitten niet te wachten op volle "
            "zakken tijdens drukke uren. De gemeente zou de verenigingen graag ondersteunen uit de "
            "zwerfafvalvergoeding, maar volgens onze afdeling financiën mag die niet naar "
            "individuele verenigingen."
        ),
        "tried": (
            "We hebben contact gehad met de producentenorganisatie die het statiegeldsysteem "
            "uitvoert; die wees op de voorwaarden voor innamepunten. Een supermarkt in de wijk wil "
            "meewerken, maar alleen buiten de piekuren. Intern hebben we uitgezocht of de "
            "zwerfafvalvergoeding via een buurtbudget kan worden besteed."
        ),
        "help_wanted": (
            "We vragen de tafel om bij het Rijk en de producenten aan te kaarten dat verenigingen "
            "innamepunt moeten kunnen worden, en om mee te denken over de inzet van de "
            "zwerfafvalvergoeding."
        ),
        "parties": ["decentraal", "maatschappelijk", "burgers"],
        "contact_name": "Nadia Ouali",
        "contact_email": "n.ouali@example.org",
        "submitted_at": date(2025, 6, 24),
        "status": "afgewezen",
        "events": [
            {
                "to_status": "in_behandeling",
                "date": date(2025, 7, 1),
                "public_message": (
                    "Dank voor jullie case. We bekijken of deze vraag past bij de werkwijze van de "
                    "tafel en laten je eind juli weten wat we ermee doen."
                ),
            },
            {
                "to_status": "afgewezen",
                "date": date(2025, 7, 29),
                "public_message": (
                    "We hebben jullie case zorgvuldig besproken, maar kunnen haar helaas niet in "
                    "onderzoek nemen. De voorwaarden voor innamepunten worden vastgesteld door de "
                    "producenten die het statiegeldsysteem uitvoeren, onder toezicht van het Rijk, "
                    "en daar heeft de tafel geen rol in. We raden je aan de vraag voor te leggen "
                    "aan het gemeenteloket van de producentenorganisatie en aan het ministerie van "
                    "Infrastructuur en Waterstaat. Voor de inzet van de zwerfafvalvergoeding "
                    "kunnen collega's uit gemeentelijke afvalnetwerken je waarschijnlijk snel "
                    "verder helpen. Loop je later vast in de samenwerking tussen overheden, dan "
                    "ben je van harte welkom met een nieuwe case."
                ),
            },
        ],
        "private_notes": (
            "Buiten de scope van de tafel: de vraag gaat over de inrichting van het "
            "statiegeldsysteem. Het signaal over verenigingen als innamepunt is wel doorgegeven "
            "aan onze contactpersoon bij IenW."
        ),
        "public_summary": "",
        "insights": "",
        "is_public": False,
        "lessons": [],
    },
    {
        "slug": "mbo-studenten-kunnen-niet-meedemonteren-bij-circulaire-sloop",
        "title": (
            "Mbo-studenten bouw kunnen niet meedoen aan circulaire sloop door verzekering, "
            "roosters en begeleiding"
        ),
        "transition_task": (
            "Mbo-studenten bouw en infra in de praktijk laten leren hoe je een gebouw demonteert "
            "en materialen oogst, zodat de regio genoeg circulaire vakmensen krijgt."
        ),
        "region": "overijssel",
        "organisation": "Gemeente Enschede",
        "bottleneck": (
            "De gemeente laat in 2027 twee gymzalen en een kantoorpand circulair slopen en wil dat "
            "studenten van de mbo-bouwopleidingen meedemonteren. De sloopaannemer is enthousiast, "
            "maar zijn verzekering dekt geen studenten zonder leerbedrijfsovereenkomst, en de "
            "school kan alleen BBL-studenten inzetten die al bij een ander bedrijf werken. "
            "BOL-studenten hebben vaste lesroosters, terwijl de sloopplanning afhangt van het weer "
            "en van vergunningen. Ook is er geen budget voor een praktijkbegeleider op de "
            "bouwplaats: de school ziet dat als taak van de gemeente, de gemeente als onderdeel "
            "van het onderwijs. Zonder oplossing gaat de sloop door zonder studenten, en verdwijnt "
            "een leerplek die niet snel terugkomt."
        ),
        "tried": (
            "Samen met de school en de aannemer hebben we een leerlijn demontage van acht weken "
            "uitgewerkt. De aannemer heeft gekeken of de studenten als stagiair kunnen worden "
            "ingeschreven, maar hij is geen erkend leerbedrijf voor deze opleiding. De school "
            "heeft het plan voorgelegd aan de examencommissie, die eerst wil weten hoe de "
            "beoordeling wordt geregeld."
        ),
        "help_wanted": (
            "We zoeken voorbeelden van gemeenten, scholen en aannemers die studenten veilig en "
            "verzekerd hebben laten meewerken aan een sloopproject. Ook willen we weten wie in "
            "zulke projecten de praktijkbegeleiding heeft betaald."
        ),
        "parties": ["decentraal", "onderwijs", "ondernemers", "nieuwe-generatie"],
        "contact_name": "Hilde Nijhuis",
        "contact_email": "h.nijhuis@example.org",
        "submitted_at": date(2026, 11, 4),
        "status": "ingediend",
        "events": [],
        "private_notes": "",
        "public_summary": "",
        "insights": "",
        "is_public": False,
        "lessons": [],
    },
    {
        "slug": "jongerenpanel-circulaire-stad-verliest-leden",
        "title": (
            "Jongerenpanel voor de circulaire stad verliest leden omdat de adviezen nergens landen"
        ),
        "transition_task": (
            "Jongeren een vaste en zichtbare rol geven in het circulaire beleid van de gemeente, "
            "van het afvalbeleid tot de inrichting van een nieuw kringloopcentrum."
        ),
        "region": "utrecht",
        "organisation": "Gemeente Amersfoort",
        "bottleneck": (
            "Twee jaar geleden is een jongerenpanel gestart van vijftien jongeren tussen 16 en 27 "
            "jaar, dat adviseert over de circulaire stad. Het panel heeft drie adviezen "
            "geschreven, maar er is geen vaste route waarlangs die het college of de raad "
            "bereiken. Op het laatste advies, over het nieuwe kringloopcentrum, kwam na vijf "
            "maanden een standaardreactie. Inmiddels zijn nog maar zes leden actief. De jongeren "
            "krijgen geen vergoeding: een vrijwilligersvergoeding past volgens HR niet bij een "
            "adviesfunctie, en voor vacatiegeld is een raadsbesluit nodig. Ambtenaren willen het "
            "panel graag betrekken, maar ervaren dat als extra werk naast hun projecten."
        ),
        "tried": (
            "We hebben het panel gevraagd wat er nodig is, en het antwoord was duidelijk: "
            "terugkoppeling en een echte beslissing. Met de griffie is verkend of het panel "
            "spreekrecht kan krijgen in een commissievergadering; dat is één keer gelukt. Ook "
            "hebben we 5.000 euro aangevraagd voor een eigen project van het panel, maar dat "
            "budget is nog niet toegekend."
        ),
        "help_wanted": (
            "We zoeken gemeenten die een jongerenpanel een formele positie hebben gegeven, en "
            "willen weten hoe zij de vergoeding en de terugkoppeling hebben geregeld. Een gesprek "
            "met jonge ambtenaren van de tafel zou ons ook helpen."
        ),
        "parties": ["decentraal", "nieuwe-generatie", "burgers"],
        "contact_name": "Tim van Leeuwen",
        "contact_email": "t.vanleeuwen@example.org",
        "submitted_at": date(2026, 10, 6),
        "status": "in_behandeling",
        "events": [
            {
                "to_status": "in_behandeling",
                "date": date(2026, 10, 20),
                "public_message": (
                    "Wat goed dat jullie deze case indienen! Het netwerk van jonge ambtenaren van "
                    "de tafel denkt graag mee. We plannen in november een verkennend gesprek met "
                    "jou en twee leden van het panel."
                ),
            },
        ],
        "private_notes": (
            "Sanne Kuipers vragen om mee te denken; zij kent een jongerenraad van binnenuit. De "
            "vraag over de vergoeding is deels een HR-kwestie: afbakenen voordat de case in "
            "onderzoek gaat."
        ),
        "public_summary": "",
        "insights": "",
        "is_public": False,
        "lessons": [
            "geef-de-jongerenraad-een-echte-beslissing",
            "geef-jonge-ambtenaren-een-vaste-stoel-aan-de-participatietafel",
        ],
    },
    {
        "slug": "circulaire-ondernemers-in-lege-winkelpanden-stuiten-op-eigenaren",
        "title": (
            "Reparateurs en refurbishers in lege winkelpanden: eigenaren en omgevingsplan werken "
            "niet mee"
        ),
        "transition_task": (
            "Leegstaande winkelpanden in het centrum tijdelijk of blijvend invullen met circulaire "
            "ondernemers, zoals reparateurs, refurbishers en een spullenbieb, om het centrum "
            "levendig te houden."
        ),
        "region": "flevoland",
        "organisation": "Gemeente Lelystad",
        "bottleneck": (
            "In het stadscentrum staan ruim dertig winkelpanden leeg, en we hebben een lijst van "
            "twaalf circulaire ondernemers die er graag een plek zouden krijgen. Zij kunnen geen "
            "marktconforme huur betalen. Veel panden zijn in handen van beleggers buiten de regio, "
            "die geen tijdelijke huur onder de vraagprijs willen afsluiten omdat dat de waardering "
            "van hun vastgoed drukt. Daarnaast staat het omgevingsplan in een deel van het centrum "
            "alleen detailhandel en horeca toe, en volgens de vergunningverleners valt een "
            "werkplaats voor fietsen of elektronica daar niet onder. Een huursubsidie zou het gat "
            "kunnen dichten, maar de raad wil geen gemeentelijk geld naar vastgoedeigenaren laten "
            "gaan."
        ),
        "tried": (
            "We hebben alle eigenaren een brief gestuurd en met vier van hen gesproken; één wil "
            "een pand tijdelijk beschikbaar stellen via een leegstandsbeheerder. Met de "
            "ondernemersvereniging is een pop-upweekend georganiseerd dat goed werd bezocht. Een "
            "wijziging van het omgevingsplan staat op de planning, maar pas voor 2028."
        ),
        "help_wanted": (
            "We horen graag hoe andere gemeenten eigenaren hebben overgehaald, bijvoorbeeld met "
            "een huur die meegroeit met de omzet. En hoe hebben zij het omgevingsplan ruimer "
            "gemaakt voor reparatie en hergebruik, zonder een volledige herziening af te wachten?"
        ),
        "parties": ["decentraal", "ondernemers"],
        "contact_name": "Mirjam Kok",
        "contact_email": "m.kok@example.org",
        "submitted_at": date(2026, 11, 17),
        "status": "ingediend",
        "events": [],
        "private_notes": "",
        "public_summary": "",
        "insights": "",
        "is_public": False,
        "lessons": [],
    },
]
