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
            <numerusform>Show the last %n day</numerusform>
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
