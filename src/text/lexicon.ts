/**
 * Word lists and word weights shared by every stage, each with its reason. Lists here are
 * general English (function words, spelling variants); nothing names a story's people,
 * places or events.
 */

/**
 * Weight of a function word against a content word (content words weigh 1, or their idf of
 * about 1 to 5 in alignment). Low enough that "the", "of" and "said" cannot make two wordings
 * match, not zero so that word order around them still counts. Set for the alignment engine
 * on the seed story's gold alignment; the quote and version stages share it.
 */
export const STOP_WORD_WEIGHT = 0.15;

/**
 * English function words. Reporting verbs ("said", "told") are included: every outlet uses
 * them, so they say nothing about shared wording.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	`a about above after again against all also am an and any are as at be because been before being
	below between both but by can could did do does doing down during each either else ever every few
	for from further had has have having he her here hers herself him himself his how however i if in
	into is it its itself just let me more most much must my myself neither no nor not now of off on
	once only or other our ours ourselves out over own per same shall she should since so some such
	than that the their theirs them themselves then there these they this those through thus to too
	under until up upon us very was we were what when where whether which while who whom whose why
	will with within without would yet you your yours yourself yourselves said says say saying told
	tell according also mr mrs ms one two i'm it's he's she's that's there's we're they're i've we've
	don't doesn't didn't isn't wasn't won't can't`
		.split(/\s+/)
		.filter(Boolean),
);

/** British and Canadian spellings mapped to one form (the American one, arbitrarily). */
export const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map(
	Object.entries({
		benefitting: 'benefiting',
		benefitted: 'benefited',
		travelling: 'traveling',
		travelled: 'traveled',
		traveller: 'traveler',
		travellers: 'travelers',
		cancelling: 'canceling',
		cancelled: 'canceled',
		labelling: 'labeling',
		labelled: 'labeled',
		modelling: 'modeling',
		modelled: 'modeled',
		signalling: 'signaling',
		signalled: 'signaled',
		fuelling: 'fueling',
		fuelled: 'fueled',
		counselling: 'counseling',
		counsellor: 'counselor',
		totalling: 'totaling',
		totalled: 'totaled',
		levelled: 'leveled',
		levelling: 'leveling',
		channelled: 'channeled',
		marshalled: 'marshaled',
		focussed: 'focused',
		focussing: 'focusing',
		jewellery: 'jewelry',
		defence: 'defense',
		offence: 'offense',
		licence: 'license',
		centre: 'center',
		centres: 'centers',
		theatre: 'theater',
		metre: 'meter',
		metres: 'meters',
		kilometre: 'kilometer',
		kilometres: 'kilometers',
		litre: 'liter',
		programme: 'program',
		programmes: 'programs',
		cheque: 'check',
		judgement: 'judgment',
		ageing: 'aging',
		grey: 'gray',
		manoeuvre: 'maneuver',
		catalogue: 'catalog',
		dialogue: 'dialog',
		analogue: 'analog',
		enrol: 'enroll',
		fulfil: 'fulfill',
		skilful: 'skillful',
		wilful: 'willful',
		plough: 'plow',
		mould: 'mold',
		pyjamas: 'pajamas',
		tyre: 'tire',
		tyres: 'tires',
		kerb: 'curb',
		aluminium: 'aluminum',
		sceptical: 'skeptical',
		sceptic: 'skeptic',
		paediatric: 'pediatric',
		oestrogen: 'estrogen',
		anaemia: 'anemia',
		haemorrhage: 'hemorrhage',
		encyclopaedia: 'encyclopedia',
		foetus: 'fetus',
		manoeuvres: 'maneuvers',
		practise: 'practice',
		practised: 'practiced',
	}),
);

/**
 * Words that frame any news report rather than say what it reports: the report itself and
 * when it came. Two sentences that share "reported last month" besides the story's main
 * names share the framing, not a statement, so these never count as the distinctive words a
 * reworded match needs (they still count towards overlap).
 */
export const NEWS_FRAME_WORDS: ReadonlySet<string> = new Set(
	`report reported reports reporting news statement story article announced announcement
	today yesterday tonight tomorrow morning afternoon evening night day week weekend month year
	last next earlier later recently ago monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december`
		.split(/\s+/)
		.filter(Boolean),
);
