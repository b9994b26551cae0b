"""What a news article file is (its suffixes, how each is read, its size limit), in a module of their own.

The import dialog lists and completes article files the moment it opens; taking the suffixes from
`store.extract` loaded the whole extractor first (0.3-0.5 s on a quiet machine, seconds on a loaded one, while
keys typed meanwhile went to the browser). The extractor reads them from here too.
"""

from __future__ import annotations

ARTICLE_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                    ".html": "html", ".htm": "html", ".xhtml": "html"}

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
"""An article is a few kilobytes; a file over 2 MiB is not one (raise it with --max-article-size). Here, not in the
extractor, so that `import --help` says the same limit as `extract --help` without loading the extractor."""
