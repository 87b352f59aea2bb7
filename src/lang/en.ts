import { englishOcrRepairs } from './ocr.js';
import type { LanguagePack } from './types.js';

export const en: LanguagePack = {
  language: 'en',
  numbers: {
    ones: {
      zero: 0, a: 1, an: 1, another: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
      eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    },
    tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
    hundred: 'hundred',
    order: 'tens-first',
    joiner: /[- ]/,
    fractions: { half: 0.5 },
  },
  units: [
    { pattern: 'days?', unit: 'D' },
    { pattern: 'weeks?|wks?\\.?', unit: 'W' },
    { pattern: 'months?|mos?\\.', unit: 'M' },
    { pattern: 'years?|yrs?\\.?', unit: 'Y' },
    { pattern: 'quarters?', unit: 'M', scale: 3 },
    { pattern: 'fortnights?', unit: 'D', scale: 14 },
    { pattern: 'hours?|hrs?\\.?', unit: 'D', scale: 1 / 24 },
    { pattern: '(?:school\\s+|academic\\s+)?semesters?', unit: 'M', scale: 6 },
  ],
  compoundUnits: [],
  fillers: ['further', 'additional', 'more', 'full', 'consecutive', 'successive', 'calendar', 'business', 'working', 'billing', 'contract', 'subsequent', 'extra'],
  fixedDurations: [
    { pattern: /\b(?:annual|yearly)(?=\s+(?:term|period|subscription|plan|renewal|contract|membership|commitment|basis|cycle)s?\b)/giu, value: { value: 1, unit: 'Y' } },
    // "renews from year to year", "on a year-to-year basis": a renewal by one year
    { pattern: /\byear[-\s]to[-\s]year\b/giu, value: { value: 1, unit: 'Y' } },
    // "the day before the period ends": one day's notice
    { pattern: /\bthe\s+(?:last\s+)?day\s+(?=before\b)/giu, value: { value: 1, unit: 'D' } },
    // "monthly, yearly or bi-yearly billing": in a list of plan lengths bi-yearly is every two years
    { pattern: /\b(?:biennial(?:ly)?|bi-?yearly)\b/giu, value: { value: 2, unit: 'Y' } },
    { pattern: /\b(?:a\s+)?half[-\s]a[-\s]year\b|\bsix-monthly\b|\bsemi-annual(?=\s+(?:term|period|renewal)s?\b)/giu, value: { value: 6, unit: 'M' } },
  ],
  slots: {
    exclude: {
      // a threshold in a condition names no term: "if the initial term was at least 12 months"
      before: /\b(?:if|where|when)\s+(?:the|your|its)\s+(?:[\w-]+\s+)?(?:term|plan|subscription|membership|period|commitment)\s+(?:is|was|lasts|lasted|runs|ran)\s+(?:at\s+least|more\s+than|less\s+than|over|under|at\s+most|longer\s+than|shorter\s+than)\s*$|\b(?:give|gives|giving|provide|provides|send|sends)\s+you(?:\s+(?:with|a|an|at\s+least|no\s+less\s+than|not\s+less\s+than|reasonable|advance|prior))*\s*$|\b(?:(?:tell|notify|inform|remind)\s+you|withdraw\w*|cooling[-\s]off|warrant\w*|guarantee\w*|refund\w*|overdue|arrears|late|trial|pause\w*|freez\w*|suspen\w*|prices?(?!\s+(?:contract|plan|tariff|agreement))|promotion\w*|promotional|introductory|first|for\s+the\s+first)\b[^.]{0,40}$/iu,
      after: /^\s*(?:['’]s?\s*)?(?:(?:prior\s+|advance\s+|written\s+)*notice\s+)?(?:before|prior\s+to|in\s+advance\s+of)\s+(?:any\s+|the\s+|a\s+)?(?:price|fee|change|increase|amendment)|^\s*(?:after|following|from)\s+(?:receipt|the\s+date\s+of\s+(?:the\s+)?invoice|delivery)/iu,
    },
    notice: {
      before: /(?:notice(?:\s+periods?)?|notification\s+period)(?:\s+(?:for|of)\s+(?:termination|cancell?ation|non-?renewal))?(?:\s+to\s+(?:the\s+other\s+part(?:y|ies)|us|you|the\s+company))?\s*(?:of|is|shall\s+be|must\s+be|will\s+be|:|=|\|)?\s*(?:at\s+least\s+|no\s+less\s+than\s+|not\s+less\s+than\s+|a\s+minimum\s+of\s+)?$|\bnotice(?:\s+period)?\b[^.;]{0,80}\b(?:thereafter|afterwards|after\s+that)\s*,?\s*(?:only\s+)?$/iu,
      after: /^\s*(?:['’]s?\s*)?(?:\(?prior\)?\s+|advance\s+|written\s+|termination\s+|cancell?ation\s+|notice\s+in\s+writing)*(?:notice\b|in\s+advance\b|before(?:hand)?\s*(?:[.;,)]|$)|beforehand\b|before\s+(?:it|they|this)\s+(?:renews?|ends?|expires?|is\s+renewed)\b|before\s+you\s+(?:want|wish|would\s+like|intend)\b|prior\s+(?:to\s+)?(?:the\s+|your\s+|its\s+|each\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:(?:scheduled|upcoming)\s+)?(?:auto(?:matic)?[-\s]?)?(?:end|expir|renewal|anniversary|next|then|start|commencement|termination|cancellation)|before\s+(?:the\s+|your\s+|its\s+|each\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:end|expir|renewal|anniversary|next|then|start|last|termination|cancellation|current|billing\s+date|due\s+date)|ahead\s+of\s+(?:the\s+|your\s+)?(?:end|renewal|next))/iu,
    },
    renewal: {
      // "continues for" is a renewal only with "further/successive…": "shall continue for a period of
      // four years" states the initial term
      before: /(?:(?:renew\w*|extend\w*|extension|roll\w*\s+over)\b[^.;]{0,60}?\b(?:for|by|of|on)\s+(?:a\s+|an\s+|another\s+|each\s+|one\s+(?:\(\d+\)\s+)?(?:or\s+more\s+)?)?(?:(?:further|additional|successive|subsequent|consecutive)[,\s]+)*|continu\w*\b[^.;]{0,60}?\b(?:for|by)\s+(?:an?\s+|another\s+|one\s+(?:\(\d+\)\s+)?)?(?:(?:further|additional|successive|subsequent|consecutive)[,\s]+)+)(?:(?:periods?|terms?)\s*(?:of\s+|,\s*))?$|renewal\s+(?:terms?|periods?)\s*(?:of|is|shall\s+be|will\s+be|lasts?|runs?|:)?\s*$|(?:renew\w*|extend\w*|continu\w*)\b[^.;]{0,60}?\b(?:from|on(?:\s+an?)?)\s+$|\b(?:the|a|each)\s+(?:following|next|subsequent|renewed|renewal)\s+$/iu,
      after: /^\s*(?:renewal|extension)\s+(?:terms?|periods?)|^\s*(?:terms?|periods?)\s+(?:thereafter|each\s+time)|^\s*basis\b|^\s*(?:terms?\s+)?(?:renewals?|extensions?)\b/iu,
    },
    term: {
      before:
        /(?:minimum\s+(?:term|period|commitment(?:\s+period)?|contract\s+(?:term|period)|membership\s+(?:term|period)|duration)|initial\s+(?:term|period|commitment(?:\s+period)?|subscription\s+(?:term|period)|contract\s+term)|commitment\s+period|lock[-\s]in\s+period|contract\s+term|fixed\s+term|(?:subscription|service|membership|plan|agreement)\s+(?:term|commitment)|(?:subscription|membership|plan|contract|agreement)\s+(?:length|duration)|term\s+of\s+(?:this|the|your)\s+(?:agreement|contract|membership|subscription|plan|service|licen[cs]e|order))(?:\s+(?:for|of|under|on)\s+(?:this|the|your|each|every)\s+\w+)?\s*(?:\((?:the\s+)?["“'][^"”')]{1,30}["”']\)\s*)?(?:of|is|shall\s+be|will\s+be|lasts|runs\s+for|:|=|\|)?\s*(?:at\s+least\s+)?(?:(?:\d{1,3}|\p{L}+)(?:[\s-]+(?:days?|weeks?|months?|years?))?\s*(?:,\s*|\s+or\s+))*$|\bfor\s+(?:a|an|the)\s+(?:minimum|fixed|initial)\s+(?:term|period)\s+of\s+$|\b(?:to|for|with|has|have)\s+(?:a|an|the)\s+(?:(?:fixed|minimum|initial)\s+)?(?:term|commitment)\s+of\s+$|\b(?:membership|subscription|contract|agreement|plan)s?\b[^.;]{0,60}\b(?:ends|expires)\s+(?:automatically\s+)?after\s+$|\b(?:are|is)\s+(?:available|offered|sold)\s+(?:for|in)\s+(?:(?:\d{1,4}|\p{L}+)(?:[\s-]+(?:days?|weeks?|months?|years?))?\s*(?:,\s*|\s+or\s+|\s+and\s+))*$|\b(?:plans?|subscriptions?|memberships?|contracts?)\s+(?:with\s+a\s+(?:term|duration)\s+)?(?:of|lasting)\s+(?:(?:\d{1,4}|\p{L}+)(?:[\s-]+(?:days?|weeks?|months?|years?))?\s*(?:,\s*|\s+or\s+|\s+to\s+))*$|\b(?:commit\w*|lock\w*\s+in|bind\w*)\s+(?:yourself\s+|you\s+)?(?:to|for)\s+(?:a\s+|an\s+|the\s+(?:first\s+)?)?(?:minimum\s+(?:of\s+)?)?$|(?:^|[\n|])\s*(?:term|duration|contract\s+length|length)\s*[:|]\s*$|\b(?:it|this)\s+(?:runs|lasts|will\s+run|will\s+last)\s+(?:for\s+)?$|\b(?:the|an?)\s+initial\s+$|\b(?:term|subscription|membership|agreement|contract)\b[^.;]{0,80}\b(?:begins|starts|commences)\b[^.;]{0,60}\band\s+(?:ends|expires|(?:shall|will)\s+(?:end|expire))\s+$|\b(?:remain|stay)\s+(?:a\s+)?(?:member|subscriber|customer)s?\s+for\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?$|(?:^|[\n|])\s*(?:subscription|plan|contract)\s+(?:periods|lengths|terms|durations)\s*:\s*(?:(?:\d{1,3}|\p{L}+)[\s-]+(?:days?|weeks?|months?|years?)\s*(?:,\s*|\s+or\s+|\s+and\s+))*$|\b(?:membership|subscription|contract|agreement|plan|pass)(?:es|s)?\s+(?:is|are|shall\s+be|will\s+be)\s+(?:fixed\s+)?for\s+(?:a\s+(?:fixed\s+|minimum\s+)?(?:period|term)\s+of\s+)?$|\b(?:membership|subscription|contract|agreement|plan|pass)(?:es|s)?\b[^.;]{0,60}\b(?:runs?|lasts?|will\s+run|shall\s+run|will\s+last|is\s+valid|are\s+valid|(?:shall\s+|will\s+)?(?:continue|remain)(?:\s+in\s+(?:full\s+)?(?:force|effect))?|remains?\s+in\s+(?:force|effect))\s+(?:thereafter\s+)?(?:for\s+)?(?:a\s+(?:fixed\s+)?(?:period|term)\s+of\s+|an?\s+(?:initial\s+)?(?:period|term)\s+of\s+|a\s+minimum\s+of\s+|at\s+least\s+)?$/iu,
      after: /^\s*(?:-|\s)?(?:(?:minimum|initial|fixed)\s+)?terms?\b|^\s*(?:-|\s)?(?:minimum|initial|fixed)\s+(?:commitment|period|contract|membership|subscription|plan|agreement)|^[^.;]{0,20}\bdepending\s+on\s+(?:(?:the\s+)?(?:duration|length|term)\s+of\s+(?:the|your)\s+(?:selected\s+|chosen\s+)?(?:plan|subscription|membership)|your\s+(?:selection|choice)|the\s+(?:plan|subscription)\s+you\s+(?:select|selected|choose|chose))|^\s*(?:-|\s)?(?:commitment|contract\s+term|agreement|contract|membership|plan|subscription|pass)(?:es|s)?\b/iu,
    },
  },
  exclusionWindow: {
    before: /\bwithin\b[^.]{0,40}$/iu,
    // "notice of non-renewal within 60 days prior to the expiration of the term" is a notice deadline,
    // never a refund or withdrawal window: a notice word before "within", the end of a term after it
    notice: /\b(?:notice|notif\w*|cancel\w*|terminat\w*|non-?renewal)\b[^.;]{0,80}\bwithin\s*$/iu,
    deadline: /^\s*(?:['’]s?\s*)?(?:(?:prior|advance|written)\s+)*(?:notice\s+)?(?:prior\s+(?:to\s+)?|before\s+)(?:the\s+|its\s+|each\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:end|expir\w*)\b/iu,
  },
  terminationContext: /cancel|terminat|non-renewal|nonrenewal|not\s+to\s+renew|opt\s+out|\b(?:end|stop|close|quit|leave)\s+(?:your|the|this|my)\s+(?:membership|subscription|agreement|contract|plan|account|service)|\b(?:leave|leaving|quit|unsubscrib\w*)\b|\bswitch\w*\s+(?:supplier|provider)s?\b|\b(?:contract|agreement|membership|subscription|plan)\s+(?:ends|will\s+end|shall\s+end)\b|\bnot\s+(?:wish|want|intend)\w*\s+to\s+(?:renew|extend|continue)|\b(?:membership|subscription|contract|agreement|plan)\s+to\s+end\b|renew|\bnotice\b[^.;]{0,40}\b(?:before|prior\s+to)\s+(?:the\s+|its\s+|your\s+|each\s+)?(?:end|expiry|expiration)\b/iu,
  continuesPrevious: /^\s*(?:\(?\w{1,3}[.)]\s*)?(?:it|this|such|that|notice|the\s+notice|the\s+cancellation|cancellation)\b/iu,
  noticeWord: /\bnotice\b/iu,
  termColumn: /^(?:(?:minimum|initial|contract|plan|subscription)\s+)?(?:term|length|duration|commitment)$/iu,
  noExitWindow: {
    before: /\b(?:cancel|terminat)\w*\s+(?:\w+\s+){0,2}?(?:only\s+)?(?:after|once)\s+(?:you\s+have\s+been\s+(?:a\s+)?(?:member|subscriber|customer)\s+for\s+|the\s+first\s+|a\s+minimum\s+of\s+|at\s+least\s+)?$|\b(?:waive\w*|give\s+up)\b[^.;]{0,40}\b(?:cancel|terminat)\w*[^.;]{0,30}$|\b(?:cannot|can['’]t|may\s+not|are\s+not\s+able\s+to|unable\s+to)\s+(?:cancel|terminate|leave)\w*\s+(?:\w+\s+){0,3}?(?:during|within|in|for|before)\s+(?:the\s+)?(?:first|initial)?\s*$/iu,
    after: /^\s*(?:of\s+(?:the|your|this)\s+\w+\s*,?\s+)?(?:you\s+)?(?:cannot|can['’]t|may\s+not)\s+(?:cancel|terminate|leave)\b/iu,
  },
  providerOnly: {
    provider: /\b(?:we|the\s+(?:company|provider|club|gym|service))\s+(?:may|can|reserves?|shall\s+be\s+entitled|is\s+entitled|are\s+entitled)\b/iu,
    // a provider by its name ("EA may terminate …"): case matters, the name is capitalised
    named: /\b[A-Z][\p{L}\d&.-]*\s+(?:may|can|will)\s+(?:at\s+any\s+time\s+)?(?:terminate|suspend|discontinue)\b/u,
    // the customer acts in the sentence too ("you may cancel", "your notice"), not merely receives notice
    customer: /\b(?:you|customers?|members?|subscribers?|users?)\s+(?:may|can|must|shall|have\s+to|need\s+to|wish|want|decide|choose|agree|give|send|cancel|terminate)\b|\byour\s+(?:notice|cancellation|termination|right)\b|\b(?:either|each)\s+party\b|\bboth\s+parties\b|\bby\s+(?:you|the\s+(?:customer|member|subscriber))\b|\bif\s+you\b/iu,
  },
  renewal: {
    mention: /renew|extension|extend|roll\w*\s+over/iu,
    positive: /\b(?:plans?|subscriptions?|memberships?|contracts?|licen[cs]es?|passes)\s+(?:will\s+|shall\s+)?auto-?renew(?:s|ed)?\b|\bauto(?:matically)?[-\s]?renew\w*|\brenew\w*\s+tacitly\b|\btacit(?:ly)?\s+renew\w*|\brenew\w*\s+automatically\b|\b(?:will|shall)\s+(?:then\s+)?renew\b|\brenews\s+(?:for|on|each|every|at|when|after|upon)\b|\b(?:plans|subscriptions|memberships|contracts|licen[cs]es)\s+(?:\w+\s+)?renew\s+(?:for|on|each|every|at|automatically)\b|\b(?:automatically\s+)?extend(?:s|ed)?\s+automatically\b|\bautomatically\s+extend\w*|\broll(?:s|ed)?\s+over\b|\bauto-renewal\b|\bautomatic\s+renewal\b|\bcontinue[sd]?\s+(?:automatically|thereafter)\b|\bautomatically\s+continue[sd]?\b|\bautomatically\s+be\s+(?:renewed|extended)\b|\b(?:payments?|charges?|fees?|billing|subscriptions?|memberships?)\s+(?:will\s+|shall\s+)?recurs?\s+automatically\b|\bautomatically\s+recurring\s+(?:payments?|charges?|billing|membership|subscription)|\b(?:will|shall)\s+(?:then\s+)?be\s+(?:automatically\s+)?renewed\b/iu,
    negative: /\b(?:does|will|shall)(?<!\b(?:notice|notif\w*|elect\w*|intent\w*|intends?|desire\w*|wish\w*|decide\w*)\b[^.;]{0,40}(?:does|will|shall))\s+not\s+(?:automatically\s+)?(?:renew|be\s+renewed|extend(?!\s+(?:to|beyond|past)\b)|roll\s+over)|(?:\b(?:will|shall)\s+(?:simply\s+)?(?:expire|end|lapse)|\b(?:simply\s+)?(?:expires|ends|lapses))\b[^.;]{0,60}\bunless\s+you\s+(?:manually\s+|actively\s+)?(?:renew|extend|buy|purchase|top\s+up)|\b(?:need|have)\s+to\s+(?:buy|purchase|book|order)\s+(?:a\s+)?new\s+(?:licen[cs]e|subscription|pass|plan|package|membership)\b|\bnever\s+(?:be\s+)?(?:automatically\s+)?renewed\b|\bnon[-\s]?recurring\b|\b(?:do|does)\s+not\s+(?:offer|use|sell)\s+(?:(?:recurring|automatically\s+renewing|auto-?renewing)\s+)?(?:subscriptions?|payments?|billing|plans?)|\bno\s+(?:automatic\s+|auto-)?renewal\b|\bwithout\s+(?:automatic\s+|auto-)?renewal\b|\b(?:will|shall)(?<!\btrial\b[^.;]{0,40}(?:will|shall))\s+(?:end|expire|lapse)\s+automatically\b(?![^.;]{0,250}\b(?:breach\w*|violat\w*|fail\w*|death|charg\w*|bill\w*|renew\w*))|\b(?:ends|expires|terminates)\s+automatically\b(?![^.;]{0,250}\b(?:breach\w*|violat\w*|fail\w*\s+to\s+comply|with\s+immediate\s+effect|death))|\bwon['’]t\s+(?:automatically\s+)?renew|\bdo(?<!\b(?:if|unless|when|where|should)\b[^.;]{0,30}do)\s+not\s+(?:automatically\s+)?renew\b|\bends\b[^.;]{0,40}\bon\s+its\s+own\b|\bwithout\s+(?:the\s+|any\s+)?need\s+(?:for|to)\s+(?:any\s+)?(?:notice|cancel\w*|terminat\w*)|\bnever\s+(?:auto-)?renews?\b|\bis\s+not\s+(?:automatically\s+)?renewed\b/iu,
    tacit: /\btacit(?:ly)?\b|\bunless\b|\b(?:each|every)\s+(?:anniversary|renewal\s+date)\b|\bif\s+(?:you|neither\s+party|either\s+party)?\s*(?:do(?:es)?\s+not|don['’]t|fail)|\bif\s+not\s+cancel|\bautomatic|\bauto-|\bwithout\s+(?:further\s+)?(?:notice|action)|\bwill\s+renew\b|\bshall\s+renew\b|\brenews\b/iu,
    indefinite: /\bindefinite(?:ly)?\b|\bmonth[-\s]to[-\s]month\b|\brolling\s+(?:monthly|month|basis|subscription|contract)\b|\b(?:continu\w*|run\w*|remain\w*|renew\w*|roll\w*|thereafter|effective)\b[^.;]{0,40}\bon\s+a\s+(?:rolling|monthly)\s+basis\b|\bfor\s+an?\s+unlimited\s+(?:period|term|duration)\b|\buntil\s+(?:you\s+)?(?:cancel(?:led|ed|s)?|terminat\w*|tell\s+us|stop\b|switch\w*\s+(?:it\s+)?off)|\buntil\s+(?:either|one)\s+(?:of\s+us|party|side)\b|\bmonth[-\s]by[-\s]month\b|\b(?:stay|stays|remain|remains)\s+on\s+(?:the\s+same|your|this|that)\s+(?:plan|tariff|contract|deal|package)\b|\bcancel(?:led)?\s+(?:at\s+)?any\s*time\b|\bevergreen\b|\b(?:move|moved|transfer\w*|roll\w*)\s+(?:on)?to\s+(?:our|a|the)\s+(?:standard\s+)?(?:variable|standard|evergreen)\s+(?:tariff|rate|plan|price)\b/iu,
    continuation: /\bafter\s+(?:the|your|this)\s+(?:initial|minimum|first|fixed|commitment)\b|\bafter\s+(?:that|this|which)\b|\bonce\b|\bcarr(?:y|ies|ied)\s+on\b|\bkeeps?\s+(?:running|going)\b|\bmoves?\s+(?:on)?to\b|\bfollowing\s+(?:the|your|this)\b|\bthereafter\b|\bafterwards\b|\bthen\b|\bcontinues?\b|\brenew\w*|\bat\s+the\s+end\s+of\s+(?:the|your)\s+(?:initial|minimum|fixed)\b/iu,

    samePeriod:
      /\b(?:for|by)\s+(?:an?\s+|another\s+|one\s+|the\s+)?(?:additional\s+|further\s+|successive\s+|subsequent\s+|consecutive\s+|new\s+|renewal\s+)*(?:(?:subscription|renewal|billing|membership)\s+)?(?:periods?|terms?|cycles?)\s+(?:of\s+)?(?:the\s+)?(?:same|equal|identical|equivalent|like)\b|\b(?:for|by)\s+(?:an?\s+|another\s+|the\s+)?(?:additional\s+|further\s+|subsequent\s+|successive\s+)*(?:same|equal|identical|equivalent)\s+(?:subscription\s+|renewal\s+|billing\s+|membership\s+|package\s+|plan\s+|product\s+|contract\s+)?(?:periods?|terms?|length|duration)\b|\bfor\s+an?\s+(?:\w+\s+)?(?:term|period)\s+identical\s+to\b|\b(?:for|by)\s+the\s+(?:initially|originally|previously)\s+(?:agreed|selected|chosen|booked|purchased)\s+(?:term|period|duration)\b|\b(?:for|by)\s+the\s+(?:term|period|duration)\s+(?:originally|initially|previously)\s+(?:agreed|selected|chosen|booked|purchased)\b|\bfor\s+(?:a\s+|an?\s+additional\s+)?(?:period|term)\s+equal\s+(?:in\s+length\s+)?to\s+(?:the|your|its)\s+(?:initial|original|previous|prior|current|then[-\s]current|expiring)\b|\bfor\s+the\s+(?:same\s+)?(?:duration|period|length|term)\s+(?:as\s+)?(?:specified|chosen|selected|purchased|you\s+(?:chose|selected|purchased))\b|\bof\s+the\s+same\s+(?:duration|length)\s+as\b|\bfor\s+the\s+same\s+(?:period|term|length\s+of\s+time)\s+as\s+(?:before|the\s+(?:initial|original|previous))\b|\b(?:at|on|for)\s+the\s+(?:frequency|interval|billing\s+(?:cycle|period|interval)|(?:subscription\s+)?period)\s+(?:that\s+)?(?:you\s+(?:chose|choose|selected|select|picked)|selected|chosen)\b/iu,
    untilCancelled:
      /\b(?:automatically\s+(?:billed|charged|debited)|(?:billed|charged|debited)\s+automatically)\s+(?:each|every|once\s+(?:a|per))\b|\bcontinue[sd]?\s+(?:indefinitely\s+|on\s+an?\s+(?:monthly|yearly|annual|weekly|recurring|\w+ly)\s+basis\s+)?until\s+(?:you\s+)?cancel\w*|\bunless\s+you\s+cancel\w*\b[^.;]{0,80}\b(?:charge|bill)\w*\b[^.;]{0,40}\b(?:next|following|new|subsequent|each|every)\s+(?:subscription\s+|billing\s+|membership\s+)?(?:period|term|cycle|month|year)|\b(?:renew\w*|(?:continu\w*|carr(?:y|ies)\s+on|keeps?\s+(?:running|going))\s+(?:automatically|each|every|on\s+an?\s+\w+\s+basis)|charged|charge|billed|bill|debit|(?:take|collect)\w*\s+(?:a\s+)?payments?|continue\s+to\s+be\s+(?:periodically\s+)?(?:charged|billed))\b[^.;]{0,100}?\buntil\s+(?:you|the\s+(?:customer|member|subscriber|user|account\s+holder))\s+(?:\w+\s+)?(?:cancel|terminat|stop\b|end\b|switch\w*\s+(?:\w+\s+){0,2}?off|turn\w*\s+(?:\w+\s+){0,2}?off|tell\s+us|opt\s+out|unsubscrib)|\buntil\s+(?:you|it\s+is)\s+cancel\w*\b[^.;]{0,60}\b(?:renew|charg|bill)|\b(?:free\s+)?trials?\b[^.;]{0,100}\b(?:convert\w*|turn\w*|roll\w*\s+over)\s+(?:in)?to\s+(?:an?\s+)?(?:ongoing\s+|full[-\s]?fledged\s+|recurring\s+)?paid|\bunless\s+you\s+cancel\w*\b[^.;]{0,80}\btrial\b[^.;]{0,80}\b(?:charged|billed)|\b(?:charged|billed|debited|renew\w*|continued)\b[^.;]{0,100}?\buntil\s+(?:cancell?ed|terminated|cancell?ation|termination)\b|\b(?:at\s+the\s+end\s+of|after)\s+(?:the|your)\s+(?:free\s+)?trial\b[^.;]{0,100}\b(?:automatically\s+)?(?:charged|billed)|\bcancel\w*\b[^.;]{0,60}\bbefore\b[^.;]{0,60}\b(?:will\s+not|won['’]t)\s+be\s+(?:charged|billed)\s+(?:at|after)\s+the\s+end\s+of\s+(?:the|your)\s+(?:free\s+)?trial\b/iu,
    // a party may renew or extend if it chooses: an option, never an automatic renewal
    option:
      /\b(?:option|right|election)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:renew|extend)\w*|\b(?:may|can)\s+(?:\w+\s+){0,4}?(?:renew|extend)\b|\b(?:is|are|shall\s+be)\s+renewable\b|\bmay\s+be\s+(?:renewed|extended)\b|\bsuccessor\s+(?:franchise|term)s?\b|\bagrees?\s+(?:in\s+writing\s+)?to\s+(?:renew|extend)\b/iu,
    optionPeriod: /(?:renew\w*|extend\w*|extension|successor|additional|further|successive|subsequent)\b[^.;]{0,60}$/iu,
    // verbs only: a heading "AUTOMATIC RENEWAL" or "turn off automatic renewal" renews nothing
    selfActing: /\b(?:automatically|tacitly)\s+(?:continue[sd]?|renew(?:s|ed)?|extend(?:s|ed)?|recur(?:s|ring)?)\b|\b(?:continue[sd]?|renew(?:s|ed)?|extend(?:s|ed)?|recurs?)\s+(?:automatically|tacitly)\b|\b(?:plans?|subscriptions?|memberships?|contracts?|licen[cs]es?|passes)\s+(?:will\s+|shall\s+)?auto-?renew(?:s|ed)?\b/iu,
    everyBefore: /\b(?:every|each)\s+$/iu,
    cycles: [
      { pattern: /\b(?:each|every|per|a)\s+(?:calendar\s+)?month\b|\bmonthly\b|\bmonth[-\s]to[-\s]month\b/iu, value: { value: 1, unit: 'M' } },
      { pattern: /\b(?:each|every|per|a)\s+(?:calendar\s+)?year\b|\b(?:each|every)\s+anniversary\b|\bannual(?:ly)?\b|\byearly\b/iu, value: { value: 1, unit: 'Y' } },
      { pattern: /\b(?:each|every|per|a)\s+week\b|\bweekly\b/iu, value: { value: 1, unit: 'W' } },
      { pattern: /\b(?:each|every|per|a)\s+quarter\b|\bquarterly\b/iu, value: { value: 3, unit: 'M' } },
    ],
    billing: /\b(?:bill(?:ed|ing)?|charg(?:e|ed|es|ing)|debit(?:ed)?|invoic\w*|pay(?:s|ing|ment)?|paid|(?:subscription|membership)\s+fees?)\b/iu,
  },
  noticeToFollowingMonth:
    /\b(?:at|to|by|as\s+of)\s+the\s+end\s+of\s+the\s+(?:calendar\s+)?month\s+(?:following|after)\s+(?:the\s+(?:calendar\s+)?month\s+in\s+which|the\s+(?:date|day)\s+(?:on\s+which|of)|(?:the\s+|your\s+)?(?:receipt|notice|cancellation|request))|\b(?:at|to|by|as\s+of)\s+the\s+end\s+of\s+the\s+(?:following|next)\s+(?:calendar\s+)?month\b/iu,
  openPhase:
    /\bafter\s+(?:the|your|this)\s+(?:initial|minimum|first|fixed)\s+(?:term|period|commitment)|\bthereafter\b|\bafterwards\b|\bmonth[-\s]to[-\s]month\b|\brolling\b|\bindefinite(?:ly)?\b|\bopen[-\s]ended\b/iu,
  noticeAnchors: [
    { anchor: 'quarter-end', pattern: /\b(?:end\s+of\s+(?:a|the|any)\s+(?:calendar\s+)?quarter|quarter[-\s]end)\b/iu },
    { anchor: 'month-end', pattern: /\b(?:end\s+of\s+(?:a|the|any|your)\s+(?:calendar\s+)?month|month[-\s]end)\b/iu },
    { anchor: 'year-end', pattern: /\bend\s+of\s+(?:a|the)\s+(?:calendar\s+)?year\b/iu },
    { anchor: 'term-end', pattern: /\b(?:prior(?:\s+to)?|before|ahead\s+of|by)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:automatic\s+)?(?:end|expiry|expiration|renewal|anniversary)|\bend\s+of\s+(?:the|your|this)\s+(?:then[-\s]current|current|initial|minimum|renewal|fixed)?\s*(?:term|period|membership|subscription|agreement|contract)\b|\brenewal\s+date\b/iu },
    { anchor: 'anytime', pattern: /\b(?:at\s+)?any\s*time\b/iu },
  ],
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
    twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
    twentieth: 20, 'twenty-first': 21, 'twenty-fifth': 25,
  },
  money: {
    pattern: /(?:(?<currency>[£$€]|GBP|USD|EUR|US\$)\s?(?<amount>\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)|(?<amount2>\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s?(?<currency2>GBP\b|USD\b|EUR\b|pounds\b|dollars\b|euros?\b))/gu,
    decimalComma: false,
  },
  prices: {
    intro: /\b(?:introductory|promotional|intro|discounted|welcome|special|launch)\s+(?:price|rate|offer|fee|period|discount)\b|\bfor\s+the\s+first\s+\S+(?:\s+\(\d+\))?\s+(?:months?|weeks?|years?|billing\s+periods?)\b/iu,
    regular: /\b(?:regular|standard|normal|full)\s+(?:monthly\s+)?(?:price|rate|fee)\b|\bthereafter\b|\bafterwards\b|\bafter\s+that\b|\bfrom\s+the\s+\S+\s+month\b/iu,
    stepUp: /\bfrom\s+the\s+(?<ordinal>\d{1,2}(?:st|nd|rd|th)|[\p{L}-]+)\s+(?:month|billing\s+month|billing\s+period)/iu,
  },
  fees: {
    cue: /(?<name>\b(?:joining|admin(?:istration)?|activation|set-?up|processing|cancell?ation|early\s+termination|termination|exit|late(?:\s+payment)?|service|maintenance|membership|card|reactivation|installation|connection)\s+(?:fee|charge)s?\b|\b(?:fee|charge)\s+for\s+(?:cancell?ing|cancellation|terminating|termination|processing)\b)/iu,
    negated: /\bno\s+(?:\w+\s+){0,2}(?:fee|charge)s?\b|\b(?:fee|charge)s?\s+(?:is|are|will\s+be)\s+(?:waived|not\s+charged)|\bwithout\s+(?:any\s+)?(?:\w+\s+)?(?:fee|charge)|\bfree\s+of\s+charge\b|\bwe\s+(?:will\s+)?(?:do\s+not|don['’]t|never|not)\s+charge\b/iu,
    recurrence: [
      { value: 'half-yearly', pattern: /\b(?:half-yearly|semi-annual(?:ly)?|every\s+six\s+months|twice\s+a\s+year)\b/iu },
      { value: 'quarterly', pattern: /\b(?:quarterly|per\s+quarter|every\s+three\s+months)\b/iu },
      { value: 'yearly', pattern: /\b(?:annual(?:ly)?|yearly|per\s+year|each\s+year|every\s+year)\b/iu },
      { value: 'monthly', pattern: /\b(?:monthly|per\s+month|each\s+month|a\s+month|every\s+month)\b/iu },
      { value: 'per-use', pattern: /\bper\s+(?:visit|use|session|transaction|reminder|booking)\b/iu },
      { value: 'one-off', pattern: /\b(?:one-off|one-time|once|joining|activation|set-?up|upfront|when\s+you\s+join|non-refundable)\b/iu },
    ],
  },
  cancellationChannels: [
    { value: 'registered-mail', pattern: /\b(?:registered|certified|recorded)\s+(?:post|mail|letter|delivery)\b/iu },
    { value: 'email', pattern: /\be-?mail\b/iu },
    { value: 'online', pattern: /\bonline\b|\b(?:your\s+)?account\s+(?:settings|page)\b|\bin\s+your\s+account\b|\bcancel(?:lation)?\s+button\b|\bwebsite\b|\bclick\b/iu },
    { value: 'letter', pattern: /\bletter\b|\bby\s+post\b|\bin\s+writing\b|\bwritten\s+notice\b|\bsigned\b/iu },
    { value: 'fax', pattern: /\bfax\b/iu },
    { value: 'phone', pattern: /\b(?:tele)?phone\b|\bcall(?:ing)?\s+(?:us|our)\b|\bhotline\b/iu },
    { value: 'in-person', pattern: /\bin\s+person\b|\bat\s+(?:the\s+)?(?:reception|front\s+desk|club|gym|store)\b/iu },
    { value: 'app', pattern: /\b(?:our|the|mobile)\s+app\b/iu },
  ],
  channelRefused: /\bnot\s+(?:be\s+)?(?:valid|accepted|effective|possible|sufficient)\b|\bshall\s+not\s+be\s+valid\b|\bwill\s+not\s+be\s+accepted\b|\binvalid\b/iu,
  priceChange: {
    right: /\b(?:we|the\s+(?:company|provider|club|gym))\s+(?:may|can|reserve\s+the\s+right\s+to|are\s+entitled\s+to)\s+(?:\w+\s+){0,3}(?:change|increase|raise|adjust|modify|vary)\s+(?:\w+\s+){0,3}(?:prices?|fees?|charges?|rates?|subscription\s+(?:price|fee))\b|\bprices?\s+(?:are|is|may\s+be)\s+subject\s+to\s+change\b|\bprices?\s+may\s+(?:change|increase)\b/iu,
    freeExit: /\b(?:you\s+(?:may|can)\s+cancel|right\s+to\s+cancel|cancel\s+(?:free\s+of\s+charge|without\s+(?:penalty|charge))|terminate\s+without\s+(?:penalty|charge))\b/iu,
    consent: /\b(?:only\s+with\s+your\s+(?:express\s+)?(?:consent|agreement)|with\s+your\s+(?:prior\s+)?(?:express\s+)?consent|you\s+(?:must|need\s+to)\s+(?:accept|agree\s+to)\s+the\s+new\s+price)\b/iu,
  },
  pause: {
    cue: /\b(?:freez\w*|pause\w*|suspen\w*|holiday\s+period)\s+(?:your\s+|the\s+)?(?:membership|subscription|account)?/iu,
    extendsTerm: /\b(?:added\s+to|extends?|extended|prolong\w*)\s+(?:the\s+end\s+of\s+)?(?:your\s+|the\s+)?(?:minimum\s+)?(?:term|membership|contract)\b/iu,
  },
  extraordinaryTermination: {
    excluded: /\b(?:you\s+(?:may|can)\s+not|you\s+cannot|no\s+right\s+to)\s+(?:cancel|terminate)\b[^.]{0,60}\b(?:for\s+any\s+reason|under\s+any\s+circumstances|including\s+(?:relocation|moving|illness|injury))|\b(?:relocation|moving\s+house|illness|injury)\s+(?:is|are|does|do)\s+not\s+(?:a\s+)?(?:valid\s+)?(?:reason|ground)s?/iu,
    restricted: /\b(?:only|solely)\s+(?:cancel|terminate)\b[^.]{0,80}\b(?:medical|doctor|illness)|\bmedical\s+certificate\b[^.]{0,80}\b(?:diagnosis|condition)\b/iu,
  },
  noMinimumTerm: /\bno\s+minimum\s+(?:term|period|commitment|contract(?:\s+term)?|duration)\b|\bwithout\s+(?:a\s+|any\s+)?minimum\s+(?:term|period|commitment)\b|\bnot\s+subject\s+to\s+(?:a|any)\s+minimum\s+(?:term|period)\b|\bno\s+(?:lock[-\s]in|commitment\s+period)\b|\bnot\s+(?:tied|locked|bound)\s+(?:in(?:to)?|to)\b|\bdo(?:es)?\s+not\s+(?:ask|require)\s+you\s+to\s+commit\b/iu,
  contractSigns: {
    terms:
      /\b(?:you|customers?|members?|subscribers?|users?|licensee|licensor|clients?|buyers?|purchasers?|tenants?|the\s+(?:company|provider|club|service|seller|supplier|distributor|vendor|contractor))\s+(?:shall|must|may\s+not|agrees?|acknowledges?|are\s+(?:responsible|entitled|required|liable|obliged)|is\s+(?:responsible|entitled|required|liable|obliged)|will\s+be\s+(?:charged|billed|responsible|liable|entitled|required)|(?:may|can)\s+(?:cancel|terminate|withdraw|end)|authori[sz]es?|grants?)\b|\bwe\s+(?:shall|reserve|may\s+(?:terminate|suspend|change|modify|cancel|charge|remove)|(?:are|will\s+not\s+be)\s+(?:not\s+)?(?:liable|responsible))\b|\b(?:shall|hereby|hereunder|herein|hereinafter|thereof|notwithstanding|indemnif\w*)\b|\b(?:this|these)\s+(?:agreement|terms|contract|conditions|eula|policy)\b|\bterms\s+(?:of\s+(?:service|use|sale)|and\s+conditions)\b|\b(?:either|each|both)\s+part(?:y|ies)\b|\bgoverning\s+law\b|\bbinding\s+arbitration\b|\b(?:your|the)\s+(?:membership|subscription|contract|agreement|plan|account|term)\s+(?:will|shall|may|must|renews|continues|begins|starts|ends|expires|runs|is\s+(?:non-refundable|payable|binding))\b|\bfees?\s+(?:are|is)\s+(?:payable|due|non-refundable)\b|\bthis\s+is\s+an?\s+(?:[\w-]+\s+){0,3}agreement\b|\bin\s+witness\s+whereof\b|\bparty\s+[ab]\s+(?:shall|will|must|may|agrees?|undertakes?|is\s+(?:responsible|willing|entitled))\b|\b(?:undertakes?|covenants?)\s+to\b|(?:^|\s)\/s\/(?=\s)/gimu,
    topics:
      /\b(?:minimum\s+(?:term|period)|initial\s+term|notice\s+period|contract\w*|agreement|(?:subscription|service|plan)\s+term|commit\w*|auto(?:matically)?[-\s]?renew\w*|renews?\b|cancel\w*|terminat\w*|subscription|membership|fees?\b|liab\w+|refund\w*|warrant\w*)/giu,
    narrative:
      // legal English writes "the said party": only "said" after a name or pronoun is reported speech
      /(?<!\b(?:the|such|any|of)\s)\b(?:said|says|told|according\s+to\s+(?:a|the)\s+(?:report|survey|study|statement)|reported|spokes(?:man|woman|person)|in\s+my\s+(?:experience|view)|i\s+(?:think|believe|thought|was|am|have|had|could)|dear\s+[A-Z]\w+|best\s+(?:wishes|regards)|let\s+me\s+know)\b/giu,
    // letters (a customer's own cancellation) and commentary about contracts (encyclopedia, advice);
    // not questions: gym and app terms are often written as a FAQ
    otherGenres:
      /\b(?:dear\s+(?:sir|madam|team)|yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|i\s+(?:hereby\s+)?(?:cancel|terminate|revoke)\s+my|consumer\s+(?:groups?|advocates?|organi[sz]ations?|rights\s+groups?)|critics?|criticised|economists?|lawmakers|legislators?|we(?:['’]re|\s+are)\s+(?:hiring|looking\s+for)|apply\s+now|your\s+application|about\s+the\s+role|what\s+you['’]ll\s+do|what['’]?s\s+in\s+the\s+box|troubleshooting|quick\s+start\s+guide|user\s+manual|curriculum\s+vitae|references\s+available)\b|^\s*(?:see\s+also|education|skills|work\s+experience)\s*$/gimu,
  },
  ocrRepairs: englishOcrRepairs,
  unitNames: { D: ['day', 'days'], W: ['week', 'weeks'], M: ['month', 'months'], Y: ['year', 'years'] },
};
