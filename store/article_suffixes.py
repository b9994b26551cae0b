"""The file suffixes read as news articles, and how each is read, in a module of their own.

The import dialog lists and completes article files the moment it opens; taking the suffixes from
`store.extract` loaded the whole extractor first (0.3-0.5 s on a quiet machine, seconds on a loaded one, while
keys typed meanwhile went to the browser). The extractor reads them from here too.
"""

from __future__ import annotations

ARTICLE_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                    ".html": "html", ".htm": "html", ".xhtml": "html"}
