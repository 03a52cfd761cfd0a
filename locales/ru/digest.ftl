digest-title = Дайджест за период { $since } – { $until }
digest-date = { NUMBER($day, minimumIntegerDigits: 2) }.{ NUMBER($month, minimumIntegerDigits: 2) }.{ NUMBER($year, useGrouping: 0) }
digest-participation = Участники: всего { $total }, новых за этот период: { $new }.
digest-by-language = По языку: { $cells }
digest-by-campaign = По кампаниям: { $cells }
digest-cell = { $label } { $value }
digest-not-stated = не указано
digest-no-campaign = без кампании
digest-nobody-yet = пока никого
digest-breakdown-withheld = не показываем: группы слишком малы
digest-suppression-note = «<{ $min }» означает меньше { $min } человек; «≥{ $min }» — группа крупнее, скрытая, чтобы по общей сумме нельзя было вычислить маленькую.

digest-survey-empty = Опрос: ответов пока нет.
digest-survey = Опрос: заполнено за этот период: { $completed }, всего: { $total }.
digest-dimensions-heading = Насколько трудно, от самого трудного (1 = очень трудно, 5 = очень легко):
digest-dimension = { $position }. { $dimension }: { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) } ({ $change }; { $respondents ->
    [one] { $respondents } человек
    [few] { $respondents } человека
   *[other] { $respondents } человек
})
digest-change-new = новое
digest-change-same = без изменений с прошлого дайджеста
digest-change-harder = труднее на { NUMBER($delta, minimumFractionDigits: 1, maximumFractionDigits: 1) }, чем в прошлом дайджесте
digest-change-easier = легче на { NUMBER($delta, minimumFractionDigits: 1, maximumFractionDigits: 1) }, чем в прошлом дайджесте
digest-top-needs = Главные потребности: { $needs }
digest-need = { $need } ({ $people })
digest-need-unknown = другая потребность

digest-ideas = Идеи: предложено за этот период: { $proposed }, одобрено: { $approved }; ждут модерации: { $waiting }.
digest-ratings = Оценки: всего { $ratings }, новых за этот период: { $new }.
digest-matrix = Матрица: WOW { $wow }, HOW { $how }, NOW { $now }, POW { $pow }; пока мало оценок: { $unplaced }.
digest-leading-wow = Лучшие идеи WOW (действенные и простые):
digest-leading-how = Лучшие идеи HOW (действенные, но требуют времени и ресурсов):
digest-idea-line = { $code } ({ $area }): действенность { NUMBER($effectiveness, minimumFractionDigits: 1, maximumFractionDigits: 1) }, лёгкость { NUMBER($ease, minimumFractionDigits: 1, maximumFractionDigits: 1) }, { $ratings ->
    [one] { $ratings } оценка
    [few] { $ratings } оценки
   *[other] { $ratings } оценок
} — { $text }
digest-moved = Перешли в другой квадрант: { $ideas }
digest-moved-idea = { $code } { $before } → { $after }
digest-chart-caption = Матрица: каждая точка — идея; чем больше точка, тем больше оценок.
digest-workbook-caption = Данные в таблице: сводка, потребности и идеи с оценками.
digest-chart-title = Идеи на матрице
digest-chart-effectiveness = Действенность (1–5)
digest-chart-ease = Лёгкость воплощения (1–5)

workbook-sheet-summary = Сводка
workbook-sheet-needs = Потребности
workbook-sheet-ideas = Идеи
workbook-column-measure = Показатель
workbook-column-value = Значение
workbook-column-participants = Участники
workbook-column-dimension = Измерение
workbook-column-difficulty = Лёгкость (среднее, 1 = очень трудно, 5 = очень легко)
workbook-column-respondents = Ответили
workbook-column-need = Потребность
workbook-column-people = Люди
workbook-column-code = Код
workbook-column-area = Сфера
workbook-column-idea = Идея
workbook-column-ratings = Оценки
workbook-column-effectiveness = Действенность (среднее)
workbook-column-effectiveness-sd = Действенность (станд. отклонение)
workbook-column-ease = Лёгкость воплощения (среднее)
workbook-column-ease-sd = Лёгкость воплощения (станд. отклонение)
workbook-column-quadrant = Квадрант
workbook-period-since = Период с
workbook-period-until = Период по
workbook-participants = Участники, всего
workbook-participants-new = Новые участники за этот период
workbook-completions = Заполненные опросы, всего
workbook-completions-new = Заполненные опросы за этот период
workbook-ideas-proposed-new = Идеи, предложенные за этот период
workbook-ideas-approved-new = Идеи, одобренные за этот период
workbook-status-waiting = Идеи, ждущие модерации
workbook-status-approved = Одобренные идеи
workbook-status-rejected = Отклонённые идеи
workbook-status-merged = Объединённые идеи
workbook-ratings = Оценки, всего
workbook-ratings-new = Оценки за этот период
workbook-quadrant = Идеи в квадранте { $quadrant }
workbook-unplaced = Идеи, которым не хватает оценок
workbook-by-language = По языку
workbook-by-campaign = По кампаниям
workbook-by-district = По районам
workbook-by-migration = По опыту миграции
workbook-migration-yes = Есть опыт миграции
workbook-migration-no = Нет опыта миграции
workbook-migration-undisclosed = { option-undisclosed }
workbook-not-enough-ratings = пока мало оценок

# Ответы из опроса, написанные своими словами, которые организаторы читают в /review.
digest-texts-to-read = Непрочитанные ответы, написанные участниками своими словами: { $count } (/review).
workbook-texts-to-read = Непрочитанные ответы из опроса, написанные своими словами
