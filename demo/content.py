"""Demo content of the ASEAN portal of the Ministry of Home Affairs, in Vietnamese and English.

Plain data, read by ``home.demo.loader``: units, themes, countries, fixed pages, news and
events. The texts are written for the demo; they quote only facts (names, numbers, dates) of
Decision No. 1117/QĐ-BNV of 19 October 2021 and describe generic, plausible activities. Event
dates are offsets in days from the day the demo is loaded; news dates are local times in
Asia/Ho_Chi_Minh.

Bodies are lists of ``(block_type, value)`` for ``home.blocks.BodyStreamBlock``.
"""

from __future__ import annotations

# Units ------------------------------------------------------------------------------------

UNITS = [
    {
        "code": "htqt",
        "parent": None,
        "website": "https://moha.gov.vn",
        "vi": {
            "name": "Vụ Hợp tác quốc tế",
            "short_name": "Vụ HTQT",
            "description": (
                "Đầu mối của Bộ Nội vụ trong Hợp tác ASEAN về các vấn đề công vụ (ACCSM); "
                "theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch tuyên truyền, quảng bá ASEAN "
                "và tổng hợp báo cáo kết quả hằng năm."
            ),
        },
        "en": {
            "name": "International Cooperation Department",
            "short_name": "ICD",
            "description": (
                "The Ministry's focal point for ASEAN Cooperation on Civil Service Matters "
                "(ACCSM); it follows up and urges the units' work under the ASEAN "
                "communication plan and compiles the yearly report on its results."
            ),
        },
    },
    {
        "code": "vp",
        "parent": None,
        "website": "https://moha.gov.vn",
        "vi": {
            "name": "Văn phòng Bộ",
            "short_name": "VPB",
            "description": (
                "Tham mưu, tổng hợp, điều phối các hoạt động chung của Bộ và bảo đảm điều "
                "kiện tổ chức các hội nghị, sự kiện đối ngoại."
            ),
        },
        "en": {
            "name": "Ministry Office",
            "short_name": "MO",
            "description": (
                "Advises on and coordinates the Ministry's general work and provides the "
                "practical arrangements for its meetings and international events."
            ),
        },
    },
    {
        "code": "ccvc",
        "parent": None,
        "website": "https://moha.gov.vn",
        "vi": {
            "name": "Vụ Công chức - Viên chức",
            "short_name": "Vụ CCVC",
            "description": (
                "Tham mưu chính sách quản lý đội ngũ công chức, viên chức; chủ trì các nội "
                "dung hợp tác ASEAN về phát triển nguồn nhân lực khu vực công."
            ),
        },
        "en": {
            "name": "Department of Civil Servants and Public Employees",
            "short_name": "DCSPE",
            "description": (
                "Advises on policy for managing civil servants and public employees and leads "
                "ASEAN cooperation on public sector human resource development."
            ),
        },
    },
    {
        "code": "cchc",
        "parent": None,
        "website": "https://caicachhanhchinh.gov.vn",
        "vi": {
            "name": "Vụ Cải cách hành chính",
            "short_name": "Vụ CCHC",
            "description": (
                "Tham mưu, theo dõi công tác cải cách hành chính; giới thiệu kinh nghiệm của "
                "các nước ASEAN về đổi mới, sáng tạo trong cung cấp dịch vụ công."
            ),
        },
        "en": {
            "name": "Department of Public Administration Reform",
            "short_name": "DPAR",
            "description": (
                "Advises on and monitors public administration reform and shares the "
                "experience of ASEAN countries in innovative public service delivery."
            ),
        },
    },
    {
        "code": "tcbc",
        "parent": None,
        "website": "https://moha.gov.vn",
        "vi": {
            "name": "Vụ Tổ chức - Biên chế",
            "short_name": "Vụ TCBC",
            "description": (
                "Tham mưu về tổ chức bộ máy, vị trí việc làm và biên chế; trao đổi kinh "
                "nghiệm với các nước ASEAN về tổ chức bộ máy hành chính nhà nước."
            ),
        },
        "en": {
            "name": "Department of Organisation and Staffing",
            "short_name": "DOS",
            "description": (
                "Advises on the organisation of the administration, job positions and "
                "staffing, and exchanges experience with ASEAN countries on how state "
                "administrations are organised."
            ),
        },
    },
    {
        "code": "ttth",
        "parent": None,
        "website": "https://moha.gov.vn",
        "vi": {
            "name": "Trung tâm Thông tin",
            "short_name": "Trung tâm TT",
            "description": (
                "Quản lý, vận hành Cổng Thông tin điện tử Bộ Nội vụ; đăng tải tin tức song "
                "ngữ Việt - Anh về ASEAN và các hoạt động ACCSM."
            ),
        },
        "en": {
            "name": "Information Centre",
            "short_name": "IC",
            "description": (
                "Runs the Ministry of Home Affairs web portal and publishes bilingual "
                "Vietnamese and English news on ASEAN and ACCSM activities."
            ),
        },
    },
    {
        "code": "tctcnn",
        "parent": None,
        "website": "https://tcnn.vn",
        "vi": {
            "name": "Tạp chí Tổ chức nhà nước",
            "short_name": "TCTCNN",
            "description": (
                "Cơ quan báo chí của Bộ Nội vụ; giới thiệu hợp tác ASEAN và nền công vụ các "
                "nước ASEAN trên ấn phẩm in và tạp chí điện tử."
            ),
        },
        "en": {
            "name": "State Organisation Journal",
            "short_name": "SOJ",
            "description": (
                "The Ministry's journal; it covers ASEAN cooperation and the civil services "
                "of ASEAN countries in print and online."
            ),
        },
    },
    {
        "code": "hvhcqg",
        "parent": None,
        "website": "https://napa.vn",
        "vi": {
            "name": "Học viện Hành chính Quốc gia",
            "short_name": "HVHCQG",
            "description": (
                "Cơ sở đào tạo, bồi dưỡng cán bộ, công chức; tổ chức các khóa học, hội thảo "
                "về Cộng đồng ASEAN và hợp tác công vụ trong khu vực."
            ),
        },
        "en": {
            "name": "National Academy of Public Administration",
            "short_name": "NAPA",
            "description": (
                "Trains officials and civil servants and runs courses and workshops on the "
                "ASEAN Community and regional civil service cooperation."
            ),
        },
    },
]

# Themes: the five content themes of the plan, in its order -------------------------------

THEMES = [
    {
        "key": 1,
        "vi": {
            "name": "Bản sắc ASEAN",
            "slug": "ban-sac-asean",
            "description": (
                "Bản sắc ASEAN và nhận thức của cán bộ, công chức, viên chức, người dân về "
                "Cộng đồng ASEAN."
            ),
        },
        "en": {
            "name": "ASEAN identity",
            "slug": "asean-identity",
            "description": (
                "ASEAN identity and awareness of the ASEAN Community among officials, civil "
                "servants and the public."
            ),
        },
    },
    {
        "key": 2,
        "vi": {
            "name": "Tương đồng và độc đáo văn hóa ASEAN",
            "slug": "tuong-dong-va-doc-dao-van-hoa-asean",
            "description": (
                "Những điểm chung và nét riêng về văn hóa, truyền thống, lịch sử, ngôn ngữ "
                "của các nước ASEAN."
            ),
        },
        "en": {
            "name": "Shared and distinctive ASEAN cultures",
            "slug": "shared-and-distinctive-asean-cultures",
            "description": (
                "What ASEAN nations have in common and what sets each apart in culture, "
                "tradition, history and language."
            ),
        },
    },
    {
        "key": 3,
        "vi": {
            "name": "Đất nước, con người Việt Nam",
            "slug": "dat-nuoc-con-nguoi-viet-nam",
            "description": (
                "Giới thiệu đất nước, con người Việt Nam, văn hóa ứng xử và những giá trị tốt "
                "đẹp của người Việt Nam."
            ),
        },
        "en": {
            "name": "Viet Nam: land and people",
            "slug": "viet-nam-land-and-people",
            "description": (
                "Viet Nam's land and people, and the conduct and values of Vietnamese people."
            ),
        },
    },
    {
        "key": 4,
        "vi": {
            "name": "Giá trị chung của Cộng đồng ASEAN",
            "slug": "gia-tri-chung-cua-cong-dong-asean",
            "description": (
                "Các giá trị chung của Cộng đồng ASEAN và của nền công vụ các nước ASEAN."
            ),
        },
        "en": {
            "name": "Common values of the ASEAN Community",
            "slug": "common-values-of-the-asean-community",
            "description": (
                "The values shared by the ASEAN Community and by the civil services of its "
                "member states."
            ),
        },
    },
    {
        "key": 5,
        "vi": {
            "name": "Đổi mới, sáng tạo của nền công vụ",
            "slug": "doi-moi-sang-tao-cua-nen-cong-vu",
            "description": (
                "Đổi mới, sáng tạo trong xây dựng chính sách, cung cấp dịch vụ công và thu hút "
                "sự tham gia của người dân."
            ),
        },
        "en": {
            "name": "Civil service innovation",
            "slug": "civil-service-innovation",
            "description": (
                "Innovation in policy making, public service delivery and citizen participation."
            ),
        },
    },
]

# Countries: the ASEAN member states and the ACCSM+3 partners ----------------------------

COUNTRIES = [
    {"iso": "BN", "asean": True, "vi": "Bru-nây Đa-rút-xa-lam", "en": "Brunei Darussalam"},
    {"iso": "KH", "asean": True, "vi": "Cam-pu-chia", "en": "Cambodia"},
    {"iso": "ID", "asean": True, "vi": "In-đô-nê-xi-a", "en": "Indonesia"},
    {"iso": "LA", "asean": True, "vi": "Lào", "en": "Lao PDR"},
    {"iso": "MY", "asean": True, "vi": "Ma-lai-xi-a", "en": "Malaysia"},
    {"iso": "MM", "asean": True, "vi": "Mi-an-ma", "en": "Myanmar"},
    {"iso": "PH", "asean": True, "vi": "Phi-líp-pin", "en": "Philippines"},
    {"iso": "SG", "asean": True, "vi": "Xin-ga-po", "en": "Singapore"},
    {"iso": "TH", "asean": True, "vi": "Thái Lan", "en": "Thailand"},
    {"iso": "TL", "asean": True, "vi": "Timor-Leste", "en": "Timor-Leste"},
    {"iso": "VN", "asean": True, "vi": "Việt Nam", "en": "Viet Nam"},
    {"iso": "CN", "asean": False, "vi": "Trung Quốc", "en": "China"},
    {"iso": "JP", "asean": False, "vi": "Nhật Bản", "en": "Japan"},
    {"iso": "KR", "asean": False, "vi": "Hàn Quốc", "en": "Republic of Korea"},
]

# Fixed pages -------------------------------------------------------------------------------

STANDARD_PAGES = [
    {
        "key": "about-plan",
        "show_in_menus": True,
        "vi": {
            "title": "Giới thiệu Kế hoạch tuyên truyền, quảng bá ASEAN 2021-2025",
            "slug": "gioi-thieu-ke-hoach-tuyen-truyen-quang-ba-asean-2021-2025",
            "introduction": (
                "Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2021-2025 của Bộ Nội vụ được "
                "ban hành kèm theo Quyết định số 1117/QĐ-BNV ngày 19/10/2021. Trang này tóm "
                "tắt mục tiêu, nội dung và cách thức tổ chức thực hiện Kế hoạch."
            ),
            "body": [
                ("heading", {"text": "Mục tiêu", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Thông qua Kế hoạch, Chương trình hành động của Chính phủ về tuyên truyền, "
                    "quảng bá ASEAN được cụ thể hóa thành nhiệm vụ của ngành Nội vụ. Trọng tâm "
                    "là giúp cán bộ, công chức, viên chức và người lao động của Bộ hiểu đúng, "
                    "hiểu đủ về Cộng đồng ASEAN để chủ động tham gia và thụ hưởng thành "
                    "quả của hội nhập khu vực. Kế hoạch đồng thời góp phần khẳng định vai trò, "
                    "dấu ấn của Việt "
                    "Nam trong Hợp tác ASEAN về các vấn đề công vụ (ACCSM).</p>",
                ),
                ("heading", {"text": "Năm nhóm nội dung", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Mọi tin bài, sự kiện trên Cổng thông tin được gắn với một hoặc nhiều "
                    "nhóm nội dung sau:</p><ol><li><b>Bản sắc ASEAN</b> và nhận thức về Cộng "
                    "đồng ASEAN;</li><li><b>Tương đồng và độc đáo</b> về văn hóa, truyền "
                    "thống, lịch sử, ngôn ngữ giữa các nước ASEAN;</li><li><b>Đất nước, con "
                    "người Việt Nam</b>, văn hóa ứng xử và những giá trị tốt đẹp của người "
                    "Việt;</li><li><b>Giá trị chung</b> của Cộng đồng ASEAN và nền công vụ các "
                    "nước ASEAN;</li><li><b>Đổi mới, sáng tạo</b> của nền công vụ trong xây "
                    "dựng chính sách, cung cấp dịch vụ công và thu hút người dân tham "
                    "gia.</li></ol>",
                ),
                ("heading", {"text": "Tổ chức thực hiện", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Mỗi hoạt động có một đơn vị chủ trì và có thể có nhiều đơn vị phối hợp. "
                    "Thủ trưởng đơn vị chủ trì chỉ đạo triển khai và duyệt nội dung của đơn vị "
                    "trước khi đăng tải; hằng năm, các đơn vị báo cáo tiến độ, kết quả về Vụ "
                    "Hợp tác quốc tế. Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc, tổng hợp "
                    "báo cáo, kiến nghị Lãnh đạo Bộ những giải pháp phù hợp.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Tư duy Cộng đồng, Hành động Cộng đồng",
                        "attribution": "Kế hoạch 1117/QĐ-BNV",
                    },
                ),
            ],
        },
        "en": {
            "title": "About the 2021-2025 ASEAN communication plan",
            "slug": "about-the-2021-2025-asean-communication-plan",
            "introduction": (
                "The Ministry of Home Affairs' plan to communicate and promote ASEAN for "
                "2021-2025 was issued with Decision No. 1117/QĐ-BNV of 19 October 2021. This "
                "page sums up its aims, its content and how it is carried out."
            ),
            "body": [
                ("heading", {"text": "Aims", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The plan is how the Ministry of Home Affairs puts the Government's "
                    "action programme on communicating and promoting ASEAN into practice in its "
                    "own sector. Its focus is to give the Ministry's officials, civil servants, "
                    "public employees and staff a sound understanding of the ASEAN Community, "
                    "so that they can contribute to and benefit from regional integration. It "
                    "also helps to show Viet Nam's role and contribution in ASEAN Cooperation on "
                    "Civil Service Matters (ACCSM).</p>",
                ),
                ("heading", {"text": "Five content themes", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Every news item and event on the portal carries one or more of these "
                    "themes:</p><ol><li><b>ASEAN identity</b> and awareness of the ASEAN "
                    "Community;</li><li><b>What ASEAN nations share and what makes each "
                    "distinct</b> in culture, tradition, history and language;</li><li><b>Viet "
                    "Nam, its land and people</b>, and the conduct and values of Vietnamese "
                    "people;</li><li><b>Common values</b> of the ASEAN Community and of ASEAN "
                    "civil services;</li><li><b>Innovation</b> in the civil service: policy "
                    "making, public service delivery and citizen participation.</li></ol>",
                ),
                ("heading", {"text": "Who does what", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Each activity has one lead unit and may have several coordinating "
                    "units. The head of the lead unit directs the work and approves the unit's "
                    "content before it is published; every year, each unit reports its progress "
                    "and results to the International Cooperation Department. That department "
                    "is the focal point: it follows up, urges, compiles the report and proposes "
                    "any necessary measures to the Ministry's leadership.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Think Community, Act Community",
                        "attribution": "Plan 1117/QĐ-BNV",
                    },
                ),
            ],
        },
    },
    {
        "key": "about-accsm",
        "show_in_menus": True,
        "vi": {
            "title": "Giới thiệu Hợp tác ASEAN về các vấn đề công vụ (ACCSM)",
            "slug": "gioi-thieu-hop-tac-asean-ve-cac-van-de-cong-vu-accsm",
            "introduction": (
                "ACCSM là cơ chế hợp tác của các nước ASEAN về các vấn đề công vụ, trong đó Bộ "
                "Nội vụ là cơ quan đầu mối của Việt Nam."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Hợp tác ASEAN về các vấn đề công vụ (ACCSM) là diễn đàn để các cơ quan "
                    "quản lý công vụ trong khu vực chia sẻ kinh nghiệm, cùng xây dựng nền công "
                    "vụ chuyên nghiệp, hiệu quả và phục vụ người dân. Các hoạt động thường niên "
                    "gồm hội nghị người đứng đầu cơ quan công vụ, hội thảo, khóa tập huấn và "
                    "đoàn nghiên cứu, khảo sát.</p>",
                ),
                ("heading", {"text": "ACCSM và ACCSM+3", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Tham gia ACCSM là các nước thành viên ASEAN: Bru-nây Đa-rút-xa-lam, "
                    "Cam-pu-chia, In-đô-nê-xi-a, Lào, Ma-lai-xi-a, Mi-an-ma, Phi-líp-pin, "
                    "Xin-ga-po, Thái Lan, Timor-Leste và Việt Nam. Trong khuôn khổ ACCSM+3, các "
                    "nước ASEAN hợp tác thêm với ba đối tác là Trung Quốc, Nhật Bản và Hàn "
                    "Quốc.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Vai trò của Bộ Nội vụ",
                        "text": "<p>Bộ Nội vụ là đầu mối của Việt Nam trong ACCSM. Vụ Hợp tác "
                        "quốc tế điều phối việc tham gia các hoạt động; Trung tâm Thông tin và "
                        "Tạp chí Tổ chức nhà nước đưa tin về nội dung, kết quả từng hoạt "
                        "động.</p>",
                    },
                ),
            ],
        },
        "en": {
            "title": "About ASEAN Cooperation on Civil Service Matters (ACCSM)",
            "slug": "about-asean-cooperation-on-civil-service-matters-accsm",
            "introduction": (
                "ACCSM is the mechanism through which ASEAN countries cooperate on civil "
                "service matters; the Ministry of Home Affairs is Viet Nam's focal point."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>ASEAN Cooperation on Civil Service Matters (ACCSM) is a forum where the "
                    "civil service agencies of the region share experience and work together "
                    "towards professional and effective civil services that serve the public. "
                    "Its regular activities include meetings of the heads of civil service, "
                    "workshops, training courses and study visits.</p>",
                ),
                ("heading", {"text": "ACCSM and ACCSM+3", "level": "h2"}),
                (
                    "paragraph",
                    "<p>ACCSM brings together the ASEAN member states: Brunei Darussalam, "
                    "Cambodia, Indonesia, Lao PDR, Malaysia, Myanmar, the Philippines, "
                    "Singapore, Thailand, Timor-Leste and Viet Nam. Under ACCSM+3, ASEAN "
                    "countries also cooperate with three partners: China, Japan and the "
                    "Republic of Korea.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "The Ministry's role",
                        "text": "<p>The Ministry of Home Affairs is Viet Nam's focal point for "
                        "ACCSM. The International Cooperation Department coordinates Viet Nam's "
                        "participation; the Information Centre and the State Organisation "
                        "Journal report on the content and results of each activity.</p>",
                    },
                ),
            ],
        },
    },
    {
        "key": "contact",
        "show_in_menus": False,
        "vi": {
            "title": "Liên hệ",
            "slug": "lien-he",
            "introduction": (
                "Thông tin liên hệ của Ban biên tập Cổng thông tin ASEAN và đầu mối hợp tác "
                "ASEAN của Bộ Nội vụ."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Bạn đọc có thể gửi câu hỏi, góp ý về nội dung của Cổng thông tin tới Ban "
                    "biên tập. Các đề nghị liên quan đến hoạt động ACCSM xin gửi Vụ Hợp tác quốc "
                    "tế, đơn vị đầu mối của Bộ Nội vụ.</p>",
                ),
                ("heading", {"text": "Dành cho cơ quan báo chí", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Phóng viên theo dõi mảng ASEAN có thể nhận tin qua nguồn cấp tin và lịch "
                    "sự kiện của Cổng thông tin. Mọi phản hồi của mạng lưới phóng viên chuyên "
                    "trách ASEAN đều được Ban biên tập tiếp nhận và chuyển tới đơn vị chủ trì "
                    "để xử lý.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Địa chỉ liên hệ",
                        "text": "<ul><li>Ban biên tập Cổng thông tin: "
                        "<b>bbt.asean@example.org</b></li><li>Vụ Hợp tác quốc tế, Bộ Nội vụ: "
                        "<b>htqt.asean@example.org</b></li><li>Thông tin dành cho báo chí: "
                        "<b>baochi.asean@example.org</b></li></ul>",
                    },
                ),
            ],
        },
        "en": {
            "title": "Contact",
            "slug": "contact",
            "introduction": (
                "How to reach the editorial board of the ASEAN portal and the Ministry of Home "
                "Affairs' focal point for ASEAN cooperation."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Readers may send questions and comments on the portal's content to the "
                    "editorial board. Requests about ACCSM activities should go to the "
                    "International Cooperation Department, the Ministry's focal point.</p>",
                ),
                ("heading", {"text": "For the press", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Journalists covering ASEAN can follow the portal through its news feeds "
                    "and events calendar. Feedback from the network of ASEAN-desk reporters is "
                    "received by the editorial board and passed on to the lead unit "
                    "concerned.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Contact addresses",
                        "text": "<ul><li>Portal editorial board: "
                        "<b>bbt.asean@example.org</b></li><li>International Cooperation "
                        "Department, Ministry of Home Affairs: "
                        "<b>htqt.asean@example.org</b></li><li>Press enquiries: "
                        "<b>baochi.asean@example.org</b></li></ul>",
                    },
                ),
            ],
        },
    },
    {
        "key": "accessibility",
        "show_in_menus": False,
        "vi": {
            "title": "Tuyên bố về khả năng tiếp cận",
            "slug": "tuyen-bo-ve-kha-nang-tiep-can",
            "introduction": (
                "Bộ Nội vụ mong muốn mọi người, kể cả người khuyết tật, đều có thể đọc và sử "
                "dụng Cổng thông tin ASEAN một cách thuận tiện."
            ),
            "body": [
                ("heading", {"text": "Tiêu chuẩn áp dụng", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Cổng thông tin được xây dựng để đáp ứng mức AA của Hướng dẫn về khả năng "
                    "tiếp cận nội dung web (WCAG) 2.1, theo yêu cầu đối với cổng thông tin điện "
                    "tử của cơ quan nhà nước tại Thông tư số 26/2020/TT-BTTTT của Bộ Thông tin "
                    "và Truyền thông.</p>",
                ),
                ("heading", {"text": "Chúng tôi đã kiểm tra những gì", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Mọi loại trang công khai (trang chủ, tin tức, sự kiện và lịch sự "
                    "kiện, trang giới thiệu, trang báo chí, mẫu góp ý kể cả khi nhập sai, tìm "
                    "kiếm, trang không tìm thấy, đăng ký nhận tin) bằng cả tiếng Việt và tiếng "
                    "Anh, ở độ rộng màn hình điện thoại (320 điểm ảnh) và máy tính (1280 điểm "
                    "ảnh).</li><li>Kiểm tra tự động bằng công cụ axe-core với toàn bộ tiêu chí "
                    "mức A và AA của WCAG 2.0 và 2.1: không có lỗi.</li><li>Kiểm tra mã HTML "
                    "bằng công cụ Nu HTML Checker của W3C: không có lỗi.</li><li>Kiểm tra bằng "
                    "bàn phím: có liên kết bỏ qua đến nội dung chính, mọi liên kết, nút và ô "
                    "nhập liệu đều dùng được bằng bàn phím và hiển thị rõ khi được "
                    "chọn.</li><li>Mỗi trang liên kết tới bản dịch của mình; hình ảnh có văn bản "
                    "thay thế.</li></ul><p>Các kiểm tra tự động chạy lại mỗi khi phần mềm của "
                    "cổng thay đổi. Biên tập viên được công cụ kiểm tra khả năng tiếp cận của "
                    "hệ thống quản trị nhắc lỗi ngay khi xem trước bài viết.</p>",
                ),
                ("heading", {"text": "Những hạn chế đã biết", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Một số tài liệu PDF đính kèm là bản quét, chưa đọc được bằng phần "
                    "mềm đọc màn hình; chúng tôi cung cấp bản văn bản khi được yêu "
                    "cầu.</li><li>Video nhúng từ dịch vụ bên ngoài có thể chưa có phụ "
                    "đề.</li><li>Kiểm tra tự động không phát hiện được mọi vấn đề; chúng tôi "
                    "chưa thử nghiệm với người dùng khuyết tật.</li></ul>",
                ),
                ("heading", {"text": "Báo cho chúng tôi một vấn đề", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Nếu gặp khó khăn khi truy cập một nội dung nào đó, xin vui lòng báo cho "
                    "Ban biên tập qua thư điện tử <b>asean-portal@example.org</b>, số điện "
                    "thoại ghi ở chân trang, hoặc mẫu góp ý trên trang Báo chí. Xin cho biết "
                    "địa chỉ trang, vấn đề gặp phải và thiết bị, phần mềm đang dùng.</p><p>Chúng "
                    "tôi trả lời trong vòng 5 ngày làm việc và cung cấp thông tin theo hình "
                    "thức phù hợp trong thời gian khắc phục sự cố.</p>",
                ),
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "slug": "accessibility-statement",
            "introduction": (
                "The Ministry of Home Affairs wants everyone, including people with "
                "disabilities, to be able to read and use the ASEAN portal with ease."
            ),
            "body": [
                ("heading", {"text": "The standard we follow", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The portal is built to meet level AA of the Web Content Accessibility "
                    "Guidelines (WCAG) 2.1, as Circular No. 26/2020/TT-BTTTT of the Ministry of "
                    "Information and Communications requires of state agencies' portals.</p>",
                ),
                ("heading", {"text": "What we tested", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Every kind of public page (home, news, events and the events "
                    "calendar, information pages, the press page, the feedback form including "
                    "its error messages, search, the page-not-found page, alert sign-up) in "
                    "Vietnamese and English, at a phone's width (320 pixels) and a computer's "
                    "(1280 pixels).</li><li>Automated checks with axe-core against all WCAG 2.0 "
                    "and 2.1 level A and AA rules: no failures.</li><li>HTML checked with the "
                    "W3C's Nu HTML Checker: no errors.</li><li>Keyboard checks: a skip link "
                    "leads to the main content, and every link, button and form field can be "
                    "used with a keyboard and shows clearly when it has focus.</li><li>Every "
                    "page links to its translation; images have alternative text.</li></ul><p>"
                    "The automated checks run again whenever the portal's software changes. "
                    "Editors are warned by the admin's accessibility checker when they preview "
                    "an article.</p>",
                ),
                ("heading", {"text": "Known limitations", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Some attached PDF documents are scans that screen readers cannot "
                    "read; we provide a text version on request.</li><li>Videos embedded from "
                    "outside services may lack captions.</li><li>Automated checks cannot find "
                    "every problem, and we have not yet tested with disabled users.</li></ul>",
                ),
                ("heading", {"text": "Report a problem", "level": "h2"}),
                (
                    "paragraph",
                    "<p>If you have difficulty using any part of the portal, please tell the "
                    "editorial board by e-mail at <b>asean-portal@example.org</b>, by telephone "
                    "at the number in the footer, or through the feedback form on the Press "
                    "page. Please say which page, what went wrong and which device and software "
                    "you use.</p><p>We reply within 5 working days, and provide the information "
                    "in a suitable format while the problem is being fixed.</p>",
                ),
            ],
        },
    },
]

# News ----------------------------------------------------------------------------------------

NEWS = [
    {
        "key": "plan-1117",
        "date": "2021-10-19T09:00",
        "image": "plan",
        "themes": [1, 2, 3, 4, 5],
        "lead_unit": "htqt",
        "coordinating_units": ["ttth", "tctcnn"],
        "related_event": None,
        "tags": ["ASEAN", "ACCSM", "1117/QĐ-BNV"],
        "vi": {
            "title": "Bộ Nội vụ ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2021-2025",
            "slug": "bo-noi-vu-ban-hanh-ke-hoach-tuyen-truyen-quang-ba-asean-giai-doan-2021-2025",
            "summary": (
                "Với Quyết định số 1117/QĐ-BNV ngày 19/10/2021, Bộ Nội vụ có kế hoạch riêng về "
                "tuyên truyền, quảng bá ASEAN cho giai đoạn 2021-2025, gồm năm nhóm nội dung "
                "trọng tâm và sự phân công rõ ràng giữa các đơn vị."
            ),
            "byline": "Phóng viên Trung tâm Thông tin",
            "source": "",
            "image_alt": (
                "Hình minh họa trừu tượng: các vòng tròn đồng tâm màu vàng, đỏ và trắng trên nền "
                "xanh lam đậm"
            ),
            "image_caption": "Kế hoạch được ban hành kèm theo Quyết định số 1117/QĐ-BNV.",
            "body": [
                (
                    "paragraph",
                    "<p>Kế hoạch cụ thể hóa Chương trình hành động của Chính phủ về tuyên "
                    "truyền, quảng bá ASEAN trong các cơ quan, đơn vị của Bộ Nội vụ. Mục đích là "
                    "nâng cao hiểu biết của cán bộ, công chức, viên chức và người lao động về "
                    "Cộng đồng ASEAN, để mỗi người chủ động tham gia và thụ hưởng thành quả hội "
                    "nhập. Qua đó, Bộ cũng hướng tới khẳng định dấu ấn của Việt Nam trong Hợp "
                    "tác ASEAN về các vấn đề công vụ (ACCSM), cơ chế mà Bộ là đầu mối.</p>",
                ),
                ("heading", {"text": "Năm nhóm nội dung tuyên truyền", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Nội dung tuyên truyền được chia thành năm nhóm. Đây cũng là căn cứ để "
                    "phân loại tin bài trên Cổng thông tin:</p><ol><li>Bản sắc ASEAN và nhận "
                    "thức về Cộng đồng ASEAN;</li><li>Nét tương đồng và độc đáo về văn hóa, "
                    "truyền thống, lịch sử, ngôn ngữ giữa các nước ASEAN;</li><li>Đất nước, con "
                    "người Việt Nam, văn hóa ứng xử và giá trị tốt đẹp của người Việt "
                    "Nam;</li><li>Giá trị chung của Cộng đồng ASEAN và nền công vụ các nước "
                    "ASEAN;</li><li>Đổi mới, sáng tạo của nền công vụ trong xây dựng chính sách, "
                    "cung cấp dịch vụ công và thu hút sự tham gia của người dân.</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>Thủ trưởng các đơn vị thuộc, trực thuộc Bộ chịu trách nhiệm chỉ đạo phần "
                    "việc của đơn vị mình và duyệt nội dung trước khi đăng tải. Hằng năm, các "
                    "đơn vị gửi báo cáo tiến độ, kết quả về Vụ Hợp tác quốc tế. Vụ Hợp tác quốc "
                    "tế là đầu mối theo dõi, đôn đốc, tổng hợp báo cáo chung và kiến nghị Lãnh "
                    "đạo Bộ những giải pháp giúp Kế hoạch đạt hiệu quả.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Tư duy Cộng đồng, Hành động Cộng đồng",
                        "attribution": "Kế hoạch 1117/QĐ-BNV",
                    },
                ),
            ],
        },
        "en": {
            "title": "Ministry of Home Affairs issues its ASEAN communication plan for 2021-2025",
            "slug": "ministry-of-home-affairs-issues-its-asean-communication-plan-for-2021-2025",
            "summary": (
                "With Decision No. 1117/QĐ-BNV of 19 October 2021, the Ministry of Home Affairs "
                "has its own plan to communicate and promote ASEAN for 2021-2025, built around "
                "five content themes and a clear division of tasks among its units."
            ),
            "byline": "Information Centre reporter",
            "source": "",
            "image_alt": (
                "Abstract illustration: concentric yellow, red and white rings on a deep blue "
                "background"
            ),
            "image_caption": "The plan was issued with Decision No. 1117/QĐ-BNV.",
            "body": [
                (
                    "paragraph",
                    "<p>The plan turns the Government's action programme on communicating and "
                    "promoting ASEAN into concrete tasks for the agencies and units of the "
                    "Ministry of Home Affairs. Its purpose is to deepen the understanding of the "
                    "ASEAN Community among officials, civil servants, public employees and "
                    "staff, so that each of them can take an active part in, and benefit from, "
                    "regional integration. The Ministry also aims to make Viet Nam's mark in "
                    "ASEAN Cooperation on Civil Service Matters (ACCSM), for which it is the "
                    "focal point.</p>",
                ),
                ("heading", {"text": "Five content themes", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The content to be communicated falls into five themes. They are also "
                    "used to classify the news published on the portal:</p><ol><li>ASEAN "
                    "identity and awareness of the ASEAN Community;</li><li>What ASEAN nations "
                    "share and what makes each distinct in culture, tradition, history and "
                    "language;</li><li>Viet Nam, its land and people, and the conduct and values "
                    "of Vietnamese people;</li><li>Common values of the ASEAN Community and of "
                    "ASEAN civil services;</li><li>Innovation in the civil service: policy "
                    "making, public service delivery and citizen participation.</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>The heads of the Ministry's units are responsible for directing their "
                    "unit's share of the work and for approving its content before publication. "
                    "Every year, the units send a report on their progress and results to the "
                    "International Cooperation Department. As the focal point, the department "
                    "follows up, urges, compiles the overall report and proposes to the "
                    "Ministry's leadership the measures needed to carry out the plan "
                    "effectively.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Think Community, Act Community",
                        "attribution": "Plan 1117/QĐ-BNV",
                    },
                ),
            ],
        },
    },
    {
        "key": "bilingual-asean-section",
        "date": "2021-12-06T10:00",
        "image": "digital",
        "themes": [1, 4],
        "lead_unit": "ttth",
        "coordinating_units": ["htqt"],
        "related_event": None,
        "tags": ["ASEAN", "ACCSM"],
        "vi": {
            "title": "Cổng Thông tin điện tử Bộ Nội vụ mở chuyên mục song ngữ về ASEAN",
            "slug": "cong-thong-tin-dien-tu-bo-noi-vu-mo-chuyen-muc-song-ngu-ve-asean",
            "summary": (
                "Thực hiện Kế hoạch tuyên truyền, quảng bá ASEAN, Trung tâm Thông tin ra mắt "
                "chuyên mục song ngữ Việt - Anh, cập nhật thường xuyên các hoạt động ASEAN và "
                "ACCSM của Bộ Nội vụ."
            ),
            "byline": "Phóng viên Trung tâm Thông tin",
            "source": "",
            "image_alt": (
                "Hình minh họa: các đường mạch điện tử màu xanh lơ và trắng, nối với những điểm "
                "tròn màu vàng, trên nền xanh thẫm"
            ),
            "image_caption": "Chuyên mục ASEAN có phiên bản tiếng Việt và tiếng Anh.",
            "body": [
                (
                    "paragraph",
                    "<p>Chuyên mục mới tập hợp tin tức, sự kiện về hợp tác ASEAN của Bộ Nội vụ, "
                    "trong đó các hoạt động ACCSM được ưu tiên cập nhật. Mỗi tin bài được đăng "
                    "song song bằng tiếng Việt và tiếng Anh để phục vụ cả bạn đọc trong nước và "
                    "bạn bè quốc tế.</p>",
                ),
                (
                    "paragraph",
                    "<p>Phóng viên, biên tập viên của các đơn vị trực tiếp soạn tin bài; thủ "
                    "trưởng đơn vị chủ trì duyệt nội dung trước khi Ban biên tập kiểm tra lần "
                    "cuối. Cách làm này giúp thông tin được đăng tải kịp thời nhưng vẫn bảo đảm "
                    "chính xác.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Chuyên mục có gì?",
                        "text": "<ul><li>Tin tức theo năm nhóm nội dung của Kế "
                        "hoạch;</li><li>Lịch các sự kiện ACCSM và ACCSM+3;</li><li>Nguồn cấp tin "
                        "dành cho cơ quan báo chí.</li></ul>",
                    },
                ),
            ],
        },
        "en": {
            "title": "Ministry of Home Affairs portal opens a bilingual ASEAN section",
            "slug": "ministry-of-home-affairs-portal-opens-a-bilingual-asean-section",
            "summary": (
                "Under the ASEAN communication plan, the Information Centre has launched a "
                "Vietnamese and English section that regularly reports on the Ministry's ASEAN "
                "and ACCSM activities."
            ),
            "byline": "Information Centre reporter",
            "source": "",
            "image_alt": (
                "Illustration: cyan and white circuit lines joined to yellow dots on a dark teal "
                "background"
            ),
            "image_caption": "The ASEAN section is available in Vietnamese and English.",
            "body": [
                (
                    "paragraph",
                    "<p>The new section brings together news and events of the Ministry's ASEAN "
                    "cooperation, with priority given to ACCSM activities. Each item is "
                    "published in both Vietnamese and English to serve readers at home and "
                    "abroad.</p>",
                ),
                (
                    "paragraph",
                    "<p>Journalists and editors in the units write the items themselves; the "
                    "head of the lead unit approves the content before the editorial board "
                    "makes a final check. This keeps information timely while making sure it "
                    "is accurate.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "What the section offers",
                        "text": "<ul><li>News under the plan's five content "
                        "themes;</li><li>A calendar of ACCSM and ACCSM+3 events;</li><li>News "
                        "feeds for press agencies.</li></ul>",
                    },
                ),
            ],
        },
    },
    {
        "key": "journal-asean-column",
        "date": "2022-03-15T08:30",
        "image": None,
        "themes": [4, 5],
        "lead_unit": "tctcnn",
        "coordinating_units": ["htqt"],
        "related_event": None,
        "tags": ["ASEAN", "ACCSM"],
        "vi": {
            "title": "Tạp chí Tổ chức nhà nước ra mắt chuyên mục về nền công vụ các nước ASEAN",
            "slug": "tap-chi-to-chuc-nha-nuoc-ra-mat-chuyen-muc-ve-nen-cong-vu-cac-nuoc-asean",
            "summary": (
                "Chuyên mục mới của Tạp chí giới thiệu mô hình quản lý, chính sách nhân sự và "
                "các sáng kiến cải cách của nền công vụ các nước trong khu vực."
            ),
            "byline": "",
            "source": "Tạp chí Tổ chức nhà nước",
            "image_alt": "",
            "image_caption": "",
            "body": [
                (
                    "paragraph",
                    "<p>Chuyên mục được xuất bản định kỳ trên cả ấn phẩm in và tạp chí điện tử. "
                    "Các bài viết do nhà nghiên cứu, giảng viên và công chức có kinh nghiệm hợp "
                    "tác quốc tế thực hiện, tập trung vào những vấn đề thiết thực đối với công "
                    "tác quản lý cán bộ, công chức ở Việt Nam.</p>",
                ),
                (
                    "paragraph",
                    "<p>Bên cạnh các bài phân tích, chuyên mục dành dung lượng cho những mô hình "
                    "hay trong cung cấp dịch vụ công. Tòa soạn mong nhận được bài viết, ý kiến "
                    "trao đổi của bạn đọc, nhất là từ các đơn vị đã tham gia hoạt động "
                    "ACCSM.</p>",
                ),
            ],
        },
        "en": {
            "title": "State Organisation Journal launches a column on ASEAN civil services",
            "slug": "state-organisation-journal-launches-a-column-on-asean-civil-services",
            "summary": (
                "The Journal's new column presents the management models, human resource "
                "policies and reform initiatives of civil services across the region."
            ),
            "byline": "",
            "source": "State Organisation Journal",
            "image_alt": "",
            "image_caption": "",
            "body": [
                (
                    "paragraph",
                    "<p>The column appears regularly in both the printed and the online "
                    "editions. Its articles are written by researchers, lecturers and civil "
                    "servants with experience of international cooperation, and focus on "
                    "questions of practical use for managing officials and civil servants in "
                    "Viet Nam.</p>",
                ),
                (
                    "paragraph",
                    "<p>Alongside analysis, the column gives space to good practice in public "
                    "service delivery. The editors welcome articles and comments from readers, "
                    "especially from units that have taken part in ACCSM activities.</p>",
                ),
            ],
        },
    },
    {
        "key": "southeast-asian-cultures-series",
        "date": "2022-06-20T15:00",
        "image": "culture",
        "themes": [2],
        "lead_unit": "ttth",
        "coordinating_units": ["tctcnn"],
        "related_event": None,
        "tags": ["ASEAN"],
        "vi": {
            "title": "Loạt bài về nét tương đồng và độc đáo trong văn hóa các nước Đông Nam Á",
            "slug": "loat-bai-ve-net-tuong-dong-va-doc-dao-trong-van-hoa-cac-nuoc-dong-nam-a",
            "summary": (
                "Trung tâm Thông tin giới thiệu loạt bài về lễ hội, ẩm thực, trang phục và "
                "ngôn ngữ của các nước Đông Nam Á, giúp bạn đọc hiểu hơn về những người láng "
                "giềng trong Cộng đồng ASEAN."
            ),
            "byline": "Phóng viên Trung tâm Thông tin",
            "source": "",
            "image_alt": "Hình minh họa: những bông hoa sáu cánh màu vàng và trắng trên nền đỏ",
            "image_caption": "Trang phục truyền thống là một chủ đề của loạt bài.",
            "body": [
                (
                    "paragraph",
                    "<p>Mỗi kỳ của loạt bài chọn một chủ đề gần gũi với đời sống như lễ hội "
                    "truyền thống, món ăn, trang phục hay cách chào hỏi. Qua đó, bạn đọc thấy "
                    "được những điểm chung trong đời sống của cư dân khu vực và cả những nét riêng "
                    "làm nên bản sắc của từng dân tộc.</p>",
                ),
                ("heading", {"text": "Hiểu nhau để hợp tác tốt hơn", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Loạt bài hướng tới đối tượng chính là cán bộ, công chức thường xuyên làm "
                    "việc với đối tác ASEAN. Hiểu phong tục, tập quán của bạn bè trong khu vực "
                    "giúp công việc đối ngoại diễn ra thuận lợi và thân thiện hơn.</p>",
                ),
            ],
        },
        "en": {
            "title": "A series on the shared and distinctive cultures of Southeast Asia",
            "slug": "a-series-on-the-shared-and-distinctive-cultures-of-southeast-asia",
            "summary": (
                "The Information Centre presents a series on the festivals, food, dress and "
                "languages of Southeast Asian countries, to help readers know their neighbours "
                "in the ASEAN Community better."
            ),
            "byline": "Information Centre reporter",
            "source": "",
            "image_alt": "Illustration: six-petalled yellow and white flowers on a red background",
            "image_caption": "Traditional dress is one of the topics of the series.",
            "body": [
                (
                    "paragraph",
                    "<p>Each instalment of the series takes a topic close to everyday life, such "
                    "as traditional festivals, food, dress or ways of greeting. Readers discover "
                    "what the peoples of the region have in common in daily life, as well as the "
                    "features that give each nation its own identity.</p>",
                ),
                (
                    "heading",
                    {"text": "Understanding each other to work better together", "level": "h2"},
                ),
                (
                    "paragraph",
                    "<p>The series is written mainly for officials and civil servants who work "
                    "with ASEAN partners on a regular basis. Knowing the customs and traditions "
                    "of colleagues in the region makes international work smoother and "
                    "friendlier.</p>",
                ),
            ],
        },
    },
    {
        "key": "napa-asean-module",
        "date": "2022-09-12T14:00",
        "image": "training",
        "themes": [1, 4],
        "lead_unit": "hvhcqg",
        "coordinating_units": ["ccvc", "htqt"],
        "related_event": None,
        "tags": ["ASEAN", "ACCSM"],
        "vi": {
            "title": (
                "Học viện Hành chính Quốc gia đưa chuyên đề Cộng đồng ASEAN vào chương trình bồi "
                "dưỡng"
            ),
            "slug": "hoc-vien-hanh-chinh-quoc-gia-dua-chuyen-de-cong-dong-asean-vao-chuong-trinh",
            "summary": (
                "Từ năm học mới, học viên các lớp bồi dưỡng công chức được trang bị kiến thức "
                "về Cộng đồng ASEAN và cơ chế hợp tác ACCSM."
            ),
            "byline": "",
            "source": "Tạp chí Tổ chức nhà nước",
            "image_alt": (
                "Hình minh họa: một hàng gáy sách màu trắng, vàng và tím nhạt trên nền tím"
            ),
            "image_caption": "Chuyên đề về Cộng đồng ASEAN được cập nhật hằng năm.",
            "body": [
                (
                    "paragraph",
                    "<p>Chuyên đề giới thiệu mục tiêu, cách thức vận hành của Cộng đồng ASEAN "
                    "và các cơ chế hợp tác mà Việt Nam tham gia. Nội dung được "
                    "thiết kế ngắn gọn, gắn với công việc hằng ngày của công chức.</p>",
                ),
                (
                    "paragraph",
                    "<p>Học viên được thảo luận tình huống về làm việc với đoàn khách quốc tế và "
                    "tìm hiểu kinh nghiệm quản lý công vụ của một số nước trong khu vực. Học "
                    "viện phối hợp với Vụ Công chức - Viên chức và Vụ Hợp tác quốc tế để cập "
                    "nhật nội dung hằng năm.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Tư duy Cộng đồng, Hành động Cộng đồng",
                        "attribution": "Kế hoạch 1117/QĐ-BNV",
                    },
                ),
            ],
        },
        "en": {
            "title": (
                "National Academy of Public Administration adds an ASEAN Community module to its "
                "courses"
            ),
            "slug": "national-academy-of-public-administration-adds-an-asean-community-module",
            "summary": (
                "From the new academic year, civil servants attending training courses learn "
                "about the ASEAN Community and the ACCSM cooperation mechanism."
            ),
            "byline": "",
            "source": "State Organisation Journal",
            "image_alt": (
                "Illustration: a row of white, yellow and lilac book spines on a purple background"
            ),
            "image_caption": "The ASEAN Community module is updated every year.",
            "body": [
                (
                    "paragraph",
                    "<p>The module covers the goals of the ASEAN Community, how it works and the "
                    "cooperation mechanisms in which Viet Nam "
                    "takes part. It is kept short and linked to civil servants' daily work.</p>",
                ),
                (
                    "paragraph",
                    "<p>Participants discuss case studies on working with international "
                    "delegations and look at how some countries in the region manage their "
                    "civil services. The Academy updates the content every year together with "
                    "the Department of Civil Servants and Public Employees and the International "
                    "Cooperation Department.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Think Community, Act Community",
                        "attribution": "Plan 1117/QĐ-BNV",
                    },
                ),
            ],
        },
    },
    {
        "key": "online-public-services",
        "date": "2023-04-18T09:30",
        "image": "online",
        "themes": [5],
        "lead_unit": "cchc",
        "coordinating_units": ["ttth"],
        "related_event": None,
        "tags": ["ASEAN"],
        "vi": {
            "title": "Kinh nghiệm của các nước ASEAN trong cung cấp dịch vụ công trực tuyến",
            "slug": "kinh-nghiem-cua-cac-nuoc-asean-trong-cung-cap-dich-vu-cong-truc-tuyen",
            "summary": (
                "Vụ Cải cách hành chính tổng hợp một số cách làm của các nước ASEAN nhằm đưa "
                "dịch vụ công lên môi trường số và lấy sự hài lòng của người dân làm thước đo."
            ),
            "byline": "Phóng viên Trung tâm Thông tin",
            "source": "",
            "image_alt": (
                "Hình minh họa: chín khung màn hình xếp thành lưới, mỗi khung có một chấm tròn, "
                "trên nền xanh lam đậm"
            ),
            "image_caption": "Dịch vụ công trực tuyến giúp người dân tiết kiệm thời gian đi lại.",
            "body": [
                (
                    "paragraph",
                    "<p>Nhiều nước trong khu vực đã xây dựng cổng dịch vụ công tập trung, nơi "
                    "người dân chỉ cần một tài khoản để thực hiện nhiều thủ tục. Việc kết nối, "
                    "chia sẻ dữ liệu giữa các cơ quan giúp giảm giấy tờ phải nộp và rút ngắn "
                    "thời gian giải quyết.</p>",
                ),
                ("heading", {"text": "Lấy người dân làm trung tâm", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Điểm chung của các mô hình thành công là thường xuyên lấy ý kiến người "
                    "sử dụng và công khai kết quả đánh giá. Đây là những gợi ý hữu ích cho quá "
                    "trình cải cách hành chính ở Việt Nam.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Ba bài học chính",
                        "text": "<ol><li>Một tài khoản cho nhiều dịch vụ;</li><li>Chia sẻ dữ "
                        "liệu để người dân không phải khai lại;</li><li>Đo lường và công khai "
                        "mức độ hài lòng.</li></ol>",
                    },
                ),
            ],
        },
        "en": {
            "title": "How ASEAN countries deliver public services online",
            "slug": "how-asean-countries-deliver-public-services-online",
            "summary": (
                "The Department of Public Administration Reform reviews some of the ways ASEAN "
                "countries have moved public services online, with citizen satisfaction as the "
                "yardstick."
            ),
            "byline": "Information Centre reporter",
            "source": "",
            "image_alt": (
                "Illustration: nine screen outlines in a grid, each with a dot, on a deep blue "
                "background"
            ),
            "image_caption": "Online public services save citizens time and travel.",
            "body": [
                (
                    "paragraph",
                    "<p>Many countries in the region have built a single public service portal "
                    "where citizens need only one account for a wide range of procedures. "
                    "Linking agencies and sharing data between them cuts the paperwork people "
                    "must submit and shortens processing times.</p>",
                ),
                ("heading", {"text": "Putting citizens at the centre", "level": "h2"}),
                (
                    "paragraph",
                    "<p>What successful models have in common is that they ask users for "
                    "feedback regularly and publish the results. These are useful pointers for "
                    "administrative reform in Viet Nam.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Three main lessons",
                        "text": "<ol><li>One account for many services;</li><li>Share data so "
                        "that citizens do not have to provide it again;</li><li>Measure "
                        "satisfaction and publish the results.</li></ol>",
                    },
                ),
            ],
        },
    },
    {
        "key": "asean-online-quiz",
        "date": "2023-08-10T16:00",
        "image": "online",
        "themes": [1, 2],
        "lead_unit": "vp",
        "coordinating_units": ["htqt", "ttth"],
        "related_event": None,
        "tags": ["ASEAN"],
        "vi": {
            "title": (
                "Cán bộ, công chức Bộ Nội vụ tìm hiểu về Cộng đồng ASEAN qua cuộc thi trực tuyến"
            ),
            "slug": (
                "can-bo-cong-chuc-bo-noi-vu-tim-hieu-ve-cong-dong-asean-qua-cuoc-thi-truc-tuyen"
            ),
            "summary": (
                "Cuộc thi trắc nghiệm trực tuyến là hình thức tuyên truyền mới, giúp cán bộ, "
                "công chức, viên chức của Bộ ôn lại kiến thức về ASEAN một cách nhẹ nhàng, "
                "tiết kiệm."
            ),
            "byline": "Phóng viên Trung tâm Thông tin",
            "source": "",
            "image_alt": (
                "Hình minh họa: chín khung màn hình xếp thành lưới, mỗi khung có một chấm tròn, "
                "trên nền xanh lam đậm"
            ),
            "image_caption": "Người dự thi làm bài trên máy tính hoặc điện thoại.",
            "body": [
                (
                    "paragraph",
                    "<p>Câu hỏi của cuộc thi xoay quanh quá trình hình thành ASEAN, các nước "
                    "thành viên, văn hóa, ngôn ngữ trong khu vực và hoạt động hợp tác công vụ. "
                    "Người tham gia làm bài trên máy tính hoặc điện thoại, không phải tập trung "
                    "tại một địa điểm.</p>",
                ),
                (
                    "paragraph",
                    "<p>Văn phòng Bộ chủ trì tổ chức, phối hợp với Vụ Hợp tác quốc tế xây dựng "
                    "bộ câu hỏi và Trung tâm Thông tin vận hành hệ thống thi. Các bài dự thi có "
                    "kết quả cao được giới thiệu trên Cổng thông tin để lan tỏa tới đông đảo "
                    "bạn đọc.</p>",
                ),
            ],
        },
        "en": {
            "title": "Ministry staff learn about the ASEAN Community through an online quiz",
            "slug": "ministry-staff-learn-about-the-asean-community-through-an-online-quiz",
            "summary": (
                "An online multiple-choice quiz offers a new, light and economical way for the "
                "Ministry's officials, civil servants and public employees to refresh their "
                "knowledge of ASEAN."
            ),
            "byline": "Information Centre reporter",
            "source": "",
            "image_alt": (
                "Illustration: nine screen outlines in a grid, each with a dot, on a deep blue "
                "background"
            ),
            "image_caption": "Participants answer on a computer or a phone.",
            "body": [
                (
                    "paragraph",
                    "<p>The questions cover how ASEAN was formed, its member states, the "
                    "region's cultures and languages, and civil service cooperation. "
                    "Participants answer on a computer or a phone, with no need to gather in "
                    "one place.</p>",
                ),
                (
                    "paragraph",
                    "<p>The Ministry Office organises the quiz, with the International "
                    "Cooperation Department preparing the questions and the Information Centre "
                    "running the system. The best entries are featured on the portal so that "
                    "they reach a wide readership.</p>",
                ),
            ],
        },
    },
    {
        "key": "viet-nam-land-and-people",
        "date": "2023-11-20T10:00",
        "image": "vietnam",
        "themes": [3, 2],
        "lead_unit": "ttth",
        "coordinating_units": ["vp"],
        "related_event": None,
        "tags": ["ASEAN"],
        "vi": {
            "title": "Quảng bá hình ảnh đất nước, con người Việt Nam tới bạn bè ASEAN",
            "slug": "quang-ba-hinh-anh-dat-nuoc-con-nguoi-viet-nam-toi-ban-be-asean",
            "summary": (
                "Loạt phóng sự ảnh song ngữ trên Cổng thông tin giới thiệu cảnh quan, di sản và "
                "nếp sống của người Việt Nam tới các đoàn công tác và bạn đọc trong khu vực."
            ),
            "byline": "Phóng viên Trung tâm Thông tin",
            "source": "",
            "image_alt": "Hình minh họa: ngôi sao vàng năm cánh trên nền đỏ",
            "image_caption": "Loạt phóng sự ảnh được giới thiệu bằng tiếng Việt và tiếng Anh.",
            "body": [
                (
                    "paragraph",
                    "<p>Mỗi phóng sự ảnh gồm những bức ảnh chọn lọc kèm lời giới thiệu ngắn bằng "
                    "tiếng Việt và tiếng Anh. Chủ đề trải dài từ cảnh quan thiên nhiên, làng "
                    "nghề truyền thống đến đời sống thường ngày ở đô thị.</p>",
                ),
                (
                    "paragraph",
                    "<p>Cùng với loạt ảnh, Văn phòng Bộ biên soạn tài liệu hướng dẫn ngắn về văn "
                    "hóa ứng xử khi đón tiếp khách quốc tế. Sự chu đáo, thân thiện của mỗi cán "
                    "bộ, công chức cũng là một cách giới thiệu con người Việt Nam.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Tư duy Cộng đồng, Hành động Cộng đồng",
                        "attribution": "Kế hoạch 1117/QĐ-BNV",
                    },
                ),
            ],
        },
        "en": {
            "title": "Introducing Viet Nam's land and people to ASEAN friends",
            "slug": "introducing-viet-nams-land-and-people-to-asean-friends",
            "summary": (
                "A series of bilingual photo stories on the portal presents Viet Nam's "
                "landscapes, heritage and way of life to visiting delegations and readers "
                "across the region."
            ),
            "byline": "Information Centre reporter",
            "source": "",
            "image_alt": "Illustration: a yellow five-pointed star on a red background",
            "image_caption": "The photo stories are presented in Vietnamese and English.",
            "body": [
                (
                    "paragraph",
                    "<p>Each photo story combines a selection of pictures with a short "
                    "introduction in Vietnamese and English. The topics range from natural "
                    "landscapes and traditional craft villages to everyday life in the "
                    "cities.</p>",
                ),
                (
                    "paragraph",
                    "<p>Alongside the series, the Ministry Office has prepared a short guide on "
                    "courtesy when receiving international guests. The care and friendliness of "
                    "every official and civil servant is itself a way of presenting the people "
                    "of Viet Nam.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Think Community, Act Community",
                        "attribution": "Plan 1117/QĐ-BNV",
                    },
                ),
            ],
        },
    },
    {
        "key": "job-position-management",
        "date": "2024-05-14T09:00",
        "image": None,
        "themes": [4, 5],
        "lead_unit": "tcbc",
        "coordinating_units": ["htqt"],
        "related_event": None,
        "tags": ["ASEAN", "ACCSM"],
        "vi": {
            "title": (
                "Tìm hiểu kinh nghiệm các nước ASEAN về quản lý công chức theo vị trí việc làm"
            ),
            "slug": "tim-hieu-kinh-nghiem-cac-nuoc-asean-ve-quan-ly-cong-chuc-theo-vi-tri-viec-lam",
            "summary": (
                "Vụ Tổ chức - Biên chế giới thiệu những điểm đáng chú ý trong cách các nước "
                "ASEAN xác định vị trí việc làm và gắn đánh giá với kết quả công việc."
            ),
            "byline": "",
            "source": "Tạp chí Tổ chức nhà nước",
            "image_alt": "",
            "image_caption": "",
            "body": [
                (
                    "paragraph",
                    "<p>Qua các tài liệu trao đổi trong khuôn khổ ACCSM, có thể thấy nhiều nước "
                    "đã chuyển từ quản lý theo ngạch, bậc sang quản lý theo vị trí việc làm. Mỗi "
                    "vị trí có bản mô tả công việc và khung năng lực rõ ràng, làm căn cứ cho "
                    "tuyển dụng, đào tạo và trả lương.</p>",
                ),
                ("heading", {"text": "Đánh giá gắn với kết quả", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Việc đánh giá công chức được thực hiện dựa trên chỉ tiêu cụ thể và kết "
                    "quả đầu ra của từng vị trí. Những kinh nghiệm này được Vụ Tổ chức - Biên "
                    "chế nghiên cứu, chọn lọc để tham khảo trong quá trình hoàn thiện chính sách "
                    "của Việt Nam.</p>",
                ),
            ],
        },
        "en": {
            "title": "What ASEAN countries teach about managing civil servants by job position",
            "slug": "what-asean-countries-teach-about-managing-civil-servants-by-job-position",
            "summary": (
                "The Department of Organisation and Staffing outlines notable features of how "
                "ASEAN countries define job positions and link appraisal to performance."
            ),
            "byline": "",
            "source": "State Organisation Journal",
            "image_alt": "",
            "image_caption": "",
            "body": [
                (
                    "paragraph",
                    "<p>Documents shared under ACCSM show that many countries have moved from "
                    "managing civil servants by grade and step to managing them by job position. "
                    "Each position has a clear job description and competency framework, which "
                    "guide recruitment, training and pay.</p>",
                ),
                ("heading", {"text": "Appraisal linked to results", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Civil servants are appraised against specific targets and the outputs "
                    "of their position. The Department of Organisation and Staffing studies "
                    "these experiences and selects what is relevant for refining Viet Nam's own "
                    "policies.</p>",
                ),
            ],
        },
    },
    {
        "key": "timor-leste-joins-asean",
        "date": "2025-10-30T11:00",
        "image": None,
        "themes": [1, 4],
        "lead_unit": "htqt",
        "coordinating_units": ["ttth"],
        "related_event": None,
        "tags": ["ASEAN", "Timor-Leste"],
        "vi": {
            "title": "Timor-Leste trở thành thành viên thứ 11 của ASEAN",
            "slug": "timor-leste-tro-thanh-thanh-vien-thu-11-cua-asean",
            "summary": (
                "Tháng 10/2025, Timor-Leste chính thức gia nhập ASEAN, nâng số nước thành viên "
                "của Hiệp hội lên 11 và mở ra cơ hội mở rộng hợp tác công vụ trong khu vực."
            ),
            "byline": "Phóng viên Trung tâm Thông tin",
            "source": "",
            "image_alt": "",
            "image_caption": "",
            "body": [
                (
                    "paragraph",
                    "<p>Với việc Timor-Leste được kết nạp vào tháng 10/2025, gia đình ASEAN nay "
                    "gồm 11 quốc gia thành viên. Đây là dấu mốc quan trọng, thể hiện sức sống và "
                    "tính bao trùm của Cộng đồng ASEAN.</p>",
                ),
                (
                    "paragraph",
                    "<p>Trong lĩnh vực công vụ, sự kiện này mở ra khả năng chia sẻ kinh nghiệm "
                    "xây dựng thể chế và phát triển đội ngũ công chức với thành viên mới. Cổng "
                    "thông tin đã cập nhật danh sách các nước thành viên trong lịch sự kiện và "
                    "các trang giới thiệu.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "11 nước thành viên ASEAN",
                        "text": "<p>Bru-nây Đa-rút-xa-lam, Cam-pu-chia, In-đô-nê-xi-a, Lào, "
                        "Ma-lai-xi-a, Mi-an-ma, Phi-líp-pin, Xin-ga-po, Thái Lan, Timor-Leste và "
                        "Việt Nam.</p>",
                    },
                ),
            ],
        },
        "en": {
            "title": "Timor-Leste becomes the eleventh member of ASEAN",
            "slug": "timor-leste-becomes-the-eleventh-member-of-asean",
            "summary": (
                "In October 2025 Timor-Leste formally joined ASEAN, bringing the Association to "
                "11 member states and opening new room for civil service cooperation in the "
                "region."
            ),
            "byline": "Information Centre reporter",
            "source": "",
            "image_alt": "",
            "image_caption": "",
            "body": [
                (
                    "paragraph",
                    "<p>With Timor-Leste's admission in October 2025, the ASEAN family now "
                    "counts 11 member states. It is an important milestone that shows the "
                    "vitality and inclusiveness of the ASEAN Community.</p>",
                ),
                (
                    "paragraph",
                    "<p>For the civil service, it opens the way to sharing experience of "
                    "institution building and workforce development with the new member. The "
                    "portal has updated the list of member states in its events calendar and "
                    "introductory pages.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "The 11 ASEAN member states",
                        "text": "<p>Brunei Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, "
                        "Myanmar, the Philippines, Singapore, Thailand, Timor-Leste and Viet "
                        "Nam.</p>",
                    },
                ),
            ],
        },
    },
    {
        "key": "plan-review-2021-2025",
        "date": "2025-12-18T14:30",
        "image": "conference",
        "themes": [1, 3, 4],
        "lead_unit": "htqt",
        "coordinating_units": ["vp", "ttth"],
        "related_event": None,
        "tags": ["ASEAN", "1117/QĐ-BNV", "2021-2025"],
        "vi": {
            "title": "Bộ Nội vụ tổng kết công tác tuyên truyền, quảng bá ASEAN giai đoạn 2021-2025",
            "slug": "bo-noi-vu-tong-ket-cong-tac-tuyen-truyen-quang-ba-asean-giai-doan-2021-2025",
            "summary": (
                "Trên cơ sở báo cáo hằng năm của các đơn vị, Vụ Hợp tác quốc tế tổng hợp kết "
                "quả thực hiện Kế hoạch 1117/QĐ-BNV và đề xuất định hướng cho giai đoạn tiếp "
                "theo."
            ),
            "byline": "Phóng viên Trung tâm Thông tin",
            "source": "",
            "image_alt": (
                "Hình minh họa trừu tượng: các vòng tròn đồng tâm màu vàng, trắng và xanh nhạt "
                "trên nền xám đậm"
            ),
            "image_caption": "Kết quả được tổng hợp từ báo cáo hằng năm của các đơn vị.",
            "body": [
                (
                    "paragraph",
                    "<p>Sau năm năm triển khai, công tác tuyên truyền về ASEAN đã trở thành "
                    "nhiệm vụ thường xuyên của các đơn vị thuộc Bộ. Tin bài song ngữ về các hoạt "
                    "động ACCSM được đăng tải đều đặn, góp phần đưa hình ảnh nền công vụ Việt "
                    "Nam đến gần hơn với bạn bè trong khu vực.</p>",
                ),
                ("heading", {"text": "Kết quả theo nhóm nội dung", "level": "h2"}),
                (
                    "table",
                    {
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Hình thức triển khai chủ yếu theo từng nhóm nội dung",
                        "data": [
                            ["Nhóm nội dung", "Hình thức chủ yếu", "Đơn vị chủ trì tiêu biểu"],
                            [
                                "Bản sắc ASEAN",
                                "Cuộc thi trực tuyến, chuyên đề bồi dưỡng",
                                "Văn phòng Bộ, Học viện Hành chính Quốc gia",
                            ],
                            [
                                "Tương đồng và độc đáo văn hóa",
                                "Loạt bài, triển lãm ảnh",
                                "Trung tâm Thông tin",
                            ],
                            [
                                "Đất nước, con người Việt Nam",
                                "Phóng sự ảnh song ngữ",
                                "Trung tâm Thông tin",
                            ],
                            [
                                "Giá trị chung của Cộng đồng ASEAN",
                                "Hội nghị ACCSM, chuyên mục tạp chí",
                                "Vụ Hợp tác quốc tế, Tạp chí Tổ chức nhà nước",
                            ],
                            [
                                "Đổi mới, sáng tạo của nền công vụ",
                                "Hội thảo, đoàn nghiên cứu",
                                "Vụ Cải cách hành chính, Vụ Công chức - Viên chức",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Hội nghị cũng chỉ ra một số hạn chế như tin bài tiếng Anh đôi khi chậm "
                    "hơn bản tiếng Việt và việc phản hồi từ mạng lưới phóng viên chưa đều. Thời "
                    "gian tới, các đơn vị sẽ đẩy mạnh ứng dụng công nghệ số và giữ "
                    "vững tinh thần \u201cTư duy Cộng đồng, Hành động Cộng đồng\u201d.</p>",
                ),
            ],
        },
        "en": {
            "title": "Ministry of Home Affairs reviews its ASEAN communication work for 2021-2025",
            "slug": "ministry-of-home-affairs-reviews-its-asean-communication-work-for-2021-2025",
            "summary": (
                "Drawing on the units' yearly reports, the International Cooperation Department "
                "has compiled the results of Plan 1117/QĐ-BNV and proposed directions for the "
                "next period."
            ),
            "byline": "Information Centre reporter",
            "source": "",
            "image_alt": (
                "Abstract illustration: concentric yellow, white and light blue rings on a dark "
                "grey background"
            ),
            "image_caption": "The results are compiled from the units' yearly reports.",
            "body": [
                (
                    "paragraph",
                    "<p>After five years, communicating about ASEAN has become a regular task "
                    "for the Ministry's units. Bilingual news on ACCSM activities appears "
                    "steadily, helping to bring Viet Nam's civil service closer to friends "
                    "across the region.</p>",
                ),
                ("heading", {"text": "Results by theme", "level": "h2"}),
                (
                    "table",
                    {
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Main forms of activity under each content theme",
                        "data": [
                            ["Theme", "Main forms", "Typical lead units"],
                            [
                                "ASEAN identity",
                                "Online quiz, training module",
                                "Ministry Office, National Academy of Public Administration",
                            ],
                            [
                                "Shared and distinctive cultures",
                                "Article series, photo exhibition",
                                "Information Centre",
                            ],
                            [
                                "Viet Nam: land and people",
                                "Bilingual photo stories",
                                "Information Centre",
                            ],
                            [
                                "Common values of the ASEAN Community",
                                "ACCSM meetings, journal column",
                                "International Cooperation Department, State Organisation Journal",
                            ],
                            [
                                "Innovation in the civil service",
                                "Workshops, study visits",
                                "Department of Public Administration Reform, Department of Civil "
                                "Servants and Public Employees",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>The meeting also noted some shortcomings: English items sometimes lag "
                    "behind the Vietnamese versions, and feedback from the reporters' network is "
                    "uneven. In the coming period, the units will make greater use of "
                    "information technology and keep to the spirit of \u201cThink Community, Act "
                    "Community\u201d.</p>",
                ),
            ],
        },
    },
    {
        "key": "accsm-heads-meeting-report",
        "date": "2026-02-05T17:00",
        "image": "accsm-meeting",
        "themes": [4],
        "lead_unit": "htqt",
        "coordinating_units": ["ccvc"],
        "related_event": "accsm-heads-meeting",
        "tags": ["ASEAN", "ACCSM"],
        "vi": {
            "title": "Việt Nam tham dự Hội nghị Người đứng đầu cơ quan công vụ các nước ASEAN",
            "slug": "viet-nam-tham-du-hoi-nghi-nguoi-dung-dau-co-quan-cong-vu-cac-nuoc-asean",
            "summary": (
                "Đoàn công tác Bộ Nội vụ đã tham dự Hội nghị tại Băng Cốc, cùng các nước thành "
                "viên thống nhất ưu tiên hợp tác về phát triển nguồn nhân lực và chuyển đổi số "
                "trong khu vực công."
            ),
            "byline": "Phóng viên Trung tâm Thông tin",
            "source": "",
            "image_alt": (
                "Hình minh họa: mười một chấm tròn xếp quanh một bàn họp hình bầu dục trên nền "
                "xanh thẫm"
            ),
            "image_caption": "Hội nghị quy tụ lãnh đạo cơ quan công vụ 11 nước ASEAN.",
            "body": [
                (
                    "paragraph",
                    "<p>Hội nghị đã rà soát việc thực hiện kế hoạch công tác ACCSM và thảo luận "
                    "các ưu tiên hợp tác cho thời gian tới. Các nước nhất trí tập trung vào phát "
                    "triển năng lực công chức, chuyển đổi số và nâng cao chất lượng dịch vụ "
                    "công.</p>",
                ),
                (
                    "paragraph",
                    "<p>Tại phiên thảo luận, đoàn Việt Nam giới thiệu kết quả cải cách công vụ và "
                    "đề xuất tăng cường chia sẻ tài liệu, kinh nghiệm giữa các nước thành viên. "
                    "Đề xuất được nhiều đoàn đánh giá cao và đưa vào văn kiện của Hội "
                    "nghị.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "ACCSM",
                        "text": "<p>Hợp tác ASEAN về các vấn đề công vụ, cơ chế mà Bộ Nội vụ là "
                        "đầu mối của Việt Nam.</p>",
                    },
                ),
            ],
        },
        "en": {
            "title": "Viet Nam attends the meeting of ASEAN heads of civil service",
            "slug": "viet-nam-attends-the-meeting-of-asean-heads-of-civil-service",
            "summary": (
                "A Ministry of Home Affairs delegation attended the meeting in Bangkok, where "
                "member states agreed to prioritise cooperation on human resource development "
                "and digital transformation in the public sector."
            ),
            "byline": "Information Centre reporter",
            "source": "",
            "image_alt": (
                "Illustration: eleven dots arranged around an oval meeting table on a dark blue "
                "background"
            ),
            "image_caption": (
                "The meeting brings together the heads of civil service of the 11 ASEAN countries."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The meeting reviewed progress on the ACCSM work plan and discussed "
                    "priorities for the period ahead. Member states agreed to focus on civil "
                    "service capability, digital transformation and better public "
                    "services.</p>",
                ),
                (
                    "paragraph",
                    "<p>During the discussion, the Vietnamese delegation presented the results "
                    "of its civil service reform and proposed closer sharing of documents and "
                    "experience among member states. The proposal was welcomed by many "
                    "delegations and included in the meeting's outcome document.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "ACCSM",
                        "text": "<p>ASEAN Cooperation on Civil Service Matters, for which the "
                        "Ministry of Home Affairs is Viet Nam's focal point.</p>",
                    },
                ),
            ],
        },
    },
    {
        "key": "accsm-plus-three-training-report",
        "date": "2026-07-07T10:00",
        "image": "training",
        "themes": [4, 5],
        "lead_unit": "ccvc",
        "coordinating_units": ["hvhcqg", "htqt"],
        "related_event": "accsm-plus-three-training",
        "tags": ["ACCSM+3", "ACCSM"],
        "vi": {
            "title": (
                "Công chức Việt Nam tham gia khóa tập huấn ACCSM+3 về phát triển nguồn nhân lực"
            ),
            "slug": "cong-chuc-viet-nam-tham-gia-khoa-tap-huan-accsm3-ve-phat-trien-nguon-nhan-luc",
            "summary": (
                "Khóa tập huấn kết hợp trực tiếp và trực tuyến giúp học viên các nước ASEAN và "
                "Nhật Bản trao đổi kinh nghiệm xây dựng đội ngũ công chức chuyên nghiệp."
            ),
            "byline": "",
            "source": "Tạp chí Tổ chức nhà nước",
            "image_alt": (
                "Hình minh họa: một hàng gáy sách màu trắng, vàng và tím nhạt trên nền tím"
            ),
            "image_caption": (
                "Khóa tập huấn được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Khóa tập huấn tập trung vào quy hoạch nguồn nhân lực, đào tạo theo khung "
                    "năng lực và quản lý hiệu suất. Học viên Việt Nam đến từ Vụ Công chức - Viên "
                    "chức, Học viện Hành chính Quốc gia và một số đơn vị khác của Bộ.</p>",
                ),
                (
                    "paragraph",
                    "<p>Nhờ hình thức kết hợp, nhiều công chức không trực tiếp sang nước chủ nhà "
                    "vẫn theo dõi được các bài giảng. Đây là cách làm thiết thực, tiết kiệm, phù "
                    "hợp với yêu cầu của Kế hoạch tuyên truyền, quảng bá ASEAN.</p>",
                ),
            ],
        },
        "en": {
            "title": (
                "Vietnamese civil servants join an ACCSM+3 training course on human resource "
                "development"
            ),
            "slug": "vietnamese-civil-servants-join-an-accsm3-training-course-on-human-resource",
            "summary": (
                "The hybrid training course allowed participants from ASEAN countries and Japan "
                "to exchange experience of building a professional civil service."
            ),
            "byline": "",
            "source": "State Organisation Journal",
            "image_alt": (
                "Illustration: a row of white, yellow and lilac book spines on a purple background"
            ),
            "image_caption": "The course was held both in person and online.",
            "body": [
                (
                    "paragraph",
                    "<p>The course focused on workforce planning, competency-based training and "
                    "performance management. The Vietnamese participants came from the "
                    "Department of Civil Servants and Public Employees, the National Academy of "
                    "Public Administration and other units of the Ministry.</p>",
                ),
                (
                    "paragraph",
                    "<p>Thanks to the hybrid format, many civil servants who did not travel to "
                    "the host country could still follow the lectures. This practical and "
                    "economical approach meets the requirements of the ASEAN communication "
                    "plan.</p>",
                ),
            ],
        },
    },
    {
        "key": "digital-transformation-workshop-report",
        "date": "2026-10-02T16:30",
        "image": "workshop",
        "themes": [5],
        "lead_unit": "cchc",
        "coordinating_units": ["htqt", "ttth"],
        "related_event": "digital-transformation-workshop",
        "tags": ["ASEAN", "ACCSM"],
        "vi": {
            "title": "Chia sẻ kinh nghiệm chuyển đổi số trong nền công vụ các nước Đông Nam Á",
            "slug": "chia-se-kinh-nghiem-chuyen-doi-so-trong-nen-cong-vu-cac-nuoc-dong-nam-a",
            "summary": (
                "Hội thảo do Bộ Nội vụ tổ chức tại Hà Nội và trực tuyến đã tập hợp nhiều sáng "
                "kiến chuyển đổi số trong quản lý công chức và cung cấp dịch vụ công."
            ),
            "byline": "Phóng viên Trung tâm Thông tin",
            "source": "",
            "image_alt": (
                "Hình minh họa: các ô vuông nhiều kích cỡ màu trắng, vàng và xanh nhạt xếp thành "
                "lưới trên nền xanh lá"
            ),
            "image_caption": "Hội thảo diễn ra tại Hà Nội và trực tuyến.",
            "body": [
                (
                    "paragraph",
                    "<p>Các tham luận tập trung vào cơ sở dữ liệu về công chức, hồ sơ điện tử và "
                    "ứng dụng công nghệ trong tuyển dụng, đánh giá. Đại biểu các nước cũng chia "
                    "sẻ cách bảo đảm an toàn dữ liệu cá nhân khi chuyển các quy trình lên môi "
                    "trường số.</p>",
                ),
                ("heading", {"text": "Kỹ năng số cho công chức", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Nhiều ý kiến cho rằng công nghệ chỉ phát huy hiệu quả khi đội ngũ công "
                    "chức có đủ kỹ năng số. Vụ Cải cách hành chính sẽ tổng hợp các khuyến nghị "
                    "của hội thảo để tham khảo trong quá trình xây dựng chính sách.</p>",
                ),
            ],
        },
        "en": {
            "title": (
                "Sharing experience of digital transformation in Southeast Asian civil services"
            ),
            "slug": (
                "sharing-experience-of-digital-transformation-in-southeast-asian-civil-services"
            ),
            "summary": (
                "The workshop, held by the Ministry of Home Affairs in Ha Noi and online, "
                "brought together many digital initiatives in civil service management and "
                "public service delivery."
            ),
            "byline": "Information Centre reporter",
            "source": "",
            "image_alt": (
                "Illustration: white, yellow and pale green squares of different sizes in a grid "
                "on a green background"
            ),
            "image_caption": "The workshop took place in Ha Noi and online.",
            "body": [
                (
                    "paragraph",
                    "<p>Presentations focused on civil service databases, electronic personnel "
                    "records and the use of technology in recruitment and appraisal. Delegates "
                    "also discussed how to protect personal data when processes move "
                    "online.</p>",
                ),
                ("heading", {"text": "Digital skills for civil servants", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Many speakers stressed that technology only pays off when civil servants "
                    "have the digital skills to use it. The Department of Public Administration "
                    "Reform will compile the workshop's recommendations for use in policy "
                    "making.</p>",
                ),
            ],
        },
    },
    {
        "key": "study-visit-singapore-report",
        "date": "2026-11-16T09:00",
        "image": "study-visit",
        "themes": [4, 5],
        "lead_unit": "ccvc",
        "coordinating_units": ["htqt", "tcbc"],
        "related_event": "study-visit-singapore",
        "tags": ["ASEAN", "ACCSM"],
        "vi": {
            "title": (
                "Đoàn công tác Bộ Nội vụ nghiên cứu kinh nghiệm phát triển năng lực công chức tại "
                "Xin-ga-po"
            ),
            "slug": "doan-cong-tac-bo-noi-vu-nghien-cuu-kinh-nghiem-phat-trien-nang-luc-cong-chuc",
            "summary": (
                "Đoàn đã làm việc với cơ quan quản lý công vụ và cơ sở đào tạo của nước bạn, tìm "
                "hiểu cách xây dựng lộ trình học tập suốt đời cho công chức."
            ),
            "byline": "Phóng viên Trung tâm Thông tin",
            "source": "",
            "image_alt": (
                "Hình minh họa: con đường màu trắng uốn lượn đi lên, có các điểm dừng màu vàng, "
                "trên nền xanh lam"
            ),
            "image_caption": "Chuyến nghiên cứu tập trung vào phát triển năng lực công chức.",
            "body": [
                (
                    "paragraph",
                    "<p>Trong chuyến nghiên cứu, đoàn được giới thiệu về hệ thống đào tạo gắn với "
                    "khung năng lực và lộ trình phát triển nghề nghiệp của từng nhóm công chức. "
                    "Việc học tập được tổ chức linh hoạt, kết hợp lớp học trực tiếp với học liệu "
                    "trực tuyến.</p>",
                ),
                (
                    "paragraph",
                    "<p>Các thành viên đoàn cũng tìm hiểu cách thu hút người trẻ có năng lực vào "
                    "khu vực công. Kết quả chuyến công tác sẽ được báo cáo Lãnh đạo Bộ và chia "
                    "sẻ với các đơn vị liên quan.</p>",
                ),
            ],
        },
        "en": {
            "title": (
                "Ministry delegation studies civil service capability development in Singapore"
            ),
            "slug": "ministry-delegation-studies-civil-service-capability-development-in-singapore",
            "summary": (
                "The delegation met the host country's civil service agency and training "
                "institutions to learn how lifelong learning paths are built for civil "
                "servants."
            ),
            "byline": "Information Centre reporter",
            "source": "",
            "image_alt": (
                "Illustration: a winding white path rising across a blue background, with yellow "
                "stops along the way"
            ),
            "image_caption": "The visit focused on developing civil service capability.",
            "body": [
                (
                    "paragraph",
                    "<p>During the visit, the delegation was briefed on a training system built "
                    "on competency frameworks and career paths for each group of civil servants. "
                    "Learning is organised flexibly, combining classroom sessions with online "
                    "materials.</p>",
                ),
                (
                    "paragraph",
                    "<p>The members of the delegation also looked at how talented young people "
                    "are attracted to the public sector. The findings of the visit will be "
                    "reported to the Ministry's leadership and shared with the units "
                    "concerned.</p>",
                ),
            ],
        },
    },
]

# Events ------------------------------------------------------------------------------------


EVENTS = [
    {
        "key": "accsm-heads-meeting",
        "type": "accsm_heads",
        "format": "in_person",
        "start_offset_days": -300,
        "start_time": "08:30",
        "duration_days": 2,
        "end_time": "17:00",
        "all_day": False,
        "host_country": "TH",
        "participating": ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"],
        "lead_unit": "htqt",
        "coordinating_units": ["ccvc", "vp"],
        "themes": [4],
        "online_url": "",
        "image": "accsm-meeting",
        "vi": {
            "title": "Hội nghị Người đứng đầu cơ quan công vụ các nước ASEAN (ACCSM)",
            "slug": "hoi-nghi-nguoi-dung-dau-co-quan-cong-vu-cac-nuoc-asean-accsm",
            "summary": (
                "Hội nghị thường niên của người đứng đầu cơ quan công vụ các nước ASEAN nhằm rà "
                "soát kế hoạch công tác ACCSM và thống nhất các ưu tiên hợp tác thời gian tới."
            ),
            "venue": "Trung tâm hội nghị tại Băng Cốc",
            "address": "Băng Cốc, Thái Lan",
            "body": [
                (
                    "paragraph",
                    "<p>Hội nghị là hoạt động quan trọng nhất trong năm của ACCSM, quy tụ lãnh "
                    "đạo cơ quan quản lý công vụ của các nước thành viên. Bộ Nội vụ cử đoàn "
                    "công tác tham dự với tư cách đầu mối của Việt Nam.</p>",
                ),
                ("heading", {"text": "Chương trình Hội nghị", "level": "h2"}),
                (
                    "table",
                    {
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Chương trình dự kiến của Hội nghị",
                        "data": [
                            ["Thời gian", "Nội dung"],
                            [
                                "Ngày thứ nhất, buổi sáng",
                                "Khai mạc; các nước thông tin về tình hình cải cách công vụ",
                            ],
                            [
                                "Ngày thứ nhất, buổi chiều",
                                "Rà soát việc thực hiện kế hoạch công tác ACCSM",
                            ],
                            [
                                "Ngày thứ hai, buổi sáng",
                                "Thảo luận các ưu tiên hợp tác thời gian tới",
                            ],
                            ["Ngày thứ hai, buổi chiều", "Thông qua văn kiện Hội nghị; bế mạc"],
                        ],
                    },
                ),
            ],
            "outcomes": [
                (
                    "paragraph",
                    "<p>Hội nghị thống nhất lấy phát triển năng lực công chức, chuyển đổi số và "
                    "nâng cao chất lượng dịch vụ công làm các ưu tiên hợp tác. Các nước giao "
                    "nhóm công tác hoàn thiện kế hoạch hoạt động chi tiết để trình tại kỳ họp "
                    "sau.</p>",
                ),
                (
                    "paragraph",
                    "<p>Đề xuất của Việt Nam về tăng cường chia sẻ tài liệu, kinh nghiệm giữa "
                    "các nước thành viên được ghi nhận trong văn kiện của Hội nghị.</p>",
                ),
            ],
        },
        "en": {
            "title": "Meeting of ASEAN Heads of Civil Service (ACCSM)",
            "slug": "meeting-of-asean-heads-of-civil-service-accsm",
            "summary": (
                "The yearly meeting of the heads of civil service of ASEAN countries, to review "
                "the ACCSM work plan and agree on cooperation priorities for the period ahead."
            ),
            "venue": "Conference centre in Bangkok",
            "address": "Bangkok, Thailand",
            "body": [
                (
                    "paragraph",
                    "<p>The meeting is the main ACCSM event of the year, bringing together the "
                    "leaders of the member states' civil service agencies. The Ministry of Home "
                    "Affairs sends a delegation as Viet Nam's focal point.</p>",
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "table",
                    {
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Provisional programme of the meeting",
                        "data": [
                            ["Time", "Item"],
                            [
                                "Day one, morning",
                                "Opening; country updates on civil service reform",
                            ],
                            ["Day one, afternoon", "Review of the ACCSM work plan"],
                            [
                                "Day two, morning",
                                "Discussion of cooperation priorities for the period ahead",
                            ],
                            ["Day two, afternoon", "Adoption of the outcome document; closing"],
                        ],
                    },
                ),
            ],
            "outcomes": [
                (
                    "paragraph",
                    "<p>The meeting agreed on civil service capability, digital transformation "
                    "and better public services as cooperation priorities. The working group "
                    "was asked to finalise a detailed work plan for the next meeting.</p>",
                ),
                (
                    "paragraph",
                    "<p>Viet Nam's proposal for closer sharing of documents and experience among "
                    "member states was recorded in the meeting's outcome document.</p>",
                ),
            ],
        },
    },
    {
        "key": "accsm-plus-three-training",
        "type": "accsm_plus_three",
        "format": "hybrid",
        "start_offset_days": -150,
        "start_time": "09:00",
        "duration_days": 5,
        "end_time": "16:30",
        "all_day": False,
        "host_country": "JP",
        "participating": ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN", "JP"],
        "lead_unit": "ccvc",
        "coordinating_units": ["hvhcqg", "htqt"],
        "themes": [4, 5],
        "online_url": "https://meet.example.org/accsm-plus-three-hrd",
        "image": "training",
        "vi": {
            "title": "Khóa tập huấn ACCSM+3 về phát triển nguồn nhân lực khu vực công",
            "slug": "khoa-tap-huan-accsm3-ve-phat-trien-nguon-nhan-luc-khu-vuc-cong",
            "summary": (
                "Khóa tập huấn dành cho công chức các nước ASEAN, do phía Nhật Bản đăng cai, "
                "tổ chức kết hợp trực tiếp và trực tuyến."
            ),
            "venue": "Cơ sở đào tạo công chức của nước chủ nhà",
            "address": "Tokyo, Nhật Bản",
            "body": [
                (
                    "paragraph",
                    "<p>Khóa tập huấn giúp học viên cập nhật phương pháp quy hoạch, đào tạo và "
                    "quản lý hiệu suất đội ngũ công chức. Học viên không sang nước chủ nhà có "
                    "thể tham gia trực tuyến.</p>",
                ),
                ("heading", {"text": "Chương trình", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Ngày thứ nhất: khai mạc, giới thiệu nền công vụ nước chủ "
                    "nhà;</li><li>Ngày thứ hai và thứ ba: quy hoạch nguồn nhân lực, đào tạo theo "
                    "khung năng lực;</li><li>Ngày thứ tư: quản lý hiệu suất, thảo luận "
                    "nhóm;</li><li>Ngày thứ năm: trình bày kế hoạch hành động, bế "
                    "giảng.</li></ul>",
                ),
            ],
            "outcomes": [
                (
                    "paragraph",
                    "<p>Học viên các nước đã xây dựng kế hoạch hành động áp dụng kiến thức được "
                    "tập huấn tại cơ quan mình. Tài liệu khóa học được Vụ Công chức - Viên chức "
                    "chia sẻ với Học viện Hành chính Quốc gia để sử dụng trong các lớp bồi dưỡng "
                    "trong nước.</p>",
                ),
            ],
        },
        "en": {
            "title": "ACCSM+3 training course on public sector human resource development",
            "slug": "accsm3-training-course-on-public-sector-human-resource-development",
            "summary": (
                "A training course for civil servants of ASEAN countries, hosted by Japan and "
                "held both in person and online."
            ),
            "venue": "Civil service training institute of the host country",
            "address": "Tokyo, Japan",
            "body": [
                (
                    "paragraph",
                    "<p>The course brings participants up to date on methods for planning, "
                    "training and managing the performance of civil servants. Those who do not "
                    "travel to the host country can take part online.</p>",
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Day one: opening, introduction to the host country's civil "
                    "service;</li><li>Days two and three: workforce planning, competency-based "
                    "training;</li><li>Day four: performance management, group "
                    "work;</li><li>Day five: presentation of action plans, closing.</li></ul>",
                ),
            ],
            "outcomes": [
                (
                    "paragraph",
                    "<p>Participants drew up action plans to apply what they had learnt in their "
                    "own agencies. The Department of Civil Servants and Public Employees has "
                    "shared the course materials with the National Academy of Public "
                    "Administration for use in domestic training.</p>",
                ),
            ],
        },
    },
    {
        "key": "digital-transformation-workshop",
        "type": "workshop",
        "format": "hybrid",
        "start_offset_days": -60,
        "start_time": "08:00",
        "duration_days": 1,
        "end_time": "17:00",
        "all_day": False,
        "host_country": "VN",
        "participating": ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"],
        "lead_unit": "cchc",
        "coordinating_units": ["htqt", "ttth"],
        "themes": [5],
        "online_url": "https://meet.example.org/asean-digital-civil-service",
        "image": "workshop",
        "vi": {
            "title": "Hội thảo về chuyển đổi số trong nền công vụ các nước ASEAN",
            "slug": "hoi-thao-ve-chuyen-doi-so-trong-nen-cong-vu-cac-nuoc-asean",
            "summary": (
                "Hội thảo trong khuôn khổ ACCSM do Bộ Nội vụ chủ trì, tổ chức tại Hà Nội và "
                "trực tuyến, chia sẻ kinh nghiệm ứng dụng công nghệ số trong quản lý công chức."
            ),
            "venue": "Hội trường Bộ Nội vụ",
            "address": "Hà Nội, Việt Nam",
            "body": [
                (
                    "paragraph",
                    "<p>Hội thảo tạo diễn đàn để các nước ASEAN trao đổi về cơ sở dữ liệu công "
                    "chức, quy trình điện tử và kỹ năng số của đội ngũ công chức.</p>",
                ),
                ("heading", {"text": "Chương trình", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Buổi sáng: khai mạc; phiên 1 về cơ sở dữ liệu và hồ sơ điện tử của "
                    "công chức;</li><li>Buổi chiều: phiên 2 về kỹ năng số và an toàn dữ liệu; "
                    "tổng kết hội thảo.</li></ul>",
                ),
            ],
            "outcomes": [
                (
                    "paragraph",
                    "<p>Hội thảo đưa ra các khuyến nghị về chuẩn hóa dữ liệu công chức, bảo vệ "
                    "dữ liệu cá nhân và bồi dưỡng kỹ năng số. Vụ Cải cách hành chính tổng hợp "
                    "các khuyến nghị để báo cáo Lãnh đạo Bộ.</p>",
                ),
            ],
        },
        "en": {
            "title": "Workshop on digital transformation in ASEAN civil services",
            "slug": "workshop-on-digital-transformation-in-asean-civil-services",
            "summary": (
                "An ACCSM workshop led by the Ministry of Home Affairs, held in Ha Noi and "
                "online, to share experience of using digital technology in civil service "
                "management."
            ),
            "venue": "Ministry of Home Affairs conference hall",
            "address": "Ha Noi, Viet Nam",
            "body": [
                (
                    "paragraph",
                    "<p>The workshop offers ASEAN countries a forum to discuss civil service "
                    "databases, electronic procedures and the digital skills of civil "
                    "servants.</p>",
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Morning: opening; session 1 on civil service databases and "
                    "electronic personnel records;</li><li>Afternoon: session 2 on digital "
                    "skills and data security; closing.</li></ul>",
                ),
            ],
            "outcomes": [
                (
                    "paragraph",
                    "<p>The workshop made recommendations on standardising civil service data, "
                    "protecting personal data and building digital skills. The Department of "
                    "Public Administration Reform is compiling them for the Ministry's "
                    "leadership.</p>",
                ),
            ],
        },
    },
    {
        "key": "study-visit-singapore",
        "type": "study_visit",
        "format": "in_person",
        "start_offset_days": -20,
        "start_time": "08:00",
        "duration_days": 4,
        "end_time": "17:00",
        "all_day": True,
        "host_country": "SG",
        "participating": ["VN", "SG"],
        "lead_unit": "ccvc",
        "coordinating_units": ["htqt", "tcbc"],
        "themes": [4, 5],
        "online_url": "",
        "image": "study-visit",
        "vi": {
            "title": "Đoàn nghiên cứu kinh nghiệm phát triển năng lực công chức tại Xin-ga-po",
            "slug": "doan-nghien-cuu-kinh-nghiem-phat-trien-nang-luc-cong-chuc-tai-xin-ga-po",
            "summary": (
                "Đoàn công tác của Bộ Nội vụ tìm hiểu hệ thống đào tạo, phát triển năng lực và "
                "thu hút nhân tài vào khu vực công của Xin-ga-po."
            ),
            "venue": "Cơ quan quản lý công vụ và cơ sở đào tạo công chức của Xin-ga-po",
            "address": "Xin-ga-po",
            "body": [
                (
                    "paragraph",
                    "<p>Chuyến nghiên cứu nằm trong chương trình hợp tác song phương và khuôn "
                    "khổ ACCSM, nhằm học hỏi cách làm hiệu quả trong phát triển đội ngũ công "
                    "chức.</p>",
                ),
                ("heading", {"text": "Chương trình làm việc", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Làm việc với cơ quan quản lý công vụ;</li><li>Thăm cơ sở đào tạo "
                    "công chức;</li><li>Trao đổi về thu hút và giữ chân nhân tài;</li><li>Tổng "
                    "kết, thống nhất nội dung hợp tác tiếp theo.</li></ul>",
                ),
            ],
            "outcomes": [
                (
                    "paragraph",
                    "<p>Đoàn đã thu thập nhiều tài liệu về khung năng lực và lộ trình học tập của "
                    "công chức. Hai bên thống nhất tiếp tục trao đổi chuyên gia trong lĩnh vực "
                    "đào tạo, bồi dưỡng.</p>",
                ),
            ],
        },
        "en": {
            "title": "Study visit to Singapore on civil service capability development",
            "slug": "study-visit-to-singapore-on-civil-service-capability-development",
            "summary": (
                "A Ministry of Home Affairs delegation learns about Singapore's system for "
                "training civil servants, building their capability and attracting talent to "
                "the public sector."
            ),
            "venue": "Singapore's civil service agency and civil service training institutions",
            "address": "Singapore",
            "body": [
                (
                    "paragraph",
                    "<p>The visit is part of bilateral cooperation and of ACCSM, and aims to learn "
                    "from effective practice in developing civil servants.</p>",
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Meeting with the civil service agency;</li><li>Visit to a civil "
                    "service training institution;</li><li>Exchange on attracting and retaining "
                    "talent;</li><li>Wrap-up and agreement on further cooperation.</li></ul>",
                ),
            ],
            "outcomes": [
                (
                    "paragraph",
                    "<p>The delegation gathered extensive material on competency frameworks and "
                    "learning paths for civil servants. Both sides agreed to continue exchanging "
                    "experts in training and development.</p>",
                ),
            ],
        },
    },
    {
        "key": "asean-culture-photo-exhibition",
        "type": "other",
        "format": "in_person",
        "start_offset_days": -1,
        "start_time": "08:00",
        "duration_days": 3,
        "end_time": "17:00",
        "all_day": True,
        "host_country": "VN",
        "participating": ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"],
        "lead_unit": "ttth",
        "coordinating_units": ["vp", "tctcnn"],
        "themes": [2, 3],
        "online_url": "",
        "image": "culture",
        "vi": {
            "title": "Triển lãm ảnh \u201cSắc màu văn hóa ASEAN\u201d",
            "slug": "trien-lam-anh-sac-mau-van-hoa-asean",
            "summary": (
                "Triển lãm giới thiệu những bức ảnh về lễ hội, trang phục, ẩm thực và đời sống "
                "của người dân 11 nước ASEAN, trong đó có Việt Nam."
            ),
            "venue": "Sảnh chính trụ sở Bộ Nội vụ",
            "address": "Hà Nội, Việt Nam",
            "body": [
                (
                    "paragraph",
                    "<p>Triển lãm mở cửa tự do cho cán bộ, công chức, viên chức và khách tham "
                    "quan. Mỗi bức ảnh có chú thích bằng tiếng Việt và tiếng Anh.</p>",
                ),
                ("heading", {"text": "Các khu trưng bày", "level": "h2"}),
                (
                    "paragraph",
                    "<ol><li>Lễ hội truyền thống;</li><li>Trang phục và ẩm thực;</li><li>Đất "
                    "nước, con người Việt Nam;</li><li>Hợp tác công vụ ASEAN qua ảnh.</li></ol>",
                ),
            ],
            "outcomes": [],
        },
        "en": {
            "title": "Photo exhibition: Colours of ASEAN Cultures",
            "slug": "photo-exhibition-colours-of-asean-cultures",
            "summary": (
                "The exhibition shows photographs of the festivals, dress, food and daily life "
                "of the people of the 11 ASEAN countries, Viet Nam among them."
            ),
            "venue": "Main hall of the Ministry of Home Affairs",
            "address": "Ha Noi, Viet Nam",
            "body": [
                (
                    "paragraph",
                    "<p>The exhibition is open free of charge to officials, civil servants, "
                    "public employees and visitors. Every photograph has a caption in Vietnamese "
                    "and English.</p>",
                ),
                ("heading", {"text": "Exhibition areas", "level": "h2"}),
                (
                    "paragraph",
                    "<ol><li>Traditional festivals;</li><li>Dress and food;</li><li>Viet Nam, "
                    "its land and people;</li><li>ASEAN civil service cooperation in "
                    "pictures.</li></ol>",
                ),
            ],
            "outcomes": [],
        },
    },
    {
        "key": "citizen-participation-conference",
        "type": "conference",
        "format": "online",
        "start_offset_days": 14,
        "start_time": "09:00",
        "duration_days": 1,
        "end_time": "12:00",
        "all_day": False,
        "host_country": "ID",
        "participating": ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"],
        "lead_unit": "cchc",
        "coordinating_units": ["htqt"],
        "themes": [5, 4],
        "online_url": "https://meet.example.org/accsm-citizen-participation",
        "image": "online",
        "vi": {
            "title": "Hội nghị trực tuyến về thu hút người dân tham gia cung cấp dịch vụ công",
            "slug": "hoi-nghi-truc-tuyen-ve-thu-hut-nguoi-dan-tham-gia-cung-cap-dich-vu-cong",
            "summary": (
                "Hội nghị trực tuyến trong khuôn khổ ACCSM, do In-đô-nê-xi-a chủ trì, bàn về cách "
                "lắng nghe ý kiến người dân khi thiết kế và đánh giá dịch vụ công."
            ),
            "venue": "",
            "address": "",
            "body": [
                (
                    "paragraph",
                    "<p>Đại biểu các nước ASEAN sẽ chia sẻ mô hình lấy ý kiến người dân, đo lường "
                    "sự hài lòng và công khai kết quả. Vụ Cải cách hành chính chủ trì chuẩn bị "
                    "tham luận của Việt Nam.</p>",
                ),
                ("heading", {"text": "Chương trình", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>09:00: khai mạc;</li><li>09:15: tham luận của các nước;</li><li>"
                    "10:45: thảo luận mở;</li><li>11:45: tổng kết.</li></ul>",
                ),
            ],
            "outcomes": [],
        },
        "en": {
            "title": "Online conference on involving citizens in public service delivery",
            "slug": "online-conference-on-involving-citizens-in-public-service-delivery",
            "summary": (
                "An online ACCSM conference chaired by Indonesia on listening to citizens when "
                "designing and evaluating public services."
            ),
            "venue": "",
            "address": "",
            "body": [
                (
                    "paragraph",
                    "<p>Delegates from ASEAN countries will share ways of consulting citizens, "
                    "measuring satisfaction and publishing the results. The Department of Public "
                    "Administration Reform is preparing Viet Nam's presentation.</p>",
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>09:00: opening;</li><li>09:15: country presentations;</li><li>"
                    "10:45: open discussion;</li><li>11:45: conclusions.</li></ul>",
                ),
            ],
            "outcomes": [],
        },
    },
    {
        "key": "asean-community-online-course",
        "type": "training",
        "format": "online",
        "start_offset_days": 30,
        "start_time": "14:00",
        "duration_days": 3,
        "end_time": "16:30",
        "all_day": False,
        "host_country": "VN",
        "participating": ["VN", "LA", "KH"],
        "lead_unit": "hvhcqg",
        "coordinating_units": ["htqt", "ccvc"],
        "themes": [1, 4],
        "online_url": "https://learn.example.org/asean-community-course",
        "image": None,
        "vi": {
            "title": "Khóa bồi dưỡng trực tuyến kiến thức về Cộng đồng ASEAN cho công chức",
            "slug": "khoa-boi-duong-truc-tuyen-kien-thuc-ve-cong-dong-asean-cho-cong-chuc",
            "summary": (
                "Khóa học ba buổi chiều do Học viện Hành chính Quốc gia tổ chức, dành cho công "
                "chức Việt Nam và học viên từ Lào, Cam-pu-chia."
            ),
            "venue": "",
            "address": "",
            "body": [
                (
                    "paragraph",
                    "<p>Khóa học trang bị kiến thức cơ bản về Cộng đồng ASEAN và hợp tác công vụ "
                    "trong khu vực. Học viên học trực tuyến và làm bài kiểm tra cuối khóa.</p>",
                ),
                ("heading", {"text": "Chương trình", "level": "h2"}),
                (
                    "paragraph",
                    "<ol><li>Buổi 1: Cộng đồng ASEAN và bản sắc ASEAN;</li><li>Buổi 2: ACCSM và "
                    "ACCSM+3;</li><li>Buổi 3: giá trị chung của nền công vụ các nước ASEAN; kiểm "
                    "tra cuối khóa.</li></ol>",
                ),
            ],
            "outcomes": [],
        },
        "en": {
            "title": "Online course on the ASEAN Community for civil servants",
            "slug": "online-course-on-the-asean-community-for-civil-servants",
            "summary": (
                "A course of three afternoon sessions run by the National Academy of Public "
                "Administration for Vietnamese civil servants and participants from Lao PDR and "
                "Cambodia."
            ),
            "venue": "",
            "address": "",
            "body": [
                (
                    "paragraph",
                    "<p>The course gives a grounding in the ASEAN Community and civil service "
                    "cooperation in the region. Participants study online and take a final "
                    "test.</p>",
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    "<ol><li>Session 1: the ASEAN Community and ASEAN identity;</li><li>Session "
                    "2: ACCSM and ACCSM+3;</li><li>Session 3: common values of ASEAN civil "
                    "services; final test.</li></ol>",
                ),
            ],
            "outcomes": [],
        },
    },
    {
        "key": "asean-press-network-workshop",
        "type": "workshop",
        "format": "in_person",
        "start_offset_days": 45,
        "start_time": "08:30",
        "duration_days": 1,
        "end_time": "16:30",
        "all_day": False,
        "host_country": "VN",
        "participating": ["VN"],
        "lead_unit": "ttth",
        "coordinating_units": ["htqt", "tctcnn"],
        "themes": [1, 4],
        "online_url": "",
        "image": "conference",
        "vi": {
            "title": "Hội thảo nghiệp vụ thông tin về ACCSM cho phóng viên chuyên trách ASEAN",
            "slug": "hoi-thao-nghiep-vu-thong-tin-ve-accsm-cho-phong-vien-chuyen-trach-asean",
            "summary": (
                "Hội thảo giúp mạng lưới phóng viên chuyên trách ASEAN nắm rõ các hoạt động "
                "ACCSM, cách khai thác nguồn tin trên Cổng thông tin và kênh gửi phản hồi."
            ),
            "venue": "Hội trường Trung tâm Thông tin, Bộ Nội vụ",
            "address": "Hà Nội, Việt Nam",
            "body": [
                (
                    "paragraph",
                    "<p>Hội thảo dành cho phóng viên, biên tập viên của các cơ quan báo chí trung "
                    "ương và chuyên ngành theo dõi mảng ASEAN.</p>",
                ),
                ("heading", {"text": "Chương trình", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Buổi sáng: tổng quan về ACCSM và các hoạt động sắp tới;</li><li>"
                    "Buổi chiều: hướng dẫn sử dụng nguồn cấp tin, lịch sự kiện và kênh phản "
                    "hồi; trao đổi, giải đáp.</li></ul>",
                ),
            ],
            "outcomes": [],
        },
        "en": {
            "title": "Workshop on reporting ACCSM for ASEAN-desk reporters",
            "slug": "workshop-on-reporting-accsm-for-asean-desk-reporters",
            "summary": (
                "The workshop helps the network of ASEAN-desk reporters understand ACCSM "
                "activities, use the portal as a news source and send feedback."
            ),
            "venue": "Information Centre conference room, Ministry of Home Affairs",
            "address": "Ha Noi, Viet Nam",
            "body": [
                (
                    "paragraph",
                    "<p>The workshop is intended for journalists and editors of national and "
                    "specialist media who cover ASEAN.</p>",
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Morning: overview of ACCSM and upcoming activities;</li><li>"
                    "Afternoon: how to use the news feeds, events calendar and feedback channel; "
                    "questions and answers.</li></ul>",
                ),
            ],
            "outcomes": [],
        },
    },
    {
        "key": "accsm-plus-three-forum",
        "type": "accsm_plus_three",
        "format": "hybrid",
        "start_offset_days": 120,
        "start_time": "08:30",
        "duration_days": 2,
        "end_time": "17:00",
        "all_day": False,
        "host_country": "KR",
        "participating": [
            "BN",
            "KH",
            "ID",
            "LA",
            "MY",
            "MM",
            "PH",
            "SG",
            "TH",
            "TL",
            "VN",
            "CN",
            "JP",
            "KR",
        ],
        "lead_unit": "htqt",
        "coordinating_units": ["ccvc", "cchc"],
        "themes": [4, 5],
        "online_url": "https://meet.example.org/accsm-plus-three-forum",
        "image": "accsm-meeting",
        "vi": {
            "title": "Diễn đàn ACCSM+3 về nền công vụ thích ứng trong kỷ nguyên số",
            "slug": "dien-dan-accsm3-ve-nen-cong-vu-thich-ung-trong-ky-nguyen-so",
            "summary": (
                "Diễn đàn quy tụ cơ quan công vụ các nước ASEAN cùng Trung Quốc, Nhật Bản và Hàn "
                "Quốc, bàn về xây dựng nền công vụ linh hoạt, sẵn sàng cho chuyển đổi số."
            ),
            "venue": "Trung tâm hội nghị tại Xơ-un",
            "address": "Xơ-un, Hàn Quốc",
            "body": [
                (
                    "paragraph",
                    "<p>Diễn đàn được tổ chức kết hợp trực tiếp và trực tuyến. Bộ Nội vụ dự kiến "
                    "cử đoàn tham dự và trình bày kinh nghiệm của Việt Nam.</p>",
                ),
                ("heading", {"text": "Chương trình dự kiến", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Ngày thứ nhất: khai mạc; phiên về tổ chức bộ máy linh hoạt; phiên "
                    "về dữ liệu trong hoạch định chính sách;</li><li>Ngày thứ hai: phiên về phát "
                    "triển năng lực số cho công chức; thông qua tuyên bố chung; bế "
                    "mạc.</li></ul>",
                ),
            ],
            "outcomes": [],
        },
        "en": {
            "title": "ACCSM+3 forum on an agile civil service in the digital age",
            "slug": "accsm3-forum-on-an-agile-civil-service-in-the-digital-age",
            "summary": (
                "The forum brings together the civil service agencies of ASEAN countries, China, "
                "Japan and the Republic of Korea to discuss building flexible civil services "
                "ready for digital transformation."
            ),
            "venue": "Conference centre in Seoul",
            "address": "Seoul, Republic of Korea",
            "body": [
                (
                    "paragraph",
                    "<p>The forum will be held both in person and online. The Ministry of Home "
                    "Affairs plans to send a delegation to present Viet Nam's experience.</p>",
                ),
                ("heading", {"text": "Provisional programme", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Day one: opening; session on agile organisation; session on data "
                    "in policy making;</li><li>Day two: session on digital capability for civil "
                    "servants; adoption of a joint statement; closing.</li></ul>",
                ),
            ],
            "outcomes": [],
        },
    },
]
