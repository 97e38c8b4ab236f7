# Recruitment patterns: coercion (rules/scams/coercion.toml).

scam-migration-centre-army-recruitment = This is army recruitment at the migration centre. A military contract does not give you citizenship: it only lets you apply, and the contract lasts until the war ends. In your home country, joining a foreign army is a crime.

scam-contract-hidden-in-papers = Migrants have been given a military contract hidden in a pile of permit forms, or told it was "deportation papers". Do not sign anything you have not read and understood. Ask for a copy and an interpreter.

scam-permit-requires-contract = Migration officers have told people they must sign a military contract to get a residence permit or citizenship. Since November 2025 a decree does demand this from many men aged 18 to 65 who apply, but it does not guarantee the permit. The contract binds you to the war until it ends, and your home country treats it as a crime.

scam-citizenship-revocation-threat = The threat of losing Russian citizenship is used to push new citizens into a military contract. A 2024 law allows it for not registering for military service, but registering is not signing: lawyers say you keep the same rights to deferment and alternative service as other citizens. Do not sign a contract under this pressure.

scam-deportation-or-front = Detained migrants are often told to choose between deportation and a military contract. Since December 2024 a contract does cancel deportation, but it sends you to the war with no end date, and your home country treats it as a crime. Ask for a lawyer before you sign anything.

scam-violence-to-sign = Police have beaten people and threatened to plant drugs or open criminal cases to make them sign a contract. People who signed this way were sent to the front. Tell a lawyer, a rights group or your consulate as soon as you can.

scam-debt-write-off-for-contract = Police and recruiters offer to pay off your debts if you sign a contract. The 2024 law, as reported, writes off only debts a court was already collecting before 1 December 2024, up to 10 million rubles; a police promise to pay your loan has no legal basis. The contract sends you to war and is a crime in your home country.

scam-prison-pardon-recruitment = In prisons, recruiters promise a pardon or freedom after six months at war. Most of the Uzbeks and Tajiks killed in the war whom journalists counted had been recruited from prisons, and the legal basis of the pardon has been unclear. Fighting is also a crime in your home country.

scam-passport-confiscation = Do not give your passport to an employer, a "manager" or a recruiter. People whose passports were taken could not leave on their own, and some were sent to the front.

scam-fake-mobilisation-order = In 2022 a fake "Interior Ministry order" said migrants who refused a contract would lose their work permits and be deported; the Russian embassy in Tashkent said it was fake. Some later rules are real, so check such a claim against the official text, not a forwarded message.
