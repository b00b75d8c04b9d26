"""Form rendering shared by the public forms: NL Design System markup, accessible errors."""

from django import forms


class AccessibleBoundField(forms.BoundField):
    """Points screen readers at the hint and at the error message of a field."""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        described_by = []
        if self.help_text:
            described_by.append(f"{self.auto_id}_helptext")
        if self.errors:
            described_by.append(f"{self.auto_id}_error")
        if described_by and not isinstance(
            widget or self.field.widget, forms.CheckboxSelectMultiple
        ):
            attrs["aria-describedby"] = " ".join(described_by)
        return attrs


WIDGET_CLASSES = {
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.CheckboxSelectMultiple: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.TextInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.EmailInput: "utrecht-textbox utrecht-textbox--html-input",
}


class PublicFormMixin:
    """For public forms: design-system classes, accessible fields, an error summary."""

    bound_field_class = AccessibleBoundField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.template_name = "forms/field.html"
            css = WIDGET_CLASSES.get(type(field.widget))
            if css:
                field.widget.attrs["class"] = css

    def error_summary(self) -> list[tuple[str, str]]:
        """(anchor, message) for every error, in the order of the form."""
        items = [("", str(error)) for error in self.non_field_errors()]
        for name, field in self.fields.items():
            bound = self[name]
            for error in bound.errors:
                anchor = bound.auto_id
                if isinstance(field.widget, forms.CheckboxSelectMultiple):
                    anchor = f"{anchor}_0"
                items.append((anchor, str(error)))
        return items
