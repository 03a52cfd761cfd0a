rights-privacy-notice =
    Co dzieje się z Twoimi odpowiedziami:
    - Przechowujemy Twój język, odpowiedzi w ankiecie, pomysły i oceny, a jeśli nam je podasz – informację o doświadczeniu migracji i dzielnicę. Znamy Cię tylko po kodzie utworzonym z konta w komunikatorze, nie po imieniu, numerze telefonu ani nazwie użytkownika. Twoje odpowiedzi są więc pseudonimowe (przypisane do tego kodu), a nie anonimowe.
    - Organizatorzy widzą wyniki zbiorcze. Czytają też zgłoszone pomysły i odpowiedzi pisane własnymi słowami – bez imienia ani innych danych o tym, kto je napisał. Z takiej odpowiedzi mogą zrobić pomysł, który ocenią inni.
    - { $messenger ->
        [telegram] Firma Telegram może czytać rozmowy z botami, a osoby prowadzące tego bota czytają to, co tu wysyłasz.
        [signal] Signal szyfruje wiadomości od nadawcy do odbiorcy, ale osoby prowadzące tego bota czytają to, co tu wysyłasz.
       *[other] Osoby prowadzące tego bota czytają to, co tu wysyłasz.
    } Prosimy, nie wpisuj imion, adresów ani numerów telefonów.
    - Przechowujemy odpowiedzi do końca projektu albo do chwili, gdy je usuniesz. Jeśli wypełnisz ankietę ponownie, wcześniejsze odpowiedzi usuniemy po { $days ->
        [one] { $days } dniu
        [few] { $days } dniach
        [many] { $days } dniach
       *[other] { $days } dnia
    }.
    - { $organisation ->
        [none] Bota prowadzą organizatorzy wymienieni w jego opisie
       *[other] Bota prowadzi: { $organisation }
    }{ $contact ->
        [none] .
       *[other] ; kontakt: { $contact }.
    }
    W każdej chwili: /mydata pokaże, co przechowujemy, /delete to usunie, a /stop zatrzyma wszystkie wiadomości.
rights-help =
    Co możesz zrobić w każdej chwili:
    /menu – menu główne
    /language – zmiana języka
    /privacy – co przechowujemy i dlaczego
    /mydata – wszystko, co o Tobie przechowujemy
    /updates – wieści o tym, co dzieje się z pomysłami
    /delete – usunięcie wszystkich Twoich danych
    /stop – rezygnacja z udziału
    /help – ta lista
    { $messenger ->
        [telegram] Polecenia znajdziesz też pod przyciskiem menu albo / obok pola wiadomości.
       *[other] Możesz też wpisać samo słowo, bez ukośnika: pomoc, menu, język, prywatność, moje dane, powiadomienia, usuń, stop.
    }
rights-language-choose = Wybierz język:
rights-language-changed = Gotowe, od teraz rozmawiamy po polsku.
rights-delete-confirm = Usunąć wszystko, co o Tobie przechowujemy: Twoje odpowiedzi, pomysły i oceny? Tego nie da się cofnąć.
rights-delete-option-yes = Tak, usuń wszystko
rights-delete-option-no = Nie, zostaw
rights-delete-cancelled = Niczego nie usunęliśmy.
rights-deleted = Usunęliśmy wszystko, co o Tobie przechowywaliśmy. Dziękujemy za udział! Jeśli kiedyś znowu napiszesz, zaczniemy od początku.
rights-stopped = Twój udział jest zakończony: nie będziemy już wysyłać Ci wiadomości, chyba że do nas napiszesz. Twoje wcześniejsze odpowiedzi nadal są liczone w wynikach zbiorczych, chyba że wyślesz /delete. Jeśli zechcesz wrócić, wyślij /start.
rights-not-participating = Teraz nie bierzesz udziału. Wyślij /start, żeby zacząć, albo /delete, żeby usunąć to, co przechowujemy.
rights-mydata-summary =
    Co o Tobie przechowujemy:
    - język: { $language }
    - zgoda: { $consent ->
        [given] tak
        [refused] nie
        [withdrawn] wycofana
       *[other] jeszcze nieudzielona
    }
    - z nami od { $since }
    - doświadczenie migracji: { $migration ->
        [yes] tak
        [no] nie
        [undisclosed] wolę nie mówić
       *[other] brak odpowiedzi
    }
    - dzielnica: { $district ->
        [elsewhere] gdzie indziej
        [undisclosed] wolę nie mówić
        [none] brak odpowiedzi
       *[other] { $district_name }
    }
    - odpowiedzi w ankiecie: { $answers }, pomysły: { $ideas }, oceny: { $ratings }
    - wiadomości o tym, co dzieje się z pomysłami: { $updates ->
        [yes] tak, na ten czat
        [no] nie
       *[other] brak odpowiedzi
    }
rights-mydata-file = W załączonym pliku znajdziesz to wszystko w pełnej wersji.
rights-stop-confirm = Zatrzymać wszystkie wiadomości od tego bota? Twoje wcześniejsze odpowiedzi nadal będą liczone, chyba że je usuniesz.
rights-stop-option-yes = Tak, zatrzymaj
rights-stop-option-no = Nie, kontynuuj
