"""Every spreadsheet the site makes opens as columns in Dutch Excel, and imports unchanged.

One convention (duurzaamdoor/spreadsheet.py) for the admin's exports of every model, the
positions of a meeting and the CSV of a map: UTF-8 with BOM, ``;``, Dutch headers and
labels, readable dates, no cell that starts a formula. An import reads those files, the
files of before (``,``, field names, codes, ISO dates) and what Excel saves.
"""

import codecs
import csv
import datetime
import io
import re
from dataclasses import dataclass

import openpyxl
import pytest
from django.contrib import admin
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from cases.models import Case
from cases.resources import CaseResource
from duurzaamdoor import spreadsheet
from ecosystem.models import Actor, Factor
from ecosystem.resources import ActorResource, FactorResource
from lessons.models import Audience, Lesson, Pioneer, Source
from lessons.resources import AudienceResource, LessonResource, PioneerResource, SourceResource
from meetings.models import Statement
from tests.factories import (
    ActorFactory,
    AudienceFactory,
    CaseFactory,
    EcosystemFactory,
    FactorFactory,
    LessonFactory,
    MeetingFactory,
    PioneerFactory,
    SourceFactory,
    StatementFactory,
)

# Texts that really start with what a spreadsheet may take for a formula.
PAYLOADS = [
    '=HYPERLINK("http://evil.example","klik")', "+31 6 12345678", "-2+3", "@SUM(A1)",
    "\t=1", "\r=1",
]  # fmt: skip
PROBE = "Repaircafés"
PUBLISHED_AT = timezone.make_aware(datetime.datetime(2026, 10, 1, 9, 0, 37))
READABLE_DATE = re.compile(r"^\d\d-\d\d-\d{4}( \d\d:\d\d)?$")


@pytest.fixture
def world(db):
    """For each exported list: one row with the probe's text and known choices, and one
    row per payload, in a text column (a multi-line one where the model has it)."""
    source = SourceFactory(title=f"{PROBE} in beeld", slug="repaircafes-in-beeld")
    LessonFactory(
        title=f"{PROBE} in elke wijk", slug="repaircafes", published_at=PUBLISHED_AT,
        parties=["rijk", "nieuwe-generatie"], themes=["reparatie"], source=source,
        audiences=[AudienceFactory(name=PROBE, slug="repaircafes")],
        pioneers=[PioneerFactory(name="Anna de Vries", organisation=f"{PROBE} Zwolle")],
    )  # fmt: skip
    ecosystem = EcosystemFactory(title="Kaart van de wijk", slug="kaart-van-de-wijk")
    ActorFactory(
        ecosystem=ecosystem, name=f"{PROBE} Oost", party="maatschappelijk",
        kind="nieuwe_speler", contributes=False, strengthen=True,
    )  # fmt: skip
    FactorFactory(ecosystem=ecosystem, name=PROBE, kind="kennis", effect="helpt")
    CaseFactory(title=f"{PROBE} zonder ruimte", region="gelderland", parties=["burgers"])
    meeting = MeetingFactory(title=f"{PROBE}-tafel")
    for number, payload in enumerate(PAYLOADS):
        LessonFactory(lead=payload)
        PioneerFactory(bio=payload)
        SourceFactory(summary=payload)
        AudienceFactory(description=payload)
        CaseFactory(bottleneck=payload)
        ActorFactory(ecosystem=ecosystem, note=payload)
        FactorFactory(ecosystem=ecosystem, note=payload)
        statement = StatementFactory(meeting=meeting, text=payload)
        statement.positions.create(participant=f"{number:032d}", value=1, party="burgers")
    return {"meeting": meeting, "ecosystem": ecosystem}


@dataclass
class Export:
    name: str
    headers: list[str]
    # The probe's row as a person reads it, header → cell; the first cell finds the row.
    probe: dict[str, str]
    # The column of the payloads, and where their stored texts are read back.
    column: str
    stored: "_Stored"
    # The admin's export of a model: the resource of a secretary's export.
    resource: type | None = None
    # Columns of dates: as 01-10-2026, or 01-10-2026 09:00.
    dates: tuple[str, ...] = ()


def _admin_export(client, export: Export, file_format: str = "0"):
    """The admin's export page, sent with every column ticked."""
    opts = export.stored.model._meta
    name = export.resource.__name__.lower()
    data = {"format": file_format, "resource": "0"}
    data.update({f"{name}_{column}": "on" for column in export.resource().get_export_order()})
    response = client.post(f"/admin/{opts.app_label}/{opts.model_name}/export/", data)
    assert response.status_code == 200
    return response


def _get(client, export, world):
    if export.name == "posities":
        return client.post(
            "/admin/meetings/meeting/",
            {"action": "export_positions", "_selected_action": [world["meeting"].pk]},
        )
    if export.name == "kaart":
        return client.get(f"/ecosystemen/{world['ecosystem'].slug}/export.csv")
    return _admin_export(client, export)


class _Stored:
    """The payloads as stored (a single-line field makes a tab or CR a space)."""

    def __init__(self, model, attribute: str):
        self.model, self.attribute = model, attribute

    def texts(self) -> list[str]:
        wanted = {payload.strip() for payload in PAYLOADS}
        values = self.model.objects.values_list(self.attribute, flat=True)
        return [text for text in values if text.strip() in wanted]


EXPORTS = [
    Export(
        "lessen",
        ["Slug", "Titel", "Samenvatting", "Tekst", "Status", "Gepubliceerd op", "Bron",
         "Thema's", "Doelgroepen", "Partijen", "Voorlopers"],
        {"Titel": f"{PROBE} in elke wijk", "Status": "Gepubliceerd",
         "Gepubliceerd op": "01-10-2026 09:00", "Bron": "repaircafes-in-beeld",
         "Partijen": "Rijksoverheid, De nieuwe generatie", "Doelgroepen": "repaircafes"},
        "Samenvatting", _Stored(Lesson, "lead"), LessonResource, ("Gepubliceerd op",),
    ),
    Export(
        "voorlopers",
        ["Slug", "Naam", "Functie", "Organisatie", "Overheidslaag", "Regio", "Korte bio",
         "Mag getoond worden"],
        {"Naam": "Anna de Vries", "Organisatie": f"{PROBE} Zwolle", "Overheidslaag": "Gemeente",
         "Regio": "Overijssel", "Mag getoond worden": "ja"},
        "Korte bio", _Stored(Pioneer, "bio"), PioneerResource,
    ),
    Export(
        "bronnen",
        ["Slug", "Soort", "Titel", "Datum", "Link", "Samenvatting"],
        {"Titel": f"{PROBE} in beeld", "Soort": "Artikel", "Datum": "01-03-2024"},
        "Samenvatting", _Stored(Source, "summary"), SourceResource, ("Datum",),
    ),
    Export(
        "doelgroepen", ["Slug", "Naam", "Omschrijving"], {"Naam": PROBE, "Slug": "repaircafes"},
        "Omschrijving", _Stored(Audience, "description"), AudienceResource,
    ),
    Export(
        "praktijkcases",
        ["ID", "Titel", "Status", "Regio", "Organisatie", "Transitieopgave", "Knelpunt",
         "Wat is geprobeerd", "Gevraagde hulp", "Betrokken partijen", "Ingediend op",
         "Status gewijzigd op", "Openbaar", "Publieke titel", "Publieke samenvatting",
         "Inzichten"],
        {"Titel": f"{PROBE} zonder ruimte", "Status": "Ingediend", "Regio": "Gelderland",
         "Betrokken partijen": "Burgers", "Openbaar": "nee"},
        "Knelpunt", _Stored(Case, "bottleneck"), CaseResource,
        ("Ingediend op", "Status gewijzigd op"),
    ),
    Export(
        "actoren",
        ["Kaart", "Naam", "Partij", "Soort", "Draagt nu al bij", "Wil je versterken", "Invloed",
         "Belang", "Toelichting"],
        {"Naam": f"{PROBE} Oost", "Kaart": "kaart-van-de-wijk",
         "Partij": "Maatschappelijke organisaties", "Soort": "Nieuwe speler",
         "Draagt nu al bij": "nee", "Wil je versterken": "ja"},
        "Toelichting", _Stored(Actor, "note"), ActorResource,
    ),
    Export(
        "factoren",
        ["Kaart", "Naam", "Soort", "Effect", "Gewicht", "Toelichting"],
        {"Naam": PROBE, "Soort": "Kennis", "Effect": "Helpt", "Gewicht": "2"},
        "Toelichting", _Stored(Factor, "note"), FactorResource,
    ),
    Export(
        "posities",
        ["Bijeenkomst", "Stelling", "Positie", "Waarde", "Partij", "Tijd"],
        {"Bijeenkomst": f"{PROBE}-tafel", "Positie": "Helemaal oneens", "Waarde": "1",
         "Partij": "Burgers"},
        "Stelling", _Stored(Statement, "text"), None, ("Tijd",),
    ),
    Export(
        "kaart",
        ["Onderdeel", "Naam", "Partij", "Soort", "Draagt bij", "Versterken", "Invloed", "Belang",
         "Effect", "Gewicht", "Van", "Naar", "Toelichting"],
        {"Naam": f"{PROBE} Oost", "Onderdeel": "Actor", "Partij": "Maatschappelijke organisaties",
         "Soort": "Nieuwe speler", "Draagt bij": "nee", "Versterken": "ja"},
        "Toelichting", _Stored(Actor, "note"),
    ),
]  # fmt: skip


def excel_reads(raw: bytes) -> str:
    """As Excel opens a CSV: UTF-8 when the file starts with a BOM, else Windows-1252."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8")
    return raw.decode("cp1252", errors="replace")


@pytest.mark.parametrize("export", EXPORTS, ids=[e.name for e in EXPORTS])
def test_every_csv_opens_as_dutch_columns_without_formulas(client, secretary, world, export):
    client.force_login(secretary)
    response = _get(client, export, world)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = response.content
    assert raw.startswith(codecs.BOM_UTF8)
    text = excel_reads(raw)
    assert PROBE in text
    # Without the BOM, Excel would have shown this:
    assert "RepaircafÃ©s" in raw[len(codecs.BOM_UTF8) :].decode("cp1252", errors="replace")

    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == export.headers
    assert all(len(row) == len(export.headers) for row in rows)
    table = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    key, value = next(iter(export.probe.items()))
    probe = next(row for row in table if row[key] == value)
    assert {header: probe[header] for header in export.probe} == export.probe
    dates = [row[header] for row in table for header in export.dates if row[header]]
    assert len(dates) >= len(export.dates)
    assert all(READABLE_DATE.match(date) for date in dates), dates

    cells = [cell for row in rows[1:] for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    stored = export.stored.texts()
    assert len(stored) == len(PAYLOADS)
    column = [row[export.column] for row in table]
    for text in stored:
        assert "'" + text in column, repr(text)


def _grow(world, count: int) -> None:
    """More rows of every list, each with its links."""
    for number in range(count):
        LessonFactory(
            parties=["rijk", "burgers"], themes=[f"thema {number}", "reparatie"],
            audiences=[AudienceFactory()], pioneers=[PioneerFactory()], source=SourceFactory(),
        )  # fmt: skip
        CaseFactory(parties=["onderwijs"])
        ActorFactory(ecosystem=world["ecosystem"])
        FactorFactory(ecosystem=world["ecosystem"])
        statement = StatementFactory(meeting=world["meeting"])
        statement.positions.create(participant=f"{number + 100:032d}", value=4, party="rijk")


@pytest.mark.parametrize("export", EXPORTS, ids=[e.name for e in EXPORTS])
def test_an_export_asks_the_database_as_often_for_many_rows_as_for_few(
    client, secretary, world, export
):
    client.force_login(secretary)
    _get(client, export, world)  # sessions, permissions and content types, once
    counts = []
    for count in (0, 20):
        _grow(world, count)
        cache.clear()  # the list's cached counts, gone after a write: cold both times
        with CaptureQueriesContext(connection) as queries:
            assert _get(client, export, world).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_exports_above_are_every_export_of_the_site():
    """A new export, in the admin or as an admin action, belongs in the list above."""
    tested = {export.stored.model for export in EXPORTS if export.resource}
    exported = set()
    actions = set()
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        try:
            reverse(f"admin:{opts.app_label}_{opts.model_name}_export")
            exported.add(model)
        except NoReverseMatch:
            pass
        actions |= {
            f"{opts.label}.{name}"
            for name in (model_admin.actions or [])
            if isinstance(name, str) and "export" in name
        }
    assert exported == tested
    assert actions == {
        "meetings.Meeting.export_positions",
        "meetings.Meeting.export_positions_xlsx",
    }


def test_no_stored_text_starts_with_a_tab_or_a_carriage_return(world):
    """Texts are stored without surrounding white space (duurzaamdoor/text.py), so the
    payloads that start with a tab or CR reach an export as "=1", which gets its quote as
    above; the quote before a leading tab or CR itself is tested on the cell rule
    (tests/hardening/test_hostile_input_smaller.py)."""
    leads = set(Lesson.objects.values_list("lead", flat=True))
    assert "=1" in leads
    assert not {"\t=1", "\r=1"} & leads


# --- Excel workbooks --------------------------------------------------------------------


def _workbook(raw: bytes) -> list[list]:
    book = openpyxl.load_workbook(io.BytesIO(raw))
    sheet = book.active
    assert not [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_the_workbooks_have_the_same_columns_and_no_formulas(client, secretary, world):
    client.force_login(secretary)
    lessons = _workbook(_admin_export(client, EXPORTS[0], file_format="1").content)
    assert lessons[0] == EXPORTS[0].headers
    probe = next(row for row in lessons if row[1] == f"{PROBE} in elke wijk")
    assert probe[4] == "Gepubliceerd"
    assert probe[5] == datetime.datetime(2026, 10, 1, 9, 0)  # an Excel date, local time
    assert "'" + PAYLOADS[0] in [row[2] for row in lessons]
    response = client.post(
        "/admin/meetings/meeting/",
        {"action": "export_positions_xlsx", "_selected_action": [world["meeting"].pk]},
    )
    assert response["Content-Disposition"] == 'attachment; filename="posities.xlsx"'
    positions = _workbook(response.content)
    assert positions[0] == EXPORTS[7].headers
    assert {row[1] for row in positions[1:]} >= {'\'=HYPERLINK("http://evil.example","klik")'}


# --- export, then import the same file: nothing changes -----------------------------------

IMPORTED = ("lessen", "voorlopers", "bronnen", "doelgroepen", "actoren", "factoren")
EXTENSIONS = {"0": "csv", "1": "xlsx"}

IMPORTABLE = [export for export in EXPORTS if export.name in IMPORTED]


def _snapshot(model) -> list[dict]:
    rows = list(model.objects.order_by("pk").values())
    if model is Lesson:
        for row, lesson in zip(rows, Lesson.objects.order_by("pk"), strict=True):
            row["links"] = [
                sorted(lesson.themes.names()),
                sorted(lesson.audiences.values_list("pk", flat=True)),
                sorted(lesson.parties.values_list("pk", flat=True)),
                sorted(lesson.pioneers.values_list("pk", flat=True)),
            ]
            row["history"] = lesson.history.count()
    return rows


def _import(client, model, content: bytes, file_format: str, name: str):
    opts = model._meta
    upload = io.BytesIO(content)
    upload.name = name
    base = f"/admin/{opts.app_label}/{opts.model_name}/"
    preview = client.post(
        f"{base}import/", {"format": file_format, "import_file": upload, "resource": "0"}
    )
    assert preview.status_code == 200
    result = preview.context["result"]
    errors = [row.error_dict for row in result.invalid_rows] + [e.error for e in result.base_errors]
    assert errors == []
    confirm = preview.context["confirm_form"]
    done = client.post(f"{base}process_import/", {**confirm.initial, "resource": "0"})
    assert done.status_code == 302
    return result.totals


@pytest.mark.parametrize("file_format", ["0", "1"], ids=["csv", "xlsx"])
@pytest.mark.parametrize("export", IMPORTABLE, ids=[e.name for e in IMPORTABLE])
def test_an_export_imports_again_without_changing_anything(
    client, secretary, world, export, file_format
):
    model = export.stored.model
    client.force_login(secretary)
    before = _snapshot(model)
    content = _admin_export(client, export, file_format).content
    totals = _import(
        client, model, content, file_format, f"{export.name}.{EXTENSIONS[file_format]}"
    )
    assert (totals["new"], totals["update"], totals["skip"]) == (0, 0, len(before))
    assert _snapshot(model) == before


def test_a_changed_cell_changes_only_that_value(client, secretary, world):
    """The moment shown to the minute keeps its seconds when another column changes."""
    client.force_login(secretary)
    text = _admin_export(client, EXPORTS[0]).content.decode("utf-8-sig")
    text = text.replace(f"{PROBE} in elke wijk", f"{PROBE} in elke buurt")
    totals = _import(client, Lesson, text.encode("utf-8-sig"), "0", "lessen.csv")
    assert (totals["update"], totals["skip"]) == (1, Lesson.objects.count() - 1)
    lesson = Lesson.objects.get(slug="repaircafes")
    assert lesson.title == f"{PROBE} in elke buurt"
    assert lesson.published_at == PUBLISHED_AT
    assert sorted(lesson.parties.values_list("code", flat=True)) == ["nieuwe-generatie", "rijk"]


# --- what an import reads ------------------------------------------------------------------

OLD_STYLE = (  # as the site exported before: commas, field names, codes, ISO dates
    "slug,title,lead,body,status,published_at,source,themes,audiences,parties,pioneers\r\n"
    'les-uit-een-bestand,Repaircafés in elke wijk,"Een les; met puntkomma, en komma.",'
    'Tekst.,published,2026-10-01 09:00:00,,reparatie,,"rijk, burgers",\r\n'
)
# As the site exports now, and Excel saves back: a date without its leading zero, an empty
# line at the end.
DUTCH = [
    ["Slug", "Titel", "Samenvatting", "Tekst", "Status", "Gepubliceerd op", "Bron", "Thema's",
     "Doelgroepen", "Partijen", "Voorlopers"],
    ["les-uit-een-bestand", "Repaircafés in elke wijk", "Een les; met puntkomma, en komma.",
     "Tekst.", "Gepubliceerd", "1-10-2026 09:00", "", "reparatie", "", "Rijksoverheid, Burgers",
     ""],
    [""] * 11,
]  # fmt: skip


def _csv(rows: list[list[str]], delimiter: str = ";") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize(
    "content",
    [OLD_STYLE.encode(), OLD_STYLE.encode("utf-8-sig"), _csv(DUTCH).encode("utf-8-sig"),
     _csv(DUTCH).encode(), _csv(DUTCH).encode("cp1252"),
     ("sep=;\r\n" + _csv(DUTCH)).encode("cp1252"), _csv(DUTCH, "\t").encode("utf-16")],
    ids=["comma", "comma-bom", "semicolon-bom", "semicolon", "excel-windows-1252", "sep-line",
         "excel-unicode-text"],
)  # fmt: skip
def test_an_import_reads_each_way_a_file_comes(client, secretary, content):
    client.force_login(secretary)
    totals = _import(client, Lesson, content, "0", "lessen.csv")
    assert totals["new"] == 1
    lesson = Lesson.objects.get(slug="les-uit-een-bestand")
    assert lesson.title == "Repaircafés in elke wijk"
    assert lesson.lead == "Een les; met puntkomma, en komma."
    assert lesson.status == "published"
    assert timezone.localtime(lesson.published_at).strftime("%d-%m-%Y %H:%M") == "01-10-2026 09:00"
    assert sorted(lesson.parties.values_list("code", flat=True)) == ["burgers", "rijk"]


def test_a_file_that_is_no_text_is_refused_with_a_reason(client, secretary):
    client.force_login(secretary)
    upload = io.BytesIO(b"slug;title\r\n\x81\x8d\x8f;x\r\n")
    upload.name = "lessen.csv"
    response = client.post(
        "/admin/lessons/lesson/import/", {"format": "0", "import_file": upload, "resource": "0"}
    )
    assert "Sla het in je spreadsheetprogramma op als “CSV UTF-8”" in response.content.decode()
    assert not Lesson.objects.exists()


def test_unknown_labels_and_yes_no_are_named_in_the_preview(client, secretary):
    client.force_login(secretary)
    upload = io.BytesIO(
        b"Slug;Naam;Overheidslaag;Mag getoond worden\r\nanna;Anna;Dorp;misschien\r\n"
    )
    upload.name = "voorlopers.csv"
    html = client.post(
        "/admin/lessons/pioneer/import/", {"format": "0", "import_file": upload, "resource": "0"}
    ).content.decode()
    assert "Onbekende waarde “Dorp”. Kies uit: Rijk, Provincie, Gemeente" in html
    assert "Schrijf “ja” of “nee”, niet “misschien”." in html
    assert not Pioneer.objects.exists()


@given(st.text())
def test_the_quote_of_an_export_comes_off_exactly_on_import(text):
    assert spreadsheet.unescape_formula(spreadsheet.escape_formula(text)) == text


def test_a_text_that_already_starts_with_a_quote_keeps_it():
    assert spreadsheet.escape_formula("'=1") == "''=1"
    assert spreadsheet.unescape_formula("''=1") == "'=1"
    assert spreadsheet.escape_formula("'gewoon") == "'gewoon"
    assert spreadsheet.unescape_formula("'gewoon") == "'gewoon"
