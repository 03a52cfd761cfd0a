# Warsztaty na żywo: sala ocenia pomysły na telefonach. Tempo: „together” (prowadzący przechodzi
# z salą od pomysłu do pomysłu) albo „self” (każdy we własnym tempie).
command-workshop-words = warsztat, warsztaty

# Strona uczestnika.
workshop-joined-together = Witamy na warsztacie „{ $name }”! Będziesz oceniać pomysły, o których rozmawia sala, po jednym: każde pytanie pojawi się na Twoim telefonie, gdy prowadzący przejdzie dalej. W każdej chwili możesz wyjść przez /menu i wrócić z kodem { $code }.
workshop-joined-self = Witamy na warsztacie „{ $name }”! Będziesz oceniać pomysły z warsztatu jeden po drugim, we własnym tempie. W każdej chwili możesz wyjść przez /menu i wrócić z kodem { $code }.
workshop-option-leave = Wyjdź z warsztatu
workshop-wait-together = Dziękujemy! Następny pomysł pojawi się tutaj, gdy tylko prowadzący przejdzie dalej.
workshop-wait-self = Na razie oceniono wszystkie pomysły z warsztatu. Jeśli sala doda nowy, pojawi się tutaj. Wyniki na koniec.
workshop-saved = Zapisane!
workshop-left = Jesteś już poza warsztatem. Żeby wrócić, póki trwa, wyślij /start { $code }.
workshop-ended = Warsztat „{ $name }” już się zakończył. Dziękujemy za zainteresowanie! Tutaj w każdej chwili możesz dzielić się pomysłami i oceniać pomysły innych.
workshop-thanks = Warsztat „{ $name }” się zakończył. Dziękujemy za udział: Twoje oceny liczą się na matrycy pomysłów razem z ocenami wszystkich innych.
workshop-result =
    Co sala uznała za najbardziej obiecujące:

    { $ideas }
workshop-result-none = Żaden pomysł nie ma jeszcze dość ocen, żeby trafić na matrycę: każdy potrzebuje co najmniej { $min } { $min ->
        [one] oceny
        [few] ocen
        [many] ocen
       *[other] oceny
    }. Organizatorzy podzielą się wynikami później.

# Strona organizatora.
organisers-home-option-workshop = Warsztat na żywo
organisers-workshop-usage = Wyślij /workshop new i nazwę warsztatu albo /workshop, żeby zobaczyć trwające warsztaty.
organisers-workshop-name = Jak nazywa się warsztat? Na przykład: „Wola, 12 marca”.
organisers-workshop-created = Warsztat „{ $name }” otwarty. Kod sali: { $code }. Na Signalu lub w terminalu wystarczy wysłać: { $start }
organisers-workshop-qr = Kod QR sali: pokaż go na ekranie albo wydrukuj na stoliki.
organisers-workshop-none = Teraz nie trwa żaden warsztat.
organisers-workshop-choose = Który warsztat?
organisers-workshop-option-new = Otwórz nowy warsztat
organisers-workshop-gone = Ten warsztat został już zamknięty.
organisers-workshop-status =
    Warsztat „{ $name }”, kod { $code }, { $pace ->
        [together] wszyscy razem
       *[self] każdy we własnym tempie
    }.
    Pomysły: { $ideas }. Dołączyło: { $joined }, teraz na sali: { $present }.
    { $shown ->
        [none] Na ekranach nie ma jeszcze żadnego pomysłu.
       *[other] Teraz na ekranach: { $shown } (ocen: { $rated })
    }
organisers-workshop-option-next = Następny pomysł dla wszystkich
organisers-workshop-option-idea = Dodaj pomysł z sali
organisers-workshop-option-area = Dodaj pomysły z obszaru
organisers-workshop-option-list = Dodaj pomysły po kodach
organisers-workshop-option-pace = { $pace ->
        [together] Przełącz na własne tempo
       *[self] Przełącz na wszyscy razem
    }
organisers-workshop-option-close = Zamknij warsztat
organisers-workshop-moved = Następny pomysł trafia na { $people } { $people ->
        [one] telefon
        [few] telefony
        [many] telefonów
       *[other] telefonu
    }.
organisers-workshop-last = To był ostatni pomysł warsztatu. Dodaj kolejny albo zamknij warsztat.
organisers-workshop-paced = { $pace ->
        [together] Sala przechodzi teraz razem: naciśnij „Następny pomysł dla wszystkich”, żeby pokazać pomysł na każdym telefonie.
       *[self] Teraz każdy przechodzi przez pomysły we własnym tempie.
    }
organisers-workshop-area = Pomysły z którego obszaru ma ocenić sala?
organisers-workshop-list = Wyślij kody pomysłów do dodania, oddzielone spacjami lub przecinkami (na przykład: p12 p15).
organisers-workshop-added = { $count ->
        [0] Nie dodano nowych pomysłów: już są w warsztacie albo nie ma żadnych.
        [one] Dodano { $count } pomysł do warsztatu.
        [few] Dodano { $count } pomysły do warsztatu.
        [many] Dodano { $count } pomysłów do warsztatu.
       *[other] Dodano { $count } pomysłu do warsztatu.
    }
organisers-workshop-unknown = Żaden zatwierdzony pomysł nie ma tych kodów: { $codes }
organisers-workshop-idea = Zapisz pomysł, który zaproponowała sala. Zostanie od razu zatwierdzony i dodany do warsztatu.
organisers-workshop-idea-empty = Pomysł jest pusty. Zapisz go albo wróć.
organisers-workshop-idea-long = To { $length } znaków, a pomysł może mieć najwyżej { $max }. Skróć go, proszę.
organisers-workshop-idea-added = Pomysł dodany do warsztatu.
organisers-workshop-close = Zamknąć warsztat „{ $name }”? Wszyscy na sali dostaną podziękowanie z wynikami i nikt nie będzie mógł już dołączyć.
organisers-workshop-close-option-yes = Zamknij warsztat
organisers-workshop-closed = Warsztat „{ $name }” zamknięty. Zaraz przyjdzie podsumowanie.

# Podsumowanie dla organizatora po zamknięciu warsztatu.
workshop-summary =
    Warsztat „{ $name }” ({ $code }): { $joined } { $joined ->
        [one] osoba dołączyła
        [few] osoby dołączyły
        [many] osób dołączyło
       *[other] osoby dołączyło
    }, { $ideas } { $ideas ->
        [one] pomysł
        [few] pomysły
        [many] pomysłów
       *[other] pomysłu
    }, { $ratings } { $ratings ->
        [one] ocena
        [few] oceny
        [many] ocen
       *[other] oceny
    } z sali.
    WOW: { $wow }, HOW: { $how }, NOW: { $now }, POW: { $pow }, za mało ocen: { $unplaced }.
workshop-summary-chart = Pomysły warsztatu na matrycy, ze wszystkimi ocenami.
workshop-summary-workbook = Pomysły warsztatu z liczbami, w arkuszu.
workshop-chart-title = Warsztat „{ $name }”
