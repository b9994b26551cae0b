"""Pairs of items, written for the repeat matcher (`store.repeats`): the earlier one first, the later one second.

MUST_LINK: a later visit's item that asks again, or checks, what an earlier one asked or directed, in other
words. MUST_NOT: look-alikes on the same topic and place that ask for something else. The threshold is set
between the two (`scripts/measure_repeats.py` prints each pair's score). Sentences written for this file.
"""

from __future__ import annotations

MUST_LINK: tuple[tuple[str, str], ...] = (
    ("Đề nghị tỉnh bổ sung 01 biên chế công chức phụ trách công nghệ thông tin cho xã.",
     "Xã lại đề nghị sớm bổ sung biên chế công chức công nghệ thông tin."),
    ("Kiến nghị cấp máy quét tài liệu cho bộ phận một cửa để số hóa hồ sơ.",
     "Tiếp tục kiến nghị cấp máy quét cho bộ phận một cửa của xã."),
    ("Đề nghị nâng cấp đường truyền Internet tại trụ sở UBND xã.",
     "Đề nghị nâng cấp đường truyền internet của trụ sở xã, hiện vẫn chập chờn."),
    ("Đề nghị Sở Khoa học và Công nghệ hỗ trợ phần mềm một cửa điện tử liên thông.",
     "Lại đề nghị Sở Khoa học và Công nghệ sớm hỗ trợ phần mềm một cửa liên thông."),
    ("UBND xã cần hoàn thành số hóa hồ sơ hộ tịch trước ngày 30/6.",
     "Yêu cầu xã khẩn trương hoàn thành số hóa hồ sơ hộ tịch còn tồn."),
    ("Bố trí kinh phí mua sắm thiết bị cho bộ phận tiếp nhận và trả kết quả.",
     "Đề nghị tiếp tục bố trí kinh phí mua sắm thiết bị cho bộ phận tiếp nhận, trả kết quả."),
    ("Tăng cường tuyên truyền để người dân kích hoạt tài khoản định danh điện tử mức 2.",
     "Tiếp tục tuyên truyền, hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2."),
    ("Đề nghị tỉnh có chế độ phụ cấp cho thành viên tổ công nghệ số cộng đồng.",
     "Xã kiến nghị một lần nữa về chế độ phụ cấp cho tổ công nghệ số cộng đồng."),
    ("Rà soát, làm sạch dữ liệu dân cư theo Đề án 06.",
     "Như đã chỉ đạo, xã phải rà soát làm sạch dữ liệu dân cư theo Đề án 06."),
    ("Đề nghị hỗ trợ đào tạo kỹ năng số cho cán bộ thôn, bản.",
     "Lại đề nghị hỗ trợ đào tạo kỹ năng số cho cán bộ các thôn bản."),
)

MUST_NOT: tuple[tuple[str, str], ...] = (
    ("Đề nghị tỉnh bổ sung 01 biên chế công chức phụ trách công nghệ thông tin cho xã.",
     "Đề nghị bổ sung máy tính cho bộ phận một cửa của xã."),
    ("Kiến nghị cấp máy quét tài liệu cho bộ phận một cửa để số hóa hồ sơ.",
     "Kiến nghị nâng cấp đường truyền cho bộ phận một cửa."),
    ("Đề nghị nâng cấp đường truyền Internet tại trụ sở UBND xã.",
     "Đề nghị nâng cấp phần mềm quản lý văn bản của UBND xã."),
    ("UBND xã cần hoàn thành số hóa hồ sơ hộ tịch trước ngày 30/6.",
     "UBND xã cần nâng tỷ lệ hồ sơ trực tuyến toàn trình."),
    ("Tăng cường tuyên truyền để người dân kích hoạt tài khoản định danh điện tử mức 2.",
     "Tăng cường tuyên truyền để người dân thanh toán không dùng tiền mặt."),
    ("Đề nghị hỗ trợ đào tạo kỹ năng số cho cán bộ thôn, bản.",
     "Đề nghị hỗ trợ kinh phí xây dựng nhà văn hóa thôn, bản."),
    ("Bố trí kinh phí mua sắm thiết bị cho bộ phận tiếp nhận và trả kết quả.",
     "Bố trí đủ công chức làm việc tại bộ phận tiếp nhận và trả kết quả."),
    ("Đề nghị tỉnh có chế độ phụ cấp cho thành viên tổ công nghệ số cộng đồng.",
     "Đề nghị tỉnh có chế độ phụ cấp cho cán bộ không chuyên trách ở thôn."),
    ("Rà soát, làm sạch dữ liệu dân cư theo Đề án 06.",
     "Rà soát thủ tục hành chính để cắt giảm thời gian giải quyết."),
    ("Đề nghị Sở Khoa học và Công nghệ hỗ trợ phần mềm một cửa điện tử liên thông.",
     "Đề nghị Sở Nội vụ hướng dẫn sắp xếp cán bộ sau hợp nhất xã."),
)
