"""General overdose advice for the crisis pages, written for UK services and marked as such.

It is shown before unlocking (nothing personal in it) and inside the journal, where the person can
change it for where they live (like the helplines). It is information, said once and plainly,
never a lecture; it promises nothing. Plain text, so the person can edit it as plain text.

Sources (UK, checked 2026):
- Public Health England (now OHID), "Widening the availability of naloxone" (2019) and "Take-home
  naloxone for opioid overdose in people who use drugs" (2017):
  https://www.gov.uk/government/publications/widening-the-availability-of-naloxone
  Naloxone is supplied free by drug services (and some pharmacies) with a few minutes' training;
  it wears off sooner than many opioids, so call 999 and stay; tolerance falls after a break
  (prison, detox, hospital); mixing opioids with other depressants and using alone raise the risk.
- FRANK, "Naloxone": https://www.talktofrank.com/ (search "naloxone"); NHS, "Recovery position":
  https://www.nhs.uk/conditions/first-aid/recovery-position/
- We Are With You, "How to use a naloxone injection (Prenoxad)": https://wearewithyou.org.uk/
  help-and-advice/safer-injecting/how-use-naloxone-injection-prenoxad (call 999 first; effects
  can wear off after 20-30 minutes; stay until the ambulance comes; naloxone does no harm if the
  person has not taken opioids).
- Change Grow Live, "Naloxone": https://www.changegrowlive.org/advice-info/alcohol-drugs/
  naloxone-overdose-reversal-drug (free kits and training at local services; a new kit when one
  is used, lost or out of date); Release and Scottish Drugs Forum give 20-90 minutes for how long
  naloxone lasts, which is the range said here (the lower end is the one that matters: stay).
- Gabapentin and pregabalin with opioids: MHRA Drug Safety Update, October 2017 ("risk of
  respiratory depression").
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from .i18n import USER_TEXT_PROPERTY


def built_in_lines() -> list[tuple[str, bool]]:
    """The UK advice, in the person's language: (line, is it a heading), blank lines between parts."""

    translate = QCoreApplication.translate  # named so, lupdate extracts each call below
    lines: list[str | tuple[str, bool]] = [
        (translate("overdose", "If someone may have overdosed"), True),
        translate("overdose", "Signs: they can't be woken, their breathing is slow, noisy or has "
                              "stopped, their lips or fingertips look blue or grey."),
        ("", False),
        translate("overdose", "1. Call 999 and ask for an ambulance. Stay on the line: they will "
                              "tell you what to do."),
        translate("overdose", "2. Put them on their side in the recovery position, so they can "
                              "breathe."),
        translate("overdose", "3. Give naloxone if there is a kit: into the outer thigh or upper "
                              "arm (through clothes is fine), or the nasal spray up one nostril. It "
                              "does no harm if they took no opioids."),
        translate("overdose", "4. Stay with them until the ambulance comes. Naloxone wears off "
                              "after 20 to 90 minutes, sooner than many opioids, so the overdose "
                              "can come back."),
        ("", False),
        (translate("overdose", "Good to know"), True),
        translate("overdose", "• Tolerance drops after even a short break (a few days, hospital, "
                              "prison, detox): an amount that was usual before can be too much."),
        translate("overdose", "• Opioids mixed with alcohol, benzodiazepines, gabapentin, "
                              "pregabalin or other downers are much more dangerous together."),
        translate("overdose", "• Using alone means no one can call for help."),
        translate("overdose", "• Local drug services, and many pharmacies, give take-home naloxone "
                              "kits free and show you how to use them in a few minutes."),
    ]
    return [(line, False) if isinstance(line, str) else line for line in lines]


def built_in_advice() -> str:
    """The UK advice as the plain text the person may edit."""
    return "\n".join(text for text, _heading in built_in_lines())


def built_in_advice_html() -> str:
    """The same advice to read, its two headings in bold."""
    parts = [
        f"<b>{html.escape(text)}</b>" if heading else html.escape(text) for text, heading in built_in_lines()
    ]
    return "<br>".join(parts)


def show_advice(widget: QLabel, own: str) -> None:
    """The person's own advice as the plain text they wrote, else the built-in one to read."""
    widget.setTextFormat(Qt.TextFormat.PlainText if own else Qt.TextFormat.RichText)
    widget.setText(own or built_in_advice_html())
    widget.setProperty(USER_TEXT_PROPERTY, bool(own))  # their words are never translated


def region_note(own: bool) -> str:
    """What the advice is written for: said beside it every time it is shown."""
    if own:
        return QCoreApplication.translate("overdose", "Advice you changed for where you live.")
    return QCoreApplication.translate(
        "overdose",
        "General advice written for UK services (NHS, FRANK, Public Health England). It does not "
        "replace a doctor or the 999 call handler.",
    )
