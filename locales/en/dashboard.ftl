# The organiser dashboard: every word its pages show (the figures' own words are the digest's).
dashboard-title = Dashboard
dashboard-skip = Skip to the content
dashboard-nav-label = Dashboard pages
dashboard-nav-overview = Overview
dashboard-nav-needs = Needs
dashboard-nav-matrix = Matrix
dashboard-nav-ideas = Ideas
dashboard-nav-moderation = Moderation
dashboard-nav-campaigns = Campaigns
dashboard-nav-downloads = Downloads
dashboard-language-label = Language
dashboard-language-apply = Change language
dashboard-signed-in-as = Signed in as { $name }
dashboard-sign-out = Sign out
dashboard-print = Print this page

# Signing in and out.
dashboard-signin-title = Sign in to the dashboard
dashboard-signin-intro = Press the button to sign in. The link works once: after that, send /dashboard to the bot for a new one.
dashboard-signin-button = Sign in
dashboard-signin-invalid-title = This link can no longer be used
dashboard-signin-invalid = Each sign-in link works once, for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }. This one has already been used or has expired. Send /dashboard to the bot in your chat, and you will get a new one.
dashboard-signed-out-title = Sign in from the chat
dashboard-signed-out = To open the dashboard, send /dashboard to the bot in the chat where you are an organiser (or choose “Dashboard in the browser” in the organiser menu). The bot answers with a link that signs you in.
dashboard-signed-out-done = You have signed out.
dashboard-too-many-title = Please wait a moment
dashboard-too-many = There have been too many sign-in attempts. Please wait { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } and open your link again; if it has expired by then, send /dashboard for a new one.
dashboard-refused-title = This form could not be accepted
dashboard-refused = The form was not sent from an open dashboard page, so nothing was changed. Please go back, reload the page and try again.
dashboard-bad-language-title = Language not available
dashboard-bad-language = The dashboard speaks Polish, Ukrainian, English and Russian; please choose one of them. Nothing was changed.
dashboard-not-found-title = Page not found
dashboard-not-found = There is no such page, or it is not ready yet. Please choose a page from the menu.

# Overview.
dashboard-overview-title = Overview
dashboard-overview-period = From the last digest ({ $since }) until now ({ $until }).
dashboard-figures-heading = In numbers
dashboard-figure-participants = Participants
dashboard-figure-completed = Completed surveys
dashboard-figure-ratings = Ratings
dashboard-figure-approved = Approved ideas
dashboard-figure-waiting = Ideas waiting for moderation
dashboard-figure-to-read = Survey answers waiting to be read
dashboard-change-since-digest = +{ $count } since the last digest
dashboard-change-proposed = { $count } proposed since the last digest
dashboard-people-heading = Who takes part
dashboard-column-group = Group
dashboard-survey-heading = How hard things are
dashboard-survey-scale = Hardest first. Mean answers from 1 = very hard to 5 = very easy.
dashboard-column-change = Since the last digest
dashboard-column-needs = Top needs (people)
dashboard-matrix-heading = Ideas on the matrix
dashboard-column-quadrant = Quadrant
dashboard-column-ideas = Ideas
dashboard-leading-wow = Leading WOW ideas: effective and easy
dashboard-leading-how = Leading HOW ideas: effective, but need time and resources
dashboard-mean = { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }
