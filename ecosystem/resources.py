"""Import and export of the actors and factors of a map (column "Kaart": the map's slug)."""

from import_export import fields, widgets

from duurzaamdoor.exports import AllOrNothingResource
from ecosystem.models import Actor, Ecosystem, Factor


def _map_column() -> fields.Field:
    return fields.Field(
        attribute="ecosystem",
        column_name="Kaart",
        widget=widgets.ForeignKeyWidget(Ecosystem, field="slug"),
    )


class ActorResource(AllOrNothingResource):
    ecosystem = _map_column()

    class Meta:
        model = Actor
        import_id_fields = ["ecosystem", "name"]
        fields = [
            "ecosystem", "name", "party", "kind", "contributes", "strengthen", "influence",
            "interest", "note",
        ]  # fmt: skip
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True


class FactorResource(AllOrNothingResource):
    ecosystem = _map_column()

    class Meta:
        model = Factor
        import_id_fields = ["ecosystem", "name"]
        fields = ["ecosystem", "name", "kind", "effect", "weight", "note"]
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
