"""`python -m pipeline` is the `press-events` command."""

import sys

from .cli import main

sys.exit(main())
