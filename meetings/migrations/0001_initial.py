# The meetings move from the lessons app into their own: their models, tables and content
# types. No row is copied or lost: the state moves (lessons 0012 takes the models out of the
# lessons' state), the tables are renamed, and the content types change app in place, so
# that permissions, the admin's log and the history stay attached.

import django.contrib.postgres.search
import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

from duurzaamdoor.migration_operations import moved_content_types, moved_tables

TABLES = {
    "lessons_meeting": "meetings_meeting",
    "lessons_meeting_lessons": "meetings_meeting_lessons",
    "lessons_meeting_cases": "meetings_meeting_cases",
    "lessons_meeting_sources": "meetings_meeting_sources",
    "lessons_historicalmeeting": "meetings_historicalmeeting",
    "lessons_statement": "meetings_statement",
    "lessons_position": "meetings_position",
}


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('cases', '0008_names_and_stored_text'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('lessons', '0011_names_and_stored_text'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='HistoricalMeeting',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('ronde_tafel', 'Ronde Tafel-bijeenkomst'), ('lef_talk', 'LEF-Talk'), ('werksessie', 'Werksessie'), ('overig', 'Andere bijeenkomst')], max_length=20, verbose_name='soort')),
                        ('title', models.CharField(max_length=200, verbose_name='titel')),
                        ('slug', models.SlugField(max_length=200, verbose_name='slug')),
                        ('starts_at', models.DateTimeField(verbose_name='datum en tijd')),
                        ('place', models.CharField(blank=True, max_length=200, verbose_name='plaats')),
                        ('summary', models.TextField(blank=True, help_text='Markdown.', verbose_name='samenvatting')),
                        ('is_published', models.BooleanField(default=False, verbose_name='gepubliceerd')),
                        ('created_at', models.DateTimeField(blank=True, editable=False, verbose_name='aangemaakt op')),
                        ('updated_at', models.DateTimeField(blank=True, editable=False, verbose_name='bijgewerkt op')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.CharField(max_length=100, null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'historical bijeenkomst',
                        'verbose_name_plural': 'historical bijeenkomsten',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='Meeting',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('ronde_tafel', 'Ronde Tafel-bijeenkomst'), ('lef_talk', 'LEF-Talk'), ('werksessie', 'Werksessie'), ('overig', 'Andere bijeenkomst')], max_length=20, verbose_name='soort')),
                        ('title', models.CharField(max_length=200, verbose_name='titel')),
                        ('slug', models.SlugField(max_length=200, unique=True, verbose_name='slug')),
                        ('starts_at', models.DateTimeField(verbose_name='datum en tijd')),
                        ('place', models.CharField(blank=True, max_length=200, verbose_name='plaats')),
                        ('summary', models.TextField(blank=True, help_text='Markdown.', verbose_name='samenvatting')),
                        ('is_published', models.BooleanField(default=False, verbose_name='gepubliceerd')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='aangemaakt op')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='bijgewerkt op')),
                        ('search_vector', django.contrib.postgres.search.SearchVectorField(editable=False, null=True)),
                        ('cases', models.ManyToManyField(blank=True, related_name='meetings', to='cases.case', verbose_name='praktijkcases')),
                        ('lessons', models.ManyToManyField(blank=True, related_name='meetings', to='lessons.lesson', verbose_name='lessen')),
                        ('sources', models.ManyToManyField(blank=True, related_name='meetings', to='lessons.source', verbose_name='bronnen')),
                    ],
                    options={
                        'verbose_name': 'bijeenkomst',
                        'verbose_name_plural': 'bijeenkomsten',
                        'ordering': ['-starts_at'],
                    },
                ),
                migrations.CreateModel(
                    name='Statement',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('text', models.CharField(max_length=500, verbose_name='stelling')),
                        ('order', models.PositiveSmallIntegerField(default=1, verbose_name='volgorde')),
                        ('is_open', models.BooleanField(default=False, help_text='Alleen op een open stelling kan iemand positie innemen.', verbose_name='open')),
                        ('meeting', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='statements', to='meetings.meeting', verbose_name='bijeenkomst')),
                    ],
                    options={
                        'verbose_name': 'stelling',
                        'verbose_name_plural': 'stellingen',
                        'ordering': ['meeting', 'order', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Position',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('participant', models.CharField(editable=False, max_length=64)),
                        ('value', models.PositiveSmallIntegerField(choices=[(1, 'Helemaal oneens'), (2, 'Oneens'), (3, 'Neutraal'), (4, 'Eens'), (5, 'Helemaal eens')], verbose_name='positie')),
                        ('party', models.CharField(blank=True, choices=[('rijk', 'Rijksoverheid'), ('decentraal', 'Decentrale overheden'), ('onderwijs', 'Onderwijs'), ('onderzoek', 'Onderzoek'), ('ondernemers', 'Ondernemers'), ('burgers', 'Burgers'), ('maatschappelijk', 'Maatschappelijke organisaties'), ('nieuwe-generatie', 'De nieuwe generatie')], max_length=20, verbose_name='partij')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='ingenomen op')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='gewijzigd op')),
                        ('voided_at', models.DateTimeField(blank=True, null=True, verbose_name='ongeldig verklaard op')),
                        ('statement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='positions', to='meetings.statement', verbose_name='stelling')),
                    ],
                    options={
                        'verbose_name': 'positie',
                        'verbose_name_plural': 'posities',
                        'ordering': ['statement', 'created_at'],
                    },
                ),
                migrations.AddIndex(
                    model_name='meeting',
                    index=models.Index(fields=['is_published', '-starts_at'], name='meeting_listing_idx'),
                ),
                migrations.AddConstraint(
                    model_name='position',
                    constraint=models.UniqueConstraint(fields=('statement', 'participant'), name='one_position_per_participant'),
                ),
                migrations.AddConstraint(
                    model_name='position',
                    constraint=models.CheckConstraint(condition=models.Q(('value__gte', 1), ('value__lte', 5)), name='position_1_5'),
                ),
                migrations.AddConstraint(
                    model_name='position',
                    constraint=models.CheckConstraint(condition=models.Q(('party', ''), ('party__in', ['rijk', 'decentraal', 'onderwijs', 'onderzoek', 'ondernemers', 'burgers', 'maatschappelijk', 'nieuwe-generatie']), _connector='OR'), name='position_party_valid'),
                ),
            ],
            database_operations=[moved_tables(TABLES)],
        ),
        moved_content_types(
            "lessons", "meetings", ("meeting", "historicalmeeting", "statement", "position")
        ),
    ]
