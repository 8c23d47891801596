"""The frozen program's entry: the desktop app, the command line and the worker processes
(templates from strangers, spelling) are all this one executable."""

import multiprocessing
import sys

from composer.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the merge's worker processes ("spawn")
    sys.exit(main())
