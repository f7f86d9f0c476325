"""Demo of the press room: a release about the ACCSM heads' meeting, under embargo, approved and
sent to two reporters of the network who gave their consent; it goes live at its time (two
hours after loading) when ``manage.py publish_scheduled`` runs, in both languages, with its
photos downloadable."""

import datetime

from django.utils import timezone

from press.embargo import send_embargoed_releases
from press.models import PressReleasePage, PressReleasePhoto, Reporter

RELEASE = {
    "vi": {
        "title": "Hội nghị Người đứng đầu cơ quan công vụ ASEAN (ACCSM) thông qua Kế hoạch",
        "slug": "thong-cao-hoi-nghi-accsm",
        "summary": "Các trưởng đoàn ACCSM thống nhất ưu tiên hợp tác về chuyển đổi số trong "
        "nền công vụ và phát triển năng lực công chức.",
        "body": "<p>Bộ Nội vụ thông báo kết quả Hội nghị Người đứng đầu cơ quan công vụ các nước "
        "ASEAN. Đoàn Việt Nam do Lãnh đạo Bộ dẫn đầu đã tham dự và phát biểu.</p>",
        "caption": "Các trưởng đoàn chụp ảnh chung tại Hội nghị ACCSM",
        "alt": "Các trưởng đoàn đứng trước phông hội nghị",
    },
    "en": {
        "title": "ACCSM Heads' Meeting adopts its Work Plan",
        "slug": "release-accsm-heads-meeting",
        "summary": "The ACCSM heads of delegation agreed to give priority to cooperation on the "
        "digital transformation of the civil service and civil servants' capacity.",
        "body": "<p>The Ministry of Home Affairs announces the results of the Meeting of ASEAN "
        "Heads of Civil Service. Viet Nam's delegation, led by the Ministry's leadership, "
        "attended and spoke.</p>",
        "caption": "Heads of delegation at the ACCSM Meeting",
        "alt": "The heads of delegation standing before the meeting's backdrop",
    },
}
REPORTERS = [
    ("Nguyễn Minh Anh", "Báo Nhân Dân", "ASEAN, đối ngoại", "minhanh.demo@example.vn", "vi"),
    ("Trần Thu Hà", "Thông tấn xã Việt Nam", "ASEAN", "thuha.demo@example.vn", "en"),
]


def load_press_room(loader, press, events):
    event = events["accsm-heads-meeting"]
    image = loader.images.get("accsm-meeting")
    now = timezone.now()
    for name, outlet, beat, email, language in REPORTERS:
        Reporter.objects.get_or_create(
            email=email,
            defaults={
                "name": name,
                "outlet": outlet,
                "beat": beat,
                "languages": "Tiếng Việt, English",
                "language": language,
                "consent_at": now,
            },
        )
    if PressReleasePage.objects.child_of(press["vi"]).filter(slug=RELEASE["vi"]["slug"]).exists():
        return
    embargo = now.replace(second=0, microsecond=0) + datetime.timedelta(hours=2)
    text = RELEASE["vi"]
    release = PressReleasePage(
        title=text["title"],
        slug=text["slug"],
        locale=loader.locales["vi"],
        release_number="25/TC-BNV",
        release_date=now,
        embargo_until=embargo,
        summary=text["summary"],
        body=text["body"],
        lead_unit=loader.units["htqt"]["vi"],
        related_event=event["vi"],
        live=False,
    )
    if image:
        release.photos = [
            PressReleasePhoto(
                image=image, caption=text["caption"], alt_text=text["alt"], credit="Bộ Nội vụ"
            )
        ]
    press["vi"].add_child(instance=release)
    schedule(loader, release, embargo)
    # The English release: its translation, approved in turn.
    text = RELEASE["en"]
    english = release.copy_for_translation(loader.locales["en"])
    for field in ("title", "slug", "summary", "body"):
        setattr(english, field, text[field])
    english.lead_unit = loader.units["htqt"]["en"]
    english.related_event = event["en"]
    for photo in english.photos.all():
        photo.caption, photo.alt_text = text["caption"], text["alt"]
    schedule(loader, english, embargo)
    send_embargoed_releases()


def schedule(loader, release, embargo):
    release.embargo_until = embargo
    release.full_clean()  # the editor's form: the embargo is the scheduled time
    release.save()
    # Approved through the review chain: scheduled, not live until the embargo time.
    release.save_revision().publish()
    loader.log(f"Created press release “{release.title}” under embargo until {embargo}.")
