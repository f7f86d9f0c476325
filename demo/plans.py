"""Demo plans and yearly reports: Decision 1117/QĐ-BNV (2021-2025) with each unit's targets and
report deadlines, a draft plan for 2026-2030, and the yearly reports of two units with their
activities off the portal, so that the follow-up, the charts and the closing report have data.

Idempotent: plans are found by their title, reports by unit and year, activities by title.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from news.models import Theme
from reporting.annual import live_figures
from reporting.models import OffPortalActivity, Plan, PlanDeadline, PlanTarget, UnitAnnualReport
from workflows.models import Unit

# The ministry named by Decision 1117/QĐ-BNV (2021). The portfolio of information and the
# press moved to another ministry in 2025; the draft plan leaves the field for the ICD to set.
MINISTRY_2021 = "Bộ Thông tin và Truyền thông"
MINISTRY_2021_EN = "Ministry of Information and Communications"

PLANS = [
    {
        "title": "Kế hoạch tuyên truyền, quảng bá ASEAN của Bộ Nội vụ giai đoạn 2021-2025",
        "title_en": "Plan of the Ministry of Home Affairs to communicate and promote ASEAN, "
        "2021-2025",
        "status": Plan.ADOPTED,
        "decision_number": "1117/QĐ-BNV",
        "decision_date": datetime.date(2021, 10, 19),
        "start_year": 2021,
        "end_year": 2025,
        "receiving_ministry": MINISTRY_2021,
        "receiving_ministry_en": MINISTRY_2021_EN,
        # Reports on a year are due by 15 December of that year.
        "deadlines": {year: datetime.date(year, 12, 15) for year in range(2021, 2026)},
        # unit code: (news vi, news en, events, activities off the portal) per year
        "targets": {
            "htqt": (4, 3, 2, 2),
            "cchc": (2, 1, 1, 1),
            "ccvc": (1, 1, 1, 1),
            "ttth": (2, 2, 0, 1),
            "tctcnn": (1, 0, 0, 4),
        },
    },
    {
        "title": "Kế hoạch tuyên truyền, quảng bá ASEAN của Bộ Nội vụ giai đoạn 2026-2030 "
        "(dự thảo)",
        "title_en": "Plan of the Ministry of Home Affairs to communicate and promote ASEAN, "
        "2026-2030 (draft)",
        "status": Plan.DRAFT,
        "decision_number": "",
        "decision_date": None,
        "start_year": 2026,
        "end_year": 2030,
        "receiving_ministry": "Bộ Văn hóa, Thể thao và Du lịch",
        "receiving_ministry_en": "Ministry of Culture, Sports and Tourism",
        "deadlines": {2026: datetime.date(2026, 12, 15)},
        "targets": {"htqt": (6, 6, 3, 2), "cchc": (3, 2, 1, 1)},
    },
]

# (unit code, year, status, narrative, activities: (date, kind, title, participants, link))
REPORTS = [
    (
        "htqt",
        2024,
        UnitAnnualReport.ACCEPTED,
        {
            "progress": "Đăng đầy đủ tin về các hội nghị ACCSM trên Cổng, bằng hai thứ tiếng.",
            "results": "Tin song ngữ về Hội nghị Người đứng đầu cơ quan công vụ ASEAN.",
            "difficulties": "Thiếu biên dịch viên tiếng Anh chuyên ngành công vụ.",
            "proposals": "Tổ chức lớp bồi dưỡng biên dịch tin bài ASEAN cho các đơn vị.",
        },
        [
            (
                datetime.date(2024, 6, 12),
                OffPortalActivity.PRESS_RELEASE,
                "Thông cáo báo chí về Hội nghị ACCSM+3",
                None,
                "https://example.org/thong-cao/accsm-3-2024",
            ),
            (
                datetime.date(2024, 9, 24),
                OffPortalActivity.TRAINING,
                "Lớp tập huấn kỹ năng viết tin về ASEAN",
                45,
                "https://example.org/tap-huan/2024",
            ),
        ],
    ),
    (
        "cchc",
        2024,
        UnitAnnualReport.SUBMITTED,
        {
            "progress": "Cập nhật tin về đổi mới, sáng tạo trong cải cách hành chính.",
            "results": "Hai tin về chuyển đổi số trong nền công vụ.",
            "difficulties": "Ít sự kiện quốc tế trong năm.",
            "proposals": "Phối hợp với Vụ HTQT đưa tin về mô hình hay của các nước ASEAN.",
        },
        [
            (
                datetime.date(2024, 11, 5),
                OffPortalActivity.CONFERENCE,
                "Hội thảo chia sẻ kinh nghiệm cải cách hành chính các nước ASEAN",
                80,
                "https://example.org/hoi-thao/cchc-2024",
            ),
        ],
    ),
    (
        "htqt",
        2025,
        UnitAnnualReport.SUBMITTED,
        {
            "progress": "Hoàn thành các nhiệm vụ năm cuối của Kế hoạch.",
            "results": "Tin song ngữ về các hoạt động ACCSM và Năm Chủ tịch ASEAN của các nước.",
            "difficulties": "Tin tiếng Anh đăng chậm hơn tin tiếng Việt.",
            "proposals": "Ban hành Kế hoạch giai đoạn 2026-2030 với chỉ tiêu tin tiếng Anh.",
        },
        [
            (
                datetime.date(2025, 3, 18),
                OffPortalActivity.JOURNAL_ARTICLE,
                "Bài viết về ACCSM trên Tạp chí Tổ chức nhà nước (bản in)",
                None,
                "https://example.org/tap-chi/so-3-2025",
            ),
            (
                datetime.date(2025, 8, 20),
                OffPortalActivity.STUDY_VISIT,
                "Đoàn nghiên cứu, khảo sát về công vụ số tại Singapore",
                12,
                "https://example.org/khao-sat/2025",
            ),
        ],
    ),
]


@transaction.atomic
def load_plans(log=print):
    themes = list(Theme.objects.filter(locale__language_code="vi"))
    for data in PLANS:
        plan = Plan.objects.filter(title=data["title"]).first()
        if plan is None:
            plan = Plan(
                **{key: value for key, value in data.items() if key not in ("deadlines", "targets")}
            )
            plan.save()
            plan.themes.set(themes)
            log(f"Created the plan {plan}.")
        for year, date in data["deadlines"].items():
            PlanDeadline.objects.get_or_create(plan=plan, year=year, defaults={"date": date})
        for code, (news_vi, news_en, events, activities) in data["targets"].items():
            unit = Unit.objects.filter(code=code, locale__language_code="vi").first()
            if unit is None:
                continue
            PlanTarget.objects.get_or_create(
                plan=plan,
                unit=unit,
                defaults={
                    "news_vi_per_year": news_vi,
                    "news_en_per_year": news_en,
                    "events_per_year": events,
                    "activities_per_year": activities,
                },
            )


@transaction.atomic
def load_reports(log=print):
    submitter = get_user_model().objects.filter(username="icd").first()
    for code, year, status, narrative, activities in REPORTS:
        unit = Unit.objects.filter(code=code, locale__language_code="vi").first()
        if unit is None or UnitAnnualReport.objects.filter(unit=unit, year=year).exists():
            continue
        submitted_at = timezone.make_aware(datetime.datetime(year, 12, 10, 9, 0))
        report = UnitAnnualReport.objects.create(
            unit=unit,
            year=year,
            status=status,
            figures=live_figures(unit, year),
            submitted_at=submitted_at,
            submitted_by=unit.reviewers().first() or submitter,
            decided_at=submitted_at if status == UnitAnnualReport.ACCEPTED else None,
            decided_by=submitter if status == UnitAnnualReport.ACCEPTED else None,
            **narrative,
        )
        for date, kind, title, participants, link in activities:
            OffPortalActivity.objects.create(
                report=report,
                date=date,
                kind=kind,
                title=title,
                participants=participants,
                evidence_url=link,
            )
        log(f"Created the {year} report of {unit.code}.")
