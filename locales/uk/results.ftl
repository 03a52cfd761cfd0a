# Що думають інші: матриця на сьогодні. Назви квадрантів WOW, HOW, NOW і POW не перекладаємо.

results-empty =
    Поки що жодна ідея не має достатньо оцінок, щоб потрапити на матрицю: кожній потрібно щонайменше { $min } { $min ->
        [one] оцінка
        [few] оцінки
        [many] оцінок
       *[other] оцінки
    }. Оцініть кілька ідей і поверніться згодом, щоб побачити, що думають інші!
results-summary =
    Що думають інші — на основі { $ratings } { $ratings ->
        [one] оцінки
       *[other] оцінок
    }:
    WOW, дієві й прості: { $wow }
    HOW, дієві, але потребують часу й ресурсів: { $how }
    NOW, прості, але з меншим ефектом: { $now }
    POW, складні й з малим ефектом: { $pow }
    Поки замало оцінок: { $unplaced }
results-idea =
    { $quadrant ->
        [WOW] WOW, дієва й проста:
       *[HOW] HOW, дієва, але потребує часу й ресурсів:
    }
    { $idea }{ $original ->
        [pl] {" "}(польською)
        [uk] {" "}(українською)
        [en] {" "}(англійською)
        [ru] {" "}(російською)
       *[same] {""}
    }
    Розв’язує проблему: { NUMBER($effectiveness, minimumFractionDigits: 1, maximumFractionDigits: 1) } · Легкість утілення: { NUMBER($ease, minimumFractionDigits: 1, maximumFractionDigits: 1) } · { $ratings } { $ratings ->
        [one] оцінка
        [few] оцінки
        [many] оцінок
       *[other] оцінки
    }
results-next = Дякуємо, що берете участь! Що бажаєте зробити далі?
results-option-rate = Оцінити ідеї
results-option-propose = Запропонувати ідею
