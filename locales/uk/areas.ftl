area-public_institutions = Робота публічних установ
area-daily_life = Повсякденне життя в Польщі
area-culture_exchange = Культура та суспільний обмін
area-participation = Участь мігрантів у житті міста
area-grassroots = Низові ініціативи
area-attitudes = Ставлення та протидія дискримінації
area-city_policy = Міська політика
