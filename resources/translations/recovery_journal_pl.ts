<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>the language of messages and the summary: {codes} (default: your system&apos;s)</source>
        <translation>język komunikatów i podsumowania: {codes} (domyślnie: język systemu)</translation>
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
    <name>phone_list</name>
    <message>
        <source>{name}: no number saved. {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {phone}. {notes} Press Enter to copy the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to copy {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number saved</source>
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
</TS>
