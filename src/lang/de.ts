import type { LanguagePack } from './types.js';

const ones: Record<string, number> = {
  null: 0, ein: 1, eins: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5,
  sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwoelf: 12, dreizehn: 13, vierzehn: 14,
  fünfzehn: 15, fuenfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
// in compounds: "ein-und-zwanzig", "sech-zig" etc. use stems
const compoundOnes: Record<string, number> = { ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };

export const de: LanguagePack = {
  language: 'de',
  numbers: {
    ones: { ...ones, ...compoundOnes },
    tens: { zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, fuenfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 },
    hundred: 'hundert',
    order: 'ones-first',
    joiner: /und/,
    fractions: { halbes: 0.5, halben: 0.5, halbe: 0.5 },
  },
  units: [
    { pattern: '(?:kalender|werk|arbeits)?tag(?:e|en|es)?', unit: 'D' },
    { pattern: '(?:kalender)?woche(?:n)?', unit: 'W' },
    { pattern: '(?:kalender|beitrags|vertrags|abrechnungs|nutzungs|laufzeit)?monat(?:e|en|s|es)?|mon\\.|mte?\\.', unit: 'M' },
    { pattern: '(?:kalender|beitrags|vertrags|abrechnungs|nutzungs)?jahr(?:e|en|es)?|j\\.', unit: 'Y' },
    { pattern: 'quartal(?:e|en|s)?|vierteljahr(?:e|en|es)?', unit: 'M', scale: 3 },
    { pattern: 'halbjahr(?:e|en|es)?', unit: 'M', scale: 6 },
  ],
  compoundUnits: [
    { pattern: 'monatig(?:e|en|er|es|em)?|monats', unit: 'M' },
    { pattern: 'jährig(?:e|en|er|es|em)?|jahres', unit: 'Y' },
    { pattern: 'wöchig(?:e|en|er|es|em)?', unit: 'W' },
    { pattern: 'tägig(?:e|en|er|es|em)?', unit: 'D' },
  ],
  fillers: ['weitere', 'weiteren', 'weiteres', 'weiterer', 'volle', 'vollen', 'zusätzliche', 'zusätzlichen', 'aufeinanderfolgende', 'aufeinanderfolgenden', 'jeweils', 'ganze', 'ganzen'],
  fixedDurations: [
    { pattern: /\b(?:ein|einem|einen|eines)\s+halb(?:en|es)?\s+jahr(?:es)?\b/giu, value: { value: 6, unit: 'M' } },
  ],
  slots: {
    exclude: {
      before: /(?:(?<!\p{L})(?:widerruf|rücktritt|gewährleistung|garantie|verjährung|zahlungsverzug|verzug|rückstand|zahlungsziel|probe|test|ruhe|pause|pausier|aussetz|unterbrech|innerhalb|binnen|erstattung|in\s+den\s+ersten|für\s+die\s+ersten|ab\s+dem)|\p{L}*(?:preis|aktion|erhöhung))\p{L}*\b[^.]{0,40}$/iu,
      after: /^\s*(?:nach\s+(?:zugang|erhalt|vertragsschluss|ankündigung|mitteilung)|ab\s+(?:zugang|mitteilung)|vor\s+(?:inkrafttreten|wirksamwerden)\s+der\s+(?:änderung|preis))/iu,
    },
    notice: {
      before: /(?:(?<!an)kündigungsfrist|(?<!\p{L})frist|(?<!\p{L})vorlauf|(?<!\p{L})vorlaufzeit)\s*(?:beträgt|von|:|=|liegt\s+bei)?\s*(?:jeweils\s+|nur\s+|mindestens\s+|höchstens\s+)*$/iu,
      after: /^\s*(?:vor\s+(?:dem\s+|des\s+)?(?:jeweiligen\s+)?(?:ablauf|ende|beendigung|verlängerung|vertragsende|laufzeitende)|zum\s+(?:jeweiligen\s+)?(?:ende|ablauf|monatsende|quartalsende|laufzeitende|jahresende|vertragsende|schluss)|(?:kündigungs)?frist\b|im\s+voraus|vorher\b)/iu,
    },
    renewal: {
      before: /(?:verlänger\w*|fortgesetzt|fortsetzung|weiter\w*)\b[^.]{0,60}?\b(?:um|für|auf)\s+(?:jeweils\s+|je\s+)?(?:weitere\w*\s+)?(?:einen\s+zeitraum\s+von\s+)?$|verlängerungs(?:zeitraum|laufzeit|periode|dauer)\s*(?:von|beträgt|:)?\s*(?:jeweils\s+)?$/iu,
      after: /^\s*(?:verlängerung|verlängert)/iu,
    },
    term: {
      before: /(?:mindest(?:vertrags)?(?:laufzeit|dauer)|erstlaufzeit|grundlaufzeit|(?:feste|anfängliche|erste)\s+(?:vertrags)?laufzeit|vertragslaufzeit|laufzeit|vertragsdauer|bindungsfrist|vertragsbindung|bindung)\s*(?:beträgt|von|:|=|ist|liegt\s+bei)?\s*(?:jeweils\s+|zunächst\s+|mindestens\s+)*$|\b(?:für|über)\s+(?:die\s+dauer\s+von\s+|einen\s+zeitraum\s+von\s+|eine\s+(?:laufzeit|dauer)\s+von\s+|zunächst\s+|mindestens\s+)*$/iu,
      after: /^\s*(?:mindest)?(?:vertrags)?laufzeit|^\s*(?:fest\s+)?(?:geschlossen|abgeschlossen|eingegangen)|^\s*(?:mindest)?(?:vertrag|mitgliedschaft|bindung)/iu,
    },
  },
  terminationContext: /(?<!an)kündig|kündbar|widersprech|widerspruch|beend|nichtverlängerung|verlängerung|verlängert/iu,
  providerOnly: {
    provider: /\b(?:wir|der\s+anbieter|die\s+anbieterin|das\s+studio|die\s+gesellschaft|der\s+betreiber|die\s+betreiberin)\s+(?:kann|können|ist|sind|darf|dürfen|behält|behalten)\b/iu,
    customer: /\b(?:sie|kunde\w*|mitglied\w*|nutzer\w*|teilnehmer\w*|beide\w*|jede\w*\s+(?:partei|vertragspartei|vertragspartner|seite))\b/iu,
  },
  renewal: {
    positive: /\bverlängert\s+sich\b|\bverlängert\s+(?:wird|werden)\b|\bstillschweigend\w*\s+verlänger\w*|\bautomatisch\w*\s+(?:verlänger\w*|fortgesetzt|weiter)|\bwird\s+(?:jeweils\s+)?(?:um|für)\b[^.]{0,40}\bfortgesetzt|\bläuft\b[^.]{0,40}\bweiter\b|\bverlängerung\s+um\b/iu,
    negative: /\bverlängert\s+sich\s+(?:\S+\s+){0,3}?nicht\b|\bnicht\s+(?:automatisch|stillschweigend)\s+verlängert|\bkeine\s+(?:automatische|stillschweigende)\s+(?:vertrags)?verlängerung|\bendet\s+(?:automatisch|mit\s+ablauf|ohne\s+dass)|\bohne\s+(?:automatische\s+|stillschweigende\s+)?verlängerung|\bverlängerung\b[^.]{0,40}\bfindet\s+nicht\s+statt/iu,
    tacit: /\b(?:sofern|wenn|falls|soweit)\b[^.]{0,60}\bnicht\b|\bes\s+sei\s+denn\b|\bstillschweigend|\bautomatisch|\bohne\s+(?:fristgerechte\s+|rechtzeitige\s+)?kündigung|\bnicht\s+(?:fristgerecht\s+|rechtzeitig\s+)?gekündigt|\berfolgt\s+keine\b|\bverlängert\s+sich\b/iu,
    indefinite: /\bauf\s+unbestimmte\s+(?:zeit|dauer)\b|\bunbefristet\w*|\bmonatlich\s+kündbar|\bjederzeit\b[^.]{0,60}\bkündbar|\bjederzeit\b[^.]{0,40}\bkündigen/iu,
    continuation: /\bnach\s+ablauf\b|\bdanach\b|\banschließend\b|\bweiter\b|\bverlängert\b|\bfortgesetzt\b|\bim\s+anschluss\b/iu,
  },
  noticeAnchors: [
    { anchor: 'quarter-end', pattern: /\bzum\s+(?:jeweiligen\s+)?(?:quartalsende|ende\s+(?:eines|des)\s+(?:kalender)?(?:quartals|vierteljahres))/iu },
    { anchor: 'month-end', pattern: /\bzum\s+(?:jeweiligen\s+)?(?:monatsende|monatsletzten|ende\s+(?:eines|des)\s+(?:jeweiligen\s+)?(?:kalender)?monats)/iu },
    { anchor: 'year-end', pattern: /\bzum\s+(?:jahresende|ende\s+(?:eines|des)\s+(?:kalender)?jahres)/iu },
    { anchor: 'term-end', pattern: /\b(?:zum|vor(?:\s+dem)?)\s+(?:jeweiligen\s+)?(?:ende|ablauf)\s+(?:der|des)\s+(?:jeweiligen\s+)?(?:mindest|erst|vertrags|verlängerungs)?(?:laufzeit|vertragslaufzeit|vertragsdauer|zeitraums|verlängerungszeitraums|vertrags|vertragsjahres)|\bzum\s+(?:laufzeitende|vertragsende|ablauf)\b|\bvor\s+(?:ablauf|ende)\b/iu },
    { anchor: 'anytime', pattern: /\bjederzeit\b|\btaggenau\b/iu },
  ],
  noMinimumTerm: /\bkeine\s+mindest(?:vertrags)?(?:laufzeit|dauer)\b|\bohne\s+mindest(?:vertrags)?(?:laufzeit|dauer)\b|\bmindest(?:vertrags)?laufzeit\s*(?::|beträgt)?\s*(?:keine|entfällt)\b/iu,
  unitNames: { D: ['Tag', 'Tage'], W: ['Woche', 'Wochen'], M: ['Monat', 'Monate'], Y: ['Jahr', 'Jahre'] },
};
