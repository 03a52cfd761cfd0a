# Діаграми на сторінках для організаторів. Назви квадрантів WOW, HOW, NOW і POW не перекладаємо.

chart-matrix-title = Ідеї на матриці
chart-matrix-description =
    { $placed ->
        [one] На матриці { $placed } ідея
        [few] На матриці { $placed } ідеї
        [many] На матриці { $placed } ідей
       *[other] На матриці { $placed } ідеї
    }: WOW { $wow }, HOW { $how }, NOW { $now }, POW { $pow }. Кожна точка — ідея; що більша точка, то більше оцінок. Поки замало оцінок: { $unplaced }.
chart-matrix-empty =
    Поки що жодна ідея не має достатньо оцінок, щоб потрапити на матрицю: кожній потрібно щонайменше { $min } { $min ->
        [one] оцінка
        [few] оцінки
        [many] оцінок
       *[other] оцінки
    }.
chart-axis-effectiveness = Дієвість: наскільки розв’язує проблему (1–5)
chart-axis-ease = Легкість утілення (1–5)
chart-quadrant-wow = дієві й прості
chart-quadrant-how = дієві, але потребують часу й ресурсів
chart-quadrant-now = прості, але з меншим ефектом
chart-quadrant-pow = складні й з малим ефектом
chart-idea-text =
    { $idea }{ $original ->
        [pl] {" "}(польською)
        [uk] {" "}(українською)
        [en] {" "}(англійською)
        [ru] {" "}(російською)
        [und] {" "}(мовою оригіналу)
       *[same] {""}
    }
chart-idea-figures =
    Дієвість { NUMBER($effectiveness, minimumFractionDigits: 2, maximumFractionDigits: 2) } (станд. відх. { NUMBER($effectiveness_sd, minimumFractionDigits: 2, maximumFractionDigits: 2) }) · Легкість { NUMBER($ease, minimumFractionDigits: 2, maximumFractionDigits: 2) } (станд. відх. { NUMBER($ease_sd, minimumFractionDigits: 2, maximumFractionDigits: 2) }) · { $ratings ->
        [one] { $ratings } оцінка
        [few] { $ratings } оцінки
        [many] { $ratings } оцінок
       *[other] { $ratings } оцінки
    }
chart-idea-figures-one =
    Дієвість { NUMBER($effectiveness, minimumFractionDigits: 2, maximumFractionDigits: 2) } · Легкість { NUMBER($ease, minimumFractionDigits: 2, maximumFractionDigits: 2) } · { $ratings ->
        [one] { $ratings } оцінка
        [few] { $ratings } оцінки
        [many] { $ratings } оцінок
       *[other] { $ratings } оцінки
    }

chart-means-title = Наскільки складно в кожному вимірі
chart-means-description = Середня відповідь у кожному вимірі, від 1 = дуже складно до 5 = дуже легко.
chart-mean-value =
    { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) } ({ $respondents ->
        [one] { $respondents } людина
        [few] { $respondents } людини
        [many] { $respondents } людей
       *[other] { $respondents } людини
    })
chart-difficulty-title = { $dimension }: наскільки складно
chart-difficulty-description =
    { $respondents ->
        [one] Відповіла { $respondents } людина
        [few] Відповіли { $respondents } людини
        [many] Відповіли { $respondents } людей
       *[other] Відповіли { $respondents } людини
    }; середнє — { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) } (1 = дуже складно, 5 = дуже легко).
chart-scale-value =
    { $value ->
        [1] 1 — дуже складно
        [5] 5 — дуже легко
       *[other] { $value }
    }
chart-needs-title = { $dimension }: потреби, які обирали найчастіше
chart-needs-description = Скільки людей обрали кожну потребу.
chart-people =
    { $count ->
        [one] { $count } людина
        [few] { $count } людини
        [many] { $count } людей
       *[other] { $count } людини
    }
chart-small = менше ніж { $min } людей
chart-hidden = { $min } або більше людей; не показуємо, щоб не можна було обчислити меншу групу
chart-withheld = Не показуємо: групи замалі.
chart-group-too-small = У цій групі відповіли менше ніж { $min } людей, тож більше нічого не показуємо, щоб нікого не можна було впізнати.
