<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>SettingsPage</name>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal when its window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also locks when the computer goes to sleep or its screen locks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autobackup</name>
    <message>
        <source>Your automatic backups were replaced by a new one that opens only with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backups still open with your old passphrase: {files}. Delete them if someone may have learned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups you saved elsewhere (on a USB stick, say) also still open with the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cipher</name>
    <message>
        <source>The journal {file} was locked with the quick, weak settings used only to test the app, so it is not opened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the language of messages and the summary: {codes} (default: your system&apos;s)</source>
        <translation>język komunikatów i podsumowania: {codes} (domyślnie: język systemu)</translation>
    </message>
</context>
<context>
    <name>copies</name>
    <message>
        <source>The backup {file} was made by a newer version of Recovery Journal, so it was not restored. Nothing was changed; update the app to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} opens with your passphrase but is not a Recovery Journal backup, so it was not restored. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} is from an older version and could not be brought up to date, so it was not restored. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Other accounts on this computer can change the folder {folder}, so your journal was not opened or changed there. Make the folder private (on Linux or macOS: chmod 700 &quot;{folder}&quot;), or keep your journal in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} belongs to another account on this computer, so your journal was not opened or changed there. Keep your journal in a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a link to another place, so nothing was opened or written there. Remove the link, then try again.</source>
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
</TS>
