# Labels and shared texts used by every channel.
# Review status of this locale is in review.toml.

label-risk = Your risk
label-offer-risk = Danger in this message
label-why = Why
label-article = article { $article }
label-checked-on = checked
label-advice = What to do now
label-contacts = Where to get help
label-evidence = Words that match
scan-nothing-found = We did not find known recruitment tricks in this text. Still, do not sign anything you do not understand.

risk-none = no known risk
risk-low = low
risk-medium = medium
risk-high = high
risk-urgent = urgent: act now

disclaimer = This is information, not a lawyer's advice. For your own case, ask a lawyer, or your country's embassy or consulate.
