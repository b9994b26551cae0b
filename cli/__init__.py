"""The `surveys` command line: every command but the browser, with no Textual in it.

It sits beside `tui` (the browser) and above the services of `store`; `cli.main`
starts the browser only when no command is given, importing `tui.app` then.
"""
