onboarding-language = Здравствуйте! Этот бот помогает городским властям Варшавы и местным организациям услышать людей, которые сюда переехали. На каком языке вам удобнее общаться?
onboarding-consent = Вы согласны, чтобы мы хранили ваши ответы так, как описано выше?
onboarding-consent-option-yes = Да, даю согласие
onboarding-consent-option-no = Нет
onboarding-consent-thanks = Спасибо! Ещё два необязательных вопроса — и можно начинать.
onboarding-consent-refused = Хорошо. Мы не сохранили ничего, кроме вашего «нет». Если передумаете, отправьте /start.
onboarding-migration = Есть ли у вас собственный опыт миграции (вы переехали в Польшу из другой страны)?
onboarding-migration-option-yes = Да
onboarding-migration-option-no = Нет
onboarding-district = В каком районе Варшавы вы живёте (или проводите больше всего времени)?
onboarding-district-option-elsewhere = Другое место
onboarding-done = Всё готово. Спасибо!
onboarding-finish-first = Давайте сначала закончим первые шаги — это займёт минуту.
onboarding-still-right =
    С возвращением! Всё по-прежнему верно?
    - язык: { $language }
    - опыт миграции: { $migration ->
        [yes] да
        [no] нет
        [undisclosed] предпочитаю не отвечать
       *[other] нет ответа
    }
    - район: { $district ->
        [elsewhere] другое место
        [undisclosed] предпочитаю не отвечать
        [none] нет ответа
       *[other] { $district_name }
    }
onboarding-still-right-option-yes = Да, всё верно
onboarding-still-right-option-change = Изменить
onboarding-survey-offer = Спасибо! Хотите сейчас пройти опрос? Это займёт около 5 минут, и любой вопрос можно пропустить.
onboarding-survey-option-yes = Да, начать
onboarding-survey-option-later = Позже
