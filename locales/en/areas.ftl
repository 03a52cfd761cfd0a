area-public_institutions = Public offices and institutions
area-daily_life = Everyday life in Poland
area-culture_exchange = Culture and contact between residents
area-participation = Migrants taking part in city life
area-grassroots = Support for residents’ own initiatives
area-attitudes = Tackling prejudice and discrimination
area-city_policy = City policy
