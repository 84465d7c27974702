"""``python -m altegio_async.cli``: the ``altegio-async`` command."""

from .._entry import main

main()
