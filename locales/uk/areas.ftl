area-public_institutions = Державні й міські установи
area-daily_life = Повсякденне життя в Польщі
area-culture_exchange = Культура й спілкування між мешканцями
area-participation = Участь мігрантів у житті міста
area-grassroots = Підтримка ініціатив мешканців
area-attitudes = Протидія упередженням і дискримінації
area-city_policy = Міська політика
