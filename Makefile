# The README's two commands are `make figures` and `make test`; everything else is set-up they do.
# Needs only python3 (3.11), pip and make on the machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
READY  := $(VENV)/.zhframe-ready

# Parameters of `make figures` for a researcher's own corpus:
#   make figures CORPUS=path/to/folder BY=outlet OUT=out/outlets DICT=my_terms.txt
CORPUS   ?= seeds
MANIFEST ?=
BY       ?= district
OUT      ?=
JOBS     ?= 2
DICT     ?=

SOURCES := $(wildcard src/zhframe/*.py src/zhframe/*/*.py src/zhframe/data/*)

.PHONY: figures test lock clean-cache help
help:
	@echo "make figures   run every notebook, write every figure (CORPUS=, BY=, OUT=, DICT= for your own corpus)"
	@echo "make test      run the whole test suite"

# The environment: a venv with the pinned dependencies and the package, editable.
$(READY): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -qq --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

ifeq ($(CORPUS)$(OUT)$(DICT),seeds)
FIGURES_STAMP := build/figures.stamp
figures: $(FIGURES_STAMP)
$(FIGURES_STAMP): $(READY) $(SOURCES) $(wildcard seeds/*) $(wildcard notebooks/*.ipynb)
	$(BIN)/python -m zhframe notebooks --jobs $(JOBS)
	@mkdir -p $(@D) && touch $@
else
figures: $(READY)
	$(BIN)/python -m zhframe notebooks --jobs $(JOBS) --corpus "$(CORPUS)" --by "$(BY)" \
	  $(if $(MANIFEST),--manifest "$(MANIFEST)") $(if $(OUT),--out "$(OUT)") $(if $(DICT),--dict "$(DICT)")
endif

test: $(READY)
	$(BIN)/python -m pytest -q

# Re-pin after changing dependencies in pyproject.toml (then commit requirements.lock).
lock: $(READY)
	(echo "# Pinned versions tested on Python 3.11 (linux x86_64). Regenerate with: make lock"; \
	 $(BIN)/python -m pip freeze --all --exclude-editable | grep -v -E "^(zhframe|pip)==" | sort -f) > requirements.lock

clean-cache:
	rm -rf .cache build
