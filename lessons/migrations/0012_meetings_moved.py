# Meetings, statements and positions now belong to the meetings app (meetings 0001, which
# renames their tables and moves their content types): here they only leave the lessons'
# state. Nothing happens in the database.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('lessons', '0011_names_and_stored_text'),
        ('meetings', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='Position'),
                migrations.DeleteModel(name='Statement'),
                migrations.DeleteModel(name='Meeting'),
                migrations.DeleteModel(name='HistoricalMeeting'),
            ],
            database_operations=[],
        ),
    ]
