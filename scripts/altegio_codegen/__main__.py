"""``python -m altegio_codegen [--file PATH | --url URL] [--out DIR] [--allow-breaking] [--no-typecheck]``."""

import sys

from altegio_codegen.pipeline import main

sys.exit(main())
