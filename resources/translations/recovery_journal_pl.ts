<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AfterUsing</name>
    <message>
        <source>That happened. It doesn&apos;t undo what you&apos;ve done so far. Writing it down is a way of looking after yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your plan, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the crisis page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPart</name>
    <message>
        <source>Delete removes someone from the plan (not from Support); Alt+Up and Alt+Down move them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone number (you can add it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number of the new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my contacts and my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not in Support yet. Add their number, or leave it empty for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <source>I&apos;m having a hard time: my plan, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m having a hard time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your plan, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to copy a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can call, in my order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter copies a number; Alt+Up and Alt+Down move someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one yet. On the Support page, tick “In my crisis list” for people you can call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen person up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen person down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the order you choose: drag a card, or choose one and press Alt+Up or Alt+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F2 to change a cell, Delete to remove a helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdose advice for where I live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the UK advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these helplines and this advice before unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then a copy of the helplines and the advice is kept in this app&apos;s settings file ({file}), outside your encrypted journal, so anyone using this computer account could read it. Your own contacts and your plan are never shown before unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change them for where you live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines: double-click a cell or press F2 to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdose advice, in your words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone first, then move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your helplines and advice will show before unlocking too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before unlocking, the built-in UK helplines show again; the copy is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {phone}, the number for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HardTimeView</name>
    <message>
        <source>That happened. It doesn&apos;t undo what you&apos;ve done so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 My reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 What I can do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Who I can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You haven&apos;t written your reasons yet. When things are calmer, My plan has room for them. For now: this moment is hard, and it will pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making where I am safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than you breathe in. Drink some water. Go somewhere else for a while, or ring someone. A craving rises like a wave, and then it falls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a number to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to copy a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is in your plan yet. The helplines are the next step, and they are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: what I can do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: who I can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {phone}, the number for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelplinesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A helpline needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New helpline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedCrisisPage</name>
    <message>
        <source>Helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to copy a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the helplines you chose to show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own crisis contacts and plan are inside your journal; unlock it to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>I&apos;m having a hard time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NaloxoneBox</name>
    <message>
        <source>I have a naloxone kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the kitchen drawer, in my bag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the kit is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the date on the kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date on the kit (when it expires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down change the part of the date the cursor is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naloxone can reverse an opioid overdose for a while, long enough for the ambulance to come. In the UK, drug services and many pharmacies give kits out and show you how to use one. Today reminds you a month before the date on the kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date on the kit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Change to my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes save as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See it as on a hard day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my plan as on a hard day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the I&apos;m having a hard time view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan made on a calm day, for a hard one. A few short lines in your own words are enough, and you can change them any time. When things get hard, the “I&apos;m having a hard time” button shows it to you step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone no longer in Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (no number yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in Support now, and in your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print my plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPart</name>
    <message>
        <source>F2 changes a line, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen line up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen line down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>I&apos;m having a hard time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan for a hard moment, step by step (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
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
    <name>help_now</name>
    <message>
        <source>If you or someone else is in danger right now, call &lt;b&gt;999&lt;/b&gt; (or 112). If you have taken something and feel unwell, call 999 or go to A&amp;amp;E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is a private notebook, not a therapist or a doctor. Talking to a person helps: these lines are free and someone will listen.</source>
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
    <name>naloxone</name>
    <message>
        <source>The date on your naloxone kit was {date}. A pharmacy or your drug service can give you a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date on your naloxone kit is {date}. When you are passing, a pharmacy or your drug service can swap it for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your naloxone kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kit&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kit&apos;s date on My plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>overdose</name>
    <message>
        <source>If someone may have overdosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs: they can&apos;t be woken, their breathing is slow, noisy or has stopped, their lips or fingertips look blue or grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Call 999 and ask for an ambulance. Stay on the line: they will tell you what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Put them on their side in the recovery position, so they can breathe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Give naloxone if there is a kit: into the outer thigh or upper arm (through clothes is fine), or the nasal spray up one nostril. It does no harm if they took no opioids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Stay with them until the ambulance comes. Naloxone wears off after 20 to 90 minutes, sooner than many opioids, so the overdose can come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Tolerance drops after even a short break (a few days, hospital, prison, detox): an amount that was usual before can be too much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Opioids mixed with alcohol, benzodiazepines, gabapentin, pregabalin or other downers are much more dangerous together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Using alone means no one can call for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Local drug services, and many pharmacies, give take-home naloxone kits free and show you how to use them in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice you changed for where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General advice written for UK services (NHS, FRANK, Public Health England). It does not replace a doctor or the 999 call handler.</source>
        <translation type="unfinished"></translation>
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
    <name>plan_parts</name>
    <message>
        <source>1. Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What tells me a hard time may be coming: thoughts, feelings, places, times of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: not sleeping, staying in, payday, thinking “one won&apos;t hurt”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning sign, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Things I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps me get through it by myself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: a hot shower, a walk round the block, loud music, making tea, writing it down here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something I can do, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. People and places that take my mind off it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I can go, and who I can be with, without talking about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the library, my sister&apos;s, the gym, the recovery café, a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place or a person, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. People I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can tell that I&apos;m struggling. Their numbers come from Support, so a new number is changed in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: my sponsor, a friend from group, my brother.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name from Support, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Professionals and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I can ring for help: my keyworker, my GP, the service&apos;s duty line. This app cannot call anyone or tell anyone; it keeps their numbers where I can find them. In danger, call 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: my keyworker, my GP, the drug service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Making my surroundings safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can change around me so the hard moment has less to work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: nothing to drink in the house, the old numbers deleted, someone else keeps my bank card for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that makes it safer, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. My reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;m doing this for. They come first when I&apos;m having a hard time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: my kids, waking up without dread, my job, being there for Mum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason, then press Enter</source>
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
