import { englishOcrRepairs } from './ocr.js';
import type { LanguagePack } from './types.js';

export const en: LanguagePack = {
  language: 'en',
  numbers: {
    ones: {
      zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
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
  ],
  compoundUnits: [],
  fillers: ['further', 'additional', 'more', 'full', 'consecutive', 'successive', 'calendar', 'business', 'working', 'billing', 'contract', 'subsequent', 'extra'],
  fixedDurations: [
    { pattern: /\b(?:annual|yearly)(?=\s+(?:term|period|subscription|plan|renewal|contract|membership|commitment|basis|cycle)s?\b)/giu, value: { value: 1, unit: 'Y' } },
    { pattern: /\b(?:a\s+)?half[-\s]a[-\s]year\b|\bsix-monthly\b|\bsemi-annual(?=\s+(?:term|period|renewal)s?\b)/giu, value: { value: 6, unit: 'M' } },
  ],
  slots: {
    exclude: {
      before: /\b(?:withdraw\w*|cooling[-\s]off|warrant\w*|guarantee\w*|refund\w*|overdue|arrears|late|trial|pause\w*|freez\w*|suspen\w*|price|promotion\w*|promotional|introductory|within|first|for\s+the\s+first)\b[^.]{0,40}$/iu,
      after: /^\s*(?:['’]s?\s*)?(?:(?:prior\s+|advance\s+|written\s+)*notice\s+)?(?:before|prior\s+to|in\s+advance\s+of)\s+(?:any\s+|the\s+|a\s+)?(?:price|fee|change|increase|amendment)|^\s*(?:after|following|from)\s+(?:receipt|the\s+date\s+of\s+(?:the\s+)?invoice|delivery)/iu,
    },
    notice: {
      before: /(?:notice(?:\s+period)?|notification\s+period)\s*(?:of|is|shall\s+be|must\s+be|will\s+be|:|=)?\s*(?:at\s+least\s+|no\s+less\s+than\s+|not\s+less\s+than\s+|a\s+minimum\s+of\s+)?$/iu,
      after: /^\s*(?:['’]s?\s*)?(?:\(?prior\)?\s+|advance\s+|written\s+|notice\s+in\s+writing)*(?:notice\b|in\s+advance\b|prior\s+to\s+(?:the\s+)?(?:end|expir|renewal|anniversary|next|then|start|commencement|termination|cancellation)|before\s+(?:the\s+)?(?:end|expir|renewal|anniversary|next|then|start|last|termination|cancellation)|ahead\s+of\s+(?:the\s+)?(?:end|renewal))/iu,
    },
    renewal: {
      before: /(?:renew\w*|extend\w*|extension|roll\w*\s+over|continu\w*)\b[^.;]{0,60}?\b(?:for|by|of)\s+(?:a\s+|an\s+|another\s+|one\s+)?(?:further\s+|additional\s+|successive\s+|subsequent\s+|consecutive\s+)*(?:(?:periods?|terms?)\s+of\s+)?$|renewal\s+(?:terms?|periods?)\s*(?:of|is|shall\s+be|will\s+be)?\s*$/iu,
      after: /^\s*(?:renewal|extension)\s+(?:terms?|periods?)|^\s*(?:terms?|periods?)\s+(?:thereafter|each\s+time)/iu,
    },
    term: {
      before: /(?:minimum\s+(?:term|period|commitment(?:\s+period)?|contract\s+(?:term|period)|membership\s+(?:term|period)|duration)|initial\s+(?:term|period|commitment(?:\s+period)?|subscription\s+(?:term|period)|contract\s+term)|commitment\s+period|lock[-\s]in\s+period|contract\s+term|fixed\s+term|term\s+of\s+(?:this|the)\s+(?:agreement|contract|membership|subscription))\s*(?:of|is|shall\s+be|will\s+be|lasts|:|=)?\s*(?:at\s+least\s+)?$|\bfor\s+(?:a|an|the)\s+(?:minimum|fixed|initial)\s+(?:term|period)\s+of\s+$/iu,
      after: /^\s*(?:-|\s)?(?:minimum|initial|fixed)\s+(?:term|commitment|period|contract)|^\s*(?:-|\s)?(?:commitment|contract\s+term|agreement|contract|membership|plan)\b/iu,
    },
  },
  terminationContext: /cancel|terminat|non-renewal|nonrenewal|not\s+to\s+renew|opt\s+out|end\s+(?:your|the|this)\s+(?:membership|subscription|agreement|contract|plan)|renew/iu,
  providerOnly: {
    provider: /\b(?:we|the\s+(?:company|provider|club|gym|service))\s+(?:may|can|reserves?|shall\s+be\s+entitled|is\s+entitled|are\s+entitled)\b/iu,
    customer: /\b(?:you|your|customer|member|subscriber|user|either\s+party|each\s+party|both\s+parties)\b/iu,
  },
  renewal: {
    positive: /\bauto(?:matically)?[-\s]?renew\w*|\brenew\w*\s+automatically\b|\b(?:will|shall)\s+(?:then\s+)?renew\b|\brenews\s+(?:for|on|each|every)\b|\b(?:automatically\s+)?extend(?:s|ed)?\s+automatically\b|\bautomatically\s+extend\w*|\broll(?:s|ed)?\s+over\b|\bauto-renewal\b|\bautomatic\s+renewal\b|\bcontinues?\s+(?:automatically|thereafter)\b/iu,
    negative: /\b(?:does|will|shall)\s+not\s+(?:automatically\s+)?(?:renew|be\s+renewed|extend|roll\s+over)|\bno\s+(?:automatic\s+|auto-)?renewal\b|\bwithout\s+(?:automatic\s+|auto-)?renewal\b|\b(?:ends|expires|terminates)\s+automatically\b|\bwon['’]t\s+(?:automatically\s+)?renew|\bnever\s+(?:auto-)?renews?\b|\bis\s+not\s+(?:automatically\s+)?renewed\b/iu,
    tacit: /\bunless\b|\bif\s+(?:you|neither\s+party|either\s+party)?\s*(?:do(?:es)?\s+not|don['’]t|fail)|\bif\s+not\s+cancel|\bautomatic|\bauto-|\bwithout\s+(?:further\s+)?(?:notice|action)|\bwill\s+renew\b|\bshall\s+renew\b|\brenews\b/iu,
    indefinite: /\bindefinite(?:ly)?\b|\bmonth[-\s]to[-\s]month\b|\brolling\s+(?:monthly|month|basis|subscription|contract)\b|\bon\s+a\s+(?:rolling|monthly)\s+basis\b|\buntil\s+(?:you\s+)?(?:cancel(?:led|ed|s)?|terminat\w*)\b|\bcancel(?:led)?\s+(?:at\s+)?any\s*time\b|\bevergreen\b/iu,
    continuation: /\bafter\s+(?:the|your|this)\s+(?:initial|minimum)\b|\bthereafter\b|\bafterwards\b|\bthen\b|\bcontinues?\b|\brenew\w*|\bat\s+the\s+end\s+of\s+the\s+(?:initial|minimum)\b/iu,
  },
  noticeAnchors: [
    { anchor: 'quarter-end', pattern: /\b(?:end\s+of\s+(?:a|the|any)\s+(?:calendar\s+)?quarter|quarter[-\s]end)\b/iu },
    { anchor: 'month-end', pattern: /\b(?:end\s+of\s+(?:a|the|any|your)\s+(?:calendar\s+)?month|month[-\s]end)\b/iu },
    { anchor: 'year-end', pattern: /\bend\s+of\s+(?:a|the)\s+(?:calendar\s+)?year\b/iu },
    { anchor: 'term-end', pattern: /\b(?:prior\s+to|before|ahead\s+of|by)\s+(?:the\s+)?(?:end|expiry|expiration|renewal|anniversary)|\bend\s+of\s+(?:the|your|this)\s+(?:then[-\s]current|current|initial|minimum|renewal|fixed)?\s*(?:term|period|membership|subscription|agreement|contract)\b|\brenewal\s+date\b/iu },
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
  noMinimumTerm: /\bno\s+minimum\s+(?:term|period|commitment|contract(?:\s+term)?|duration)\b|\bwithout\s+(?:a\s+|any\s+)?minimum\s+(?:term|period|commitment)\b|\bnot\s+subject\s+to\s+(?:a|any)\s+minimum\s+(?:term|period)\b|\bno\s+(?:lock[-\s]in|commitment\s+period)\b/iu,
  ocrRepairs: englishOcrRepairs,
  unitNames: { D: ['day', 'days'], W: ['week', 'weeks'], M: ['month', 'months'], Y: ['year', 'years'] },
};
