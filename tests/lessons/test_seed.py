"""Demo content for `make run`, and volume data for benchmarks."""

from io import StringIO

import pytest
from django.core.management import call_command

from duurzaamdoor.choices import PartyCode
from lessons.models import Audience, Lesson, Pioneer, Source, ThemeTag


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=StringIO())


def test_demo_content_is_rich_enough_to_explore(demo):
    assert Lesson.objects.published().count() >= 40
    assert Lesson.objects.drafts().count() >= 3
    assert Pioneer.objects.count() >= 10
    assert Pioneer.objects.publishable().count() < Pioneer.objects.count()
    assert Audience.objects.count() >= 8
    assert ThemeTag.objects.count() >= 15
    titles = set(Source.objects.values_list("title", flat=True))
    assert "Versnellen in Transitie" in titles
    assert Source.objects.filter(kind="lef_talk", date__year=2022).exists()
    assert Source.objects.filter(kind="ronde_tafel", date__month=7, date__day=10).exists()
    used_parties = set(Lesson.parties.through.objects.values_list("party_id", flat=True))
    assert used_parties == set(PartyCode.values)


def test_demo_content_is_not_duplicated_or_overwritten(demo):
    lesson = Lesson.objects.published().first()
    lesson.title = "Aangepast door het secretariaat"
    lesson.save()
    counts = [model.objects.count() for model in (Lesson, Pioneer, Source, Audience, ThemeTag)]
    call_command("seed_demo", stdout=StringIO())
    assert [
        model.objects.count() for model in (Lesson, Pioneer, Source, Audience, ThemeTag)
    ] == counts
    lesson.refresh_from_db()
    assert lesson.title == "Aangepast door het secretariaat"


def test_demo_theme_and_audience_combine_on_the_list(client, demo):
    response = client.get("/lessen/?thema=bouw&doelgroep=projectleiders-bouw-en-infra")
    shown = {card.pk for card in response.context["page"].paginator.object_list[0:1000]}
    expected = set(
        Lesson.objects.published()
        .filter(themes__slug="bouw", audiences__slug="projectleiders-bouw-en-infra")
        .values_list("pk", flat=True)
    )
    assert shown == expected
    assert len(expected) >= 2


@pytest.mark.postgres
def test_demo_search_for_the_singular_finds_a_lesson_that_only_has_the_plural(demo):
    lesson = Lesson.objects.get(slug="laat-de-textielinzamelaar-meepraten-over-bedrijfskleding")
    text = f"{lesson.title} {lesson.lead} {lesson.body} {' '.join(lesson.themes.names())}".lower()
    assert "grondstoffen" in text
    assert "grondstof " not in text and "grondstof." not in text
    assert lesson in Lesson.objects.published().search("grondstof")


def test_seed_bulk_is_fast_reproducible_and_idempotent(db):
    out, err = StringIO(), StringIO()
    call_command("seed_bulk", lessons=1200, seed=7, stdout=out, stderr=err)
    assert "1200 lessen aangemaakt" in out.getvalue()
    assert "1200/1200" in err.getvalue()  # the progress bar
    first = list(Lesson.objects.order_by("slug").values_list("slug", "title")[:5])
    assert Lesson.objects.published().count() == 1200
    assert Lesson.parties.through.objects.count() >= 1200

    call_command("seed_bulk", lessons=1200, seed=7, stdout=out, stderr=err)
    assert Lesson.objects.count() == 1200
    Lesson.objects.all().delete()
    call_command("seed_bulk", lessons=1200, seed=7, stdout=StringIO(), stderr=StringIO())
    assert list(Lesson.objects.order_by("slug").values_list("slug", "title")[:5]) == first


@pytest.mark.postgres
def test_seed_bulk_fills_search_vectors(db):
    call_command("seed_bulk", lessons=50, stdout=StringIO(), stderr=StringIO())
    assert not Lesson.objects.filter(search_vector__isnull=True).exists()
    assert Lesson.objects.search("grondstof").exists()
