import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from home.models import HomePage


@pytest.fixture
def run_command():
    """Run a management command and return its standard output and error."""

    def run(name, *args, **options):
        out, err = io.StringIO(), io.StringIO()
        call_command(name, *args, stdout=out, stderr=err, **options)
        return out.getvalue(), err.getvalue()

    return run


@pytest.fixture
def demo_site(db, run_command, settings):
    """The demo portal as `make run` builds it: both home pages, settings and accounts."""
    run_command("load_initial_data", demo_accounts=True)
    return {
        "vi": HomePage.objects.get(locale=Locale.objects.get(language_code="vi")),
        "en": HomePage.objects.get(locale=Locale.objects.get(language_code="en")),
    }
