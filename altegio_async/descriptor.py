"""What an operation is, as its generated module declares it: :class:`Operation` and :class:`Parameter`.

Every generated operation module holds ``OPERATION = Operation(method=..., path=..., ...)``,
decided from the normalised description when the client was generated;
``altegio_b2b.operation_index.OPERATIONS`` lists them all by name. The facade, the mock, the
CLI and the docs writer read these values; nothing inspects generated code to find them out.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Operation", "Parameter"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Parameter:
    """One parameter of an operation.

    Attributes:
        name: the name on the wire (``id[]``, ``location_id``).
        python_name: the keyword the generated function takes.
        location: ``"path"`` or ``"query"``.
        required: whether a caller must give it (a trailing path parameter may be optional).
        type: ``integer``, ``number``, ``string``, ``boolean``, ``date``, ``date-time``, ``array``,
            ``object``, ``enum`` or ``any``.
    """

    name: str
    python_name: str
    location: str
    required: bool
    type: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Operation:
    """One operation of the API.

    Attributes:
        module: the generated module (``altegio_b2b.api.<section>.<name>``).
        method: the HTTP method.
        path: the path template.
        summary: the documented summary.
        auth: ``"user"`` (partner and user token), ``"partner"`` or ``"none"``.
        query: the wire names of its query parameters.
        deprecated: whether Altegio deprecated it.
        status: the documented success status.
        parameters: path parameters in path order, then query parameters.
        body: ``"json"``, ``"multipart"`` or ``"none"``.
        body_required: whether a body must be given (False when the body requires no field).
        answer: ``"envelope"`` ({success, data, meta}), ``"bare"`` (the documented body is the
            data), ``"binary"`` (bytes, e.g. a PDF) or ``"none"`` (no body documented).
        data: the JSON type the data must have: ``object``, ``array``, ``string``, ``number``,
            ``integer``, ``boolean`` or ``any``; ``null`` is always accepted.
        items: for an array, the JSON type of its items (``any`` when open).
        model: the class in ``altegio_b2b.models`` the data (or each item of it) is built into, or ``""``.
        paging: ``"page+count"``, ``"page+page_size"``, ``"page+limit"``, ``"page+editable_length"``,
            ``"count"`` (size only), ``"body:page+page_size"`` (paged through the JSON body's
            fields) or ``""`` (not paged).
    """

    module: str
    method: str
    path: str
    summary: str
    auth: str
    query: tuple[str, ...]
    deprecated: bool
    status: int
    parameters: tuple[Parameter, ...]
    body: str
    body_required: bool
    answer: str
    data: str
    items: str
    model: str
    paging: str

    @property
    def name(self) -> str:
        """The operation's name (its module's last part)."""
        return self.module.rsplit(".", 1)[1]
