# Опрос о потребностях. Обращаемся к участнику на «вы».

## Ход опроса

survey-intro = Любой вопрос можно пропустить. Прервать опрос можно в любой момент, а потом вернуться.
survey-progress = { $current } / { $total }
survey-progress-topic = { $current } / { $total } · { $topic }
survey-progress-hint =
    { $progress }
    { $hint }
survey-option-chosen = ✓ { $label }
survey-multi-hint = { $messenger ->
        [telegram] Отметьте всё, что подходит, а затем нажмите «{ survey-option-done }».
       *[other] Можно выбрать несколько вариантов.
    }
survey-option-done = Готово
survey-option-skip = Пропустить
survey-option-back = Назад
survey-text-hint =
    Напишите своими словами или пропустите этот вопрос. Максимум { $max } { $max ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символов
    }. Пожалуйста, не пишите имена, адреса и номера телефонов.
survey-text-too-long =
    В вашем тексте { $length } { $length ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символов
    }, а можно максимум { $max }. Пожалуйста, сократите его.
survey-summary =
    Вот ваши ответы. Выберите вопрос, чтобы изменить ответ, или завершите опрос.

    { $answers }
survey-summary-item = { $question }: { $answer }
survey-summary-skipped = (пропущено)
survey-option-finish = Завершить
survey-finished = Спасибо, ваши ответы сохранены! Организаторы видят их только в общих итогах, вместе с ответами других. То, что вы написали своими словами, они читают без имени и других данных об авторе. Хотите предложить идею или оценить идеи других?
survey-option-propose-idea = Предложить идею
survey-option-rate-ideas = Оценить идеи других
survey-option-menu = Главное меню
survey-resume = Рады, что вы вернулись! Продолжаем с того места, где вы остановились.
survey-retake-confirm = Вы уже прошли этот опрос. Хотите пройти его ещё раз? Учитываться будут только ваши новые ответы.
survey-option-retake = Пройти ещё раз

## Сферы интеграции

dimension-welfare = Социальная сфера: жильё, здоровье, школа
dimension-economic = Экономическая сфера: работа, дипломы, развитие
dimension-legal = Правовая сфера: документы, учреждения, права
dimension-cultural = Культура: язык, события, праздники
dimension-social = Социальные связи: соседи, сообщество

## Общее

survey-option-undisclosed = Предпочитаю не отвечать
survey-need-other = Другое
survey-needs-other-text = Что ещё для вас важно? Напишите коротко.
survey-scale-easy = очень легко
survey-scale-hard = очень трудно
survey-stop-under-16 = Спасибо, что хотите помочь! Этот опрос для людей от 16 лет, поэтому мы остановили его и удалили всё, что вы нам сообщили. Если вам сейчас тяжело, можно бесплатно поговорить с кем-нибудь по телефону доверия для детей и молодёжи: 116 111, круглосуточно и без выходных. Вместо вас может принять участие кто-то взрослый из вашей семьи. Чтобы начать заново, отправьте /start.

## О вас

survey-profile-age = Сколько вам лет?
survey-profile-age-under-16 = Меньше 16
survey-profile-age-16-24 = 16–24
survey-profile-age-25-34 = 25–34
survey-profile-age-35-44 = 35–44
survey-profile-age-45-54 = 45–54
survey-profile-age-55-64 = 55–64
survey-profile-age-65-plus = 65 и старше
survey-profile-time = Как давно вы живёте в Польше?
survey-profile-time-under-1 = Меньше года
survey-profile-time-1-2 = 1–2 года
survey-profile-time-3-5 = 3–5 лет
survey-profile-time-over-5 = Больше 5 лет

## Социальная сфера

survey-welfare-difficulty = В целом насколько вам легко со всем этим в Варшаве?
survey-welfare-needs = Жильё, здоровье, поддержка: что сейчас для вас важнее всего?
survey-welfare-need-housing = Доступное жильё
survey-welfare-need-health-care = Врач и лечение
survey-welfare-need-benefits = Пособия и выплаты
survey-welfare-need-school-childcare = Школа, детский сад, ясли
survey-welfare-need-psychological-help = Психологическая поддержка
survey-welfare-need-material-help = Еда, одежда, самое необходимое
survey-welfare-need-daily-life-info = Понимание, как здесь всё устроено

## Экономическая сфера

survey-economic-difficulty = В целом насколько вам легко со всем этим в Варшаве?
survey-economic-needs = Работа и развитие: что сейчас для вас важнее всего?
survey-economic-need-job-matching-skills = Работа по моей специальности
survey-economic-need-diploma-recognition = Признание диплома и квалификации
survey-economic-need-labour-rights = Трудовые права, честный договор
survey-economic-need-cv-career-help = Помощь с резюме и карьерой
survey-economic-need-further-education = Курсы и дальнейшая учёба
survey-economic-need-work-experience = Стажировка или волонтёрство
survey-economic-need-own-business = Своё дело

## Правовая сфера

survey-legal-difficulty = В целом насколько вам легко со всем этим в Варшаве?
survey-legal-needs = Документы и права: что сейчас для вас важнее всего?
survey-legal-need-residence-work-permits = Карта побыту, разрешение на работу
survey-legal-need-official-letters = Понимание официальных писем
survey-legal-need-free-legal-aid = Бесплатная юридическая помощь
survey-legal-need-interpreting-offices = Переводчик в учреждениях
survey-legal-need-registration-documents = PESEL, прописка, другие документы
survey-legal-need-knowing-rights = Знание своих прав
survey-legal-need-voting-participation = Право голоса, влияние на город

## Культура

survey-cultural-difficulty = В целом насколько вам легко со всем этим в Варшаве?
survey-cultural-needs = Язык и культура: что сейчас для вас важнее всего?
survey-cultural-need-learning-polish = Изучение польского
survey-cultural-need-events-own-language = Кино, театр, события на моём языке
survey-cultural-need-customs-holidays = Польские обычаи и праздники
survey-cultural-need-keeping-own-culture = Сохранение своего языка и культуры
survey-cultural-need-sharing-own-culture = Возможность показать свою культуру
survey-cultural-need-leisure-activities = Спорт, музыка, танцы, кружки
survey-cultural-need-family-events = События для семей с детьми

## Социальные связи

survey-social-difficulty = В целом насколько вам легко со всем этим в Варшаве?
survey-social-needs = Люди вокруг: что сейчас для вас важнее всего?
survey-social-need-meeting-neighbours = Знакомство с соседями
survey-social-need-language-tandems = Языковой обмен (тандем)
survey-social-need-places-to-meet = Места для встреч
survey-social-need-discrimination = Защита от дискриминации
survey-social-need-belonging = Чувство, что я здесь дома
survey-social-need-local-initiatives = Волонтёрство и местные инициативы
survey-social-need-support-network = Люди, к которым можно обратиться

## Напоследок

survey-help-most = И напоследок: что больше всего помогло бы вам хорошо жить в Варшаве? Напишите своими словами.

## Названия вопросов в итогах

-survey-welfare = Социальная сфера
-survey-economic = Экономическая сфера
-survey-legal = Правовая сфера
-survey-cultural = Культура
-survey-social = Социальные связи

survey-profile-age-short = Возраст
survey-profile-time-short = Сколько времени в Польше
survey-welfare-difficulty-short = { -survey-welfare } — насколько легко
survey-welfare-needs-short = { -survey-welfare } — что важнее всего
survey-welfare-needs-other-short = { -survey-welfare } — своими словами
survey-economic-difficulty-short = { -survey-economic } — насколько легко
survey-economic-needs-short = { -survey-economic } — что важнее всего
survey-economic-needs-other-short = { -survey-economic } — своими словами
survey-legal-difficulty-short = { -survey-legal } — насколько легко
survey-legal-needs-short = { -survey-legal } — что важнее всего
survey-legal-needs-other-short = { -survey-legal } — своими словами
survey-cultural-difficulty-short = { -survey-cultural } — насколько легко
survey-cultural-needs-short = { -survey-cultural } — что важнее всего
survey-cultural-needs-other-short = { -survey-cultural } — своими словами
survey-social-difficulty-short = { -survey-social } — насколько легко
survey-social-needs-short = { -survey-social } — что важнее всего
survey-social-needs-other-short = { -survey-social } — своими словами
survey-help-most-short = Что помогло бы больше всего
survey-pair =
    { $needs }
    { $scale }
    { $messenger ->
        [telegram] Отметьте, что подходит, а затем нажмите число: так вы перейдёте дальше.
       *[other] Отправьте одним сообщением число от 1 до 5 (насколько легко) и номера подходящих вариантов, например: 2, 6, 8.
    }
survey-pair-scale-missing = Записали. А насколько вам с этим легко, от 1 до 5?
survey-option-next = Далее
survey-option-keep = Оставить мой ответ
survey-text-earlier = Ваш ответ: { $answer }
survey-option-my-answers = Посмотреть или изменить ответы
