""" "Mijn gegevens": every member of staff keeps their own name and e-mail address.

The address is where new cases are announced (cases.emails, to the active members of the
secretariat who have one). The page changes only the account that is logged in: it has no
id in its address, and the secretariat needs no right on the user admin for it (that
right would open every account, and its rights, to every secretary).
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from duurzaamdoor.secretariat import is_member


class MyDetailsForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name", "email"]
        help_texts = {
            "email": gettext_lazy(
                "Als lid van het tafelsecretariaat krijg je op dit adres bericht van elke "
                "nieuwe praktijkcase. Laat je het leeg, dan krijg je geen bericht."
            )
        }


def my_details(request: HttpRequest, admin_site) -> HttpResponse:
    # A fresh copy: a refused attempt must not show its values as the logged-in user's.
    account = get_user_model().objects.get(pk=request.user.pk)
    form = MyDetailsForm(request.POST if request.method == "POST" else None, instance=account)
    if form.is_bound and form.is_valid():
        form.save()
        messages.success(request, _("Je gegevens zijn opgeslagen."))
        return redirect("admin:index")
    context = {
        **admin_site.each_context(request),
        "title": _("Mijn gegevens"),
        "form": form,
        "is_member": is_member(account),
    }
    return TemplateResponse(request, "admin/my_details.html", context)
