"""The generated client's runtime: the hand-written ``altegio_async.runtime``, re-exported here, where
the generator's templates import it from. See that module."""

from altegio_async.runtime import *  # noqa: F403
from altegio_async.runtime import __all__ as __all__
