area-public_institutions = Public institutions
area-daily_life = Everyday life in Poland
area-culture_exchange = Culture and social exchange
area-participation = Migrants' participation
area-grassroots = Grassroots initiatives
area-attitudes = Attitudes and anti-discrimination
area-city_policy = City policy
