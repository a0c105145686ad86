"""Build this set's gold with the figures sets' one tool, ``bench/figures_gold/build_gold.py``.

python3 bench/figures_eval44/build_gold.py [--options of the tool]
"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:1] = [str(HERE)]
runpy.run_path(str(HERE.parent / "figures_gold" / "build_gold.py"), run_name="__main__")
