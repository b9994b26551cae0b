"""The review screen's look, kept apart so that `review.py` holds the flow: sections, rows and notes."""

REVIEW_CSS = """
    ReviewScreen { align: center middle; }
    ReviewScreen #review { width: 100%; height: 1fr; border: thick $accent; background: $surface; padding: 0 1; }
    ReviewScreen #review-scroll { height: 1fr; scrollbar-gutter: stable; }  /* rows mounted later: no shift */
    ReviewScreen .review-title { text-style: bold; }
    ReviewScreen .review-section { margin-top: 1; text-style: bold; color: $accent; }
    ReviewScreen .review-label { color: $text-muted; }
    ReviewScreen .review-source { color: $text-muted; text-style: italic; padding-left: 2; height: auto; }
    ReviewScreen .review-flag { color: $error; text-style: bold; }
    ReviewScreen .review-certainty.-stale { text-style: italic strike; }
    ReviewScreen .review-row { height: auto; }
    ReviewScreen .review-item, ReviewScreen .review-list { height: auto; }
    ReviewScreen .review-row Checkbox { width: 9; }
    ReviewScreen .review-row2 { padding-left: 9; }
    ReviewScreen .review-row Input { margin-right: 1; }
    ReviewScreen .review-row .review-wide { width: 1fr; }
    ReviewScreen .review-row .review-mid { width: 2fr; max-width: 30; }
    ReviewScreen .review-row .review-narrow { width: 1fr; max-width: 14; }
    /* an item's text (a sentence) twice its addressee's room ("UBND thành phố"): at 80 columns the text had 33
       cells to the addressee's 30, and the cut sentence ran on into the addressee as if one phrase */
    ReviewScreen .review-row .review-text { width: 2fr; }
    ReviewScreen .review-row .review-to { width: 1fr; max-width: 30; }
    /* inputs share the screen's background: without a mark, "… bộ phận một cửa và" ran on into "thành phố" */
    ReviewScreen .review-row .review-between { width: 2; color: $text-muted; }
    /* a ward's former district, to tell namesakes apart: its placeholder "+ former district" whole (17 cells); the
       "+" and the italics make it a hint, where "phường Hòa Khánh huyện cũ" read as one name (tryout9) */
    ReviewScreen .review-row .review-district { width: 1fr; min-width: 18; max-width: 19; }
    ReviewScreen .review-row .review-district > .input--placeholder { text-style: italic; }
    /* a figure's number, unit and whole take what they need (86540, 95,1, "hồ sơ", "tỷ đồng", the placeholder
       "trên tổng"), the label the rest: at 80 columns the three took 14 each and cut the label at 19 */
    ReviewScreen .review-row .review-number { width: 10; }
    ReviewScreen .review-row .review-unit { width: 12; }
    ReviewScreen .review-row .review-qualifier { width: 16; }
    /* its placeholder "chưa có, vd. 31/3/2027" whole, in italics: an example date in plain grey had read as the
       item's deadline over a terminal of few colours (tryout s41-tryout13) */
    ReviewScreen .review-row .review-deadline { width: 23; }
    ReviewScreen .review-row .review-deadline > .input--placeholder { text-style: italic; }
    ReviewScreen .review-row .review-status { width: 20; }
    ReviewScreen .review-row .review-metric { width: auto; min-width: 16; max-width: 60; }
    ReviewScreen .review-row .review-label { width: auto; padding-right: 1; }
    ReviewScreen .review-add { height: auto; }
    /* compact buttons centre a label shorter than their 16 cells: "+ Số liệu" stood 4 cells in, "+ Kiến nghị" 3,
       "+ Recommendations" 1, and "(no metric)" one further than a metric's name; their labels start where they start */
    ReviewScreen .review-add-item, ReviewScreen .review-row .review-metric {
        text-align: left; content-align: left middle;
    }
    ReviewScreen .review-add Input { width: 1fr; }
    ReviewScreen #review-notices { height: auto; max-height: 8; }  /* a non-visit's three notes whole at 80 columns */
    ReviewScreen #review-error { color: $error; height: auto; max-height: 6; }
    ReviewScreen #review-buttons { height: auto; align-horizontal: right; }
    ReviewScreen #review-buttons Button { margin-left: 1; }
    """
