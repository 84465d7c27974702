"""The code generator's pipeline, one Python program: ``python -m altegio_codegen`` (``scripts/regenerate.sh``).

Named stages, run in order, in memory where they can be: ``source`` (the recorded description,
a file or a download), ``normalise`` (once), ``diff`` (the change report and its gate),
``generate`` (openapi-python-client with the project's templates), ``describe`` (the operation
descriptors), ``format`` (ruff), ``verify`` (every module imports; mypy) and ``swap`` (only
then is ``generated/`` replaced), then ``record`` (the kept description, its source and the
CHANGELOG entry). See :mod:`altegio_codegen.pipeline`.
"""
