"""Print the README's settings table from the one settings table; ``--write`` updates README.md.

Usage: ``.venv/bin/python scripts/settings_table.py [--write]``
"""

import sys

from service.settings import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
