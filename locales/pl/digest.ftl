digest-title = Podsumowanie za okres { $since } – { $until }
digest-date = { NUMBER($day, minimumIntegerDigits: 2) }.{ NUMBER($month, minimumIntegerDigits: 2) }.{ NUMBER($year, useGrouping: 0) }
digest-participation = Uczestnicy: łącznie { $total }, nowi w tym okresie: { $new }.
digest-by-language = Według języka: { $cells }
digest-by-campaign = Według kampanii: { $cells }
digest-cell = { $label } { $value }
digest-not-stated = nie podano
digest-no-campaign = bez kampanii
digest-nobody-yet = jeszcze nikt
digest-breakdown-withheld = nie pokazujemy: grupy są zbyt małe
digest-suppression-note = „<{ $min }” oznacza mniej niż { $min } osób; „≥{ $min }” to większa grupa ukryta po to, by z sumy nie dało się odczytać mniejszej.

digest-survey-empty = Ankieta: jeszcze brak odpowiedzi.
digest-survey = Ankiety wypełnione w tym okresie: { $completed }, łącznie: { $total }.
digest-dimensions-heading = Wymiary od najtrudniejszego (1 = bardzo trudno, 5 = bardzo łatwo):
digest-dimension = { $position }. { $dimension }: { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) } ({ $change }; { $respondents ->
    [one] { $respondents } osoba
    [few] { $respondents } osoby
    [many] { $respondents } osób
   *[other] { $respondents } osoby
})
digest-change-new = pierwszy pomiar
digest-change-same = bez zmian od ostatniego podsumowania
digest-change-harder = trudniej o { NUMBER($delta, minimumFractionDigits: 1, maximumFractionDigits: 1) } niż w ostatnim podsumowaniu
digest-change-easier = łatwiej o { NUMBER($delta, minimumFractionDigits: 1, maximumFractionDigits: 1) } niż w ostatnim podsumowaniu
digest-top-needs = Najważniejsze potrzeby: { $needs }
digest-need = { $need } ({ $people })
digest-need-unknown = inna potrzeba

digest-ideas = Pomysły zgłoszone w tym okresie: { $proposed }, zatwierdzone: { $approved }; czekające na moderację: { $waiting }.
digest-ratings = Oceny: łącznie { $ratings }, nowe w tym okresie: { $new }.
digest-matrix = Matryca: WOW { $wow }, HOW { $how }, NOW { $now }, POW { $pow }; za mało ocen: { $unplaced }.
digest-leading-wow = Najlepsze pomysły WOW (skuteczne i łatwe):
digest-leading-how = Najlepsze pomysły HOW (skuteczne, ale wymagają czasu i środków):
digest-idea-line = { $code } ({ $area }): skuteczność { NUMBER($effectiveness, minimumFractionDigits: 1, maximumFractionDigits: 1) }, łatwość { NUMBER($ease, minimumFractionDigits: 1, maximumFractionDigits: 1) }, { $ratings ->
    [one] { $ratings } ocena
    [few] { $ratings } oceny
    [many] { $ratings } ocen
   *[other] { $ratings } oceny
} – { $text }
digest-moved = Zmieniły ćwiartkę: { $ideas }
digest-moved-idea = { $code } { $before } → { $after }
digest-chart-caption = Matryca: każdy punkt to pomysł; im większy punkt, tym więcej ocen.
digest-workbook-caption = Dane w arkuszu: podsumowanie, potrzeby oraz pomysły z ocenami.
digest-chart-title = Pomysły na matrycy
digest-chart-effectiveness = Skuteczność (1–5)
digest-chart-ease = Łatwość wdrożenia (1–5)

workbook-sheet-summary = Podsumowanie
workbook-sheet-needs = Potrzeby
workbook-sheet-ideas = Pomysły
workbook-column-measure = Wskaźnik
workbook-column-value = Wartość
workbook-column-participants = Uczestnicy
workbook-column-dimension = Wymiar
workbook-column-difficulty = Łatwość (średnia, 1 = bardzo trudno, 5 = bardzo łatwo)
workbook-column-respondents = Odpowiedzi
workbook-column-need = Potrzeba
workbook-column-people = Osoby
workbook-column-code = Kod
workbook-column-area = Obszar
workbook-column-idea = Pomysł
workbook-column-ratings = Oceny
workbook-column-effectiveness = Skuteczność (średnia)
workbook-column-effectiveness-sd = Skuteczność (odch. std.)
workbook-column-ease = Łatwość wdrożenia (średnia)
workbook-column-ease-sd = Łatwość wdrożenia (odch. std.)
workbook-column-quadrant = Ćwiartka
workbook-period-since = Okres od
workbook-period-until = Okres do
workbook-participants = Uczestnicy łącznie
workbook-participants-new = Nowi uczestnicy w tym okresie
workbook-completions = Wypełnione ankiety łącznie
workbook-completions-new = Wypełnione ankiety w tym okresie
workbook-ideas-proposed-new = Pomysły zgłoszone w tym okresie
workbook-ideas-approved-new = Pomysły zatwierdzone w tym okresie
workbook-status-waiting = Pomysły czekające na moderację
workbook-status-approved = Pomysły zatwierdzone
workbook-status-rejected = Pomysły odrzucone
workbook-status-merged = Pomysły połączone
workbook-ratings = Oceny łącznie
workbook-ratings-new = Oceny w tym okresie
workbook-quadrant = Pomysły w ćwiartce { $quadrant }
workbook-unplaced = Pomysły z za małą liczbą ocen
workbook-by-language = Według języka
workbook-by-campaign = Według kampanii
workbook-by-district = Według dzielnicy
workbook-by-migration = Według doświadczenia migracji
workbook-migration-yes = Ma doświadczenie migracji
workbook-migration-no = Nie ma doświadczenia migracji
workbook-migration-undisclosed = { option-undisclosed }
workbook-not-enough-ratings = za mało ocen

# Odpowiedzi z ankiety napisane własnymi słowami, czytane przez organizatorów w /review.
digest-texts-to-read = Odpowiedzi pisane własnymi słowami, które czekają na przeczytanie: { $count } (/review).
workbook-texts-to-read = Odpowiedzi z ankiety pisane własnymi słowami, które czekają na przeczytanie
