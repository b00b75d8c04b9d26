"""Password rules of the admin accounts, with messages in the site's language."""

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's rule; its message is in Dutch (and English) whatever Django's catalogue has.

    Django 5.2 changed the text of this message, and its Dutch catalogue still has the
    old one: the admin showed the only English sentence among Dutch ones.
    """

    def get_error_message(self) -> str:
        return ngettext(
            "Dit wachtwoord is te kort: het moet minstens %(min_length)d teken bevatten.",
            "Dit wachtwoord is te kort: het moet minstens %(min_length)d tekens bevatten.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self) -> str:
        return ngettext(
            "Je wachtwoord moet minstens %(min_length)d teken bevatten.",
            "Je wachtwoord moet minstens %(min_length)d tekens bevatten.",
            self.min_length,
        ) % {"min_length": self.min_length}
