# Wykresy na stronach dla organizatorów. Nazwy ćwiartek WOW, HOW, NOW i POW zostają bez tłumaczenia.

chart-matrix-title = Pomysły na matrycy
chart-matrix-description =
    { $placed ->
        [one] Na matrycy jest { $placed } pomysł
        [few] Na matrycy są { $placed } pomysły
        [many] Na matrycy jest { $placed } pomysłów
       *[other] Na matrycy jest { $placed } pomysłu
    }: WOW { $wow }, HOW { $how }, NOW { $now }, POW { $pow }. Każdy punkt to pomysł; im większy punkt, tym więcej ocen. Jeszcze za mało ocen: { $unplaced }.
chart-matrix-empty =
    Żaden pomysł nie ma jeszcze dość ocen, żeby trafić na matrycę: każdy potrzebuje co najmniej { $min } { $min ->
        [one] oceny
        [few] ocen
        [many] ocen
       *[other] oceny
    }.
chart-axis-effectiveness = Skuteczność: jak dobrze rozwiązuje problem (1–5)
chart-axis-ease = Łatwość wdrożenia (1–5)
chart-quadrant-wow = skuteczne i łatwe
chart-quadrant-how = skuteczne, ale wymagają czasu i środków
chart-quadrant-now = łatwe, o mniejszym efekcie
chart-quadrant-pow = trudne, o małym efekcie
chart-idea-text =
    { $idea }{ $original ->
        [pl] {" "}(po polsku)
        [uk] {" "}(po ukraińsku)
        [en] {" "}(po angielsku)
        [ru] {" "}(po rosyjsku)
        [und] {" "}(w oryginalnym brzmieniu)
       *[same] {""}
    }
chart-idea-figures =
    Skuteczność { NUMBER($effectiveness, minimumFractionDigits: 2, maximumFractionDigits: 2) } (odch. std. { NUMBER($effectiveness_sd, minimumFractionDigits: 2, maximumFractionDigits: 2) }) · Łatwość { NUMBER($ease, minimumFractionDigits: 2, maximumFractionDigits: 2) } (odch. std. { NUMBER($ease_sd, minimumFractionDigits: 2, maximumFractionDigits: 2) }) · { $ratings ->
        [one] { $ratings } ocena
        [few] { $ratings } oceny
        [many] { $ratings } ocen
       *[other] { $ratings } oceny
    }
chart-idea-figures-one =
    Skuteczność { NUMBER($effectiveness, minimumFractionDigits: 2, maximumFractionDigits: 2) } · Łatwość { NUMBER($ease, minimumFractionDigits: 2, maximumFractionDigits: 2) } · { $ratings ->
        [one] { $ratings } ocena
        [few] { $ratings } oceny
        [many] { $ratings } ocen
       *[other] { $ratings } oceny
    }

chart-means-title = Jak jest trudno w poszczególnych wymiarach
chart-means-description = Średnia odpowiedź w każdym wymiarze, od 1 = bardzo trudno do 5 = bardzo łatwo.
chart-mean-value =
    { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) } ({ $respondents ->
        [one] { $respondents } osoba
        [few] { $respondents } osoby
        [many] { $respondents } osób
       *[other] { $respondents } osoby
    })
chart-difficulty-title = { $dimension }: jak jest trudno
chart-difficulty-description =
    { $respondents ->
        [one] Odpowiedziała { $respondents } osoba
        [few] Odpowiedziały { $respondents } osoby
        [many] Odpowiedziało { $respondents } osób
       *[other] Odpowiedziało { $respondents } osoby
    }; średnia to { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) } (1 = bardzo trudno, 5 = bardzo łatwo).
chart-scale-value =
    { $value ->
        [1] 1 – bardzo trudno
        [5] 5 – bardzo łatwo
       *[other] { $value }
    }
chart-needs-title = { $dimension }: najczęściej wybierane potrzeby
chart-needs-description = Ile osób wybrało każdą z potrzeb.
chart-people =
    { $count ->
        [one] { $count } osoba
        [few] { $count } osoby
        [many] { $count } osób
       *[other] { $count } osoby
    }
chart-small = mniej niż { $min } osób
chart-hidden = { $min } lub więcej osób, ukryte, by nie dało się odczytać mniejszej grupy
chart-withheld = Nie pokazujemy: grupy są zbyt małe.
chart-group-too-small = W tej grupie odpowiedziało mniej niż { $min } osób, więc nic więcej nie pokazujemy, żeby nikogo nie dało się rozpoznać.
