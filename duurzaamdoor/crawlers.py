"""What search engines may do with a page, in one place."""

from django.http import HttpResponse


def no_index(response: HttpResponse, *, follow: bool = False) -> HttpResponse:
    """Keep ``response`` out of search indexes (``X-Robots-Tag``). With ``follow``, a
    crawler may still follow its links (a results page leads to pages that are indexed);
    without it, the page is private and its links are not for crawlers either."""
    response["X-Robots-Tag"] = "noindex, follow" if follow else "noindex, nofollow"
    return response
