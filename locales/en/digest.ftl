digest-title = Digest for { $since } – { $until }
digest-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { NUMBER($year, useGrouping: 0) }
digest-participation = Participants: { $total } in total, { $new } new in this period.
digest-by-language = By language: { $cells }
digest-by-campaign = By campaign: { $cells }
digest-cell = { $label } { $value }
digest-not-stated = not stated
digest-no-campaign = no campaign
digest-nobody-yet = nobody yet
digest-breakdown-withheld = not shown: the groups are too small
digest-suppression-note = “<{ $min }” means fewer than { $min } people; “≥{ $min }” is a larger group hidden so that a small one cannot be worked out from the total.

digest-survey-empty = Survey: no answers yet.
digest-survey = Survey: { $completed } completed in this period, { $total } in total.
digest-dimensions-heading = How hard things are, hardest first (1 = very hard, 5 = very easy):
digest-dimension = { $position }. { $dimension }: { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) } ({ $change }; { $respondents ->
    [one] { $respondents } person
   *[other] { $respondents } people
})
digest-change-new = new
digest-change-same = no change since the last digest
digest-change-harder = harder by { NUMBER($delta, minimumFractionDigits: 1, maximumFractionDigits: 1) } since the last digest
digest-change-easier = easier by { NUMBER($delta, minimumFractionDigits: 1, maximumFractionDigits: 1) } since the last digest
digest-top-needs = Top needs: { $needs }
digest-need = { $need } ({ $people })
digest-need-unknown = another need

digest-ideas = Ideas: { $proposed } proposed and { $approved } approved in this period; { $waiting } waiting for moderation.
digest-ratings = Ratings: { $ratings } in total, { $new } new in this period.
digest-matrix = Matrix: WOW { $wow }, HOW { $how }, NOW { $now }, POW { $pow }; not enough ratings yet: { $unplaced }.
digest-leading-wow = Leading WOW ideas (effective and easy):
digest-leading-how = Leading HOW ideas (effective, but need time and resources):
digest-idea-line = { $code } ({ $area }): effectiveness { NUMBER($effectiveness, minimumFractionDigits: 1, maximumFractionDigits: 1) }, ease { NUMBER($ease, minimumFractionDigits: 1, maximumFractionDigits: 1) }, { $ratings ->
    [one] { $ratings } rating
   *[other] { $ratings } ratings
} – { $text }
digest-moved = Moved to another quadrant: { $ideas }
digest-moved-idea = { $code } { $before } → { $after }
digest-chart-caption = The matrix: each point is an idea; bigger points have more ratings.
digest-workbook-caption = The data as a spreadsheet: summary, needs, and ideas with their ratings.
digest-chart-title = Ideas on the matrix
digest-chart-effectiveness = Effectiveness (1–5)
digest-chart-ease = Ease (1–5)

workbook-sheet-summary = Summary
workbook-sheet-needs = Needs
workbook-sheet-ideas = Ideas
workbook-column-measure = Measure
workbook-column-value = Value
workbook-column-participants = Participants
workbook-column-dimension = Dimension
workbook-column-difficulty = Ease (mean, 1 = very hard, 5 = very easy)
workbook-column-respondents = Answered
workbook-column-need = Need
workbook-column-people = People
workbook-column-code = Code
workbook-column-area = Area
workbook-column-idea = Idea
workbook-column-ratings = Ratings
workbook-column-effectiveness = Effectiveness (mean)
workbook-column-effectiveness-sd = Effectiveness (SD)
workbook-column-ease = Ease (mean)
workbook-column-ease-sd = Ease (SD)
workbook-column-quadrant = Quadrant
workbook-period-since = Period from
workbook-period-until = Period to
workbook-participants = Participants in total
workbook-participants-new = New participants in this period
workbook-completions = Completed surveys in total
workbook-completions-new = Completed surveys in this period
workbook-ideas-proposed-new = Ideas proposed in this period
workbook-ideas-approved-new = Ideas approved in this period
workbook-status-waiting = Ideas waiting for moderation
workbook-status-approved = Approved ideas
workbook-status-rejected = Rejected ideas
workbook-status-merged = Merged ideas
workbook-ratings = Ratings in total
workbook-ratings-new = Ratings in this period
workbook-quadrant = Ideas in { $quadrant }
workbook-unplaced = Ideas with not enough ratings yet
workbook-by-language = By language
workbook-by-campaign = By campaign
workbook-by-district = By district
workbook-by-migration = By experience of migration
workbook-migration-yes = Has experience of migration
workbook-migration-no = No experience of migration
workbook-migration-undisclosed = { option-undisclosed }
workbook-not-enough-ratings = not enough ratings yet

# Survey answers in people's own words, read in the organisers' /review queue.
digest-texts-to-read = Answers in participants’ own words waiting to be read: { $count } (/review).
workbook-texts-to-read = Survey answers in own words waiting to be read
