# The organiser dashboard: every word its pages show (the figures' own words are the digest's).
dashboard-title = Panel
dashboard-skip = Przejdź do treści
dashboard-nav-label = Strony panelu
dashboard-nav-overview = Przegląd
dashboard-nav-needs = Potrzeby
dashboard-nav-matrix = Matryca
dashboard-nav-ideas = Pomysły
dashboard-nav-moderation = Moderacja
dashboard-nav-campaigns = Kampanie
dashboard-nav-downloads = Pliki do pobrania
dashboard-language-label = Język
dashboard-language-apply = Zmień język
dashboard-signed-in-as = Zalogowano jako { $name }
dashboard-sign-out = Wyloguj się
dashboard-print = Drukuj tę stronę

# Signing in and out.
dashboard-signin-title = Logowanie do panelu
dashboard-signin-intro = Naciśnij przycisk, aby się zalogować. Link działa jeden raz: potem wyślij do bota /dashboard, a dostaniesz nowy.
dashboard-signin-button = Zaloguj się
dashboard-signin-invalid-title = Tego linku nie można już użyć
dashboard-signin-invalid = Każdy link do logowania działa jeden raz, przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    }. Ten został już użyty albo wygasł. Wyślij /dashboard do bota na czacie, a dostaniesz nowy.
dashboard-signed-out-title = Zaloguj się z czatu
dashboard-signed-out = Aby otworzyć panel, wyślij /dashboard do bota na czacie, w którym jesteś organizatorem (albo wybierz „Panel w przeglądarce” w menu organizatora). Bot odpowie linkiem, który Cię zaloguje.
dashboard-signed-out-done = Wylogowano.
dashboard-too-many-title = Chwileczkę
dashboard-too-many = Było zbyt wiele prób logowania. Odczekaj { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    } i otwórz link ponownie; jeśli do tego czasu wygaśnie, wyślij /dashboard, a dostaniesz nowy.
dashboard-refused-title = Nie można przyjąć tego formularza
dashboard-refused = Formularz nie został wysłany z otwartej strony panelu, więc nic nie zmieniono. Wróć, odśwież stronę i spróbuj ponownie.
dashboard-bad-language-title = Ten język jest niedostępny
dashboard-bad-language = Panel mówi po polsku, ukraińsku, angielsku i rosyjsku; wybierz jeden z tych języków. Nic nie zmieniono.
dashboard-not-found-title = Nie znaleziono strony
dashboard-not-found = Takiej strony nie ma albo nie jest jeszcze gotowa. Wybierz stronę z menu.

# Overview.
dashboard-overview-title = Przegląd
dashboard-overview-period = Od ostatniego podsumowania ({ $since }) do teraz ({ $until }).
dashboard-figures-heading = W liczbach
dashboard-figure-participants = Uczestnicy
dashboard-figure-completed = Wypełnione ankiety
dashboard-figure-ratings = Oceny
dashboard-figure-approved = Zatwierdzone pomysły
dashboard-figure-waiting = Pomysły czekające na moderację
dashboard-figure-to-read = Odpowiedzi z ankiety do przeczytania
dashboard-change-since-digest = +{ $count } od ostatniego podsumowania
dashboard-change-proposed = zgłoszone od ostatniego podsumowania: { $count }
dashboard-people-heading = Kto bierze udział
dashboard-column-group = Grupa
dashboard-survey-heading = Co jest trudne
dashboard-survey-scale = Od najtrudniejszego. Średnie odpowiedzi od 1 = bardzo trudno do 5 = bardzo łatwo.
dashboard-column-change = Od ostatniego podsumowania
dashboard-column-needs = Najważniejsze potrzeby (osoby)
dashboard-matrix-heading = Pomysły na matrycy
dashboard-column-quadrant = Ćwiartka
dashboard-column-ideas = Pomysły
dashboard-leading-wow = Czołowe pomysły WOW: skuteczne i łatwe
dashboard-leading-how = Czołowe pomysły HOW: skuteczne, ale wymagają czasu i środków
dashboard-mean = { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }
