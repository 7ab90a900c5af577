<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ForgotScreen</name>
    <message numerus="yes">
        <source>Please choose a new passphrase of at least %n characters. A few words together are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Please choose a new passphrase of at least %n character. A few words together are easy to remember and hard to guess.</numerusform>
            <numerusform>Please choose a new passphrase of at least %n characters. A few words together are easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters. A few words together work well.</source>
        <translation>
            <numerusform>Too short: use at least %n character. A few words together work well.</numerusform>
            <numerusform>Too short: use at least %n characters. A few words together work well.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message numerus="yes">
        <source>Group {group} of the recovery key has %n characters, but every group has 5. Check it against your sheet.</source>
        <translation>
            <numerusform>Group {group} of the recovery key has %n character, but every group has 5. Check it against your sheet.</numerusform>
            <numerusform>Group {group} of the recovery key has %n characters, but every group has 5. Check it against your sheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recovery key has %n characters, but it should have 35 (7 groups of 5). The first group that does not match is group {group}.</source>
        <translation>
            <numerusform>The recovery key has %n character, but it should have 35 (7 groups of 5). The first group that does not match is group {group}.</numerusform>
            <numerusform>The recovery key has %n characters, but it should have 35 (7 groups of 5). The first group that does not match is group {group}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recovery key has %n characters, but it should have 35 (7 groups of 5). Check it against your sheet.</source>
        <translation>
            <numerusform>The recovery key has %n character, but it should have 35 (7 groups of 5). Check it against your sheet.</numerusform>
            <numerusform>The recovery key has %n characters, but it should have 35 (7 groups of 5). Check it against your sheet.</numerusform>
        </translation>
    </message>
</context>
</TS>
