# Ocenianie pomysłów według dwóch pytań z raportu. Zwracamy się na „Ty”.

rating-area = Które pomysły chcesz ocenić? Przy każdym wystarczą dwie odpowiedzi.
rating-option-all = Wszystkie obszary
rating-effectiveness =
    { $idea }

    Jak dobrze ten pomysł rozwiązuje problem?
rating-ease = A jak łatwo go wdrożyć?
rating-option-skip = Pomiń ten pomysł
rating-option-stop = Zakończ
rating-option-next = Następny pomysł
rating-original =
    Tego pomysłu nie przetłumaczono jeszcze na polski, więc pokazujemy go w wersji { $language ->
        [uk] ukraińskiej
        [en] angielskiej
        [ru] rosyjskiej
       *[pl] polskiej
    }.
rating-earlier = Twoja wcześniejsza ocena: { $effectiveness } za to, jak pomysł rozwiązuje problem, i { $ease } za łatwość wdrożenia. Nowa ocena ją zastąpi.
rating-saved =
    Zapisane! Oceniono { $rated } z { $total } { $total ->
        [one] pomysłu
        [few] pomysłów
        [many] pomysłów
       *[other] pomysłu
    }.
rating-changed = Twoja ocena została zmieniona.
rating-withdrawn = Organizatorzy właśnie wycofali ten pomysł, więc idziemy dalej.
rating-resume = Witaj ponownie! Kontynuujemy tam, gdzie była przerwa.
rating-stopped = Twoje oceny są zapisane. Możesz wrócić do oceniania w dowolnej chwili z menu.
rating-review = Oto Twoje oceny, od najstarszej. Wybierz nową ocenę albo pomiń pomysł, żeby zachować poprzednią.
rating-done-all = Wszystkie pomysły mają już Twoją ocenę. Dziękujemy! Nowe pomysły wciąż się pojawiają, więc zaglądaj do nas.
rating-done-area = W tym obszarze nie ma już pomysłów do oceny. Możesz wybrać inny obszar.
rating-done-skipped = To na razie wszystko: zostały tylko pominięte pomysły.
rating-done-none = Nie ma jeszcze pomysłów do oceny. Zajrzyj, proszę, trochę później.
rating-done-reviewed = To już wszystkie Twoje oceny. Dziękujemy!
rating-option-again = Pokaż pominięte pomysły
rating-option-area = Wybierz inny obszar
rating-option-review = Zmień moje oceny
rating-effectiveness-low = wcale nie
rating-effectiveness-high = bardzo dobrze
rating-ease-low = bardzo trudno
rating-ease-high = bardzo łatwo
rating-explain =
    Przy każdym pomyśle są dwa pytania: jak dobrze rozwiązuje problem i jak łatwo go wdrożyć. Na tej podstawie pomysł trafia do jednej z czterech grup:
    - WOW: działa i jest łatwy – do zrobienia najpierw
    - HOW: działa, ale wymaga czasu i pieniędzy – do zaplanowania
    - NOW: łatwy, ale z małym efektem – szybkie zmiany
    - POW: trudny i mało skuteczny – na bok

# Pomysł z odpowiedzi w ankiecie: jego język nie jest znany.
rating-original-unknown = Tego pomysłu nie przetłumaczono jeszcze na polski, więc pokazujemy go w oryginalnym brzmieniu.
