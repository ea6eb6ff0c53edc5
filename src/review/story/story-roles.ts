/**
 * What one sentence of a story does: sets the scene, states a goal, tells an action (and whose), states
 * an observable outcome, or draws a lesson. Patterns read the words a coach listens for; compromise
 * supplies the verb forms (past, passive, modal) that tell an outcome from a plan. Pure.
 */
import nlp from 'compromise';
import { cacheMatchPatterns } from './match-cache';
import { plainText } from './story-text';

cacheMatchPatterns();

export type Actor = 'i' | 'we' | 'passive' | 'other';

/** Digits, money, percentages and the number words people say aloud. */
const NUMBER_WORD =
  '(?:\\d[\\d,.]*\\s*(?:%|percent|x|k|m|bn|million|billion|thousand|hundred)?|\\$\\s?\\d[\\d,.]*\\s*(?:k|m|bn|million|billion|thousand)?|[£€]\\s?\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|half|double|doubled|twice|triple|tripled|quadrupled|halved|zero|a third|a quarter)';
const NUMBER = new RegExp(`(?:^|[^a-z0-9])${NUMBER_WORD}(?=$|[^a-z0-9])`);
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';

/** A change people measure: the verb (or "from … to …", "down/up …") that makes a number an outcome. */
const CHANGE =
  /\b(?:reduc(?:ed|ing)|cut|cutting|drop(?:ped)?|fell|fall(?:en)?|decreas(?:ed|e)|lower(?:ed)?|shrank|shrunk|increas(?:ed|e)|grew|grown|rose|risen|rais(?:ed)|improv(?:ed|ement)|boost(?:ed)?|doubl(?:ed)|tripl(?:ed)|halv(?:ed)|sav(?:ed|ing|ings)|shorten(?:ed)?|sped up|speed(?:ed)? up|went (?:up|down|from)|came down|gone (?:up|down)|down (?:to|from|by)|up (?:to|from|by)|from [^,;]{1,40}? to |jump(?:ed)?|climb(?:ed)?|lost|recover(?:ed)?|gain(?:ed)?|eliminat(?:ed)|remov(?:ed)|freed up|brought (?:down|up|in)|generat(?:ed)|earn(?:ed)|won|signed|retain(?:ed)|hit|reach(?:ed)|exceed(?:ed)|beat|closed|onboarded|adopted|converted|resolved|ran at|runs at|now (?:at|takes|is|are|runs)|went to|dropping to|instead of (?:the )?(?:about |around |over )?(?:\$?\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)|compared (?:to|with) \$?\d[\d,.]*%?|came back|returned|(?:added|acquired|sold|booked) (?:about |around |over |nearly |almost |more than |roughly )?(?:\$|£|€)?\d[\d,.]*|filled|hired|recruited|migrated|cost|costs|renewed|expanded|extended|stayed (?:below|under|above|within)|crashed zero|zero (?:\w+ )?(?:times|\w+s)|\d[\d,.]* (?:\w+ )?(?:more|fewer|less)|(?:more|fewer|less) than (?:before|last|the)|(?:more|fewer|less) (?:\w+ )?than(?! (?:half|a third|a quarter|a few|a dozen|a hundred|a thousand|a million|hundreds|thousands|\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b))\b/;

/** Outcomes an interviewer can check without a number: a launch on a date, a renewal, a promotion, a decision. */
const OUTCOME_EVENT =
  /\b(?:launched|shipped|released|went live|go(?:ne)? live|rolled out|deployed|renewed|re-signed|signed|promoted|adopted|approved|funded|green-?lit|retained|stayed with us|kept the (?:account|customer|contract|deal)|closed the (?:deal|round|contract)|won (?:the|back)|met the (?:deadline|date|target|goal|slo|sla)|hit the (?:deadline|date|target|goal)|on time|on schedule|ahead of schedule|on the date|on budget|under budget|became (?:the )?(?:default|standard|template|norm)|made (?:it|my|our|the|this) [\w -]{0,30}?(?:the |our |a )?(?:standard|default|template|norm|playbook)|went away|disappeared|dried up|vanished|(?:is|are) still (?:used|running|in use)|still use|now use|rolled (?:it )?out|passed (?:the )?(?:audit|review|certification)|no (?:further|more|new|other) (?:incidents|outages|escalations|complaints|tickets|pages|defects|issues|sev)|zero (?:incidents|outages|escalations|complaints|defects|sev)|stopped (?:paging|churning|complaining)|cancel(?:l)?ed|scrapped|shut down|missed the|was (?:hired|offered|made)|got (?:promoted|the (?:role|offer|budget|contract))|offered me|asked me to lead|expanded to|extended (?:the|our) contract|went with (?:our|my)|chose (?:our|my)|agreed to (?:fund|renew|sign|extend)|became (?:a|the) )/;

/** Feelings and verdicts an interviewer cannot check: on their own they are not a result. */
const FEELING =
  /\b(?:went (?:really |very |super |pretty |quite )?(?:well|great|smoothly)|(?:was|were|felt|seemed|are|is) (?:very |really |so |super |quite |pretty )?(?:happy|pleased|thrilled|delighted|grateful|impressed|satisfied|excited|proud|glad|relieved|appreciative)|great feedback|positive feedback|good feedback|loved (?:it|the)|(?:was|were) (?:a )?(?:big |huge |great |real )?success|successful|worked out|turned out (?:great|well|fine|ok)|good outcome|(?:a )?win-win|felt good|i think it|i believe it|happy with)\b/;

/** Plans and wishes: a number in these is a target, not an outcome. */
const UNREALISED = /\b(?:goal|target|aim|aimed|objective|wanted|want|hoped|hope|plan(?:ned)?|expected|expect|would|could|should|needed to|need to|had to|have to|supposed to|trying to|tried to|try to|in order to|so that|if we|if i|projected|forecast|estimate[ds]?|promised|committed to|set out to|asked (?:me|us) to|was to|were to)\b/;

/** Scene-setting: where, when, who, the state of things before the story's actions. */
/** Where the story happened: "at a large fashion retailer", "I was the PM for checkout". */
const PLACE =
  /\b(?:at|for|with|in) (?:a|an|my|our|the) (?:[\w-]+ ){0,4}(?:company|retailer|startup|start-up|bank|firm|marketplace|agency|business|insurer|hospital|university|fintech|app|platform|team|org|organisation|organization|division|group|consultancy|studio|shop|store|airline|carrier)\b|\bi (?:was|am) (?:the|a|an) (?:[\w-]+ ){0,3}(?:pm|product manager|product owner|lead|manager|engineer|analyst|owner)\b/;
const CONTEXT =
  /^(?:at |in (?:19|20)\d\d|in my (?:last|previous|current|first)|last (?:year|quarter|spring|summer|fall|autumn|winter|month)|a (?:few|couple of) (?:years|months)|(?:two|three|four|five|\d+) (?:years|months) ago|when i (?:was|joined|worked|started|became|took over|moved|stepped into|inherited|got promoted|came in)|i (?:was|am) (?:a|an|the) |i (?:worked|work) (?:at|on|as|for)|i(?:'m| am| was) (?:working|leading|running)|i joined|(?:we|they) (?:were|had|are)|there (?:was|were|is|are)|our (?:team|company|product|app|service|customers?|business|org|group|platform|biggest|largest|main)|the (?:company|team|product|problem|issue|situation|context|background|platform|app|service|business)|this was|it was|back (?:in|when)|my (?:team|company|org|group|manager|product))/;
const STATE_VERB = /\b(?:was|were|had|has|have|is|are|wasn't|weren't|hadn't|didn't have|used to|kept (?:failing|breaking|dropping|churning|slipping))\b/;

const TASK =
  /\b(?:(?:my|our|the|the team's|our team's) (?:job|task|role|goal|responsibility|mandate|ask|mission|charter|brief|challenge|assignment|target|objective|aim)\b[^.;]{0,60}?\b(?:was|is|became) (?:to|that|getting|making|cutting|reducing|bringing)|(?:asked|told|wanted|needed|tasked|charged|challenged|pushed) (?:me|us|the team|my team) (?:to|with)|i (?:was|got) (?:asked|tasked|responsible|charged|brought in|hired|assigned|given|put in charge|made responsible|on the hook|accountable)|i(?:'d| had| needed| wanted| set out| decided| was supposed)(?: to)? (?:figure out|find|fix|get|make|deliver|ship|cut|reduce|decide|convince|build|turn|save|stop|bring|land|launch|understand|solve|recover|hit|meet|keep|improve|increase|grow|lead|own|drive|unblock|sort out|work out|come up with)|(?:i|we|the team|my team|our team) (?:needed|had|wanted|were asked|was asked|were tasked|set out|was supposed|were supposed|was expected|were expected|had been asked) to|(?:our|the|my|team's|one) (?:goal|task|job|mission|target|objective|ask|mandate|challenge|charter|priority|aim|okr)(?: (?:for|that|this|in|of) (?:the |that |this |our |my )?[\w-]+)? (?:was|is|had been)|(?:was|is) (?:part of|central to|core to) (?:my|our) (?:job|role|remit|responsibilities)|i wanted (?:her|him|them|the team|my team|each of them|it|us) (?:to|ready|able)|(?:goal|objective|target|task|aim|ask):\s*(?=\w)|(?:was|is) (?:my|our) (?:responsibility|job|call|goal|problem|mandate)|i owned|i was the (?:owner|dri|one (?:who|responsible))|it was (?:on me|my job|up to me|my call|my responsibility)|(?:in charge of|responsible for|accountable for|tasked with|charged with)|the ask was|(?:was|were|is) (?:mine|ours|on me|on us|up to me|up to us) to\b|(?:was|were|is) (?:all )?on me\b|(?:my|our|the|team's) (?:\w+ )?(?:goal|task|job|mission|target|objective|priority|charter|mandate|brief)\b[^.;]{0,40}?\b(?:was|is|had been|became) to\b|my (?:part|piece|share|slice|bit|end)(?: of (?:that|this|it|the (?:plan|effort|work|cut|push)))? (?:was|is)\b|(?:mandate|brief|challenge|ask|goal|task|mission|target|objective|priority|job)(?: from [\w ]{1,25}?)?(?: (?:was|is) [\w ]{0,12}?)?:\s*(?=\w)|(?:i|we|the team|my team) had (?:a|one|two|three|four|five|six|eight|ten|twelve|\d+|a few|a couple of|only|just|about) (?:\w+ )?(?:days?|weeks?|months?|quarters?|sprints?) to|the expectation was|(?:it|this|that) fell to (?:me|us)|success (?:meant|looked like|would mean|was defined as)|set (?:myself|ourselves|us|the team) (?:the|a) (?:\w+ )?(?:goal|target|deadline)|made it (?:my|our) (?:\w+ )?(?:mission|goal|priority|job)|(?:was|were) handed (?:the|this|that|a)|stepped (?:up|in) to|took (?:on )?ownership|the question was (?:how|whether|what)|what (?:we|i) needed was|the plan was to|(?:we|i) aimed to|(?:was|were) brought (?:on|in) to|became (?:my|our) (?:top |main |first |biggest |only |number one )?(?:priority|job|focus|goal|mission)|i picked (?:it|this|that) up|(?:i|we) (?:wanted|needed) (?:approval|sign-?off|buy-?in|funding|budget|a decision|a yes|agreement)|(?:gave|give|gives|handed|set|assigned) (?:me|us|the team|my team|our team) (?:a |an |the |one |this |that )?(?:clear |big |hard |new |simple |stretch )?(?:goal|target|task|job|mission|challenge|mandate|brief|objective|okr|deadline|number)|(?:leadership|management|the (?:ceo|cto|cpo|coo|cfo|vp|svp|gm|director|board|exec team|leadership team|business)|my (?:manager|boss|director|vp|skip|gm|ceo)) (?:wanted|expected|asked for|needed|demanded|gave us until)\b|i (?:\w+ ){0,3}?took (?:it |this |that |the problem |the project )?on|i volunteered to|i decided (?:to|that) (?:i|we) (?:would|should|needed))\b/;

const LEARNING =
  /\b(?:i (?:learn(?:ed|t)|took away|now know|know now)|we (?:learn(?:ed|t)|took away) (?:that )?(?=[^.]*\b(?:you|should|always|never|must|need|needs|have to|has to|is|are|matters|pays off|works)\b)|(?:lesson|takeaway)s?(?= (?:i|we|here|for me|for us|learned|learnt|was|is|were|are|i'd|from|that|of (?:this|that|the story|it)\b)|\s*[:—–-]|$)|(?:biggest|main|key|real|big|important|hard|my|one|a|the) (?:lesson|takeaway)s?(?! (?:plan|content|page|screen|flow|video|material|format|length|library|catalog|catalogue|completion)s?\b)(?=[^.]*\b(?:i|we|learned|learnt|was|is|that|:)\b)|(?:the|my|a|one|big|biggest|key|main|our) learnings?\b|(?<!-)\blearnings\b|what i took (?:from|away)|i took from|taught me|next time|in hindsight|looking back|with hindsight|if i (?:did|had to do|were to do|could do|had) (?:it|this|that) (?:again|over)|i would(?:n't| not)? (?:now |have |do )|i'd (?:have (?!to\b)|do|now|never)|what i(?:'d| would) do differently|do (?:it |things )?differently|since then,? (?:i|we) (?:always|now|make|start)|now i (?:always|make sure|start|never)|i (?:now|always) (?:make sure|start|ask|check|bring|write|involve)|made me (?:realize|realise|rethink)|it (?:showed|reminded|taught) me|i realized|i realised|i understood that|the (?:big |main )?thing i)\b/;

/** "I learned that 80 percent of applications used three forms": a finding told among the actions, not a lesson. */
const FINDING =
  /^(?:[a-z ,]{0,60}\band )?(?:(?:then|so|quickly|soon|eventually),? )?i (?:learned|learnt|found out|realized|realised) (?:that )?(?![^.;—–]*\b(?:you|should|always|never|must|next time|now|lesson|is|are)\b)[^.;—–]*\b(?:was|were|had|did|used|wanted|needed|didn't|wasn't|weren't|\d+)\b/;

/** "I want to talk about a time I had to…": the candidate introducing the story, not its goal. */
const META_INTRO = /^(?:so,? |ok(?:ay)?,? )?(?:i(?:'d| would)? (?:want|like|love) to (?:talk|tell you) about|let me (?:tell you|talk) about|this is (?:a|the) story|the (?:story|example) i(?:'d| would)? (?:want|like|pick)|(?:there was )?a time (?:when )?i)\b/;

const FIRST_PERSON = /^(?:i|i'd|i've|i'll|me|myself)\b/;
const JOINT = /^(?:(?:[a-z'-]+ ){0,3}and (?:i|me|myself)\b(?! (?:was|am|were)\b)|(?:me|myself|i) and (?:my|our|the|a|an|two|three|[a-z]+'s)\b)/;
const TEAM =
  /^(?:we|we've|we'd|us|our (?:team|teams|engineers|squad|group|devs|developers|designers)|the (?:team|teams|engineers|engineering team|devs|developers|designers|squad|group|whole team|crew|org|two of us)|my (?:team|squad|group|org|engineers)|together|all of us|the rest of (?:us|the team)|engineering|design|the (?:three|four|five) of us)\b/;
const OTHERS = /^(?:he|she|they|everyone|everybody|my (?:manager|boss|director|vp|lead|peer|colleague|counterpart)|the (?:customer|client|vp|ceo|cto|director|manager|vendor|partner|legal|finance|sales|leadership|stakeholders?|exec|executives?|user|users|company|business))\b/;
const LEADING_CONNECTORS = /^(?:so|then|and|but|anyway|overall|yeah|yes|ok|okay|oh|well|um|uh|like|actually|first|firstly|second|secondly|third|next|after that|afterwards|finally|eventually|later|also|meanwhile|at that point|from there|at first|in the end|ultimately|together|basically|honestly|instead|as a result|that's when|this is when|that is when|right away|immediately|personally|myself)\b,?\s*/;
const SUBORDINATE = /^(?:when|after|before|once|because|since|as|if|although|though|while|to|with|by|in|on|at|over|within|during|for|from|using|given|instead of|despite|without|through|under|rather than|having|seeing|knowing|realizing|realising|working|two|three|four|five|six|a few|the next|that|this|over the|on day|on the|by the)\b[^,]{0,90},\s*/;

/** "After each meeting I…", "the next morning we…": a short time or place phrase told without a comma. */
const OPENING_PHRASE = /^(?:after|before|during|in|on|at|over|for|within|by|next|later|with|along with|together with|the next|the following|that (?:night|day|week|morning|afternoon|evening)|this time|then for)\b(?:\s+[a-z0-9'-]+){0,4}?\s+(?=(?:i|we)\s+[a-z]+(?:ed|ent|ote|ave|ook|ang|an|ought|old|et|ut|ad)\b)/;

/** The main clause of a sentence: leading connectors and an opening phrase before a comma removed. */
export function mainClause(plain: string): string {
  let s = plain.replace(/^["'(]+/, '');
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(LEADING_CONNECTORS, '');
    const sub = SUBORDINATE.exec(s);
    // Only strip an opening phrase when what follows it starts a clause of its own.
    if (sub && /^(?:i|we|the|my|our|they|he|she|it|this|that|everyone|together|\w+ and i)\b/.test(s.slice(sub[0].length))) s = s.slice(sub[0].length);
    else s = s.replace(OPENING_PHRASE, '');
    if (s === before) break;
  }
  return s;
}

/** The verb phrases of a sentence, as compromise reads them. */
type VerbInfo = { infinitive: string; form: string; negative: boolean; text: string };
type Parsed = { doc: ReturnType<typeof nlp>; verbs: VerbInfo[] };

/**
 * Parsing is most of a review's time, and a story reads the same sentence and clause more than once
 * (its roles, whether it is told in the present, its measures): each text is parsed once per review.
 * The cache holds only what compromise read, so results do not depend on it.
 */
const parsed = new Map<string, Parsed>();
const PARSE_CACHE_SIZE = 400;

/** Starts a review with no parses kept from the one before (a fair time per review, bounded memory). */
export function forgetParses(): void {
  parsed.clear();
}
function parse(text: string): Parsed {
  let hit = parsed.get(text);
  if (!hit) {
    type Json = { text: string; verb?: { infinitive?: string; negative?: boolean; grammar?: { form?: string } } };
    const doc = nlp(text);
    // Only the verb's own reading is used: the per-term JSON is skipped.
    const verbs = (doc.verbs().json({ terms: false, normal: false } as object) as Json[]).map((v) => ({ text: v.text.toLowerCase(), infinitive: v.verb?.infinitive ?? '', form: v.verb?.grammar?.form ?? '', negative: v.verb?.negative ?? false }));
    hit = { doc, verbs };
    if (parsed.size >= PARSE_CACHE_SIZE) parsed.delete(parsed.keys().next().value as string);
    parsed.set(text, hit);
  }
  return hit;
}
function verbsOf(text: string): VerbInfo[] {
  return parse(text).verbs;
}

/** Verbs that state, feel or think rather than do. */
const NOT_DOING = new Set(['be', 'have', 'feel', 'seem', 'think', 'know', 'want', 'need', 'like', 'love', 'hope', 'wish', 'believe', 'expect', 'remember', 'guess', 'mean', 'look', 'sound', 'appear', 'hate', 'worry', 'care', 'suppose', 'suspect', 'assume', 'wonder', 'fear', 'doubt']);
const DOING_AUX = /\b(?:decided|started|began|chose|managed|offered|agreed|volunteered|went on|got to work|made sure|set up|kicked off|reached out|pushed|took|(?:was|were) able to|(?:had|held|ran) (?:a |an |the |two |three |several |some )?(?:few |couple of |series of )?(?:long |short |quick |tense |heated |weekly |daily )?(?:meetings?|calls?|workshops?|sessions?|discussions?|conversations?|chats?|1:1s?|offsites?|reviews?))\b/;
/** "So I did a few things.": announces the steps, is not one. */
const SUMMARY_STEP = /^(?:i|we) (?:did|tried|changed) (?:a few|a couple of|several|two|three|four|some|many|lots of|a lot of|a bunch of) (?:\w+ )?things\b/;
const ASIDE = /^(?:i|we) (?:told you|have to say|must say|should say|would say|'d say|can say|can tell you|should mention|have to admit|must admit|admit)\b/;
const FEELING_PARTICIPLE = /\b(?:frustrated|worried|surprised|shocked|disappointed|annoyed|excited|stressed|scared|concerned|confused|overwhelmed|tired|exhausted|impressed|pleased|thrilled|delighted|relieved|embarrassed|amazed|upset|torn|convinced|inspired|motivated|blown away|burned out|burnt out)$/;
const OWN_STEP_CLEFT = /^(?:my (?:first|next|second|third|last|final|immediate|opening) (?:step|move|action|call|thing|priority)|the (?:first|next|second|third|last) (?:thing|step|move) i (?:did|took|made)|what i did|the thing i did|all i did|it was (?:me|i|myself) (?:who|that))\b/;
/** "I had the engineers fix it", "we had QA rerun it": getting others to do a step is the candidate's step. */
const CAUSATIVE = /^(?:i|we) (?:then |also |quickly |just )?had (?!to\b|been\b|no\b|nothing\b|never\b)(?:[\w'-]+ ){1,3}?(?:do|build|fix|add|write|run|rerun|test|make|redo|rebuild|check|call|review|rewrite|change|move|look|set|ship|remove|create|update|pull|try|send|draft|map|interview|join|sit|shadow|estimate|prototype|measure|track|tag|label|contact|email|visit|prepare|present|switch|turn|put|cut|drop|split|clean)\b/;

export type SentenceRoles = {
  context: boolean;
  task: boolean;
  /** Who did the action this sentence tells, or undefined when it tells none. */
  actor?: Actor;
  outcome: boolean;
  /** The outcome holds a number that measures it. */
  measured: boolean;
  feelingOnly: boolean;
  learning: boolean;
  /** The sentence describes a state or a trend before the story's turn (had dropped, was losing). */
  backgroundTrend: boolean;
};

/** Who the main clause's subject is: "i", "we" (the team), a third party, or none found. */
export function subjectOf(clause: string): Actor | undefined {
  // "My team and I rebuilt it", "me and my lead mapped it": done together, so the interviewer still asks
  // "what did *you* do?" — a joint step counts with the team's.
  if (JOINT.test(clause)) return 'we';
  if (FIRST_PERSON.test(clause)) return 'i';
  if (TEAM.test(clause)) return 'we';
  if (OTHERS.test(clause)) return 'other';
  return undefined;
}

/** What someone else says, feels or always did is not a step in the story ("he still didn't agree"). */
function othersStep(clause: string, main: VerbInfo): boolean {
  if (main.negative || /passive/.test(main.form) || SPEECH_OR_STATE.test(main.infinitive)) return false;
  return !/\b(?:still|used to|always|usually|often|never|would)\b/.test(clause.slice(0, clause.indexOf(main.text) + main.text.length));
}

const SAME_IN_PAST = /^(?:set|put|cut|let|hit|read|shut|spread|quit|cost|hurt|split|bet|cast|broadcast|forecast|upset|shed|rid|beat)(?: \w+)?$/;
const ROLE = /^(?:i|we) (?:worked|work|was|were|joined|started|spent \w+ (?:years|months)) (?:at|on|for|in|as)\b/;

/** What someone else says or feels is not a step in the story. */
const SPEECH_OR_STATE =
  /^(?:say|tell|ask|mention|reply|explain|complain|call|think|feel|want|need|like|love|hate|know|see|hear|seem|turn out|turn|disagree|show|reveal|indicate|suggest|mean|cause|happen|come|come back|go|go up|go down|become|remain|stay|look|prove|last|fail|break|crash|grow|drop|fall|rise|increase|decrease|spike|jump|climb|pile up|keep)$/;

/**
 * "Pulled cancellation reasons. Called 25 accounts.": a note told without its subject is the teller's own step.
 */
function fragmentSubject(clause: string, main: VerbInfo): Actor | undefined {
  if (!/simple-past/.test(main.form) || NOT_DOING.has(main.infinitive) || /^(?:turn out|happen|become|remain|stay|prove|last|mean)$/.test(main.infinitive)) return undefined;
  return clause.startsWith(main.text.split(' ')[0]) ? 'i' : undefined;
}

/** Pronouns and openers that are not someone acting ("it was", "there were", "this meant"). */
const NOT_A_PERSON = /^(?:it|its|this|that|there|these|those|which|what|who|one|each|every|all|some|most|none|nothing|something|anything|everything|here|now|then|so|and|but|or|if|when|because|the (?:result|outcome|short version|long story|problem|issue|thing|point|reason|idea|goal|plan|ask|task))\b/;

/**
 * Someone other than the candidate or the team, named before the verb: "the CPO sided with…",
 * "QA added a test suite", "their billing vendor integrated…". A short noun phrase, then the verb.
 */
function namedSubject(clause: string, main: VerbInfo, presentTold: boolean): Actor | undefined {
  if (!/past/.test(main.form) && !(presentTold && /simple-present/.test(main.form))) return undefined;
  const at = new RegExp(`(?:^|\\s)${main.text.split(' ')[0].replace(/[^a-z0-9'-]/g, '')}\\b`).exec(clause)?.index;
  if (at === undefined || at === 0) return undefined;
  const before = clause.slice(0, at).trim();
  // "A customer wrote…" brings someone into the scene; "after I said no" is the candidate; "still sent" is a habit.
  if (!before || before.split(/\s+/).length > 5 || /[,:;]/.test(before) || NOT_A_PERSON.test(before) || /^(?:a|an)\s/.test(before) || /\b(?:i|we|me|us|who|that|which|whose)\b/.test(before)) return undefined;
  return 'other';
}

/** A sentence's clauses: split where a new subject starts ("…, and I found …") or at a dash or semicolon. */
export function clausesOf(text: string): string[] {
  return text
    .split(/\s*(?:[;—–]|:\s+(?=[a-z])|\s-\s|,\s*(?:and|but|so|then|which|while)\s+|\s+(?:but|so|then)\s+(?=(?:i|we|the team|my team|our team|they|he|she|it|everyone)\b)|(?<!^(?:[\w'-]+\s+){0,2}[\w'-]+)\s+and\s+(?=(?:i|we|the team|my team|our team|they|he|she|it|everyone)\b)|,\s+(?=(?:i|we|the team|my team|they|he|she)\b\s+\w))\s*/i)
    .map((c) => c.trim())
    .filter((c) => /[a-z]/i.test(c));
}

type ClauseRead = { text: string; subject?: Actor; doing: boolean; passive: boolean; outcome: boolean; measured: boolean; stateOnly: boolean };

/** The verbs of a clause, from its sentence's verbs when given (one parse per sentence), else parsed alone. */
function clauseVerbs(clause: string, sentenceVerbs?: VerbInfo[]): VerbInfo[] {
  if (!sentenceVerbs) return verbsOf(clause);
  const found: { at: number; v: VerbInfo }[] = [];
  for (const v of sentenceVerbs) {
    // A contraction's verb ("we'd") has no text of its own: it cannot be placed, so it is not the main verb.
    const words = v.text.replace(/[^a-z0-9' -]+/g, '').trim();
    if (!words) continue;
    const find = (w: string) => new RegExp(`(?:^|[^a-z0-9'])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^a-z0-9'])`).exec(clause)?.index;
    // "said: let's" spans a clause break: it is placed by its first word.
    const at = find(words) ?? (/[:;,]/.test(v.text) ? find(words.split(' ')[0]) : undefined);
    if (at !== undefined) found.push({ at, v });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.v);
}

/** `notesOpening`: the clause opens a sentence written as a note, so a missing subject is the teller's ("Called 25 accounts."). */
function readClause(text: string, sentenceVerbs?: VerbInfo[], presentTold = false, notesOpening = false): ClauseRead {
  const clause = mainClause(text);
  const placed = clauseVerbs(clause, sentenceVerbs);
  // "Licensing deals were…", "their billing vendor integrated…": an -ing word before the verb is a noun.
  // "Automated tests were added", "feature flags were introduced": a word before "were" describes the noun.
  const modifier = placed.length > 1 && !/^(?:i|we)\b/.test(clause) && (/^[a-z]+ing$/.test(placed[0].text) || (!/\s/.test(placed[0].text) && clause.startsWith(placed[0].text) && /^(?:[\w-]+ ){1,3}(?:was|were|is|are|had|has|have|got)\b/.test(clause)));
  const verbs = modifier ? placed.slice(1) : placed;
  const main = verbs[0];
  const passive = main ? /passive/.test(main.form) : false;
  const subject = subjectOf(clause) ?? (main && !passive ? namedSubject(clause, main, presentTold) ?? (notesOpening ? fragmentSubject(clause, main) : undefined) : undefined);
  const unrealised = UNREALISED.test(clause.replace(REALISED, '')) && !/\b(?:so that|in order to)\b/.test(clause.replace(UNREALISED_TAIL, ''));
  // "By Q4, 12 customers had adopted it": a past perfect after "by <when>" is the outcome, not the background.
  const trend = BACKGROUND_TREND.test(clause) && !BY_THEN.test(plainText(text));
  const number = hasNumber(clause);
  const modal = main ? /modal|future|conditional/.test(main.form) : false;
  const copula = main ? ['be', 'have'].includes(main.infinitive) && !/passive/.test(main.form) : false;
  // "It was a lot, more than half" describes; "churn was down 20%" measures a change.
  const change = EARLY.test(clause) || ADOPTION.test(clause) || (copula ? COPULA_CHANGE.test(clause) : CHANGE.test(clause) || PASSIVE_OUTCOME.test(clause));
  // "Saw that users who finished a lesson came back three times more": a finding, not the story's outcome.
  const staged = STAGED.test(clause) || /^(?:(?:i|we) )?(?:saw|found|noticed|learned|learnt|realized|realised|discovered|spotted|found out) (?:that|how)\b/.test(clause);
  const measured = number && change && !unrealised && !trend && !modal && !staged && !HEDGED.test(clause);
  const outcome = !unrealised && !trend && !modal && !staged && ((number && change) || OUTCOME_EVENT.test(clause) || PASSIVE_OUTCOME.test(clause));
  // A past-perfect clause ("we had lost two PMs") is background to the story, not one of its actions.
  // "I started reading them" does: a gerund after started/began/kept is the action itself.
  const startedDoing = main && /gerund/.test(main.form) && /^(?:start|begin|keep|stop|go on)\b/.test(main.infinitive);
  const doingVerb = main && (!NOT_DOING.has(main.infinitive) || DOING_AUX.test(clause) || CAUSATIVE.test(clause)) && (startedDoing || !/modal|future|infinitive|gerund|past-perfect|progressive/.test(main.form)) && !/^(?:i|we) get (?:it|that|why)\b/.test(clause);
  // "We make a language app", "I get that": the present tense describes, it does not tell a step.
  // "I worked at a bank", "we were on the payments team": a role, not an action.
  // ("set", "put", "cut", "split" look the same in the past: those are read as past.)
  // "The code had been shared with 200,000 people": past perfect, the background to the story.
  const describing = (passive && /\bhad been\b/.test(main.text)) || (!presentTold && main && /simple-present/.test(main.form) && (/^(?:i|we)\b/.test(clause) || JOINT.test(clause)) && !SAME_IN_PAST.test(main.infinitive)) || ROLE.test(clause) || /^(?:i|we) (?:was|were) (?:about|going|getting ready|planning) to\b/.test(clause);
  // "My first step was to call…", "what I did was…", "it was me who…": the step is told through "was".
  if (OWN_STEP_CLEFT.test(clause) && !/\b(?:would|will|could|should|might)\b/.test(clause)) return { text: clause, subject: 'i', doing: true, passive: false, outcome: false, measured: false, stateOnly: false };
  // "I have to say the designers were great", "I was frustrated": talk to the interviewer and feelings are not steps.
  const aside = ASIDE.test(clause) || (passive && FEELING_PARTICIPLE.test(main.text)) || SUMMARY_STEP.test(clause) || (main?.negative && /^(?:agree|accept|like|want|believe|buy|see|understand|think|know|care|mind|expect)$/.test(main.infinitive));
  const doing = Boolean(doingVerb) && !describing && !aside && (subject !== 'other' || othersStep(clause, main));
  return { text: clause, subject, doing, passive, outcome, measured, stateOnly: Boolean(main) && !doingVerb };
}

/** "Launched a week before the album came out", "three weeks early": time won is a measure. */
const EARLY = new RegExp(`\\b(?:launched|shipped|went live|went out|came out|live|delivered|finished|released|completed|done|ready|landed|rolled (?:it )?out|hit|reached|signed|closed|migrated|moved|opened)\\b[^.;]*?\\b(?:a|one|two|three|four|five|six|seven|eight|\\d+|a few|several|a full|a couple of) (?:full )?(?:days?|weeks?|months?|quarters?|sprints?) (?:early|earlier|sooner|ahead of \\w+|before (?:the |our |its |their )?\\w+)`);
/** "Three other clinics used the same API": a count of those who took it up. */
const ADOPTION =
  /\b(?:\d[\d,.]*(?:%| percent)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens of|hundreds of|thousands of|several) (?:[\w-]+ ){0,4}[\w-]+s (?:had |have |also |then |later |soon |all |now )?(?:used|adopted|signed(?: up)?|joined|switched|moved|bought|renewed|upgraded|requested|reused|copied|followed|started using|now use|picked up|took up|asked (?:for|to))\b/;

const BY_THEN = new RegExp(`^(?:and |so )?(?:by|within|after|in) (?:q[1-4]|the end|then|that (?:point|time)|the time|the following|the next|${MONTH}|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of|\\d+) (?:days?|weeks?|months?|quarters?|years?)(?: later)?)\\b`);
const COPULA_CHANGE = /\b(?:(?:was|were|got|has been|have been|had been) (?:\w+ )?(?:halved|doubled|tripled|quadrupled|cut|reduced|increased|decreased|lowered|raised|improved|boosted|shortened|eliminated|removed)|(?:down|up)(?= (?:by|to|from|about|around|over|nearly|almost|more than|\$|£|€|\d)|[.,;!]|$)|(?:under|below|above|over) (?:about |around |just |only )?(?:\d|\$|£|€|one|two|three|four|five|ten|half|a (?:third|quarter))|now (?:at|only|just|about|around)|(?:well |safely )?(?:within|under) (?:the|our|its|their|target|goal|budget|\d)|from [^,;]{1,30}? to|by (?:about |around |over |almost |nearly )?\d|lower|higher|faster|slower|cheaper|shorter|back (?:up|to)|zero)\b/;

const BACKGROUND_TREND =
  /\b(?:had (?:been )?(?:basically |already |almost |just |recently |roughly |nearly |more than |about |quietly |steadily |slowly |since |gradually )?(?:\w+ed|fallen|grown|risen|gone|lost|stalled|shrunk|become|made|built|spent|taken|run|given)|(?:was|were|had been|kept) (?:dropping|falling|losing|growing|rising|declining|slipping|churning|increasing|decreasing|taking|costing|sitting|running|getting|piling|hovering|stuck|sliding|burning|waiting|behind))\b/;
/** "As promised", "earlier than planned", "12% over target": the plan words there describe an outcome. */
const REALISED = /\b(?:over|above|ahead of|beyond|past|on|below|under|short of|against) (?:the |our |its |their |my |a |plan |)?(?:target|goal|plan|forecast|budget|quota)s?\b|\b(?:as|than) (?:promised|planned|committed|expected|hoped|we (?:planned|promised|hoped)|i (?:planned|promised|hoped))\b|\bahead of (?:plan|target)\b|\b(?:stayed|stays|remained|came in|landed|finished|ended|was|were) (?:well )?(?:within|below|under|above|inside|on|at) (?:our|the|its|their|a|my) (?:[\w%.-]+ ){0,3}(?:target|goal|budget|sla|slo|plan|forecast|limit)s?\b|\bwhat [^,;]{0,40}would have\b.*$/g;
/** "I think it was like 20 percent": a guess is not a measure. */
const HEDGED = /^(?:i think|i guess|maybe|probably|i don't remember|i'm not sure)\b/;
/** Outcomes told in the passive: "all 200 orders were corrected", "checkout was back up". */
const PASSIVE_OUTCOME = /\b(?:was|were|got|had been) (?:all )?(?:fixed|corrected|resolved|restored|recovered|refunded|approved|adopted|rolled out|launched|shipped|released|delivered|completed|finished|funded|renewed|signed|promoted|back up|back online|back to normal|reinstated|cleared|closed)\b/;

/** Reads the roles of one sentence from its clauses. */
/**
 * Whether a story is told in the present ("so I go to the kitchens, I watch the tablets…"): then the
 * present tense tells the steps. Fillers ("I think", "I mean", "I'm") do not count.
 */
export function toldInPresent(sentences: string[]): boolean {
  let present = 0;
  let past = 0;
  // "(i|we) #Adverb? <verb>", read from the terms' tags (compiling a match pattern per sentence costs more).
  type Term = { normal: string; text: string; tags: Set<string> };
  for (const s of sentences) {
    for (const terms of (parse(plainText(s)).doc as unknown as { document: Term[][] }).document) {
      for (let i = 0; i < terms.length - 1; i++) {
        if (terms[i].normal !== 'i' && terms[i].normal !== 'we') continue;
        let v = terms[i + 1];
        if (v.tags.has('Adverb') && terms[i + 2]) v = terms[i + 2];
        if (/'/.test(terms[i].text + v.text) || /'/.test(terms[i].normal)) continue;
        const verb = v.normal.replace(/[^a-z']/g, '');
        if (!verb || NOT_DOING.has(verb) || /^(?:mean|guess|do|get|am|is|are|was|were|had|did)$/.test(verb)) continue;
        if (v.tags.has('PresentTense')) present++;
        else if (v.tags.has('PastTense')) past++;
      }
    }
  }
  return present >= 3 && present > 2 * past;
}

/**
 * Reads the roles of one sentence from its clauses (`presentTold`: the story is told in the present;
 * `notes`: the sentence is written under a field, where "Called 25 accounts." leaves out its "I").
 */
export function rolesOf(text: string, presentTold = false, notes = false): SentenceRoles {
  const plain = plainText(text);
  const sentenceVerbs = verbsOf(plain);
  const clauses = clausesOf(plain).map((c, i) => readClause(c, sentenceVerbs, presentTold, notes && i === 0));
  const learning = LEARNING.test(plain) && !FINDING.test(plain);
  const task = TASK.test(plain) && !META_INTRO.test(plain);
  const feeling = FEELING.test(plain);
  const backgroundTrend = BACKGROUND_TREND.test(plain);
  const outcome = !learning && clauses.some((c) => c.outcome);
  const measured = !learning && clauses.some((c) => c.measured);

  let actor: Actor | undefined;
  if (!learning) {
    // The sentence's actor is whoever does the first thing it tells ("the vendor fixed it, and we added it" is the vendor's).
    const doers = clauses.filter((c) => c.doing && (c.subject !== undefined || c.passive));
    // "The director sided with me; the lead still disagreed, and I told him…": someone else's reaction
    // first, then the teller's step — the coach hears the teller's step.
    const acting = doers[0]?.subject === 'other' ? (doers.find((c) => c.subject === 'i') ?? doers[0]) : doers[0];
    if (acting) actor = acting.subject ?? 'passive';
  }
  // "I was asked to …", "we needed to …": a goal, not an action.
  // "I decided to cut the scope" is a step as well as a goal: a decision is something done.
  if (task && actor && !clauses.some((c) => c.doing && (c.subject === 'i' || c.subject === 'we') && (!TASK.test(c.text) || /^(?:i|we) (?:then |quickly |finally )?(?:decided|chose|opted) to\b/.test(c.text)) && !/\b(?:was|were|got) (?:asked|tasked|assigned|given|brought in|hired|made|put)\b/.test(c.text))) actor = undefined;

  const first = mainClause(clausesOf(plain)[0] ?? plain);
  const context = !learning && (((CONTEXT.test(first) || CONTEXT.test(plain)) && (STATE_VERB.test(plain) || /^(?:at|in|last|when|back)\b/.test(first) || backgroundTrend)) || PLACE.test(plain));
  // "At a grocery app I led the substitutions feature": the candidate's role in the scene, not a step.
  if (context && actor === 'i' && /^i (?:led|owned|ran|managed|headed|looked after|handled)\b/.test(first)) actor = undefined;
  return { context, task, actor, outcome, measured, feelingOnly: feeling && !outcome, learning, backgroundTrend };
}

/** What follows "so that" or "in order to" is a purpose, not an outcome. */
const UNREALISED_TAIL = /\b(?:so that|in order to)\b.*$/;

function hasNumber(plain: string): boolean {
  const withoutDates = plain
    .replace(new RegExp(`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}\\b`, 'g'), ' ')
    .replace(/\b(?:19|20)\d\d\b/g, ' ')
    .replace(/\bq[1-4]\b/g, ' ')
    .replace(/\b(?:one|a) (?:day|week|month|year|time|of|on|by|point|thing|more|another)\b/g, ' ')
    .replace(/\b1:1s?\b|\bone-on-ones?\b/g, ' ');
  return NUMBER.test(withoutDates) || EARLY.test(plain);
}

const COPULA_AMOUNT = /\b(?:worth|at|to|totall?ed|came to|amounted to|reached)\s+(?:about |around |roughly |over |nearly |almost |just |only |a record )?(?:\$|£|€|\d)/;
/** A staged rollout or a test group: "rolled out to 10% of users first", "tested it on 5% of traffic". */
const STAGED = /\b(?:rolled (?:it )?out|released|launched|shipped|tested|piloted|exposed|enabled|opened (?:it )?up|turned (?:it )?on|ran (?:it|the test|a test))\b[^,;]{0,20}?\b(?:to|for|on|with) (?:only |just |the first |a |about )?(?:\d[\d,.]*\s*%|\w+ percent)(?! (?:of )?(?:our |the |all )?(?:users|customers|traffic|stores|sellers|accounts|markets|merchants) (?:and|,) )(?![^,;]*\b(?:and then|then|before)\b)/;
/** Words that open a phrase leaning on the clause before it ("…, a 35% cut", "…, up from 2.1%"). */
const LEANS_BACK = /^(?:a|an|which|who|whose|where|up|down|from|to|in|within|over|by|compared|versus|vs|or|including|mostly|almost|about|roughly|nearly|around|well|more|less|against|than|per|each|every|on|at|for|with|without|as|just|only|all|both|while|despite|even)\b/;

/**
 * The outcomes a result sentence lists, one per clause: "signups grew 27%, conversion went from 2.1%
 * to 2.8%, and refunds stayed flat" is three. A phrase with no verb of its own, or one that leans on the
 * clause before it ("the bill dropped to $2.6M, a 35% cut"), stays with that clause.
 */
function outcomeClauses(text: string): string[] {
  const out: string[] = [];
  for (const clause of clausesOf(text)) {
    // Pieces with the separators kept, so a quote joined back reads as written.
    const parts = clause.split(/(,\s+|\s+and\s+)/);
    let current = '';
    let pending = '';
    for (let i = 0; i < parts.length; i += 2) {
      const piece = parts[i];
      const joiner = parts[i - 1] ?? '';
      const words = plainText(piece);
      const finite = CHANGE.test(words) || verbsOf(words).some((v) => v.text && !/gerund|infinitive/.test(v.form));
      if (current && (!finite || LEANS_BACK.test(words))) current += joiner + piece;
      else if (!finite) pending += (pending ? joiner : '') + piece;
      else {
        if (current) out.push(current);
        current = pending ? pending + joiner + piece : piece;
        pending = '';
      }
    }
    if (current || pending) out.push(current || pending);
  }
  return out;
}

/**
 * The measurable outcomes in a result sentence: each clause that holds a number and a change, quoted
 * as written (a date or a bare time frame is not a measure).
 */
export function measuresIn(text: string): string[] {
  const out: string[] = [];
  for (const raw of outcomeClauses(text)) {
    const clause = raw.replace(/^(?:and|but|so|which|then)\s+/i, '').replace(/[.!?]+$/, '').trim();
    const plain = plainText(clause);
    if (!plain || !hasNumber(plain)) continue;
    const read = readClause(plain);
    // A share or an amount told as done counts in a result ("60 percent of freezes happened in the app").
    // "The deal was worth $1.2M a year", "errors were at 2%": an amount told with "be" counts too.
    const amount = /%|\bpercent\b|\$|£|€|\bdollars\b/.test(plain) && (!read.stateOnly || COPULA_AMOUNT.test(plain)) && !UNREALISED.test(plain) && !HEDGED.test(plain);
    if (!read.measured && !amount) continue;
    // "Rolled out to 10% of users first": how far a step reached, not what it changed.
    if (STAGED.test(plain)) continue;
    // "I hired two testers": a step told inside the result sentence, not a measure of the outcome.
    if (read.subject === 'i' && !/%|\bpercent\b|\$|\bdollars\b|\bfrom [^,;]{1,30}? to |\b(?:doubled|tripled|quadrupled|halved|cut [^,;]* in half)\b/.test(plain)) continue;
    if (/^(?:within|after|in|over|by|for) (?:about |around |just |only )?\S+ (?:days?|weeks?|months?|quarters?|years?|hours?|minutes?)$/.test(plain)) continue;
    // "Rolled out in stages over two weeks": how long the work took, not what it changed.
    if (!/\b(?:renew|sign|extend|contract|commit)/.test(plain) && !hasNumber(plain.replace(/\b(?:over|for|during) (?:about |around |just |only |the (?:next|following) )?(?:a|an|one|two|three|four|five|six|\d+|a few|several|a couple of) (?:days?|weeks?|months?|quarters?|years?|sprints?)\b/g, ' '))) continue;
    out.push(clause.replace(/^(?:the result:?|result:?|as a result,?|in the end,?)\s*/i, ''));
  }
  return out;
}
