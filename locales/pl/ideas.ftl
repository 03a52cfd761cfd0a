# Zgłaszanie pomysłów i lista własnych pomysłów. Zwracamy się na „Ty”, prosto i życzliwie.

ideas-area = Co i jak możemy zrobić, żeby odpowiedzieć na potrzeby mieszkańców Warszawy? Wybierz obszar, którego dotyczy Twój pomysł.
ideas-option-mine = Moje pomysły
ideas-option-menu = Menu główne
ideas-dimension = W jakiej sferze codziennego życia pomoże Twój pomysł? Możesz to pominąć.
ideas-option-skip = Pomiń
ideas-write =
    Opisz swój pomysł własnymi słowami: co można zrobić i jak? Maksymalnie { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
    Prosimy, nie wpisuj imion, adresów ani numerów telefonów.
ideas-option-cancel = Anuluj
ideas-too-short = To trochę za mało, żeby zrozumieć pomysł. Opisz go w jednym lub dwóch zdaniach.
ideas-too-long =
    Twój pomysł ma { $length } { $length ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }, a limit to { $max }. Prosimy, skróć go trochę.
ideas-masked = Ukryliśmy coś, co wyglądało na numer telefonu albo adres e-mail.
ideas-confirm =
    Oto Twój pomysł:

    { $idea }

    Czy wysłać go organizatorom?
ideas-option-send = Wyślij
ideas-option-rewrite = Napiszę jeszcze raz
ideas-sent = Dziękujemy! Twój pomysł czeka na sprawdzenie: wkrótce przeczyta go ktoś z organizatorów, a po zatwierdzeniu inni będą mogli go ocenić. Jego status znajdziesz w „Moich pomysłach”.
ideas-cancelled = Pomysł nie został wysłany i niczego nie zapisaliśmy.
ideas-rate-limited =
    Dziękujemy za wszystkie pomysły! W ciągu godziny można wysłać najwyżej { $max } { $max ->
        [one] pomysł
        [few] pomysły
        [many] pomysłów
       *[other] pomysłu
    }. Następny wyślesz o { $time }.
ideas-mine =
    { $ideas ->
        [0] Nie masz jeszcze żadnych zgłoszonych pomysłów.
        [one] Twój pomysł:
       *[other] Twoje pomysły ({ $ideas }), od najnowszego:
    }
ideas-mine-item =
    { $idea }
    Status: { $status ->
        [approved] zatwierdzony, inni mogą go już oceniać
        [rejected] nieopublikowany ({ $reason ->
            [duplicate] bardzo podobny pomysł już jest
            [off_topic] nie dotyczy tematu tej rozmowy
            [personal_data] zawierał dane osobowe
            [offensive] naruszał zasady kulturalnej rozmowy
           *[unclear] był trudny do zrozumienia
        })
        [merged] połączony z bardzo podobnym pomysłem
       *[waiting] czeka na sprawdzenie przez organizatorów
    }
ideas-mine-more =
    …i { $ideas } { $ideas ->
        [one] starszy
        [few] starsze
        [many] starszych
       *[other] starszych
    }.
ideas-mine-next = Co chcesz zrobić dalej?
ideas-option-new = Zaproponuj nowy pomysł
