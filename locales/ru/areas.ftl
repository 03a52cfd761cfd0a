area-public_institutions = Государственные и городские учреждения
area-daily_life = Повседневная жизнь в Польше
area-culture_exchange = Культура и общение между жителями
area-participation = Участие мигрантов в жизни города
area-grassroots = Поддержка инициатив жителей
area-attitudes = Борьба с предубеждениями и дискриминацией
area-city_policy = Городская политика
