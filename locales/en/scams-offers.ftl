# Recruitment patterns: offers and lures (rules/scams/offers.toml).

scam-fake-lawyer-citizenship-contract = People who call themselves immigration lawyers have promised to speed up Russian citizenship if you sign a military contract. This is a lie: a contract only lets you apply, it does not give you citizenship. Do not sign; joining a foreign army is a crime in your home country.

scam-recruitment-point-leaflet = This is army recruitment: tents, street stands and leaflets that promise money and quick citizenship. The contract lasts until the war ends, and your home country treats joining as a crime. Do not sign anything there.

scam-serve-and-earn-message = Messages, bloggers and channels that say "serve in the army and make money" are recruiting for the war. The promised money is often not paid in full, and the contract lasts until the war ends. In your home country, joining is a crime.

scam-mosque-diaspora-recruitment = Recruiters have spoken in mosques, and some diaspora leaders have called on migrants to join the army as a duty. It is still a military contract that lasts until the war ends, and Uzbek officials have warned that it brings criminal charges at home. Do not sign because a leader or an imam asks you to.

scam-guard-job-bait-switch = Ads for security guard jobs have turned into offers to "perform tasks in the special operation zone" once people answered, with no pay promised for injuries. If a job turns into army or "SVO" work, it is recruitment for the war. Do not go and do not sign.

scam-rear-job-occupied-territory = Jobs in Mariupol and other occupied parts of Ukraine promise double pay, but workers reported that wages were cut or not paid, and some had their documents taken and were sent to the front. Ukraine treats work there as illegal. Never give your passport to an employer.

scam-trench-digging-job = Digging trenches or building fortifications is war work. Workers reported shelling, threats and unpaid wages, and some were pushed to sign a military contract. Do not take this job.

scam-noncombat-role-promise = Recruiters promise that you will be a driver, repair equipment or stay in the rear. People who believed this were sent to the front line after very little training. Do not trust such promises and do not sign.

scam-short-contract-promise = A military contract "for 3 months", "for 6 months" or "for just one year" is not what it seems: since September 2022 contracts continue until the war ends. You cannot leave when the promised term is over.

scam-citizenship-timeline-promise = Promises of Russian citizenship "in 3 months", "in 6 months" or "easily" for a contract are false. A contract only gives the right to apply; citizenship is not automatic and not guaranteed. Joining a foreign army is a crime in your home country.

scam-military-money-offer = Big signing bonuses and salaries are bait. Bonuses differ by region and have been cut, and many recruits did not get what they were promised. The contract still lasts until the war ends and is a crime in your home country.

scam-student-recruitment = Foreign students are targeted with army offers such as "service without leaving your studies", and with pressure over document problems. Do not sign. If you have document problems, ask your university and a lawyer for help.

scam-job-in-russia-military-ad = A "high-paying job in Russia" that turns out to be a military contract is recruitment for the war. Kazakhstan opened hundreds of criminal cases in 2025 against people who went to fight, Mediazona reported, and Uzbekistan's labour-migration agency asks people not to trust unofficial job ads abroad.

scam-resembles-recruitment = This text resembles recruitment messages we know, though it matches none of our patterns exactly. The closest one:
