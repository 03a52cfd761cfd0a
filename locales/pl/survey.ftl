# Ankieta empatyczna. Zwracamy się do uczestnika na „Ty”, bez form rodzajowych w czasie przeszłym.

## Przebieg ankiety

survey-intro = Możesz pominąć każde pytanie, przerwać w dowolnej chwili i wrócić później.
survey-progress = { $current } / { $total }
survey-progress-topic = { $current } / { $total } · { $topic }
survey-progress-hint =
    { $progress }
    { $hint }
survey-option-chosen = ✓ { $label }
survey-multi-hint = { $messenger ->
        [telegram] Zaznacz wszystko, co pasuje, a potem wybierz „{ survey-option-done }”.
       *[other] Możesz wybrać kilka odpowiedzi.
    }
survey-option-done = Gotowe
survey-option-skip = Pomiń
survey-option-back = Wstecz
survey-text-hint =
    Napisz własnymi słowami albo pomiń to pytanie. Maksymalnie { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }. Nie wpisuj imion, adresów ani numerów telefonów.
survey-text-too-long =
    Twój tekst ma { $length } { $length ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }, a limit to { $max }. Skróć go, proszę.
survey-summary =
    Oto Twoje odpowiedzi. Wybierz pytanie, żeby zmienić odpowiedź, albo zakończ ankietę.

    { $answers }
survey-summary-item = { $question }: { $answer }
survey-summary-skipped = (pominięte)
survey-option-finish = Zakończ
survey-finished = Dziękujemy, Twoje odpowiedzi są zapisane! Organizatorzy widzą je tylko w wynikach zbiorczych, razem z odpowiedziami innych. Odpowiedzi pisane własnymi słowami czytają bez imienia ani innych danych o autorze. Chcesz zaproponować pomysł albo ocenić pomysły innych?
survey-option-propose-idea = Zaproponuj pomysł
survey-option-rate-ideas = Oceń pomysły innych
survey-option-menu = Menu główne
survey-resume = Witaj ponownie! Kontynuujemy tam, gdzie była przerwa.
survey-retake-confirm = Ta ankieta jest już za Tobą. Chcesz wypełnić ją jeszcze raz? Liczyć się będą tylko najnowsze odpowiedzi.
survey-option-retake = Wypełnij jeszcze raz

## Wymiary integracji

dimension-welfare = Sprawy socjalne: mieszkanie, zdrowie, szkoła
dimension-economic = Sprawy ekonomiczne: praca, dyplomy, rozwój
dimension-legal = Sprawy prawne: dokumenty, urzędy, prawa
dimension-cultural = Kultura: język, wydarzenia, święta
dimension-social = Relacje społeczne: sąsiedzi, wspólnota

## Wspólne

survey-option-undisclosed = Wolę nie mówić
survey-need-other = Coś innego
survey-needs-other-text = Co jeszcze jest dla Ciebie ważne? Napisz krótko.
survey-scale-easy = bardzo łatwo
survey-scale-hard = bardzo trudno
survey-stop-under-16 = Dziękujemy, że chcesz pomóc! Ta ankieta jest dla osób, które mają co najmniej 16 lat, więc tu kończymy. Usunęliśmy wszystko, co już zapisaliśmy. Jeśli coś jest dla Ciebie trudne, możesz bezpłatnie porozmawiać z kimś z Telefonu Zaufania dla Dzieci i Młodzieży: zadzwoń pod numer 116 111, codziennie, o każdej porze. Zamiast Ciebie może wziąć udział ktoś dorosły z Twojej rodziny. Aby zacząć od nowa, wyślij /start.

## Metryczka

survey-profile-age = Ile masz lat?
survey-profile-age-under-16 = Mniej niż 16
survey-profile-age-16-24 = 16–24
survey-profile-age-25-34 = 25–34
survey-profile-age-35-44 = 35–44
survey-profile-age-45-54 = 45–54
survey-profile-age-55-64 = 55–64
survey-profile-age-65-plus = 65 i więcej
survey-profile-time = Od jak dawna mieszkasz w Polsce?
survey-profile-time-under-1 = Krócej niż rok
survey-profile-time-1-2 = 1–2 lata
survey-profile-time-3-5 = 3–5 lat
survey-profile-time-over-5 = Ponad 5 lat

## Socjalny

survey-welfare-difficulty = Ogólnie: jak łatwe są dla Ciebie te sprawy w Warszawie?
survey-welfare-needs = Mieszkanie, zdrowie, wsparcie: co jest dla Ciebie teraz najważniejsze?
survey-welfare-need-housing = Mieszkanie, na które mnie stać
survey-welfare-need-health-care = Lekarz i leczenie
survey-welfare-need-benefits = Świadczenia i zasiłki
survey-welfare-need-school-childcare = Szkoła, przedszkole, żłobek
survey-welfare-need-psychological-help = Pomoc psychologiczna
survey-welfare-need-material-help = Jedzenie, ubrania, rzeczy codzienne
survey-welfare-need-daily-life-info = Wiedza, jak tu wszystko działa

## Ekonomiczny

survey-economic-difficulty = Ogólnie: jak łatwe są dla Ciebie te sprawy w Warszawie?
survey-economic-needs = Praca i rozwój: co jest dla Ciebie teraz najważniejsze?
survey-economic-need-job-matching-skills = Praca zgodna z moimi umiejętnościami
survey-economic-need-diploma-recognition = Uznanie dyplomu i kwalifikacji
survey-economic-need-labour-rights = Prawa pracownika, uczciwa umowa
survey-economic-need-cv-career-help = Pomoc z CV i doradztwo zawodowe
survey-economic-need-further-education = Kursy i dalsza nauka
survey-economic-need-work-experience = Staż lub wolontariat
survey-economic-need-own-business = Własna firma

## Prawny

survey-legal-difficulty = Ogólnie: jak łatwe są dla Ciebie te sprawy w Warszawie?
survey-legal-needs = Dokumenty i prawa: co jest dla Ciebie teraz najważniejsze?
survey-legal-need-residence-work-permits = Karta pobytu, zezwolenie na pracę
survey-legal-need-official-letters = Zrozumienie pism z urzędów
survey-legal-need-free-legal-aid = Bezpłatna pomoc prawna
survey-legal-need-interpreting-offices = Tłumacz w urzędzie
survey-legal-need-registration-documents = PESEL, meldunek, inne dokumenty
survey-legal-need-knowing-rights = Wiedza o moich prawach
survey-legal-need-voting-participation = Prawo głosu, wpływ na miasto

## Kulturowy

survey-cultural-difficulty = Ogólnie: jak łatwe są dla Ciebie te sprawy w Warszawie?
survey-cultural-needs = Język i kultura: co jest dla Ciebie teraz najważniejsze?
survey-cultural-need-learning-polish = Nauka polskiego
survey-cultural-need-events-own-language = Kino, teatr, wydarzenia w moim języku
survey-cultural-need-customs-holidays = Polskie zwyczaje i święta
survey-cultural-need-keeping-own-culture = Zachowanie mojego języka i kultury
survey-cultural-need-sharing-own-culture = Dzielenie się moją kulturą
survey-cultural-need-leisure-activities = Sport, muzyka, taniec, zajęcia
survey-cultural-need-family-events = Wydarzenia dla rodzin z dziećmi

## Społeczny

survey-social-difficulty = Ogólnie: jak łatwe są dla Ciebie te sprawy w Warszawie?
survey-social-needs = Ludzie wokół Ciebie: co jest dla Ciebie teraz najważniejsze?
survey-social-need-meeting-neighbours = Kontakt z sąsiadami
survey-social-need-language-tandems = Wymiana językowa (tandem)
survey-social-need-places-to-meet = Miejsca do spotkań
survey-social-need-discrimination = Ochrona przed dyskryminacją
survey-social-need-belonging = Poczucie, że jestem u siebie
survey-social-need-local-initiatives = Wolontariat i lokalne inicjatywy
survey-social-need-support-network = Ludzie, do których mogę się zwrócić

## Na koniec

survey-help-most = Na koniec: co najbardziej pomogłoby Ci dobrze żyć w Warszawie? Napisz własnymi słowami.

## Nazwy pytań w podsumowaniu

-survey-welfare = Sprawy socjalne
-survey-economic = Sprawy ekonomiczne
-survey-legal = Sprawy prawne
-survey-cultural = Kultura
-survey-social = Relacje społeczne

survey-profile-age-short = Wiek
survey-profile-time-short = Jak długo w Polsce
survey-welfare-difficulty-short = { -survey-welfare } – jak łatwo
survey-welfare-needs-short = { -survey-welfare } – co najważniejsze
survey-welfare-needs-other-short = { -survey-welfare } – własnymi słowami
survey-economic-difficulty-short = { -survey-economic } – jak łatwo
survey-economic-needs-short = { -survey-economic } – co najważniejsze
survey-economic-needs-other-short = { -survey-economic } – własnymi słowami
survey-legal-difficulty-short = { -survey-legal } – jak łatwo
survey-legal-needs-short = { -survey-legal } – co najważniejsze
survey-legal-needs-other-short = { -survey-legal } – własnymi słowami
survey-cultural-difficulty-short = { -survey-cultural } – jak łatwo
survey-cultural-needs-short = { -survey-cultural } – co najważniejsze
survey-cultural-needs-other-short = { -survey-cultural } – własnymi słowami
survey-social-difficulty-short = { -survey-social } – jak łatwo
survey-social-needs-short = { -survey-social } – co najważniejsze
survey-social-needs-other-short = { -survey-social } – własnymi słowami
survey-help-most-short = Co pomogłoby najbardziej
survey-pair =
    { $needs }
    { $scale }
    { $messenger ->
        [telegram] Zaznacz, co pasuje, a potem wybierz liczbę, żeby przejść dalej.
       *[other] Wyślij w jednej wiadomości liczbę od 1 do 5 (jak łatwo) i numery tego, co pasuje, np. 2, 6, 8.
    }
survey-pair-scale-missing = Zapisane. A jak łatwe są dla Ciebie te sprawy, od 1 do 5?
survey-option-next = Dalej
survey-option-keep = Zostaw moją odpowiedź
survey-text-earlier = Twoja odpowiedź: { $answer }
survey-option-my-answers = Zobacz lub zmień odpowiedzi
