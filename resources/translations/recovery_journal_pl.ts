<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>SummaryPage</name>
    <message>
        <source>Include on the page: {section}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>barc</name>
    <message>
        <source>Strongly disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhat disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhat agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BARC-10 by Vilsaint, Kelly, Bergman, Groshkova, Best and White (2017), free to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ten statements are shown in their published English wording: there is no published translation into this language yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the language of messages and the summary: {codes} (default: your system&apos;s)</source>
        <translation>język komunikatów i podsumowania: {codes} (domyślnie: język systemu)</translation>
    </message>
    <message>
        <source>add a check-in: any of hope, mood, craving, time with someone in recovery, tags and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a check-in. Give at least one of --mood, --hope, --craving, --peer, --tag, --note or --note-stdin; a scale you leave out is saved as not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note (other users can see it in the process list, and it stays in your shell history: --note-stdin keeps it out of both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the note from the rest of standard input (after the passphrase line with --passphrase-stdin), so your words stay out of the process list and your shell history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sections to print, comma-separated, from: {keys} (default: {default})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write my safety plan on one page as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wallet-sized card to cut out and fold, instead of the full page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in needs at least one answer: --mood, --hope, --craving, --peer, --tag, --note or --note-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty, and a check-in needs at least one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your one-page summary to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your safety plan to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not written a safety plan in the app yet, so {file} is a blank plan to fill in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one section: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no section &apos;{key}&apos;. Choose from: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message numerus="yes">
        <source>Added %Ln records.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln differ from your journal&apos;s copy and were left as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal&apos;s safety plan was kept; the one in the file is different and was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder, not an export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read. Check the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB, far more than any journal&apos;s export, so it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: this field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Recovery Journal export (it is not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: {value} is not {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: {value} is not a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: this file is format version {version}, made by a newer Recovery Journal; please update the app to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: {version} is not a known format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} appears twice in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {substance} on {date} appears twice in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is not a contact in this file or in your journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>There is no language &apos;{value}&apos; in this app. Choose one of: {codes}.</source>
        <translation>Ta aplikacja nie ma języka „{value}”. Wybierz jeden z: {codes}.</translation>
    </message>
</context>
<context>
    <name>passphrases</name>
    <message>
        <source>Please use a passphrase of at least {count} characters. A few words together are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan_pdf</name>
    <message>
        <source>{number}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else I want to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan: a card for my wallet. Cut along the dashed line and fold in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help, day or night</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planning</name>
    <message>
        <source>use: there is already an answer for {substance} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>{where}: a check-in needs at least one answer: a scale, time with someone in recovery, a tag or a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: write the &apos;if&apos; or the &apos;then&apos; of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of about {digits} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list or object of {count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is not a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} needs a UTC offset, like +00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is outside the dates that can be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is not a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is out of range {low}-{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected text, got {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the text is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the text contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the text contains a broken character (a lone surrogate, {code}) at position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: this cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected true or false, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the id is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} appears twice in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a name of up to {limit} characters, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {count} answers, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: up to {limit} things can be tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the safety plan&apos;s id is always {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safety_plan</name>
    <message>
        <source>Signs that a hard time may be coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: not sleeping, skipping meetings, carrying cash again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: a hot shower, slow breathing, a walk, writing it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the recovery café, my sister&apos;s, the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: my sponsor, a friend from group, my brother.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: my keyworker, my GP, the drug service&apos;s duty line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: my bank card with someone I trust, no cash in the flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: my kids, waking up with a clear head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not have a naloxone kit at the moment. Drug services give them out free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a naloxone kit. It expires on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a naloxone kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency, or if someone may have overdosed, call 999, stay with them and give naloxone if you have it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end} ({length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Journal summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checkins} on {days} of {period}. Each average is over the check-ins that answered it (hope {hope}, mood {mood}, craving {craving}), on a scale of 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-ins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On {count} of {period} I spent time with someone in recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time with someone in recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading} · {answers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did: {response}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger · {when} · {category}, strength {strength}, {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln steps done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>next: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln goals done ({active} active, {paused} paused).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>If {if_part}, then {then_part}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If {if_part}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then {then_part}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BARC-10 answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} of {most} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} since {date} ({score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{statement} ({answer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer counts; a keyworker can talk through any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>used on {used} of %Ln days (answered on {answered})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use answers in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use record is not switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days used in each week, laid out like the Treatment Outcomes Profile: my own record, not the official form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety plan written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a safety plan, updated {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name, keyworker and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hope, mood and craving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time with others in recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My if-then plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery capital (BARC-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My use record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries I ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space for notes from our session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Craving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary_pdf</name>
    <message>
        <source>{title} · {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Recovery Journal on my own computer. Averages are over the check-ins that answered each scale; changes compare the printed figures with the period of the same length just before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln meetings)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln days with someone in recovery · average hope {peer} on those days, {other} on the others</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln days I spent time with someone in recovery</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Average hope on those days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average hope on the other days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Who I was with (%Ln group meetings):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Who I was with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No triggers noted in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average trigger strength (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noted}: {count} · {strength}: {average}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped when I got through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gratitude lists in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gratitude lists in this period. The most recent:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No support contacts added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people and groups in my support network</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … continues in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From my journal, chosen to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries ticked. Tick check-ins or triggers on the Summary page to share them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries chosen to share: there is no room for them on this page with the other sections; they are in the journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no words written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from our session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No goals written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No if-then plans written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} · {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages per 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Before”: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{substance}: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {answered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each week: days used, of the days answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
