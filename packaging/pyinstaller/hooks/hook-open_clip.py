"""open_clip reads its model configs (model_configs/*.json) and the tokenizer's vocabulary
(bpe_simple_vocab_16e6.txt.gz) from beside its modules."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("open_clip", includes=["model_configs/*.json", "*.txt.gz"])
