"""The review screen's own words, in both languages (newer ones are in the catalog, `tui/i18n.py`)."""

from __future__ import annotations

_WORDS = {
    "vi": {"title": "Xem lại bản nháp", "source": "Nguồn", "none": "(không có câu nguồn)", "added": "(bạn thêm)",
           "date": "Ngày (2025-09-09 hoặc 9/9/2025)", "certainty": "Độ chắc chắn của ngày", "kind": "Loại",
           "body": "Đoàn", "leader": "Trưởng đoàn", "leader_title": "Chức vụ", "topics": "Chủ đề (mã, cách nhau bởi dấu phẩy)",
           "summary": "Tóm tắt", "id": "Mã", "localities": "Địa bàn", "figures": "Số liệu",
           "recommendations": "Kiến nghị", "directions": "Chỉ đạo", "keep": "giữ", "label": "nhãn", "value": "giá trị",
           "unit": "đơn vị", "text": "nội dung", "to": "gửi đến", "add_locality": "Thêm địa bàn (ví dụ: phường Lái Thiêu)",
           "add": "Thêm", "save": "Lưu", "cancel": "Hủy", "problems": "Cần sửa trước khi lưu:", "warnings": "Lưu ý:",
           "certainty_blank": "(không ghi)", "unknown_place": "không tìm thấy đơn vị \"{name}\" trong danh mục",
           "bad_date": "ngày không hợp lệ: {error}", "bad_value": "{path}: \"{value}\" không phải là số",
           "unknown_topic": "chủ đề không có trong danh mục: {topic}", "notes": "Ghi chú",
           "same": "(cùng câu như trên)"},
    "en": {"title": "Review the draft", "source": "Source", "none": "(no source sentence)", "added": "(added by you)",
           "date": "Date (2025-09-09 or 9/9/2025)", "certainty": "How sure the date is", "kind": "Kind",
           "body": "Delegation", "leader": "Head of delegation", "leader_title": "Titles",
           "topics": "Topics (ids, comma-separated)", "summary": "Summary", "id": "Id", "localities": "Localities",
           "figures": "Figures", "recommendations": "Recommendations", "directions": "Directions", "keep": "keep",
           "label": "label", "value": "value", "unit": "unit", "text": "text", "to": "addressed to",
           "add_locality": "Add a locality (e.g. phường Lái Thiêu)", "add": "Add", "save": "Save", "cancel": "Cancel",
           "problems": "Fix before saving:", "warnings": "Check:", "certainty_blank": "(none)",
           "unknown_place": "no unit \"{name}\" in the list", "bad_date": "not a date: {error}",
           "bad_value": "{path}: \"{value}\" is not a number", "unknown_topic": "not a topic id: {topic}",
           "notes": "Notes", "same": "(the same sentence as above)"},
}
