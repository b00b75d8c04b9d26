import datetime

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify

PASSWORD = "correct-paard-batterij-nietje"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(PASSWORD)


class AudienceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "lessons.Audience"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Doelgroep {n}")
    slug = factory.LazyAttribute(lambda audience: slugify(audience.name))


class PioneerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "lessons.Pioneer"

    name = factory.Sequence(lambda n: f"Voorloper {n}")
    slug = factory.LazyAttribute(lambda pioneer: slugify(pioneer.name))
    role = "Beleidsadviseur circulaire economie"
    organisation = "Gemeente Zwolle"
    government_layer = "gemeente"
    region = "overijssel"
    may_publish = True


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "lessons.Source"

    kind = "artikel"
    title = factory.Sequence(lambda n: f"Bron {n}")
    slug = factory.LazyAttribute(lambda source: slugify(source.title))
    date = datetime.date(2024, 3, 1)


class LessonFactory(factory.django.DjangoModelFactory):
    """A published lesson; pass ``themes=[...]``, ``audiences=[...]`` or ``parties=[...]``."""

    class Meta:
        model = "lessons.Lesson"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Les nummer {n}")
    slug = factory.LazyAttribute(lambda lesson: slugify(lesson.title))
    lead = "Een korte samenvatting van wat de voorlopers leerden."
    body = "## Wat werkte\n\nSamen optrekken met de regio."
    status = "published"
    published_at = factory.Sequence(
        lambda n: timezone.make_aware(datetime.datetime(2024, 1, 1)) + datetime.timedelta(days=n)
    )

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(extracted)

    @factory.post_generation
    def parties(self, create, extracted, **kwargs):
        if create and extracted:
            self.parties.set(extracted)

    @factory.post_generation
    def pioneers(self, create, extracted, **kwargs):
        if create and extracted:
            self.pioneers.set(extracted)


class CaseFactory(factory.django.DjangoModelFactory):
    """A submitted case; ``status`` may be set directly for tests of later steps."""

    class Meta:
        model = "cases.Case"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Vastgelopen opgave {n}")
    slug = factory.LazyAttribute(lambda case: slugify(case.title))
    transition_task = "Bouwmaterialen uit sloop hergebruiken in nieuwbouw."
    region = "gelderland"
    organisation = "Gemeente Arnhem"
    bottleneck = "Vrijkomend materiaal krijgt de status afval en mag niet worden opgeslagen."
    tried = "Overleg met de omgevingsdienst."
    help_wanted = "Meedenken over de afvalstatus."
    contact_name = "Lotte Verbeek"
    contact_email = "lotte.verbeek@example.org"
    consent_version = "2026-11-28"
    consented_at = factory.LazyFunction(timezone.now)
    submitted_at = factory.LazyFunction(timezone.now)
    status_changed_at = factory.LazyFunction(timezone.now)
    private_notes = "Intern: bellen met de omgevingsdienst."

    @factory.post_generation
    def parties(self, create, extracted, **kwargs):
        if create and extracted:
            self.parties.set(extracted)


class PublicCaseFactory(CaseFactory):
    status = "inzichten_gedeeld"
    is_public = True
    public_title = factory.LazyAttribute(lambda case: case.title)
    public_summary = "Een gemeente wilde bouwmaterialen hergebruiken, maar liep vast op opslag."
    insights = "## Wat hielp\n\n- Vroeg de omgevingsdienst betrekken"


class EcosystemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "ecosystem.Ecosystem"

    title = factory.Sequence(lambda n: f"Circulaire opgave {n}")
    slug = factory.LazyAttribute(lambda ecosystem: slugify(ecosystem.title))
    task = "Bouwmaterialen hergebruiken in de regio."
    new_reality = "Alle sloopmaterialen vinden een tweede leven."
    status = "published"


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "ecosystem.Actor"

    ecosystem = factory.SubFactory(EcosystemFactory)
    name = factory.Sequence(lambda n: f"Organisatie {n}")
    party = factory.Iterator(["rijk", "decentraal", "onderwijs", "onderzoek", "ondernemers",
                              "burgers", "maatschappelijk", "nieuwe-generatie"])  # fmt: skip
    kind = "belanghebbende"
    influence = 3
    interest = 3


class FactorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "ecosystem.Factor"

    ecosystem = factory.SubFactory(EcosystemFactory)
    name = factory.Sequence(lambda n: f"Factor {n}")
    kind = "regelgeving"
    effect = "remt"
    weight = 2


class RelationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "ecosystem.Relation"

    ecosystem = factory.SubFactory(EcosystemFactory)
    source = factory.SubFactory(ActorFactory, ecosystem=factory.SelfAttribute("..ecosystem"))
    target = factory.SubFactory(ActorFactory, ecosystem=factory.SelfAttribute("..ecosystem"))
    kind = "samenwerking"


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "meetings.Meeting"

    kind = "ronde_tafel"
    title = factory.Sequence(lambda n: f"Ronde Tafel {n}")
    slug = factory.LazyAttribute(lambda meeting: slugify(meeting.title))
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    place = "Utrecht"
    summary = "Een gesprek over **lef**."
    is_published = True


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "meetings.Statement"

    meeting = factory.SubFactory(MeetingFactory)
    text = factory.Sequence(lambda n: f"Stelling nummer {n}")
    order = factory.Sequence(lambda n: n)
    is_open = True
