<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AddGroupDialog</name>
    <message>
        <source>Add a group</source>
        <translation>Dodaj grupę</translation>
    </message>
    <message>
        <source>A recovery café</source>
        <translation>Kawiarnia dla osób zdrowiejących</translation>
    </message>
    <message>
        <source>For example: NA, SMART Recovery</source>
        <translation>Na przykład: NA, SMART Recovery</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nazwa grupy</translation>
    </message>
    <message>
        <source>For example: Tuesdays 7 pm, St Mary&apos;s hall</source>
        <translation>Na przykład: wtorki 19:00, sala przy parafii</translation>
    </message>
    <message>
        <source>When and where it meets</source>
        <translation>Kiedy i gdzie się spotyka</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupa</translation>
    </message>
    <message>
        <source>&amp;When and where</source>
        <translation>&amp;Kiedy i gdzie</translation>
    </message>
    <message>
        <source>Add the group</source>
        <translation>Dodaj grupę</translation>
    </message>
    <message>
        <source>It is kept with your support contacts, where you can change it.</source>
        <translation>Zostanie zapisana w kontaktach wsparcia, gdzie możesz ją zmienić.</translation>
    </message>
</context>
<context>
    <name>AfterUsing</name>
    <message>
        <source>That happened. It doesn&apos;t undo what you&apos;ve done so far. Writing it down is a way of looking after yourself.</source>
        <translation>To się zdarzyło. Nie przekreśla tego, co już udało ci się zrobić. Zapisanie tego to sposób, by o siebie zadbać.</translation>
    </message>
    <message>
        <source>Look at my plan</source>
        <translation>Zobacz mój plan</translation>
    </message>
    <message>
        <source>Opens your plan, step by step</source>
        <translation>Otwiera twój plan, krok po kroku</translation>
    </message>
    <message>
        <source>Crisis page</source>
        <translation>Strona kryzysowa</translation>
    </message>
    <message>
        <source>Open the crisis page</source>
        <translation>Otwórz stronę kryzysową</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Something I want to talk about at my next session</source>
        <translation>Coś, o czym chcę porozmawiać na następnym spotkaniu</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>O czym chcę porozmawiać</translation>
    </message>
    <message>
        <source>Talked about it</source>
        <translation>Omówione</translation>
    </message>
    <message>
        <source>&amp;What I want to talk about</source>
        <translation>&amp;O czym chcę porozmawiać</translation>
    </message>
    <message>
        <source>Added {when}</source>
        <translation>Dodano {when}</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Saved. Everything you wrote is safe.</source>
        <translation>Zapisane. Wszystko, co napisano, jest bezpieczne.</translation>
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
        <translation>{chart} w tabeli</translation>
    </message>
    <message>
        <source>Show as a table</source>
        <translation>Pokaż jako tabelę</translation>
    </message>
    <message>
        <source>Show {chart} as a table</source>
        <translation>Pokaż jako tabelę: {chart}</translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation>Pokaż jako wykres</translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <source>Hope</source>
        <translation>Nadzieja</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no hope at all</comment>
        <translation>brak</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>dużo</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Nastrój</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>bardzo zły</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>bardzo dobry</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Głód</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no craving at all</comment>
        <translation>brak</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>bardzo silny</translation>
    </message>
    <message>
        <source>for example: meeting, work, family</source>
        <translation>na przykład: mityng, praca, rodzina</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Words to find this check-in by, separated by commas</source>
        <translation>Słowa, po których znajdziesz ten wpis, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Anything you want to write. It is saved as you type.</source>
        <translation>Cokolwiek chcesz napisać. Zapisuje się na bieżąco.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otatka</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>Nas&amp;trój</translation>
    </message>
    <message>
        <source>&amp;Craving</source>
        <translation>&amp;Głód</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>T&amp;agi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>The day and time this check-in is about</source>
        <translation>Dzień i godzina, których dotyczy ten wpis samopoczucia</translation>
    </message>
    <message>
        <source>I spent time with someone in recovery</source>
        <translation>Był czas z kimś, kto też zdrowieje</translation>
    </message>
    <message>
        <source>Whe&amp;n</source>
        <translation>&amp;Kiedy</translation>
    </message>
    <message>
        <source>Ho&amp;pe</source>
        <translation>&amp;Nadzieja</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Z kim</translation>
    </message>
</context>
<context>
    <name>CompanionPicker</name>
    <message>
        <source>Who? Type a name or a group</source>
        <translation>Kto? Wpisz imię albo grupę</translation>
    </message>
    <message>
        <source>Who I spent time with</source>
        <translation>Towarzystwo</translation>
    </message>
    <message>
        <source>Type a name, then choose it from the list</source>
        <translation>Wpisz imię, potem wybierz je z listy</translation>
    </message>
    <message>
        <source>Add a group…</source>
        <translation>Dodaj grupę…</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Dodaj grupę</translation>
    </message>
    <message>
        <source>A meeting or recovery community, with when and where it meets</source>
        <translation>Mityng albo wspólnota zdrowienia, z tym, kiedy i gdzie się spotyka</translation>
    </message>
    <message>
        <source>People and groups named</source>
        <translation>Wymienione osoby i grupy</translation>
    </message>
    <message>
        <source>Untick one to take it off</source>
        <translation>Odznacz, by usunąć z listy</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Emotional</source>
        <translation>Emocjonalne</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>Praktyczne</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacje</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Towarzystwo</translation>
    </message>
    <message>
        <source>Gives emotional support</source>
        <translation>Daje wsparcie emocjonalne</translation>
    </message>
    <message>
        <source>Gives practical support</source>
        <translation>Daje wsparcie praktyczne</translation>
    </message>
    <message>
        <source>Gives information</source>
        <translation>Daje informacje</translation>
    </message>
    <message>
        <source>Gives company</source>
        <translation>Dotrzymuje towarzystwa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy phone number</source>
        <translation>Kopiuj numer telefonu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In my crisis list (shown on the Crisis page)</source>
        <translation>Na mojej liście kryzysowej (widoczna na stronie Kryzys)</translation>
    </message>
    <message>
        <source>In my crisis list</source>
        <translation>Na mojej liście kryzysowej</translation>
    </message>
    <message>
        <source>Best times to call, how they help…</source>
        <translation>Kiedy najlepiej dzwonić, w czym pomaga…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Imię</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notatki</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Ktoś</translation>
    </message>
</context>
<context>
    <name>ContactPart</name>
    <message>
        <source>Delete removes someone from the plan (not from Support); Alt+Up and Alt+Down move them</source>
        <translation>Delete usuwa osobę z planu (nie ze Wsparcia); Alt+strzałka w górę i Alt+strzałka w dół ją przesuwają</translation>
    </message>
    <message>
        <source>Their phone number (you can add it later)</source>
        <translation>Numer telefonu tej osoby (możesz dodać go później)</translation>
    </message>
    <message>
        <source>Phone number of the new contact</source>
        <translation>Numer telefonu nowego kontaktu</translation>
    </message>
    <message>
        <source>Add to my contacts and my plan</source>
        <translation>Dodaj do moich kontaktów i mojego planu</translation>
    </message>
    <message>
        <source>{name} is not in Support yet. Add their number, or leave it empty for now.</source>
        <translation>{name} nie ma jeszcze we Wsparciu. Dodaj numer albo na razie zostaw puste.</translation>
    </message>
    <message>
        <source>{name} is already here.</source>
        <translation>{name} już tu jest.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Crisis list</source>
        <translation>Lista kryzysowa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong inside the app. Sorry about that.</source>
        <translation>Coś poszło nie tak w aplikacji. Przepraszamy.</translation>
    </message>
    <message>
        <source>Everything you saved is safe in your journal. If something looks odd, close the app and open it again. A short technical note (with none of your writing) was kept in {file}.</source>
        <translation>Wszystko, co zapisano, jest bezpieczne w twoim dzienniku. Jeśli coś wygląda dziwnie, zamknij aplikację i otwórz ją ponownie. Krótka notatka techniczna (bez żadnych twoich zapisków) została zachowana w {file}.</translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <source>I&apos;m having a hard time: my plan, step by step</source>
        <translation>Jest mi ciężko: mój plan, krok po kroku</translation>
    </message>
    <message>
        <source>I&apos;m having a hard time</source>
        <translation>Jest mi ciężko</translation>
    </message>
    <message>
        <source>Opens your plan, step by step</source>
        <translation>Otwiera twój plan, krok po kroku</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Telefony zaufania</translation>
    </message>
    <message>
        <source>Press Enter to copy a number</source>
        <translation>Naciśnij Enter, aby skopiować numer</translation>
    </message>
    <message>
        <source>People I can call, in my order</source>
        <translation>Osoby, do których mogę zadzwonić, w mojej kolejności</translation>
    </message>
    <message>
        <source>Enter copies a number; Alt+Up and Alt+Down move someone</source>
        <translation>Enter kopiuje numer; Alt+strzałka w górę i Alt+strzałka w dół przesuwają osobę</translation>
    </message>
    <message>
        <source>No one yet. On the Support page, tick “In my crisis list” for people you can call.</source>
        <translation>Na razie nikogo. Na stronie Wsparcie zaznacz „Na mojej liście kryzysowej” przy osobach, do których możesz zadzwonić.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move the chosen person up</source>
        <translation>Przesuń wybraną osobę w górę</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+strzałka w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Move the chosen person down</source>
        <translation>Przesuń wybraną osobę w dół</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+strzałka w dół</translation>
    </message>
    <message>
        <source>In the order you choose: drag a card, or choose one and press Alt+Up or Alt+Down.</source>
        <translation>W wybranej przez ciebie kolejności: przeciągnij kartę albo wybierz ją i naciśnij Alt+strzałka w górę lub Alt+strzałka w dół.</translation>
    </message>
    <message>
        <source>Press F2 to change a cell, Delete to remove a helpline</source>
        <translation>F2 zmienia komórkę, Delete usuwa telefon zaufania</translation>
    </message>
    <message>
        <source>Add a helpline</source>
        <translation>Dodaj telefon zaufania</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected helpline</source>
        <translation>Usuń wybrany telefon zaufania</translation>
    </message>
    <message>
        <source>Overdose advice for where I live</source>
        <translation>Porady na wypadek przedawkowania dla miejsca, w którym mieszkam</translation>
    </message>
    <message>
        <source>Put back the UK advice</source>
        <translation>Przywróć porady z Wielkiej Brytanii</translation>
    </message>
    <message>
        <source>Show these helplines and this advice before unlocking</source>
        <translation>Pokazuj te telefony zaufania i porady przed odblokowaniem</translation>
    </message>
    <message>
        <source>Then a copy of the helplines and the advice is kept in this app&apos;s settings file ({file}), outside your encrypted journal, so anyone using this computer account could read it. Your own contacts and your plan are never shown before unlocking.</source>
        <translation>Wtedy kopia telefonów zaufania i porad jest trzymana w pliku ustawień aplikacji ({file}), poza twoim zaszyfrowanym dziennikiem, więc każdy, kto korzysta z tego konta na komputerze, może ją przeczytać. Twoje własne kontakty i twój plan nigdy nie są pokazywane przed odblokowaniem.</translation>
    </message>
    <message>
        <source>Help right now</source>
        <translation>Pomoc od razu</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation>Osoby, do których mogę zadzwonić</translation>
    </message>
    <message>
        <source>Overdose</source>
        <translation>Przedawkowanie</translation>
    </message>
    <message>
        <source>Change them for where you live</source>
        <translation>Zmień je dla miejsca, w którym mieszkasz</translation>
    </message>
    <message>
        <source>Helplines: double-click a cell or press F2 to change it.</source>
        <translation>Telefony zaufania: kliknij dwukrotnie komórkę albo naciśnij F2, aby ją zmienić.</translation>
    </message>
    <message>
        <source>Overdose advice, in your words:</source>
        <translation>Porady na wypadek przedawkowania, twoimi słowami:</translation>
    </message>
    <message>
        <source>Choose someone first, then move them.</source>
        <translation>Najpierw wybierz osobę, potem ją przesuń.</translation>
    </message>
    <message>
        <source>Your helplines and advice will show before unlocking too.</source>
        <translation>Twoje telefony zaufania i porady będą widoczne także przed odblokowaniem.</translation>
    </message>
    <message>
        <source>Before unlocking, the built-in UK helplines show again; the copy is removed.</source>
        <translation>Przed odblokowaniem znów widać wbudowane telefony zaufania z Wielkiej Brytanii; kopia została usunięta.</translation>
    </message>
    <message>
        <source>Copied {phone}, the number for {name}.</source>
        <translation>Skopiowano {phone}, numer do: {name}.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Delete check-in</source>
        <translation>Usuń wpis samopoczucia</translation>
    </message>
    <message>
        <source>Check-in deleted. Ctrl+Z puts it back.</source>
        <translation>Wpis samopoczucia usunięty. Ctrl+Z go przywróci.</translation>
    </message>
    <message>
        <source>The check-in is back.</source>
        <translation>Wpis samopoczucia wrócił.</translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation>Usuń wyzwalacz</translation>
    </message>
    <message>
        <source>Trigger deleted. Ctrl+Z puts it back.</source>
        <translation>Wyzwalacz usunięty. Ctrl+Z go przywróci.</translation>
    </message>
    <message>
        <source>The trigger is back.</source>
        <translation>Wyzwalacz wrócił.</translation>
    </message>
    <message>
        <source>Delete gratitude list</source>
        <translation>Usuń listę wdzięczności</translation>
    </message>
    <message>
        <source>Gratitude list deleted. Ctrl+Z puts it back.</source>
        <translation>Lista wdzięczności usunięta. Ctrl+Z ją przywróci.</translation>
    </message>
    <message>
        <source>The gratitude list is back.</source>
        <translation>Lista wdzięczności wróciła.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Usuń kontakt</translation>
    </message>
    <message>
        <source>Contact deleted. Ctrl+Z puts it back.</source>
        <translation>Kontakt usunięty. Ctrl+Z go przywróci.</translation>
    </message>
    <message>
        <source>The contact is back.</source>
        <translation>Kontakt wrócił.</translation>
    </message>
    <message>
        <source>Delete note for your next session</source>
        <translation>Usuń notatkę na następne spotkanie</translation>
    </message>
    <message>
        <source>Note for your next session deleted. Ctrl+Z puts it back.</source>
        <translation>Notatka na następne spotkanie usunięta. Ctrl+Z ją przywróci.</translation>
    </message>
    <message>
        <source>The note for your next session is back.</source>
        <translation>Notatka na następne spotkanie wróciła.</translation>
    </message>
    <message>
        <source>Delete helpline</source>
        <translation>Usuń telefon zaufania</translation>
    </message>
    <message>
        <source>Helpline deleted. Ctrl+Z puts it back.</source>
        <translation>Telefon zaufania usunięty. Ctrl+Z go przywróci.</translation>
    </message>
    <message>
        <source>The helpline is back.</source>
        <translation>Telefon zaufania wrócił.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Usuń cel</translation>
    </message>
    <message>
        <source>Goal deleted. Ctrl+Z puts it back.</source>
        <translation>Cel usunięty. Ctrl+Z go przywróci.</translation>
    </message>
    <message>
        <source>The goal is back.</source>
        <translation>Cel wrócił.</translation>
    </message>
    <message>
        <source>Delete if-then plan</source>
        <translation>Usuń plan „jeśli – to”</translation>
    </message>
    <message>
        <source>If-then plan deleted. Ctrl+Z puts it back.</source>
        <translation>Plan „jeśli – to” usunięty. Ctrl+Z go przywróci.</translation>
    </message>
    <message>
        <source>The if-then plan is back.</source>
        <translation>Plan „jeśli – to” wrócił.</translation>
    </message>
    <message>
        <source>Delete recovery capital answers</source>
        <translation>Usuń odpowiedzi o kapitale zdrowienia</translation>
    </message>
    <message>
        <source>Recovery capital answers deleted. Ctrl+Z puts them back.</source>
        <translation>Odpowiedzi o kapitale zdrowienia usunięte. Ctrl+Z je przywróci.</translation>
    </message>
    <message>
        <source>The recovery capital answers are back.</source>
        <translation>Odpowiedzi o kapitale zdrowienia wróciły.</translation>
    </message>
    <message>
        <source>Delete use answer</source>
        <translation>Usuń odpowiedź o używaniu</translation>
    </message>
    <message>
        <source>Use answer deleted. Ctrl+Z puts it back.</source>
        <translation>Odpowiedź o używaniu usunięta. Ctrl+Z ją przywróci.</translation>
    </message>
    <message>
        <source>The use answer is back.</source>
        <translation>Odpowiedź o używaniu wróciła.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Usuń ten wpis</translation>
    </message>
    <message>
        <source>You can undo with Ctrl+Z</source>
        <translation>Możesz cofnąć przez Ctrl+Z</translation>
    </message>
    <message>
        <source>Choose an entry on the left to read or change it.</source>
        <translation>Wybierz wpis po lewej, aby go przeczytać lub zmienić.</translation>
    </message>
    <message>
        <source>Changes save as you type.</source>
        <translation>Zmiany zapisują się na bieżąco.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Zapisano o {time}.</translation>
    </message>
</context>
<context>
    <name>ForgotScreen</name>
    <message>
        <source>Recovery Journal</source>
        <translation>Recovery Journal</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Nie pamiętasz hasła?</translation>
    </message>
    <message>
        <source>Your recovery key opens your journal. Type it from your recovery sheet, then choose a new passphrase. Capital letters, spaces and dashes do not matter.</source>
        <translation>Klucz odzyskiwania otwiera twój dziennik. Przepisz go z arkusza odzyskiwania, a potem wybierz nowe hasło. Wielkie litery, spacje i myślniki nie mają znaczenia.</translation>
    </message>
    <message>
        <source>Recovery key, from your recovery sheet</source>
        <translation>Klucz odzyskiwania, z twojego arkusza odzyskiwania</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nowe hasło jeszcze raz</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>&amp;Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Jeszcze raz</translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation>Otwórz mój dziennik</translation>
    </message>
    <message>
        <source>Open my journal with the recovery key and the new passphrase</source>
        <translation>Otwórz mój dziennik kluczem odzyskiwania i nowym hasłem</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Wróć do hasła</translation>
    </message>
    <message>
        <source>No sheet? If both the passphrase and the recovery sheet are lost, nobody can open this journal: not you, not us, not anyone. You can still start a new journal in another folder.</source>
        <translation>Nie masz arkusza? Jeśli zginęło i hasło, i arkusz odzyskiwania, nikt nie otworzy tego dziennika: ani ty, ani my, ani nikt inny. Nadal możesz założyć nowy dziennik w innym folderze.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Please type the second one again.</source>
        <translation>Dwa nowe hasła się różnią. Wpisz drugie jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>In your own words, for example: get back into college</source>
        <translation>Twoimi słowami, na przykład: wrócić na studia</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mój cel</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Dlaczego to dla mnie ważne</translation>
    </message>
    <message>
        <source>Agreed with my keyworker</source>
        <translation>Uzgodnione z moim terapeutą</translation>
    </message>
    <message>
        <source>Adds a line saying so under why it matters</source>
        <translation>Dodaje o tym linijkę pod „Dlaczego to ważne”</translation>
    </message>
    <message>
        <source>Aim for a date</source>
        <translation>Wyznacz termin</translation>
    </message>
    <message>
        <source>The date to aim for</source>
        <translation>Termin, do którego dążysz</translation>
    </message>
    <message>
        <source>Where this goal stands</source>
        <translation>Na jakim etapie jest ten cel</translation>
    </message>
    <message>
        <source>&amp;My goal</source>
        <translation>Mó&amp;j cel</translation>
    </message>
    <message>
        <source>&amp;Aim</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>Dlaczego to &amp;ważne</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stan</translation>
    </message>
    <message>
        <source>Small s&amp;teps</source>
        <translation>Małe &amp;kroki</translation>
    </message>
    <message>
        <source>Write the goal in your own words and it is kept.</source>
        <translation>Wpisz cel swoimi słowami, a zostanie zapisany.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>What you are working towards, in your own words, with small steps. Set them on your own or with your keyworker; change them whenever you like.</source>
        <translation>To, nad czym pracujesz, twoimi słowami, w małych krokach. Ustal cele samodzielnie albo z terapeutą; zmieniaj je, kiedy chcesz.</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <source>No goals yet. Start with one small thing you would like to change.</source>
        <translation>Nie ma jeszcze celów. Zacznij od jednej małej rzeczy, którą chcesz zmienić.</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Wszystkie cele</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>W trakcie</translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation>Na razie wstrzymane</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Osiągnięte</translation>
    </message>
</context>
<context>
    <name>GratitudeItems</name>
    <message>
        <source>Things I am grateful for</source>
        <translation>Rzeczy, za które dziękuję</translation>
    </message>
    <message>
        <source>Add something I am grateful for</source>
        <translation>Dodaj coś, za co dziękuję</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Add to gratitude list</source>
        <translation>Dodaj do listy wdzięczności</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Usuń wybraną pozycję</translation>
    </message>
    <message>
        <source>Something I&apos;m grateful for</source>
        <translation>Coś, za co dziękuję</translation>
    </message>
    <message>
        <source>Type it, then press Enter</source>
        <translation>Wpisz, potem naciśnij Enter</translation>
    </message>
</context>
<context>
    <name>HardTimeView</name>
    <message>
        <source>That happened. It doesn&apos;t undo what you&apos;ve done so far.</source>
        <translation>To się zdarzyło. Nie przekreśla tego, co już udało ci się zrobić.</translation>
    </message>
    <message>
        <source>One step at a time</source>
        <translation>Krok po kroku</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Wróć do poprzedniego ekranu</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Wróć do poprzedniego ekranu (Esc)</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;1 My reasons</source>
        <translation>&amp;1 Moje powody</translation>
    </message>
    <message>
        <source>&amp;2 What I can do now</source>
        <translation>&amp;2 Co mogę teraz zrobić</translation>
    </message>
    <message>
        <source>&amp;3 Who I can call</source>
        <translation>&amp;3 Do kogo mogę zadzwonić</translation>
    </message>
    <message>
        <source>&amp;4 Helplines</source>
        <translation>&amp;4 Telefony zaufania</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Poprzedni krok</translation>
    </message>
    <message>
        <source>Change my plan</source>
        <translation>Zmień mój plan</translation>
    </message>
    <message>
        <source>Opens My plan</source>
        <translation>Otwiera Mój plan</translation>
    </message>
    <message>
        <source>My reasons</source>
        <translation>Moje powody</translation>
    </message>
    <message>
        <source>You haven&apos;t written your reasons yet. When things are calmer, My plan has room for them. For now: this moment is hard, and it will pass.</source>
        <translation>Nie ma tu jeszcze twoich powodów. Kiedy będzie spokojniej, w Moim planie jest na nie miejsce. Teraz: ta chwila jest trudna i minie.</translation>
    </message>
    <message>
        <source>What I can do now</source>
        <translation>Co mogę teraz zrobić</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Co mogę zrobić samodzielnie</translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation>Ludzie i miejsca, które odwracają moją uwagę</translation>
    </message>
    <message>
        <source>Making where I am safer</source>
        <translation>Jak sprawić, by tam, gdzie jestem, było bezpieczniej</translation>
    </message>
    <message>
        <source>On my own</source>
        <translation>Samodzielnie</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than you breathe in. Drink some water. Go somewhere else for a while, or ring someone. A craving rises like a wave, and then it falls.</source>
        <translation>Zrób powolny wydech, trochę dłuższy niż wdech. Napij się wody. Idź na chwilę gdzie indziej albo do kogoś zadzwoń. Głód narasta jak fala, a potem opada.</translation>
    </message>
    <message>
        <source>Who I can call</source>
        <translation>Do kogo mogę zadzwonić</translation>
    </message>
    <message>
        <source>Click a number to copy it.</source>
        <translation>Kliknij numer, aby go skopiować.</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation>Osoby, do których mogę zadzwonić</translation>
    </message>
    <message>
        <source>Press Enter to copy a number</source>
        <translation>Naciśnij Enter, aby skopiować numer</translation>
    </message>
    <message>
        <source>No one is in your plan yet. The helplines are the next step, and they are free.</source>
        <translation>W twoim planie nie ma jeszcze nikogo. Następny krok to telefony zaufania, i są bezpłatne.</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Telefony zaufania</translation>
    </message>
    <message>
        <source>Next: what I can do now</source>
        <translation>Dalej: co mogę teraz zrobić</translation>
    </message>
    <message>
        <source>Next: who I can call</source>
        <translation>Dalej: do kogo mogę zadzwonić</translation>
    </message>
    <message>
        <source>Next: helplines</source>
        <translation>Dalej: telefony zaufania</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Copied {phone}, the number for {name}.</source>
        <translation>Skopiowano {phone}, numer do: {name}.</translation>
    </message>
</context>
<context>
    <name>HelplinesModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>A helpline needs a name.</source>
        <translation>Telefon zaufania potrzebuje nazwy.</translation>
    </message>
    <message>
        <source>New helpline</source>
        <translation>Nowy telefon zaufania</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
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
    <name>LockedCrisisPage</name>
    <message>
        <source>Helplines</source>
        <translation>Telefony zaufania</translation>
    </message>
    <message>
        <source>Press Enter to copy a number</source>
        <translation>Naciśnij Enter, aby skopiować numer</translation>
    </message>
    <message>
        <source>These are the helplines you chose to show here.</source>
        <translation>To telefony zaufania, które wybrano do pokazywania tutaj.</translation>
    </message>
    <message>
        <source>Help right now</source>
        <translation>Pomoc od razu</translation>
    </message>
    <message>
        <source>Overdose</source>
        <translation>Przedawkowanie</translation>
    </message>
    <message>
        <source>Your own crisis contacts and plan are inside your journal; unlock it to see them.</source>
        <translation>Twoje własne kontakty kryzysowe i plan są w dzienniku; odblokuj go, aby je zobaczyć.</translation>
    </message>
    <message>
        <source>Back to unlock</source>
        <translation>Wróć do odblokowania</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Copied {phone}.</source>
        <translation>Skopiowano {phone}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Dziennik</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Nowy wpis samopoczucia</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Zablokuj teraz</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>I&apos;m having a hard time</source>
        <translation>Jest mi ciężko</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Przejdź</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Cofnij ostatnie usunięcie</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Cofnij: {what}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Put back your journal as it was in this automatic backup?

Your damaged journal file is kept in {folder}, so nothing is thrown away. Anything written after the backup was made is not in it.</source>
        <translation>Przywrócić dziennik do stanu z tej automatycznej kopii zapasowej?

Uszkodzony plik dziennika zostaje zachowany w {folder}, więc nic nie przepada. Tego, co zapisano po zrobieniu kopii, w niej nie ma.</translation>
    </message>
    <message>
        <source>There is no journal in {folder} yet. You can start a new one there below, or choose another folder.</source>
        <translation>W {folder} nie ma jeszcze dziennika. Możesz założyć tam nowy poniżej albo wybrać inny folder.</translation>
    </message>
    <message>
        <source>Open a journal folder</source>
        <translation>Otwórz folder dziennika</translation>
    </message>
    <message>
        <source>There is already a journal in that folder. Type its passphrase to open it.</source>
        <translation>W tym folderze jest już dziennik. Wpisz jego hasło, aby go otworzyć.</translation>
    </message>
    <message>
        <source>Choose a folder for the new journal</source>
        <translation>Wybierz folder na nowy dziennik</translation>
    </message>
    <message>
        <source>Recovery Journal</source>
        <translation>Recovery Journal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Your journal is locked.</source>
        <translation>Twój dziennik jest zablokowany.</translation>
    </message>
    <message>
        <source>How to use</source>
        <translation>Jak korzystać</translation>
    </message>
    <message>
        <source>About Recovery Journal</source>
        <translation>O Recovery Journal</translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>the auto-lock time</comment>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NaloxoneBox</name>
    <message>
        <source>I have a naloxone kit</source>
        <translation>Mam zestaw z naloksonem</translation>
    </message>
    <message>
        <source>In the kitchen drawer, in my bag…</source>
        <translation>W szufladzie w kuchni, w torbie…</translation>
    </message>
    <message>
        <source>Where the kit is</source>
        <translation>Gdzie jest zestaw</translation>
    </message>
    <message>
        <source>I know the date on the kit</source>
        <translation>Znam datę na zestawie</translation>
    </message>
    <message>
        <source>The date on the kit (when it expires)</source>
        <translation>Data na zestawie (kiedy traci ważność)</translation>
    </message>
    <message>
        <source>Up and Down change the part of the date the cursor is in</source>
        <translation>Strzałki w górę i w dół zmieniają tę część daty, w której jest kursor</translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation>Nalokson</translation>
    </message>
    <message>
        <source>Naloxone can reverse an opioid overdose for a while, long enough for the ambulance to come. In the UK, drug services and many pharmacies give kits out and show you how to use one. Today reminds you a month before the date on the kit.</source>
        <translation>Nalokson może na jakiś czas odwrócić przedawkowanie opioidów, na tyle długo, by zdążyła przyjechać karetka. W Wielkiej Brytanii poradnie uzależnień i wiele aptek wydaje zestawy i pokazuje, jak ich użyć. Strona Dziś przypomni ci o tym miesiąc przed datą na zestawie.</translation>
    </message>
    <message>
        <source>&amp;Where it is</source>
        <translation>&amp;Gdzie jest</translation>
    </message>
    <message>
        <source>Date on the kit</source>
        <translation>Data na zestawie</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Preview of the printed page</source>
        <translation>Podgląd drukowanej strony</translation>
    </message>
    <message>
        <source>Preparing your summary…</source>
        <translation>Przygotowywanie podsumowania…</translation>
    </message>
</context>
<context>
    <name>PassphraseHelp</name>
    <message>
        <source>Caps Lock seems to be on: your passphrase may come out in capitals.</source>
        <translation>Wygląda na to, że Caps Lock jest włączony: hasło może się wpisać wielkimi literami.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>For example: I pass the pub on Friday after work</source>
        <translation>Na przykład: w piątek po pracy mijam pub</translation>
    </message>
    <message>
        <source>If</source>
        <translation>Jeśli</translation>
    </message>
    <message>
        <source>The situation this plan is for</source>
        <translation>Sytuacja, na którą jest ten plan</translation>
    </message>
    <message>
        <source>For example: I ring Sam and walk the long way home</source>
        <translation>Na przykład: dzwonię do Sama i wracam do domu dłuższą drogą</translation>
    </message>
    <message>
        <source>Then I will</source>
        <translation>Wtedy</translation>
    </message>
    <message>
        <source>What you will do. Down arrow shows what helped before</source>
        <translation>Co zrobisz. Strzałka w dół pokazuje, co pomogło wcześniej</translation>
    </message>
    <message>
        <source>What helped before…</source>
        <translation>Co pomogło wcześniej…</translation>
    </message>
    <message>
        <source>Show what helped before</source>
        <translation>Pokaż, co pomogło wcześniej</translation>
    </message>
    <message>
        <source>What you did when you got through a trigger without using</source>
        <translation>Co zadziałało, kiedy udało się przejść przez wyzwalacz bez używania</translation>
    </message>
    <message>
        <source>For which kind of trigger</source>
        <translation>Na jaki rodzaj wyzwalacza</translation>
    </message>
    <message>
        <source>&amp;If</source>
        <extracomment>The two halves of an if-then plan: &quot;If &lt;situation&gt;&quot;, &quot;then &lt;what I will do&gt;&quot;.</extracomment>
        <translation>&amp;Jeśli</translation>
    </message>
    <message>
        <source>&amp;Then I will</source>
        <translation>&amp;Wtedy</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>Plans written as &quot;if this happens, then I will do that&quot; are easier to follow when the moment comes.</source>
        <translation>Plany zapisane jako „jeśli stanie się to, wtedy zrobię tamto” łatwiej wykonać, kiedy przyjdzie ta chwila.</translation>
    </message>
    <message numerus="yes">
        <source>%n things that helped before are offered as you type the &quot;then&quot;.</source>
        <translation>
            <numerusform>Podczas wpisywania „wtedy” pojawi się %n podpowiedź z tego, co pomogło wcześniej.</numerusform>
            <numerusform>Podczas wpisywania „wtedy” pojawią się %n podpowiedzi z tego, co pomogło wcześniej.</numerusform>
            <numerusform>Podczas wpisywania „wtedy” pojawi się %n podpowiedzi z tego, co pomogło wcześniej.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the &quot;if&quot; or the &quot;then&quot; and the plan is kept.</source>
        <translation>Wpisz „jeśli” albo „wtedy”, a plan zostanie zapisany.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Change to my plan</source>
        <translation>Zmiana w moim planie</translation>
    </message>
    <message>
        <source>Changes save as you type.</source>
        <translation>Zmiany zapisują się na bieżąco.</translation>
    </message>
    <message>
        <source>See it as on a hard day</source>
        <translation>Zobacz go jak w trudny dzień</translation>
    </message>
    <message>
        <source>See my plan as on a hard day</source>
        <translation>Zobacz mój plan tak, jak w trudny dzień</translation>
    </message>
    <message>
        <source>Opens the I&apos;m having a hard time view</source>
        <translation>Otwiera widok „Jest mi ciężko”</translation>
    </message>
    <message>
        <source>Print my plan…</source>
        <translation>Drukuj mój plan…</translation>
    </message>
    <message>
        <source>Print my plan</source>
        <translation>Drukuj mój plan</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <source>A plan made on a calm day, for a hard one. A few short lines in your own words are enough, and you can change them any time. When things get hard, the “I&apos;m having a hard time” button shows it to you step by step.</source>
        <translation>Plan zrobiony w spokojny dzień, na trudny dzień. Wystarczy kilka krótkich zdań twoimi słowami i możesz je zmienić w każdej chwili. Kiedy zrobi się ciężko, przycisk „Jest mi ciężko” pokaże ci go krok po kroku.</translation>
    </message>
    <message>
        <source>Someone no longer in Support</source>
        <translation>Ktoś, kogo nie ma już we Wsparciu</translation>
    </message>
    <message>
        <source>{name} (no number yet)</source>
        <translation>{name} (jeszcze bez numeru)</translation>
    </message>
    <message>
        <source>{name} · {phone}</source>
        <translation>{name} · {phone}</translation>
    </message>
    <message>
        <source>{name} is in Support now, and in your plan.</source>
        <translation>{name} jest teraz we Wsparciu i w twoim planie.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Zapisano o {time}.</translation>
    </message>
    <message>
        <source>Preview and print my plan</source>
        <translation>Podgląd i druk mojego planu</translation>
    </message>
    <message>
        <source>The plan could not be saved there ({reason}). Choose another folder.</source>
        <translation>Nie udało się tam zapisać planu ({reason}). Wybierz inny folder.</translation>
    </message>
</context>
<context>
    <name>PlanPart</name>
    <message>
        <source>F2 changes a line, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>F2 zmienia wiersz, Delete go usuwa, Alt+strzałka w górę i Alt+strzałka w dół go przesuwają</translation>
    </message>
    <message>
        <source>Add to {part}</source>
        <translation>Dodaj do: {part}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Add the line</source>
        <translation>Dodaj wiersz</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move the chosen line up</source>
        <translation>Przesuń wybrany wiersz w górę</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+strzałka w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Move the chosen line down</source>
        <translation>Przesuń wybrany wiersz w dół</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+strzałka w dół</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the chosen line</source>
        <translation>Usuń wybrany wiersz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PlansForKind</name>
    <message>
        <source>Your plans for this kind of trigger</source>
        <translation>Twoje plany na ten rodzaj wyzwalacza</translation>
    </message>
    <message>
        <source>Press Enter to open one</source>
        <translation>Naciśnij Enter, by otworzyć plan</translation>
    </message>
    <message>
        <source>Your plans for {kind}</source>
        <translation>Twoje plany na wyzwalacze: {kind}</translation>
    </message>
    <message>
        <source>No plan for this kind of trigger yet. &quot;Make a plan for next time&quot; starts one.</source>
        <translation>Nie ma jeszcze planu na ten rodzaj wyzwalacza. „Zrób plan na następny raz” zaczyna nowy.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>If–then plans</source>
        <translation>Plany „jeśli – to”</translation>
    </message>
    <message>
        <source>Decide now what you will do when a hard moment comes. From a trigger, &quot;Make a plan for next time&quot; starts one for you.</source>
        <translation>Zdecyduj teraz, co zrobisz, kiedy przyjdzie trudna chwila. Przy wyzwalaczu przycisk „Zrób plan na następny raz” zaczyna plan za ciebie.</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nowy plan</translation>
    </message>
    <message>
        <source>No plans yet. Think of a moment that often comes, and what you could do then.</source>
        <translation>Nie ma jeszcze planów. Pomyśl o chwili, która często się powtarza, i o tym, co możesz wtedy zrobić.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Whole page</source>
        <translation>Cała strona</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Pokaż całą stronę</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save the page as a PDF file</source>
        <translation>Zapisz stronę jako plik PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Print the page</source>
        <translation>Drukuj stronę</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>What you want to talk about at your next session with your keyworker. Open items go on your printed summary.</source>
        <translation>O czym chcesz porozmawiać na następnym spotkaniu z terapeutą. Otwarte sprawy trafiają do drukowanego podsumowania.</translation>
    </message>
    <message>
        <source>Add something to talk about</source>
        <translation>Dodaj coś do omówienia</translation>
    </message>
    <message>
        <source>Nothing on your list yet.</source>
        <translation>Na liście nic jeszcze nie ma.</translation>
    </message>
    <message>
        <source>Small things count: a cup of tea, a kind word, a good night&apos;s sleep.</source>
        <translation>Drobiazgi też się liczą: kubek herbaty, miłe słowo, przespana noc.</translation>
    </message>
    <message>
        <source>Today&apos;s list</source>
        <translation>Dzisiejsza lista</translation>
    </message>
    <message>
        <source>No gratitude lists yet.</source>
        <translation>Nie ma jeszcze list wdzięczności.</translation>
    </message>
    <message>
        <source>Everything you have written, newest first. Search finds any word; open an entry to change it.</source>
        <translation>Wszystko, co napisano, od najnowszych. Wyszukiwanie znajduje każde słowo; otwórz wpis, aby go zmienić.</translation>
    </message>
    <message>
        <source>Nothing written yet. Your check-ins, triggers and gratitude lists will show here.</source>
        <translation>Nic jeszcze nie napisano. Tu pojawią się wpisy samopoczucia, wyzwalacze i listy wdzięczności.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kiedykolwiek</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation>Ostatnie 28 dni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Ostatni rok</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Między datami…</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Wpisy samopoczucia</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Wyzwalacze</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Wdzięczność</translation>
    </message>
    <message>
        <source>To talk about</source>
        <translation>Do omówienia</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Nic tu jeszcze nie ma.</translation>
    </message>
    <message>
        <source>Search your words…</source>
        <translation>Szukaj w swoich słowach…</translation>
    </message>
    <message>
        <source>Search {page}</source>
        <translation>Szukaj: {page}</translation>
    </message>
    <message>
        <source>Results update as you type</source>
        <translation>Wyniki zmieniają się w trakcie pisania</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data od</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data do</translation>
    </message>
    <message>
        <source>{page}: entries, newest first</source>
        <translation>{page}: wpisy, od najnowszych</translation>
    </message>
    <message>
        <source>Press Enter to open, Delete to delete</source>
        <translation>Enter otwiera, Delete usuwa</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Nothing matches those words. Try fewer or different words.</source>
        <translation>Nic nie pasuje do tych słów. Spróbuj mniej słów albo innych.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln wpis</numerusform>
            <numerusform>%Ln wpisy</numerusform>
            <numerusform>%Ln wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>Noticing what sets off a craving is how you learn what helps. Write down what happened and what you did.</source>
        <translation>Zauważanie, co wywołuje głód, to sposób, by odkryć, co pomaga. Zapisz, co się stało i jak zareagowano.</translation>
    </message>
    <message>
        <source>Log a trigger</source>
        <translation>Zapisz wyzwalacz</translation>
    </message>
    <message>
        <source>No triggers logged yet.</source>
        <translation>Nie zapisano jeszcze żadnych wyzwalaczy.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries match</source>
        <translation>
            <numerusform>Pasuje %Ln wpis</numerusform>
            <numerusform>Pasują %Ln wpisy</numerusform>
            <numerusform>Pasuje %Ln wpisów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryKeyBox</name>
    <message>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Make a recovery key…</source>
        <translation>Utwórz klucz odzyskiwania…</translation>
    </message>
    <message>
        <source>Make a recovery key and print or save its sheet</source>
        <translation>Utwórz klucz odzyskiwania i wydrukuj lub zapisz jego arkusz</translation>
    </message>
    <message>
        <source>You have no recovery key yet. Without one, a forgotten passphrase means nobody can open your journal.</source>
        <translation>Nie masz jeszcze klucza odzyskiwania. Bez niego zapomniane hasło oznacza, że nikt nie otworzy twojego dziennika.</translation>
    </message>
    <message>
        <source>You made your recovery key on {date}. Keep its sheet somewhere safe. A new key ends the earlier one: its sheet then stops working.</source>
        <translation>Klucz odzyskiwania utworzono {date}. Trzymaj jego arkusz w bezpiecznym miejscu. Nowy klucz unieważnia poprzedni: jego arkusz przestaje wtedy działać.</translation>
    </message>
    <message>
        <source>Your journal has a recovery key. A new key ends the earlier one: its sheet then stops working.</source>
        <translation>Twój dziennik ma klucz odzyskiwania. Nowy klucz unieważnia poprzedni: jego arkusz przestaje wtedy działać.</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Utwórz nowy klucz odzyskiwania…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Twój klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Your journal is ready. One more step, if you like</source>
        <translation>Twój dziennik jest gotowy. Jeszcze jeden krok, jeśli chcesz</translation>
    </message>
    <message>
        <source>A new recovery key</source>
        <translation>Nowy klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Make a recovery key</source>
        <translation>Utwórz klucz odzyskiwania</translation>
    </message>
    <message>
        <source>A recovery key opens your journal if you ever forget your passphrase. Print its sheet, or save it as a PDF to print later, and keep the paper somewhere safe, like a passport.</source>
        <translation>Klucz odzyskiwania otworzy twój dziennik, jeśli kiedyś zapomnisz hasła. Wydrukuj jego arkusz albo zapisz go jako PDF do wydrukowania później i trzymaj kartkę w bezpiecznym miejscu, jak paszport.</translation>
    </message>
    <message>
        <source>Your earlier recovery sheet stops working as soon as the new key is made.</source>
        <translation>Poprzedni arkusz odzyskiwania przestaje działać, gdy tylko powstanie nowy klucz.</translation>
    </message>
    <message>
        <source>If you skip this and later forget your passphrase, nobody can open your journal: not you, not us, not anyone. You can make a recovery key later in Settings.</source>
        <translation>Jeśli to pominiesz i kiedyś zapomnisz hasła, nikt nie otworzy twojego dziennika: ani ty, ani my, ani nikt inny. Klucz odzyskiwania możesz utworzyć później w Ustawieniach.</translation>
    </message>
    <message>
        <source>Print the sheet…</source>
        <translation>Drukuj arkusz…</translation>
    </message>
    <message>
        <source>Make a recovery key and print its sheet</source>
        <translation>Utwórz klucz odzyskiwania i wydrukuj jego arkusz</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Make a recovery key and save its sheet as a PDF file</source>
        <translation>Utwórz klucz odzyskiwania i zapisz jego arkusz jako plik PDF</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Your new recovery key was made, but its sheet could not be printed. Nobody has the new key yet, so please make another one and save it as a PDF instead.</source>
        <translation>Nowy klucz odzyskiwania powstał, ale nie udało się wydrukować jego arkusza. Nikt jeszcze nie ma nowego klucza, więc utwórz kolejny i tym razem zapisz go jako PDF.</translation>
    </message>
    <message>
        <source>Your recovery sheet went to the printer. Check that it printed, then keep it somewhere safe.</source>
        <translation>Arkusz odzyskiwania trafił do drukarki. Sprawdź, czy się wydrukował, a potem schowaj go w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Save your recovery sheet</source>
        <translation>Zapisz arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved your recovery sheet to {file}. Print it, keep the paper somewhere safe, then delete the file.</source>
        <translation>Arkusz odzyskiwania zapisano w {file}. Wydrukuj go, schowaj kartkę w bezpiecznym miejscu, a potem usuń plik.</translation>
    </message>
    <message>
        <source>Making your recovery key…</source>
        <translation>Tworzenie klucza odzyskiwania…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ReminderBox</name>
    <message>
        <source>Daily reminder</source>
        <translation>Codzienne przypomnienie</translation>
    </message>
    <message>
        <source>Remind me each day at</source>
        <translation>Przypominaj codziennie o</translation>
    </message>
    <message>
        <source>Remind me each day at this time</source>
        <translation>Przypominaj codziennie o tej godzinie</translation>
    </message>
    <message>
        <source>Time of the daily reminder</source>
        <translation>Godzina codziennego przypomnienia</translation>
    </message>
    <message>
        <source>Start Recovery Journal when I log in, minimised</source>
        <translation>Uruchamiaj Recovery Journal po zalogowaniu, zminimalizowany</translation>
    </message>
    <message>
        <source>Anyone who uses this computer account will see it start</source>
        <translation>Każdy, kto korzysta z tego konta na komputerze, zobaczy, że się uruchamia</translation>
    </message>
    <message>
        <source>While Recovery Journal is open (locked or not), a short note says it is a good moment to check in. It never shows anything you have written.</source>
        <translation>Kiedy Recovery Journal jest otwarty (zablokowany lub nie), krótka notka mówi, że to dobry moment na wpis samopoczucia. Nigdy nie pokazuje niczego, co piszesz.</translation>
    </message>
    <message>
        <source>Anyone who uses this computer account will see Recovery Journal start when they log in.</source>
        <translation>Każdy, kto korzysta z tego konta na komputerze, zobaczy po zalogowaniu, że Recovery Journal się uruchamia.</translation>
    </message>
    <message>
        <source>Could not change starting at login: {reason}</source>
        <translation>Nie udało się zmienić uruchamiania po zalogowaniu: {reason}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Wybierz plik kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Plik kopii zapasowej</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>The passphrase of the backup</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Kopia</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Przywróć…</translation>
    </message>
    <message>
        <source>Put your journal back as it was in a backup. Your journal as it is now is kept aside first, so nothing is lost.</source>
        <translation>Przywróć dziennik do stanu z kopii zapasowej. Dziennik w obecnym stanie zostanie najpierw odłożony na bok, więc nic nie zginie.</translation>
    </message>
    <message>
        <source>The passphrase is the one the journal had when the backup was made.</source>
        <translation>Hasło to to, które dziennik miał w chwili tworzenia kopii.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Wybierz kopię zapasową</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Kopie zapasowe (*.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Please choose a backup file first.</source>
        <translation>Najpierw wybierz plik kopii zapasowej.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Wpisz hasło kopii zapasowej.</translation>
    </message>
    <message>
        <source>Replace your journal with this backup?</source>
        <translation>Zastąpić dziennik tą kopią zapasową?</translation>
    </message>
    <message>
        <source>Everything in your journal will be as it was in {file}. Anything written after the backup was made will not be in it. Your journal as it is now is kept in {folder} first, so you can go back to it. Then the journal locks: open it with the backup&apos;s passphrase.</source>
        <translation>Wszystko w dzienniku będzie tak, jak w {file}. Tego, co zapisano po utworzeniu kopii, w nim nie będzie. Dziennik w obecnym stanie zostanie najpierw zachowany w {folder}, więc możesz do niego wrócić. Potem dziennik się zablokuje: otwórz go hasłem kopii zapasowej.</translation>
    </message>
    <message>
        <source>Replace my journal</source>
        <translation>Zastąp mój dziennik</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>Open PDF</source>
        <translation>Otwórz PDF</translation>
    </message>
    <message>
        <source>Open the saved PDF</source>
        <translation>Otwórz zapisany plik PDF</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Pokaż w folderze</translation>
    </message>
    <message>
        <source>Show the folder the PDF was saved in</source>
        <translation>Pokaż folder, w którym zapisano plik PDF</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>Zapisano w {file}.</translation>
    </message>
</context>
<context>
    <name>ScaleInput</name>
    <message>
        <source>{name}, 0 {low} to 10 {high}</source>
        <translation>{name}, od 0 ({low}) do 10 ({high})</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear {name}: leave it unanswered</source>
        <translation>Wyczyść: {name} – bez odpowiedzi</translation>
    </message>
    <message>
        <source>Leave {name} unanswered (Delete)</source>
        <translation>{name}: zostaw bez odpowiedzi (Delete)</translation>
    </message>
    <message>
        <source>Not answered. Use the arrow keys or click to answer.</source>
        <translation>Bez odpowiedzi. Użyj strzałek albo kliknij, by odpowiedzieć.</translation>
    </message>
    <message>
        <source>Not answered yet: click, or use the arrow keys, to answer.</source>
        <translation>Jeszcze bez odpowiedzi: kliknij albo użyj strzałek, by odpowiedzieć.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>About you</source>
        <translation>O tobie</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalnie</translation>
    </message>
    <message>
        <source>Your name or nickname</source>
        <translation>Twoje imię lub pseudonim</translation>
    </message>
    <message>
        <source>Your keyworker&apos;s name</source>
        <translation>Imię twojego terapeuty</translation>
    </message>
    <message>
        <source>&amp;Keyworker</source>
        <translation>&amp;Terapeuta</translation>
    </message>
    <message>
        <source>Kept inside your locked journal, shown on your summary if you choose.</source>
        <translation>Przechowywane w zablokowanym dzienniku, widoczne w podsumowaniu, jeśli tak wybierzesz.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Blokowanie</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Blokuj po tylu minutach bez użycia</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Blokuj po</translation>
    </message>
    <message>
        <source>When nobody has touched the keyboard or mouse for this long, the journal locks itself. Ctrl+L locks at once.</source>
        <translation>Gdy nikt nie dotyka klawiatury ani myszy przez ten czas, dziennik sam się blokuje. Ctrl+L blokuje od razu.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kolory</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Kolory</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ję&amp;zyk</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nowe hasło jeszcze raz</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>C&amp;urrent</source>
        <translation>&amp;Obecne</translation>
    </message>
    <message>
        <source>Write the new passphrase down somewhere safe. Your recovery key, if you made one, keeps working.</source>
        <translation>Zapisz nowe hasło w bezpiecznym miejscu. Klucz odzyskiwania, jeśli go masz, nadal działa.</translation>
    </message>
    <message>
        <source>Backups, export and import</source>
        <translation>Kopie zapasowe, eksport i import</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Zrób kopię teraz</translation>
    </message>
    <message>
        <source>An encrypted copy in your backups folder</source>
        <translation>Zaszyfrowana kopia w folderze kopii zapasowych</translation>
    </message>
    <message>
        <source>Back up to a folder you choose, for example a USB stick</source>
        <translation>Zrób kopię w wybranym folderze, na przykład na pendrivie</translation>
    </message>
    <message>
        <source>A backup is encrypted with your passphrase, like your journal.</source>
        <translation>Kopia zapasowa jest zaszyfrowana twoim hasłem, tak jak dziennik.</translation>
    </message>
    <message>
        <source>The export is not encrypted. Anyone who has the file can read your journal; keep it somewhere safe.</source>
        <translation>Eksport nie jest zaszyfrowany. Każdy, kto ma ten plik, może przeczytać twój dziennik; trzymaj go w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Export everything to a file. The file is not encrypted</source>
        <translation>Eksportuj wszystko do pliku. Plik nie jest zaszyfrowany</translation>
    </message>
    <message>
        <source>Import an export file into this journal</source>
        <translation>Importuj plik eksportu do tego dziennika</translation>
    </message>
    <message>
        <source>Your journal is in {folder}. Backups go to {backups}.</source>
        <translation>Twój dziennik jest w {folder}. Kopie zapasowe trafiają do {backups}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>Twoje &amp;imię</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Rozmiar tekstu</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowe</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Jeszcze raz</translation>
    </message>
    <message>
        <source>Back up to a f&amp;older…</source>
        <translation>Kopia do &amp;folderu…</translation>
    </message>
    <message>
        <source>E&amp;xport to a file…</source>
        <translation>Eksport&amp;uj do pliku…</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>Importuj z p&amp;liku…</translation>
    </message>
    <message>
        <source>Keep &amp;track of</source>
        <translation>Co zapi&amp;sywać</translation>
    </message>
    <message>
        <source>The app speaks {language}.</source>
        <translation>Aplikacja mówi w języku: {language}.</translation>
    </message>
    <message>
        <source>The app will speak {language} the next time you open it.</source>
        <translation>Po następnym otwarciu aplikacja będzie mówić w języku: {language}.</translation>
    </message>
    <message>
        <source>Changing your passphrase… this takes a moment.</source>
        <translation>Zmiana hasła… to chwilę potrwa.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one next time you unlock.</source>
        <translation>Hasło zmienione. Przy następnym odblokowaniu użyj nowego.</translation>
    </message>
    <message>
        <source>That is not your current passphrase, so nothing was changed. Please try again.</source>
        <translation>To nie jest twoje obecne hasło, więc nic nie zmieniono. Spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Kopia zapasowa zapisana w {file}.</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>Kopia do folderu</translation>
    </message>
    <message>
        <source>Export (not encrypted)</source>
        <translation>Eksport (bez szyfrowania)</translation>
    </message>
    <message>
        <source>Export files (*.json)</source>
        <translation>Pliki eksportu (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <source>Exported to {file}. This file is not encrypted: keep it safe, or delete it when done.</source>
        <translation>Wyeksportowano do {file}. Ten plik nie jest zaszyfrowany: trzymaj go w bezpiecznym miejscu albo usuń, gdy nie będzie potrzebny.</translation>
    </message>
    <message>
        <source>Import an export file</source>
        <translation>Importuj plik eksportu</translation>
    </message>
    <message>
        <source>Importing… your journal is unchanged until it is all read.</source>
        <translation>Importowanie… dziennik pozostaje bez zmian, dopóki całość nie zostanie odczytana.</translation>
    </message>
    <message>
        <source>Use record</source>
        <translation>Zapis używania</translation>
    </message>
    <message>
        <source>Keep a record of use on Today</source>
        <translation>Prowadź zapis używania na stronie Dziś</translation>
    </message>
    <message>
        <source>For example: alcohol, cannabis</source>
        <translation>Na przykład: alkohol, marihuana</translation>
    </message>
    <message>
        <source>What to keep track of</source>
        <translation>Co zapisywać</translation>
    </message>
    <message>
        <source>A few names, separated by commas</source>
        <translation>Kilka nazw, oddzielonych przecinkami</translation>
    </message>
    <message>
        <source>Up to {most}, in your own words. Today then asks about each: did you use it today, and how much if you like. No streaks, nothing counted against you; turning it off keeps your answers.</source>
        <translation>Do {most}, twoimi słowami. Strona Dziś zapyta wtedy o każdą: czy dziś doszło do użycia i, jeśli chcesz, ile. Bez serii, nic nie liczy się przeciwko tobie; wyłączenie zachowuje twoje odpowiedzi.</translation>
    </message>
    <message>
        <source>Up to {most}, please: a short list is easier to answer each day.</source>
        <translation>Najwyżej {most}, proszę: na krótką listę łatwiej odpowiadać codziennie.</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation>&amp;Blokuj po zminimalizowaniu okna</translation>
    </message>
    <message>
        <source>Lock the journal when its window is minimised</source>
        <translation>Blokuj dziennik, kiedy jego okno jest zminimalizowane</translation>
    </message>
    <message>
        <source>It also locks when the computer goes to sleep or its screen locks.</source>
        <translation>Blokuje się też, kiedy komputer przechodzi w uśpienie albo blokuje się jego ekran.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Replace your journal with a backup; it is kept aside first</source>
        <translation>Zastąp dziennik kopią zapasową; obecny zostanie najpierw odłożony na bok</translation>
    </message>
    <message>
        <source>Checking the backup and restoring… this takes a moment.</source>
        <translation>Sprawdzanie kopii i przywracanie… to chwilę potrwa.</translation>
    </message>
    <message>
        <source>Your journal was restored from {file}. Open it with the backup&apos;s passphrase. Your journal as it was before is kept in {kept}.</source>
        <translation>Dziennik został przywrócony z {file}. Otwórz go hasłem kopii zapasowej. Dziennik w poprzednim stanie jest zachowany w {kept}.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dziennik</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Wyzwalacze</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Wdzięczność</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Kryzys</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Do omówienia</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>If–then plans</source>
        <translation>Plany „jeśli – to”</translation>
    </message>
    <message>
        <source>Recovery capital</source>
        <translation>Kapitał zdrowienia</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trendy</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Use the arrow keys to move between pages</source>
        <translation>Strzałkami przechodzisz między stronami</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>I&apos;m having a hard time</source>
        <translation>Jest mi ciężko</translation>
    </message>
    <message>
        <source>Your plan for a hard moment, step by step (Ctrl+Shift+H)</source>
        <translation>Twój plan na trudną chwilę, krok po kroku (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Zablokuj teraz (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the journal now</source>
        <translation>Zablokuj dziennik teraz</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>Each row: what it does, then its keys</source>
        <translation>Każdy wiersz: co robi, potem klawisze</translation>
    </message>
    <message>
        <source>Everything in Recovery Journal works from the keyboard.</source>
        <translation>Wszystko w Recovery Journal działa z klawiatury.</translation>
    </message>
</context>
<context>
    <name>StepsList</name>
    <message>
        <source>Small steps</source>
        <translation>Małe kroki</translation>
    </message>
    <message>
        <source>Space ticks a step; F2 rewords it; Delete removes it; Alt+Up and Alt+Down move it</source>
        <translation>Spacja zaznacza krok; F2 zmienia jego treść; Delete go usuwa; Alt+strzałka w górę i Alt+strzałka w dół go przesuwają</translation>
    </message>
    <message>
        <source>A small step… then press Enter</source>
        <translation>Mały krok… potem naciśnij Enter</translation>
    </message>
    <message>
        <source>Add a small step</source>
        <translation>Dodaj mały krok</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Dodaj krok</translation>
    </message>
    <message>
        <source>Add the step</source>
        <translation>Dodaj ten krok</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Usuń krok</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Przesuń krok w górę</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Przesuń krok w dół</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Usuń zaznaczony krok</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Ostatni %n dzień</numerusform>
            <numerusform>Ostatnie %n dni</numerusform>
            <numerusform>Ostatnie %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Wybierz daty</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <source>Include on the page: {section}</source>
        <translation>Na stronie: {section}</translation>
    </message>
    <message>
        <source>Show my contacts&apos; names</source>
        <translation>Pokaż imiona moich kontaktów</translation>
    </message>
    <message>
        <source>Show my contacts&apos; names on the page</source>
        <translation>Pokaż imiona moich kontaktów na stronie</translation>
    </message>
    <message>
        <source>Off unless you tick it: the page then shows counts by role only.</source>
        <translation>Wyłączone, dopóki tego nie zaznaczysz: strona pokazuje wtedy tylko liczby osób według roli.</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Sprawy do omówienia</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nowa sprawa do omówienia</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Dodaj sprawę do omówienia</translation>
    </message>
    <message>
        <source>Journal entries to include</source>
        <translation>Wpisy z dziennika do dołączenia</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Podgląd i druk…</translation>
    </message>
    <message>
        <source>Preview the page and print it</source>
        <translation>Podgląd strony i druk</translation>
    </message>
    <message>
        <source>Something to talk about</source>
        <translation>Coś do omówienia</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save the page as a PDF file</source>
        <translation>Zapisz stronę jako plik PDF</translation>
    </message>
    <message>
        <source>Summary for your keyworker</source>
        <translation>Podsumowanie dla terapeuty</translation>
    </message>
    <message>
        <source>One page to take to your session. You choose what is on it; nothing leaves this computer unless you print it or save it.</source>
        <translation>Jedna strona do zabrania na spotkanie. To ty decydujesz, co na niej będzie; nic nie opuszcza tego komputera, chyba że to wydrukujesz albo zapiszesz.</translation>
    </message>
    <message>
        <source>Period and paper</source>
        <translation>Okres i papier</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>Na stronie</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>O czym chcę porozmawiać</translation>
    </message>
    <message>
        <source>Open items are printed. Tick one when you have talked about it.</source>
        <translation>Otwarte sprawy są drukowane. Zaznacz sprawę, gdy już o niej porozmawiasz.</translation>
    </message>
    <message>
        <source>None unless you tick them. The words of a ticked check-in or trigger go on the page.</source>
        <translation>Żadne, dopóki ich nie zaznaczysz. Słowa zaznaczonego wpisu samopoczucia lub wyzwalacza trafiają na stronę.</translation>
    </message>
    <message>
        <source>Added to what you want to talk about.</source>
        <translation>Dodano do spraw do omówienia.</translation>
    </message>
    <message>
        <source>{problem} Your words are still in the box.</source>
        <translation>{problem} Twoje słowa wciąż są w polu.</translation>
    </message>
    <message>
        <source>Preview and print your summary</source>
        <translation>Podgląd i druk podsumowania</translation>
    </message>
    <message>
        <source>Save your summary as a PDF</source>
        <translation>Zapisz podsumowanie jako PDF</translation>
    </message>
    <message>
        <source>The summary could not be saved there ({reason}). Choose another folder.</source>
        <translation>Nie udało się tam zapisać podsumowania ({reason}). Wybierz inny folder.</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Find a contact…</source>
        <translation>Znajdź kontakt…</translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation>Znajdź kontakt</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Dodaj kontakt</translation>
    </message>
    <message>
        <source>Copy phone number</source>
        <translation>Kopiuj numer telefonu</translation>
    </message>
    <message>
        <source>Copy the phone number of the selected contact</source>
        <translation>Kopiuj numer telefonu wybranego kontaktu</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>Kontakty wsparcia</translation>
    </message>
    <message>
        <source>Press Delete to delete the selected contact</source>
        <translation>Naciśnij Delete, aby usunąć wybrany kontakt</translation>
    </message>
    <message>
        <source>Add the people who help you: a sponsor, your keyworker, a friend from a meeting.</source>
        <translation>Dodaj osoby, które ci pomagają: sponsora, terapeutę, znajomego z mityngu.</translation>
    </message>
    <message>
        <source>Choose a contact on the left, or add one.</source>
        <translation>Wybierz kontakt po lewej albo dodaj nowy.</translation>
    </message>
    <message>
        <source>The people who help you. Meeting others in recovery is one of the things that grows hope.</source>
        <translation>Ludzie, którzy ci pomagają. Spotkania z innymi, którzy też zdrowieją, to jedna z rzeczy, dzięki którym rośnie nadzieja.</translation>
    </message>
    <message>
        <source>Choose a contact first.</source>
        <translation>Najpierw wybierz kontakt.</translation>
    </message>
    <message>
        <source>There is no phone number to copy.</source>
        <translation>Nie ma numeru telefonu do skopiowania.</translation>
    </message>
    <message>
        <source>Copied {phone}.</source>
        <translation>Skopiowano {phone}.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Check-in</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Wyzwalacz</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Wdzięczność</translation>
    </message>
    <message>
        <source>To talk about</source>
        <translation>Do omówienia</translation>
    </message>
    <message>
        <source>{kind}, {when}: {title}.</source>
        <translation>{kind}, {when}: {title}.</translation>
    </message>
    <message>
        <source>{kind}, {when}: {title}. {text}</source>
        <translation>{kind}, {when}: {title}. {text}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Good morning, {name}.</source>
        <translation>Dzień dobry, {name}.</translation>
    </message>
    <message>
        <source>Good morning.</source>
        <translation>Dzień dobry.</translation>
    </message>
    <message>
        <source>Good afternoon, {name}.</source>
        <translation>Dzień dobry, {name}.</translation>
    </message>
    <message>
        <source>Good afternoon.</source>
        <translation>Dzień dobry.</translation>
    </message>
    <message>
        <source>Good evening, {name}.</source>
        <translation>Dobry wieczór, {name}.</translation>
    </message>
    <message>
        <source>Good evening.</source>
        <translation>Dobry wieczór.</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>Jak się teraz czujesz?</translation>
    </message>
    <message>
        <source>Start another check-in</source>
        <translation>Nowy wpis samopoczucia</translation>
    </message>
    <message>
        <source>Keeps this one in your journal and clears the form</source>
        <translation>Zostawia ten wpis w dzienniku i czyści formularz</translation>
    </message>
    <message>
        <source>Today I&apos;m grateful for</source>
        <translation>Dziś dziękuję za</translation>
    </message>
    <message>
        <source>Had a craving or a hard moment?</source>
        <translation>Pojawił się głód albo trudna chwila?</translation>
    </message>
    <message>
        <source>Writing it down helps you see what works for you.</source>
        <translation>Zapisanie tego pomaga zobaczyć, co ci służy.</translation>
    </message>
    <message>
        <source>Log a trigger</source>
        <translation>Zapisz wyzwalacz</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Ostatnie wpisy samopoczucia</translation>
    </message>
    <message>
        <source>Press Enter to open one in the journal</source>
        <translation>Naciśnij Enter, aby otworzyć wpis w dzienniku</translation>
    </message>
    <message>
        <source>Your check-ins will show here.</source>
        <translation>Tu pojawią się twoje wpisy samopoczucia.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Zapisano o {time}.</translation>
    </message>
    <message>
        <source>Your last check-in is in your journal. Here is a fresh one.</source>
        <translation>Poprzedni wpis jest w dzienniku. Oto nowy.</translation>
    </message>
    <message>
        <source>Carry on where you left off.</source>
        <translation>Kontynuuj tam, gdzie przerwano.</translation>
    </message>
    <message>
        <source>Answer what you like: a scale counts once you touch it (mouse or arrow keys). Everything saves as you go.</source>
        <translation>Odpowiedz, na co chcesz: skala się liczy, kiedy jej dotkniesz (myszą albo strzałkami). Wszystko zapisuje się na bieżąco.</translation>
    </message>
    <message>
        <source>Another day or time…</source>
        <translation>Inny dzień lub godzina…</translation>
    </message>
    <message>
        <source>Another day or time</source>
        <translation>Inny dzień lub godzina</translation>
    </message>
    <message>
        <source>For a check-in about earlier, such as yesterday evening</source>
        <translation>Dla wpisu samopoczucia o wcześniejszej porze, na przykład o wczorajszym wieczorze</translation>
    </message>
    <message>
        <source>Nothing answered, so nothing is kept.</source>
        <translation>Brak odpowiedzi, więc nic nie zostaje zapisane.</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Last year</source>
        <translation>Ostatni rok</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Pokaż ostatni %n dzień</numerusform>
            <numerusform>Pokaż ostatnie %n dni</numerusform>
            <numerusform>Pokaż ostatnie %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Triggers by kind</source>
        <translation>Wyzwalacze według rodzaju</translation>
    </message>
    <message>
        <source>How triggers went</source>
        <translation>Jak poszło z wyzwalaczami</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Kontakt z innymi</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Wyzwalacze</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Jeszcze brak</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Nadzieja</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Nastrój</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Głód</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Cały czas</translation>
    </message>
    <message>
        <source>Show everything since your first entry</source>
        <translation>Pokaż wszystko od pierwszego wpisu</translation>
    </message>
    <message>
        <source>Show the last year</source>
        <translation>Pokaż ostatni rok</translation>
    </message>
    <message>
        <source>Hope, mood and craving</source>
        <translation>Nadzieja, nastrój i głód</translation>
    </message>
    <message>
        <source>Hope on days with each kind of support</source>
        <translation>Nadzieja w dni z każdym rodzajem wsparcia</translation>
    </message>
    <message>
        <source>Recovery capital (BARC-10) score</source>
        <translation>Wynik kapitału zdrowienia (BARC-10)</translation>
    </message>
    <message>
        <source>Use record</source>
        <translation>Zapis używania</translation>
    </message>
    <message>
        <source>Which record to show in the calendar</source>
        <translation>Który zapis pokazać w kalendarzu</translation>
    </message>
    <message>
        <source>Use record calendar</source>
        <translation>Kalendarz zapisu używania</translation>
    </message>
    <message>
        <source>Each day says whether you used, did not use, or did not answer</source>
        <translation>Przy każdym dniu: czy doszło do użycia, czy nie, czy nie było odpowiedzi</translation>
    </message>
    <message>
        <source>● used   ○ not used   a date alone: not answered</source>
        <translation>● użycie   ○ bez użycia   sama data: bez odpowiedzi</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trendy</translation>
    </message>
    <message>
        <source>Meeting people in recovery is what grows hope for many people. Here is how it goes for you.</source>
        <translation>Dla wielu osób spotkania z ludźmi, którzy też zdrowieją, to źródło nadziei. Oto jak jest u ciebie.</translation>
    </message>
    <message>
        <source>Recovery capital</source>
        <translation>Kapitał zdrowienia</translation>
    </message>
    <message>
        <source>{measure}, weekly average</source>
        <translation>{measure}, średnia tygodniowa</translation>
    </message>
    <message>
        <source>{measure}, monthly average</source>
        <translation>{measure}, średnia miesięczna</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Tydzień od</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Other days with a check-in</source>
        <translation>Inne dni z wpisem samopoczucia</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Rodzaj wsparcia</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
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
        <translation>{substance}: brak odpowiedzi w tym okresie.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Jak poszło</translation>
    </message>
</context>
<context>
    <name>TriggerEditor</name>
    <message>
        <source>I got through it without using</source>
        <translation>Udało się bez używania</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Częściowo</translation>
    </message>
    <message>
        <source>I used</source>
        <translation>Doszło do użycia</translation>
    </message>
    <message>
        <source>What happened, where, who was there</source>
        <translation>Co się stało, gdzie, kto tam był</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Kind of trigger</source>
        <translation>Rodzaj wyzwalacza</translation>
    </message>
    <message>
        <source>Craving strength</source>
        <translation>Siła głodu</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no craving at all</comment>
        <translation>brak</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>bardzo silny</translation>
    </message>
    <message>
        <source>What I did: rang someone, went for a walk, left…</source>
        <translation>Moja reakcja: telefon do kogoś, spacer, wyjście…</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Moja reakcja</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Jak poszło</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Coś jeszcze</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>Co się s&amp;tało</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;Siła</translation>
    </message>
    <message>
        <source>What I &amp;did</source>
        <translation>&amp;Moja reakcja</translation>
    </message>
    <message>
        <source>How &amp;it went</source>
        <translation>&amp;Jak poszło</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Notatka</translation>
    </message>
    <message>
        <source>Make a plan for next time…</source>
        <translation>Zrób plan na następny raz…</translation>
    </message>
    <message>
        <source>Make a plan for next time</source>
        <translation>Zrób plan na następny raz</translation>
    </message>
    <message>
        <source>An if-then plan that starts from what happened here</source>
        <translation>Plan „jeśli – to”, który zaczyna się od tego, co się tu stało</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Recovery Journal</source>
        <translation>Recovery Journal</translation>
    </message>
    <message>
        <source>Welcome back. Type your passphrase to open your journal.</source>
        <translation>Witaj ponownie. Wpisz hasło, aby otworzyć dziennik.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Nie pamiętasz hasła?</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Open your journal with its recovery key</source>
        <translation>Nie pamiętasz hasła? Otwórz dziennik kluczem odzyskiwania</translation>
    </message>
    <message>
        <source>Restore your journal from its latest good automatic backup</source>
        <translation>Przywróć dziennik z ostatniej dobrej automatycznej kopii zapasowej</translation>
    </message>
    <message>
        <source>Remember this folder on this computer</source>
        <translation>Zapamiętaj ten folder na tym komputerze</translation>
    </message>
    <message>
        <source>Remember this journal folder on this computer</source>
        <translation>Zapamiętaj folder tego dziennika na tym komputerze</translation>
    </message>
    <message>
        <source>Open another journal folder…</source>
        <translation>Otwórz inny folder dziennika…</translation>
    </message>
    <message>
        <source>Open another journal folder, for example on a USB stick</source>
        <translation>Otwórz inny folder dziennika, na przykład na pendrivie</translation>
    </message>
    <message>
        <source>Need help right now?</source>
        <translation>Potrzebujesz pomocy teraz?</translation>
    </message>
    <message>
        <source>Need help right now? Crisis helplines, no passphrase needed</source>
        <translation>Potrzebujesz pomocy teraz? Telefony zaufania, bez hasła</translation>
    </message>
    <message>
        <source>Helplines, no passphrase needed. In danger, call 999.</source>
        <translation>Telefony zaufania, bez hasła. W niebezpieczeństwie dzwoń pod 999 (lub 112).</translation>
    </message>
    <message>
        <source>Restore the backup from {made}…</source>
        <translation>Przywróć kopię z {made}…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Przywróć kopię zapasową…</translation>
    </message>
    <message>
        <source>Journal folder: {folder}</source>
        <translation>Folder dziennika: {folder}</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <source>Type your passphrase, then press Enter.</source>
        <translation>Wpisz hasło, a potem naciśnij Enter.</translation>
    </message>
    <message>
        <source>Start a new, empty journal in another folder…</source>
        <translation>Załóż nowy, pusty dziennik w innym folderze…</translation>
    </message>
    <message>
        <source>Start a new, empty journal in a folder you choose; this journal stays as it is</source>
        <translation>Załóż nowy, pusty dziennik w wybranym folderze; ten dziennik zostaje bez zmian</translation>
    </message>
</context>
<context>
    <name>UseCalendarModel</name>
    <message>
        <source>{day}: not answered</source>
        <translation>{day}: bez odpowiedzi</translation>
    </message>
    <message>
        <source>{day}: not used</source>
        <translation>{day}: bez użycia</translation>
    </message>
    <message>
        <source>{day}: used ({amount})</source>
        <translation>{day}: doszło do użycia ({amount})</translation>
    </message>
    <message>
        <source>{day}: used</source>
        <translation>{day}: doszło do użycia</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>&amp;Language</source>
        <translation>Ję&amp;zyk</translation>
    </message>
    <message>
        <source>Welcome to Recovery Journal</source>
        <translation>Witaj w Recovery Journal</translation>
    </message>
    <message>
        <source>A private place to check in with yourself, notice what helps, and see your hope grow.</source>
        <translation>Prywatne miejsce, by zajrzeć w siebie, zauważać, co pomaga, i widzieć, jak rośnie nadzieja.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything stays on this computer.&lt;/b&gt; Nothing goes online, ever: no accounts, no cloud, no tracking. Your journal is locked with a passphrase only you know.</source>
        <translation>&lt;b&gt;Wszystko zostaje na tym komputerze.&lt;/b&gt; Nic nigdy nie trafia do internetu: żadnych kont, żadnej chmury, żadnego śledzenia. Twój dziennik jest zablokowany hasłem, które znasz tylko ty.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Wybierz hasło</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Wpisz hasło jeszcze raz</translation>
    </message>
    <message>
        <source>Optional: a first name or nickname</source>
        <translation>Opcjonalnie: imię lub pseudonim</translation>
    </message>
    <message>
        <source>What should the journal call you? Optional</source>
        <translation>Jak dziennik ma się do ciebie zwracać? Opcjonalnie</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalnie</translation>
    </message>
    <message>
        <source>Your keyworker&apos;s name. Optional</source>
        <translation>Imię twojego terapeuty. Opcjonalnie</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Jeszcze raz</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please write your passphrase down and keep it somewhere safe.&lt;/b&gt; Next you can print a recovery key. If the passphrase is forgotten and there is no recovery key, it cannot be recovered: nobody (not even us) can open your journal.</source>
        <translation>&lt;b&gt;Zapisz hasło i trzymaj je w bezpiecznym miejscu.&lt;/b&gt; Za chwilę możesz wydrukować klucz odzyskiwania. Jeśli hasło zostanie zapomniane, a klucza odzyskiwania nie będzie, nie da się go odzyskać: nikt (nawet my) nie otworzy twojego dziennika.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Twoje &amp;imię</translation>
    </message>
    <message>
        <source>&amp;Keyworker</source>
        <translation>&amp;Terapeuta</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Załóż mój dziennik</translation>
    </message>
    <message>
        <source>Need help right now?</source>
        <translation>Potrzebujesz pomocy teraz?</translation>
    </message>
    <message>
        <source>Need help right now? Crisis helplines</source>
        <translation>Potrzebujesz pomocy teraz? Telefony zaufania</translation>
    </message>
    <message>
        <source>Open a journal in another folder…</source>
        <translation>Otwórz dziennik z innego folderu…</translation>
    </message>
    <message>
        <source>Open a journal in another folder</source>
        <translation>Otwórz dziennik z innego folderu</translation>
    </message>
    <message>
        <source>Your journal will be kept in {folder}</source>
        <translation>Twój dziennik będzie przechowywany w {folder}</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Zakładanie dziennika…</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type the second one again.</source>
        <translation>Dwa hasła się różnią. Wpisz drugie jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>positional arguments:</source>
        <translation>argumenty pozycyjne:</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>opcje:</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
</context>
<context>
    <name>autobackup</name>
    <message>
        <source>Your automatic backups were replaced by a new one that opens only with the new passphrase.</source>
        <translation>Twoje automatyczne kopie zapasowe zastąpiła nowa, która otwiera się tylko nowym hasłem.</translation>
    </message>
    <message>
        <source>These backups still open with your old passphrase: {files}. Delete them if someone may have learned it.</source>
        <translation>Te kopie zapasowe nadal otwierają się starym hasłem: {files}. Usuń je, jeśli ktoś mógł je poznać.</translation>
    </message>
    <message>
        <source>Backups you saved elsewhere (on a USB stick, say) also still open with the old passphrase.</source>
        <translation>Kopie zapisane gdzie indziej (na przykład na pendrivie) też nadal otwierają się starym hasłem.</translation>
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
        <translation>Dziesięć stwierdzeń pokazano w opublikowanym brzmieniu angielskim: nie ma jeszcze opublikowanego tłumaczenia na ten język.</translation>
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
    <name>cipher</name>
    <message>
        <source>The journal {file} was locked with the quick, weak settings used only to test the app, so it is not opened. Nothing was changed.</source>
        <translation>Dziennik {file} zablokowano szybkimi, słabymi ustawieniami używanymi tylko do testowania aplikacji, więc nie zostanie otwarty. Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Something went wrong that should not have. Run the same command with --debug to see the details, and please report them.</source>
        <translation>Stało się coś, co nie powinno. Uruchom to samo polecenie z --debug, aby zobaczyć szczegóły, i prosimy, zgłoś je.</translation>
    </message>
    <message>
        <source>{program}: {message}. See --help.</source>
        <translation>{program}: {message}. Zobacz --help.</translation>
    </message>
    <message>
        <source>{value} is not a whole number from 0 to 10</source>
        <translation>{value} nie jest liczbą całkowitą od 0 do 10</translation>
    </message>
    <message>
        <source>{value} is out of range 0-10</source>
        <translation>{value} jest poza zakresem 0–10</translation>
    </message>
    <message>
        <source>{value} is not a date like 2026-11-22</source>
        <translation>{value} nie jest datą w postaci 2026-11-22</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>it must be 1 or more</source>
        <translation>musi być 1 lub więcej</translation>
    </message>
    <message>
        <source>Recovery Journal: a private, encrypted journal that never goes online. With no command, opens the desktop app.</source>
        <translation>Recovery Journal: prywatny, zaszyfrowany dziennik, który nigdy nie łączy się z internetem. Bez polecenia otwiera aplikację.</translation>
    </message>
    <message>
        <source>the folder that holds your journal</source>
        <translation>folder, w którym jest twój dziennik</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of standard input (for scripts)</source>
        <translation>odczytaj hasło z pierwszego wiersza standardowego wejścia (dla skryptów)</translation>
    </message>
    <message>
        <source>show details when something fails</source>
        <translation>pokazuj szczegóły, gdy coś się nie uda</translation>
    </message>
    <message>
        <source>the language of messages and the summary: {codes} (default: your system&apos;s)</source>
        <translation>język komunikatów i podsumowania: {codes} (domyślnie: język systemu)</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>pokaż wersję i zakończ</translation>
    </message>
    <message>
        <source>create a new, empty journal</source>
        <translation>załóż nowy, pusty dziennik</translation>
    </message>
    <message>
        <source>add a check-in: any of hope, mood, craving, time with someone in recovery, tags and a note</source>
        <translation>dodaj wpis samopoczucia: dowolnie nadzieja, nastrój, głód, czas z kimś, kto też zdrowieje, tagi i notatka</translation>
    </message>
    <message>
        <source>Add a check-in. Give at least one of --mood, --hope, --craving, --peer, --tag, --note or --note-stdin; a scale you leave out is saved as not answered.</source>
        <translation>Dodaj wpis samopoczucia. Podaj co najmniej jedno z: --mood, --hope, --craving, --peer, --tag, --note lub --note-stdin; pominięta skala zapisuje się jako bez odpowiedzi.</translation>
    </message>
    <message>
        <source>mood, 0 (very low) to 10 (very good)</source>
        <translation>nastrój, od 0 (bardzo zły) do 10 (bardzo dobry)</translation>
    </message>
    <message>
        <source>hope, 0 (none) to 10 (lots)</source>
        <translation>nadzieja, od 0 (brak) do 10 (dużo)</translation>
    </message>
    <message>
        <source>craving, 0 (none) to 10 (very strong)</source>
        <translation>głód, od 0 (brak) do 10 (bardzo silny)</translation>
    </message>
    <message>
        <source>I spent time with someone in recovery</source>
        <translation>był dziś czas z kimś, kto też zdrowieje</translation>
    </message>
    <message>
        <source>a tag; repeat for more</source>
        <translation>tag; powtórz, aby dodać więcej</translation>
    </message>
    <message>
        <source>a note (other users can see it in the process list, and it stays in your shell history: --note-stdin keeps it out of both)</source>
        <translation>notatka (inni użytkownicy mogą ją zobaczyć na liście procesów i zostaje w historii powłoki: --note-stdin chroni przed jednym i drugim)</translation>
    </message>
    <message>
        <source>read the note from the rest of standard input (after the passphrase line with --passphrase-stdin), so your words stay out of the process list and your shell history</source>
        <translation>odczytaj notatkę z reszty standardowego wejścia (po wierszu z hasłem przy --passphrase-stdin), aby twoje słowa nie trafiły na listę procesów ani do historii powłoki</translation>
    </message>
    <message>
        <source>when (default: now)</source>
        <translation>kiedy (domyślnie: teraz)</translation>
    </message>
    <message>
        <source>merge an export file into the journal</source>
        <translation>dołącz plik eksportu do dziennika</translation>
    </message>
    <message>
        <source>write everything as export format v1 (not encrypted)</source>
        <translation>zapisz wszystko w formacie eksportu v1 (bez szyfrowania)</translation>
    </message>
    <message>
        <source>write the one-page keyworker summary as a PDF</source>
        <translation>zapisz jednostronicowe podsumowanie dla terapeuty jako PDF</translation>
    </message>
    <message>
        <source>the sections to print, comma-separated, from: {keys} (default: {default})</source>
        <translation>sekcje do wydrukowania, oddzielone przecinkami, spośród: {keys} (domyślnie: {default})</translation>
    </message>
    <message>
        <source>write my safety plan on one page as a PDF</source>
        <translation>zapisz mój plan bezpieczeństwa na jednej stronie jako PDF</translation>
    </message>
    <message>
        <source>a wallet-sized card to cut out and fold, instead of the full page</source>
        <translation>karta do portfela do wycięcia i złożenia, zamiast całej strony</translation>
    </message>
    <message>
        <source>an encrypted copy of the journal</source>
        <translation>zaszyfrowana kopia dziennika</translation>
    </message>
    <message>
        <source>replace the journal with a backup</source>
        <translation>zastąp dziennik kopią zapasową</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>zmień hasło</translation>
    </message>
    <message>
        <source>verify the journal and print a one-line verdict</source>
        <translation>sprawdź dziennik i wypisz jednowierszowy wynik</translation>
    </message>
    <message>
        <source>Line {line} of standard input should hold the passphrase, but it is empty.</source>
        <translation>Wiersz {line} standardowego wejścia powinien zawierać hasło, ale jest pusty.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase; use --passphrase-stdin in scripts.</source>
        <translation>Nie ma terminala, by zapytać o hasło; w skryptach użyj --passphrase-stdin.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nowe hasło: </translation>
    </message>
    <message>
        <source>New passphrase again: </source>
        <translation>Nowe hasło jeszcze raz: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Hasło: </translation>
    </message>
    <message>
        <source>Give both --from and --to, or use --days.</source>
        <translation>Podaj i --from, i --to albo użyj --days.</translation>
    </message>
    <message>
        <source>The --to date is before the --from date.</source>
        <translation>Data --to jest wcześniejsza niż data --from.</translation>
    </message>
    <message>
        <source>A check-in needs at least one answer: --mood, --hope, --craving, --peer, --tag, --note or --note-stdin.</source>
        <translation>Wpis samopoczucia potrzebuje co najmniej jednej odpowiedzi: --mood, --hope, --craving, --peer, --tag, --note lub --note-stdin.</translation>
    </message>
    <message>
        <source>Choose a passphrase: </source>
        <translation>Wybierz hasło: </translation>
    </message>
    <message>
        <source>Choose a passphrase again: </source>
        <translation>Wybierz hasło jeszcze raz: </translation>
    </message>
    <message>
        <source>Your new journal is ready in {folder}.</source>
        <translation>Twój nowy dziennik jest gotowy w {folder}.</translation>
    </message>
    <message>
        <source>Keep your passphrase somewhere safe: if it is lost, nobody can open this journal.</source>
        <translation>Trzymaj hasło w bezpiecznym miejscu: jeśli zginie, nikt nie otworzy tego dziennika.</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Hasło kopii zapasowej: </translation>
    </message>
    <message>
        <source>Your journal was restored from {file}. Your previous journal was kept in {kept}.</source>
        <translation>Dziennik przywrócono z {file}. Poprzedni dziennik zachowano w {kept}.</translation>
    </message>
    <message>
        <source>Your journal was restored from {file}.</source>
        <translation>Dziennik przywrócono z {file}.</translation>
    </message>
    <message>
        <source>The note is empty, and a check-in needs at least one answer.</source>
        <translation>Notatka jest pusta, a wpis samopoczucia potrzebuje co najmniej jednej odpowiedzi.</translation>
    </message>
    <message>
        <source>Saved your check-in.</source>
        <translation>Zapisano wpis samopoczucia.</translation>
    </message>
    <message>
        <source>Exported your journal to {file}.</source>
        <translation>Dziennik wyeksportowano do {file}.</translation>
    </message>
    <message>
        <source>There is already a file at {file}; choose another name.</source>
        <translation>W {file} jest już plik; wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Saved an encrypted backup to {file}. It opens with your passphrase.</source>
        <translation>Zaszyfrowaną kopię zapasową zapisano w {file}. Otwiera się twoim hasłem.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>Unknown command {command}.</source>
        <translation>Nieznane polecenie {command}.</translation>
    </message>
    <message>
        <source>--at: {value} is not a date and time like 2026-11-22T09:30</source>
        <translation>--at: {value} nie jest datą i godziną w postaci 2026-11-22T09:30</translation>
    </message>
    <message>
        <source>Saved your one-page summary to {file}.</source>
        <translation>Jednostronicowe podsumowanie zapisano w {file}.</translation>
    </message>
    <message>
        <source>Saved your safety plan to {file}.</source>
        <translation>Plan bezpieczeństwa zapisano w {file}.</translation>
    </message>
    <message>
        <source>You have not written a safety plan in the app yet, so {file} is a blank plan to fill in by hand.</source>
        <translation>W aplikacji nie ma jeszcze planu bezpieczeństwa, więc {file} to pusty plan do wypełnienia ręcznie.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was left half-written.</source>
        <translation>Przerwano. Nic nie zostało zapisane w połowie.</translation>
    </message>
    <message>
        <source>Name at least one section: {keys}.</source>
        <translation>Podaj co najmniej jedną sekcję: {keys}.</translation>
    </message>
    <message>
        <source>There is no section &apos;{key}&apos;. Choose from: {keys}.</source>
        <translation>Nie ma sekcji „{key}”. Wybierz spośród: {keys}.</translation>
    </message>
    <message>
        <source>make a new recovery key (the earlier one stops working) and write its one-page printable sheet</source>
        <translation>utwórz nowy klucz odzyskiwania (poprzedni przestaje działać) i zapisz jego jednostronicowy arkusz do wydruku</translation>
    </message>
    <message>
        <source>open with the recovery key and set a new passphrase (with --passphrase-stdin: the recovery key on line 1, the new passphrase on line 2)</source>
        <translation>otwórz kluczem odzyskiwania i ustaw nowe hasło (przy --passphrase-stdin: klucz odzyskiwania w wierszu 1, nowe hasło w wierszu 2)</translation>
    </message>
    <message>
        <source>The recovery key&apos;s sheet is drawn by the desktop app, and its Qt libraries are missing here. Nothing was changed.</source>
        <translation>Arkusz klucza odzyskiwania rysuje aplikacja okienkowa, a tu brakuje jej bibliotek Qt. Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>{file} is a folder; give the name of a PDF file.</source>
        <translation>{file} to folder; podaj nazwę pliku PDF.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} nie istnieje.</translation>
    </message>
    <message>
        <source>Your new recovery key was made, but its sheet could not be saved to {file}. Nobody has the new key yet, so run recovery-key again with another file.</source>
        <translation>Nowy klucz odzyskiwania powstał, ale jego arkusza nie udało się zapisać w {file}. Nikt jeszcze nie ma nowego klucza, więc uruchom recovery-key ponownie z innym plikiem.</translation>
    </message>
    <message>
        <source>Saved the sheet of your new recovery key to {file}. Print it, keep the paper somewhere safe, then delete the file.</source>
        <translation>Arkusz nowego klucza odzyskiwania zapisano w {file}. Wydrukuj go, schowaj kartkę w bezpiecznym miejscu, a potem usuń plik.</translation>
    </message>
    <message>
        <source>Your earlier recovery key no longer opens this journal.</source>
        <translation>Poprzedni klucz odzyskiwania nie otwiera już tego dziennika.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Klucz odzyskiwania: </translation>
    </message>
    <message>
        <source>Your passphrase has been changed: your journal opens with the new one now. Your recovery key still works.</source>
        <translation>Hasło zostało zmienione: dziennik otwiera się teraz nowym. Klucz odzyskiwania nadal działa.</translation>
    </message>
    <message>
        <source>open the app minimised</source>
        <translation>otwórz aplikację zminimalizowaną</translation>
    </message>
</context>
<context>
    <name>companions</name>
    <message>
        <source>{name} (group)</source>
        <translation>{name} (grupa)</translation>
    </message>
</context>
<context>
    <name>copies</name>
    <message>
        <source>Your journal is healthy: it opens and all {count} records read back correctly.</source>
        <translation>Dziennik jest w dobrym stanie: otwiera się, a wszystkie zapisy ({count}) odczytują się poprawnie.</translation>
    </message>
    <message>
        <source>Your journal is damaged: {problems}</source>
        <translation>Dziennik jest uszkodzony: {problems}</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer version of Recovery Journal, so it was not restored. Nothing was changed; update the app to restore it.</source>
        <translation>Kopię zapasową {file} utworzyła nowsza wersja Recovery Journal, więc nie została przywrócona. Nic nie zostało zmienione; zaktualizuj aplikację, by ją przywrócić.</translation>
    </message>
    <message>
        <source>The file {file} opens with your passphrase but is not a Recovery Journal backup, so it was not restored. Nothing was changed.</source>
        <translation>Plik {file} otwiera się twoim hasłem, ale nie jest kopią zapasową Recovery Journal, więc nie został przywrócony. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The backup {file} is from an older version and could not be brought up to date, so it was not restored. Nothing was changed.</source>
        <translation>Kopia zapasowa {file} pochodzi ze starszej wersji i nie udało się jej zaktualizować, więc nie została przywrócona. Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message numerus="yes">
        <source>Added %Ln records.</source>
        <translation>
            <numerusform>Dodano %Ln zapis.</numerusform>
            <numerusform>Dodano %Ln zapisy.</numerusform>
            <numerusform>Dodano %Ln zapisów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your journal.</source>
        <translation>
            <numerusform>%Ln był już w dzienniku.</numerusform>
            <numerusform>%Ln były już w dzienniku.</numerusform>
            <numerusform>%Ln było już w dzienniku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln differ from your journal&apos;s copy and were left as they are.</source>
        <translation>
            <numerusform>%Ln różni się od kopii w dzienniku i pozostał bez zmian.</numerusform>
            <numerusform>%Ln różnią się od kopii w dzienniku i pozostały bez zmian.</numerusform>
            <numerusform>%Ln różni się od kopii w dzienniku i pozostało bez zmian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal&apos;s safety plan was kept; the one in the file is different and was not imported.</source>
        <translation>Plan bezpieczeństwa z dziennika został zachowany; ten w pliku jest inny i nie został zaimportowany.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an export file.</source>
        <translation>{file} to folder, a nie plik eksportu.</translation>
    </message>
    <message>
        <source>{file} could not be read. Check the file and try again.</source>
        <translation>Nie udało się odczytać {file}. Sprawdź plik i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB, far more than any journal&apos;s export, so it was not imported.</source>
        <translation>{file} ma ponad {size} MB, znacznie więcej niż jakikolwiek eksport dziennika, więc nie został zaimportowany.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>to nie jest tekst UTF-8</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>to nie jest poprawny JSON (wiersz {line}, kolumna {column})</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>jest zbyt głęboko zagnieżdżony</translation>
    </message>
    <message>
        <source>it holds invalid input</source>
        <translation>zawiera nieprawidłowe dane</translation>
    </message>
    <message>
        <source>{where}: this field is missing</source>
        <translation>{where}: brakuje tego pola</translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}: oczekiwano obiektu</translation>
    </message>
    <message>
        <source>The file is not a Recovery Journal export (it is not a JSON object).</source>
        <translation>Ten plik nie jest eksportem Recovery Journal (nie jest obiektem JSON).</translation>
    </message>
    <message>
        <source>format: {value} is not {name}</source>
        <translation>format: {value} to nie {name}</translation>
    </message>
    <message>
        <source>version: {value} is not a version number</source>
        <translation>version: {value} nie jest numerem wersji</translation>
    </message>
    <message>
        <source>version: this file is format version {version}, made by a newer Recovery Journal; please update the app to import it</source>
        <translation>version: ten plik ma format w wersji {version}, utworzony przez nowszy Recovery Journal; zaktualizuj aplikację, aby go zaimportować</translation>
    </message>
    <message>
        <source>version: {version} is not a known format version</source>
        <translation>version: {version} nie jest znaną wersją formatu</translation>
    </message>
    <message>
        <source>{where}: expected a list</source>
        <translation>{where}: oczekiwano listy</translation>
    </message>
    <message>
        <source>{where}: {value} appears twice in this file</source>
        <translation>{where}: {value} występuje w tym pliku dwa razy</translation>
    </message>
    <message>
        <source>{where}: {substance} on {date} appears twice in this file</source>
        <translation>{where}: {substance} z dnia {date} występuje w tym pliku dwa razy</translation>
    </message>
    <message>
        <source>{where}: {value} is not a contact in this file or in your journal</source>
        <translation>{where}: {value} nie jest kontaktem w tym pliku ani w dzienniku</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Other accounts on this computer can change the folder {folder}, so your journal was not opened or changed there. Make the folder private (on Linux or macOS: chmod 700 &quot;{folder}&quot;), or keep your journal in another folder.</source>
        <translation>Inne konta na tym komputerze mogą zmieniać folder {folder}, więc twój dziennik nie został tam otwarty ani zmieniony. Ustaw folder jako prywatny (w systemie Linux lub macOS: chmod 700 „{folder}”) albo trzymaj dziennik w innym folderze.</translation>
    </message>
    <message>
        <source>The folder {folder} belongs to another account on this computer, so your journal was not opened or changed there. Keep your journal in a folder of your own.</source>
        <translation>Folder {folder} należy do innego konta na tym komputerze, więc twój dziennik nie został tam otwarty ani zmieniony. Trzymaj dziennik we własnym folderze.</translation>
    </message>
    <message>
        <source>{path} is a link to another place, so nothing was opened or written there. Remove the link, then try again.</source>
        <translation>{path} to dowiązanie do innego miejsca, więc nic nie zostało tam otwarte ani zapisane. Usuń dowiązanie i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <source>Working on it</source>
        <translation>W trakcie</translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation>Na razie wstrzymany</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Osiągnięty</translation>
    </message>
    <message>
        <source>✓ Agreed with my keyworker</source>
        <extracomment>A line the app adds at the end of a goal&apos;s &quot;why it matters&quot; when the person ticks &quot;Agreed with my keyworker&quot;. Keep the tick mark at the start.</extracomment>
        <translation>✓ Uzgodnione z moim terapeutą</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} steps done</source>
        <translation>
            <numerusform>zrobione kroki: %n z {total}</numerusform>
            <numerusform>zrobione kroki: %n z {total}</numerusform>
            <numerusform>zrobione kroki: %n z {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>aiming for {day}</source>
        <translation>termin: {day}</translation>
    </message>
    <message>
        <source>agreed with my keyworker</source>
        <translation>uzgodnione z terapeutą</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>How to use Recovery Journal</source>
        <translation>Jak korzystać z Recovery Journal</translation>
    </message>
    <message>
        <source>Your journal is a private place to notice how you are doing and what helps. Write as much or as little as you like; there is no right way.</source>
        <translation>Twój dziennik to prywatne miejsce, w którym zauważasz, jak sobie radzisz i co pomaga. Pisz tyle, ile chcesz; nie ma jednego dobrego sposobu.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>On &lt;b&gt;Today&lt;/b&gt;, move the sliders for hope, mood and craving, and add a few words if you want. It saves as you go. You can check in more than once a day.</source>
        <translation>Na stronie &lt;b&gt;Dziś&lt;/b&gt; przesuń suwaki nadziei, nastroju i głodu i dodaj kilka słów, jeśli chcesz. Wszystko zapisuje się na bieżąco. Wpis samopoczucia możesz dodać więcej niż raz dziennie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log a trigger&lt;/b&gt; when something pulls you towards using: what happened, how strong it was and what you did. Over time you will see what works for you.</source>
        <translation>&lt;b&gt;Zapisz wyzwalacz&lt;/b&gt;, kiedy coś ciągnie cię do używania: co się stało, jak silne to było i jaka była twoja reakcja. Z czasem zobaczysz, co ci pomaga.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gratitude&lt;/b&gt;: a few small things you are glad of today.</source>
        <translation>&lt;b&gt;Wdzięczność&lt;/b&gt;: kilka drobnych rzeczy, które dziś cieszą.</translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation>Spojrzenie wstecz</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journal&lt;/b&gt; shows everything you have written, newest first. Search finds any word; Home and End take you to the newest and the oldest entry. Open an entry to change it; Delete removes it and Ctrl+Z puts it back.</source>
        <translation>&lt;b&gt;Dziennik&lt;/b&gt; pokazuje wszystkie wpisy, od najnowszych. Wyszukiwanie znajdzie każde słowo; Home i End przenoszą do najnowszego i najstarszego wpisu. Otwórz wpis, by go zmienić; Delete go usuwa, a Ctrl+Z przywraca.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trends&lt;/b&gt; shows your check-ins over weeks and months. &lt;b&gt;Summary&lt;/b&gt; makes a one-page summary to print or save, for you or your keyworker.</source>
        <translation>&lt;b&gt;Trendy&lt;/b&gt; pokazują wpisy samopoczucia na przestrzeni tygodni i miesięcy. &lt;b&gt;Podsumowanie&lt;/b&gt; tworzy jednostronicowe podsumowanie do wydruku lub zapisania, dla ciebie albo twojego terapeuty.</translation>
    </message>
    <message>
        <source>When it gets hard</source>
        <translation>Kiedy robi się ciężko</translation>
    </message>
    <message>
        <source>&lt;b&gt;I&apos;m having a hard time&lt;/b&gt; (Ctrl+Shift+H) opens your plan step by step: your reasons, what you can do now and who you can call. The crisis page with helplines opens even before you unlock.</source>
        <translation>&lt;b&gt;Jest mi ciężko&lt;/b&gt; (Ctrl+Shift+H) otwiera twój plan krok po kroku: twoje powody, co możesz teraz zrobić i do kogo możesz zadzwonić. Strona kryzysowa z telefonami zaufania otwiera się nawet przed odblokowaniem.</translation>
    </message>
    <message>
        <source>Keeping it safe</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <source>The journal locks itself when you step away, and Ctrl+L locks it at once. Everything is encrypted with your passphrase and stays on this computer. A backup is made each day; in &lt;b&gt;Settings&lt;/b&gt; you can back up to a USB stick, restore a backup, change your passphrase and print a recovery key.</source>
        <translation>Dziennik blokuje się sam, kiedy odchodzisz od komputera, a Ctrl+L blokuje go od razu. Wszystko jest szyfrowane twoim hasłem i zostaje na tym komputerze. Codziennie powstaje kopia zapasowa; w &lt;b&gt;Ustawieniach&lt;/b&gt; możesz zrobić kopię na pendrive, przywrócić kopię, zmienić hasło i wydrukować klucz odzyskiwania.</translation>
    </message>
    <message>
        <source>How to use</source>
        <translation>Jak korzystać</translation>
    </message>
    <message>
        <source>An offline, encrypted journal of hope, mood, triggers, gratitude and support for people in recovery.</source>
        <translation>Działający bez internetu, szyfrowany dziennik nadziei, nastroju, wyzwalaczy, wdzięczności i wsparcia dla osób, które zdrowieją.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing goes online, ever.&lt;/b&gt; The app has no accounts, no cloud, no updates that call home and no tracking. It never opens a network connection.</source>
        <translation>&lt;b&gt;Nic nigdy nie trafia do internetu.&lt;/b&gt; Aplikacja nie ma kont, chmury, aktualizacji łączących się z serwerem ani śledzenia. Nigdy nie otwiera połączenia sieciowego.</translation>
    </message>
    <message>
        <source>Your journal is kept in {folder}</source>
        <translation>Twój dziennik jest przechowywany w {folder}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it. It comes with no warranty.</source>
        <translation>Wolne oprogramowanie na licencji GNU General Public License w wersji 3 lub późniejszej: możesz go używać, badać, udostępniać i zmieniać. Jest dostarczane bez żadnej gwarancji.</translation>
    </message>
    <message>
        <source>Recovery Journal</source>
        <translation>Recovery Journal</translation>
    </message>
    <message>
        <source>About Recovery Journal</source>
        <translation>O Recovery Journal</translation>
    </message>
</context>
<context>
    <name>help_now</name>
    <message>
        <source>If you or someone else is in danger right now, call &lt;b&gt;999&lt;/b&gt; (or 112). If you have taken something and feel unwell, call 999 or go to A&amp;amp;E.</source>
        <translation>Jeśli ty lub ktoś inny jest teraz w niebezpieczeństwie, dzwoń pod &lt;b&gt;999&lt;/b&gt; (lub 112). Jeśli coś zażyto i źle się czujesz, dzwoń pod 999 albo jedź na SOR (A&amp;amp;E).</translation>
    </message>
    <message>
        <source>This app is a private notebook, not a therapist or a doctor. Talking to a person helps: these lines are free and someone will listen.</source>
        <translation>Ta aplikacja to prywatny notatnik, a nie terapeuta ani lekarz. Rozmowa z człowiekiem pomaga: te linie są bezpłatne i ktoś cię wysłucha.</translation>
    </message>
</context>
<context>
    <name>helplines</name>
    <message>
        <source>Free, day or night, for anyone who is struggling.</source>
        <translation>Bezpłatnie, w dzień i w nocy, dla każdego, komu jest ciężko (po angielsku).</translation>
    </message>
    <message>
        <source>Honest information and advice about drugs, any time.</source>
        <translation>Rzetelne informacje i porady o substancjach, o każdej porze (po angielsku).</translation>
    </message>
    <message>
        <source>In Poland, free from Polish phones, every day 16:00-21:00: for people with alcohol, drug or medicine dependence and their families. From the UK it costs an international call.</source>
        <translation>W Polsce, bezpłatnie z polskich telefonów, codziennie 16:00–21:00: dla osób uzależnionych od alkoholu, narkotyków lub leków i ich bliskich. Z Wielkiej Brytanii to płatne połączenie międzynarodowe.</translation>
    </message>
    <message>
        <source>In Poland, free from Polish phones, day or night: for adults in a mental health crisis. From the UK it costs an international call.</source>
        <translation>W Polsce, bezpłatnie z polskich telefonów, całą dobę: dla dorosłych w kryzysie psychicznym. Z Wielkiej Brytanii to płatne połączenie międzynarodowe.</translation>
    </message>
    <message>
        <source>In Poland, for adults in emotional crisis. In the UK the same number reaches Samaritans, who answer in English.</source>
        <translation>W Polsce, dla dorosłych w kryzysie emocjonalnym. W Wielkiej Brytanii ten sam numer łączy z Samaritans, którzy odpowiadają po angielsku.</translation>
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
        <translation>To hasło nie otwiera tego dziennika. Sprawdź Caps Lock i spróbuj ponownie; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>There is no journal in {folder} yet. Create one there, or choose another folder.</source>
        <translation>W {folder} nie ma jeszcze dziennika. Załóż go tam albo wybierz inny folder.</translation>
    </message>
    <message>
        <source>There is already a journal in {folder}, so a new one was not made there.</source>
        <translation>W {folder} jest już dziennik, więc nowy nie został tam założony.</translation>
    </message>
    <message>
        <source>The journal file in {folder} is empty. Nothing was changed; restore a backup or choose another folder.</source>
        <translation>Plik dziennika w {folder} jest pusty. Nic nie zmieniono; przywróć kopię zapasową albo wybierz inny folder.</translation>
    </message>
    <message>
        <source>The file {file} is not a Recovery Journal vault. Nothing was changed; choose the folder that holds your journal.</source>
        <translation>Plik {file} nie jest sejfem Recovery Journal. Nic nie zmieniono; wybierz folder, w którym jest twój dziennik.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Nothing was changed; choose the folder for your journal.</source>
        <translation>{folder} to plik, a nie folder. Nic nie zmieniono; wybierz folder na dziennik.</translation>
    </message>
    <message>
        <source>The journal file {file} cannot be read from this user account. Nothing was changed; check its permissions or choose another folder.</source>
        <translation>Pliku dziennika {file} nie można odczytać z tego konta użytkownika. Nic nie zmieniono; sprawdź uprawnienia albo wybierz inny folder.</translation>
    </message>
    <message>
        <source>Your journal file looks damaged, so it was not changed. Restore it from a backup (your backups are in {backups}).</source>
        <translation>Plik dziennika wygląda na uszkodzony, więc nie został zmieniony. Przywróć go z kopii zapasowej (kopie są w {backups}).</translation>
    </message>
    <message>
        <source>Your journal file looks damaged, so it was not changed. Restore it from a backup.</source>
        <translation>Plik dziennika wygląda na uszkodzony, więc nie został zmieniony. Przywróć go z kopii zapasowej.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Recovery Journal. Nothing was changed; please update the app to open it.</source>
        <translation>Ten dziennik zapisała nowsza wersja Recovery Journal. Nic nie zmieniono; zaktualizuj aplikację, aby go otworzyć.</translation>
    </message>
    <message>
        <source>The disk is full, so your last change could not be saved. Free some space and it will save again.</source>
        <translation>Dysk jest pełny, więc ostatniej zmiany nie udało się zapisać. Zwolnij trochę miejsca, a zapisze się ponownie.</translation>
    </message>
    <message>
        <source>This folder cannot be written to (it may be read-only or unplugged), so your last change could not be saved.</source>
        <translation>Do tego folderu nie można zapisywać (może być tylko do odczytu albo odłączony), więc ostatniej zmiany nie udało się zapisać.</translation>
    </message>
    <message>
        <source>This journal is on a disk or folder that cannot be written to (it may be read-only or write-protected). Nothing was changed; copy the folder to a disk you can write to, or remove the write protection, then open it again.</source>
        <translation>Ten dziennik jest na dysku lub w folderze, do którego nie można zapisywać (może być tylko do odczytu lub zabezpieczony przed zapisem). Nic nie zmieniono; skopiuj folder na dysk, na którym można zapisywać, albo zdejmij zabezpieczenie, a potem otwórz go ponownie.</translation>
    </message>
    <message>
        <source>Your journal is busy with another window or command. Please wait a moment and try again.</source>
        <translation>Dziennik jest zajęty przez inne okno lub polecenie. Poczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Your journal is open in another window or command. Close it there first, then try again; nothing was changed.</source>
        <translation>Dziennik jest otwarty w innym oknie lub poleceniu. Najpierw go tam zamknij, potem spróbuj ponownie; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Another program is using this file, so it could not be replaced. Nothing was changed; close that program, or wait a moment, and try again.</source>
        <translation>Inny program używa tego pliku, więc nie udało się go zastąpić. Nic nie zostało zmienione; zamknij ten program albo chwilę poczekaj i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Please choose a passphrase; it cannot be empty.</source>
        <translation>Wybierz hasło; nie może być puste.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Dwa hasła się różnią. Wpisz je jeszcze raz.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup {file}. Nothing was changed.</source>
        <translation>To hasło nie otwiera kopii zapasowej {file}. Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>There is no file at {file}. Check the name and try again.</source>
        <translation>Nie ma pliku {file}. Sprawdź nazwę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{file} is not a Recovery Journal export file: {reason}.</source>
        <translation>{file} nie jest plikiem eksportu Recovery Journal: {reason}.</translation>
    </message>
    <message>
        <source>Note: the export is not encrypted. Anyone who has the file can read your journal; keep it somewhere safe.</source>
        <translation>Uwaga: eksport nie jest zaszyfrowany. Każdy, kto ma ten plik, może przeczytać twój dziennik; trzymaj go w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be checked, so it was not kept. Your journal itself is unchanged; the earlier backups are still in {backups}.</source>
        <translation>Dzisiejszej automatycznej kopii zapasowej nie udało się sprawdzić, więc jej nie zachowano. Sam dziennik jest bez zmian; wcześniejsze kopie są nadal w {backups}.</translation>
    </message>
    <message>
        <source>The backup {file} could not be checked after it was written, so it was not kept. Your journal itself is unchanged.</source>
        <translation>Kopii zapasowej {file} nie udało się sprawdzić po zapisaniu, więc jej nie zachowano. Sam dziennik jest bez zmian.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged, so it was not restored.</source>
        <translation>Kopia zapasowa {file} jest uszkodzona, więc nie została przywrócona.</translation>
    </message>
    <message>
        <source>The new copy of your journal did not verify, so nothing was changed.</source>
        <translation>Nowa kopia dziennika nie przeszła sprawdzenia, więc nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Your journal is locked. Unlock it to go on.</source>
        <translation>Dziennik jest zablokowany. Odblokuj go, aby kontynuować.</translation>
    </message>
    <message>
        <source>That file is the journal itself, not a backup of it.</source>
        <translation>Ten plik to sam dziennik, a nie jego kopia zapasowa.</translation>
    </message>
    <message>
        <source>The desktop app cannot start here because its Qt libraries are missing.</source>
        <translation>Aplikacja okienkowa nie może się tu uruchomić, bo brakuje jej bibliotek Qt.</translation>
    </message>
    <message>
        <source>The summary PDF is drawn by the desktop app, and its Qt libraries are missing here. Every other command works without them.</source>
        <translation>PDF podsumowania rysuje aplikacja okienkowa, a tu brakuje jej bibliotek Qt. Wszystkie inne polecenia działają bez nich.</translation>
    </message>
</context>
<context>
    <name>naloxone</name>
    <message>
        <source>The date on your naloxone kit was {date}. A pharmacy or your drug service can give you a new one.</source>
        <translation>Data na twoim zestawie z naloksonem minęła {date}. Apteka albo poradnia uzależnień może dać ci nowy.</translation>
    </message>
    <message>
        <source>The date on your naloxone kit is {date}. When you are passing, a pharmacy or your drug service can swap it for a new one.</source>
        <translation>Data na twoim zestawie z naloksonem to {date}. Przy okazji apteka albo poradnia uzależnień wymieni go na nowy.</translation>
    </message>
    <message>
        <source>Your naloxone kit</source>
        <translation>Twój zestaw z naloksonem</translation>
    </message>
    <message>
        <source>Change the kit&apos;s date</source>
        <translation>Zmień datę zestawu</translation>
    </message>
    <message>
        <source>Change the kit&apos;s date on My plan</source>
        <translation>Zmień datę zestawu w Moim planie</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Your new recovery key was made, but its sheet could not be saved to {file}. Nobody has the new key yet, so please make another one and save it somewhere else.</source>
        <translation>Nowy klucz odzyskiwania powstał, ale jego arkusza nie udało się zapisać w {file}. Nikt jeszcze nie ma nowego klucza, więc utwórz kolejny i zapisz go w innym miejscu.</translation>
    </message>
</context>
<context>
    <name>overdose</name>
    <message>
        <source>If someone may have overdosed</source>
        <translation>Jeśli ktoś mógł przedawkować</translation>
    </message>
    <message>
        <source>Signs: they can&apos;t be woken, their breathing is slow, noisy or has stopped, their lips or fingertips look blue or grey.</source>
        <translation>Objawy: nie da się tej osoby obudzić, oddycha wolno, głośno albo przestała oddychać, usta lub opuszki palców są sine lub szare.</translation>
    </message>
    <message>
        <source>1. Call 999 and ask for an ambulance. Stay on the line: they will tell you what to do.</source>
        <translation>1. Zadzwoń pod 999 i poproś o karetkę. Nie rozłączaj się: dyspozytor powie ci, co robić.</translation>
    </message>
    <message>
        <source>2. Put them on their side in the recovery position, so they can breathe.</source>
        <translation>2. Ułóż tę osobę na boku w pozycji bezpiecznej, żeby mogła oddychać.</translation>
    </message>
    <message>
        <source>3. Give naloxone if there is a kit: into the outer thigh or upper arm (through clothes is fine), or the nasal spray up one nostril. It does no harm if they took no opioids.</source>
        <translation>3. Podaj nalokson, jeśli jest zestaw: w zewnętrzną część uda lub ramię (można przez ubranie) albo spray do jednej dziurki nosa. Nie zaszkodzi, jeśli ta osoba nie zażyła opioidów.</translation>
    </message>
    <message>
        <source>4. Stay with them until the ambulance comes. Naloxone wears off after 20 to 90 minutes, sooner than many opioids, so the overdose can come back.</source>
        <translation>4. Zostań z nią, aż przyjedzie karetka. Nalokson przestaje działać po 20–90 minutach, wcześniej niż wiele opioidów, więc przedawkowanie może wrócić.</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Dobrze wiedzieć</translation>
    </message>
    <message>
        <source>• Tolerance drops after even a short break (a few days, hospital, prison, detox): an amount that was usual before can be too much.</source>
        <translation>• Tolerancja spada już po krótkiej przerwie (kilka dni, szpital, więzienie, detoks): ilość, która wcześniej była zwykła, może być za duża.</translation>
    </message>
    <message>
        <source>• Opioids mixed with alcohol, benzodiazepines, gabapentin, pregabalin or other downers are much more dangerous together.</source>
        <translation>• Opioidy zmieszane z alkoholem, benzodiazepinami, gabapentyną, pregabaliną albo innymi środkami uspokajającymi są razem dużo groźniejsze.</translation>
    </message>
    <message>
        <source>• Using alone means no one can call for help.</source>
        <translation>• Gdy używasz w samotności, nikt nie wezwie pomocy.</translation>
    </message>
    <message>
        <source>• Local drug services, and many pharmacies, give take-home naloxone kits free and show you how to use them in a few minutes.</source>
        <translation>• Lokalne poradnie uzależnień i wiele aptek wydaje bezpłatne zestawy z naloksonem do domu i w kilka minut pokazuje, jak ich użyć.</translation>
    </message>
    <message>
        <source>Advice you changed for where you live.</source>
        <translation>Porady zmienione dla miejsca, w którym mieszkasz.</translation>
    </message>
    <message>
        <source>General advice written for UK services (NHS, FRANK, Public Health England). It does not replace a doctor or the 999 call handler.</source>
        <translation>Ogólne porady napisane dla służb w Wielkiej Brytanii (NHS, FRANK, Public Health England). Nie zastępują lekarza ani dyspozytora numeru 999.</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Tip: a few ordinary words together, like a short sentence only you would think of.</source>
        <translation>Wskazówka: kilka zwykłych słów razem, jak krótkie zdanie, które przyjdzie do głowy tylko tobie.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters. A few words together work well.</source>
        <translation>
            <numerusform>Za krótkie: użyj co najmniej %n znaku. Kilka słów razem sprawdza się dobrze.</numerusform>
            <numerusform>Za krótkie: użyj co najmniej %n znaków. Kilka słów razem sprawdza się dobrze.</numerusform>
            <numerusform>Za krótkie: użyj co najmniej %n znaków. Kilka słów razem sprawdza się dobrze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Okay, but longer is stronger: try adding another word.</source>
        <translation>W porządku, ale dłuższe jest mocniejsze: spróbuj dodać jeszcze jedno słowo.</translation>
    </message>
    <message>
        <source>Good. Another word would make it even stronger.</source>
        <translation>Dobrze. Jeszcze jedno słowo uczyniłoby je jeszcze mocniejszym.</translation>
    </message>
    <message>
        <source>Strong. Now make sure you will remember it.</source>
        <translation>Mocne. Teraz upewnij się, że je zapamiętasz.</translation>
    </message>
    <message>
        <source>Hide the passphrase ({keys})</source>
        <translation>Ukryj hasło ({keys})</translation>
    </message>
    <message>
        <source>Show the passphrase ({keys})</source>
        <translation>Pokaż hasło ({keys})</translation>
    </message>
    <message>
        <source>Too easy to guess: a common word or pattern. Try unusual words together.</source>
        <translation>Zbyt łatwe do odgadnięcia: popularne słowo lub wzór. Spróbuj połączyć nietypowe słowa.</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Ukryj hasło</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Pokaż hasło</translation>
    </message>
</context>
<context>
    <name>passphrases</name>
    <message>
        <source>Please use a passphrase of at least {count} characters. A few words together are easy to remember and hard to guess.</source>
        <translation>Użyj hasła, które ma co najmniej {count} znaków. Kilka słów razem łatwo zapamiętać, a trudno zgadnąć.</translation>
    </message>
    <message>
        <source>That passphrase is one of the first that someone guessing would try. Please choose another: a few words that do not usually go together work well.</source>
        <translation>To hasło jest jednym z pierwszych, które sprawdziłby ktoś zgadujący. Wybierz inne: dobrze sprawdza się kilka słów, które zwykle do siebie nie pasują.</translation>
    </message>
</context>
<context>
    <name>phone_list</name>
    <message>
        <source>{name}: no number saved. {notes}</source>
        <translation>{name}: brak zapisanego numeru. {notes}</translation>
    </message>
    <message>
        <source>{name}: {phone}. {notes} Press Enter to copy the number.</source>
        <translation>{name}: {phone}. {notes} Naciśnij Enter, aby skopiować numer.</translation>
    </message>
    <message>
        <source>Click to copy {phone}</source>
        <translation>Kliknij, aby skopiować {phone}</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopiuj numer</translation>
    </message>
    <message>
        <source>No number saved</source>
        <translation>Brak zapisanego numeru</translation>
    </message>
</context>
<context>
    <name>plan_parts</name>
    <message>
        <source>1. Warning signs</source>
        <translation>1. Sygnały ostrzegawcze</translation>
    </message>
    <message>
        <source>What tells me a hard time may be coming: thoughts, feelings, places, times of day.</source>
        <translation>Co mi mówi, że może nadchodzić trudny czas: myśli, uczucia, miejsca, pory dnia.</translation>
    </message>
    <message>
        <source>For example: not sleeping, staying in, payday, thinking “one won&apos;t hurt”.</source>
        <translation>Na przykład: brak snu, siedzenie w domu, dzień wypłaty, myśl „jeden nie zaszkodzi”.</translation>
    </message>
    <message>
        <source>A warning sign, then press Enter</source>
        <translation>Sygnał ostrzegawczy, potem naciśnij Enter</translation>
    </message>
    <message>
        <source>2. Things I can do on my own</source>
        <translation>2. Co mogę zrobić samodzielnie</translation>
    </message>
    <message>
        <source>What helps me get through it by myself.</source>
        <translation>Co pomaga mi przez to przejść samodzielnie.</translation>
    </message>
    <message>
        <source>For example: a hot shower, a walk round the block, loud music, making tea, writing it down here.</source>
        <translation>Na przykład: gorący prysznic, spacer dookoła bloku, głośna muzyka, herbata, zapisanie tego tutaj.</translation>
    </message>
    <message>
        <source>Something I can do, then press Enter</source>
        <translation>Coś, co mogę zrobić, potem naciśnij Enter</translation>
    </message>
    <message>
        <source>3. People and places that take my mind off it</source>
        <translation>3. Ludzie i miejsca, które odwracają moją uwagę</translation>
    </message>
    <message>
        <source>Where I can go, and who I can be with, without talking about it.</source>
        <translation>Dokąd mogę pójść i z kim mogę być, nie rozmawiając o tym.</translation>
    </message>
    <message>
        <source>For example: the library, my sister&apos;s, the gym, the recovery café, a meeting.</source>
        <translation>Na przykład: biblioteka, u siostry, siłownia, kawiarnia dla osób zdrowiejących, mityng.</translation>
    </message>
    <message>
        <source>A place or a person, then press Enter</source>
        <translation>Miejsce lub osoba, potem naciśnij Enter</translation>
    </message>
    <message>
        <source>4. People I can ask for help</source>
        <translation>4. Osoby, które mogę poprosić o pomoc</translation>
    </message>
    <message>
        <source>People I can tell that I&apos;m struggling. Their numbers come from Support, so a new number is changed in one place.</source>
        <translation>Osoby, którym mogę powiedzieć, że jest mi trudno. Ich numery pochodzą ze Wsparcia, więc nowy numer zmienia się w jednym miejscu.</translation>
    </message>
    <message>
        <source>For example: my sponsor, a friend from group, my brother.</source>
        <translation>Na przykład: mój sponsor, znajomy z grupy, mój brat.</translation>
    </message>
    <message>
        <source>Type a name from Support, then press Enter</source>
        <translation>Wpisz imię ze Wsparcia, potem naciśnij Enter</translation>
    </message>
    <message>
        <source>5. Professionals and services</source>
        <translation>5. Specjaliści i instytucje</translation>
    </message>
    <message>
        <source>Who I can ring for help: my keyworker, my GP, the service&apos;s duty line. This app cannot call anyone or tell anyone; it keeps their numbers where I can find them. In danger, call 999.</source>
        <translation>Do kogo mogę zadzwonić po pomoc: mój terapeuta, mój lekarz rodzinny, dyżurny telefon poradni. Ta aplikacja nie może do nikogo zadzwonić ani nikogo powiadomić; przechowuje ich numery tam, gdzie je znajdę. W niebezpieczeństwie dzwoń pod 999.</translation>
    </message>
    <message>
        <source>For example: my keyworker, my GP, the drug service.</source>
        <translation>Na przykład: mój terapeuta, mój lekarz rodzinny, poradnia uzależnień.</translation>
    </message>
    <message>
        <source>6. Making my surroundings safer</source>
        <translation>6. Bezpieczniejsze otoczenie</translation>
    </message>
    <message>
        <source>What I can change around me so the hard moment has less to work with.</source>
        <translation>Co mogę zmienić wokół siebie, żeby trudna chwila miała mniej punktów zaczepienia.</translation>
    </message>
    <message>
        <source>For example: nothing to drink in the house, the old numbers deleted, someone else keeps my bank card for a while.</source>
        <translation>Na przykład: żadnego alkoholu w domu, stare numery usunięte, ktoś inny przechowuje na razie moją kartę.</translation>
    </message>
    <message>
        <source>Something that makes it safer, then press Enter</source>
        <translation>Coś, co zwiększa bezpieczeństwo, potem naciśnij Enter</translation>
    </message>
    <message>
        <source>7. My reasons</source>
        <translation>7. Moje powody</translation>
    </message>
    <message>
        <source>What I&apos;m doing this for. They come first when I&apos;m having a hard time.</source>
        <translation>Dla czego to robię. Pojawiają się na początku, kiedy jest mi ciężko.</translation>
    </message>
    <message>
        <source>For example: my kids, waking up without dread, my job, being there for Mum.</source>
        <translation>Na przykład: moje dzieci, budzenie się bez lęku, moja praca, bycie przy mamie.</translation>
    </message>
    <message>
        <source>A reason, then press Enter</source>
        <translation>Powód, potem naciśnij Enter</translation>
    </message>
</context>
<context>
    <name>plan_pdf</name>
    <message>
        <source>Safety plan</source>
        <translation>Plan bezpieczeństwa</translation>
    </message>
    <message>
        <source>Safety plan: wallet card</source>
        <translation>Plan bezpieczeństwa: karta do portfela</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Telefony zaufania</translation>
    </message>
    <message>
        <source>Anything else I want to remember</source>
        <translation>Coś jeszcze, o czym chcę pamiętać</translation>
    </message>
    <message>
        <source>My safety plan: a card for my wallet. Cut along the dashed line and fold in the middle.</source>
        <translation>Mój plan bezpieczeństwa: karta do portfela. Wytnij wzdłuż przerywanej linii i złóż na pół.</translation>
    </message>
    <message>
        <source>Help, day or night</source>
        <translation>Pomoc w dzień i w nocy</translation>
    </message>
</context>
<context>
    <name>planning</name>
    <message>
        <source>use: there is already an answer for {substance} on {date}</source>
        <translation>use: jest już odpowiedź dla {substance} z dnia {date}</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>Any kind of trigger</source>
        <translation>Każdy rodzaj wyzwalacza</translation>
    </message>
    <message>
        <source>If {situation}, then {action}</source>
        <translation>Jeśli {situation}, to {action}</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>More buttons</source>
        <translation>Więcej przycisków</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Powiększenie</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numer strony</translation>
    </message>
    <message>
        <source>The page as it will print</source>
        <translation>Strona tak, jak zostanie wydrukowana</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>{where}: a check-in needs at least one answer: a scale, time with someone in recovery, a tag or a note</source>
        <translation>{where}: wpis samopoczucia potrzebuje co najmniej jednej odpowiedzi: skali, czasu z kimś, kto też zdrowieje, tagu lub notatki</translation>
    </message>
    <message>
        <source>{where}: write the &apos;if&apos; or the &apos;then&apos; of the plan</source>
        <translation>{where}: napisz „jeśli” albo „to” planu</translation>
    </message>
    <message>
        <source>a number of about {digits} digits</source>
        <translation>liczba o około {digits} cyfrach</translation>
    </message>
    <message>
        <source>a list or object of {count} items</source>
        <translation>lista lub obiekt z {count} elementami</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date and time (ISO 8601)</source>
        <translation>{where}: {value} nie jest datą i godziną (ISO 8601)</translation>
    </message>
    <message>
        <source>{where}: {value} needs a UTC offset, like +00:00</source>
        <translation>{where}: {value} potrzebuje przesunięcia względem UTC, np. +00:00</translation>
    </message>
    <message>
        <source>{where}: {value} is outside the dates that can be kept</source>
        <translation>{where}: {value} wykracza poza daty, które można przechować</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{where}: {value} nie jest datą (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>{where}: {value} is not a whole number from {low} to {high}</source>
        <translation>{where}: {value} nie jest liczbą całkowitą od {low} do {high}</translation>
    </message>
    <message>
        <source>{where}: {value} is out of range {low}-{high}</source>
        <translation>{where}: {value} jest poza zakresem {low}–{high}</translation>
    </message>
    <message>
        <source>{where}: expected text, got {type}</source>
        <translation>{where}: oczekiwano tekstu, jest {type}</translation>
    </message>
    <message>
        <source>{where}: the text is longer than {limit} characters</source>
        <translation>{where}: tekst ma więcej niż {limit} znaków</translation>
    </message>
    <message>
        <source>{where}: the text contains a NUL character</source>
        <translation>{where}: tekst zawiera znak NUL</translation>
    </message>
    <message>
        <source>{where}: the text contains a broken character (a lone surrogate, {code}) at position {position}</source>
        <translation>{where}: tekst zawiera uszkodzony znak (samotny surogat, {code}) na pozycji {position}</translation>
    </message>
    <message>
        <source>{where}: this cannot be empty</source>
        <translation>{where}: to nie może być puste</translation>
    </message>
    <message>
        <source>{where}: expected true or false, got {value}</source>
        <translation>{where}: oczekiwano true lub false, jest {value}</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of {choices}</source>
        <translation>{where}: {value} nie jest jednym z: {choices}</translation>
    </message>
    <message>
        <source>{where}: expected a list</source>
        <translation>{where}: oczekiwano listy</translation>
    </message>
    <message>
        <source>{where}: expected a list of text</source>
        <translation>{where}: oczekiwano listy tekstów</translation>
    </message>
    <message>
        <source>{where}: the id is longer than 200 characters</source>
        <translation>{where}: identyfikator ma więcej niż 200 znaków</translation>
    </message>
    <message>
        <source>{where}: {value} appears twice in this list</source>
        <translation>{where}: {value} występuje na tej liście dwa razy</translation>
    </message>
    <message>
        <source>{where}: a name of up to {limit} characters, please</source>
        <translation>{where}: prosimy o nazwę do {limit} znaków</translation>
    </message>
    <message>
        <source>{where}: {count} answers, expected {expected}</source>
        <translation>{where}: odpowiedzi: {count}, oczekiwano: {expected}</translation>
    </message>
    <message>
        <source>{where}: up to {limit} things can be tracked</source>
        <translation>{where}: można śledzić najwyżej {limit} rzeczy</translation>
    </message>
    <message>
        <source>{where}: expected a step</source>
        <translation>{where}: oczekiwano kroku</translation>
    </message>
    <message>
        <source>{where}: the safety plan&apos;s id is always {value}</source>
        <translation>{where}: identyfikator planu bezpieczeństwa to zawsze {value}</translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}: oczekiwano obiektu</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Type the recovery key from your sheet.</source>
        <translation>Wpisz klucz odzyskiwania z arkusza.</translation>
    </message>
    <message>
        <source>Group {group} of the recovery key has “{character}”, which recovery keys never use. Check it against your sheet.</source>
        <translation>Grupa {group} klucza odzyskiwania zawiera „{character}”, a tego znaku klucze odzyskiwania nigdy nie używają. Porównaj ją z arkuszem.</translation>
    </message>
    <message>
        <source>There is a typo in group {group} of the recovery key ({typed}). Check that group against your sheet and type it again.</source>
        <translation>W grupie {group} klucza odzyskiwania jest literówka ({typed}). Porównaj tę grupę z arkuszem i wpisz ją jeszcze raz.</translation>
    </message>
    <message numerus="yes">
        <source>Group {group} of the recovery key has %n characters, but every group has 5. Check it against your sheet.</source>
        <translation>
            <numerusform>Grupa {group} klucza odzyskiwania ma %n znak, a każda grupa ma 5. Porównaj ją z arkuszem.</numerusform>
            <numerusform>Grupa {group} klucza odzyskiwania ma %n znaki, a każda grupa ma 5. Porównaj ją z arkuszem.</numerusform>
            <numerusform>Grupa {group} klucza odzyskiwania ma %n znaków, a każda grupa ma 5. Porównaj ją z arkuszem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recovery key has %n characters, but it should have 35 (7 groups of 5). The first group that does not match is group {group}.</source>
        <translation>
            <numerusform>Klucz odzyskiwania ma %n znak, a powinien mieć 35 (7 grup po 5). Pierwsza grupa, która się nie zgadza, to grupa {group}.</numerusform>
            <numerusform>Klucz odzyskiwania ma %n znaki, a powinien mieć 35 (7 grup po 5). Pierwsza grupa, która się nie zgadza, to grupa {group}.</numerusform>
            <numerusform>Klucz odzyskiwania ma %n znaków, a powinien mieć 35 (7 grup po 5). Pierwsza grupa, która się nie zgadza, to grupa {group}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recovery key has %n characters, but it should have 35 (7 groups of 5). Check it against your sheet.</source>
        <translation>
            <numerusform>Klucz odzyskiwania ma %n znak, a powinien mieć 35 (7 grup po 5). Porównaj go z arkuszem.</numerusform>
            <numerusform>Klucz odzyskiwania ma %n znaki, a powinien mieć 35 (7 grup po 5). Porównaj go z arkuszem.</numerusform>
            <numerusform>Klucz odzyskiwania ma %n znaków, a powinien mieć 35 (7 grup po 5). Porównaj go z arkuszem.</numerusform>
        </translation>
    </message>
    <message>
        <source>That recovery key does not open this journal. It may be an older sheet: only the newest recovery key works. Nothing has been changed.</source>
        <translation>Ten klucz odzyskiwania nie otwiera tego dziennika. Może to starszy arkusz: działa tylko najnowszy klucz odzyskiwania. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>No recovery key has been made for this journal, so it cannot be opened with one. Nothing has been changed.</source>
        <translation>Dla tego dziennika nie utworzono klucza odzyskiwania, więc nie da się go nim otworzyć. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The recovery key file of this journal (recovery.json) is damaged, so a recovery key cannot open it. Nothing has been changed; your passphrase still works.</source>
        <translation>Plik klucza odzyskiwania tego dziennika (recovery.json) jest uszkodzony, więc klucz odzyskiwania go nie otworzy. Nic nie zostało zmienione; twoje hasło nadal działa.</translation>
    </message>
</context>
<context>
    <name>recovery_key</name>
    <message>
        <source>New: a recovery key opens your journal if you ever forget your passphrase. Settings can make one.</source>
        <translation>Nowość: klucz odzyskiwania otworzy twój dziennik, jeśli kiedyś zapomnisz hasła. Można go utworzyć w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <source>Your recovery key</source>
        <translation>Twój klucz odzyskiwania</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your journal so you can choose a new one. Nothing else can, so please keep this sheet safe.</source>
        <translation>Jeśli kiedyś zapomnisz hasła, ten klucz otworzy twój dziennik i pozwoli wybrać nowe. Nic innego tego nie zrobi, więc trzymaj ten arkusz w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Recovery key: {key}</source>
        <translation>Klucz odzyskiwania: {key}</translation>
    </message>
    <message>
        <source>Made on {date}. When you type it, capital letters, spaces and dashes do not matter.</source>
        <translation>Utworzony {date}. Przy wpisywaniu wielkie litery, spacje i myślniki nie mają znaczenia.</translation>
    </message>
    <message>
        <source>What it opens</source>
        <translation>Co otwiera</translation>
    </message>
    <message>
        <source>Your journal, wherever its folder is kept, even after you change your passphrase. It does not open backup files: each backup opens with the passphrase you had when it was made.</source>
        <translation>Twój dziennik, gdziekolwiek jest jego folder, także po zmianie hasła. Nie otwiera plików kopii zapasowych: każda kopia otwiera się hasłem, które obowiązywało, gdy ją zrobiono.</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Jak go użyć</translation>
    </message>
    <message>
        <source>Open Recovery Journal and choose “Forgot your passphrase?” under the passphrase box. Type this key, then choose a new passphrase: your journal opens just as you left it. On the command line: recovery-journal reset-passphrase.</source>
        <translation>Otwórz Recovery Journal i wybierz „Nie pamiętasz hasła?” pod polem hasła. Wpisz ten klucz, a potem wybierz nowe hasło: dziennik otworzy się dokładnie taki, jaki był. W wierszu poleceń: recovery-journal reset-passphrase.</translation>
    </message>
    <message>
        <source>Keep it like a passport</source>
        <translation>Trzymaj go jak paszport</translation>
    </message>
    <message>
        <source>Anyone who has this sheet and your journal folder can read your journal. Keep it somewhere private, away from the computer. If someone may have seen it, make a new key in Settings: this sheet then stops working.</source>
        <translation>Każdy, kto ma ten arkusz i folder twojego dziennika, może przeczytać dziennik. Trzymaj go w prywatnym miejscu, z dala od komputera. Jeśli ktoś mógł go zobaczyć, utwórz nowy klucz w Ustawieniach: ten arkusz przestanie wtedy działać.</translation>
    </message>
    <message>
        <source>If both are lost</source>
        <translation>Jeśli zginie jedno i drugie</translation>
    </message>
    <message>
        <source>If you lose both your passphrase and this sheet, nobody can open your journal: not you, not us, not anyone. Your writing stays private, but it cannot be brought back. While you still know your passphrase, you can make a new sheet in Settings at any time.</source>
        <translation>Jeśli zginie i hasło, i ten arkusz, nikt nie otworzy twojego dziennika: ani ty, ani my, ani nikt inny. Twoje zapiski pozostaną prywatne, ale nie da się ich odzyskać. Dopóki pamiętasz hasło, w każdej chwili możesz utworzyć nowy arkusz w Ustawieniach.</translation>
    </message>
    <message>
        <source>Where I keep this sheet:</source>
        <translation>Gdzie trzymam ten arkusz:</translation>
    </message>
    <message>
        <source>Recovery Journal. If this page is a file on a computer, print it, then delete the file.</source>
        <translation>Recovery Journal. Jeśli ta strona jest plikiem na komputerze, wydrukuj ją, a potem usuń plik.</translation>
    </message>
    <message>
        <source>Recovery Journal recovery key</source>
        <translation>Klucz odzyskiwania do Recovery Journal</translation>
    </message>
</context>
<context>
    <name>reminder</name>
    <message>
        <source>Recovery Journal</source>
        <translation>Recovery Journal</translation>
    </message>
    <message>
        <source>A gentle reminder: a good moment to check in with yourself, if you would like to.</source>
        <translation>Delikatne przypomnienie: dobry moment, by sprawdzić, jak się czujesz, jeśli masz ochotę.</translation>
    </message>
</context>
<context>
    <name>safety_plan</name>
    <message>
        <source>Signs that a hard time may be coming</source>
        <translation>Sygnały, że może nadchodzić trudny czas</translation>
    </message>
    <message>
        <source>For example: not sleeping, skipping meetings, carrying cash again.</source>
        <translation>Na przykład: brak snu, opuszczanie mityngów, znowu gotówka w kieszeni.</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Co mogę zrobić samodzielnie</translation>
    </message>
    <message>
        <source>For example: a hot shower, slow breathing, a walk, writing it down.</source>
        <translation>Na przykład: gorący prysznic, powolny oddech, spacer, zapisanie tego.</translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation>Ludzie i miejsca, które odwracają moją uwagę</translation>
    </message>
    <message>
        <source>For example: the recovery café, my sister&apos;s, the library.</source>
        <translation>Na przykład: kawiarnia dla osób zdrowiejących, u siostry, biblioteka.</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Osoby, które mogę poprosić o pomoc</translation>
    </message>
    <message>
        <source>For example: my sponsor, a friend from group, my brother.</source>
        <translation>Na przykład: mój sponsor, znajomy z grupy, mój brat.</translation>
    </message>
    <message>
        <source>Professionals and services</source>
        <translation>Specjaliści i instytucje</translation>
    </message>
    <message>
        <source>For example: my keyworker, my GP, the drug service&apos;s duty line.</source>
        <translation>Na przykład: mój terapeuta, mój lekarz rodzinny, dyżurny telefon poradni.</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Bezpieczniejsze otoczenie</translation>
    </message>
    <message>
        <source>For example: my bank card with someone I trust, no cash in the flat.</source>
        <translation>Na przykład: moja karta u zaufanej osoby, żadnej gotówki w mieszkaniu.</translation>
    </message>
    <message>
        <source>My reasons</source>
        <translation>Moje powody</translation>
    </message>
    <message>
        <source>For example: my kids, waking up with a clear head.</source>
        <translation>Na przykład: moje dzieci, budzenie się z jasną głową.</translation>
    </message>
    <message>
        <source>I do not have a naloxone kit at the moment. Drug services give them out free.</source>
        <translation>Nie mam teraz zestawu z naloksonem. Poradnie uzależnień wydają je bezpłatnie.</translation>
    </message>
    <message>
        <source>I have a naloxone kit. It expires on {date}.</source>
        <translation>Mam zestaw z naloksonem. Jest ważny do {date}.</translation>
    </message>
    <message>
        <source>I have a naloxone kit.</source>
        <translation>Mam zestaw z naloksonem.</translation>
    </message>
    <message>
        <source>Updated {date}</source>
        <translation>Zaktualizowano {date}</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mój plan bezpieczeństwa</translation>
    </message>
    <message>
        <source>In an emergency, or if someone may have overdosed, call 999, stay with them and give naloxone if you have it.</source>
        <translation>W nagłym wypadku albo jeśli ktoś mógł przedawkować, dzwoń pod 999, zostań z tą osobą i podaj nalokson, jeśli go masz.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>Your passphrase is changed: use the new one next time. Your recovery key still works.</source>
        <translation>Hasło zostało zmienione: następnym razem użyj nowego. Klucz odzyskiwania nadal działa.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Move to the next or the previous control</source>
        <translation>Przejdź do następnego lub poprzedniego elementu</translation>
    </message>
    <message>
        <source>Open the chosen entry in a list</source>
        <translation>Otwórz wybrany wpis na liście</translation>
    </message>
    <message>
        <source>Delete the chosen entry (Ctrl+Z puts it back)</source>
        <translation>Usuń wybrany wpis (Ctrl+Z go przywróci)</translation>
    </message>
    <message>
        <source>Change the chosen line of a list in your plan</source>
        <translation>Zmień wybraną linijkę listy w twoim planie</translation>
    </message>
    <message>
        <source>Move the chosen line of a list up or down</source>
        <translation>Przesuń wybraną linijkę listy w górę lub w dół</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Szukaj w dzienniku</translation>
    </message>
    <message>
        <source>Show or hide the passphrase you are typing</source>
        <translation>Pokaż lub ukryj wpisywane hasło</translation>
    </message>
    <message>
        <source>Close a dialog, or leave the hard-time view</source>
        <translation>Zamknij okno dialogowe albo wyjdź z widoku trudnej chwili</translation>
    </message>
    <message>
        <source>With a menu&apos;s underlined letter: open that menu</source>
        <translation>Z podkreśloną literą menu: otwórz to menu</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({length})</source>
        <translation>{date} ({length})</translation>
    </message>
    <message>
        <source>{start} – {end} ({length})</source>
        <translation>{start} – {end} ({length})</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>Shared by choice</source>
        <translation>Udostępnione z wyboru</translation>
    </message>
    <message>
        <source>Recovery Journal summary</source>
        <translation>Podsumowanie z Recovery Journal</translation>
    </message>
    <message>
        <source>{checkins} on {days} of {period}. Each average is over the check-ins that answered it (hope {hope}, mood {mood}, craving {craving}), on a scale of 0 to 10.</source>
        <translation>{checkins} w {days} z {period}. Każda średnia liczona jest z wpisów, w których na nią odpowiedziano (nadzieja {hope}, nastrój {mood}, głód {craving}), w skali od 0 do 10.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-ins</source>
        <translation>
            <numerusform>%Ln wpis</numerusform>
            <numerusform>%Ln wpisy</numerusform>
            <numerusform>%Ln wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>On {count} of {period} I spent time with someone in recovery.</source>
        <translation>W {count} z {period} był czas z kimś, kto też zdrowieje.</translation>
    </message>
    <message>
        <source>{measure} {value}</source>
        <translation>{measure} {value}</translation>
    </message>
    <message>
        <source>time with someone in recovery</source>
        <translation>czas z kimś, kto też zdrowieje</translation>
    </message>
    <message>
        <source>Check-in · {when}</source>
        <translation>Samopoczucie · {when}</translation>
    </message>
    <message>
        <source>{heading} · {answers}</source>
        <translation>{heading} · {answers}</translation>
    </message>
    <message>
        <source>What I did: {response}</source>
        <translation>Moja reakcja: {response}</translation>
    </message>
    <message>
        <source>Trigger · {when} · {category}, strength {strength}, {outcome}</source>
        <translation>Wyzwalacz · {when} · {category}, siła {strength}, {outcome}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wstrzymany</translation>
    </message>
    <message>
        <source>done</source>
        <translation>osiągnięty</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln steps done</source>
        <translation>
            <numerusform>zrobione: {done} z %Ln kroku</numerusform>
            <numerusform>zrobione: {done} z %Ln kroków</numerusform>
            <numerusform>zrobione: {done} z %Ln kroków</numerusform>
        </translation>
    </message>
    <message>
        <source>next: {step}</source>
        <translation>dalej: {step}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>do {date}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln goals done ({active} active, {paused} paused).</source>
        <translation>
            <numerusform>Osiągnięte cele: {done} z %Ln (aktywne: {active}, wstrzymane: {paused}).</numerusform>
            <numerusform>Osiągnięte cele: {done} z %Ln (aktywne: {active}, wstrzymane: {paused}).</numerusform>
            <numerusform>Osiągnięte cele: {done} z %Ln (aktywne: {active}, wstrzymane: {paused}).</numerusform>
        </translation>
    </message>
    <message>
        <source>If {if_part}, then {then_part}.</source>
        <translation>Jeśli {if_part}, to {then_part}.</translation>
    </message>
    <message>
        <source>If {if_part}…</source>
        <translation>Jeśli {if_part}…</translation>
    </message>
    <message>
        <source>Then {then_part}.</source>
        <translation>Wtedy {then_part}.</translation>
    </message>
    <message>
        <source>No BARC-10 answered yet.</source>
        <translation>Nie ma jeszcze odpowiedzi BARC-10.</translation>
    </message>
    <message>
        <source>{score} of {most} on {date}</source>
        <translation>{score} z {most}, {date}</translation>
    </message>
    <message>
        <source>no change since {date}</source>
        <translation>bez zmian od {date}</translation>
    </message>
    <message>
        <source>{change} since {date} ({score})</source>
        <translation>{change} od {date} ({score})</translation>
    </message>
    <message>
        <source>{statement} ({answer})</source>
        <translation>{statement} ({answer})</translation>
    </message>
    <message>
        <source>Highest:</source>
        <translation>Najwyżej:</translation>
    </message>
    <message>
        <source>Every answer counts; a keyworker can talk through any of them.</source>
        <translation>Każda odpowiedź się liczy; z terapeutą można omówić każdą z nich.</translation>
    </message>
    <message numerus="yes">
        <source>used on {used} of %Ln days (answered on {answered})</source>
        <translation>
            <numerusform>użycie w {used} z %Ln dnia (odpowiedzi: {answered})</numerusform>
            <numerusform>użycie w {used} z %Ln dni (odpowiedzi: {answered})</numerusform>
            <numerusform>użycie w {used} z %Ln dni (odpowiedzi: {answered})</numerusform>
        </translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>No use answers in this period.</source>
        <translation>W tym okresie nie ma odpowiedzi o używaniu.</translation>
    </message>
    <message>
        <source>The use record is not switched on.</source>
        <translation>Zapis używania nie jest włączony.</translation>
    </message>
    <message>
        <source>Days used in each week, laid out like the Treatment Outcomes Profile: my own record, not the official form.</source>
        <translation>Dni z użyciem w każdym tygodniu, ułożone jak w Treatment Outcomes Profile: mój własny zapis, nie oficjalny formularz.</translation>
    </message>
    <message>
        <source>No safety plan written yet.</source>
        <translation>Nie ma jeszcze planu bezpieczeństwa.</translation>
    </message>
    <message>
        <source>I have a safety plan, updated {date}.</source>
        <translation>Mam plan bezpieczeństwa, zaktualizowany {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, keyworker and period</source>
        <translation>Imię, terapeuta i okres</translation>
    </message>
    <message>
        <source>Hope, mood and craving</source>
        <translation>Nadzieja, nastrój i głód</translation>
    </message>
    <message>
        <source>Time with others in recovery</source>
        <translation>Czas z innymi, którzy też zdrowieją</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Wyzwalacze</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Wdzięczność</translation>
    </message>
    <message>
        <source>Support network</source>
        <translation>Sieć wsparcia</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>O czym chcę porozmawiać</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Moje cele</translation>
    </message>
    <message>
        <source>My if-then plans</source>
        <translation>Moje plany „jeśli – to”</translation>
    </message>
    <message>
        <source>Recovery capital (BARC-10)</source>
        <translation>Kapitał zdrowienia (BARC-10)</translation>
    </message>
    <message>
        <source>My use record</source>
        <translation>Mój zapis używania</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mój plan bezpieczeństwa</translation>
    </message>
    <message>
        <source>Journal entries I ticked</source>
        <translation>Zaznaczone wpisy z dziennika</translation>
    </message>
    <message>
        <source>Space for notes from our session</source>
        <translation>Miejsce na notatki z naszego spotkania</translation>
    </message>
    <message>
        <source>Got through it</source>
        <translation>Udało się</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Częściowo</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Doszło do użycia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Ludzie</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Uczucia</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>Rzeczy</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Pory</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Rówieśnik</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Przyjaciel</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Lekarz rodzinny</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Telefon zaufania</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Nadzieja</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Nastrój</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Głód</translation>
    </message>
</context>
<context>
    <name>summary_pdf</name>
    <message>
        <source>{title} · {period}</source>
        <translation>{title} · {period}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Wydrukowano</translation>
    </message>
    <message>
        <source>Made with Recovery Journal on my own computer. Averages are over the check-ins that answered each scale; changes compare the printed figures with the period of the same length just before.</source>
        <translation>Zrobione w Recovery Journal na moim własnym komputerze. Średnie liczone są z wpisów, w których odpowiedziano na daną skalę; zmiany porównują drukowane liczby z okresem tej samej długości tuż przed nim.</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln meetings)</source>
        <translation>
            <numerusform>{name} (%Ln spotkanie)</numerusform>
            <numerusform>{name} (%Ln spotkania)</numerusform>
            <numerusform>{name} (%Ln spotkań)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln days)</source>
        <translation>
            <numerusform>{name} (%Ln dzień)</numerusform>
            <numerusform>{name} (%Ln dni)</numerusform>
            <numerusform>{name} (%Ln dni)</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins in this period yet.</source>
        <translation>W tym okresie nie ma jeszcze wpisów samopoczucia.</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln days with someone in recovery · average hope {peer} on those days, {other} on the others</source>
        <translation>
            <numerusform>{count} z %Ln dnia z kimś, kto też zdrowieje · średnia nadzieja w te dni: {peer}, w pozostałe: {other}</numerusform>
            <numerusform>{count} z %Ln dni z kimś, kto też zdrowieje · średnia nadzieja w te dni: {peer}, w pozostałe: {other}</numerusform>
            <numerusform>{count} z %Ln dni z kimś, kto też zdrowieje · średnia nadzieja w te dni: {peer}, w pozostałe: {other}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln days I spent time with someone in recovery</source>
        <translation>
            <numerusform>z %Ln dnia był czas z kimś, kto też zdrowieje</numerusform>
            <numerusform>z %Ln dni był czas z kimś, kto też zdrowieje</numerusform>
            <numerusform>z %Ln dni był czas z kimś, kto też zdrowieje</numerusform>
        </translation>
    </message>
    <message>
        <source>Average hope on those days</source>
        <translation>Średnia nadzieja w te dni</translation>
    </message>
    <message>
        <source>Average hope on the other days</source>
        <translation>Średnia nadzieja w pozostałe dni</translation>
    </message>
    <message numerus="yes">
        <source>Who I was with (%Ln group meetings):</source>
        <translation>
            <numerusform>Towarzystwo (%Ln spotkanie grupy):</numerusform>
            <numerusform>Towarzystwo (%Ln spotkania grupy):</numerusform>
            <numerusform>Towarzystwo (%Ln spotkań grupy):</numerusform>
        </translation>
    </message>
    <message>
        <source>Who I was with:</source>
        <translation>Towarzystwo:</translation>
    </message>
    <message>
        <source>No triggers noted in this period.</source>
        <translation>W tym okresie nie zapisano wyzwalaczy.</translation>
    </message>
    <message>
        <source>Triggers noted</source>
        <translation>Zapisane wyzwalacze</translation>
    </message>
    <message>
        <source>Average trigger strength (0–10)</source>
        <translation>Średnia siła (0–10)</translation>
    </message>
    <message>
        <source>{noted}: {count} · {strength}: {average}</source>
        <translation>{noted}: {count} · {strength}: {average}</translation>
    </message>
    <message>
        <source>Most often</source>
        <translation>Najczęściej</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Jak poszło</translation>
    </message>
    <message>
        <source>What helped when I got through it</source>
        <translation>Co pomogło, gdy się udało</translation>
    </message>
    <message>
        <source>No gratitude lists in this period yet.</source>
        <translation>W tym okresie nie ma jeszcze list wdzięczności.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists:</source>
        <translation>
            <numerusform>%Ln lista:</numerusform>
            <numerusform>%Ln listy:</numerusform>
            <numerusform>%Ln list:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gratitude lists in this period. The most recent:</source>
        <translation>
            <numerusform>Listy wdzięczności w tym okresie: %Ln. Ostatnia:</numerusform>
            <numerusform>Listy wdzięczności w tym okresie: %Ln. Ostatnie:</numerusform>
            <numerusform>Listy wdzięczności w tym okresie: %Ln. Ostatnie:</numerusform>
        </translation>
    </message>
    <message>
        <source>No support contacts added yet.</source>
        <translation>Nie dodano jeszcze kontaktów wsparcia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people and groups in my support network</source>
        <translation>
            <numerusform>Osoby i grupy w mojej sieci wsparcia: %Ln</numerusform>
            <numerusform>Osoby i grupy w mojej sieci wsparcia: %Ln</numerusform>
            <numerusform>Osoby i grupy w mojej sieci wsparcia: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Nic jeszcze nie dodano.</translation>
    </message>
    <message>
        <source> … continues in the journal</source>
        <translation> … ciąg dalszy w dzienniku</translation>
    </message>
    <message>
        <source>From my journal, chosen to share</source>
        <translation>Z mojego dziennika, wybrane do udostępnienia</translation>
    </message>
    <message>
        <source>No entries ticked. Tick check-ins or triggers on the Summary page to share them.</source>
        <translation>Nie zaznaczono wpisów. Zaznacz wpisy samopoczucia lub wyzwalacze na stronie Podsumowanie, aby je udostępnić.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries chosen to share: there is no room for them on this page with the other sections; they are in the journal.</source>
        <translation>
            <numerusform>Wpisy wybrane do udostępnienia: %Ln. Nie mieszczą się na tej stronie razem z innymi sekcjami; są w dzienniku.</numerusform>
            <numerusform>Wpisy wybrane do udostępnienia: %Ln. Nie mieszczą się na tej stronie razem z innymi sekcjami; są w dzienniku.</numerusform>
            <numerusform>Wpisy wybrane do udostępnienia: %Ln. Nie mieszczą się na tej stronie razem z innymi sekcjami; są w dzienniku.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no words written)</source>
        <translation>(bez słów)</translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more chosen entries, in the journal</source>
        <translation>
            <numerusform>+ jeszcze %Ln wybrany wpis, w dzienniku</numerusform>
            <numerusform>+ jeszcze %Ln wybrane wpisy, w dzienniku</numerusform>
            <numerusform>+ jeszcze %Ln wybranych wpisów, w dzienniku</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes from our session</source>
        <translation>Notatki z naszego spotkania</translation>
    </message>
    <message>
        <source>The page could not be started (is the file or printer available?).</source>
        <translation>Nie udało się przygotować strony (czy plik lub drukarka są dostępne?).</translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more</source>
        <translation>
            <numerusform>+ jeszcze %Ln</numerusform>
            <numerusform>+ jeszcze %Ln</numerusform>
            <numerusform>+ jeszcze %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No goals written yet.</source>
        <translation>Nie ma jeszcze celów.</translation>
    </message>
    <message>
        <source>No if-then plans written yet.</source>
        <translation>Nie ma jeszcze planów „jeśli – to”.</translation>
    </message>
    <message>
        <source>{score} · {change}</source>
        <translation>{score} · {change}</translation>
    </message>
    <message>
        <source>Daily averages</source>
        <translation>Średnie dzienne</translation>
    </message>
    <message>
        <source>Weekly averages</source>
        <translation>Średnie tygodniowe</translation>
    </message>
    <message>
        <source>Averages per 30 days</source>
        <translation>Średnie z 30 dni</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Wcześniej</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>“Before”: {period}</source>
        <translation>„Wcześniej”: {period}</translation>
    </message>
    <message>
        <source>{substance}: {sentence}</source>
        <translation>{substance}: {sentence}</translation>
    </message>
    <message>
        <source>In the 4 weeks</source>
        <translation>W tych 4 tygodniach</translation>
    </message>
    <message>
        <source>of {answered}</source>
        <translation>z {answered}</translation>
    </message>
    <message>
        <source>Each week: days used, of the days answered.</source>
        <translation>Każdy tydzień: dni z użyciem, spośród dni z odpowiedzią.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Follow my computer</source>
        <translation>Tak jak w komputerze</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Mniejszy</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Większy</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Największy</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>got through it</source>
        <translation>udało się</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>częściowo</translation>
    </message>
    <message>
        <source>used</source>
        <translation>doszło do użycia</translation>
    </message>
    <message>
        <source>Mood {value}</source>
        <translation>Nastrój {value}</translation>
    </message>
    <message>
        <source>Hope {value}</source>
        <translation>Nadzieja {value}</translation>
    </message>
    <message>
        <source>Craving {value}</source>
        <translation>Głód {value}</translation>
    </message>
    <message>
        <source>time with someone in recovery</source>
        <translation>czas z kimś, kto też zdrowieje</translation>
    </message>
    <message>
        <source>Trigger · {category} · intensity {intensity} · {outcome}</source>
        <translation>Wyzwalacz · {category} · siła {intensity} · {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>Grateful for %n things</source>
        <translation>
            <numerusform>Wdzięczność za %n rzecz</numerusform>
            <numerusform>Wdzięczność za %n rzeczy</numerusform>
            <numerusform>Wdzięczność za %n rzeczy</numerusform>
        </translation>
    </message>
    <message>
        <source>To talk about (done)</source>
        <translation>Do omówienia (omówione)</translation>
    </message>
    <message>
        <source>To talk about</source>
        <translation>Do omówienia</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>Next steps towards your goals</source>
        <translation>Następne kroki do twoich celów</translation>
    </message>
    <message>
        <source>Space ticks a step as done; Enter opens its goal</source>
        <translation>Spacja zaznacza krok jako zrobiony; Enter otwiera jego cel</translation>
    </message>
    <message>
        <source>Tick a step when it is done. Open one to see its goal.</source>
        <translation>Zaznacz krok, kiedy jest zrobiony. Otwórz go, by zobaczyć jego cel.</translation>
    </message>
    <message>
        <source>{step} (towards: {goal})</source>
        <translation>{step} (cel: {goal})</translation>
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
        <translation>Odpowiedź dotycząca: {substance}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>{substance} today: no</source>
        <translation>{substance} dziś: nie</translation>
    </message>
    <message>
        <source>{substance} today: yes</source>
        <translation>{substance} dziś: tak</translation>
    </message>
    <message>
        <source>How much (optional)</source>
        <translation>Ile (nieobowiązkowo)</translation>
    </message>
    <message>
        <source>How much {substance}, if you like</source>
        <translation>Ile ({substance}), jeśli chcesz</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear today&apos;s answer about {substance}</source>
        <translation>Wyczyść dzisiejszą odpowiedź dotyczącą: {substance}</translation>
    </message>
    <message>
        <source>Today, did you use…</source>
        <translation>Czy dziś doszło do użycia…</translation>
    </message>
    <message>
        <source>Your own record, for you and your keyworker. No streaks: each day is its own answer.</source>
        <translation>Twój własny zapis, dla ciebie i twojego terapeuty. Bez serii: każdy dzień to osobna odpowiedź.</translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <source>Check in on a few days and you will see how time with others in recovery goes with your hope.</source>
        <translation>Zapisuj samopoczucie przez kilka dni, a zobaczysz, jak czas z innymi, którzy też zdrowieją, łączy się z twoją nadzieją.</translation>
    </message>
    <message>
        <source>You haven&apos;t noted time with someone in recovery in this period. Many people find a meeting or a call lifts their hope.</source>
        <translation>W tym okresie nie ma zapisanego czasu z kimś, kto też zdrowieje. Wiele osób czuje, że mityng albo rozmowa przez telefon dodaje im nadziei.</translation>
    </message>
    <message>
        <source>No check-ins in this period yet. A check-in takes a few seconds on the Today page.</source>
        <translation>W tym okresie nie ma jeszcze wpisów samopoczucia. Taki wpis zajmuje kilka sekund na stronie Dziś.</translation>
    </message>
    <message>
        <source>No triggers logged in this period.</source>
        <translation>W tym okresie nie zapisano wyzwalaczy.</translation>
    </message>
    <message>
        <source>hope averaged {value}</source>
        <translation>nadzieja średnio {value}</translation>
    </message>
    <message>
        <source>mood averaged {value}</source>
        <translation>nastrój średnio {value}</translation>
    </message>
    <message>
        <source>craving averaged {value}</source>
        <translation>głód średnio {value}</translation>
    </message>
    <message>
        <source>hope averaged {value} (the same as the period before)</source>
        <translation>nadzieja średnio {value} (tyle samo co w poprzednim okresie)</translation>
    </message>
    <message>
        <source>mood averaged {value} (the same as the period before)</source>
        <translation>nastrój średnio {value} (tyle samo co w poprzednim okresie)</translation>
    </message>
    <message>
        <source>craving averaged {value} (the same as the period before)</source>
        <translation>głód średnio {value} (tyle samo co w poprzednim okresie)</translation>
    </message>
    <message>
        <source>hope averaged {value} (up {change} on the period before)</source>
        <translation>nadzieja średnio {value} (o {change} więcej niż w poprzednim okresie)</translation>
    </message>
    <message>
        <source>mood averaged {value} (up {change} on the period before)</source>
        <translation>nastrój średnio {value} (o {change} więcej niż w poprzednim okresie)</translation>
    </message>
    <message>
        <source>craving averaged {value} (up {change} on the period before)</source>
        <translation>głód średnio {value} (o {change} więcej niż w poprzednim okresie)</translation>
    </message>
    <message>
        <source>hope averaged {value} (down {change} on the period before)</source>
        <translation>nadzieja średnio {value} (o {change} mniej niż w poprzednim okresie)</translation>
    </message>
    <message>
        <source>mood averaged {value} (down {change} on the period before)</source>
        <translation>nastrój średnio {value} (o {change} mniej niż w poprzednim okresie)</translation>
    </message>
    <message>
        <source>craving averaged {value} (down {change} on the period before)</source>
        <translation>głód średnio {value} (o {change} mniej niż w poprzednim okresie)</translation>
    </message>
    <message numerus="yes">
        <source>From %n check-ins.</source>
        <translation>
            <numerusform>Na podstawie %n wpisu samopoczucia.</numerusform>
            <numerusform>Na podstawie %n wpisów samopoczucia.</numerusform>
            <numerusform>Na podstawie %n wpisów samopoczucia.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scale was answered in this period.</source>
        <translation>W tym okresie nie ma odpowiedzi na żadną skalę.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>In this period {averages}.</source>
        <translation>W tym okresie: {averages}.</translation>
    </message>
    <message numerus="yes">
        <source>You spent time with someone in recovery on %n days of this period.</source>
        <translation>
            <numerusform>Dni w tym okresie z czasem z kimś, kto też zdrowieje: %n.</numerusform>
            <numerusform>Dni w tym okresie z czasem z kimś, kto też zdrowieje: %n.</numerusform>
            <numerusform>Dni w tym okresie z czasem z kimś, kto też zdrowieje: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You checked in on %n other days.</source>
        <translation>
            <numerusform>Pozostałe dni z wpisem samopoczucia: %n.</numerusform>
            <numerusform>Pozostałe dni z wpisem samopoczucia: %n.</numerusform>
            <numerusform>Pozostałe dni z wpisem samopoczucia: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is too few days to compare your hope yet: it takes at least {least} days of each, with hope answered.</source>
        <translation>To jeszcze za mało dni, by porównać nadzieję: potrzeba co najmniej {least} dni każdego rodzaju z odpowiedzią o nadziei.</translation>
    </message>
    <message numerus="yes">
        <source>On the %n days you spent time with someone in recovery, your hope averaged {with_peers}, against {without} on the other days you checked in.</source>
        <translation>
            <numerusform>W %n dniu z kimś, kto też zdrowieje, twoja nadzieja wynosiła średnio {with_peers}, a w pozostałe dni z wpisem samopoczucia {without}.</numerusform>
            <numerusform>W %n dniach z kimś, kto też zdrowieje, twoja nadzieja wynosiła średnio {with_peers}, a w pozostałe dni z wpisem samopoczucia {without}.</numerusform>
            <numerusform>W %n dniach z kimś, kto też zdrowieje, twoja nadzieja wynosiła średnio {with_peers}, a w pozostałe dni z wpisem samopoczucia {without}.</numerusform>
        </translation>
    </message>
    <message>
        <source>When you name who you spent time with on a check-in, you will see here how your hope goes on days with each kind of support, and on days at a group or meeting.</source>
        <translation>Kiedy we wpisie samopoczucia podasz, z kim spędzasz czas, zobaczysz tutaj swoją nadzieję w dni z każdym rodzajem wsparcia i w dni na grupie lub mityngu.</translation>
    </message>
    <message numerus="yes">
        <source>{kind} {hope} (%n days)</source>
        <translation>
            <numerusform>{kind}: {hope} (%n dzień)</numerusform>
            <numerusform>{kind}: {hope} (%n dni)</numerusform>
            <numerusform>{kind}: {hope} (%n dni)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hope on days with each kind of support: {list}.</source>
        <translation>Twoja nadzieja w dni z każdym rodzajem wsparcia: {list}.</translation>
    </message>
    <message>
        <source>On other days with a check-in: {hope}.</source>
        <translation>W pozostałe dni z wpisem samopoczucia: {hope}.</translation>
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
        <translation>
            <numerusform>{substance}: użycie w %n z {days} dni (odpowiedzi: {answered}).</numerusform>
            <numerusform>{substance}: użycie w %n z {days} dni (odpowiedzi: {answered}).</numerusform>
            <numerusform>{substance}: użycie w %n z {days} dni (odpowiedzi: {answered}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n triggers logged.</source>
        <translation>
            <numerusform>Zapisane wyzwalacze: %n.</numerusform>
            <numerusform>Zapisane wyzwalacze: %n.</numerusform>
            <numerusform>Zapisane wyzwalacze: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most often: {kind}.</source>
        <translation>Najczęściej: {kind}.</translation>
    </message>
    <message numerus="yes">
        <source>You got through %n of them without using.</source>
        <translation>
            <numerusform>Bez używania udało się przejść przez %n z nich.</numerusform>
            <numerusform>Bez używania udało się przejść przez %n z nich.</numerusform>
            <numerusform>Bez używania udało się przejść przez %n z nich.</numerusform>
        </translation>
    </message>
    <message>
        <source>What helped most: {list}.</source>
        <translation>Co pomogło najbardziej: {list}.</translation>
    </message>
    <message numerus="yes">
        <source>{kind} %n</source>
        <translation>
            <numerusform>{kind}: %n</numerusform>
            <numerusform>{kind}: %n</numerusform>
            <numerusform>{kind}: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>By kind, most often first: {list}.</source>
        <translation>Według rodzaju, od najczęstszego: {list}.</translation>
    </message>
    <message numerus="yes">
        <source>You got through %n of {total} without using.</source>
        <translation>
            <numerusform>Bez używania udało się przejść przez %n z {total}.</numerusform>
            <numerusform>Bez używania udało się przejść przez %n z {total}.</numerusform>
            <numerusform>Bez używania udało się przejść przez %n z {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly: %n.</source>
        <translation>
            <numerusform>Częściowo: %n.</numerusform>
            <numerusform>Częściowo: %n.</numerusform>
            <numerusform>Częściowo: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used: %n.</source>
        <translation>
            <numerusform>Doszło do użycia: %n.</numerusform>
            <numerusform>Doszło do użycia: %n.</numerusform>
            <numerusform>Doszło do użycia: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>People</source>
        <translation>Ludzie</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Uczucia</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>Rzeczy</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Pory</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Got through it</source>
        <translation>Udało się</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Częściowo</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Doszło do użycia</translation>
    </message>
    <message>
        <source>Emotional support</source>
        <translation>Wsparcie emocjonalne</translation>
    </message>
    <message>
        <source>Practical help</source>
        <translation>Pomoc praktyczna</translation>
    </message>
    <message>
        <source>Information and advice</source>
        <translation>Informacje i porady</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Towarzystwo</translation>
    </message>
    <message>
        <source>At a group or meeting</source>
        <extracomment>Days when the person named a group they went to (AA, NA, SMART Recovery, a recovery café).</extracomment>
        <translation>Na grupie lub mityngu</translation>
    </message>
</context>
</TS>
