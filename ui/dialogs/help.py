"""Help, offline: a short "How to use" page and About (which copy this is, its licence, where
the journal is kept, and that nothing goes online). Both are built from text in the app itself;
neither opens a browser or reads anything from a network."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

import journal


class HelpDialog(QDialog):
    """A page of plain text in a reader that scrolls and follows the text size."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # nothing here goes anywhere, let alone online
        self.text.setHtml(html)
        self.text.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(620, 560)

    def plain_text(self) -> str:
        return self.text.toPlainText()


def how_to_use(parent: QWidget | None = None) -> HelpDialog:
    # (tag, words): headings and paragraphs, each one string for translators.
    sections = [
        ("h2", QCoreApplication.translate("help", "How to use Recovery Journal")),
        ("p", QCoreApplication.translate(
            "help", "Your journal is a private place to notice how you are doing and what helps. "
            "Write as much or as little as you like; there is no right way.")),
        ("h3", QCoreApplication.translate("help", "Every day")),
        ("p", QCoreApplication.translate(
            "help", "On <b>Today</b>, move the sliders for hope, mood and craving, and add a few words "
            "if you want. It saves as you go. You can check in more than once a day.")),
        ("p", QCoreApplication.translate(
            "help", "<b>Log a trigger</b> when something pulls you towards using: what happened, how "
            "strong it was and what you did. Over time you will see what works for you.")),
        ("p", QCoreApplication.translate(
            "help", "<b>Gratitude</b>: a few small things you are glad of today.")),
        ("h3", QCoreApplication.translate("help", "Looking back")),
        ("p", QCoreApplication.translate(
            "help", "<b>Journal</b> shows everything you have written, newest first. Search finds any "
            "word; Home and End take you to the newest and the oldest entry. Open an entry to "
            "change it; Delete removes it and Ctrl+Z puts it back.")),
        ("p", QCoreApplication.translate(
            "help", "<b>Trends</b> shows your check-ins over weeks and months. <b>Summary</b> makes a "
            "one-page summary to print or save, for you or your keyworker.")),
        ("h3", QCoreApplication.translate("help", "When it gets hard")),
        ("p", QCoreApplication.translate(
            "help", "<b>I'm having a hard time</b> (Ctrl+Shift+H) opens your plan step by step: your "
            "reasons, what you can do now and who you can call. The crisis page with helplines "
            "opens even before you unlock.")),
        ("h3", QCoreApplication.translate("help", "Keeping it safe")),
        ("p", QCoreApplication.translate(
            "help", "The journal locks itself when you step away, and Ctrl+L locks it at once. "
            "Everything is encrypted with your passphrase and stays on this computer. A backup is "
            "made each day; in <b>Settings</b> you can back up to a USB stick, restore a backup, "
            "change your passphrase and print a recovery key.")),
    ]
    html = "".join(f"<{tag}>{words}</{tag}>" for tag, words in sections)
    return HelpDialog(QCoreApplication.translate("help", "How to use"), html, parent)


def about(folder: Path, parent: QWidget | None = None) -> HelpDialog:
    paragraphs = [
        journal.version_line(),
        QCoreApplication.translate(
            "help", "An offline, encrypted journal of hope, mood, triggers, gratitude and support "
            "for people in recovery."
        ),
        QCoreApplication.translate(
            "help", "<b>Nothing goes online, ever.</b> The app has no accounts, no cloud, no updates "
            "that call home and no tracking. It never opens a network connection."
        ),
        QCoreApplication.translate("help", "Your journal is kept in {folder}").format(folder=folder),
        QCoreApplication.translate(
            "help", "Free software under the GNU General Public License, version 3 or later: you may "
            "use, study, share and change it. It comes with no warranty."
        ),
    ]
    title = QCoreApplication.translate("help", "Recovery Journal")
    html = f"<h2>{title}</h2>" + "".join(f"<p>{text}</p>" for text in paragraphs)
    return HelpDialog(QCoreApplication.translate("help", "About Recovery Journal"), html, parent)
