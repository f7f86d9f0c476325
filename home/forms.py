import struct

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from home.media import may_replace_file


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form, with a translatable label on the password field (Wagtail leaves
    it to Django's default, the untranslated field name)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")


class SafeImageField(WagtailImageField):
    """Wagtail's image field, checking the pixel count from the header before anything decodes
    the image, and turning a file that fails to decode (truncated, corrupt, a crafted
    decompression bomb) into a form error instead of a server error."""

    def check_image_pixel_size(self, f):
        width = height = None
        try:
            # Pillow reads only the header here; Willow would decode the whole bitmap first.
            f.seek(0)
            with PILImage.open(f) as header:
                width, height = header.size
        except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
            width = height = 10**6
        except Exception:  # noqa: BLE001, S110 -- not a bitmap Pillow knows (SVG): Willow checks it
            pass
        finally:
            f.seek(0)
        if (
            width is not None
            and self.max_image_pixels is not None
            and width * height > self.max_image_pixels
        ):
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": width * height, "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            )
        try:
            super().check_image_pixel_size(f)
        except ValidationError:
            raise
        except (OSError, SyntaxError, ValueError, struct.error) as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


REPLACE_REFUSED = _(
    "Live pages or pages in review use this file, so only the editorial board may replace "
    "it. Upload a new file instead and choose it in a new draft of the page, which goes "
    "through review."
)


class ReviewedFileMixin:
    """Replacing the file of an image or document that live pages use is the board's
    (``home.media``). The form knows its user: Wagtail's edit views pass it."""

    def __init__(self, *args, **kwargs):
        self.for_user = kwargs.get("user")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        if (
            self.instance.pk
            and "file" in self.changed_data
            and (self.for_user is None or not may_replace_file(self.for_user, self.instance))
        ):
            self.add_error("file", REPLACE_REFUSED)
        return cleaned_data


class PortalDocumentForm(ReviewedFileMixin, BaseDocumentForm):
    """The document form of the admin (``WAGTAILDOCS_DOCUMENT_FORM_BASE``)."""


class PortalImageForm(ReviewedFileMixin, BaseImageForm):
    """The image form of the admin (``WAGTAILIMAGES_IMAGE_FORM_BASE``), single and multiple
    upload alike."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            original = self.fields["file"]
            self.fields["file"] = SafeImageField(
                label=original.label,
                required=original.required,
                help_text=original.help_text,
                widget=original.widget,
            )
