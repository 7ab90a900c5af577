"""The Brief Assessment of Recovery Capital (BARC-10): its ten statements, their credit, and the
strengths-first reading of a sheet.

Vilsaint, C. L., Kelly, J. F., Bergman, B. G., Groshkova, T., Best, D., & White, W. (2017).
Development and validation of a Brief Assessment of Recovery Capital (BARC-10) for alcohol and
drug use disorder. Drug and Alcohol Dependence, 177, 71-76. Free to use (PhenX Toolkit, protocol
590502: "freely available; permission not required").

The statements keep their published English wording in every language: they are translated only
from a published translation, and none in Polish is known, so the app shows the English with a
note in the person's language (`wording_note`). Each is answered 1 (strongly disagree) to
6 (strongly agree); the score is the sum, 10-60. The app never judges a score: it reads a sheet
strengths first (`strengths`), the statements the person agreed with most.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from .i18n import ENGLISH, QT_TRANSLATE_NOOP, current_language, translate
from .records import BARC_MAX, BARC_MIN, BARC_STATEMENTS

# The published wording (Recovery Research Institute / PhenX), in the published order.
STATEMENTS: Final = (
    "There are more important things to me in life than using substances.",
    "In general I am happy with my life.",
    "I have enough energy to complete the tasks I set myself.",
    "I am proud of the community I live in and feel part of it.",
    "I get lots of support from friends.",
    "I regard my life as challenging and fulfilling without the need for using drugs or alcohol.",
    "My living space has helped to drive my recovery journey.",
    "I take full responsibility for my actions.",
    "I am happy dealing with a range of professional people.",
    "I am making good progress on my recovery journey.",
)
assert len(STATEMENTS) == BARC_STATEMENTS

CITATION: Final = (
    "Vilsaint CL, Kelly JF, Bergman BG, Groshkova T, Best D, White W. Development and validation "
    "of a Brief Assessment of Recovery Capital (BARC-10) for alcohol and drug use disorder. "
    "Drug and Alcohol Dependence 2017;177:71-76."
)
SCORE_MIN: Final = BARC_STATEMENTS * BARC_MIN
SCORE_MAX: Final = BARC_STATEMENTS * BARC_MAX

ANSWER_WORDS: Final = (
    QT_TRANSLATE_NOOP("barc", "Strongly disagree"),
    QT_TRANSLATE_NOOP("barc", "Disagree"),
    QT_TRANSLATE_NOOP("barc", "Somewhat disagree"),
    QT_TRANSLATE_NOOP("barc", "Somewhat agree"),
    QT_TRANSLATE_NOOP("barc", "Agree"),
    QT_TRANSLATE_NOOP("barc", "Strongly agree"),
)


def answer_words(answer: int) -> str:
    """'Strongly agree' for 6, in the current language."""
    return translate("barc", ANSWER_WORDS[answer - BARC_MIN])


def credit() -> str:
    """The line that credits the authors wherever the statements are shown."""
    return translate(
        "barc", "BARC-10 by Vilsaint, Kelly, Bergman, Groshkova, Best and White (2017), free to use."
    )


def wording_note() -> str:
    """Shown beside the statements when the app speaks another language ("" in English)."""
    if current_language() is ENGLISH:
        return ""
    return translate(
        "barc",
        "The ten statements are shown in their published English wording: there is no published "
        "translation into this language yet.",
    )


def strengths(answers: Sequence[int], count: int = 3) -> list[int]:
    """The statements (0-based) the person agreed with most, highest first, at most `count`;
    ties keep the published order. Only answers of 4 (somewhat agree) or more count as
    strengths, so a hard month is not dressed up."""
    ranked = sorted(range(len(answers)), key=lambda index: (-answers[index], index))
    return [index for index in ranked[:count] if answers[index] >= 4]
