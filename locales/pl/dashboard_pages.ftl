# Strony panelu: pomysły, moderacja, kampanie i pliki do pobrania.

# Słowa o pomysłach, wspólne dla stron.
dashboard-status-waiting = Czeka na moderację
dashboard-status-approved = Zatwierdzony
dashboard-status-rejected = Odrzucony
dashboard-status-merged = Połączony
dashboard-source-participant = Zgłoszony na czacie
dashboard-source-survey = Z odpowiedzi w ankiecie
dashboard-source-bank = Bank pomysłów ({ $name })
dashboard-language-unknown = Język nieznany
dashboard-ideas-number = { NUMBER($mean, minimumFractionDigits: 2, maximumFractionDigits: 2) }
dashboard-ideas-off-matrix = Poza matrycą
dashboard-ideas-too-few = Jeszcze za mało ocen ({ $ratings } z { $min })
dashboard-pager-label = Strony listy
dashboard-pager-previous = Poprzednia strona
dashboard-pager-next = Następna strona

# Pomysły.
dashboard-ideas-title = Pomysły
dashboard-ideas-search = Szukaj w treści (w każdym języku)
dashboard-ideas-any = Wszystkie
dashboard-ideas-apply = Pokaż
dashboard-ideas-clear = Wyczyść filtry
dashboard-ideas-found = { $count ->
        [0] Żaden pomysł nie pasuje.
        [one] Pasuje jeden pomysł.
        [few] Pasują { $count } pomysły.
       *[other] Pasuje { $count } pomysłów.
    }
dashboard-ideas-caption = Strona { $page } z { $pages }
dashboard-ideas-column-status = Status
dashboard-ideas-column-source = Źródło

# Jeden pomysł.
dashboard-idea-title = Pomysł { $code }
dashboard-idea-back = Wszystkie pomysły
dashboard-idea-texts = Treść
dashboard-idea-original = (oryginał)
dashboard-idea-facts = O pomyśle
dashboard-idea-merged-into = połączony z { $code }
dashboard-idea-figures = Oceny
dashboard-idea-history = Historia
dashboard-history-when = { $date }, { $time }
dashboard-history-someone = organizator
dashboard-history-proposed = Zgłoszony przez uczestnika na czacie.
dashboard-history-from-survey = Powstał z odpowiedzi uczestnika w ankiecie.
dashboard-history-seeded = Dodany z banku pomysłów ({ $source }).
dashboard-history-approved = Zatwierdzony przez: { $name }.
dashboard-history-rejected = Odrzucony przez: { $name }. Powód: { $why }.
dashboard-history-merged-into = Połączony z { $into } przez: { $name }.
dashboard-history-merged-here = Pomysł { $merged } połączony z tym pomysłem przez: { $name }.
dashboard-history-edited = Treść poprawiona przez: { $name }.
dashboard-history-translated = Tłumaczenie ({ $into }) dodane przez: { $name }.
dashboard-history-made = Przyjęty do banku pomysłów przez: { $name }.

# Moderacja.
dashboard-moderation-title = Moderacja
dashboard-moderation-back = Wróć do moderacji
dashboard-moderation-ideas-heading = Pomysły czekające na moderację ({ $count })
dashboard-moderation-ideas-none = Żaden pomysł nie czeka. Dziękujemy!
dashboard-moderation-oldest = Widać { $shown } najstarszych z { $count }; kolejne pojawią się, gdy te zostaną rozpatrzone.
dashboard-moderation-written-in = Język: { $language }
dashboard-moderation-approve = Zatwierdź
dashboard-moderation-reason = Powód odrzucenia
dashboard-moderation-reject = Odrzuć
dashboard-moderation-more = Połącz, popraw lub przetłumacz { $code }
dashboard-moderation-decide = Decyzja
dashboard-moderation-merge-heading = Połącz z zatwierdzonym pomysłem
dashboard-moderation-merge-intro = Jeśli zatwierdzony pomysł mówi już to samo, ten może do niego dołączyć. Oceny, które ten pomysł już ma, nie przechodzą na tamten.
dashboard-moderation-merge-choose = Zatwierdzone pomysły z tego samego obszaru
dashboard-moderation-merge-code = Albo kod dowolnego zatwierdzonego pomysłu
dashboard-moderation-merge = Połącz
dashboard-moderation-edit-heading = Popraw literówki
dashboard-moderation-edit-label = Treść w języku, w którym ją napisano ({ $language })
dashboard-moderation-edit = Zapisz poprawkę
dashboard-moderation-translate-heading = Dodaj tłumaczenie
dashboard-moderation-translate-language = Język
dashboard-moderation-translate-text = Tłumaczenie
dashboard-moderation-translate = Dodaj tłumaczenie
dashboard-moderation-translate-complete = Ten pomysł ma już treść we wszystkich czterech językach.
dashboard-moderation-answers-heading = Odpowiedzi z ankiety do przeczytania ({ $count })
dashboard-moderation-answers-intro = Odpowiedzi z ankiety, własnymi słowami uczestników, bez danych o tym, kto je napisał. Oznacz je jako przeczytane albo przyjmij do banku pomysłów jako zatwierdzony pomysł.
dashboard-moderation-answers-none = Żadna odpowiedź nie czeka na przeczytanie.
dashboard-moderation-week = Napisane w tygodniu od { $day }
dashboard-moderation-mark-read = Oznacz jako przeczytane
dashboard-moderation-area = Obszar nowego pomysłu
dashboard-moderation-make-idea = Zrób z tego pomysł
dashboard-moderation-done-approved = Pomysł { $code } został zatwierdzony: uczestnicy mogą go teraz oceniać.
dashboard-moderation-done-rejected = Pomysł { $code } został odrzucony.
dashboard-moderation-done-merged = Pomysł { $code } został połączony.
dashboard-moderation-done-edited = Treść pomysłu { $code } została poprawiona.
dashboard-moderation-done-translated = Tłumaczenie pomysłu { $code } zostało dodane.
dashboard-moderation-done-read = Odpowiedź została oznaczona jako przeczytana.
dashboard-moderation-done-made = Pomysł { $code } jest w banku pomysłów. Dodaj tłumaczenia, żeby więcej uczestników mogło go przeczytać.
dashboard-moderation-conflict-title = Już rozpatrzone
dashboard-moderation-conflict = W międzyczasie ktoś inny podjął już decyzję w sprawie pomysłu { $code }: jego status to teraz „{ $status }”. Nic nie zostało zmienione.
dashboard-moderation-answer-gone = Ktoś inny przeczytał już tę odpowiedź albo już jej nie ma. Nic nie zostało zmienione.
dashboard-moderation-refused-title = Nie udało się tego zrobić
dashboard-moderation-bad-reason = Wybierz z listy powód odrzucenia. Nic nie zostało zmienione.
dashboard-moderation-bad-target = Nie ma zatwierdzonego pomysłu o takim kodzie. Sprawdź kod albo wybierz pomysł z listy. Nic nie zostało zmienione.
dashboard-moderation-empty-text = Treść jest pusta. Nic nie zostało zmienione.
dashboard-moderation-text-exists = Ten pomysł ma już treść w tym języku. Nic nie zostało zmienione.
dashboard-moderation-bad-language = Wybierz jeden z podanych języków. Nic nie zostało zmienione.
dashboard-moderation-seeded = Ten pomysł pochodzi z pliku banku pomysłów; jego treść poprawia się tam. Nic nie zostało zmienione.
dashboard-moderation-bad-area = Wybierz obszar z listy. Nic nie zostało zmienione.
dashboard-moderation-cannot = Nie udało się tego zrobić. Nic nie zostało zmienione.

# Kampanie.
dashboard-campaigns-title = Kampanie
dashboard-campaigns-intro = Kampania to osobny link do bota na plakat, warsztat albo spotkanie online: osoby, które przez niego dołączą, są liczone w tej kampanii, ale nikt nie jest wymieniany z imienia.
dashboard-campaigns-new-heading = Nowa kampania
dashboard-campaigns-name = Nazwa (na przykład warsztat i jego data)
dashboard-campaigns-create = Utwórz kampanię
dashboard-campaigns-created = Kampania { $code } jest gotowa. Poniżej możesz pobrać jej kod QR na plakat.
dashboard-campaigns-list-heading = Wszystkie kampanie
dashboard-campaigns-none = Nie ma jeszcze żadnej kampanii.
dashboard-campaigns-code = Kod
dashboard-campaigns-start = W każdym komunikatorze wystarczy wysłać
dashboard-campaigns-link = Link do Telegramu
dashboard-campaigns-since = Utworzona
dashboard-campaigns-qr-png = Kod QR kampanii { $code } (PNG)
dashboard-campaigns-qr-svg = Kod QR kampanii { $code } (SVG, do druku)
dashboard-campaigns-without = Bez kampanii: { $people }
dashboard-campaigns-withheld = Dołączyło jeszcze za mało osób, żeby pokazać liczby dla kampanii i nie wskazać nikogo. Pojawią się, gdy dołączy więcej osób (grupy mniejsze niż { $min } nigdy nie są pokazywane).
dashboard-campaigns-withheld-short = jeszcze ukryte
dashboard-campaigns-back = Wróć do kampanii
dashboard-campaigns-refused-title = Nie udało się utworzyć kampanii
dashboard-campaigns-empty-name = Nadaj kampanii nazwę. Nic nie zostało utworzone.

# Pliki do pobrania.
dashboard-downloads-title = Pliki do pobrania
dashboard-downloads-intro = Każdy plik powstaje z aktualnych danych, więc może to potrwać kilka sekund. Żaden nie zawiera niczego, co wskazywałoby na uczestnika.
dashboard-downloads-export-heading = Wszystkie pomysły
dashboard-downloads-export-intro = Każdy pomysł o każdym statusie, z treścią we wszystkich językach, liczbą ocen, średnimi, odchyleniami standardowymi i ćwiartką.
dashboard-downloads-csv = Pomysły jako CSV (ideas.csv)
dashboard-downloads-xlsx = Pomysły jako arkusz (ideas.xlsx)
dashboard-downloads-digest-heading = Pliki podsumowania
dashboard-downloads-digest-intro = Dane od ostatniego podsumowania do teraz, tak jak podają je podsumowanie i polecenie /export na czacie.
dashboard-downloads-workbook = Skoroszyt (XLSX), taki jak wysyła /export
dashboard-downloads-chart = Matryca jako obrazek (PNG)

# Filtry wspólne dla stron potrzeb i matrycy.
dashboard-filter-campaign = Kampania
dashboard-filter-language = Język
dashboard-filter-district = Dzielnica
dashboard-filter-migration = Doświadczenie migracji
dashboard-filter-everyone = Wszyscy

# Matryca.
dashboard-matrix-title = Matryca
dashboard-matrix-how = Każdy punkt to pomysł, umieszczony według średniej jego ocen; im więcej ocen, tym większy punkt. Pomysł trafia na matrycę, gdy ma { $min } { $min ->
        [one] ocenę
        [few] oceny
        [many] ocen
       *[other] oceny
    }; linie przecinają się w punkcie { NUMBER($midpoint, maximumFractionDigits: 1) }. Wskaż pomysł kursorem albo go dotknij, żeby przeczytać jego treść i liczby; kliknij go lub dotknij ponownie, żeby go otworzyć.
dashboard-matrix-campaign-only = Liczą się tu tylko oceny osób, które przyszły przez kampanię „{ $name }”.
dashboard-matrix-campaign-withheld = { $count ->
        [one] Nie pokazujemy tu jednego pomysłu.
       *[other] Nie pokazujemy tu { $count } pomysłów.
    } Pomysł nie trafia na matrycę kampanii, jeśli oceniło go niewiele osób spoza tej kampanii (mniej niż { $min }), bo inaczej ich oceny dałoby się odczytać, porównując wyniki kampanii z wynikami ogólnymi.
dashboard-matrix-campaign-too-small = Nie pokazujemy matrycy kampanii „{ $name }”: przyszło przez nią mniej niż { $min } { $min ->
        [one] osoba
        [few] osoby
       *[other] osób
    } albo ich liczba jest ukryta, żeby nie dało się z niej odczytać mniejszej grupy.
dashboard-matrix-waiting-heading = Jeszcze za mało ocen
dashboard-matrix-waiting-intro = Te pomysły trafią na matrycę, gdy każdy z nich będzie miał { $min } { $min ->
        [one] ocenę
        [few] oceny
        [many] ocen
       *[other] oceny
    }.
dashboard-matrix-waiting-none = Każdy pomysł tutaj ma wystarczająco dużo ocen.

# Potrzeby.
dashboard-needs-title = Potrzeby
dashboard-needs-none = Nikt jeszcze nie odpowiedział na ankietę.
dashboard-needs-respondents = { $count ->
        [one] Na ankietę odpowiedziała jedna osoba.
        [few] Na ankietę odpowiedziały { $count } osoby.
       *[other] Na ankietę odpowiedziało { $count } osób.
    }
dashboard-needs-respondents-group = { $count ->
        [one] W tej grupie na ankietę odpowiedziała jedna osoba.
        [few] W tej grupie na ankietę odpowiedziały { $count } osoby.
       *[other] W tej grupie na ankietę odpowiedziało { $count } osób.
    }
dashboard-needs-suppression = Liczbę mniejszą niż { $min } pokazujemy jako „<{ $min }” i bez paska, żeby nikogo nie dało się rozpoznać.

# Co się stało z zatwierdzonym pomysłem, na jego stronie.
dashboard-outcome-heading = Co stało się z pomysłem
dashboard-outcome-label = Stan
dashboard-outcome-note = Publiczna notka dla osób, które zgłosiły lub oceniły pomysł: co się wydarzy albo dlaczego nie (do { $max } znaków, w języku tej strony)
dashboard-outcome-save = Zapisz i powiadom
dashboard-outcome-translation = Notka w wybranym języku
dashboard-outcome-bad = Wybierz stan z listy. Nic nie zostało zmienione.
dashboard-outcome-too-long = Notka jest za długa: skróć ją do { $max } znaków. Nic nie zostało zmienione.
dashboard-outcome-not-allowed = Stan można ustawić tylko dla zatwierdzonego pomysłu, a przetłumaczyć tylko istniejącą notkę. Nic nie zostało zmienione.
dashboard-history-outcome = Stan zmieniony na „{ $outcome }” przez: { $name }.
dashboard-history-outcome-translated = Notka o stanie ({ $into }) dodana przez: { $name }.
