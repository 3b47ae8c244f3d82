"""MkDocs hooks (``mkdocs.yml``): the reference pages of ``codegen/reference_pages.py`` join
the site at each build, so they can never drift from ``openapi.yaml`` or the code."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # mkdocs loads this file by path, not as part of ``codegen``
    sys.path.insert(0, str(REPO))

from codegen.reference_pages import api_pages, operation_pages  # noqa: E402


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated reference pages to the site's files."""
    pages = {**operation_pages(REPO / "openapi.yaml"), **api_pages()}
    for path, content in pages.items():
        files.append(File.generated(config, path, content=content))
    return files
