"""Help, offline: a short "How to use" page and About (which copy this is, its licence, where
the journal is kept, and that nothing goes online). Both are built from text in the app itself;
neither opens a browser or reads anything from a network."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
    tr = HelpDialog.tr
    sections = [
        ("<h2>{}</h2>", tr("How to use Recovery Journal")),
        ("<p>{}</p>", tr("Your journal is a private place to notice how you are doing and what helps. "
                         "Write as much or as little as you like; there is no right way.")),
        ("<h3>{}</h3>", tr("Every day")),
        ("<p>{}</p>", tr("On <b>Today</b>, move the sliders for hope, mood and craving, and add a few "
                         "words if you want. It saves as you go. You can check in more than once a day.")),
        ("<p>{}</p>", tr("<b>Log a trigger</b> when something pulls you towards using: what happened, "
                         "how strong it was and what you did. Over time you will see what works for you.")),
        ("<p>{}</p>", tr("<b>Gratitude</b>: a few small things you are glad of today.")),
        ("<h3>{}</h3>", tr("Looking back")),
        ("<p>{}</p>", tr("<b>Journal</b> shows everything you have written, newest first. Search finds "
                         "any word; Home and End take you to the newest and the oldest entry. Open an "
                         "entry to change it; Delete removes it and Ctrl+Z puts it back.")),
        ("<p>{}</p>", tr("<b>Trends</b> shows your check-ins over weeks and months. <b>Summary</b> makes "
                         "a one-page summary to print or save, for you or your keyworker.")),
        ("<h3>{}</h3>", tr("When it gets hard")),
        ("<p>{}</p>", tr("<b>I'm having a hard time</b> (Ctrl+Shift+H) opens your plan step by step: "
                         "your reasons, what you can do now and who you can call. The crisis page with "
                         "helplines opens even before you unlock.")),
        ("<h3>{}</h3>", tr("Keeping it safe")),
        ("<p>{}</p>", tr("The journal locks itself when you step away, and Ctrl+L locks it at once. "
                         "Everything is encrypted with your passphrase and stays on this computer. "
                         "A backup is made each day; in <b>Settings</b> you can back up to a USB "
                         "stick, restore a backup, change your passphrase and print a recovery key.")),
    ]
    return HelpDialog(tr("How to use"), "".join(tag.format(text) for tag, text in sections), parent)


def about(folder: Path, parent: QWidget | None = None) -> HelpDialog:
    tr = HelpDialog.tr
    html = "".join([
        "<h2>{}</h2>".format(tr("Recovery Journal")),
        "<p>{}</p>".format(journal.version_line()),
        "<p>{}</p>".format(tr("An offline, encrypted journal of hope, mood, triggers, gratitude and "
                              "support for people in recovery.")),
        "<p>{}</p>".format(tr("<b>Nothing goes online, ever.</b> The app has no accounts, no cloud, no "
                              "updates that call home and no tracking. It never opens a network "
                              "connection.")),
        "<p>{}</p>".format(tr("Your journal is kept in {folder}").format(folder=folder)),
        "<p>{}</p>".format(tr("Free software under the GNU General Public License, version 3 or later: "
                              "you may use, study, share and change it. It comes with no warranty.")),
    ])
    return HelpDialog(tr("About Recovery Journal"), html, parent)
