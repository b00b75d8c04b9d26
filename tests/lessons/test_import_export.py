"""Bulk import and export of lessons: previewed, all or nothing, lossless, spreadsheet-safe."""

import csv
import io
from pathlib import Path

import pytest
import tablib
from django.conf import settings
from django.core.management import call_command

from lessons.models import Audience, Lesson
from lessons.resources import LessonResource
from tests.factories import AudienceFactory, LessonFactory, PioneerFactory, SourceFactory

EXAMPLES = Path(settings.BASE_DIR) / "docs" / "import-voorbeelden"
HEADERS = [
    "slug", "title", "lead", "body", "status", "published_at", "source", "themes", "audiences",
    "parties", "pioneers",
]  # fmt: skip


@pytest.fixture
def references(db):
    AudienceFactory(name="Inkopers", slug="inkopers")
    PioneerFactory(name="Sanne Jansen", slug="sanne-jansen")
    SourceFactory(title="Versnellen in Transitie", slug="versnellen-in-transitie")


def rows(count: int, bad: set[int] = frozenset()) -> tablib.Dataset:
    data = tablib.Dataset(headers=HEADERS)
    for n in range(count):
        data.append([
            f"import-les-{n}", f"Geïmporteerde les {n}", "Een samenvatting.", "## Kop\n\nTekst.",
            "published", "2026-05-01 09:00:00", "Versnellen in Transitie",
            "circulair inkopen, Bouw", "inkopers" if n not in bad else "onbekende-doelgroep",
            "rijk, ondernemers", "Sanne Jansen",
        ])  # fmt: skip
    return data


def test_200_rows_with_3_bad_ones_write_nothing_and_name_the_errors(references):
    result = LessonResource().import_data(rows(200, bad={5, 77, 150}), dry_run=True)
    assert result.has_validation_errors()
    invalid = result.invalid_rows
    assert [row.number for row in invalid] == [6, 78, 151]
    assert "Onbekende doelgroep: “onbekende-doelgroep”." in str(invalid[0].error_dict)
    # Even a real run with errors keeps nothing: one transaction.
    LessonResource().import_data(rows(200, bad={5, 77, 150}), dry_run=False)
    assert not Lesson.objects.exists()


def test_200_good_rows_are_all_written_with_their_relations(references):
    result = LessonResource().import_data(rows(200), dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert result.totals["new"] == 200
    lesson = Lesson.objects.get(slug="import-les-7")
    assert sorted(lesson.themes.names()) == ["Bouw", "circulair inkopen"]
    assert [a.slug for a in lesson.audiences.all()] == ["inkopers"]
    assert set(lesson.parties.values_list("code", flat=True)) == {"rijk", "ondernemers"}
    assert lesson.source.title == "Versnellen in Transitie"
    assert lesson.history.count() == 1
    # The same file again changes nothing: every row is skipped.
    again = LessonResource().import_data(rows(200), dry_run=True)
    assert again.totals["skip"] == 200


def test_export_then_import_is_lossless(references):
    inkopers = Audience.objects.get(slug="inkopers")
    original = LessonFactory(
        title="Rondreis", themes=["circulair inkopen", "bouw"], audiences=[inkopers],
        parties=["rijk", "burgers"], pioneers=[PioneerFactory(name="Piet")],
        source=SourceFactory(title="Bron X"),
    )  # fmt: skip
    before = _snapshot(original)
    exported = LessonResource().export()
    Lesson.objects.all().delete()
    result = LessonResource().import_data(tablib.import_set(exported.csv, format="csv"))
    assert result.totals["new"] == 1
    assert _snapshot(Lesson.objects.get(slug=original.slug)) == before


def _snapshot(lesson: Lesson) -> dict:
    return {
        "title": lesson.title, "lead": lesson.lead, "body": lesson.body, "status": lesson.status,
        "published_at": lesson.published_at, "source": lesson.source_id,
        "themes": sorted(lesson.themes.names()),
        "audiences": sorted(lesson.audiences.values_list("slug", flat=True)),
        "parties": sorted(lesson.parties.values_list("code", flat=True)),
        "pioneers": sorted(lesson.pioneers.values_list("slug", flat=True)),
    }  # fmt: skip


def test_admin_import_previews_then_writes(client, secretary, references):
    client.force_login(secretary)
    upload = io.BytesIO(rows(3, bad={1}).csv.encode())
    upload.name = "lessen.csv"
    preview = client.post(
        "/admin/lessons/lesson/import/", {"format": "0", "import_file": upload, "resource": "0"}
    )
    html = preview.content.decode()
    assert "Onbekende doelgroep" in html
    assert not Lesson.objects.exists()

    upload = io.BytesIO(rows(3).csv.encode())
    upload.name = "lessen.csv"
    preview = client.post(
        "/admin/lessons/lesson/import/", {"format": "0", "import_file": upload, "resource": "0"}
    )
    assert not Lesson.objects.exists()  # a preview writes nothing
    confirm = preview.context["confirm_form"]
    response = client.post(
        "/admin/lessons/lesson/process_import/", {**confirm.initial, "resource": "0"}, follow=True
    )
    assert response.status_code == 200
    assert Lesson.objects.count() == 3


def test_csv_export_neutralises_formulas(client, secretary):
    LessonFactory(title='=HYPERLINK("http://evil.example","klik")', lead="+31 6 12345678")
    client.force_login(secretary)
    fields = {"lessonresource_title": "on", "lessonresource_lead": "on"}
    response = client.post(
        "/admin/lessons/lesson/export/", {"format": "0", "resource": "0", **fields}
    )
    reader = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert reader == [
        ["Titel", "Samenvatting"],
        ['\'=HYPERLINK("http://evil.example","klik")', "'+31 6 12345678"],
    ]


def test_import_needs_change_permission_and_export_view_permission(client, db):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    reader = UserFactory(username="lezer", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_lesson"))
    client.force_login(reader)
    assert client.get("/admin/lessons/lesson/import/").status_code == 403
    assert client.get("/admin/lessons/lesson/export/").status_code == 200


def test_example_files_import_cleanly_into_the_demo(db):
    """They are what an export writes (BOM, ``;``, its headers), and import as they are."""
    from duurzaamdoor.exports import CSV
    from ecosystem.resources import ActorResource, FactorResource
    from lessons.resources import AudienceResource, PioneerResource, SourceResource

    call_command("seed_demo", stdout=io.StringIO())
    for name, resource in [
        ("voorlopers.csv", PioneerResource), ("bronnen.csv", SourceResource),
        ("doelgroepen.csv", AudienceResource), ("lessen.csv", LessonResource),
        ("actoren.csv", ActorResource), ("factoren.csv", FactorResource),
    ]:  # fmt: skip
        content = (EXAMPLES / name).read_bytes()
        assert content.startswith("\ufeff".encode()), name
        header = content.decode("utf-8-sig").splitlines()[0]
        assert header == ";".join(resource().get_export_headers()), name
        dataset = CSV().create_dataset(content)
        result = resource().import_data(dataset, dry_run=False)
        assert not result.has_errors(), name
        assert not result.has_validation_errors(), (
            name,
            [r.error_dict for r in result.invalid_rows],
        )
        assert result.totals["new"] == len(dataset), name
