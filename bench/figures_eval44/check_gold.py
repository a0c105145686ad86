"""Check this set's gold with the figures sets' one tool, ``bench/figures_gold/check_gold.py``.

python3 bench/figures_eval44/check_gold.py [--options of the tool]
"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:1] = [str(HERE)]
runpy.run_path(str(HERE.parent / "figures_gold" / "check_gold.py"), run_name="__main__")
