# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
# Both build .venv from the hashed, pinned lock (requirements.lock) the first time.
# PySide6 6.12's bindings assume None, True and False are immortal, as they are from Python 3.12
# on (ui/__init__.py works around it on 3.11), so prefer a Python 3.12 when the machine has one.
PYTHON ?= $(shell for p in python3.12 $$HOME/.pyenv/versions/3.12*/bin/python3.12 python3; do \
	"$$p" -c 'import sys; assert sys.version_info >= (3, 11)' >/dev/null 2>&1 && { echo "$$p"; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint stress bench dist dist-test lock system-deps clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/recovery-journal

test: $(STAMP)
	$(VENV)/bin/ruff check journal ui tests bench build
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check journal ui tests bench build
	$(VENV)/bin/mypy

stress: $(STAMP)
	QT_QPA_PLATFORM=offscreen RJ_STRESS=full $(PY) -m pytest -q tests/stress

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# The standalone app (build/recovery-journal.spec): dist/recovery-journal/ plus a plain and a
# portable zip in dist/. PyInstaller's work files go to build/work (ignored by git).
dist: $(STAMP)
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

# Debian packages the tests and the screenshots need (fonts for every script, PDF tools,
# the X libraries Qt's xcb plugin loads; binutils for PyInstaller, Xvfb, Weston and the xcb/wayland
# client libraries for the standalone app's tests). Run as root; .ci/run calls it.
system-deps:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		poppler-utils fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji \
		libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 strace \
		binutils xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
		libxcb-randr0 libxcb-xkb1 libxcb-sync1 libxcb-xfixes0 libxcb-shm0 libwayland-client0 \
		libwayland-cursor0 libwayland-egl1 libxtst6 weston >/dev/null

clean:
	rm -rf $(VENV) build/work dist .pytest_cache .mypy_cache .ruff_cache
