<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
