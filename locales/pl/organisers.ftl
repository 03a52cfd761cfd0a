# Polecenia organizatora jako słowa bez ukośnika (terminal, Signal), oddzielone przecinkami.
command-stats-words = statystyki, statystyka
command-moderate-words = moderacja, moderuj
command-campaign-words = kampania, kampanie
command-digest-words = podsumowanie, zestawienie
command-export-words = eksport, eksportuj
command-dashboard-words = panel

organisers-welcome = Witamy, { $name }! Ten czat należy teraz do organizatora: będzie tu przychodzić podsumowanie, a Ty możesz moderować pomysły, tworzyć linki kampanii i eksportować dane.
organisers-already = Ten czat już należy do organizatora.
organisers-invite-invalid = Tego zaproszenia nie można użyć: jest nieznane, już wykorzystane albo wygasło. Poproś o nowe.
organisers-home = Menu organizatora. Co chcesz zrobić?
organisers-home-option-stats = Statystyki
organisers-home-option-moderate = Moderuj nowe pomysły
organisers-home-option-campaign-new = Nowy link kampanii
organisers-home-option-campaign-list = Kampanie
organisers-home-option-digest = Podsumowanie teraz
organisers-home-option-export = Arkusz teraz
organisers-home-option-dashboard = Panel w przeglądarce
organisers-home-option-close = Zamknij menu
organisers-closed = Menu zamknięte. W każdej chwili możesz wysłać /stats, /moderate, /campaign, /digest, /export lub /dashboard.
organisers-option-back = Wstecz
organisers-reports-unavailable = Nie udało się teraz przygotować podsumowania. Spróbuj ponownie później.

organisers-stats =
    Uczestnicy: łącznie { $participants }, nowi w ostatnich 7 dniach: { $new }.
    Wypełnione ankiety: { $completions }.
    Pomysły: czeka na moderację { $waiting }, zatwierdzone { $approved }, odrzucone { $rejected }, połączone { $merged }.
    Oceny: { $ratings }.

organisers-moderate-none = Żaden pomysł nie czeka na moderację.
organisers-moderate-gone = Ktoś już zmoderował ten pomysł. Przechodzimy do następnego.
organisers-moderate-cannot = Z tym pomysłem nie da się tego zrobić.
organisers-moderate-idea =
    Pomysł { $code } ({ $area }, napisany w języku: { $language }); łącznie czeka { $waiting }:

    { $text }
organisers-moderate-option-approve = Zatwierdź
organisers-moderate-option-reject = Odrzuć
organisers-moderate-option-merge = Połącz z istniejącym pomysłem
organisers-moderate-option-edit = Popraw literówki
organisers-moderate-option-translate = Dodaj tłumaczenie
organisers-moderate-option-skip = Pomiń na razie
organisers-moderate-option-stop = Zakończ moderację
organisers-approved = Pomysł { $code } zatwierdzony: uczestnicy mogą go teraz oceniać.
organisers-rejected = Pomysł { $code } odrzucony.
organisers-merged = Pomysł { $code } połączony z { $into }.
organisers-reject-choose = Dlaczego ten pomysł zostaje odrzucony?
organisers-reason-duplicate = Powtarza istniejący pomysł
organisers-reason-off-topic = Nie na temat
organisers-reason-personal-data = Zawiera dane osobowe
organisers-reason-offensive = Obraźliwy
organisers-reason-unclear = Niejasny
organisers-merge-choose = Który zatwierdzony pomysł mówi to samo? Wybierz go albo wpisz kod dowolnego zatwierdzonego pomysłu.
organisers-merge-unknown = Nie ma zatwierdzonego pomysłu o tym kodzie. Wybierz z listy albo wpisz inny kod.
organisers-edit-prompt = Wyślij poprawiony tekst pomysłu, w języku, w którym został napisany. Popraw tylko literówki: sens musi pozostać taki, jak u autora.
organisers-edited = Tekst poprawiony.
organisers-translate-choose = Na który język?
organisers-translate-prompt = Wyślij tekst pomysłu w tym języku: { $language }.
organisers-translated = Tłumaczenie dodane.
organisers-translate-complete = Ten pomysł ma już tekst w każdym języku.

organisers-campaign-name = Jak nazywa się kampania? Na przykład: „Warsztat na Woli, 12 marca”.
organisers-campaign-created = Kampania „{ $name }” utworzona, kod { $code }. Na Signalu lub w terminalu wystarczy wysłać: { $start }
organisers-campaign-link = Link do Telegramu: { $link }
organisers-campaign-qr = Kod QR na plakaty i stoliki warsztatowe.
organisers-campaign-usage = Wyślij /campaign new i nazwę kampanii albo /campaign list.
organisers-campaign-list-empty = Nie ma jeszcze żadnej kampanii. Utwórz ją poleceniem /campaign new z nazwą.
organisers-campaign-list-withheld = { $count ->
    [one] Jest jedna kampania; wzięło udział zbyt mało osób, by pokazać, ile przyszło przez nią.
    [few] Są { $count } kampanie; wzięło udział zbyt mało osób, by pokazać, ile przyszło przez każdą.
    [many] Jest { $count } kampanii; wzięło udział zbyt mało osób, by pokazać, ile przyszło przez każdą.
   *[other] Jest { $count } kampanii; wzięło udział zbyt mało osób, by pokazać, ile przyszło przez każdą.
}
organisers-campaign-list = Uczestnicy według kampanii (mniej niż { $min } pokazujemy jako „<{ $min }”):
    { $lines }
organisers-campaign-line = { $name } ({ $code }): { $people }
organisers-campaign-line-none = Bez kampanii: { $people }

# Czytanie odpowiedzi z ankiety napisanych własnymi słowami (/review).
command-review-words = przegląd, przeglądaj
organisers-home-option-review = Odpowiedzi z ankiety do przeczytania ({ $count })
organisers-review-none = Żadna odpowiedź z ankiety nie czeka na przeczytanie.
organisers-review-gone = Ktoś już przeczytał tę odpowiedź albo została usunięta. Przechodzimy do następnej.
organisers-review-text =
    Odpowiedź na pytanie „{ $question }”, tydzień od { $week }; łącznie czeka: { $waiting }.

    { $text }
organisers-review-question-removed = pytanie, którego nie ma już w ankiecie
organisers-review-option-read = Oznacz jako przeczytaną
organisers-review-option-idea = Zrób z niej pomysł
organisers-review-option-next = Następna (zostaw nieprzeczytaną)
organisers-review-option-stop = Wróć do menu
organisers-review-marked = Oznaczono jako przeczytaną.
organisers-review-area = Do którego obszaru należy ten pomysł? Trafi do banku pomysłów w tym brzmieniu, od razu zatwierdzony, więc uczestnicy będą mogli go oceniać.
organisers-review-idea-added = Pomysł { $code } ({ $area }) jest już w banku pomysłów i uczestnicy mogą go oceniać. Odpowiedź oznaczono jako przeczytaną.
organisers-review-translate = Dodać tłumaczenie, żeby mogły go ocenić także osoby czytające w innym języku? Wybierz język albo przejdź do następnej odpowiedzi.
organisers-review-option-done = Gotowe, następna odpowiedź

# The dashboard (/dashboard): a one-time sign-in link.
organisers-dashboard-link = Twój link do panelu: { $link }
    Działa jeden raz, przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    }. Otwórz go w przeglądarce i naciśnij „Zaloguj się”. Nie przekazuj go dalej: kto otworzy go pierwszy, zostanie zalogowany jako Ty.
organisers-dashboard-off = Panel jest w tym bocie wyłączony.
