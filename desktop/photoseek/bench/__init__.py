"""`photoseek bench`: what PhotoSeek costs on this machine, each figure against a same-run reference."""
