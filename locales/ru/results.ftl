# Что думают другие: матрица на сегодня. Названия квадрантов WOW, HOW, NOW и POW не переводим.

results-empty =
    Пока ни одна идея не набрала достаточно оценок, чтобы попасть на матрицу: каждой нужно не меньше { $min } { $min ->
        [one] оценки
       *[other] оценок
    }. Оцените несколько идей и возвращайтесь поскорее, чтобы узнать, что думают другие!
results-summary =
    Что думают другие — на основе { $ratings } { $ratings ->
        [one] оценки
       *[other] оценок
    }:
    WOW, действенные и простые: { $wow }
    HOW, действенные, но требуют времени и ресурсов: { $how }
    NOW, простые, но с меньшим эффектом: { $now }
    POW, сложные и с малым эффектом: { $pow }
    Пока мало оценок: { $unplaced }
results-idea =
    { $quadrant ->
        [WOW] WOW, действенная и простая:
       *[HOW] HOW, действенная, но требует времени и ресурсов:
    }
    { $idea }{ $original ->
        [pl] {" "}(на польском)
        [uk] {" "}(на украинском)
        [en] {" "}(на английском)
        [ru] {" "}(на русском)
       *[same] {""}
    }
    Решает проблему: { NUMBER($effectiveness, minimumFractionDigits: 1, maximumFractionDigits: 1) } · Лёгкость воплощения: { NUMBER($ease, minimumFractionDigits: 1, maximumFractionDigits: 1) } · { $ratings } { $ratings ->
        [one] оценка
        [few] оценки
        [many] оценок
       *[other] оценки
    }
results-next = Спасибо, что участвуете! Что вы хотите сделать дальше?
results-option-rate = Оценить идеи
results-option-propose = Предложить идею
