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

/**
 * Finite forms of the verbs of denial. A wording that denies a claim restates it ("he denied
 * that he advised Beijing to delay their release" against "he advised Beijing to delay their
 * release"), so it shares the claim's words while saying the opposite. The participle
 * ("Denying he was a gangster, he wandered the streets") is left out: it mostly sets a scene
 * rather than answering the claim.
 */
export const DENIAL_VERBS: ReadonlySet<string> = new Set([
	'deny',
	'denies',
	'denied',
	'dispute',
	'disputes',
	'disputed',
	'reject',
	'rejects',
	'rejected',
	'refute',
	'refutes',
	'refuted',
]);

// ---- Capture ingest: the words of web-page furniture around an article ----
// Each list below is matched against whole lines of a capture (case-insensitive) and names
// only the generic furniture of news pages in English, never a story's people or places.

/** English month names: datelines (a misspelt month, "Novemer 27, 2005") and dates in text. */
export const MONTH_NAMES: readonly string[] = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];

/**
 * Abbreviated month names as news style writes them before a day ("Nov. 8", "Sept 30"), mapped
 * to the full name so that "sentenced Nov. 8" and "sentenced November 8" compare equal: the first
 * three letters of each name ("May" needs none) and "Sept". tokenize applies these only before a
 * full stop or a number, so "Jan" the name and "mar" the verb keep their own forms.
 */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
	...MONTH_NAMES.filter((m) => m.length > 3).map((m) => [m.slice(0, 3), m] as const),
	['sept', 'september'],
]);

/** English weekday names: dates in text, and words that follow "on" like a place but are not one. */
export const WEEKDAY_NAMES: readonly string[] = [
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday',
];

/**
 * Words that stand around the date in a dateline ("Posted:", "Last updated at", "First
 * published on"), with the weekday names and clock words. A line made of a date and only these
 * words (plus time zones and at most a short place) is a dateline, not a sentence.
 */
export const DATELINE_WORDS: ReadonlySet<string> = new Set(
	`posted published updated update last first date on at by modified created filed uk local time
	am pm a m p monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
	thurs fri sat sun of the th st nd rd`
		.split(/\s+/)
		.filter(Boolean),
);

/** Words that mark a dateline's date as an update rather than the first publication. */
export const UPDATE_WORDS: readonly string[] = ['updated', 'update', 'modified', 'revised'];

/**
 * Openings of an inline promotion for another story ("More from Example Daily: …", "Read more:
 * …", "Related: …"). Such a line is one link, removed alone; it never ends the article.
 */
export const PROMO_OPENINGS: readonly string[] = [
	'more from [^:]{1,60}',
	'read more',
	'read next',
	'read also',
	'also read',
	'see also',
	'related',
	'related story',
	'related article',
	'related coverage',
	'recommended',
	'watch',
	'listen',
	'click here',
	'more on this story',
	'more coverage',
	'don’t miss',
	"don't miss",
];

/**
 * Headings that open readers' comments under an article ("Comments", "87 Comments", "Join the
 * conversation"): what follows is readers' text, sentences that are not the article's.
 */
export const COMMENT_HEADINGS: readonly string[] = [
	'comments?',
	'\\d+ comments?',
	'comments? \\(\\d+\\)',
	'join the (?:conversation|discussion)',
	'(?:show|view|load|read|leave a|post a|add a) comments?',
];

/**
 * Headings that open a page's trailing material (comments, teasers, "most read" lists). They end
 * the article only with strong evidence: link-like lines follow, or the heading recurs in the
 * site's captures of other stories.
 */
export const END_HEADINGS: readonly string[] = [
	'stay connected',
	'related(?: stories| articles| content| coverage)?',
	'more (?:stories|from .*)',
	'read (?:more|next)',
	'most (?:read|popular|viewed)',
	'trending(?: now)?',
	'recommended(?: for you)?',
	'.*top stories',
	'in depth',
	'latest (?:news|stories)',
	'you (?:may|might) also like',
	'(?:sponsored|promoted|partner|paid)(?: content| stories| links| posts?)?',
	...COMMENT_HEADINGS,
	'from (?:around )?the web',
	'from our partners',
];

/** Whole lines of navigation, sharing and sign-up chrome. */
export const CHROME_PHRASES: readonly string[] = [
	'skip to (?:main )?(?:content|site index|navigation|search)',
	'share(?: this| full)?(?: article| story)?',
	'supported by',
	'skip advertisement',
	'link copied!?',
	'menu',
	'search',
	'sign in',
	'log in',
	'subscribe(?: now| today)?(?: (?:for|from) .{1,30})?',
	'already (?:a subscriber|subscribed|have an account)\\?.*',
	'continue reading .{0,60}',
	'advertisement',
	'ad',
	'close',
	'print',
	'email',
	'copy link',
	'facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|bluesky|threads',
	'listen to (?:this )?article\\b.*',
	'get (?:daily|breaking|the latest) .* news',
	'sign up .*',
	'follow us.*',
	'follow .{1,40} on (?:x|twitter|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube)\\.?',
	'this (?:article|story|page) is (?:more than|over) .{1,20} old',
	'reuse this content',
	'click here\\b.*',
	'.*\\b(?:delivered|sent) (?:straight )?to your inbox\\.?',
	'download (?:our|the) .{0,40}\\bapp\\b.*',
	'have a (?:news )?tip\\?.*',
	'explore more on (?:these|this) topics?',
	'related topics',
	'more on this story',
	'gift (?:this )?(?:article|story)',
	'\\d{1,3} min(?:ute)?s? read',
	'save (?:this )?(?:article|story)',
	'this is a (?:developing|breaking)(?: news)? story\\b.*',
	'this (?:story|article) (?:is developing|will be updated)\\b.*',
	'view this post on \\w+',
	'a post shared by .{1,80}',
];

/**
 * A site's cookie or consent banner, wherever the capture put it: it names cookies together with
 * the reader's choice or the site's policy ("We use cookies to improve your experience. Accept
 * all", "Manage cookie preferences").
 */
export const CONSENT_BANNER =
	/^(?:we|this (?:web)?site|our (?:web)?site)s? uses? cookies\b|\b(?:accept|reject|allow|manage|use of) (?:all |our )?cookies\b|\bcookie (?:settings|preferences|policy|consent)\b/i;

/**
 * Breadcrumbs above a page's headline ("Home > News > Local", "News / World / Europe"): three or
 * more short segments (up to four words each) between separators, or "Home" and one more; no
 * quotation marks or sentence punctuation, which a line of the text would have.
 */
export const BREADCRUMB =
	/^(?:home\s[>»›/]\s[^"“”.!?]{1,40}|(?:[^>»›/"“”.!?\s]+(?:\s[^>»›/"“”.!?\s]+){0,3}\s[>»›/]\s){2,}[^>»›/"“”.!?\s]+(?:\s[^>»›/"“”.!?\s]+){0,3})$/i;

/**
 * A paper's note on its print edition under the web text ("A version of this article appears in
 * print on June 4, 2025, Section A, Page 18 …").
 */
export const PRINT_NOTE =
	/^(?:a version of )?this (?:article|story) (?:appears|appeared|ran|was published) in print\b/i;

/**
 * A copyright notice ("Copyright 2025 Example Wire. All Rights Reserved.", "© 2025 …"): the page's
 * footer, so it ends the article as a credit line does. The year must follow the mark at once, so
 * that a sentence opening "Copyright claims rose in 2024" is never one.
 */
export const COPYRIGHT_LINE =
	/^(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:copyright\s*)?(?:19|20)\d{2}\b|\ball rights reserved\W*$/i;

/**
 * A photo or video caption standing between the paragraphs of the text: labelled as one ("Image
 * caption, …", "Media caption, …", "Image source, …"), a file photo ("FILE - …"), or ending on a
 * photographer's credit ("(Example Press Photo/Ann Cole, File)", "Photograph: Sam Lee/Agency").
 */
export const CAPTION_LINE =
	/^(?:image|media|video|photo) (?:caption|source|credit)\b|^FILE\s*[-—–]\s|\((?:[^()]*\s)?(?:photo|photograph|image)\s*\/[^()]*\)\s*$|\b(?:photograph|photo|image|picture): [^.]{1,60}\/[^.]{1,60}$/i;

/** Openings of a credit line that ends an article ("With files from …"). */
export const CREDIT_OPENINGS: readonly string[] = [
	'with files from',
	'with a (?:file|report) from',
	'with reporting (?:by|from)',
	'files from',
	'written by',
	'compiled by',
];

/**
 * A wire service's reporting and editing credit ("Reporting by Maria Okafor; Editing by Tom
 * Hale", "(Additional reporting by …)"): no full stop anywhere, so that a sentence opening on
 * "Reporting by the council showed …" is never read as one.
 */
export const REPORTING_CREDIT =
	/^[\s(—–-]*(?:additional )?(?:reporting|editing|writing) by\b[^.!?]*$/i;

/** Endings of a credit line that ends an article ("Lee Chan contributed to this report."). */
export const CREDIT_ENDINGS: readonly string[] = [
	'contributed(?: reporting)? to this (?:report|story|article)',
	'contributed reporting',
];

/** News agencies whose bare name on a line after the body is a wire credit. */
export const WIRE_AGENCIES: readonly string[] = [
	'the canadian press',
	'the associated press',
	'associated press',
	'reuters',
	'agence france-presse',
	'afp',
];

/** Words that mark a line above the body as a photo caption. */
export const CAPTION_CUES: readonly string[] = [
	'photo',
	'photograph',
	'pictured',
	'file image',
	'image:',
	'credit:',
	'getty images',
	'seen (?:here|in|at|during|on)',
];

/** Job titles that follow a name in a byline ("Jane Roe, Staff Writer"). */
export const BYLINE_ROLES: readonly string[] = [
	'staff writer',
	'staff reporter',
	'reporter',
	'correspondent',
	'editor',
	'columnist',
	'contributor',
	'news staff',
	'staff',
];

/** Agency and picture-desk tags in brackets that mark a photo caption ("(AP Photo/…)"). */
export const CAPTION_AGENCY_TAGS: readonly string[] = ['AP', 'CP', 'Reuters', 'Getty'];

// ---- Sentence splitting: abbreviations and sentence openers of English news copy ----

/** Titles and abbreviations that never end a sentence (compared without the dot, lowercase). */
export const ABBREVIATIONS_NEVER_FINAL: ReadonlySet<string> = new Set(
	`mr mrs ms mx dr prof st sr jr gen gov sen rep lt col capt cpt sgt cpl maj adm cmdr hon rev
	fr messrs mt ft vs v e.g i.e cf approx dept est fig vol pp jan feb mar apr jun jul aug sep
	sept oct nov dec`
		.split(/\s+/)
		.filter(Boolean),
);

/**
 * Abbreviations that can end a sentence ("… moved to the U.S.") but usually do not. They end
 * one only when a typical sentence opener follows.
 */
export const ABBREVIATIONS_MAYBE_FINAL: ReadonlySet<string> = new Set(
	`inc ltd co corp bros etc ont que alta sask man nfld calif mass wash fla ariz colo conn ill
	mich minn penn tenn tex va wis a.m p.m`
		.split(/\s+/)
		.filter(Boolean),
);

/** Words that open sentences; after an ABBREVIATIONS_MAYBE_FINAL word they signal a real end. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
	`a an the he she it they we i you his her their its this that these those there but and so
	yet in on at as after before when while if however meanwhile according last earlier later
	both many some one two`
		.split(/\s+/)
		.filter(Boolean),
);

/** A general English word list: one string of space-separated words as a set. */
function wordSet(words: string): ReadonlySet<string> {
	return new Set(words.split(/\s+/).filter(Boolean));
}

/**
 * Verbs that attribute words to a speaker in news copy ("said", "told", "according to" is a
 * phrase handled by the quote stage). Past, present and the -ing form used after a comma
 * ("…, saying"). General English reporting verbs; none is specific to one story.
 */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = wordSet(
	`said says say saying told tells telling wrote writes writing added adds adding stated states
	asked asks tweeted tweets declared declares explained explains noted notes insisted insists
	argued argues continued continues replied replies warned warns claimed claims alleged alleges
	announced announces recalled recalls admitted admits acknowledged acknowledges concluded
	urged urges posted posts reported reports quoted thundered shouted cried chanted screamed
	yelled confirmed confirms stressed stresses emphasised emphasized suggested suggests
	predicted observed remarked commented comments countered responded responds vowed pledged
	promised conceded complained lamented called calls talked spoke contended contends questioned
	expressed`,
);

/**
 * Titles, honorifics and role words written before a name ("Inspector Dave Gaskin", "Gov.
 * Heidar Alishvandi", "Prime Minister George Papandreou"), lowercase and without a final dot.
 * They are cut from a speaker's name and kept as the role a later description ("the governor")
 * can refer back to. General English titles, none tied to one story.
 */
export const TITLES: ReadonlySet<string> = wordSet(
	`mr mrs ms mx miss dr prof professor sir dame lord lady rev reverend father sister brother
	president vice prime minister ministers chancellor premier king queen prince princess pope
	governor gov lieutenant lt colonel col general gen major maj captain capt sergeant sgt
	corporal cpl private admiral adm commander cmdr commissioner inspector insp detective det constable
	cst chief superintendent supt officer sheriff undersheriff deputy marshal judge justice senator sen
	representative rep congressman congresswoman mp mayor councillor councilor ambassador
	secretary spokesman spokeswoman spokesperson director head chairman chairwoman chair
	founder co-founder cofounder executive ceo leader coach pilot attorney prosecutor lawyer
	consul envoy emir sheikh ayatollah mullah imam bishop archbishop cardinal rabbi pastor
	doctor nurse correspondent reporter editor analyst researcher expert economist official
	clerk resident witness survivor`,
);

/**
 * Last words that make a capitalised name an organisation rather than a person ("New Zealand
 * Police", "Foreign Ministry", "State Department", "IRNA news agency").
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = wordSet(
	`police ministry department agency office government army military forces force navy
	council commission committee court union party association institute institution centre
	center university college school hospital service services bureau authority authorities
	company corporation corp inc ltd group project fund bank house embassy consulate mission
	organisation organization network newspaper paper daily times post news television radio
	broadcaster press board administration parliament congress senate cabinet team church
	coalition alliance federation foundation trust society league movement front brigade`,
);

/**
 * First- and second-person words: news narration is in the third person, so a line with these
 * and no quotation mark is usually quoted speech whose marks the copy lost.
 */
export const SPEECH_PERSON_WORDS: ReadonlySet<string> = wordSet(
	'i me my mine we us our ours you your yours',
);

/** Personal pronouns that stand for a speaker named earlier ("he said"). */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = wordSet('he she they we i it');

/**
 * Nouns that end a place name ("Qeshm island", "Unity state", "Pariang county"): a capitalised
 * run before one of them names a place, never a speaker.
 */
export const PLACE_HEADS: ReadonlySet<string> = wordSet(
	`island islands province state county city town village region district mountains mountain
	valley river lake sea gulf ocean coast bay peninsula desert camp square street road avenue
	airport port park glacier capital suburb`,
);

/**
 * Lowercase words that may sit inside a personal name ("Abdel Aziz al-Hilu", "Herman Van
 * Rompuy", "Osama bin Laden").
 */
export const NAME_PARTICLES: ReadonlySet<string> = wordSet(
	'al el van von de da di du der den del della la le bin ibn abu ben ter dos das',
);

/**
 * Role words that name the same role, so that a description ("the harbour-area
 * representative") can refer back to a person introduced with another ("MP Ana Ruiz"). Each
 * group is general English usage.
 */
export const ROLE_SYNONYMS: readonly (readonly string[])[] = [
	['mp', 'representative', 'lawmaker', 'legislator', 'member', 'congressman', 'congresswoman'],
	['spokesman', 'spokeswoman', 'spokesperson'],
	['governor', 'gov'],
	['professor', 'prof'],
	['doctor', 'dr', 'physician'],
	['inspector', 'insp', 'officer', 'constable', 'detective', 'sergeant', 'sgt'],
	['prime', 'premier'],
	['head', 'chief', 'director', 'leader', 'chairman', 'chairwoman', 'chair'],
	['agency', 'news'],
	['newspaper', 'paper', 'daily'],
];

/** Attribution verbs whose object is the listener ("told AFP", "urged MPs"), never the speaker. */
export const ADDRESSEE_VERBS: ReadonlySet<string> = wordSet(
	'told tells telling urged urges warned warns',
);

/**
 * Verbs and phrases that credit a figure to someone ("the USGS said it was 6.1", "put the
 * magnitude at 5.9", "according to police"). Two figures in one sentence with one of these
 * between them are two sources' figures, not one outlet contradicting itself.
 */
export const CREDIT_WORDS: ReadonlySet<string> = new Set(
	`said says say told reported reports estimated estimates put puts according gave gives
	stated claimed announced measured registered recorded`
		.split(/\s+/)
		.filter(Boolean),
);
