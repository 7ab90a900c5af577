<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AddGroupDialog</name>
    <message>
        <source>Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: NA, SMART Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Tuesdays 7 pm, St Mary&apos;s hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where it meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept with your support contacts, where you can change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapitalEditor</name>
    <message>
        <source>How much do you agree with each statement today? There are no right answers, and the score says nothing good or bad about you: it helps you and your keyworker see what you have going for you, and how it changes.</source>
        <translation>Na ile zgadzasz się dziś z każdym stwierdzeniem? Nie ma dobrych ani złych odpowiedzi, a wynik nie mówi o Tobie nic dobrego ani złego: pomaga Tobie i Twojemu terapeucie prowadzącemu zobaczyć, co masz po swojej stronie i jak to się zmienia.</translation>
    </message>
    <message>
        <source>Answer each from 1, {low}, to 6, {high}.</source>
        <extracomment>Above the ten statements: what the answers 1 to 6 mean.</extracomment>
        <translation>Odpowiedz na każde od 1 ({low}) do 6 ({high}).</translation>
    </message>
    <message>
        <source>Score: {score}</source>
        <translation>Wynik: {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n of 10 answered.</source>
        <translation>
            <numerusform>Odpowiedź na %n z 10.</numerusform>
            <numerusform>Odpowiedzi na %n z 10.</numerusform>
            <numerusform>Odpowiedzi na %n z 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 10 answered: kept once all ten are answered.</source>
        <translation>
            <numerusform>Odpowiedź na %n z 10: zapis nastąpi po odpowiedzi na wszystkie dziesięć.</numerusform>
            <numerusform>Odpowiedzi na %n z 10: zapis nastąpi po odpowiedzi na wszystkie dziesięć.</numerusform>
            <numerusform>Odpowiedzi na %n z 10: zapis nastąpi po odpowiedzi na wszystkie dziesięć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered on {when}</source>
        <translation>Odpowiedzi: {when}</translation>
    </message>
</context>
<context>
    <name>CapitalPage</name>
    <message>
        <source>Recovery capital</source>
        <translation>Kapitał zdrowienia</translation>
    </message>
    <message>
        <source>What you have going for you: ten statements, about once a month. Newest first; the trend is on the Trends page.</source>
        <translation>Co masz po swojej stronie: dziesięć stwierdzeń, mniej więcej raz w miesiącu. Najnowsze na górze; zmiany w czasie są na stronie Trendy.</translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>Odpowiedz teraz</translation>
    </message>
    <message>
        <source>Nothing answered yet. It takes about two minutes.</source>
        <translation>Jeszcze bez odpowiedzi. To zajmuje około dwóch minut.</translation>
    </message>
</context>
<context>
    <name>ChartBlock</name>
    <message>
        <source>{chart}, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {chart} as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day and time this check-in is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hope</source>
        <extracomment>The ends of the 0-10 scales: hope from &quot;none&quot; to &quot;lots&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
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
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I spent time with someone in recovery</source>
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
        <source>Whe&amp;n</source>
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
        <source>&amp;With</source>
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
    <name>CompanionPicker</name>
    <message>
        <source>Who? Type a name or a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I spent time with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, then choose it from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting or recovery community, with when and where it meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and groups named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick one to take it off</source>
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
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>In your own words, for example: get back into college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with my keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a line saying so under why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim for a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to aim for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this goal stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ai&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small s&amp;teps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the goal in your own words and it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you are working towards, in your own words, with small steps. Set them on your own or with your keyworker; change them whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet. Start with one small thing you would like to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
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
    <name>ListedPage</name>
    <message>
        <source>Press Delete to delete the selected one; Ctrl+Z puts it back</source>
        <translation>Delete usuwa zaznaczony wpis; Ctrl+Z go przywraca</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Choose one on the left, or start a new one.</source>
        <translation>Wybierz wpis po lewej albo zacznij nowy.</translation>
    </message>
    <message>
        <source>Nothing here with this choice. Choose another above.</source>
        <translation>Nic tu nie ma przy tym wyborze. Wybierz inny powyżej.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>For example: I pass the pub on Friday after work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation this plan is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: I ring Sam and walk the long way home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then I will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will do. Down arrow shows what helped before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped before…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what helped before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did when you got through a trigger without using</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For which kind of trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;If</source>
        <extracomment>The two halves of an if-then plan: &quot;If &lt;situation&gt;&quot;, &quot;then &lt;what I will do&gt;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Then I will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans written as &quot;if this happens, then I will do that&quot; are easier to follow when the moment comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things that helped before are offered as you type the &quot;then&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the &quot;if&quot; or the &quot;then&quot; and the plan is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansForKind</name>
    <message>
        <source>Your plans for this kind of trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plans for {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan for this kind of trigger yet. &quot;Make a plan for next time&quot; starts one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>If–then plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide now what you will do when a hard moment comes. From a trigger, &quot;Make a plan for next time&quot; starts one for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans yet. Think of a moment that often comes, and what you could do then.</source>
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
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear {name}: leave it unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave {name} unanswered (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered. Use the arrow keys or click to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet: click, or use the arrow keys, to answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Use record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a record of use on Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: alcohol, cannabis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to keep track of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep track of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {most}, in your own words. Today then asks about each: did you use it today, and how much if you like. No streaks, nothing counted against you; turning it off keeps your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {most}, please: a short list is easier to answer each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsList</name>
    <message>
        <source>Small steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks a step; F2 rewords it; Delete removes it; Alt+Up and Alt+Down move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small step… then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a small step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>How are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer what you like: a scale counts once you touch it (mouse or arrow keys). Everything saves as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another day or time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another day or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a check-in about earlier, such as yesterday evening</source>
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
        <translation type="unfinished">Zapisywanie…</translation>
    </message>
    <message>
        <source>Nothing answered, so nothing is kept.</source>
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
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything since your first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last year</source>
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
        <source>Hope, mood and craving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hope on days with each kind of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery capital (BARC-10) score</source>
        <translation>Wynik kapitału zdrowienia (BARC-10)</translation>
    </message>
    <message>
        <source>Use record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which record to show in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use record calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day says whether you used, did not use, or did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● used   ○ not used   a date alone: not answered</source>
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
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting people in recovery is what grows hope for many people. Here is how it goes for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery capital</source>
        <translation>Kapitał zdrowienia</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure}, weekly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure}, monthly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other days with a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Data odpowiedzi</translation>
    </message>
    <message>
        <source>Score (10 to 60)</source>
        <translation>Wynik (od 10 do 60)</translation>
    </message>
    <message>
        <source>{substance}: not answered in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerEditor</name>
    <message>
        <source>Make a plan for next time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a plan for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An if-then plan that starts from what happened here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseCalendarModel</name>
    <message>
        <source>{day}: not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: used ({amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>barc</name>
    <message>
        <source>Strongly disagree</source>
        <translation>Zdecydowanie się nie zgadzam</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Nie zgadzam się</translation>
    </message>
    <message>
        <source>Somewhat disagree</source>
        <translation>Raczej się nie zgadzam</translation>
    </message>
    <message>
        <source>Somewhat agree</source>
        <translation>Raczej się zgadzam</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Zgadzam się</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Zdecydowanie się zgadzam</translation>
    </message>
    <message>
        <source>BARC-10 by Vilsaint, Kelly, Bergman, Groshkova, Best and White (2017), free to use.</source>
        <translation>BARC-10: Vilsaint, Kelly, Bergman, Groshkova, Best i White (2017), do swobodnego użytku.</translation>
    </message>
    <message>
        <source>The ten statements are shown in their published English wording: there is no published translation into this language yet.</source>
        <translation>Dziesięć stwierdzeń pokazujemy w opublikowanym brzmieniu angielskim: nie ma jeszcze ich opublikowanego tłumaczenia na język polski.</translation>
    </message>
</context>
<context>
    <name>capital</name>
    <message>
        <source>{score} of {most}</source>
        <translation>{score} z {most}</translation>
    </message>
    <message>
        <source>{answer}: {words}, statement {number}</source>
        <translation>{answer}: {words}, stwierdzenie {number}</translation>
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
    <name>companions</name>
    <message>
        <source>{name} (group)</source>
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
    <name>goals</name>
    <message>
        <source>Working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Agreed with my keyworker</source>
        <extracomment>A line the app adds at the end of a goal&apos;s &quot;why it matters&quot; when the person ticks &quot;Agreed with my keyworker&quot;. Keep the tick mark at the start.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} steps done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>aiming for {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed with my keyworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
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
    <name>planning</name>
    <message>
        <source>use: there is already an answer for {substance} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>Any kind of trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If {situation}, then {action}</source>
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
    <name>today</name>
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
        <source>Saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps towards your goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks a step as done; Enter opens its goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a step when it is done. Open one to see its goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} (towards: {goal})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have going for you</source>
        <translation>Co masz po swojej stronie</translation>
    </message>
    <message>
        <source>Once a month: ten short statements about your life and recovery (the BARC-10). About two minutes. You and your keyworker can see what is growing.</source>
        <translation>Raz w miesiącu: dziesięć krótkich stwierdzeń o Twoim życiu i zdrowieniu (BARC-10). Około dwóch minut. Ty i Twój terapeuta prowadzący zobaczycie, co rośnie.</translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>Odpowiedz teraz</translation>
    </message>
    <message>
        <source>Answer the ten statements now</source>
        <translation>Odpowiedz teraz na dziesięć stwierdzeń</translation>
    </message>
    <message>
        <source>Not this month</source>
        <translation>Nie w tym miesiącu</translation>
    </message>
    <message>
        <source>Not this month: it is offered again next month</source>
        <translation>Nie w tym miesiącu: zostanie zaproponowane znowu w przyszłym miesiącu</translation>
    </message>
    <message>
        <source>Answer about {substance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{substance} today: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{substance} today: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much {substance}, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear today&apos;s answer about {substance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, did you use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own record, for you and your keyworker. No streaks: each day is its own answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <source>hope averaged {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood averaged {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>craving averaged {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hope averaged {value} (the same as the period before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood averaged {value} (the same as the period before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>craving averaged {value} (the same as the period before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hope averaged {value} (up {change} on the period before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood averaged {value} (up {change} on the period before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>craving averaged {value} (up {change} on the period before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hope averaged {value} (down {change} on the period before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood averaged {value} (down {change} on the period before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>craving averaged {value} (down {change} on the period before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in this period yet. A check-in takes a few seconds on the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %n check-ins.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No scale was answered in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period {averages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in on a few days and you will see how time with others in recovery goes with your hope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You haven&apos;t noted time with someone in recovery in this period. Many people find a meeting or a call lifts their hope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You spent time with someone in recovery on %n days of this period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You checked in on %n other days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That is too few days to compare your hope yet: it takes at least {least} days of each, with hope answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On the %n days you spent time with someone in recovery, your hope averaged {with_peers}, against {without} on the other days you checked in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When you name who you spent time with on a check-in, you will see here how your hope goes on days with each kind of support, and on days at a group or meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{kind} {hope} (%n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your hope on days with each kind of support: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On other days with a check-in: {hope}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered in this time yet. Today offers the ten statements about once a month.</source>
        <translation>W tym czasie jeszcze bez odpowiedzi. Strona Dziś proponuje dziesięć stwierdzeń mniej więcej raz w miesiącu.</translation>
    </message>
    <message>
        <source>Your latest score: {score} of {most}, on {day}.</source>
        <translation>Twój ostatni wynik: {score} z {most}, {day}.</translation>
    </message>
    <message>
        <source>The time before: {score}.</source>
        <translation>Poprzednio: {score}.</translation>
    </message>
    <message>
        <source>“{statement}”</source>
        <translation>„{statement}”</translation>
    </message>
    <message>
        <source>Your highest: {statements}</source>
        <translation>Najwyżej oceniasz: {statements}</translation>
    </message>
    <message>
        <source>Each time you answer, you and your keyworker can see what is growing.</source>
        <translation>Za każdym razem, gdy odpowiadasz, Ty i Twój terapeuta prowadzący widzicie, co rośnie.</translation>
    </message>
    <message numerus="yes">
        <source>{substance}: used on %n of {days} days (answered on {answered}).</source>
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
        <source>%n triggers logged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Most often: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You got through %n of them without using.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What helped most: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{kind} %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By kind, most often first: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You got through %n of {total} without using.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>words</name>
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
        <source>Emotional support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information and advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a group or meeting</source>
        <extracomment>Days when the person named a group they went to (AA, NA, SMART Recovery, a recovery café).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
