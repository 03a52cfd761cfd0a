rights-privacy-notice =
    Co przechowujemy i dlaczego:
    - Twoje odpowiedzi w ankiecie, Twoje pomysły i oceny – żeby policzyć je razem z odpowiedziami wszystkich innych osób;
    - Twój język, a także – jeśli nam je podasz – informację, czy masz doświadczenie migracji, i Twoją dzielnicę;
    - nie przechowujemy Twojego imienia, numeru telefonu ani nazwy użytkownika w komunikatorze. Organizatorzy widzą tylko wyniki zbiorcze i nigdy nie wiedzą, kto co napisał.
    Firma, do której należy komunikator, technicznie może czytać rozmowy z botami, dlatego prosimy: nie wpisuj imion, adresów ani numerów telefonów.
    W każdej chwili: /mydata pokaże wszystko, co o Tobie przechowujemy, /delete to usunie, a /stop zatrzyma wszystkie wiadomości.
rights-help =
    Co możesz zrobić w każdej chwili:
    /menu – menu główne
    /language – zmiana języka
    /privacy – co przechowujemy i dlaczego
    /mydata – wszystko, co o Tobie przechowujemy
    /delete – usunięcie wszystkich Twoich danych
    /stop – rezygnacja z udziału
    /help – ta lista
    Na Signalu albo w terminalu wystarczy wpisać samo słowo, bez ukośnika – np. help albo pomoc.
rights-language-choose = Wybierz język:
rights-language-changed = Gotowe, od teraz rozmawiamy po polsku.
rights-delete-confirm = Usunąć wszystko, co o Tobie przechowujemy: Twoje odpowiedzi, pomysły i oceny? Tego nie da się cofnąć.
rights-delete-option-yes = Tak, usuń wszystko
rights-delete-option-no = Nie, zostaw
rights-delete-cancelled = Niczego nie usunęliśmy.
rights-deleted = Usunęliśmy wszystko, co o Tobie przechowywaliśmy. Dziękujemy za udział! Jeśli kiedyś znowu napiszesz, zaczniemy od początku.
rights-stopped = Twój udział jest zakończony: nie będziemy już niczego przetwarzać ani wysyłać Ci wiadomości. Twoje wcześniejsze odpowiedzi nadal są liczone, chyba że wyślesz /delete. Jeśli zechcesz wrócić, wyślij /start.
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
    - pozostałe wpisy (odpowiedzi, pomysły, oceny): { $records }
rights-mydata-file = W załączonym pliku znajdziesz to wszystko w pełnej wersji.
