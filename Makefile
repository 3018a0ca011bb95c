# The README's two commands are `make figures` and `make test`; everything else is set-up they do.
# Needs only python3 (3.11), pip and make on the machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
READY  := $(VENV)/.zhframe-ready

# Parameters of `make figures` for a researcher's own corpus:
#   make figures CORPUS=path/to/folder BY=outlet TARGET=党报 TIME=date OUT=out/outlets DICT=my_terms.txt
#                STOPWORDS=my_stopwords.txt   (one word a line; a stopwords.txt in CORPUS is used anyway)
#                FORCE=1   (run every notebook again; by default one whose inputs and outputs are
#                           unchanged since the last run into OUT is skipped, as make skips a file)
CORPUS   ?= seeds
MANIFEST ?=
BY       ?= district
OUT      ?=
JOBS     ?= 2
DICT     ?=
TARGET   ?=
TIME     ?=
ENGINE   ?=
SCHEDULER ?=
STOPWORDS ?=
FORCE    ?=

SOURCES := $(wildcard src/zhframe/*.py src/zhframe/*/*.py src/zhframe/*/*/*.py src/zhframe/data/*)

# A parameter as one shell word, exactly as typed: $(value) keeps make from expanding a
# `$` in it, and single quotes keep the shell from running a backtick or $(...) in it.
shq = '$(subst ','\'',$(value $1))'

.PHONY: figures test test-fast lock clean-cache help
help:
	@echo "make figures   run every notebook, write every figure (CORPUS=, BY=, OUT=, DICT=, STOPWORDS=, TARGET=, TIME= for your own corpus)"
	@echo "make test      run the whole test suite"
	@echo "make test-fast the suite without its end-to-end runs (tests marked slow)"

# The environment: a venv with the pinned dependencies and the package, editable. The lock is
# the complete resolved set (pip freeze), installed as it is (--no-deps): pip's resolver adds
# nothing and cannot trip over one extra spelled two ways (lxml[html-clean], lxml[html_clean]).
$(READY): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --disable-pip-version-check --no-deps -r requirements.lock
	$(BIN)/python -m pip install -qq --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# The seeds with their defaults are rebuilt in place, only when something changed; any
# parameter (BY=district_pinyin, MANIFEST=..., OUT=..., DICT=...) is a run of its own under OUT.
ifeq ($(CORPUS)|$(OUT)|$(BY)|$(MANIFEST)|$(DICT)|$(TARGET)|$(TIME)|$(ENGINE)|$(SCHEDULER)|$(STOPWORDS),seeds||district|||||||)
FIGURES_STAMP := build/figures.stamp
figures: $(FIGURES_STAMP)
ifneq ($(FORCE),)
.PHONY: $(FIGURES_STAMP)
endif
$(FIGURES_STAMP): $(READY) $(SOURCES) $(wildcard seeds/*) $(wildcard notebooks/*.ipynb)
	$(BIN)/python -m zhframe notebooks --jobs $(JOBS)
	@mkdir -p $(@D) && touch $@
else
figures: $(READY)
	$(BIN)/python -m zhframe notebooks --jobs $(call shq,JOBS) --corpus $(call shq,CORPUS) \
	  --by $(call shq,BY) $(if $(MANIFEST),--manifest $(call shq,MANIFEST)) \
	  $(if $(OUT),--out $(call shq,OUT)) $(if $(DICT),--dict $(call shq,DICT)) \
	  $(if $(TARGET),--target $(call shq,TARGET)) $(if $(TIME),--time $(call shq,TIME)) \
	  $(if $(ENGINE),--engine $(call shq,ENGINE)) $(if $(SCHEDULER),--scheduler $(call shq,SCHEDULER)) \
	  $(if $(STOPWORDS),--stopwords $(call shq,STOPWORDS)) $(if $(FORCE),--force)
endif

test: $(READY)
	$(BIN)/python -m pytest -q

test-fast: $(READY)
	$(BIN)/python -m pytest -q -m "not slow"

# Re-pin after changing dependencies in pyproject.toml (then commit requirements.lock).
lock: $(READY)
	(echo "# Pinned versions tested on Python 3.11 (linux x86_64). Regenerate with: make lock"; \
	 $(BIN)/python -m pip freeze --all --exclude-editable | grep -v -E "^(zhframe|pip)==" | sort -f) > requirements.lock

clean-cache:
	rm -rf .cache build
