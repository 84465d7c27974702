"""What the facade knows about a generated operation: its generated descriptor and module.

An operation is a module of ``altegio_b2b.api`` (or its ``asyncio`` function). Facts about it
(path parameters, answer kind, data shape, paging style) come from the ``OPERATION`` descriptor
the module declares, decided at generation time; the module gives the request builder
(``build_request``) and its argument types.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import inspect
import io
import sys
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .descriptor import Operation

__all__ = ["OperationInfo", "check_json_body", "describe", "model_annotations", "prepare_arguments"]


@dataclass(frozen=True)
class OperationInfo:
    """One generated operation, as the facade uses it: its descriptor plus the module that sends it.

    Attributes:
        name: the operation's name (its module's last part, e.g. ``chain_loyalty_certificate_types_list``).
        module: the generated module.
        entry: the ``OPERATION`` its module declares (decided at generation time).
        signature: the signature of its request builder (path parameters positional).
        path_params: Python names of the path parameters, in path order.
        hints: parameter name → declared type.
        positional: names that may be given by position, in order (empty when the builder
            takes anything ``signature.bind`` must decide: positional-only or variadic parameters).
        names: every parameter's name.
        required: the parameters without a default.
        as_is: parameter name → the exact types its value is passed on unchanged as (the rest
            are converted).
        required_first: how many leading positional parameters are required when they are all
            the required ones (-1 otherwise): that many or more positional arguments, and no
            keyword, bind without a check.
    """

    name: str
    module: types.ModuleType
    entry: Operation
    signature: inspect.Signature
    path_params: tuple[str, ...]
    hints: Mapping[str, Any]
    positional: tuple[str, ...] = ()
    names: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()
    as_is: Mapping[str, frozenset[type]] = dataclasses.field(default_factory=dict)
    required_first: int = -1

    @property
    def answer(self) -> str:
        """``envelope``, ``bare``, ``binary`` or ``none``: what a success answer is documented as."""
        return self.entry.answer


def _module_of(op: object) -> types.ModuleType:
    if isinstance(op, str):
        raise TypeError(
            f"operations are passed as the generated module or function, not as a string ({op!r}): "
            "from altegio_b2b.api.<section> import <operation>"
        )
    if isinstance(op, types.ModuleType):
        module = op
    elif callable(op) and isinstance(getattr(op, "__module__", None), str):
        module = sys.modules.get(op.__module__)  # type: ignore[assignment]
    else:
        module = None
    if module is None or not module.__name__.startswith("altegio_b2b.api.") or not hasattr(module, "build_request"):
        raise TypeError(f"expected a generated operation from altegio_b2b.api (module or function), got {op!r}")
    return module


_DESCRIBED: dict[object, OperationInfo] = {}


def describe(op: object) -> OperationInfo:
    """The :class:`OperationInfo` for a generated operation module or function (cached)."""
    try:
        return _DESCRIBED[op]
    except (KeyError, TypeError):  # not seen yet, or unhashable (refused below)
        pass
    info = _describe_module(_module_of(op))
    _DESCRIBED[op] = info
    return info


@functools.cache
def _describe_module(module: types.ModuleType) -> OperationInfo:
    from .descriptor import Operation

    name = module.__name__.rsplit(".", 1)[1]
    entry = getattr(module, "OPERATION", None)  # the module declares what it is
    if not isinstance(entry, Operation) or entry.module != module.__name__:
        raise TypeError(f"{module.__name__} declares no OPERATION: regenerate the client")
    builder = module.build_request
    hints = typing.get_type_hints(builder)
    hints.pop("return", None)
    signature = inspect.signature(builder)
    unusual = {inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD}
    simple = not any(q.kind in unusual for q in signature.parameters.values())
    positional = tuple(n for n, q in signature.parameters.items() if q.kind is q.POSITIONAL_OR_KEYWORD)
    required = frozenset(n for n, q in signature.parameters.items() if q.default is q.empty)
    return OperationInfo(
        name=name,
        module=module,
        entry=entry,
        signature=signature,
        path_params=tuple(p.python_name for p in entry.parameters if p.location == "path"),
        hints=hints,
        positional=positional if simple else (),
        names=frozenset(signature.parameters) if simple else frozenset(),
        required=required,
        as_is={name: _as_is_safely(hint) for name, hint in hints.items()},
        required_first=len(required) if simple and set(positional[: len(required)]) == required else -1,
    )


def _as_is_safely(hint: Any) -> frozenset[type]:
    try:
        return _taken_as_is(hint)
    except TypeError:  # an unhashable hint: every value goes through the conversion
        return frozenset()


def prepare_arguments(info: OperationInfo, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """Bind and convert the caller's arguments for the request builder.

    Raises TypeError or ValueError naming the operation and the parameter, before anything
    is sent, for a missing, unknown or unconvertible argument.
    """
    arguments = _bind(info, args, kwargs)
    as_is = info.as_is
    for name, value in arguments.items():
        if type(value) not in as_is.get(name, _NOTHING):
            arguments[name] = _convert(info.name, name, value, info.hints.get(name, Any))
    return arguments


_NOTHING: frozenset[type] = frozenset()


def _bind(info: OperationInfo, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments by name, as ``signature.bind`` would give them; it decides (and words) any fault."""
    if info.names and len(args) <= len(info.positional):
        arguments = dict(zip(info.positional, args))  # noqa: B905 (the lengths were just checked: the keyword costs a third)
        if not kwargs and 0 <= info.required_first <= len(args):
            return arguments  # every required parameter was given by position
        for name, value in kwargs.items():
            if name in arguments or name not in info.names:
                break
            arguments[name] = value
        else:
            if info.required <= arguments.keys():
                return arguments
    try:
        return dict(info.signature.bind(*args, **kwargs).arguments)
    except TypeError as exc:
        raise TypeError(f"{info.name}: {exc}") from None


def _describe_type(hint: Any) -> str:
    if isinstance(hint, type):
        return hint.__name__
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is list and args:
        return f"list[{_describe_type(args[0])}]"
    return str(hint)


def _convert(op: str, name: str, value: Any, hint: Any) -> Any:
    try:
        return _coerce(value, hint)
    except (TypeError, ValueError) as exc:
        raise type(exc)(f"{op}: parameter {name!r}: {exc}") from None


_PLAIN_TYPES: dict[Any, frozenset[type]] = {int: frozenset({int}), str: frozenset({str}), bool: frozenset({bool})}
_PLAIN_TYPES[float] = frozenset({float, int})


@functools.cache
def _taken_as_is(hint: Any) -> frozenset[type]:
    """The exact types a value of ``hint`` is passed on unchanged as (the common case, decided once)."""
    from altegio_b2b.types import Unset

    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = typing.get_args(hint)
        if all(m in _PLAIN_TYPES or m in (Unset, type(None)) for m in members):
            return frozenset().union(*(_PLAIN_TYPES.get(m, {m}) for m in members))
        return frozenset({Unset})
    return _PLAIN_TYPES.get(hint, frozenset())


def _coerce(value: Any, hint: Any) -> Any:
    """``value`` as the declared type, converting plain values where that is safe."""
    try:
        if type(value) in _taken_as_is(hint):
            return value
    except TypeError:  # an unhashable hint: decided below
        pass
    from altegio_b2b.types import File, Unset

    if hint is Any or isinstance(value, Unset):
        return value
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        candidates = [o for o in options if o not in (type(None), Unset)]
        models = [o for o in candidates if hasattr(o, "from_dict")]
        if len(models) == 1 and isinstance(value, Mapping):
            return _coerce(value, models[0])  # a dict for a model body: build the model, say what is missing
        if len(candidates) == 1:
            return _coerce(value, candidates[0])
        problems: list[Exception] = []
        for option in candidates:
            try:
                return _coerce(value, option)
            except (TypeError, ValueError) as exc:
                problems.append(exc)
        kind = ValueError if all(isinstance(p, ValueError) for p in problems) else TypeError
        expected = " or ".join(_describe_type(o) for o in candidates)
        raise kind(f"expected {expected}, got {value!r}")
    if origin is list:
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, (list, tuple, set, frozenset)):
            raise TypeError(f"expected a list, got {type(value).__name__} {value!r}")
        (item_hint,) = typing.get_args(hint) or (Any,)
        return [_coerce(item, item_hint) for item in value]
    if not isinstance(hint, type):
        return value
    if issubclass(hint, enum.Enum):
        if isinstance(value, hint):
            return value
        allowed = hint._value2member_map_
        if value in allowed and not isinstance(value, bool):
            return allowed[value]
        values = ", ".join(repr(v) for v in allowed)
        raise ValueError(f"{value!r} is not one of {values}")
    if hint is bool:
        if isinstance(value, bool):
            return value
        raise TypeError(f"expected bool, got {type(value).__name__} {value!r}")
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise TypeError(f"expected int, got {type(value).__name__} {value!r}")
    if hint is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        raise TypeError(f"expected a number, got {type(value).__name__} {value!r}")
    if hint is str:
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        raise TypeError(f"expected str, got {type(value).__name__} {value!r}")
    if hint in (datetime.date, datetime.datetime):
        return _coerce_date(value, hint)
    if hint is File:
        return _coerce_file(value)
    if hasattr(hint, "from_dict"):
        if isinstance(value, hint):
            return value
        if isinstance(value, Mapping):
            try:
                return hint.from_dict(dict(value))
            except KeyError as exc:
                raise TypeError(f"{hint.__name__} is missing the required field {exc.args[0]!r}") from None
        raise TypeError(f"expected {hint.__name__} or a dict, got {type(value).__name__}")
    if isinstance(value, hint):
        return value
    raise TypeError(f"expected {hint.__name__}, got {type(value).__name__} {value!r}")


def _coerce_date(value: Any, hint: type) -> Any:
    if hint is datetime.date and isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if hint is datetime.datetime and isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        from altegio_b2b.types import WireDate, WireDateTime

        try:  # the text is kept: it goes out as given, in the path, the query and the body
            return WireDate.from_text(value) if hint is datetime.date else WireDateTime.from_text(value)
        except (ValueError, OverflowError):
            raise ValueError(f"{value!r} is not an ISO 8601 {hint.__name__}") from None
    raise TypeError(f"expected {hint.__name__} or an ISO 8601 string, got {type(value).__name__}")


def _coerce_file(value: Any) -> Any:
    from altegio_b2b.types import File

    if isinstance(value, File):
        return value
    if isinstance(value, (bytes, bytearray)):
        return File(payload=io.BytesIO(bytes(value)))
    if hasattr(value, "read"):
        return File(payload=value, file_name=getattr(value, "name", None))
    raise TypeError(f"expected File, bytes or a binary file object, got {type(value).__name__}")


def check_json_body(operation: str, body: Any, where: str = "body") -> Any:
    """The body as JSON can carry it: TypeError or ValueError naming the operation and the field otherwise.

    Checked before sending. A ``date``/``datetime`` the model did not spell already (one inside a
    dict or an undocumented field) goes out as the text it was read from, else ISO 8601 (a
    documented field is spelled by its model as its documentation says). Refused: a set, bytes,
    an object of no JSON type, or a float that is NaN or infinite (not JSON).
    """
    import math

    if body is None or isinstance(body, (str, bool, int)):
        return body
    if isinstance(body, float):
        if not math.isfinite(body):
            raise ValueError(f"{operation}: parameter {where!r}: {body!r} is not a JSON number")
        return body
    if isinstance(body, (datetime.date, enum.Enum)):
        from .runtime import to_json  # the generated models' own spelling: the text read, else ISO 8601

        return check_json_body(operation, to_json(body), where)
    if isinstance(body, Mapping):
        out: dict[str, Any] = {}
        for key, value in body.items():
            if not isinstance(key, str):
                raise TypeError(f"{operation}: parameter {where!r}: key {key!r} is not a string")
            out[key] = check_json_body(operation, value, f"{where}.{key}")
        return out
    if isinstance(body, (list, tuple)):
        return [check_json_body(operation, value, f"{where}[{index}]") for index, value in enumerate(body)]
    kind = type(body).__name__
    hint = " (use a list)" if isinstance(body, (set, frozenset)) else ""
    raise TypeError(f"{operation}: parameter {where!r}: a {kind} cannot be sent as JSON{hint}")


class _ModelNames(dict[str, Any]):
    """Resolves the names a model's annotations use, importing models on first use."""

    def __missing__(self, key: str) -> Any:
        import altegio_b2b.models

        try:
            return getattr(altegio_b2b.models, key)
        except AttributeError:
            raise KeyError(key) from None


def model_annotations(cls: type) -> dict[str, Any]:
    """A generated model's field annotations, resolved (models refer to each other lazily)."""
    return typing.get_type_hints(cls, localns=_ModelNames())
