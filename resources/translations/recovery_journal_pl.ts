<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>ForgotScreen</name>
    <message>
        <source>Recovery Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key opens your journal. Type it from your recovery sheet, then choose a new passphrase. Capital letters, spaces and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key, from your recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my journal with the recovery key and the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet? If both the passphrase and the recovery sheet are lost, nobody can open this journal: not you, not us, not anyone. You can still start a new journal in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please choose a new passphrase of at least %n characters. A few words together are easy to remember and hard to guess.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Please type the second one again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyBox</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a recovery key and print or save its sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no recovery key yet. Without one, a forgotten passphrase means nobody can open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made your recovery key on {date}. Keep its sheet somewhere safe. A new key ends the earlier one: its sheet then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal has a recovery key. A new key ends the earlier one: its sheet then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is ready. One more step, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key opens your journal if you ever forget your passphrase. Print its sheet, or save it as a PDF to print later, and keep the paper somewhere safe, like a passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier recovery sheet stops working as soon as the new key is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you skip this and later forget your passphrase, nobody can open your journal: not you, not us, not anyone. You can make a recovery key later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a recovery key and print its sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a recovery key and save its sheet as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery key was made, but its sheet could not be printed. Nobody has the new key yet, so please make another one and save it as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery sheet went to the printer. Check that it printed, then keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your recovery sheet to {file}. Print it, keep the paper somewhere safe, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Write the new passphrase down somewhere safe. Your recovery key, if you made one, keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Forgot your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase? Open your journal with its recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>&lt;b&gt;Please write your passphrase down and keep it somewhere safe.&lt;/b&gt; Next you can print a recovery key. If the passphrase is forgotten and there is no recovery key, it cannot be recovered: nobody (not even us) can open your journal.</source>
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
    <name>operations</name>
    <message>
        <source>Your new recovery key was made, but its sheet could not be saved to {file}. Nobody has the new key yet, so please make another one and save it somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Tip: a few ordinary words together, like a short sentence only you would think of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters. A few words together work well.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Okay, but longer is stronger: try adding another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. Another word would make it even stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong. Now make sure you will remember it.</source>
        <translation type="unfinished"></translation>
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
    <name>recovery_key</name>
    <message>
        <source>New: a recovery key opens your journal if you ever forget your passphrase. Settings can make one.</source>
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
<context>
    <name>session</name>
    <message>
        <source>Your passphrase is changed: use the new one next time. Your recovery key still works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
