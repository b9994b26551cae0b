"""The browser's words in Vietnamese and English, from one catalog.

Only the interface is translated: record content (bodies, summaries, kinds)
is shown as written, and topic labels come from the taxonomy per language.
Numbers follow the language: 2.446 and 99,83% in Vietnamese, 2,446 and
99.83% in English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from store.numbers import format_number

LANGS = ("vi", "en")

CATALOG: dict[str, dict[str, str]] = {
    "title": {"vi": "Giám sát, khảo sát cải cách hành chính", "en": "Oversight and survey visits"},
    # keys
    "key.help": {"vi": "Trợ giúp", "en": "Help"},
    "key.search": {"vi": "Tìm", "en": "Search"},
    "key.ward": {"vi": "Phường/xã", "en": "Ward"},
    "key.province": {"vi": "Tỉnh/thành", "en": "Province"},
    "key.topic": {"vi": "Chủ đề", "en": "Topic"},
    "key.body": {"vi": "Cơ quan", "en": "Body"},
    "key.dates": {"vi": "Thời gian", "en": "Dates"},
    "key.only_ward": {"vi": "Chỉ phường/xã của khảo sát này", "en": "Only this survey's ward"},
    "key.only_topic": {"vi": "Chỉ chủ đề của khảo sát này", "en": "Only this survey's topic"},
    "key.drop_last": {"vi": "Bỏ lọc cuối", "en": "Drop last filter"},
    "key.clear": {"vi": "Bỏ mọi lọc", "en": "Clear filters"},
    "key.sort": {"vi": "Sắp xếp", "en": "Sort"},
    "key.facets": {"vi": "Nhóm lọc", "en": "Facets"},
    "key.import": {"vi": "Nhập", "en": "Import"},
    "key.delete": {"vi": "Xoá khảo sát đang chọn", "en": "Delete the selected survey"},
    "key.quit": {"vi": "Thoát", "en": "Quit"},
    "key.palette": {"vi": "Bảng lệnh", "en": "Command palette"},
    "key.edit_filter": {"vi": "Sửa bộ lọc", "en": "Edit the filter"},
    "key.export": {"vi": "Xuất các khảo sát đang lọc ra tệp", "en": "Export the filtered surveys to a file"},
    "key.figures": {"vi": "So sánh số liệu các khảo sát đang lọc", "en": "Compare figures of the filtered surveys"},
    "key.follow_up": {
        "vi": "Theo dõi kiến nghị, chỉ đạo của khảo sát này",
        "en": "Follow up this survey's recommendations",
    },
    "key.details": {"vi": "Xem chi tiết", "en": "Focus the details"},
    "key.next_pane": {"vi": "Chuyển khung", "en": "Next pane"},
    "key.prev_pane": {"vi": "Khung trước", "en": "Previous pane"},
    "key.up_down": {"vi": "Lên / xuống", "en": "Up / down"},
    "key.first_last": {"vi": "Đầu / cuối danh sách", "en": "First / last"},
    "key.page": {"vi": "Trang trước / sau", "en": "Page up / down"},
    "key.back": {"vi": "Thoát ô nhập, hộp chọn, quay lại danh sách", "en": "Leave a picker or input, back to the list"},
    "key.toggle_facet": {"vi": "(nhóm lọc) bật/tắt giá trị", "en": "(facets) toggle the value"},
    # short forms for the footer, where room is scarce
    "key.ward.short": {"vi": "Phường", "en": "Ward"},
    "key.dates.short": {"vi": "Ngày", "en": "Dates"},
    "key.drop_last.short": {"vi": "Bỏ lọc", "en": "Drop"},
    "key.clear.short": {"vi": "Xóa lọc", "en": "Clear"},
    "key.export.short": {"vi": "Xuất", "en": "Export"},
    "key.figures.short": {"vi": "Số liệu", "en": "Figures"},
    "key.follow_up.short": {"vi": "Theo dõi", "en": "Follow up"},
    "key.help.short": {"vi": "Giúp", "en": "Help"},
    "key.facets.short": {"vi": "Nhóm", "en": "Facets"},
    # list
    "col.date": {"vi": "Ngày", "en": "Date"},
    "col.locality": {"vi": "Địa bàn", "en": "Locality"},
    "col.body": {"vi": "Cơ quan", "en": "Body"},
    "col.leader": {"vi": "Trưởng đoàn", "en": "Leader"},
    "col.topics": {"vi": "Chủ đề", "en": "Topics"},
    "sort.date": {"vi": "ngày", "en": "date"},
    "sort.locality": {"vi": "địa bàn", "en": "locality"},
    "sort.body": {"vi": "cơ quan", "en": "body"},
    "status.count": {
        "vi": "{shown} / {total} khảo sát · xếp theo {sort}",
        "en": "{shown} of {total} surveys · sorted by {sort}",
    },
    "status.opening": {"vi": "Đang mở kho {path}…", "en": "Opening {path}…"},
    "status.indexing": {"vi": "{total} khảo sát · đang lập chỉ mục…", "en": "{total} surveys · indexing…"},
    "status.indexing_filter": {
        "vi": "{total} khảo sát · đang lập chỉ mục, bộ lọc sẽ áp dụng khi xong…",
        "en": "{total} surveys · indexing, the filter applies when it is done…",
    },
    "status.searching": {"vi": "Đang lọc…", "en": "Filtering…"},
    "status.building_index": {
        "vi": "Đang lập chỉ mục của kho (một lần, sau đó mở ngay)…",
        "en": "Building the store's index (once; later opens are instant)…",
    },
    "status.stale_index": {
        "vi": " · kho đã thay đổi, đang cập nhật chỉ mục…",
        "en": " · the store has changed, updating the index…",
    },
    "status.counting": {"vi": " · đang đếm…", "en": " · counting…"},
    "empty.indexing": {
        "vi": "Đang lập chỉ mục của kho.\nViệc này chỉ làm một lần; các lần mở sau sẽ nhanh.",
        "en": "Building the store's index.\nThis is done once; later opens are fast.",
    },
    "status.failed": {"vi": "Không mở được kho", "en": "The store could not be opened"},
    "empty.loading": {"vi": "Đang tải…", "en": "Loading…"},
    "empty.store": {
        "vi": "Kho chưa có khảo sát nào ({path}).\n"
              "Nhập bằng lệnh:  surveys import TỆP.json\n"
              "hoặc bấm i để mở hộp nhập.",
        "en": "The store has no surveys yet ({path}).\n"
              "Import records with:  surveys import FILE.json\n"
              "or press i to open the import dialog.",
    },
    "empty.match": {
        "vi": "Không có khảo sát nào khớp bộ lọc:\n  {filter}\nBấm x để bỏ lọc cuối, X để bỏ mọi lọc.",
        "en": "No survey matches the filter:\n  {filter}\nPress x to drop the last filter, X to clear them all.",
    },
    "empty.failed": {"vi": "Không mở được kho:\n{error}", "en": "The store could not be opened:\n{error}"},
    "empty.broken": {
        "vi": "Kho {path} bị hỏng, không đọc được; chưa có gì bị ghi đè.\n"
        "Khôi phục từ bản sao lưu bằng lệnh:  surveys recover\n(thay đổi cuối cùng sẽ mất)\n\nChi tiết: {error}",
        "en": "The store {path} is damaged and cannot be read; nothing was overwritten.\n"
        "Restore it from its backup with:  surveys recover\n(the last change is lost)\n\nDetails: {error}",
    },
    # filter and search bars
    "filter.label": {"vi": "Lọc", "en": "Filter"},
    "filter.placeholder": {
        "vi": 'vd. ward:"lái thiêu" topic:de-an-06 since:2025-07 "dịch vụ công"',
        "en": 'e.g. ward:"lái thiêu" topic:de-an-06 since:2025-07 "dịch vụ công"',
    },
    "filter.error": {"vi": "Bộ lọc sai: {error}", "en": "Bad filter: {error}"},
    "search.label": {"vi": "Tìm", "en": "Search"},
    "search.placeholder": {
        "vi": "gõ để tìm, không cần dấu (Enter giữ, Esc bỏ)",
        "en": "type to search, accents optional (Enter keeps, Escape cancels)",
    },
    # details
    "details.title": {"vi": "Chi tiết", "en": "Details"},
    "details.kind": {"vi": "Hình thức", "en": "Kind"},
    "details.body": {"vi": "Cơ quan", "en": "Body"},
    "details.leader": {"vi": "Trưởng đoàn", "en": "Leader"},
    "details.localities": {"vi": "Địa bàn (như bài viết → hiện nay)", "en": "Localities (as written → today)"},
    "details.topics": {"vi": "Chủ đề", "en": "Topics"},
    "details.summary": {"vi": "Tóm tắt", "en": "Summary"},
    "details.figures": {"vi": "Số liệu", "en": "Figures"},
    "details.recommendations": {"vi": "Kiến nghị", "en": "Recommendations"},
    "details.directions": {"vi": "Chỉ đạo", "en": "Directions"},
    "details.difficulties": {"vi": "Khó khăn", "en": "Difficulties"},
    "details.people": {"vi": "Người liên quan", "en": "People"},
    "details.source": {"vi": "Nguồn", "en": "Source"},
    "details.notes": {"vi": "Ghi chú", "en": "Notes"},
    "details.date_certainty": {"vi": "năm {how}", "en": "year {how}"},
    "certainty.stated": {"vi": "ghi trong bài", "en": "stated"},
    "certainty.publication": {"vi": "theo ngày đăng", "en": "from publication"},
    "certainty.inferred": {"vi": "suy ra", "en": "inferred"},
    "details.deadline": {"vi": "hạn {date}", "en": "due {date}"},
    "details.status": {"vi": "trạng thái: {status}", "en": "status: {status}"},
    "details.overdue": {"vi": "QUÁ HẠN", "en": "OVERDUE"},
    "details.more": {
        "vi": "… còn {count} mục (bấm {key} để xem hết)",
        "en": "… {count} more (press {key} to see them all)",
    },
    "details.flags": {"vi": "{count} số liệu cần xem lại", "en": "{count} figure(s) to check"},
    "check.rate-mismatch": {"vi": "tỷ lệ không khớp", "en": "rate does not match"},
    "check.rate-over-100": {"vi": "tỷ lệ trên 100%", "en": "rate above 100%"},
    "check.negative": {"vi": "số âm", "en": "negative"},
    "check.part-over-whole": {"vi": "phần lớn hơn tổng", "en": "part above its whole"},
    "check.count-order": {"vi": "số liệu mâu thuẫn", "en": "counts contradict"},
    "fig.label": {"vi": "Chỉ tiêu", "en": "Figure"},
    "fig.value": {"vi": "Giá trị", "en": "Value"},
    "fig.of": {"vi": "Trên / tỷ lệ", "en": "Of / rate"},
    "fig.unit": {"vi": "Đơn vị", "en": "Unit"},
    "fig.period": {"vi": "Kỳ", "en": "Period"},
    "fig.locality": {"vi": "Địa bàn", "en": "Locality"},
    # facets
    "facet.province": {"vi": "Tỉnh/thành → phường/xã", "en": "Province → ward"},
    "facet.ward": {"vi": "Phường/xã", "en": "Ward"},
    "facet.topic": {"vi": "Chủ đề", "en": "Topic"},
    "facet.year": {"vi": "Năm", "en": "Year"},
    "facet.body": {"vi": "Cơ quan", "en": "Body"},
    "facet.kind": {"vi": "Hình thức", "en": "Kind"},
    "facet.more": {"vi": "… còn {count} (bấm {key})", "en": "… {count} more (press {key})"},
    "facet.none": {"vi": "(không có)", "en": "(none)"},
    "facet.indexing": {"vi": "Đang lập chỉ mục…", "en": "Indexing…"},
    # pickers and dialogs
    "picker.ward": {"vi": "Chọn phường/xã", "en": "Pick a ward"},
    "picker.province": {"vi": "Chọn tỉnh/thành", "en": "Pick a province"},
    "picker.topic": {"vi": "Chọn chủ đề", "en": "Pick a topic"},
    "picker.body": {"vi": "Chọn cơ quan", "en": "Pick a body"},
    "picker.bodytype": {"vi": "Chọn loại cơ quan", "en": "Pick a kind of body"},
    "picker.former_province": {"vi": "tỉnh cũ, nay thuộc {today}", "en": "former province, now in {today}"},
    "picker.former_district": {"vi": "cấp huyện cũ, {where}", "en": "former district, {where}"},
    "facet.bodytype": {"vi": "Loại cơ quan", "en": "Kind of body"},
    "key.body_type": {"vi": "Loại cơ quan (Đoàn ĐBQH, HĐND, …)", "en": "Kind of body (delegation, council, …)"},
    "picker.placeholder": {"vi": "gõ để lọc, không cần dấu", "en": "type to narrow, accents optional"},
    "picker.hint": {"vi": "↑↓ chọn · Enter lấy · Esc thoát", "en": "↑↓ move · Enter picks · Escape leaves"},
    "picker.nothing": {"vi": "Không có giá trị nào khớp", "en": "Nothing matches"},
    "picker.more": {"vi": "… còn {count}; gõ thêm để thu hẹp", "en": "… {count} more; type to narrow"},
    "dates.title": {"vi": "Khoảng thời gian", "en": "Date range"},
    "dates.hint": {
        "vi": "2025 · tháng 5/2023 · 2025-07..2025-09 · từ 1/7/2025 · đến 2023",
        "en": "2025 · May 2023 · 2025-07..2025-09 · since 1/7/2025 · until Sep 2023",
    },
    "dates.error": {"vi": "Không hiểu ngày: {error}", "en": "Not a date range: {error}"},
    "help.title": {"vi": "Phím tắt", "en": "Keys"},
    "help.close": {"vi": "Esc, q hoặc ? để đóng", "en": "Escape, q or ? closes"},
    "help.filter": {
        "vi": 'Cú pháp bộ lọc giống  surveys list --query "…":  ward:  province:  topic:  body:  kind:  year:  since:  '
        'until:  date:  "chữ tự do"\n'
        'Theo dõi kiến nghị, chỉ đạo:  status:open  status:"in progress"  status:done  status:"not accepted"  '
        "overdue (quá hạn)",
        "en": 'The filter syntax is the one of  surveys list --query "…":  ward:  province:  topic:  body:  kind:  '
        'year:  since:  until:  date:  "free text"\n'
        'Follow-up of recommendations and directions:  status:open  status:"in progress"  status:done  '
        'status:"not accepted"  overdue',
    },
    # follow-up
    "items.title": {"vi": "Kiến nghị và chỉ đạo · {date}", "en": "Recommendations and directions · {date}"},
    "items.hint": {
        "vi": "↑↓ chọn · Enter sửa trạng thái, hạn, phản hồi · Esc thoát",
        "en": "↑↓ move · Enter edits status, deadline, responses · Escape leaves",
    },
    "items.recommendations": {"vi": "Kiến nghị", "en": "Recommendation"},
    "items.more_before": {"vi": "↑ {count} mục trước (Enter để xem)", "en": "↑ {count} earlier (Enter to show)"},
    "items.more_after": {"vi": "↓ còn {count} mục (Enter để xem)", "en": "↓ {count} more (Enter to show)"},
    "items.directions": {"vi": "Chỉ đạo", "en": "Direction"},
    # export
    "export.title": {"vi": "Xuất {count} khảo sát đang lọc", "en": "Export the {count} filtered survey(s)"},
    "export.filter": {"vi": "Bộ lọc: {filter}", "en": "Filter: {filter}"},
    "export.no_filter": {"vi": "Không lọc: mọi khảo sát trong kho", "en": "No filter: every survey in the store"},
    "export.format": {"vi": "Định dạng", "en": "Format"},
    "export.rows": {"vi": "Mỗi dòng CSV là", "en": "One CSV row per"},
    "export.fmt.csv": {"vi": "Bảng tính CSV (.csv)", "en": "CSV spreadsheet (.csv)"},
    "export.fmt.json": {"vi": "JSON, nhập lại được (.json)", "en": "JSON, re-importable (.json)"},
    "export.fmt.jsonl": {"vi": "JSON từng dòng (.jsonl)", "en": "JSON Lines (.jsonl)"},
    "export.fmt.md": {"vi": "Bản tóm tắt Markdown (.md)", "en": "Markdown brief (.md)"},
    "export.rows.surveys": {"vi": "khảo sát", "en": "survey"},
    "export.rows.figures": {"vi": "số liệu", "en": "figure"},
    "export.rows.recommendations": {"vi": "kiến nghị, chỉ đạo", "en": "recommendation or direction"},
    "export.bom": {"vi": "Thêm BOM UTF-8 (cho Excel)", "en": "Start with a UTF-8 BOM (for Excel)"},
    "export.path": {"vi": "Ghi vào tệp", "en": "Write to file"},
    "export.go": {"vi": "Xuất", "en": "Export"},
    "export.cancel": {"vi": "Hủy", "en": "Cancel"},
    "export.hint": {"vi": "Tab chuyển ô · Enter xuất · Esc hủy", "en": "Tab moves · Enter exports · Escape cancels"},
    "export.no_path": {"vi": "Cần tên tệp", "en": "Give a file name"},
    "export.no_folder": {"vi": "Không có thư mục {folder}", "en": "The folder {folder} does not exist"},
    "export.is_folder": {"vi": "{path} là thư mục; cần tên tệp", "en": "{path} is a folder; give a file name"},
    "export.noun.surveys": {"vi": "khảo sát", "en": "survey(s)"},
    "export.noun.figures": {"vi": "số liệu", "en": "figure(s)"},
    "export.noun.recommendations": {"vi": "kiến nghị, chỉ đạo", "en": "recommendation(s) and direction(s)"},
    # notifications
    "note.no_selection": {"vi": "Chưa chọn khảo sát nào", "en": "No survey is selected"},
    "note.no_ward": {"vi": "Khảo sát này không gắn phường/xã nào", "en": "This survey names no ward"},
    "note.no_topic": {"vi": "Khảo sát này không gắn chủ đề nào", "en": "This survey has no topic"},
    "note.no_import": {
        "vi": "Chưa có hộp thoại nhập; dùng lệnh: surveys import TỆP",
        "en": "The import dialog is not available; use: surveys import FILE",
    },
    "note.reloaded": {"vi": "Đã nạp lại kho: {count} khảo sát", "en": "Store reloaded: {count} surveys"},
    "note.error": {"vi": "Lỗi", "en": "Error"},
    "note.exported": {"vi": "Đã ghi {count} {what} vào {path}", "en": "Wrote {count} {what} to {path}"},
    "note.export_failed": {"vi": "Không xuất được", "en": "Export failed"},
    "note.no_items": {
        "vi": "Khảo sát này không có kiến nghị, chỉ đạo nào",
        "en": "This survey has no recommendations or directions",
    },
    "note.saved": {"vi": "Đã lưu: {what} {number} của {id}", "en": "Saved: {what} {number} of {id}"},
    "note.save_failed": {"vi": "Không lưu được", "en": "Could not save"},
    "note.gone": {"vi": "Kho không còn khảo sát {id}", "en": "The store no longer holds {id}"},
    "note.changed_meanwhile": {
        "vi": "Mục này đã được sửa ở nơi khác; đã nạp lại, hãy sửa lại",
        "en": "This item was changed elsewhere meanwhile; reloaded, please edit again",
    },
    "note.deleted": {"vi": "Đã xoá khảo sát {id}", "en": "Deleted survey {id}"},
    "delete.title": {"vi": "Xoá khảo sát này?", "en": "Delete this survey?"},
    "newstore.title": {"vi": "Chưa có kho dữ liệu ở đây", "en": "No store here yet"},
    "newstore.where": {"vi": "Không có kho nào tại {path}.", "en": "There is no store at {path}."},
    "newstore.hint": {
        "vi": "e tạo kho trống · s tạo kho có 5 bài mẫu · q hoặc Esc thoát (không tạo gì)",
        "en": "e make an empty store · s make one with the 5 sample visits · q or Esc quit (nothing made)",
    },
    "delete.counts": {
        "vi": "cùng {recommendations} kiến nghị, {directions} chỉ đạo, {figures} số liệu",
        "en": "with {recommendations} recommendations, {directions} directions, {figures} figures",
    },
    "delete.hint": {
        "vi": "y xoá · n hoặc Esc giữ lại (kho còn giữ bản đã xoá đến lần thu gọn sau, rồi trong bản sao lưu)",
        "en": "y delete · n or Esc keep (the store keeps it until the next compaction, then in its backups)",
    },
    "note.indexing": {"vi": "Đang lập chỉ mục, xin chờ giây lát", "en": "Still indexing, a moment please"},
    "note.nothing_to_drop": {"vi": "Không có bộ lọc nào", "en": "No filter to drop"},
    # figures view
    "figs.title": {"vi": "So sánh số liệu", "en": "Compare figures"},
    "figs.locality": {"vi": "theo địa bàn", "en": "by locality"},
    "figs.time": {"vi": "theo thời gian", "en": "over time"},
    "figs.toggle": {"vi": "Địa bàn/thời gian", "en": "Locality/time"},
    "figs.back": {"vi": "Quay lại", "en": "Back"},
    "figs.none": {"vi": "Các khảo sát đang lọc không có số liệu.", "en": "The filtered surveys give no figures."},
    "figs.latest": {"vi": "mới nhất trong {n}", "en": "latest of {n}"},
    "figs.surveys": {"vi": "{n} khảo sát", "en": "{n} survey(s)"},
    # Textual's own words: command palette, system commands, ctrl+c
    "palette.placeholder": {"vi": "Tìm lệnh… (gõ không dấu cũng được)", "en": "Search for commands…"},
    "sys.theme": {"vi": "Giao diện màu", "en": "Theme"},
    "sys.theme.help": {"vi": "Đổi bảng màu của giao diện", "en": "Change the current theme"},
    "sys.quit": {"vi": "Thoát", "en": "Quit"},
    "sys.quit.help": {"vi": "Thoát chương trình ngay", "en": "Quit the application now"},
    "sys.keys": {"vi": "Phím", "en": "Keys"},
    "sys.keys.show": {"vi": "Hiện bảng phím của ô đang chọn", "en": "Show the keys of the focused pane"},
    "sys.keys.hide": {"vi": "Ẩn bảng phím", "en": "Hide the keys panel"},
    "quit.title": {"vi": "Bạn muốn thoát?", "en": "Do you want to quit?"},
    "quit.hint": {"vi": "Bấm q để thoát chương trình", "en": "Press q to quit the app"},
    # the core's reasons for refusing a filter or a date (tui.i18n_errors; the English is the core's own)
    "err.filter_read": {
        "vi": "không đọc được bộ lọc từ cột {column}: {text}",
        "en": "cannot read the filter at column {column}: {text}",
    },
    "err.unknown_field": {
        "vi": "không có trường lọc {field}; dùng một trong {fields}",
        "en": "unknown filter field {field}; use one of {fields}",
    },
    "err.not_exact": {
        "vi": "{field}= không phải bộ lọc; viết {field}: (chỉ {fields} dùng =)",
        "en": "{field}= is not a filter; write {field}: (only {fields} take =)",
    },
    "err.needs_value": {"vi": "{field}: cần một giá trị", "en": "{field}: needs a value"},
    "err.needs_date": {"vi": "{field}: cần một ngày", "en": "{field}: needs a date"},
    "err.empty_date": {"vi": "chưa có ngày", "en": "empty date"},
    "err.no_year": {"vi": "{text} thiếu năm", "en": "{text} has no year"},
    "err.not_date": {"vi": "{text} không phải là ngày", "en": "{text} is not a date"},
    "err.not_real_date": {"vi": "{text} không phải ngày có thật ({why})", "en": "{text} is not a real date ({why})"},
    "err.not_real_date_plain": {"vi": "{text} không phải ngày có thật", "en": "{text} is not a real date"},
    "err.not_date_write": {
        "vi": "{text} không phải là ngày (hãy viết {example})",
        "en": "{text} is not a date (write {example})",
    },
    "err.no_month_day_first": {
        "vi": "{text}: không có tháng {month}; ngày viết trước tháng: có phải ý bạn là {meant}?",
        "en": "{text}: there is no month {month}; dates are written day first: did you mean {meant}?",
    },
    "err.backwards": {"vi": "{text} kết thúc trước khi bắt đầu", "en": "{text} ends before it starts"},
    "err.no_month": {"vi": "{text}: không có tháng {month}", "en": "{text}: there is no month {month}"},
    "err.unwritable": {"vi": "không viết được {text} thành bộ lọc", "en": "cannot write {text} as a filter"},
    "err.day_range": {"vi": "tháng này không có ngày đó", "en": "day is out of range for month"},
    "err.month_range": {"vi": "tháng phải từ 1 đến 12", "en": "month must be in 1..12"},
    "err.required": {"vi": "thiếu trường bắt buộc", "en": "required field is missing"},
    "err.unknown_record_field": {"vi": "trường không có trong định dạng", "en": "unknown field"},
    "err.empty": {"vi": "không được để trống", "en": "must not be empty"},
    "err.same_id": {"vi": "trùng mã", "en": "same id"},
    "err.duplicate": {
        "vi": "có thể trùng với {other} (cùng ngày, địa bàn và cơ quan)",
        "en": "probable duplicate of {other} (same date, localities and body)",
    },
    "err.duplicate_here": {
        "vi": "có thể trùng với {other}, ở trước trong lần nhập này (cùng ngày, địa bàn và cơ quan)",
        "en": "probable duplicate of {other}, earlier in this import (same date, localities and body)",
    },
    "err.iso_date": {
        "vi": "cần ngày dạng YYYY-MM-DD, nhận được {value}",
        "en": "expected an ISO date YYYY-MM-DD, got {value}",
    },
    "err.one_of": {"vi": "cần một trong {choices}, nhận được {value}", "en": "expected one of {choices}, got {value}"},
    "err.expected": {"vi": "cần {kind}, nhận được {value}", "en": "expected {kind}, got {value}"},
    "err.min_items": {"vi": "cần ít nhất {count} mục", "en": "needs at least {count} item(s)"},
    "err.too_long": {"vi": "dài hơn {count} ký tự", "en": "longer than {count} characters"},
    "err.unreadable": {"vi": "không đọc được ({why})", "en": "cannot be read ({why})"},
    # surveys list / show (the same language rule as the browser)
    "cli.no_match": {"vi": "không có khảo sát nào khớp", "en": "no survey matches"},
    "cli.col.date": {"vi": "Ngày", "en": "Date"},
    "cli.col.localities": {"vi": "Địa bàn", "en": "Localities"},
    "cli.col.province": {"vi": "Tỉnh/thành", "en": "Province"},
    "cli.col.body": {"vi": "Cơ quan", "en": "Body"},
    "cli.col.id": {"vi": "Mã", "en": "Id"},
    # import dialog
    "import.title": {"vi": "Nhập khảo sát", "en": "Import records"},
    "import.hint": {
        "vi": "Tệp bản ghi (.json, .jsonl), bài báo (.txt, .md, .html) hoặc thư mục; Enter kiểm tra, Tab gợi ý:",
        "en": "Records (.json, .jsonl), news articles (.txt, .md, .html) or a directory; Enter checks, Tab completes:",
    },
    "import.placeholder": {"vi": "đường/dẫn/tới/tệp.jsonl", "en": "path/to/records.jsonl"},
    "import.replace": {
        "vi": "Thay bản ghi đã có (cùng mã hoặc cùng chuyến)",
        "en": "Replace records already stored (same id or same visit)",
    },
    "import.start": {
        "vi": "Gõ đường dẫn rồi Enter để kiểm tra; chưa ghi gì cho đến khi bạn xác nhận.",
        "en": "Type a path and press Enter to check it; nothing is written until you confirm.",
    },
    "import.report": {"vi": "Kết quả kiểm tra", "en": "Report"},
    "import.go": {"vi": "Nhập", "en": "Import"},
    "import.cancel": {"vi": "Hủy", "en": "Cancel"},
    "import.no_path": {
        "vi": "Gõ đường dẫn tới tệp .json, .jsonl, bài báo hoặc thư mục.",
        "en": "Type the path of a .json or .jsonl file, of articles, or of a directory.",
    },
    "import.checking": {"vi": "Đang kiểm tra {path} …", "en": "Checking {path} …"},
    "import.checking_reviewed": {
        "vi": "Đang kiểm tra {count} bản ghi đã duyệt …",
        "en": "Checking {count} reviewed record(s) …",
    },
    "import.importing": {"vi": "Đang nhập …", "en": "Importing …"},
    "import.unexpected": {"vi": "lỗi bất ngờ: {error}", "en": "unexpected error: {error}"},
    "import.unreadable": {
        "vi": "Không nhập được: {count} bài không đọc được; sẽ không ghi gì.",
        "en": "Cannot import: {count} article(s) could not be read; nothing will be written.",
    },
    "import.reviewing": {
        "vi": "Duyệt {count} bản nháp: lưu (Ctrl+S) hoặc bỏ (Esc) từng bản …",
        "en": "Reviewing {count} draft(s): save (Ctrl+S) or cancel (Escape) each …",
    },
    "import.all_cancelled": {
        "vi": "Mọi bản nháp đều bị bỏ: không có gì để nhập.",
        "en": "Every draft was cancelled: there is nothing to import.",
    },
    "import.cannot": {"vi": "Không nhập được: {error}", "en": "Cannot import: {error}"},
    "import.summary": {
        "vi": "Sẽ thêm {added}, cập nhật {updated}, bỏ qua {skipped}; {invalid} không hợp lệ (đọc {read}).",
        "en": "Would add {added}, update {updated}, skip {skipped}; {invalid} invalid (of {read} read).",
    },
    "import.fix": {
        "vi": "Sửa các lỗi bên dưới: còn lỗi thì không ghi gì.",
        "en": "Fix the problems below: nothing will be written while any remain.",
    },
    "import.confirm": {
        "vi": "Bấm Nhập (Ctrl+Y) để ghi, hoặc Hủy.",
        "en": "Press Import (Ctrl+Y) to write them, or Cancel.",
    },
    "import.nothing": {
        "vi": "Không có gì để nhập; lý do ở bên dưới.",
        "en": "There is nothing to import; the reasons are below.",
    },
    "import.failed": {"vi": "Chưa nhập gì: {error}", "en": "Nothing was imported: {error}"},
    "import.will_add": {"vi": "Sẽ thêm ({count}):", "en": "Will add ({count}):"},
    "import.will_update": {"vi": "Sẽ cập nhật ({count}):", "en": "Will update ({count}):"},
    "import.will_skip": {"vi": "Sẽ bỏ qua ({count}):", "en": "Will skip ({count}):"},
    "import.more": {"vi": "… và {count} nữa", "en": "… and {count} more"},
    "import.left_out": {"vi": "Đã bỏ khi duyệt ({count}):", "en": "Left out, cancelled in review ({count}):"},
    "import.problems": {"vi": "Lỗi ({count}):", "en": "Problems ({count}):"},
}


def detect_lang(environ: Mapping[str, str] | None = None) -> str:
    """Vietnamese when the locale says so (LC_ALL, LC_MESSAGES, then LANG), else English."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


class Translator:
    """Looks words up for one language; `t("status.count", shown=…)`."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGS else "en"

    def __call__(self, message_id: str, **values: object) -> str:
        entry = CATALOG.get(message_id)
        text = entry[self.lang] if entry else message_id
        return text.format(**values) if values else text

    def short(self, message_id: str) -> str:
        """The footer's short form of a message, when it has one."""
        return self(message_id + ".short") if message_id + ".short" in CATALOG else self(message_id)

    def number(self, value: float | int) -> str:
        return format_number(value, self.lang)

    def percent(self, value: float | int) -> str:
        return f"{format_number(value, self.lang)}%"


# -- review screen: provenance, certainty, check flags, wholes (extraction, issue 12) ------------------------------
# Kept in one block at the end so that merging with other work on the catalog is easy.
CATALOG.update({
    "review.whole": {"vi": "trên tổng", "en": "of whole"},
    "review.certainty": {"vi": "Độ chắc chắn", "en": "Certainty"},
    "review.flag": {"vi": "⚠ check sẽ báo", "en": "⚠ check would flag"},
    "review.flags_before_save": {
        "vi": "Số liệu sẽ bị `check` báo lỗi (sửa, hoặc nhấn Lưu lần nữa để vẫn lưu):",
        "en": "Figures `check` would flag (fix them, or press Save again to save anyway):"},
    "review.bad_whole": {
        "vi": "{path}: tổng \"{value}\" không phải là số",
        "en": "{path}: whole \"{value}\" is not a number",
    },
    "review.difficulties": {"vi": "Khó khăn", "en": "Difficulties"},
    "review.people": {"vi": "Người được nêu tên", "en": "People named"},
    "review.name": {"vi": "họ tên", "en": "name"},
    "review.role": {"vi": "chức vụ", "en": "role"},
    "review.locality": {"vi": "địa bàn", "en": "locality"},
    "review.not_a_visit": {"vi": "Bài này có vẻ không phải bài về một cuộc giám sát/khảo sát: {reason}",
                           "en": "This article does not look like a visit report: {reason}"},
})


# -- review screen: every value editable; the merge offer of the import dialog (issue 12, review half) -------------
# One block of its own, so that reshaping the catalog elsewhere merges cleanly.
CATALOG.update({
    # the screen's first words (were `review_words._WORDS`)
    "review.title": {"vi": "Xem lại bản nháp", "en": "Review the draft"},
    "review.source": {"vi": "Nguồn", "en": "Source"},
    "review.none": {"vi": "(không có câu nguồn)", "en": "(no source sentence)"},
    "review.added": {"vi": "(bạn thêm)", "en": "(added by you)"},
    "review.date": {"vi": "Ngày (2025-09-09 hoặc 9/9/2025)", "en": "Date (2025-09-09 or 9/9/2025)"},
    "review.date_certainty": {"vi": "Độ chắc chắn của ngày", "en": "How sure the date is"},
    "review.kind": {"vi": "Loại", "en": "Kind"},
    "review.body": {"vi": "Đoàn", "en": "Delegation"},
    "review.leader": {"vi": "Trưởng đoàn", "en": "Head of delegation"},
    "review.leader_title": {"vi": "Chức vụ", "en": "Titles"},
    "review.topics": {"vi": "Chủ đề (mã, cách nhau bởi dấu phẩy)", "en": "Topics (ids, comma-separated)"},
    "review.summary": {"vi": "Tóm tắt", "en": "Summary"},
    "review.id": {"vi": "Mã", "en": "Id"},
    "review.localities": {"vi": "Địa bàn", "en": "Localities"},
    "review.figures": {"vi": "Số liệu", "en": "Figures"},
    "review.recommendations": {"vi": "Kiến nghị", "en": "Recommendations"},
    "review.directions": {"vi": "Chỉ đạo", "en": "Directions"},
    "review.keep": {"vi": "giữ", "en": "keep"},
    "review.label": {"vi": "nhãn", "en": "label"},
    "review.value": {"vi": "giá trị", "en": "value"},
    "review.unit": {"vi": "đơn vị", "en": "unit"},
    "review.text": {"vi": "nội dung", "en": "text"},
    "review.to": {"vi": "gửi đến", "en": "addressed to"},
    "review.add_locality": {"vi": "Thêm địa bàn (ví dụ: phường Lái Thiêu)",
                            "en": "Add a locality (e.g. phường Lái Thiêu)"},
    "review.add": {"vi": "Thêm", "en": "Add"},
    "review.save": {"vi": "Lưu", "en": "Save"},
    "review.cancel": {"vi": "Hủy", "en": "Cancel"},
    "review.problems": {"vi": "Cần sửa trước khi lưu:", "en": "Fix before saving:"},
    "review.warnings": {"vi": "Lưu ý:", "en": "Check:"},
    "review.certainty_blank": {"vi": "(không ghi)", "en": "(none)"},
    "review.unknown_place": {"vi": "không tìm thấy đơn vị \"{name}\" trong danh mục",
                             "en": "no unit \"{name}\" in the list"},
    "review.bad_date": {"vi": "ngày không hợp lệ: {error}", "en": "not a date: {error}"},
    "review.bad_value": {"vi": "{path}: \"{value}\" không phải là số", "en": "{path}: \"{value}\" is not a number"},
    "review.unknown_topic": {"vi": "chủ đề không có trong danh mục: {topic}", "en": "not a topic id: {topic}"},
    "review.notes": {"vi": "Ghi chú", "en": "Notes"},
    "review.same": {"vi": "(cùng câu như trên)", "en": "(the same sentence as above)"},
    "review.edited": {"vi": "bạn đã sửa", "en": "edited by you"},
    "review.place_unit": {"vi": "phường/xã như bài viết", "en": "ward/commune as written"},
    "review.place_district": {"vi": "quận/huyện", "en": "district"},
    "review.place_province": {"vi": "tỉnh/thành", "en": "province"},
    "review.qualifier": {"vi": "(đúng số)", "en": "(exact)"},
    "review.period_from": {"vi": "từ ngày", "en": "from"},
    "review.period_to": {"vi": "đến ngày", "en": "to"},
    "review.figure_place": {"vi": "địa bàn của số liệu", "en": "place of the figure"},
    "review.source_section": {"vi": "Nguồn bài", "en": "Source"},
    "review.source_outlet": {"vi": "Báo / trang", "en": "Outlet"},
    "review.source_author": {"vi": "Tác giả", "en": "Author"},
    "review.source_url": {"vi": "Địa chỉ (URL)", "en": "URL"},
    "review.source_published": {"vi": "Ngày đăng", "en": "Published"},
    "review.source_title": {"vi": "Tiêu đề", "en": "Title"},
    "review.notes_hint": {"vi": "Ghi chú (cách xác định ngày và đơn vị cũ)",
                          "en": "Notes (how the date and old units were resolved)"},
    "review.dated_by": {"vi": "Năm lấy từ", "en": "Year taken from"},
    "review.rule": {"vi": "quy tắc", "en": "rule"},
    "review.bad_place": {"vi": "{path}: \"{name}\" không phải là địa bàn của bản ghi",
                         "en": "{path}: \"{name}\" is not one of the record's localities"},
    "review.unplaced": {"vi": "địa bàn \"{name}\" chưa xác định được trong danh mục: sửa tên, ghi tỉnh, hoặc bỏ dòng",
                        "en": "locality \"{name}\" is not placed in the list: correct it, give its province, "
                              "or drop it"},
    "review.half_period": {"vi": "{path}: thời kỳ cần cả ngày đầu và ngày cuối",
                           "en": "{path}: a period needs both its first and last day"},
    "review.place_ambiguous": {"vi": "tên này có ở nhiều tỉnh ({provinces}): ghi tỉnh để chọn",
                               "en": "this name exists in several provinces ({provinces}): give the province"},
    "review.place_not_in": {"vi": "không có đơn vị này ở {province}; tên này có ở: {provinces}",
                             "en": "no such unit in {province}; this name exists in: {provinces}"},
    "review.place_give_district": {"vi": "{province} có hơn một đơn vị tên này (trước 2025): ghi quận/huyện",
                                   "en": "{province} had more than one unit of this name (before 2025): give the "
                                         "district"},
    "review.place_unknown": {"vi": "không tìm thấy đơn vị này trong danh mục", "en": "no such unit in the list"},
    "review.place_also": {"vi": "cũng có đơn vị cùng tên ở: {provinces}",
                          "en": "a unit of this name is also in: {provinces}"},
    "review.place_unsure": {"vi": "CHƯA CHẮC: cũng có đơn vị cùng tên ở {provinces}; ghi tỉnh để chắc chắn",
                            "en": "UNSURE: a unit of this name is also in {provinces}; give the province to be sure"},
    "review.said_bound": {"vi": "{word}: bài chỉ nêu một cận hoặc số gần đúng",
                          "en": "{word}: the article gives a bound or an approximation"},
    "review.said_unsure": {"vi": "{name} cũng là tên đơn vị ở {others}; chọn {chosen} nhưng bài không nêu tỉnh: "
                                 "CHƯA CHẮC",
                           "en": "{name} is also a unit in {others}; {chosen} chosen, but the article names no "
                                 "province: UNSURE"},
    "review.said_chosen": {"vi": "{name} cũng là tên đơn vị ở {others}; chọn {chosen} theo tỉnh, huyện cũ hoặc tờ "
                                 "báo mà bài nêu",
                           "en": "{name} is also a unit in {others}; {chosen} chosen by the province, old district "
                                 "or outlet the article names"},
    "review.add_where": {"vi": "Đưa con trỏ vào một mục (số liệu, kiến nghị …) rồi nhấn Ctrl+N để thêm dòng.",
                         "en": "Put the cursor in a section (figures, recommendations …), then Ctrl+N adds a row."},
    "review.keep_where": {"vi": "Đưa con trỏ vào một dòng rồi nhấn Ctrl+T để giữ hoặc bỏ nó.",
                          "en": "Put the cursor in a row, then Ctrl+T keeps or drops it."},
    "review.key.save": {"vi": "Lưu", "en": "Save"},
    "review.key.add": {"vi": "Thêm dòng", "en": "Add a row"},
    "review.key.keep": {"vi": "Giữ/bỏ dòng", "en": "Keep/drop row"},
    "review.key.cancel": {"vi": "Bỏ bài này", "en": "Leave out"},
    "review.key.next": {"vi": "Ô tiếp / trước", "en": "Next / previous field"},
    "review.key.help": {"vi": "Trợ giúp", "en": "Help"},
    "review.key.space": {"vi": "Đánh dấu / bỏ ô \"giữ\"; mở danh sách chọn",
                         "en": "Tick or untick \"keep\"; open a choice"},
    "review.key.enter": {"vi": "Thêm địa bàn vừa gõ; bấm nút đang chọn",
                         "en": "Add the locality typed; press the focused button"},
    "review.help_notes": {
        "vi": "Mỗi giá trị có câu nguồn bên dưới; giá trị bạn sửa được đánh dấu ✎. Địa bàn: gõ tên như bài viết, "
              "thêm quận/huyện hoặc tỉnh nếu tên có ở nhiều nơi. Số liệu: 2.446 hoặc 2446; 99,83 hoặc 99.83; "
              "thời kỳ là hai ngày (1/7/2025 và 30/9/2025).",
        "en": "Each value has its source sentence under it; a value you edit is marked ✎. Localities: type the name "
              "as written, and the district or province when the name exists in several places. Figures: 2.446 or "
              "2446; 99,83 or 99.83; a period is two days (1/7/2025 and 30/9/2025)."},
    "merge.title": {"vi": "Có vẻ đã lưu cuộc này", "en": "This visit seems to be stored already"},
    "merge.intro": {"vi": "Bài {article} có vẻ kể lại cuộc đã lưu (cùng ngày, cùng địa bàn, tên đoàn khớp):",
                    "en": "The article {article} seems to report a stored visit (same day, a shared place, the "
                          "delegation's names agree):"},
    "merge.lacks": {"vi": "Số liệu bản đã lưu chưa có ({count}):", "en": "Figures the stored record lacks ({count}):"},
    "merge.none_lacking": {"vi": "Bản đã lưu đã có mọi số liệu của bài này.",
                           "en": "The stored record already has every figure of this article."},
    "merge.merge": {"vi": "Gộp số liệu", "en": "Merge figures"},
    "merge.skip": {"vi": "Bỏ qua bài", "en": "Skip article"},
    "merge.import": {"vi": "Vẫn nhập mới", "en": "Import anyway"},
    "merge.key.merge": {"vi": "Gộp số liệu vào bản đã lưu", "en": "Merge the figures into the stored record"},
    "merge.key.skip": {"vi": "Bỏ qua bài này", "en": "Skip this article"},
    "merge.key.import": {"vi": "Vẫn nhập thành bản mới", "en": "Import it anyway as a new record"},
    "import.will_merge": {"vi": "Sẽ gộp số liệu vào bản đã lưu ({count}):",
                          "en": "Will merge figures into stored records ({count}):"},
    "import.merge_line": {"vi": "{stored} ← {count} số liệu từ {article}",
                          "en": "{stored} ← {count} figure(s) from {article}"},
    "import.merge_only": {"vi": "Sẽ chỉ gộp số liệu, không thêm bản ghi. Nhấn Ctrl+Y để gộp.",
                          "en": "Only figures will be merged, no record added. Press Ctrl+Y to merge."},
    "import.skipped_duplicate": {"vi": "Bỏ qua vì đã lưu ({count}):", "en": "Skipped as already stored ({count}):"},
    "import.finding_duplicates": {"vi": "Đang tìm bản đã lưu trùng …", "en": "Looking for stored duplicates …"},
    "import.merge_failed": {"vi": "Không gộp được vào {stored}: {error}",
                            "en": "Could not merge into {stored}: {error}"},
})
