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
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
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
    <name>SummaryPage</name>
    <message>
        <source>Include on the page: {section}</source>
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
    <name>operations</name>
    <message>
        <source>Your new recovery key was made, but its sheet could not be saved to {file}. Nobody has the new key yet, so please make another one and save it somewhere else.</source>
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
    <name>passphrases</name>
    <message>
        <source>Please use a passphrase of at least {count} characters. A few words together are easy to remember and hard to guess.</source>
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
    <name>session</name>
    <message>
        <source>Your passphrase is changed: use the new one next time. Your recovery key still works.</source>
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
    <message numerus="yes">
        <source>+ %Ln more chosen entries, in the journal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
