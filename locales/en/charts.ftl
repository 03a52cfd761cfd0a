# Charts on the organisers’ web pages. The quadrant names WOW, HOW, NOW and POW stay as they are.

chart-matrix-title = Ideas on the matrix
chart-matrix-description =
    { $placed ->
        [one] { $placed } idea is on the matrix
       *[other] { $placed } ideas are on the matrix
    }: WOW { $wow }, HOW { $how }, NOW { $now }, POW { $pow }. Each point is an idea; bigger points have more ratings. Not enough ratings yet: { $unplaced }.
chart-matrix-empty =
    No idea has enough ratings yet to be placed: each needs at least { $min } { $min ->
        [one] rating
       *[other] ratings
    }.
chart-axis-effectiveness = Effectiveness: how well it solves the problem (1–5)
chart-axis-ease = Ease: how easy it is to do (1–5)
chart-quadrant-wow = effective and easy
chart-quadrant-how = effective, but needs time and resources
chart-quadrant-now = easy, with a smaller effect
chart-quadrant-pow = hard, with a small effect
chart-idea-text =
    { $idea }{ $original ->
        [pl] {" "}(in Polish)
        [uk] {" "}(in Ukrainian)
        [en] {" "}(in English)
        [ru] {" "}(in Russian)
        [und] {" "}(in its original words)
       *[same] {""}
    }
chart-idea-figures =
    Effectiveness { NUMBER($effectiveness, minimumFractionDigits: 2, maximumFractionDigits: 2) } (SD { NUMBER($effectiveness_sd, minimumFractionDigits: 2, maximumFractionDigits: 2) }) · Ease { NUMBER($ease, minimumFractionDigits: 2, maximumFractionDigits: 2) } (SD { NUMBER($ease_sd, minimumFractionDigits: 2, maximumFractionDigits: 2) }) · { $ratings ->
        [one] { $ratings } rating
       *[other] { $ratings } ratings
    }
chart-idea-figures-one =
    Effectiveness { NUMBER($effectiveness, minimumFractionDigits: 2, maximumFractionDigits: 2) } · Ease { NUMBER($ease, minimumFractionDigits: 2, maximumFractionDigits: 2) } · { $ratings ->
        [one] { $ratings } rating
       *[other] { $ratings } ratings
    }

chart-means-title = How hard things are, by dimension
chart-means-description = The mean answer in each dimension, from 1 = very hard to 5 = very easy.
chart-mean-value =
    { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) } ({ $respondents ->
        [one] { $respondents } person
       *[other] { $respondents } people
    })
chart-difficulty-title = { $dimension }: how hard it is
chart-difficulty-description =
    { $respondents ->
        [one] { $respondents } person answered
       *[other] { $respondents } people answered
    }; the mean is { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) } (1 = very hard, 5 = very easy).
chart-scale-value =
    { $value ->
        [1] 1 – very hard
        [5] 5 – very easy
       *[other] { $value }
    }
chart-needs-title = { $dimension }: the needs people chose most
chart-needs-description = How many people chose each need.
chart-people =
    { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
chart-small = fewer than { $min } people
chart-hidden = { $min } or more people, not shown so that a smaller group cannot be worked out
chart-withheld = Not shown: the groups are too small.
chart-group-too-small = Fewer than { $min } people in this group answered. Nothing more is shown, so that no one can be recognised.
