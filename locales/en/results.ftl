# What others think: the matrix so far. The quadrant names WOW, HOW, NOW and POW stay as they are.

results-empty =
    No idea has enough ratings yet to be placed on the matrix: each needs at least { $min } { $min ->
        [one] rating
       *[other] ratings
    }. Rate a few ideas, and come back soon to see what others think!
results-summary =
    What others think so far, from { $ratings } { $ratings ->
        [one] rating
       *[other] ratings
    }:
    WOW, effective and easy: { $wow }
    HOW, effective but needs time and resources: { $how }
    NOW, easy, with a smaller effect: { $now }
    POW, hard, with a small effect: { $pow }
    Not enough ratings yet: { $unplaced }
results-idea =
    { $quadrant ->
        [WOW] WOW, effective and easy:
       *[HOW] HOW, effective but needs time and resources:
    }
    { $idea }{ $original ->
        [pl] {" "}(in Polish)
        [uk] {" "}(in Ukrainian)
        [en] {" "}(in English)
        [ru] {" "}(in Russian)
       *[same] {""}
    }
    Solves the problem: { NUMBER($effectiveness, minimumFractionDigits: 1, maximumFractionDigits: 1) } · Easy to do: { NUMBER($ease, minimumFractionDigits: 1, maximumFractionDigits: 1) } · { $ratings } { $ratings ->
        [one] rating
       *[other] ratings
    }
results-next = Thank you for taking part! What would you like to do next?
results-option-rate = Rate ideas
results-option-propose = Propose an idea
