#!/bin/sh
# The Debian/Ubuntu packages Recovery Journal needs from the system, checked before `make run` and
# `make test` so a fresh machine with only Python gets one plain sentence instead of a Qt or venv
# error half-way through.
#
#   build/system-deps.sh check run|test PYTHON   all there: quiet; missing: as root, install
#                                                 everything (as `make system-deps` does);
#                                                 otherwise one sentence naming them, exit 1
#   build/system-deps.sh install PYTHON          (root; `make system-deps`) everything below
#
# Elsewhere (no dpkg-query: macOS, Fedora, Windows) it does nothing. The check asks dpkg, not
# apt, so it costs a few milliseconds.
set -eu

# Qt's libraries for a window on X11 (PySide6's wheels bring Qt, not these).
RUN_PACKAGES="libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-randr0 libxcb-xkb1 libxcb-sync1 libxcb-xfixes0 libxcb-shm0"
# The suite also reads PDFs back (poppler-utils), traces the files the app opens (strace), runs
# the app on a private X server for the clipboard and selection (xvfb), sends the desktop's
# screen-lock and sleep signals on a private bus (dbus: dbus-daemon), and reads the app as a
# screen reader does (tests/ui/test_accessibility_bus.py: at-spi2-core and the system Python's
# pyatspi).
TEST_PACKAGES="poppler-utils strace xvfb dbus at-spi2-core python3-pyatspi"
# Only for `make dist dist-test`: PyInstaller's readelf, and X and Wayland servers for the frozen
# app's window tests.
DIST_PACKAGES="binutils xvfb weston libwayland-client0 libwayland-cursor0 libwayland-egl1 libxtst6"
# Only for screenshots of words in every script: the app and the summary ship their own Noto Sans.
FONT_PACKAGES="fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji fonts-dejavu-core"

installed_among() {
  # One dpkg-query for them all (one call each would take most of a second). Ubuntu 24.04 and
  # Debian 13 renamed some libraries with a "t64" suffix, so both names are asked for.
  names=""
  for package in "$@"; do names="$names $package ${package}t64"; done
  # shellcheck disable=SC2086
  dpkg-query -W -f '${db:Status-Status} ${Package}\n' $names 2>/dev/null | sed -n 's/^installed //p'
}

venv_package() {
  # Debian's Python ships venv's pip bootstrap separately, as pythonX.Y-venv.
  # (An empty PYTHON means the venv is made already: nothing to ask.)
  if [ -n "$1" ] && ! "$1" -c 'import importlib.util as u; assert u.find_spec("ensurepip")' 2>/dev/null; then
    "$1" -c 'import sys; print("python%d.%d-venv" % sys.version_info[:2])' 2>/dev/null || true
  fi
}

install() {
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

command -v dpkg-query >/dev/null 2>&1 || exit 0
action=$1
case $action in
  check)
    wanted="$RUN_PACKAGES"
    [ "$2" = test ] && wanted="$wanted $TEST_PACKAGES"
    python=$3
    ;;
  install)
    wanted="$RUN_PACKAGES $TEST_PACKAGES $DIST_PACKAGES $FONT_PACKAGES"
    python=$2
    ;;
  *)
    echo "usage: $0 check run|test PYTHON | install PYTHON" >&2
    exit 2
    ;;
esac
wanted="$wanted $(venv_package "$python")"

if [ "$action" = install ]; then
  # shellcheck disable=SC2086  # one package per word
  install $wanted
  exit 0
fi

# shellcheck disable=SC2086
have=" $(installed_among $wanted | tr '\n' ' ') "
missing=""
for package in $wanted; do
  case $have in
    *" $package "* | *" ${package}t64 "*) ;;
    *) missing="$missing $package" ;;
  esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the Debian packages Recovery Journal needs (missing:$missing)." >&2
  exec sh "$0" install "$python"
fi
echo "Recovery Journal needs these Debian packages first:$missing; install them as root" \
  "(apt-get install$missing, or: sudo make system-deps) and run make again." >&2
exit 1
