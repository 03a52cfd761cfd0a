area-public_institutions = Urzędy i instytucje publiczne
area-daily_life = Codzienne życie w Polsce
area-culture_exchange = Kultura i kontakty między mieszkańcami
area-participation = Udział migrantów w życiu miasta
area-grassroots = Wsparcie inicjatyw mieszkańców
area-attitudes = Walka z uprzedzeniami i dyskryminacją
area-city_policy = Polityka miasta
