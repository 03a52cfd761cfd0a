# Warsztaty na żywo w panelu: lista, sterowanie dla prowadzącego i strona na rzutnik.
live-nav-workshops = Warsztaty
live-workshops-title = Warsztaty
live-workshops-intro = Na warsztacie ludzie na sali oceniają pomysły na telefonach, a matryca na rzutniku zapełnia się na bieżąco. Otwórz warsztat tutaj albo poleceniem /workshop new na czacie.
live-new-heading = Otwórz warsztat
live-name-label = Nazwa warsztatu (na przykład: Wola, 12 marca)
live-pace-label = Tempo
live-pace = { $pace ->
        [together] Wszyscy razem: prowadzący przechodzi z salą od pomysłu do pomysłu
       *[self] Każdy we własnym tempie: pomysły po kolei, jeden po drugim
    }
live-open-button = Otwórz warsztat
live-list-heading = Wszystkie warsztaty
live-column-name = Warsztat
live-column-code = Kod
live-column-status = Stan
live-status = { $open ->
        [yes] Trwa
       *[no] Zakończony
    }
live-none = Nie otwarto jeszcze żadnego warsztatu.
live-name-missing = Podaj nazwę warsztatu. Nic nie zostało utworzone.
live-pace-unknown = Wybierz jedno z dwóch temp. Nic nie zostało zmienione.
live-area-unknown = Wybierz obszar z listy. Nic nie zostało zmienione.
live-codes-missing = Wpisz kody pomysłów do dodania (na przykład: p12 p15). Nic nie zostało zmienione.
live-idea-empty = Wpisz pomysł, który zaproponowała sala. Nic nie zostało dodane.
live-close-unconfirmed = Aby zakończyć warsztat, najpierw zaznacz pole potwierdzenia. Warsztat nadal trwa.
live-created = Warsztat „{ $name }” otwarty. Dodaj pomysły, które sala będzie oceniać, a potem otwórz stronę na rzutnik.
live-closed = Warsztat „{ $name }” zakończony. Wszyscy na sali dostaną podziękowanie z wynikami. Podsumowanie jest poniżej. Bot wyśle je też do Ciebie na czacie.

# Sterowanie jednym warsztatem.
live-projector-link = Otwórz stronę na rzutnik
live-workshop-intro = Kod sali: { $code }. { $open ->
        [yes] { $pace ->
            [together] Wszyscy idą razem, pomysł po pomyśle.
           *[self] Każdy idzie we własnym tempie.
        }
       *[no] Ten warsztat już się zakończył.
    }
live-now-heading = Na żywo
live-figure-joined = Uczestnicy
live-figure-present = Teraz na sali
live-figure-ideas = Pomysły
live-figure-rated = Oceniło bieżący pomysł
live-current-label = Na ekranach:
live-current-none = Na ekranach nie ma jeszcze żadnego pomysłu.
live-controls-heading = Sterowanie
live-codes-label = Wpisz kody pomysłów, oddzielone spacjami lub przecinkami (na przykład: p12 p15)
live-summary-heading = Podsumowanie
live-summary-file = { $file ->
        [matrix] Matryca pomysłów z warsztatu (obraz, PNG)
       *[ideas] Pomysły z warsztatu i ich wyniki (arkusz, XLSX)
    }
live-ideas-heading = Pomysły w warsztacie
live-column-idea = Pomysł
live-column-ratings = Oceny
live-column-quadrant = Ćwiartka
live-not-enough = Jeszcze za mało ocen (potrzeba co najmniej { $min })
live-ideas-none = W warsztacie nie ma jeszcze pomysłów. Dodaj pomysły z obszaru, według kodów albo pomysł z sali.

# Strona na rzutnik.
live-controls-link = Wróć do sterowania
live-ended = Warsztat się zakończył. Dziękujemy wszystkim!
live-join-heading = Dołącz
live-room-code = Kod sali
live-join-typed = Zeskanuj kod QR telefonem albo wyślij botowi:
live-qr-title = Kod QR, żeby dołączyć do warsztatu. Kod sali: { $code }
live-current-heading = Teraz oceniamy
live-original = oryginał
live-matrix-heading = Pomysły sali na matrycy
live-waiting-heading = Czekają na oceny (każdy pomysł potrzebuje co najmniej { $min })
