# Warsztaty na żywo: sala ocenia pomysły na telefonach. Tempo: „together” (prowadzący przechodzi
# z salą od pomysłu do pomysłu) albo „self” (każdy we własnym tempie).
command-workshop-words = warsztat, warsztaty

# Strona uczestnika.
workshop-joined-together = Witamy na warsztacie „{ $name }”! Będziesz oceniać pomysły, o których rozmawia sala, po jednym. Gdy prowadzący przejdzie dalej, na Twoim telefonie pojawi się następny pomysł. Wyjść możesz w każdej chwili, wysyłając /menu. Żeby wrócić, wyślij /start { $code }.
workshop-joined-self = Witamy na warsztacie „{ $name }”! Będziesz oceniać pomysły z warsztatu jeden po drugim, we własnym tempie. Wyjść możesz w każdej chwili, wysyłając /menu. Żeby wrócić, wyślij /start { $code }.
workshop-option-leave = Wyjdź z warsztatu
workshop-wait-together = Następny pomysł pojawi się tutaj, gdy tylko prowadzący go pokaże.
workshop-wait-self = Na razie nie ma więcej pomysłów do oceny. Jeśli pojawią się nowe, zobaczysz je tutaj. Wyniki dostaniesz po zakończeniu warsztatu.
workshop-saved = Zapisane!
workshop-left = Nie uczestniczysz już w warsztacie. Dopóki trwa, możesz wrócić: wyślij /start { $code }.
workshop-ended = Warsztat „{ $name }” już się zakończył. Dziękujemy za zainteresowanie! Tutaj możesz w każdej chwili zgłaszać pomysły i oceniać pomysły innych.
workshop-thanks = Warsztat „{ $name }” zakończył się. Dziękujemy za udział! Twoje oceny trafiają na wspólną matrycę pomysłów, razem z ocenami innych osób.
workshop-result =
    Najlepiej ocenione pomysły z warsztatu:

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
organisers-workshop-qr = Kod QR sali: pokaż go na ekranie albo wydrukuj i połóż na stolikach.
organisers-workshop-none = Teraz nie trwa żaden warsztat.
organisers-workshop-choose = Który warsztat?
organisers-workshop-option-new = Otwórz nowy warsztat
organisers-workshop-gone = Ten warsztat już się zakończył.
organisers-workshop-status =
    Warsztat „{ $name }”, kod { $code }.
    Pomysły: { $ideas }. Uczestnicy: { $joined } (teraz na sali: { $present }).
    { $pace ->
        [together]
            Wszyscy razem, pomysł po pomyśle.
            { $shown ->
                [none] Na ekranach nie ma jeszcze żadnego pomysłu.
               *[other] Teraz na ekranach: { $shown } (ocen: { $rated })
            }
       *[self] Każdy we własnym tempie.
    }
organisers-workshop-option-next = Następny pomysł dla wszystkich
organisers-workshop-option-idea = Dodaj pomysł z sali
organisers-workshop-option-area = Dodaj pomysły z obszaru
organisers-workshop-option-list = Dodaj pomysły według kodów
organisers-workshop-option-pace = { $pace ->
        [together] Przełącz: każdy we własnym tempie
       *[self] Przełącz: wszyscy razem
    }
organisers-workshop-option-close = Zakończ warsztat
organisers-workshop-moved = Następny pomysł trafia na { $people } { $people ->
        [one] telefon
        [few] telefony
        [many] telefonów
       *[other] telefonu
    }.
organisers-workshop-last = Nie ma już kolejnych pomysłów. Dodaj nowe albo zakończ warsztat.
organisers-workshop-paced = { $pace ->
        [together] Teraz wszyscy idą razem: wybierz „Następny pomysł dla wszystkich”, żeby pokazać kolejny pomysł na każdym telefonie.
       *[self] Teraz każdy ocenia pomysły we własnym tempie.
    }
organisers-workshop-area = Z którego obszaru dodać pomysły?
organisers-workshop-list = Wyślij kody pomysłów do dodania, oddzielone spacjami lub przecinkami (na przykład: p12 p15).
organisers-workshop-added = { $count ->
        [0] Nie dodano żadnego pomysłu: są już w warsztacie albo nie znaleziono żadnego.
        [one] Dodano { $count } pomysł do warsztatu.
        [few] Dodano { $count } pomysły do warsztatu.
        [many] Dodano { $count } pomysłów do warsztatu.
       *[other] Dodano { $count } pomysłu do warsztatu.
    }
organisers-workshop-unknown = Nie ma zatwierdzonych pomysłów o tych kodach: { $codes }
organisers-workshop-idea = Wpisz pomysł, który zaproponowała sala. Od razu zostanie zatwierdzony i dodany do warsztatu.
organisers-workshop-idea-empty = Nie ma tu tekstu. Wpisz pomysł albo wybierz „Wstecz”.
organisers-workshop-idea-long =
    Ten pomysł ma { $length } { $length ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }, a limit to { $max }. Skróć go, proszę.
organisers-workshop-idea-added = Pomysł dodany do warsztatu.
organisers-workshop-close = Zakończyć warsztat „{ $name }”? Wszyscy na sali dostaną podziękowanie z wynikami i nikt nie będzie mógł już dołączyć.
organisers-workshop-close-option-yes = Zakończ warsztat
organisers-workshop-closed = Warsztat „{ $name }” zakończony. Zaraz przyjdzie podsumowanie.

# Podsumowanie dla organizatora po zakończeniu warsztatu.
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
workshop-summary-chart = Matryca pomysłów z warsztatu. Liczą się wszystkie ich oceny, także spoza sali.
workshop-summary-workbook = Pomysły z warsztatu i ich wyniki w arkuszu.
workshop-chart-title = Warsztat „{ $name }”
