"""What ``models.py`` and ``params.py`` hold: pydantic classes, TypedDicts and type aliases."""

from __future__ import annotations

import keyword
from dataclasses import dataclass

from pydantic import BaseModel

from codegen.errors import GenerationError, Report
from codegen.pysource import attr_name, docstring, py_literal, union, wrap
from codegen.schemas import Schemas, members
from codegen.spec import Schema

# Field names that would shadow a BaseModel (or ResponseModel) attribute, and the names used in
# annotations inside a class body, which a field of the same name would hide from pydantic.
PYDANTIC_RESERVED = frozenset(
    {n for n in dir(BaseModel) if not n.startswith("_")}
    | {"essential", "fields", "to_dict", "to_json"}
)
ANNOTATION_NAMES = frozenset("Annotated Any Field Literal bool dict float int list str".split())  # noqa: SIM905
# The names the annotations of ``params.py``'s TypedDicts use.
PARAM_TYPE_NAMES = ANNOTATION_NAMES | {"Iterable", "Mapping", "Required", "Sequence", "object"}


@dataclass
class ModelField:
    """``name: annotation = default`` of a model class, with its docstring."""

    name: str
    line: str
    doc: str


@dataclass
class ModelClass:
    """A ``RequestModel`` or ``ResponseModel`` subclass."""

    name: str
    base: str
    doc: str
    fields: list[ModelField]
    essential: str | None = None  # a ``ClassVar`` line naming x-sdk-essential's fields
    mixin: str | None = None  # x-sdk-mixin: a class of ``poe_sdk._model_mixins`` it also inherits


@dataclass
class Alias:
    """``name: TypeAlias = expr`` with its docstring."""

    name: str
    expr: str
    doc: str


@dataclass
class ParamClass:
    """A ``<Schema>Param`` TypedDict; ``functional`` when a key is not a usable Python name."""

    name: str
    doc: str
    keys: list[tuple[str, str, str]]  # spec key, annotation, docstring
    functional: bool


def field_name(key: str) -> str:
    """A model field name: also clear of pydantic's attributes and ``model_*`` namespace."""
    name = attr_name(key, PYDANTIC_RESERVED | ANNOTATION_NAMES)
    return f"{name}_" if name.startswith("model_") else name


def schema_doc(name: str, schema: Schema) -> str:
    """The docstring text of a generated class or alias."""
    return str(schema.get("description") or f"The {name} schema.")


def definition_order(names: list[str], deps: dict[str, list[str]], what: str) -> list[str]:
    """``names`` with every name's dependencies first (otherwise in the given order)."""
    state: dict[str, bool] = {}  # False while visiting, True when placed
    order: list[str] = []

    def visit(name: str) -> None:
        if state.get(name) is False:
            raise GenerationError(f"recursive {what} {name!r} cannot be generated")
        if name not in state:
            state[name] = False
            for dep in deps.get(name, []):
                if dep in names:
                    visit(dep)
            state[name] = True
            order.append(name)

    for name in names:
        visit(name)
    return order


def model_views(s: Schemas, report: Report) -> tuple[list[ModelClass], list[Alias]]:
    """A class per object schema and a type alias per other schema, in definition order
    (each schema's error goes to ``report``)."""
    classes: dict[str, ModelClass] = {}
    aliases: dict[str, Alias] = {}
    factory_deps: dict[str, list[str]] = {}
    for name, schema in s.raw.items():
        with report.attempt():
            model_view(s, name, schema, classes, aliases, factory_deps)
    class_order = definition_order(list(classes), factory_deps, "default")
    alias_deps = {n: s.definition_deps(n) for n in aliases}
    alias_order = definition_order(list(aliases), alias_deps, "type alias")
    return [classes[n] for n in class_order], [aliases[n] for n in alias_order]


def model_view(
    s: Schemas,
    name: str,
    schema: Schema,
    classes: dict[str, ModelClass],
    aliases: dict[str, Alias],
    factory_deps: dict[str, list[str]],
) -> None:
    """The class or alias of the schema ``name``, added to ``classes`` or ``aliases``."""
    doc = schema_doc(name, schema)
    if not s.is_class(name):
        expr = s.model_type(schema, s.strict(name), own=True)
        aliases[name] = Alias(s.py[name], expr, docstring(wrap(doc, 0), 0))
        return
    props = (schema.get("properties") or {}).items()
    fields = [model_field(s, name, str(key), sub, factory_deps) for key, sub in props]
    if len({f.name for f in fields}) != len(fields):
        raise GenerationError(f"schema {name}: two properties have the same Python name")
    base = "RequestModel" if s.strict(name) else "ResponseModel"
    mixin = mixin_name(s, name)
    classes[name] = ModelClass(
        s.py[name],
        base if mixin is None else f"{mixin}, {base}",
        docstring(wrap(doc, 4), 4),
        fields,
        essential_line(s, name),
        mixin,
    )


def mixin_name(s: Schemas, name: str) -> str | None:
    """``x-sdk-mixin``: the class of ``poe_sdk._model_mixins`` whose hand-written methods and
    properties the model also inherits (placed before its pydantic base)."""
    mixin = s.raw[name].get("x-sdk-mixin")
    if mixin is None:
        return None
    if not isinstance(mixin, str) or not mixin.isidentifier() or keyword.iskeyword(mixin):
        raise GenerationError(f"schema {name}: x-sdk-mixin must name a class, got {mixin!r}")
    if mixin in s.py.values():
        raise GenerationError(f"schema {name}: x-sdk-mixin {mixin!r} is also a generated name")
    return mixin


def essential_line(s: Schemas, name: str) -> str | None:
    """``essential = (...)``: the fields of which a usable reply has at least one
    (``x-sdk-essential``); a reply with none of them is an error, not a deviation."""
    schema = s.raw[name]
    keys = schema.get("x-sdk-essential")
    if keys is None:
        return None
    props = schema.get("properties") or {}
    where = f"schema {name}: x-sdk-essential"
    if not isinstance(keys, list) or not keys or not all(k in props for k in keys):
        raise GenerationError(f"{where} must list some of its properties, got {keys!r}")
    if s.strict(name):
        raise GenerationError(f"{where} applies to replies; {name} is only sent in requests")
    names = ", ".join(py_literal(str(k)) for k in keys) + ("," if len(keys) == 1 else "")
    return f"essential: ClassVar[tuple[str, ...]] = ({names})"


def model_field(
    s: Schemas, owner: str, key: str, schema: Schema, factory_deps: dict[str, list[str]]
) -> ModelField:
    """``name: annotation = default``; a spec default of ``{}`` on a ``$ref`` to a class
    becomes ``Field(default_factory=<Class>)``, defined before the owner."""
    name = field_name(key)
    annotation = s.model_type(schema, s.strict(owner), closed=(owner, key) in s.closed_props)
    args = []
    if key not in (s.raw[owner].get("required") or []):
        value = schema.get("default", schema.get("const"))
        target = s.named(schema)
        if isinstance(value, dict | list) and target is not None and s.is_class(target):
            factory_deps.setdefault(owner, []).append(target)
            validate = f"lambda: {s.py[target]}.model_validate({py_literal(value)})"
            args.append(f"default_factory={s.py[target] if value == {} else validate}")
        elif isinstance(value, dict | list):
            # pydantic copies a mutable default for each instance; a literal default (not a
            # factory such as ``list`` or a lambda) is typed by the field's annotation.
            args.append(f"default={py_literal(value)}")
        else:
            args.append(f"default={py_literal(value)}")
            if value is None and not s.nullable(schema):
                annotation = union([annotation, "None"])
    if name != key:
        args.append(f"alias={py_literal(key)}")
    if schema.get("writeOnly") and not s.strict(owner):
        # A reply's value (an echoed secret) is dropped unread: never dumped nor shown.
        annotation = "Annotated[None, WRITE_ONLY]"
        args = ["default=None", *[a for a in args if a.startswith("alias=")], "exclude=True"]
    if schema.get("writeOnly"):
        args.append("repr=False")  # sent in a request, never shown in its repr
    line = f"{name}: {annotation}"
    if len(args) == 1 and args[0].startswith("default=") and args[0][8:9] not in "[{":
        line += f" = {args[0].removeprefix('default=')}"
    elif args:
        line += f" = Field({', '.join(args)})"
    return ModelField(name, line, docstring(wrap(s.description(schema), 4), 4))


def param_views(s: Schemas, report: Report) -> tuple[list[ParamClass], list[Alias]]:
    """TypedDicts of the request-side classes and ``Param`` aliases of its unions."""
    classes: list[ParamClass] = []
    aliases: dict[str, Alias] = {}
    for name, schema in s.raw.items():
        if name not in s.request_side:
            continue
        with report.attempt():
            param_view(s, name, schema, classes, aliases)
    deps = {n: s.definition_deps(n) for n in aliases}
    return classes, [aliases[n] for n in definition_order(list(aliases), deps, "type alias")]


def param_view(
    s: Schemas, name: str, schema: Schema, classes: list[ParamClass], aliases: dict[str, Alias]
) -> None:
    """The TypedDict or alias of the request-side schema ``name``."""
    doc = schema_doc(name, schema)
    if members(schema):
        expr = s.caller_type(schema, arg=False, own=True)
        aliases[name] = Alias(s.param_name(name), expr, docstring(wrap(doc, 0), 0))
    elif s.is_class(name):
        required = set(schema.get("required") or [])
        keys = []
        for key, sub in (schema.get("properties") or {}).items():
            annotation = s.caller_type(sub, arg=False)
            annotation = f"Required[{annotation}]" if key in required else annotation
            keys.append((str(key), annotation, docstring(wrap(s.description(sub), 4), 4)))
        # Class syntax holds any identifier (camelCase too) except keywords and the names
        # its annotations use, which a key in the class body would shadow.
        functional = any(
            not k.isidentifier() or keyword.iskeyword(k) or k in PARAM_TYPE_NAMES
            for k, _, _ in keys
        )
        indent = 0 if functional else 4
        classes.append(
            ParamClass(s.param_name(name), docstring(wrap(doc, indent), indent), keys, functional)
        )
