digest-title = Дайджест за період { $since } – { $until }
digest-date = { NUMBER($day, minimumIntegerDigits: 2) }.{ NUMBER($month, minimumIntegerDigits: 2) }.{ NUMBER($year, useGrouping: 0) }
digest-participation = Учасники: усього { $total }, нових за цей період: { $new }.
digest-by-language = За мовою: { $cells }
digest-by-campaign = За кампаніями: { $cells }
digest-cell = { $label } { $value }
digest-not-stated = не вказано
digest-no-campaign = без кампанії
digest-nobody-yet = поки нікого
digest-breakdown-withheld = не показуємо: групи замалі
digest-suppression-note = «<{ $min }» означає менше ніж { $min } людей; «≥{ $min }» — більша група, прихована, щоб із загальної суми не можна було обчислити меншу.

digest-survey-empty = Опитування: відповідей ще немає.
digest-survey = Опитування: за цей період заповнено { $completed }, усього { $total }.
digest-dimensions-heading = Наскільки складно, від найскладнішого (1 = дуже складно, 5 = дуже легко):
digest-dimension = { $position }. { $dimension }: { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) } ({ $change }; { $respondents ->
    [one] { $respondents } людина
    [few] { $respondents } людини
   *[other] { $respondents } людей
})
digest-change-new = нове
digest-change-same = без змін порівняно з попереднім дайджестом
digest-change-harder = складніше на { NUMBER($delta, minimumFractionDigits: 1, maximumFractionDigits: 1) }, ніж у попередньому дайджесті
digest-change-easier = легше на { NUMBER($delta, minimumFractionDigits: 1, maximumFractionDigits: 1) }, ніж у попередньому дайджесті
digest-top-needs = Найважливіші потреби: { $needs }
digest-need = { $need } ({ $people })
digest-need-unknown = інша потреба

digest-ideas = Ідеї: за цей період запропоновано { $proposed }, схвалено { $approved }; чекають на модерацію: { $waiting }.
digest-ratings = Оцінки: усього { $ratings }, нових за цей період: { $new }.
digest-matrix = Матриця: WOW { $wow }, HOW { $how }, NOW { $now }, POW { $pow }; замало оцінок: { $unplaced }.
digest-leading-wow = Найкращі ідеї WOW (дієві й прості):
digest-leading-how = Найкращі ідеї HOW (дієві, але потребують часу й ресурсів):
digest-idea-line = { $code } ({ $area }): дієвість { NUMBER($effectiveness, minimumFractionDigits: 1, maximumFractionDigits: 1) }, легкість { NUMBER($ease, minimumFractionDigits: 1, maximumFractionDigits: 1) }, { $ratings ->
    [one] { $ratings } оцінка
    [few] { $ratings } оцінки
   *[other] { $ratings } оцінок
} — { $text }
digest-moved = Перейшли в інший квадрант: { $ideas }
digest-moved-idea = { $code } { $before } → { $after }
digest-chart-caption = Матриця: кожна точка — ідея; що більша точка, то більше оцінок.
digest-workbook-caption = Дані в таблиці: підсумок, потреби та ідеї з оцінками.
digest-chart-title = Ідеї на матриці
digest-chart-effectiveness = Дієвість (1–5)
digest-chart-ease = Легкість утілення (1–5)

workbook-sheet-summary = Підсумок
workbook-sheet-needs = Потреби
workbook-sheet-ideas = Ідеї
workbook-column-measure = Показник
workbook-column-value = Значення
workbook-column-participants = Учасники
workbook-column-dimension = Вимір
workbook-column-difficulty = Легкість (середнє, 1 = дуже складно, 5 = дуже легко)
workbook-column-respondents = Відповіли
workbook-column-need = Потреба
workbook-column-people = Люди
workbook-column-code = Код
workbook-column-area = Сфера
workbook-column-idea = Ідея
workbook-column-ratings = Оцінки
workbook-column-effectiveness = Дієвість (середнє)
workbook-column-effectiveness-sd = Дієвість (станд. відхилення)
workbook-column-ease = Легкість утілення (середнє)
workbook-column-ease-sd = Легкість утілення (станд. відхилення)
workbook-column-quadrant = Квадрант
workbook-period-since = Період від
workbook-period-until = Період до
workbook-participants = Учасники, усього
workbook-participants-new = Нові учасники за цей період
workbook-completions = Заповнені опитування, усього
workbook-completions-new = Заповнені опитування за цей період
workbook-ideas-proposed-new = Ідеї, запропоновані за цей період
workbook-ideas-approved-new = Ідеї, схвалені за цей період
workbook-status-waiting = Ідеї, що чекають на модерацію
workbook-status-approved = Схвалені ідеї
workbook-status-rejected = Відхилені ідеї
workbook-status-merged = Об’єднані ідеї
workbook-ratings = Оцінки, усього
workbook-ratings-new = Оцінки за цей період
workbook-quadrant = Ідеї в квадранті { $quadrant }
workbook-unplaced = Ідеї, яким бракує оцінок
workbook-by-language = За мовою
workbook-by-campaign = За кампаніями
workbook-by-district = За районами
workbook-by-migration = За досвідом міграції
workbook-migration-yes = Має досвід міграції
workbook-migration-no = Не має досвіду міграції
workbook-migration-undisclosed = { option-undisclosed }
workbook-not-enough-ratings = замало оцінок

# Відповіді з опитування, написані власними словами, які організатори читають у /review.
digest-texts-to-read = Відповіді, написані власними словами, що чекають на прочитання: { $count } (/review).
workbook-texts-to-read = Відповіді з опитування, написані власними словами, що чекають на прочитання
