<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CapitalEditor</name>
    <message numerus="yes">
        <source>%n of 10 answered.</source>
        <translation>
            <numerusform>%n of 10 answered.</numerusform>
            <numerusform>%n of 10 answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 10 answered: kept once all ten are answered.</source>
        <translation>
            <numerusform>%n of 10 answered: kept once all ten are answered.</numerusform>
            <numerusform>%n of 10 answered: kept once all ten are answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>the auto-lock time</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message numerus="yes">
        <source>%n things that helped before are offered as you type the &quot;then&quot;.</source>
        <translation>
            <numerusform>%n thing that helped before is offered as you type the &quot;then&quot;.</numerusform>
            <numerusform>%n things that helped before are offered as you type the &quot;then&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries match</source>
        <translation>
            <numerusform>%Ln entry matches</numerusform>
            <numerusform>%Ln entries match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Show the last day</numerusform>
            <numerusform>Show the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message numerus="yes">
        <source>Added %Ln records.</source>
        <translation>
            <numerusform>Added %Ln record.</numerusform>
            <numerusform>Added %Ln records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your journal.</source>
        <translation>
            <numerusform>%Ln was already in your journal.</numerusform>
            <numerusform>%Ln were already in your journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln differ from your journal&apos;s copy and were left as they are.</source>
        <translation>
            <numerusform>%Ln differs from your journal&apos;s copy and was left as it is.</numerusform>
            <numerusform>%Ln differ from your journal&apos;s copy and were left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message numerus="yes">
        <source>%n of {total} steps done</source>
        <translation>
            <numerusform>%n of {total} steps done</numerusform>
            <numerusform>%n of {total} steps done</numerusform>
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
<context>
    <name>summary</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-ins</source>
        <translation>
            <numerusform>%Ln check-in</numerusform>
            <numerusform>%Ln check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln steps done</source>
        <translation>
            <numerusform>{done} of %Ln step done</numerusform>
            <numerusform>{done} of %Ln steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln goals done ({active} active, {paused} paused).</source>
        <translation>
            <numerusform>{done} of %Ln goal done ({active} active, {paused} paused).</numerusform>
            <numerusform>{done} of %Ln goals done ({active} active, {paused} paused).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used on {used} of %Ln days (answered on {answered})</source>
        <translation>
            <numerusform>used on {used} of %Ln day (answered on {answered})</numerusform>
            <numerusform>used on {used} of %Ln days (answered on {answered})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summary_pdf</name>
    <message numerus="yes">
        <source>{name} (%Ln meetings)</source>
        <translation>
            <numerusform>{name} (%Ln meeting)</numerusform>
            <numerusform>{name} (%Ln meetings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln days)</source>
        <translation>
            <numerusform>{name} (%Ln day)</numerusform>
            <numerusform>{name} (%Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln days with someone in recovery · average hope {peer} on those days, {other} on the others</source>
        <translation>
            <numerusform>{count} of %Ln day with someone in recovery · average hope {peer} on that day, {other} on the others</numerusform>
            <numerusform>{count} of %Ln days with someone in recovery · average hope {peer} on those days, {other} on the others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln days I spent time with someone in recovery</source>
        <translation>
            <numerusform>of %Ln day I spent time with someone in recovery</numerusform>
            <numerusform>of %Ln days I spent time with someone in recovery</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who I was with (%Ln group meetings):</source>
        <translation>
            <numerusform>Who I was with (%Ln group meeting):</numerusform>
            <numerusform>Who I was with (%Ln group meetings):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists:</source>
        <translation>
            <numerusform>%Ln list:</numerusform>
            <numerusform>%Ln lists:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gratitude lists in this period. The most recent:</source>
        <translation>
            <numerusform>%Ln gratitude list in this period:</numerusform>
            <numerusform>%Ln gratitude lists in this period. The most recent:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people and groups in my support network</source>
        <translation>
            <numerusform>%Ln person or group in my support network</numerusform>
            <numerusform>%Ln people and groups in my support network</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries chosen to share: there is no room for them on this page with the other sections; they are in the journal.</source>
        <translation>
            <numerusform>%Ln entry chosen to share: there is no room for it on this page with the other sections; it is in the journal.</numerusform>
            <numerusform>%Ln entries chosen to share: there is no room for them on this page with the other sections; they are in the journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more chosen entries, in the journal</source>
        <translation>
            <numerusform>+ %Ln more chosen entry, in the journal</numerusform>
            <numerusform>+ %Ln more chosen entries, in the journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more</source>
        <translation>
            <numerusform>+ %Ln more</numerusform>
            <numerusform>+ %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message numerus="yes">
        <source>Grateful for %n things</source>
        <translation>
            <numerusform>Grateful for %n thing</numerusform>
            <numerusform>Grateful for %n things</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message numerus="yes">
        <source>From %n check-ins.</source>
        <translation>
            <numerusform>From %n check-in.</numerusform>
            <numerusform>From %n check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You spent time with someone in recovery on %n days of this period.</source>
        <translation>
            <numerusform>You spent time with someone in recovery on %n day of this period.</numerusform>
            <numerusform>You spent time with someone in recovery on %n days of this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You checked in on %n other days.</source>
        <translation>
            <numerusform>You checked in on %n other day.</numerusform>
            <numerusform>You checked in on %n other days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the %n days you spent time with someone in recovery, your hope averaged {with_peers}, against {without} on the other days you checked in.</source>
        <translation>
            <numerusform>On the %n day you spent time with someone in recovery, your hope averaged {with_peers}, against {without} on the other days you checked in.</numerusform>
            <numerusform>On the %n days you spent time with someone in recovery, your hope averaged {with_peers}, against {without} on the other days you checked in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} {hope} (%n days)</source>
        <translation>
            <numerusform>{kind} {hope} (%n day)</numerusform>
            <numerusform>{kind} {hope} (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{substance}: used on %n of {days} days (answered on {answered}).</source>
        <translation>
            <numerusform>{substance}: used on %n of {days} days (answered on {answered}).</numerusform>
            <numerusform>{substance}: used on %n of {days} days (answered on {answered}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n triggers logged.</source>
        <translation>
            <numerusform>%n trigger logged.</numerusform>
            <numerusform>%n triggers logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You got through %n of them without using.</source>
        <translation>
            <numerusform>You got through %n of them without using.</numerusform>
            <numerusform>You got through %n of them without using.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} %n</source>
        <translation>
            <numerusform>{kind} %n</numerusform>
            <numerusform>{kind} %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You got through %n of {total} without using.</source>
        <translation>
            <numerusform>You got through %n of {total} without using.</numerusform>
            <numerusform>You got through %n of {total} without using.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly: %n.</source>
        <translation>
            <numerusform>Partly: %n.</numerusform>
            <numerusform>Partly: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used: %n.</source>
        <translation>
            <numerusform>Used: %n.</numerusform>
            <numerusform>Used: %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
