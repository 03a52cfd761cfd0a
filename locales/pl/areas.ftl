area-public_institutions = Działalność instytucji publicznych
area-daily_life = Organizacja życia w Polsce
area-culture_exchange = Kultura i wymiana społeczna
area-participation = Partycypacja społeczna migrantów
area-grassroots = Wsparcie oddolnych inicjatyw
area-attitudes = Postawy i przeciwdziałanie dyskryminacji
area-city_policy = Polityka miejska
