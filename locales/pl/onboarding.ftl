onboarding-language = Cześć! Ten bot pomaga władzom Warszawy i lokalnym organizacjom usłyszeć głos osób, które się tu przeprowadziły. W jakim języku wolisz rozmawiać?
onboarding-consent = Czy zgadzasz się, żebyśmy przechowywali Twoje odpowiedzi tak, jak opisano powyżej?
onboarding-consent-option-yes = Tak, zgadzam się
onboarding-consent-option-no = Nie
onboarding-consent-thanks = Dziękujemy! Jeszcze dwa nieobowiązkowe pytania i możemy zaczynać.
onboarding-consent-refused = W porządku. Nie zapisaliśmy niczego poza Twoim „nie”. Jeśli zmienisz zdanie, wyślij /start.
onboarding-migration = Czy masz własne doświadczenie migracji (przeprowadzki do Polski z innego kraju)?
onboarding-migration-option-yes = Tak
onboarding-migration-option-no = Nie
onboarding-district = W której dzielnicy Warszawy mieszkasz (albo spędzasz najwięcej czasu)?
onboarding-district-option-elsewhere = Gdzie indziej
onboarding-done = Gotowe. Dziękujemy!
onboarding-finish-first = Najpierw dokończmy pierwsze kroki – to zajmie minutę.
onboarding-still-right =
    Witaj ponownie! Czy to nadal się zgadza?
    - język: { $language }
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
onboarding-still-right-option-yes = Tak, zgadza się
onboarding-still-right-option-change = Zmień
onboarding-survey-offer = Dziękujemy! Chcesz teraz wypełnić ankietę? Zajmie około 5 minut, a każde pytanie możesz pominąć.
onboarding-survey-option-yes = Tak, zaczynam
onboarding-survey-option-later = Później
