"""Schema keywords: those the generator expresses, those it reads with a warning, and what to
write instead of those it refuses (``unexpressed``, and ``normalise`` for ``allOf`` members)."""

from __future__ import annotations

# Expressed: types, bounds, enums, unions and defaults (schemas.py, models.py); readOnly
# (no argument), deprecated (docstring, DeprecationWarning); docs-only keywords.
EXPRESSED = frozenset(
    "$ref type properties required items additionalProperties enum const oneOf anyOf allOf"  # noqa: SIM905
    " discriminator default minimum maximum exclusiveMinimum exclusiveMaximum minLength"
    " maxLength pattern multipleOf minItems maxItems readOnly writeOnly deprecated"
    " description title example examples externalDocs $comment".split()
)
# Not expressed but harmless to requests and replies: listed in a warning.
WARNED = {
    "format": "the format is not validated",
    "uniqueItems": "uniqueness is not validated",
    "minProperties": "the property count is not validated",
    "maxProperties": "the property count is not validated",
    "contentEncoding": "the content is not decoded",
    "contentMediaType": "only application/json text is decoded",
    "xml": "XML is not supported",
    "propertyNames": "property names are not validated",
}


# What to write instead of a keyword the generator does not express.
INSTEAD = {
    "not": "describe the allowed values positively (enum, oneOf/anyOf)",
    "prefixItems": "use items (one schema for every element)",
    "if": "use oneOf/anyOf of the alternatives",
    "then": "use oneOf/anyOf of the alternatives",
    "else": "use oneOf/anyOf of the alternatives",
    "patternProperties": "use additionalProperties",
    "dependentSchemas": "use oneOf/anyOf of the alternatives",
    "unevaluatedProperties": "use additionalProperties",
    "$dynamicRef": "use $ref to a component schema",
}
