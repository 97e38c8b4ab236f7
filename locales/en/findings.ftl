# Findings: what the law means for the person. Each message has .title, .text and .why.
# Variables come from the laws a finding rests on (see rules/findings/*.toml).
# Say "officials say" or "reports say" where a value is reported, not read in the law itself.

## Home countries: joining the war

finding-uz-mercenarism =
    .title = Joining the war is a crime in Uzbekistan
    .text = If you fight in the war for Russia for money, Uzbek law calls it mercenarism: { $min_years } to { $max_years } years in prison, prosecutors say. Even joining a foreign army without fighting is punished, with a fine or correctional labour.
    .why = Article 154 of Uzbekistan's Criminal Code punishes mercenarism, taking part in a foreign war for money. Article 154-1 punishes joining a foreign army or security service, with a fine of up to { $max_fine } basic calculation units or correctional labour. Uzbek officials have warned about this many times since 2022.

finding-uz-signed =
    .title = Danger: you can be prosecuted in Uzbekistan
    .text = You signed a contract or took part in the war: in Uzbekistan this is a crime. Officials say mercenarism is punished with { $min_years } to { $max_years } years in prison.
    .why = Uzbekistan's Criminal Code, article 154, punishes taking part in a foreign war for money. Article 154-1 also punishes joining a foreign army. Uzbek officials have said that everyone who takes part will be prosecuted.

finding-uz-returnee-sentences =
    .title = Uzbek courts have sentenced men who came back
    .text = Men who came back from this war were convicted in Uzbekistan. Sentences went from a suspended sentence or "restricted freedom" up to { $max_years } years in a prison colony.
    .why = News reports of court cases in 2024 and 2025. Courts gave lower sentences to men who came back on their own and confessed, but they still convicted them. Men who said they were tricked or forced to sign were also convicted. A man who had a Russian passport got { $max_years } years.

finding-tj-mercenarism =
    .title = Joining the war can be a crime in Tajikistan
    .text = Tajik law punishes mercenaries who fight in a foreign war. Reports say the punishment is { $min_years } to { $max_years } years in prison.
    .why = Tajikistan's Criminal Code, articles 401 and 401-1, punish mercenaries and taking part in armed conflicts abroad. We have not read the official text; the numbers come from the news. The Tajik embassy in Russia has warned that taking part is a crime.

finding-tj-signed =
    .title = Danger: you can be prosecuted in Tajikistan
    .text = You signed a contract or took part in the war. Tajik law can punish this with { $min_years } to { $max_years } years in prison, reports say.
    .why = Tajikistan's Criminal Code, articles 401 and 401-1. We have not read the official text; the numbers come from the news.

finding-tj-signed-russian-citizen =
    .title = Tajik law punishes this, but Russian citizens have not been prosecuted so far
    .text = Tajik law punishes mercenaries with { $min_years } to { $max_years } years in prison, reports say. But Tajik officials said in 2025 that no one had been prosecuted for this war, and that for people with Russian citizenship Russia decides.
    .why = Tajikistan's Criminal Code, articles 401 and 401-1. Reports say a 2015 change limits article 401-1 to "illegal armed groups", and the Prosecutor General said in August 2025 that no Tajik citizen had been prosecuted. We have not read the law texts. This can change: do not take it as a promise.

finding-tj-no-prosecutions =
    .title = No cases in Tajikistan so far, officials say
    .text = In August 2025, Tajikistan's Prosecutor General said no Tajik citizen had been prosecuted for taking part in this war. This can change: the law still allows prison.
    .why = He also said that for people who took Russian citizenship, Russia decides. Some reports say a 2015 change limits one article to "illegal armed groups". We could not confirm this.

finding-tj-voluntary-return =
    .title = Tajik law may free people who stop and come back
    .text = Tajik law is reported to free a person from punishment if he stops taking part on his own and did no other crime. It was used for people back from Syria and Iraq; we do not know if it is used for this war.
    .why = Tajik prosecutors have cited articles 307 and 401 of the Criminal Code. The government said it applies only to people who took no part in violence. We have not read the text of this rule.

finding-kg-mercenarism =
    .title = Joining the war is a crime in Kyrgyzstan
    .text = If you sign a military contract or go to fight, you can be prosecuted in Kyrgyzstan. Its Criminal Code punishes this with prison.
    .why = Kyrgyzstan's Criminal Code of 2021 punishes mercenaries (article 416) and taking part in wars abroad (article 256). We have not read the penalty ranges in the code; one report gives a maximum of 15 years for article 416.

finding-kg-signed =
    .title = Danger: you can be prosecuted in Kyrgyzstan
    .text = You signed a contract or took part in the war. In Kyrgyzstan this is a crime, punished with prison.
    .why = Kyrgyzstan's Criminal Code of 2021, articles 256 and 416. We have not read the penalty ranges in the code; one report gives a maximum of 15 years for article 416.

finding-kg-returnee-sentences =
    .title = Kyrgyz courts have sentenced men who came back
    .text = Kyrgyz courts gave men who fought in this war { $min_years } to { $max_years } years in prison, reports say. The Supreme Court later quashed the { $max_years }-year sentence, and it was reportedly made a suspended one.
    .why = News reports of court cases in 2023 and 2024, under articles 256 and 416 of the Criminal Code.

finding-kz-mercenarism =
    .title = Joining the war is a crime in Kazakhstan
    .text = If you take part in a foreign war, you can get { $min_years } to { $max_years } years in prison in Kazakhstan, the security service and prosecutors say.
    .why = Kazakhstan's Criminal Code, article 172, punishes citizens who take part in armed conflicts abroad. The security service and the Prosecutor General's Office said it again in February 2026.

finding-kz-mercenarism-for-pay =
    .title = Fighting for money is punished even harder
    .text = If a court decides you fought as a mercenary (for money), the punishment starts at { $min_years } years, and in the worst cases, where a killing is proven, it can be life in prison. You can also lose Kazakh citizenship and property.
    .why = Kazakhstan's Criminal Code, article 170, as Kazakhstan's Interior Ministry explained it; Mediazona reported that life imprisonment is for part 3 of the article, where a killing is proven. We have not read the official text.

finding-kz-signed =
    .title = Danger: you can be prosecuted in Kazakhstan
    .text = You signed a contract or took part in the war. In Kazakhstan this is a crime: { $min_years } to { $max_years } years in prison.
    .why = Kazakhstan's Criminal Code, article 172, punishes citizens who take part in armed conflicts abroad.

finding-kg-embassy-warning =
    .title = The Kyrgyz embassy warned of prison and loss of property
    .text = In September 2022 the Kyrgyz embassy in Moscow warned that taking part is punished with { $min_years } to { $max_years } years in prison and loss of property.
    .why = The embassy said that any taking part counts as mercenary activity, and asked citizens to tell it at once if they get papers calling them to a military operation. Other reports give a maximum of up to 15 years.

finding-kz-russian-passport-no-shield =
    .title = A Russian passport does not protect you from Kazakh courts
    .text = A man with Russian citizenship was sentenced in Kazakhstan to { $max_years } years in prison for taking part in the war, a member of parliament said in March 2026.
    .why = The case of Yevgeny Luft was cited by Mazhilis deputy Zharkynbek Amantayuly to show that Russian citizenship did not prevent a conviction under article 172 of the Criminal Code.

finding-kz-returnee-sentences =
    .title = Kazakh courts send men who came back to prison
    .text = In 2025, Kazakhstan opened many criminal cases against men who fought; sources give very different numbers. Courts usually give { $min_years } to { $max_years } years in a prison colony, reports say.
    .why = Mediazona and Radio Svoboda reported hundreds of cases in December 2025; a member of parliament gave a much lower number. A man with Russian citizenship also got { $max_years } years.

finding-tm-mercenarism =
    .title = Fighting for money is a crime in Turkmenistan
    .text = Turkmen law punishes a mercenary who takes part in a foreign war with { $min_years } to { $max_years } years in prison. We could not confirm that the criminal code in force since 2023 still says this.
    .why = Article 169 of the Criminal Code, as the Ministry of Justice site shows it in what looks like an older edition. Its definition of a mercenary leaves out citizens and permanent residents of a country at war; whether that covers a Turkmen with Russian citizenship is not known.

finding-uz-relative-recruited =
    .title = What your relative risks in Uzbekistan
    .text = If your relative fought for Russia for money, he can get { $min_years } to { $max_years } years in prison in Uzbekistan when he comes back, prosecutors say. Men who came back on their own and confessed got lower sentences.
    .why = Article 154 of Uzbekistan's Criminal Code, and news reports of court cases in 2024 and 2025. A lawyer who knows Uzbek law can advise him before he comes back.

finding-tj-relative-recruited =
    .title = What your relative risks in Tajikistan
    .text = Tajik law punishes mercenaries with { $min_years } to { $max_years } years in prison, reports say, but officials said in 2025 that no one had been prosecuted for this war. This can change.
    .why = Tajikistan's Criminal Code, articles 401 and 401-1, and the Prosecutor General's statement of August 2025. We have not read the law texts.

finding-kg-relative-recruited =
    .title = What your relative risks in Kyrgyzstan
    .text = Taking part in this war is a crime in Kyrgyzstan, and courts have sent men who came back to prison. A lawyer who knows Kyrgyz law can advise him.
    .why = Kyrgyzstan's Criminal Code of 2021, articles 256 and 416, and news reports of court cases in 2023 and 2024.

finding-kz-relative-recruited =
    .title = What your relative risks in Kazakhstan
    .text = If your relative took part in the war, he can get { $min_years } to { $max_years } years in prison in Kazakhstan, the security service and prosecutors say. A lawyer who knows Kazakh law can advise him.
    .why = Kazakhstan's Criminal Code, article 172. Many men who came back were prosecuted in 2025.

finding-tm-relative-recruited =
    .title = What your relative risks in Turkmenistan
    .text = Turkmen law punishes a mercenary with { $min_years } to { $max_years } years in prison, as an older edition of the code shows. We could not confirm that the code in force since 2023 still says this.
    .why = Article 169 of the Criminal Code, as the Ministry of Justice site shows it.

## Citizenship

finding-uz-russian-citizenship =
    .title = Uzbekistan does not allow two citizenships
    .text = If you take Russian citizenship, Uzbekistan can end your Uzbek citizenship, but until it does, it treats you only as an Uzbek citizen. A Russian passport does not free you from Uzbek law.
    .why = Uzbekistan's Constitution and its citizenship law do not accept a second citizenship. Taking another citizenship is a reason to lose Uzbek citizenship, but it is not automatic: officials check it first.

finding-tj-russian-citizenship =
    .title = Tajikistan and Russia allow two citizenships
    .text = Under a 1995 treaty, you can be a citizen of Tajikistan and of Russia at the same time. But while you live in Russia, you must obey Russian law, also on military service.
    .why = The treaty lets citizens take the other country's citizenship without losing their own. It is reported to say that military service follows the law of the country where you live permanently. We have not checked the original text. In December 2025 some Russian members of parliament asked to end the treaty.

finding-kg-russian-citizenship =
    .title = Kyrgyz rules on two citizenships are unclear
    .text = Kyrgyz law says you do not lose Kyrgyz citizenship just by taking another one. But Kyrgyzstan also says it has no treaty on two citizenships with any country, so it may not accept your Russian citizenship.
    .why = The 2007 citizenship law, article 6, and pages of the Kyrgyz foreign ministry. These sources do not agree. Ask the Kyrgyz embassy before you decide.

finding-kg-naturalised-service-loss =
    .title = You can lose Kyrgyz citizenship for serving in a foreign army
    .text = If you became a Kyrgyz citizen later in life (not by birth), serving in another country's army can cost you your Kyrgyz citizenship.
    .why = Changes to the citizenship law, signed in March 2025. People who are Kyrgyz citizens by birth do not lose citizenship for this reason, reports say.

finding-kz-russian-citizenship =
    .title = You lose Kazakh citizenship if you take Russian citizenship
    .text = Kazakhstan does not allow two citizenships: if you take Russian citizenship, you lose Kazakh citizenship. You must report it within { $days } days, or you can be fined { $max_fine } MRP (some reports say up to 300) or expelled.
    .why = Kazakhstan's Constitution, its citizenship law and article 496 of its Code on Administrative Offences, as a commentary on it gives the fine; you must also hand in your Kazakh passport. Using a Kazakh passport after you lost citizenship is fined too. In 2025, thousands of people lost Kazakh citizenship this way.

finding-tm-russian-citizenship =
    .title = Turkmen rules on Russian citizenship are unclear
    .text = Russia's treaty with Turkmenistan on two citizenships reportedly ended in 2015. We could not find what Turkmen law says now.
    .why = A note by the US Library of Congress, quoted on another website. Ask a Turkmen consulate or a lawyer before you decide.

finding-ru-dual-citizen-is-russian =
    .title = In Russia you count only as a Russian citizen
    .text = If you have a Russian passport, Russia treats you as a Russian citizen. Your other passport does not free you from Russian duties, such as military service.
    .why = Russia's citizenship law. In 2025 Russia's Interior Ministry said that dual citizenship in the legal sense exists only under treaties, with Tajikistan, Abkhazia and South Ossetia. We have not read the exact wording of the new law.

## Russia

finding-ru-conscription =
    .title = You can be called up to the Russian army
    .text = Russian men can be called up for military service from age { $min_age } until they turn { $max_age }. This includes new citizens.
    .why = Russian law on military service. A law signed in August 2023 raised the upper age from 27 to 30, from 1 January 2024. Men who turned 27 in 2023 are not called, reports say. Having served in another country's army does not free you. After a call-up paper you may not leave Russia, and if you do not come, you can be fined.

finding-tj-ru-conscription =
    .title = Russia can call you up, but a treaty may protect Tajik citizens
    .text = As a Russian citizen you can be called up from age { $min_age } until you turn { $max_age }. A 1995 treaty with Tajikistan is reported to say that military service follows the country where you live permanently, and that serving in one country frees you in the other.
    .why = Russian law on military service, and article 4 of the 1995 Russia–Tajikistan treaty on dual citizenship as a secondary source summarises it; we have not read the treaty text. Russia's top investigator has said that naturalised men from Tajikistan were sent to the war after raids. Ask a lawyer before you rely on the treaty.

finding-ru-new-citizen-registration =
    .title = New citizens must register for military service
    .text = If you are a man and got Russian citizenship, you must register at the military office (voenkomat), reports say within { $days } days of getting the passport. If you do not, Russia can take away your citizenship.
    .why = A law of 8 August 2024 made this a reason to take away citizenship that was not received by birth. Men who register can be called up.

finding-ru-raids-new-citizens =
    .title = Police raids look for new citizens
    .text = Police have raided markets, building sites and hostels to find new citizens who did not register for military service. Russia's top investigator said thousands of them were sent to the war.
    .why = Statements by the head of Russia's Investigative Committee, and news reports of raids and of contract offers made during them.

finding-ru-decree-821 =
    .title = New rule: a military contract for a residence permit or citizenship
    .text = Since 5 November 2025, men aged { $min_age } to { $max_age } who apply for a permanent residence permit or Russian citizenship on some grounds must show a military contract of at least a year (or one with the emergencies ministry, MChS), a discharge paper, or a paper from the military office saying they are unfit for service.
    .why = Presidential Decree No. 821 of 5 November 2025. It covers mainly people who apply because they lived in Russia a long time or have family there. Some groups do not need it, such as highly skilled specialists and students. For citizens of Kazakhstan it is reported to cover only citizenship, not the residence permit. It was hardly announced.

finding-ru-contract-voluntary =
    .title = Nobody can force you to sign a military contract
    .text = Under Russian law, a military contract is voluntary. You have the right to say no.
    .why = Article 32 of the Russian law on military duty and military service says the contract records that you join voluntarily.

finding-ru-foreigners-not-conscripted =
    .title = Foreigners cannot be called up
    .text = If you are not a Russian citizen, you cannot be called up to the Russian army. Some migrants still got call-up papers.
    .why = Article 15 of the Russian law on the legal status of foreign citizens, as human-rights groups describe it.

finding-ru-contract-no-end =
    .title = A military contract has no real end date
    .text = Since 21 September 2022, military contracts do not end while the "special military operation" goes on. A "3-month" or "1-year" contract can keep you in the war much longer.
    .why = The decree on partial mobilisation of 21 September 2022, as Russian officials explained it.

finding-ru-signed-contract-no-end =
    .title = Danger: your contract does not end on its date
    .text = Since 21 September 2022, military contracts continue until the end of the "special military operation", so you may not be let go when your term ends. Talk to a lawyer and contact your embassy now.
    .why = The decree on partial mobilisation of 21 September 2022, as Russian officials explained it.

finding-war-zone-job-trap =
    .title = Jobs in occupied Ukraine are a trap
    .text = "Construction" or other jobs in the occupied parts of Ukraine are dangerous. Workers were not paid what was promised, some had their documents taken, and some were sent to the front.
    .why = News reports from 2022 to 2025, and a statement by Ukraine's ambassador to Uzbekistan. Under Ukrainian law it is illegal to enter the occupied territory.

## Detention

finding-detained-rights =
    .title = Your rights when you are detained
    .text = You have the right to a lawyer from the moment you are detained. If you are a foreign citizen, you can ask the police to tell your consulate, and they must tell you about this right.
    .why = Article 48 of Russia's Constitution, and article 36 of the Vienna Convention on Consular Relations.

finding-detained-charges-dropped-offer =
    .title = "We drop the charges if you sign" is a way to recruit
    .text = Since 2024, Russian law lets people under investigation or on trial have the charges dropped if they sign a military contract. If this is offered to you, ask your lawyer before you answer: the contract sends you to the war, and your home country can prosecute you for it.
    .why = Amendments to Russian criminal-procedure law passed in the autumn of 2024, as reported. We have not read the text.

finding-detained-deportation-waiver-offer =
    .title = "Sign and you will not be deported" is a way to recruit
    .text = Since 30 December 2024, foreigners who sign a military contract are not deported, and earlier deportation orders end. The contract sends you to the war with no end date, and your home country can prosecute you for it.
    .why = Two decrees of 30 December 2024, as reported. People in migration detention have been offered exactly this choice.

finding-detained-pressed-to-sign =
    .title = Danger: do not sign anything in detention
    .text = Migrants in detention have been pushed to sign army contracts, sometimes called "deportation papers". A contract is voluntary: you can refuse, ask for a lawyer and, if you are a foreign citizen, for your consulate.
    .why = Russia's Constitution (article 48), the law on military duty (article 32) and the Vienna Convention on Consular Relations (article 36). Uzbek courts convicted men who said they signed in detention or were tricked.
