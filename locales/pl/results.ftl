# Co myślą inni: matryca na dziś. Nazwy ćwiartek WOW, HOW, NOW i POW zostają bez tłumaczenia.

results-empty =
    Żaden pomysł nie ma jeszcze dość ocen, żeby trafić na matrycę: każdy potrzebuje co najmniej { $min } { $min ->
        [one] oceny
        [few] ocen
        [many] ocen
       *[other] oceny
    }. Oceń kilka pomysłów i wróć wkrótce, żeby zobaczyć, co myślą inni!
results-summary =
    Co myślą inni – na podstawie { $ratings } { $ratings ->
        [one] oceny
        [few] ocen
        [many] ocen
       *[other] oceny
    }:
    WOW, skuteczne i łatwe: { $wow }
    HOW, skuteczne, ale wymagają czasu i środków: { $how }
    NOW, łatwe, o mniejszym efekcie: { $now }
    POW, trudne, o małym efekcie: { $pow }
    Jeszcze za mało ocen: { $unplaced }
results-idea =
    { $quadrant ->
        [WOW] WOW, skuteczny i łatwy:
       *[HOW] HOW, skuteczny, ale wymaga czasu i środków:
    }
    { $idea }{ $original ->
        [pl] {" "}(po polsku)
        [uk] {" "}(po ukraińsku)
        [en] {" "}(po angielsku)
        [ru] {" "}(po rosyjsku)
       *[same] {""}
    }
    Rozwiązuje problem: { NUMBER($effectiveness, minimumFractionDigits: 1, maximumFractionDigits: 1) } · Łatwość wdrożenia: { NUMBER($ease, minimumFractionDigits: 1, maximumFractionDigits: 1) } · { $ratings } { $ratings ->
        [one] ocena
        [few] oceny
        [many] ocen
       *[other] oceny
    }
results-next = Dziękujemy, że bierzesz w tym udział! Co chcesz zrobić dalej?
results-option-rate = Oceń pomysły
results-option-propose = Zaproponuj pomysł
