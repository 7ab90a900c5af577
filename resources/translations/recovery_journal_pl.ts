<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>the language of messages and the summary: {codes} (default: your system&apos;s)</source>
        <translation>język komunikatów i podsumowania: {codes} (domyślnie: język systemu)</translation>
    </message>
    <message>
        <source>make a new recovery key (the earlier one stops working) and write its one-page printable sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open with the recovery key and set a new passphrase (with --passphrase-stdin: the recovery key on line 1, the new passphrase on line 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key&apos;s sheet is drawn by the desktop app, and its Qt libraries are missing here. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder; give the name of a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery key was made, but its sheet could not be saved to {file}. Nobody has the new key yet, so run recovery-key again with another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the sheet of your new recovery key to {file}. Print it, keep the paper somewhere safe, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier recovery key no longer opens this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed: your journal opens with the new one now. Your recovery key still works.</source>
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
    <name>recovery</name>
    <message>
        <source>Type the recovery key from your sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {group} of the recovery key has “{character}”, which recovery keys never use. Check it against your sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a typo in group {group} of the recovery key ({typed}). Check that group against your sheet and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group {group} of the recovery key has %n characters, but every group has 5. Check it against your sheet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recovery key has %n characters, but it should have 35 (7 groups of 5). The first group that does not match is group {group}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recovery key has %n characters, but it should have 35 (7 groups of 5). Check it against your sheet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That recovery key does not open this journal. It may be an older sheet: only the newest recovery key works. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key has been made for this journal, so it cannot be opened with one. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key file of this journal (recovery.json) is damaged, so a recovery key cannot open it. Nothing has been changed; your passphrase still works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your journal so you can choose a new one. Nothing else can, so please keep this sheet safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {date}. When you type it, capital letters, spaces and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal, wherever its folder is kept, even after you change your passphrase. It does not open backup files: each backup opens with the passphrase you had when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recovery Journal and choose “Forgot your passphrase?” under the passphrase box. Type this key, then choose a new passphrase: your journal opens just as you left it. On the command line: recovery-journal reset-passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it like a passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has this sheet and your journal folder can read your journal. Keep it somewhere private, away from the computer. If someone may have seen it, make a new key in Settings: this sheet then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If both are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you lose both your passphrase and this sheet, nobody can open your journal: not you, not us, not anyone. Your writing stays private, but it cannot be brought back. While you still know your passphrase, you can make a new sheet in Settings at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I keep this sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Journal. If this page is a file on a computer, print it, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
