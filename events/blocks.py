from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import DocumentBlock, HeadingBlock, ParagraphBlock, QuoteBlock


class OutcomesStreamBlock(blocks.StreamBlock):
    """What came of an event: results in prose, and documents such as joint statements."""

    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    quote = QuoteBlock()
    document = DocumentBlock(label=_("Outcome document"))

    class Meta:
        template = "blocks/body_stream_block.html"
