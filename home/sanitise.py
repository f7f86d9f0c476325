"""The last line of defence for rich text: whatever reached the database (the editor, a
translation, an import, a direct database edit), only the markup the editor can produce is
rendered. Scripts, event handlers, styles and ``javascript:``/``data:`` links are dropped.

nh3 (Python bindings of the Rust crate ammonia) parses the HTML as a browser would, so encoded
tricks (``jav&#x09;ascript:``, ``&#106;avascript:``, mixed case) are seen for what they are.
https://nh3.readthedocs.io/
"""

import nh3
from django.utils.safestring import mark_safe

TAGS = {
    "p", "br", "h2", "h3", "h4", "h5", "h6", "b", "strong", "i", "em", "ul", "ol", "li",
    "a", "blockquote", "hr", "sub", "sup", "code",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "ol": {"start", "reversed"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_html(html):
    return mark_safe(  # noqa: S308 -- sanitised by nh3 just now
        nh3.clean(
            str(html),
            tags=TAGS,
            attributes=ATTRIBUTES,
            url_schemes=URL_SCHEMES,
            link_rel=None,
            strip_comments=True,
        )
    )
