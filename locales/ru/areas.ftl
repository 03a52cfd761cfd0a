area-public_institutions = Работа государственных учреждений
area-daily_life = Повседневная жизнь в Польше
area-culture_exchange = Культура и социальный обмен
area-participation = Участие мигрантов в жизни города
area-grassroots = Низовые инициативы
area-attitudes = Отношение и борьба с дискриминацией
area-city_policy = Городская политика
