# The answer's shape: the verdict line that leads it, the steps, the details. Also how
# citations are written (article, part, paragraph; dates) and the chat's hints.

## The risk, as the badge over the verdict.
answer-risk-none = No known risk
answer-risk-low = Low risk
answer-risk-medium = Medium risk
answer-risk-high = High risk
answer-risk-urgent = Urgent: act now
answer-risk-relative = For your relative
# Steps beyond the first three, and the findings with their reasons and laws.
answer-more-steps = More steps
answer-details = Why, and the laws
answer-details-hint = Tap a number below to read why, with the laws.

## Citations. Each part is rendered on its own and joined by citation-join.
label-part = part { $part }
label-paragraph = paragraph { $paragraph }
label-subparagraph = sub-paragraph “{ $subparagraph }”
citation-join = {", "}
citation-checked = checked { $date }

## Verdict lines: the biggest consequence in one line, leading the answer when the finding of
## the same name (finding-…) comes first. Say who says so where the finding does.
verdict-uz-mercenarism = In Uzbekistan: { $min_years } to { $max_years } years in prison if you join the war for money.
verdict-uz-signed = In Uzbekistan you can be prosecuted: { $min_years } to { $max_years } years in prison.
verdict-tj-mercenarism = In Tajikistan: { $min_years } to { $max_years } years in prison for mercenaries, reports say.
verdict-tj-signed = In Tajikistan you can be prosecuted: { $min_years } to { $max_years } years in prison, reports say.
verdict-tj-signed-russian-citizen = Tajik law: { $min_years } to { $max_years } years in prison, but no Russian citizen has been prosecuted so far.
verdict-kg-mercenarism = In Kyrgyzstan: prison if you sign a military contract or go to fight.
verdict-kg-signed = In Kyrgyzstan you can be prosecuted and sent to prison.
verdict-kg-embassy-warning = The Kyrgyz embassy warned: { $min_years } to { $max_years } years in prison and loss of property.
verdict-kz-mercenarism = In Kazakhstan: { $min_years } to { $max_years } years in prison if you take part in the war.
verdict-kz-mercenarism-for-pay = In Kazakhstan: at least { $min_years } years in prison for fighting for money.
verdict-kz-signed = In Kazakhstan you can be prosecuted: { $min_years } to { $max_years } years in prison.
verdict-kz-russian-passport-no-shield = In Kazakhstan a man with a Russian passport got { $max_years } years in prison.
verdict-tm-mercenarism = In Turkmenistan: { $min_years } to { $max_years } years in prison for mercenaries, by an older edition of the law.
verdict-uz-relative-recruited = Your relative: { $min_years } to { $max_years } years in prison in Uzbekistan when he comes back.
verdict-tj-relative-recruited = Your relative: { $min_years } to { $max_years } years in prison in Tajikistan by law, reports say.
verdict-kg-relative-recruited = Your relative: prison in Kyrgyzstan when he comes back.
verdict-kz-relative-recruited = Your relative: { $min_years } to { $max_years } years in prison in Kazakhstan.
verdict-tm-relative-recruited = Your relative: { $min_years } to { $max_years } years in prison in Turkmenistan, by an older edition of the law.
verdict-detained-pressed-to-sign = Do not sign anything in detention: a contract sends you to the war.
verdict-detained-rights = You have the right to a lawyer and to your consulate.
verdict-detained-charges-dropped-offer = "Charges dropped if you sign" sends you to the war.
verdict-detained-deportation-waiver-offer = "No deportation if you sign" sends you to the war with no end date.
verdict-ru-signed-contract-no-end = Your contract does not end on its date: talk to a lawyer and your embassy now.
verdict-war-zone-job-trap = Jobs in occupied Ukraine are a trap: pay withheld, documents taken, some sent to the front.

## The chat: a short text that is not an offer, and the menu's confirmations.
chat-not-an-offer = That looks like a word, not an offer, so there is nothing to check. To check an offer, paste its whole text or forward the message.
chat-first-question = This is the first question. Choose an answer below.
chat-restart-confirm = Start over? Your answers will be cleared.
button-yes-restart = Yes, start over
chat-forgotten-next = To start again, press the button below.
button-start-again = Start again

## The web page: how to leave no trace.
web-quick-exit-tip = To leave no trace on this phone, use a private (incognito) tab and clear the browser history afterwards.

## The name, in the page's script.
brand = Ogoh
