import type { ContractType } from '../model/vocabulary.js';

/** Governing-law clauses name the jurisdiction outright; first match wins. */
export const GOVERNING_LAW: { pattern: RegExp; jurisdiction: string }[] = [
  { pattern: /\b(?:recht\s+der\s+bundesrepublik\s+deutschland|deutsche[sm]?\s+recht|deutschem\s+recht|laws?\s+of\s+(?:the\s+federal\s+republic\s+of\s+)?germany|german\s+law)\b/iu, jurisdiction: 'de' },
  { pattern: /\b(?:österreichische[sm]?\s+recht|recht\s+der\s+republik\s+österreich|laws?\s+of\s+austria|austrian\s+law)\b/iu, jurisdiction: 'at' },
  { pattern: /\b(?:schweizerische[sm]?\s+recht|schweizer\s+recht|laws?\s+of\s+switzerland|swiss\s+law)\b/iu, jurisdiction: 'ch' },
  { pattern: /\blaws?\s+of\s+(?:the\s+state\s+of\s+)?california\b|\bcalifornia\s+law\b/iu, jurisdiction: 'us-ca' },
  { pattern: /\blaws?\s+of\s+(?:the\s+state\s+of\s+)?new\s+york\b|\bnew\s+york\s+law\b/iu, jurisdiction: 'us-ny' },
  { pattern: /\blaws?\s+of\s+the\s+state\s+of\s+\p{Lu}\p{L}+|\blaws?\s+of\s+the\s+united\s+states\b/iu, jurisdiction: 'us' },
  { pattern: /\blaws?\s+of\s+(?:england(?:\s+and\s+wales)?|scotland|northern\s+ireland|the\s+united\s+kingdom)\b|\benglish\s+law\b|\bscots\s+law\b/iu, jurisdiction: 'uk' },
  { pattern: /\blaws?\s+of\s+(?:ireland|france|spain|italy|the\s+netherlands|belgium|luxembourg|sweden|denmark|finland|poland|portugal)\b|\birish\s+law\b/iu, jurisdiction: 'eu' },
];

/** Weaker signals: addresses and currencies. Scored; the strongest wins. */
export const LOCATION_CUES: { pattern: RegExp; jurisdiction: string; weight: number }[] = [
  { pattern: /\b(?:deutschland|germany|berlin|münchen|hamburg|köln|frankfurt)\b|\bD-\d{5}\b|\b\d{5}\s+(?:berlin|münchen|hamburg|köln|frankfurt|stuttgart|düsseldorf|leipzig|dresden)\b|\bBGB\b|\bGmbH\b/giu, jurisdiction: 'de', weight: 1 },
  { pattern: /\b(?:österreich|austria|wien|vienna|graz|linz|salzburg|innsbruck)\b|\bKSchG\b|\bA-\d{4}\b|\bABGB\b/giu, jurisdiction: 'at', weight: 2 },
  { pattern: /\b(?:schweiz|switzerland|zürich|zurich|bern|basel|genf|geneva)\b|\bCHF\b|\bOR\s+Art\.|\bCH-\d{4}\b/giu, jurisdiction: 'ch', weight: 2 },
  { pattern: /£|\bGBP\b|\b(?:united\s+kingdom|england|wales|scotland|london|manchester|birmingham)\b|\bLtd\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/gu, jurisdiction: 'uk', weight: 1 },
  { pattern: /\bUS\$|\$\s?\d|\bUSD\b|\b(?:Inc\.|LLC)|\bunited\s+states\b/gu, jurisdiction: 'us', weight: 1 },
  { pattern: /\bCalifornia\b|,\s*CA\s+9\d{4}\b/gu, jurisdiction: 'us-ca', weight: 2 },
  { pattern: /\bNew\s+York\b|,\s*NY\s+1\d{4}\b/gu, jurisdiction: 'us-ny', weight: 2 },
  { pattern: /€|\bEUR\b/gu, jurisdiction: 'eu', weight: 0.5 },
];

/** Words that tell what kind of contract this is; the type with most hits (at least two) wins. */
export const CONTRACT_TYPE_CUES: Record<Exclude<ContractType, 'other'>, RegExp> = {
  gym: /\b(?:fitness\w*|fitnessstudio\w*|studio\w*|trainings?\w*|gym\w*|health\s+club|workout|sauna|kurs(?:e|angebot)?|personal\s+trainer|mitgliedschaft\w*|membership)\b/giu,
  telecom: /\b(?:mobilfunk\w*|sim(?:-karte)?|datenvolumen|rufnummer\w*|festnetz\w*|dsl|glasfaser\w*|internetanschluss\w*|tarif\w*|mobile\s+(?:phone|plan|network)|broadband|airtime|data\s+allowance|tkg)\b/giu,
  streaming: /\b(?:streaming\w*|stream\w*|serien|filme|videos?|musik|playlist\w*|watch\w*|episodes?|channels?|sender)\b/giu,
  software: /\b(?:software|saas|cloud\w*|lizenz\w*|licen[cs]e\w*|platform|plattform|api|uptime|seats?|workspace)\b/giu,
  dating: /\b(?:partnervermittlung|partnersuche|dating|singles?|matches|matching|partnervorschläge?)\b/giu,
  magazine: /\b(?:zeitschrift\w*|zeitung\w*|ausgaben?|magazin\w*|magazine|newspaper|issues\s+per\s+year|print\s+edition)\b/giu,
  energy: /\b(?:strom\w*|gas(?:lieferung|versorgung)?|energie\w*|kwh|kilowattstunden?|grundversorgung|electricity|energy\s+supply|tariff\s+rate\s+per\s+kwh)\b/giu,
  insurance: /\b(?:versicherung\w*|versicherungsnehmer\w*|prämie\w*|insurance|insurer|policyholder|premium)\b/giu,
};

/** Where a contract names its own date. */
export const CONTRACT_DATE_LABELS = /(?:vertragsdatum|datum\s+des\s+vertrags(?:schlusses)?|vertragsschluss\s+am|abgeschlossen\s+am|unterzeichnet\s+am|geschlossen\s+am|datum|date\s+of\s+(?:this\s+)?agreement|agreement\s+date|effective\s+date|contract\s+date|dated|signed\s+on|date)\s*[:\-–]?\s*/iu;

/** Where a contract names the day the service starts (used for deadlines). */
export const START_DATE_LABELS = /(?:beginn\s+der\s+mitgliedschaft|mitgliedschaftsbeginn|vertragsbeginn|leistungsbeginn|laufzeitbeginn|trainingsbeginn|(?:beginnt|startet)\s+(?:am|mit\s+dem)|start\s+date|commencement\s+date|membership\s+start\s+date|(?:starts|begins|commences)\s+on)\s*[:\-–]?\s*(?:the\s+)?/iu;
