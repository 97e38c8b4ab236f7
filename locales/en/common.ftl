# Labels and shared texts used by every channel.
# Review status of this locale is in review.toml.

label-offer-risk = Danger in this message
label-why = Why
label-article = article { $article }
label-reported-by = reported by { $publisher }, { $date }
label-reported-by-undated = reported by { $publisher }
label-advice = What to do now
label-contacts = Where to get help
label-evidence = Words that match
scan-nothing-found = We found no known signs of recruitment in this text. That does not make the offer safe.
scan-ask-yourself = Before you agree to anything, ask:
scan-question-contract = Is it a contract with the army or any armed unit?
scan-question-lure = Are you promised citizenship, big money or debts written off for signing?
scan-question-pressure = Are you asked to sign under threat, in a hurry or without reading?
scan-verdict-high = This looks like recruitment into Russia's army.
scan-verdict-medium = This may be recruitment into Russia's army.
scan-verdict-low = This text has some signs of recruitment into Russia's army.
scan-more-reasons = More signs found


disclaimer = This is information, not a lawyer's advice. For your own case, ask a lawyer, or your country's embassy or consulate.
contact-verified = Checked by our team on { $date }.
contact-published = Published by { $publisher } on { $date }. It may have changed: check it before you rely on it.
contact-published-undated = Published by { $publisher }; the date is not known. It may have changed: check it before you rely on it.
contact-foreign-agent = Russia lists this organisation as a "foreign agent". Contacting it is legal.
