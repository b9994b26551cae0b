"""The import dialog's look: its box, report and buttons (`tui.screens.import_dialog`)."""

IMPORT_CSS = """
    ImportScreen {
        align: center middle;
    }
    ImportScreen > #dialog {
        width: 90%;
        max-width: 120;
        height: 90%;
        min-height: 20;
        max-height: 100%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    ImportScreen #title {
        text-style: bold;
    }
    ImportScreen #hint {
        width: 100%;
        color: $text-muted;
    }
    ImportScreen #path {
        margin: 1 0 0 0;
    }
    ImportScreen #status {
        width: 100%;
        height: auto;
        max-height: 4;
    }
    ImportScreen #report-box {
        height: 1fr;
        min-height: 3;
        border: round $panel;
    }
    ImportScreen #buttons {
        height: 1;
        align-horizontal: right;
    }
    ImportScreen #buttons Button {
        margin-left: 2;
    }
    """
