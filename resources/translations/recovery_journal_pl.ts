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
    <name>AgendaEditor</name>
    <message>
        <source>Something I want to talk about at my next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What I want to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Saved. Everything you wrote is safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <source>Hope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no hope at all</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Craving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no craving at all</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I spent time with someone in recovery today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: meeting, work, family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find this check-in by, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to write. It is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Craving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Emotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives emotional support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives practical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my crisis list (shown on the Crisis page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my crisis list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best times to call, how they help…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
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
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong inside the app. Sorry about that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you saved is safe in your journal. If something looks odd, close the app and open it again. A short technical note (with none of your writing) was kept in {file}.</source>
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
    <name>DeleteCommand</name>
    <message>
        <source>Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in deleted. Ctrl+Z puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger deleted. Ctrl+Z puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete gratitude list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitude list deleted. Ctrl+Z puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gratitude list is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact deleted. Ctrl+Z puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note for your next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for your next session deleted. Ctrl+Z puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note for your next session is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpline deleted. Ctrl+Z puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpline is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry on the left to read or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes save as you type.</source>
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
    <name>GratitudeItems</name>
    <message>
        <source>Things I am grateful for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something I&apos;m grateful for… then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something I am grateful for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to gratitude list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item</source>
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
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m having a hard time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back your journal as it was in this automatic backup?

Your damaged journal file is kept in {folder}, so nothing is thrown away. Anything written after the backup was made is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal in {folder} yet. You can start a new one there below, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a journal in that folder. Type its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the new journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Journal</source>
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
    <name>PagePreview</name>
    <message>
        <source>Preview of the printed page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing your summary…</source>
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
    <name>RecordsPage</name>
    <message>
        <source>What you want to talk about at your next session with your keyworker. Open items go on your printed summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on your list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small things count: a cup of tea, a kind word, a good night&apos;s sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gratitude lists yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you have written, newest first. Search finds any word; open an entry to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet. Your check-ins, triggers and gratitude lists will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
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
        <source>To talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results update as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page}: entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open, Delete to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches those words. Try fewer or different words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ matches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Noticing what sets off a craving is how you learn what helps. Write down what happened and what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No triggers logged yet.</source>
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
    <name>ScaleInput</name>
    <message>
        <source>{name}, 0 {low} to 10 {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyworker&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept inside your locked journal, shown on your summary if you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number in the auto-lock box: &quot;5 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When nobody has touched the keyboard or mouse for this long, the journal locks itself. Ctrl+L locks at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
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
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new passphrase down somewhere safe. Your recovery key, if you made one, keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, export and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted copy in your backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a folder you choose, for example a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is encrypted with your passphrase, like your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is not encrypted. Anyone who has the file can read your journal; keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything to a file. The file is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an export file into this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is in {folder}. Backups go to {backups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your passphrase… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your current passphrase, so nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {file}. This file is not encrypted: keep it safe, or delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… your journal is unchanged until it is all read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
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
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the arrow keys to move between pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include on the page: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my contacts&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my contacts&apos; names on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off unless you tick it: the page then shows counts by role only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to talk about at the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the page and print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the page as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for your keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page to take to your session. You choose what is on it; nothing leaves this computer unless you print it or save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period and paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items are printed. Tick one when you have talked about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None unless you tick them. The words of a ticked check-in or trigger go on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to what you want to talk about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Your words are still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print your summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your summary as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be saved there ({reason}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Find a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the phone number of the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Delete to delete the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people who help you: a sponsor, your keyworker, a friend from a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact on the left, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who help you. Meeting others in recovery is one of the things that grows hope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no phone number to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {when}. {title}. {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Good morning, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the sliders with the mouse or the arrow keys. Everything saves as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps this one in your journal and clears the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today I&apos;m grateful for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had a craving or a hard moment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing it down helps you see what works for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open one in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins will show here.</source>
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
        <source>Your last check-in is in your journal. Here is a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hope, mood and craving, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How triggers went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they went</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerEditor</name>
    <message>
        <source>I got through it without using</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, where, who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Craving strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no craving at all</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did: rang someone, went for a walk, left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I &amp;did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Recovery Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back. Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase? Open your journal with its recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your journal from its latest good automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this folder on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this journal folder on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another journal folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another journal folder, for example on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new journal here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new journal in a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help right now? Crisis helplines, no passphrase needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines, no passphrase needed. In danger, call 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from {made}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to Recovery Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private place to check in with yourself, notice what helps, and see your hope grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything stays on this computer.&lt;/b&gt; Nothing goes online, ever: no accounts, no cloud, no tracking. Your journal is locked with a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a first name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the journal call you? Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyworker&apos;s name. Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Please write your passphrase down and keep it somewhere safe.&lt;/b&gt; Next you can print a recovery key. If the passphrase is forgotten and there is no recovery key, it cannot be recovered: nobody (not even us) can open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help right now? Crisis helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal in another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal in another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal will be kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type the second one again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
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
        <source>Something went wrong that should not have. Run the same command with --debug to see the details, and please report them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program}: {message}. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is out of range 0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date like 2026-11-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Journal: a private, encrypted journal that never goes online. With no command, opens the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder that holds your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase from the first line of standard input (for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show details when something fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of messages and the summary: {codes} (default: your system&apos;s)</source>
        <translation>język komunikatów i podsumowania: {codes} (domyślnie: język systemu)</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new, empty journal</source>
        <translation type="unfinished"></translation>
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
        <source>mood, 0 (very low) to 10 (very good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hope, 0 (none) to 10 (lots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>craving, 0 (none) to 10 (very strong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I spent time with someone in recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag; repeat for more</source>
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
        <source>when (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge an export file into the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write everything as export format v1 (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the one-page keyworker summary as a PDF</source>
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
        <source>an encrypted copy of the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the journal with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the journal and print a one-line verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of standard input should hold the passphrase, but it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase; use --passphrase-stdin in scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both --from and --to, or use --days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --to date is before the --from date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in needs at least one answer: --mood, --hope, --craving, --peer, --tag, --note or --note-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new journal is ready in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your passphrase somewhere safe: if it is lost, nobody can open this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal was restored from {file}. Your previous journal was kept in {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal was restored from {file}.</source>
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
        <source>Exported your journal to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at {file}; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved an encrypted backup to {file}. It opens with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command {command}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: {value} is not a date and time like 2026-11-22T09:30</source>
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
        <source>Stopped. Nothing was left half-written.</source>
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
    <name>copies</name>
    <message>
        <source>Your journal is healthy: it opens and all {count} records read back correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is damaged: {problems}</source>
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
    <name>messages</name>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and try again; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal in {folder} yet. Create one there, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a journal in {folder}, so a new one was not made there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file in {folder} is empty. Nothing was changed; restore a backup or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is not a Recovery Journal vault. Nothing was changed; choose the folder that holds your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Nothing was changed; choose the folder for your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file {file} cannot be read from this user account. Nothing was changed; check its permissions or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal file looks damaged, so it was not changed. Restore it from a backup (your backups are in {backups}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal file looks damaged, so it was not changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Recovery Journal. Nothing was changed; please update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so your last change could not be saved. Free some space and it will save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder cannot be written to (it may be read-only or unplugged), so your last change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is on a disk or folder that cannot be written to (it may be read-only or write-protected). Nothing was changed; copy the folder to a disk you can write to, or remove the write protection, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is busy with another window or command. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is open in another window or command. Close it there first, then try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase; it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open the backup {file}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {file}. Check the name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a Recovery Journal export file: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the export is not encrypted. Anyone who has the file can read your journal; keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be checked, so it was not kept. Your journal itself is unchanged; the earlier backups are still in {backups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} could not be checked after it was written, so it was not kept. Your journal itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} is damaged, so it was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new copy of your journal did not verify, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked. Unlock it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is the journal itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop app cannot start here because its Qt libraries are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary PDF is drawn by the desktop app, and its Qt libraries are missing here. Every other command works without them.</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>theme</name>
    <message>
        <source>Follow my computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>got through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hope {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Craving {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time with someone in recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger · {category} · intensity {intensity} · {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Grateful for %n things</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>To talk about (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To talk about</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <source>Check in on a few days and you will see how time with others in recovery goes with your hope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You haven&apos;t noted time with someone in recovery in this period. Many people find a meeting or a call lifts their hope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You spent time with someone in recovery on %n days, and your hope averaged {hope} on those days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the %n days you spent time with someone in recovery, your hope averaged {hope}, against {other} on other days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hope averaged {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hope averaged {value}, the same as the %n days before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hope averaged {value}, up {change} on the %n days before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hope averaged {value}, down {change} on the %n days before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mood averaged {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mood averaged {value}, the same as the %n days before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mood averaged {value}, up {change} on the %n days before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mood averaged {value}, down {change} on the %n days before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Craving averaged {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Craving averaged {value}, the same as the %n days before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Craving averaged {value}, up {change} on the %n days before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Craving averaged {value}, down {change} on the %n days before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins in this period yet. A check-in takes a few seconds on the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %Ln check-ins.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No triggers logged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln triggers logged, most often {category}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln triggers logged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You got through %Ln of them without using.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What helped most: {responses}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
