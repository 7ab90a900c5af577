# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
# Both build .venv from the hashed, pinned lock (requirements.lock) the first time.
# PySide6 6.12's bindings assume None, True and False are immortal, as they are from Python 3.12
# on (ui/__init__.py works around it on 3.11), so prefer a Python 3.12 when the machine has one.
PYTHON ?= $(shell for p in python3.12 $$HOME/.pyenv/versions/3.12*/bin/python3.12 python3; do \
	"$$p" -c 'import sys; assert sys.version_info >= (3, 11)' >/dev/null 2>&1 && { echo "$$p"; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint stress bench dist dist-test lock system-deps system-check clean translations

# Debian/Ubuntu packages from the system (the list is in build/system-deps.sh): checked before
# anything else, in a few milliseconds. As root the missing ones are installed (`make
# system-deps`); otherwise one sentence names them and make stops. `make test` needs a few more
# than `make run`. Elsewhere (macOS, other Linux) nothing is checked.
SYSTEM_NEEDS := $(if $(filter test stress,$(MAKECMDGOALS)),test,run)

system-check:  # the Python is asked about its venv module only while .venv is still to be made
	@sh build/system-deps.sh check $(SYSTEM_NEEDS) "$(if $(wildcard $(STAMP)),,$(PYTHON))"

$(STAMP): requirements.lock pyproject.toml | system-check
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Translations (docs/translations.md). The .qm files and the pseudo-languages are built, not
# committed: this rule remakes them whenever a .ts source, the code or the script changes.
QM_STAMP := build/work/translations/.built
TS_SOURCES := $(wildcard resources/translations/recovery_journal_en.ts resources/translations/recovery_journal_pl.ts)
PY_SOURCES := $(shell find journal ui -name '*.py')

$(QM_STAMP): $(STAMP) $(TS_SOURCES) $(PY_SOURCES) build/translations.py
	$(PY) build/translations.py release
	touch $@

# After adding or changing strings: merge them into the committed .ts sources, then rebuild.
translations: $(STAMP)
	$(PY) build/translations.py update
	touch $(QM_STAMP)

run: system-check $(STAMP) $(QM_STAMP)
	$(VENV)/bin/recovery-journal

test: system-check $(STAMP) $(QM_STAMP)
	$(VENV)/bin/ruff check journal ui tests bench build
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check journal ui tests bench build
	$(VENV)/bin/mypy

stress: $(STAMP) $(QM_STAMP)
	QT_QPA_PLATFORM=offscreen RJ_STRESS=full $(PY) -m pytest -q tests/stress

bench: $(STAMP) $(QM_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# The standalone app (build/recovery-journal.spec): dist/recovery-journal/ plus a plain and a
# portable zip in dist/. PyInstaller's work files go to build/work (ignored by git).
dist: $(STAMP) $(QM_STAMP)
	$(PY) build/build.py

# Smoke and portable-mode tests of the frozen app in dist/ (`make dist` first); here a missing
# dist/ folder is a failure, while `make test` skips these tests.
dist-test: $(STAMP)
	RJ_DIST_REQUIRED=1 $(PY) -m pytest -q tests/dist

# The Debian package of the standalone app (build/deb.py): dist/recovery-journal_<version>_amd64.deb,
# built from a fresh `make dist` with dpkg-deb and dpkg-shlibdeps (`make deb-deps` installs them).
.PHONY: deb deb-test deb-deps
deb: dist
	$(PY) build/deb.py

# Installs that package on this machine, uses it, removes and purges it (tests/dist/test_deb.py).
# Run as root on a machine where recovery-journal is not installed otherwise; `make deb` first.
deb-test: $(STAMP)
	RJ_DEB_TEST=1 $(PY) -m pytest -q tests/dist/test_deb.py

# Debian's packaging and checking tools for `make deb` and `make deb-test`. Run as root.
deb-deps:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		dpkg-dev binutils lintian desktop-file-utils appstream man-db xvfb >/dev/null

# Regenerate the lock after changing dependencies in pyproject.toml.
lock: $(STAMP)
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile -q --extra dev --generate-hashes --allow-unsafe --strip-extras \
		-o requirements.lock pyproject.toml

# Every Debian package the project uses (build/system-deps.sh lists them: Qt's X libraries,
# PDF tools, strace, the X and Wayland servers and binutils for the standalone app's build and
# tests, fonts for screenshots in every script). Run as root; .ci/run calls it.
system-deps:
	sh build/system-deps.sh install "$(PYTHON)"

clean:
	rm -rf $(VENV) build/work dist .pytest_cache .mypy_cache .ruff_cache
