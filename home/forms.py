import struct

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


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


class PortalImageForm(BaseImageForm):
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
