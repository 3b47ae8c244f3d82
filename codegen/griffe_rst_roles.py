"""A griffe extension for the documentation site (``mkdocs.yml``): the package's docstrings
use reStructuredText roles (``:class:`ResponseLimits```, ``:data:`~x.TEST_API_KEY```), which
Markdown would show as written; here they become code spans (``ResponseLimits``)."""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj):`~?([^`]+)`")


def markdown_roles(text: str) -> str:
    """``text`` with each role replaced by a code span of its target's last name."""
    return ROLE.sub(lambda m: f"`{m.group(1).rsplit('.', 1)[-1]}`", text)


class RstRoles(griffe.Extension):
    """Rewrite the roles of every docstring griffe loads."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown_roles(obj.docstring.value)
