"""All state under the app home: even the caches of the libraries we use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHECK = """
import sys
import photoseek.cli, photoseek.gui.app  # the entry points' own imports must not load the hub client
assert "huggingface_hub" not in sys.modules and "torch" not in sys.modules
from photoseek.core.paths import AppHome
home = AppHome.resolve(sys.argv[1])
home.claim_library_caches()
import huggingface_hub.constants, torch.hub
print(huggingface_hub.constants.HF_HOME)
print(torch.hub.get_dir())
"""


def test_hub_and_torch_caches_live_in_the_app_home(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HOME", "TORCH_HOME")}
    result = subprocess.run([sys.executable, "-c", CHECK, str(tmp_path / "home")], capture_output=True, text=True,
                            env=env, check=True)
    hf_home, torch_home = result.stdout.split()
    assert Path(hf_home).is_relative_to(tmp_path / "home" / "models")
    assert Path(torch_home).is_relative_to(tmp_path / "home" / "models")
