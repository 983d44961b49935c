import sys

from metrodesk.cli import main

sys.exit(main())
