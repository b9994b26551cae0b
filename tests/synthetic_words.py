"""The words the synthetic generator (`tests/synthetic.py`) draws from: names, bodies, sentence parts.

Kept apart from the generator's logic so each stays readable; the text is written for these tests, in the
vocabulary of Vietnamese administrative-reform reports.
"""

SURNAMES = (
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 5), ("Phan", 4), ("Vũ", 4),
    ("Võ", 4), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 1), ("Ngô", 1), ("Dương", 1), ("Lý", 1), ("Đinh", 1),
    ("Trương", 1), ("Lâm", 1), ("Mai", 1), ("Tô", 1), ("Hà", 1), ("Đoàn", 1), ("Lương", 1), ("Cao", 1),
    ("Châu", 1), ("Tạ", 1), ("Quách", 1), ("Thái", 1), ("Kiều", 1), ("Phùng", 1), ("Triệu", 1),
)
MIDDLE_MEN = ("Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Xuân", "Ngọc", "Tấn", "Duy", "Hoàng",
              "Việt", "Anh", "Quốc", "Trọng", "Đình", "Bá", "Mạnh", "Tiến", "Văn", "Văn")
MIDDLE_WOMEN = ("Thị", "Thị Ngọc", "Thị Thu", "Thị Thanh", "Thị Hồng", "Ngọc", "Thu", "Thanh", "Hồng", "Mai",
                "Phương", "Kim", "Thị", "Thị Minh", "Thị Kim")
GIVEN_MEN = ("An", "Bảo", "Bình", "Cường", "Dũng", "Đạt", "Đông", "Đức", "Dương", "Hải", "Hiếu", "Hòa", "Hoàng",
             "Hùng", "Huy", "Khang", "Khánh", "Kiên", "Lâm", "Long", "Lợi", "Lộc", "Minh", "Nam", "Nghĩa", "Phong",
             "Phúc", "Quân", "Quang", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trí", "Trung",
             "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Sum", "Bảy", "Hưng", "Khải", "Lực", "Thuận", "Tú")
GIVEN_WOMEN = ("Anh", "Châu", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ",
               "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương",
               "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Trinh", "Tuyết", "Vân", "Xuân", "Yến", "Hậu", "Thoa")

KINDS = (("giám sát", 45), ("khảo sát", 30), ("kiểm tra", 12), ("làm việc", 13))
OUTLETS = ("Báo Nhân Dân", "Báo Đại biểu Nhân dân", "Cổng TTĐT Quốc hội", "Báo Pháp luật TP.HCM", "VnExpress",
           "Báo Tuổi Trẻ", "Báo Thanh Niên", "Báo Lao Động", "Cổng thông tin điện tử tỉnh", "Báo điện tử Chính phủ",
           "Đài Phát thanh - Truyền hình tỉnh", "Báo Hà Nội Mới", "Báo Sài Gòn Giải Phóng", "Báo Tiền Phong")
TO_WHOM = ("Chính phủ", "Bộ Nội vụ", "Bộ Công an", "Bộ Tài chính", "Văn phòng Chính phủ", "Bộ Khoa học và Công nghệ",
           "UBND tỉnh", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Công an tỉnh", "Bưu điện tỉnh",
           "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "thành phố", "tỉnh")
STATUSES = ((None, 50), ("open", 18), ("in progress", 14), ("done", 14), ("not accepted", 4))

# Sentences are assembled from parts so the vocabulary is that of real reports, with real variety.
VERBS = ("Tăng cường", "Đẩy mạnh", "Nâng cao chất lượng", "Rà soát, hoàn thiện", "Kịp thời khắc phục",
         "Sớm triển khai", "Tiếp tục thực hiện", "Bổ sung kinh phí cho", "Chỉ đạo quyết liệt", "Đầu tư nâng cấp",
         "Tập huấn, hướng dẫn", "Kiện toàn", "Đơn giản hóa", "Công khai, minh bạch", "Nghiên cứu sửa đổi",
         "Xem xét bố trí", "Hướng dẫn thống nhất", "Quan tâm hỗ trợ", "Theo dõi, đôn đốc", "Chấn chỉnh")
OBJECTS = ("hạ tầng công nghệ thông tin cấp xã", "phần mềm một cửa điện tử", "Cổng dịch vụ công quốc gia",
           "việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "đội ngũ cán bộ, công chức bộ phận một cửa",
           "thủ tục hành chính trên môi trường điện tử", "việc tiếp nhận hồ sơ qua dịch vụ bưu chính công ích",
           "cơ sở dữ liệu quốc gia về dân cư", "tài khoản định danh điện tử VNeID", "chữ ký số cho cán bộ",
           "tổ công nghệ số cộng đồng", "thanh toán trực tuyến phí, lệ phí", "dịch vụ công trực tuyến toàn trình",
           "Trung tâm Phục vụ hành chính công", "giải quyết thủ tục phi địa giới hành chính",
           "bộ máy chính quyền địa phương hai cấp", "đường truyền, máy tính, máy scan", "công tác tuyên truyền",
           "chỉ số hài lòng của người dân (SIPAS)", "kế hoạch cải cách hành chính năm", "an toàn thông tin mạng",
           "liên thông khai sinh, thường trú, bảo hiểm y tế", "chứng thực bản sao điện tử", "kho dữ liệu dùng chung",
           "việc trả kết quả đúng hạn", "đánh giá, xếp loại cán bộ theo kết quả công việc", "nhân sự chuyên môn CNTT")
PURPOSES = ("để người dân, doanh nghiệp thuận lợi hơn", "nhằm giảm thời gian chờ đợi", "bảo đảm đúng hạn",
            "tránh tình trạng hồ sơ trễ hạn", "phục vụ vận hành chính quyền hai cấp", "đáp ứng yêu cầu chuyển đổi số",
            "trong thời gian tới", "trước ngày 31/12", "theo Đề án 06 của Chính phủ", "theo Nghị quyết của HĐND",
            "để nâng cao chỉ số CCHC của địa phương", "tránh phát sinh chi phí cho người dân", "một cách thực chất",
            "gắn với trách nhiệm người đứng đầu", "bảo đảm an toàn, bảo mật dữ liệu", "")
DIFFICULTIES = ("Đường truyền internet chập chờn, phần mềm thường xuyên bị lỗi", "Thiếu cán bộ có chuyên môn CNTT",
                "Máy móc, thiết bị cũ, xuống cấp", "Người dân lớn tuổi chưa quen nộp hồ sơ trực tuyến",
                "Một số thủ tục chưa được cập nhật trên Cổng dịch vụ công", "Kinh phí cho số hóa hồ sơ còn hạn chế",
                "Các hệ thống phần mềm chưa liên thông, phải nhập liệu nhiều lần",
                "Khối lượng hồ sơ tăng sau sắp xếp đơn vị hành chính", "Trụ sở làm việc chật hẹp, xa dân",
                "Chưa có hướng dẫn thống nhất về thủ tục phi địa giới", "Tỷ lệ thanh toán trực tuyến còn thấp",
                "Cán bộ kiêm nhiệm nhiều việc, áp lực công việc lớn", "Dữ liệu dân cư chưa được làm sạch hết")
ROLES = ("Chủ tịch UBND", "Phó Chủ tịch UBND", "Bí thư Đảng ủy", "Chủ tịch HĐND", "Trưởng phòng Văn hóa - Xã hội",
         "Trưởng Công an", "Giám đốc Trung tâm Phục vụ hành chính công", "Công chức Văn phòng - Thống kê",
         "Trưởng phòng Kinh tế", "Phó Bí thư Thường trực Đảng ủy")
LEADER_TITLES = {
    "dbqh": ("Phó trưởng Đoàn ĐBQH {p}", "Trưởng Đoàn ĐBQH {p}", "Ủy viên Trung ương Đảng, Trưởng Đoàn ĐBQH {p}",
             "Đại biểu Quốc hội chuyên trách, Trưởng đoàn"),
    "hdnd": ("Phó Chủ tịch HĐND {p}", "Phó Chủ tịch Thường trực HĐND {p}, Trưởng đoàn", "Chủ tịch HĐND {p}",
             "Ủy viên BTV Tỉnh ủy, Phó Chủ tịch HĐND {p}", "Trưởng Ban Pháp chế HĐND {p}"),
    "local": ("Chủ tịch HĐND {u}", "Phó Chủ tịch HĐND {u}", "Bí thư Đảng ủy, Chủ tịch HĐND {u}"),
    "ubnd": ("Phó Chủ tịch UBND {p}, Trưởng đoàn kiểm tra", "Giám đốc Sở Nội vụ, Trưởng đoàn",
             "Phó Giám đốc Sở Nội vụ, Trưởng đoàn kiểm tra"),
    "mttq": ("Chủ tịch Ủy ban MTTQ Việt Nam {p}", "Phó Chủ tịch Ủy ban MTTQ Việt Nam {p}"),
}
OPENINGS = (
    "{body}, do {honor} {leader} dẫn đầu, {kind_verb} tại {places} về {topics}.",
    "Ngày {day}, {body} {kind_verb} tại {places}; trưởng đoàn là {honor} {leader}.",
    "{honor} {leader} cùng {body} {kind_verb} việc thực hiện {topics} tại {places}.",
)
MIDDLES = (
    "Báo cáo cho biết {fact}.",
    "Theo báo cáo, {fact}; tuy nhiên {difficulty}.",
    "Địa phương cho biết {fact}, nhưng {difficulty}.",
    "Qua khảo sát thực tế, đoàn ghi nhận {fact}.",
)
CLOSINGS = (
    "Đoàn đề nghị {places} {verb} {object} {purpose}.",
    "Kết luận buổi làm việc, {honor} {leader} yêu cầu {verb} {object}.",
    "Địa phương kiến nghị {to} {verb} {object}.",
    "Đoàn ghi nhận kết quả đạt được và đề nghị tiếp tục {verb} {object} {purpose}.",
)
FACTS = (
    "đã tiếp nhận {n} hồ sơ, tỷ lệ giải quyết đúng hạn đạt {p}%",
    "có {k} thủ tục trực tuyến toàn trình và {k2} thủ tục một phần",
    "tỷ lệ hồ sơ trực tuyến đạt {p}%",
    "đã số hóa {n} hồ sơ, kết quả giải quyết thủ tục hành chính",
    "{p}% người dân đã kích hoạt tài khoản định danh điện tử",
    "bộ phận một cửa bố trí {k3} công chức, làm việc cả thứ Bảy",
    "chỉ số hài lòng của người dân đạt {p}%",
)
TOPIC_WORDS = {
    "cchc": "cải cách hành chính", "tthc": "thủ tục hành chính", "chuyen-doi-so": "chuyển đổi số",
    "de-an-06": "Đề án 06", "mot-cua": "một cửa liên thông", "dich-vu-cong-truc-tuyen": "dịch vụ công trực tuyến",
    "phi-dia-gioi": "thủ tục phi địa giới hành chính", "chinh-quyen-so": "chính quyền số",
    "so-hoa-ho-so": "số hóa hồ sơ", "buu-chinh-cong-ich": "dịch vụ bưu chính công ích",
    "chi-so-cchc": "chỉ số CCHC", "bo-may-can-bo": "tổ chức bộ máy, cán bộ",
    "chinh-quyen-2-cap": "chính quyền địa phương 2 cấp", "ha-tang-cntt": "hạ tầng công nghệ thông tin",
}
METRIC_UNITS = {
    "ho-so-tiep-nhan": "hồ sơ", "ho-so-giai-quyet": "hồ sơ", "ho-so-dang-giai-quyet": "hồ sơ",
    "ho-so-dung-han": "hồ sơ", "ty-le-dung-han": "%", "ty-le-truc-tuyen": "%", "ho-so-dvc-truc-tuyen": "hồ sơ",
    "thu-tuc-toan-trinh": "thủ tục", "thu-tuc-mot-phan": "thủ tục", "thu-tuc-cong-dvc-quoc-gia": "thủ tục",
    "ty-le-hoan-thanh-nhiem-vu": "%", "diem-chi-so": "điểm", "the-can-cuoc-da-cap": "thẻ",
    "tai-khoan-dinh-danh": "tài khoản", "tai-khoan-dinh-danh-muc-2": "tài khoản",
    "du-lieu-dan-cu-lam-sach": "thông tin",
}
FIGURE_CONTEXT = ("", " tại bộ phận một cửa", " qua Cổng dịch vụ công", " của UBND cấp xã", " trong kỳ báo cáo",
                  " tại Trung tâm Phục vụ hành chính công", " qua dịch vụ bưu chính công ích", " trên hệ thống")
