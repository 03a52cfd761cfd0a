# Диаграммы на страницах для организаторов. Названия квадрантов WOW, HOW, NOW и POW не переводим.

chart-matrix-title = Идеи на матрице
chart-matrix-description =
    { $placed ->
        [one] На матрице { $placed } идея
        [few] На матрице { $placed } идеи
        [many] На матрице { $placed } идей
       *[other] На матрице { $placed } идеи
    }: WOW { $wow }, HOW { $how }, NOW { $now }, POW { $pow }. Каждая точка — идея; чем больше точка, тем больше оценок. Пока мало оценок: { $unplaced }.
chart-matrix-empty =
    Пока ни одна идея не набрала достаточно оценок, чтобы попасть на матрицу: каждой нужно не меньше { $min } { $min ->
        [one] оценки
       *[other] оценок
    }.
chart-axis-effectiveness = Действенность: насколько решает проблему (1–5)
chart-axis-ease = Лёгкость воплощения (1–5)
chart-quadrant-wow = действенные и простые
chart-quadrant-how = действенные, но требуют времени и ресурсов
chart-quadrant-now = простые, но с меньшим эффектом
chart-quadrant-pow = сложные и с малым эффектом
chart-idea-text =
    { $idea }{ $original ->
        [pl] {" "}(на польском)
        [uk] {" "}(на украинском)
        [en] {" "}(на английском)
        [ru] {" "}(на русском)
        [und] {" "}(на языке оригинала)
       *[same] {""}
    }
chart-idea-figures =
    Действенность { NUMBER($effectiveness, minimumFractionDigits: 2, maximumFractionDigits: 2) } (станд. откл. { NUMBER($effectiveness_sd, minimumFractionDigits: 2, maximumFractionDigits: 2) }) · Лёгкость { NUMBER($ease, minimumFractionDigits: 2, maximumFractionDigits: 2) } (станд. откл. { NUMBER($ease_sd, minimumFractionDigits: 2, maximumFractionDigits: 2) }) · { $ratings ->
        [one] { $ratings } оценка
        [few] { $ratings } оценки
        [many] { $ratings } оценок
       *[other] { $ratings } оценки
    }
chart-idea-figures-one =
    Действенность { NUMBER($effectiveness, minimumFractionDigits: 2, maximumFractionDigits: 2) } · Лёгкость { NUMBER($ease, minimumFractionDigits: 2, maximumFractionDigits: 2) } · { $ratings ->
        [one] { $ratings } оценка
        [few] { $ratings } оценки
        [many] { $ratings } оценок
       *[other] { $ratings } оценки
    }

chart-means-title = Насколько трудно в каждом измерении
chart-means-description = Средний ответ в каждом измерении, от 1 = очень трудно до 5 = очень легко.
chart-mean-value =
    { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) } ({ $respondents ->
        [one] { $respondents } человек
        [few] { $respondents } человека
        [many] { $respondents } человек
       *[other] { $respondents } человека
    })
chart-difficulty-title = { $dimension }: насколько трудно
chart-difficulty-description =
    { $respondents ->
        [one] Ответил { $respondents } человек
        [few] Ответили { $respondents } человека
        [many] Ответили { $respondents } человек
       *[other] Ответили { $respondents } человека
    }; среднее — { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) } (1 = очень трудно, 5 = очень легко).
chart-scale-value =
    { $value ->
        [1] 1 — очень трудно
        [5] 5 — очень легко
       *[other] { $value }
    }
chart-needs-title = { $dimension }: потребности, которые выбирали чаще всего
chart-needs-description = Сколько человек выбрали каждую потребность.
chart-people =
    { $count ->
        [one] { $count } человек
        [few] { $count } человека
        [many] { $count } человек
       *[other] { $count } человека
    }
chart-small = меньше { $min } человек
chart-hidden = { $min } или больше человек; не показываем, чтобы нельзя было вычислить меньшую группу
chart-withheld = Не показываем: группы слишком малы.
chart-group-too-small = В этой группе ответили меньше { $min } человек, поэтому больше ничего не показываем, чтобы никого нельзя было узнать.
