"""StreamField blocks for help articles and FAQs.

Each block renders with its own template in templates/helpcenter/blocks/,
so a site can restyle one block by overriding one file.
"""

from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# Rich text inside articles: no headings (sections own those), no raw HTML.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "hr", "code"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "helpcenter/blocks/paragraph.html"


class SectionBlock(blocks.StructBlock):
    """A headed section; long articles list these in a table of contents."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    body = ParagraphBlock(label=_("Text"))

    def anchor(self, value) -> str:
        return slugify(value["heading"], allow_unicode=True) or "section"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = self.anchor(value)
        return context

    class Meta:
        icon = "title"
        label = _("Section with heading")
        template = "helpcenter/blocks/section.html"


class StepBlock(blocks.StructBlock):
    text = ParagraphBlock(label=_("What to do"))
    image = ImageChooserBlock(required=False, label=_("Screenshot"))


class StepsBlock(blocks.StructBlock):
    """Numbered steps; an article made of steps is also marked up as a schema.org HowTo."""

    title = blocks.CharBlock(required=False, max_length=120, label=_("Title"))
    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "helpcenter/blocks/steps.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("note", _("Note")), ("warning", _("Warning"))],
        default="tip",
        label=_("Kind"),
    )
    text = ParagraphBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Tip or warning")
        template = "helpcenter/blocks/callout.html"


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        max_length=200, label=_("Alternative text"), help_text=_("What the image shows, for screen readers.")
    )
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "helpcenter/blocks/figure.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo link."))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "helpcenter/blocks/video.html"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250, label=_("Question"))
    answer = ParagraphBlock(label=_("Answer"))

    def plain_answer(self, value) -> str:
        return strip_tags(value["answer"].source)

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "helpcenter/blocks/question_answer.html"


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120, label=_("Title"))
    items = blocks.ListBlock(QuestionAnswerBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "list-ul"
        label = _("Questions and answers (accordion)")
        template = "helpcenter/blocks/accordion.html"


class HelpTableBlock(TableBlock):
    class Meta:
        icon = "table"
        label = _("Table")
        template = "helpcenter/blocks/table.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    section = SectionBlock()
    steps = StepsBlock()
    callout = CalloutBlock()
    image = FigureBlock()
    video = VideoBlock()
    table = HelpTableBlock()
    accordion = AccordionBlock()


class FAQBodyBlock(blocks.StreamBlock):
    question = QuestionAnswerBlock()
    heading = blocks.CharBlock(
        max_length=120,
        label=_("Group heading"),
        template="helpcenter/blocks/faq_heading.html",
        icon="title",
    )
