# „Powiedzieliście, zrobiliśmy”: co stało się z pomysłami i kto chce o tym wiedzieć.
outcomes-ask =
    Czy możemy dać Ci znać, gdy coś się wydarzy z pomysłami zgłoszonymi lub ocenionymi przez Ciebie? Najwyżej jedna wiadomość dziennie, w Twoim języku. { $messenger ->
        [telegram] Zdanie możesz zmienić w każdej chwili poleceniem /updates.
       *[other] Zdanie możesz zmienić w każdej chwili: napisz „powiadomienia”.
    }
outcomes-option-yes = Tak, dajcie znać
outcomes-option-no = Nie, dziękuję
outcomes-option-back = Wróć
outcomes-saved-yes = Dziękujemy! Napiszemy, gdy pomysł zgłoszony lub oceniony przez Ciebie zostanie zaplanowany, będzie w realizacji, zostanie zrealizowany albo okaże się niemożliwy.
outcomes-saved-no = Dobrze, nie będziemy wysyłać wiadomości o pomysłach. Nadal możesz o nich przeczytać w menu, w części „Co stało się z pomysłami”.
outcomes-current =
    { $answer ->
        [yes] Dostajesz wiadomości, gdy coś dzieje się z pomysłami zgłoszonymi lub ocenionymi przez Ciebie. Zostawić tak?
        [no] Nie dostajesz wiadomości o pomysłach zgłoszonych lub ocenionych przez Ciebie. Chcesz je dostawać?
       *[other] Czy chcesz dostawać wiadomości, gdy coś się wydarzy z pomysłami zgłoszonymi lub ocenionymi przez Ciebie? Najwyżej jedna wiadomość dziennie.
    }
outcomes-name =
    { $outcome ->
        [planned] Zaplanowany
        [in_progress] W realizacji
        [done] Zrealizowany
        [not_possible] Niemożliwy do realizacji
       *[none] Jeszcze bez decyzji
    }
outcomes-item =
    { $idea }{ $idea_original ->
        [pl] {" "}(po polsku)
        [uk] {" "}(po ukraińsku)
        [en] {" "}(po angielsku)
        [ru] {" "}(po rosyjsku)
        [und] {" "}(w oryginalnym brzmieniu)
       *[same] {""}
    }
    { $outcome } ({ $day }): { $note }{ $note_original ->
        [pl] {" "}(po polsku)
        [uk] {" "}(po ukraińsku)
        [en] {" "}(po angielsku)
        [ru] {" "}(po rosyjsku)
       *[same] {""}
    }
outcomes-notice =
    { $ideas ->
        [one] Mamy wieści o pomyśle zgłoszonym lub ocenionym przez Ciebie:
       *[other] Mamy wieści o pomysłach zgłoszonych lub ocenionych przez Ciebie ({ $ideas }):
    }
outcomes-notice-footer =
    Dostajesz te wiadomości, bo chcesz je dostawać. { $messenger ->
        [telegram] Aby je wyłączyć, wyślij /updates.
       *[other] Aby je wyłączyć, napisz „powiadomienia”.
    }
outcomes-reminder =
    Twoja ankieta o codziennym życiu czeka na dokończenie. To tylko kilka minut, a zaczniesz od pytania, na którym ankieta została przerwana: { $messenger ->
        [telegram] wyślij /menu i wybierz „Wypełnij ankietę”.
       *[other] napisz „menu” i wybierz „Wypełnij ankietę”.
    } To jedyne przypomnienie.
outcomes-list = Co stało się z pomysłami, od najnowszych:
outcomes-list-end = Dziękujemy za pomysły i oceny: oto, do czego prowadzą.
outcomes-list-empty = Nie ma jeszcze decyzji w sprawie żadnego pomysłu. Gdy organizatorzy napiszą, co dzieje się z pomysłem, znajdziesz to tutaj.
organisers-home-option-outcome = Co stało się z pomysłem
outcomes-org-idea = O którym pomyśle są wieści? Wybierz go (najpierw te najczęściej oceniane, jeszcze bez decyzji) albo wpisz jego kod.
outcomes-org-outcome =
    { $code }: { $idea }
    Obecnie: { $current }. Jaki jest nowy stan?
outcomes-org-note = Napisz krótką publiczną notkę dla osób, które pomysł zgłosiły lub oceniły (do { $max } znaków): co się wydarzy albo dlaczego nie. Napisz ją w swoim języku; tłumaczenia możesz dodać w następnym kroku.
outcomes-org-note-too-long = Ta notka ma { $length } { $length ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }; skróć ją, proszę, do { $max }.
outcomes-org-saved = Zapisano: pomysł { $code } ma teraz stan „{ $outcome }”. Każda osoba, która go zgłosiła lub oceniła i prosi o wieści, dowie się o tym (najwyżej jedna wiadomość dziennie).
outcomes-org-translate = Dodaj notkę w innym języku, aby więcej osób przeczytało ją w swoim:
outcomes-digest-heading = Pomysły z nową decyzją:
outcomes-digest-line = { $code } – { $outcome }: { $note }
outcomes-workbook-column-outcome = Stan
outcomes-workbook-column-note = Notka o stanie
outcomes-workbook-column-at = Data decyzji
