import { germanOcrRepairs } from './ocr.js';
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
    { pattern: 'stunde(?:n)?|std\\.', unit: 'D', scale: 1 / 24 },
    { pattern: '(?:schul|studien)?semester(?:s|n)?', unit: 'M', scale: 6 },
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
      // a threshold in a condition names no term: "wenn die Erstlaufzeit mindestens 12 Monate betrug"
      before: /\b(?:wenn|falls|sofern|soweit)\b[^,.;]{0,40}(?:laufzeit|dauer|mitgliedschaft|vertrag)\p{L}*\s+(?:\p{L}+\s+)?(?:mindestens|mehr\s+als|weniger\s+als|über|unter|höchstens|kürzer\s+als|länger\s+als)\s*$|(?:(?<!\p{L})(?:widerruf|rücktritt|gewährleistung|garantie|verjährung|zahlungsverzug|verzug|rückstand|zahlungsziel|probe|test|ruhe|pause|pausier|aussetz|unterbrech|innerhalb|binnen|erstattung|in\s+den\s+ersten|für\s+die\s+ersten|ab\s+dem)|\p{L}*(?:preis|aktion|erhöhung|änderung))\p{L}*\b[^.]{0,40}$|\b(?:informier\w*|benachrichtig\w*|unterrichte\w*|erinner\w*)\b[^.]{0,40}$/iu,
      after: /^\s*(?:im\s+voraus\s+)?(?:über|von)\s+(?:\p{L}+\s+){0,3}änderung|^\s*(?:im\s+voraus\s+)?(?:informier|benachrichtig|in\s+kenntnis)|^\s*(?:nach\s+(?:zugang|erhalt|vertragsschluss|ankündigung|mitteilung)|ab\s+(?:zugang|mitteilung)|vor\s+(?:inkrafttreten|wirksamwerden)\s+der\s+(?:änderung|preis))/iu,
    },
    notice: {
      before: /(?:(?<!an)kündigungsfrist|(?<!\p{L})frist|(?<!\p{L})vorlauf|(?<!\p{L})vorlaufzeit)(?:\s+(?:für\s+(?:die|eine|jede|ihre|deine)|zur|der)\s+kündigung)?\s*(?:beträgt|von|:|=|\||liegt\s+bei)?\s*(?:jeweils\s+|nur\s+|mindestens\s+|höchstens\s+)*$|\b(?:bis\s+)?spätestens\s+$|(?:kündigungsfrist|(?<!\p{L})frist)\b[^.;]{0,80}\b(?:danach|anschließend|im\s+anschluss)\s+(?:nur\s+noch\s+|jeweils\s+)?$/iu,
      after: /^\s*(?:vor\s+(?:dem\s+|des\s+|der\s+|ihrem\s+|ihres\s+|seinem\s+|seines\s+|deinem\s+)?(?:jeweiligen\s+|nächsten\s+|folgenden\s+)?(?:ablauf|ende|beendigung|verlängerung|vertragsende|laufzeitende|abbuchung|abrechnung|zahlung|lieferung|vertragsjahr)|zum\s+(?:jeweiligen\s+)?(?:ende|ablauf|monatsende|quartalsende|laufzeitende|jahresende|vertragsende|schluss)|(?:kündigungs)?frist\b|im\s+voraus|vorher\b)/iu,
    },
    renewal: {
      before: /\b(?:gilt|gelten)\s+(?:\p{L}+\s+){0,2}?für\s+$|(?:verlänger\w*|erneuer\w*|fortgesetzt|fortsetzung|weiter\w*)\b[^.;]{0,60}?\b(?:um|für|auf)\s+(?:jeweils\s+|je\s+)?(?:weitere\w*\s+)?(?:(?:einen|eine)\s+(?:weitere\w*\s+)?(?:zeitraum|periode|laufzeit|dauer)\s+von\s+)?$|verlängerungs(?:zeitraum|laufzeit|periode|dauer)\s*(?:von|beträgt|:)?\s*(?:jeweils\s+)?$/iu,
      after: /^\s*(?:verlängerung|verlängert|verlängern|erneuert|erneuern|erneuerung)|^\s*(?:\p{L}+\s+){0,2}(?:automatisch\s+|stillschweigend\s+|jeweils\s+)(?:erneuert|verlängert|fortgesetzt)\b/iu,
    },
    term: {
      before: /(?:mindest(?:vertrags)?(?:laufzeit|dauer)|erstlaufzeit|grundlaufzeit|(?:feste|anfängliche|erste)\s+(?:vertrags)?laufzeit|vertragslaufzeit|laufzeiten|laufzeit|vertragsdauer|bindungsfrist|vertragsbindung|bindung|mindest(?:vertrags)?zeit|vertragszeit|bezugs(?:dauer|zeit(?:raum)?)|abo(?:nnement)?s?dauer|mitgliedschaftsdauer)(?:\s+(?:des|der|dieses|ihres|deines|eines|einer|jedes)\s+\p{L}+)?\s*(?:\(\s*(?:z\.\s*b\.|zum\s+beispiel|etwa|bspw\.)?\s*)?(?:beträgt|von|:|=|\||ist|liegt\s+bei)?\s*(?:jeweils\s+|zunächst\s+|mindestens\s+|wahlweise\s+|entweder\s+)*(?:(?:\d{1,3}|\p{L}+)(?:\s+(?:tagen?|wochen?|monate?n?|jahre?n?))?\s*(?:,\s*|\s+oder\s+|\s+und\s+|\s+bzw\.\s+))*$|\p{L}*(?:vertrag|mitgliedschaft|abo|bindung)\w*\b[^.;]{0,60}\bendet\s+(?:automatisch\s+)?nach\s+(?:Ablauf\s+von\s+)?$|\p{L}*(?:vertrag|mitgliedschaft|abo|abonnement|tarif|kurs|paket|vereinbarung)\w*\b[^.;]{0,80}\b(?:für|über)\s+(?:die\s+dauer\s+(?:von\s+)?|(?:einen|den)\s+zeitraum\s+(?:von\s+)?|eine\s+(?:laufzeit|dauer)\s+von\s+|zunächst\s+|mindestens\s+)*(?:(?:\d{1,3}|\p{L}+)(?:\s+(?:tagen?|wochen?|monate?n?|jahre?n?))?\s*(?:,\s*|\s+oder\s+|\s+und\s+|\s+bzw\.\s+))*$|\bbinde[tn]?\s+sich\s+(?:\p{L}+\s+){0,2}?(?:für|über|auf)\s+(?:mindestens\s+|zunächst\s+)?$|(?:\p{L}*(?:vertrag|mitgliedschaft|abonnement|abo|kurs|tarif)\w*|\bsie|\ber|\bes|\bdiese[rs]?)\s+(?:läuft|dauert|besteht)\s+(?:(?:zunächst|fest|mindestens|jeweils)\s+)*(?:(?:für|über)\s+(?:die\s+dauer\s+von\s+|einen\s+zeitraum\s+von\s+)?)?$/iu,
      after: /^\s*(?:mindest)?(?:vertrags)?laufzeit|^\s*(?:fest\s+)?(?:geschlossen|abgeschlossen|eingegangen|befristet)|^\s*(?:mindest)?(?:vertrag|mitgliedschaft|bindung)/iu,
    },
  },
  terminationContext: /(?<!an)kündig|kündbar|widersprech|widerspruch|beend|nichtverlängerung|verlängerung|verlängert|verlängern|erneuer/iu,
  noticeWord: /(?:kündigungs)?frist\b|vorlauf/iu,
  termColumn: /^(?:(?:mindest|vertrags|erst|grund|mindestvertrags)?laufzeit|(?:vertrags|mindest)?dauer|bindung(?:sfrist)?|vertragsbindung)$/iu,
  noExitWindow: {
    before: /verzicht\w*\b[^.;]{0,40}$|\bfrühestens\s+(?:nach\s+(?:ablauf\s+von\s+)?|zum\s+ende\s+(?:von\s+|der\s+ersten\s+))$/iu,
    after: /^\s*(?:\p{L}+\s+){0,3}?(?:nicht|un)\s*kündbar|^\s*(?:\p{L}+\s+){0,3}?(?:ist|sind)\s+(?:eine\s+)?(?:ordentliche\s+)?kündigung\s+(?:ausgeschlossen|nicht\s+möglich)|^\s*auf\s+(?:das\s+recht\s+(?:zur|der)\s+)?(?:die\s+)?ordentliche\s+kündigung/iu,
  },
  continuesPrevious: /^\s*(?:\(?\w{1,3}[.)]\s*)?(?:sie|diese|dies|das|er|es|die\s+kündigung|der\s+widerspruch|hierfür|dafür|dabei|hierbei|die\s+frist|die\s+kündigungsfrist)\b/iu,
  providerOnly: {
    provider: /\b(?:wir|der\s+anbieter|die\s+anbieterin|das\s+studio|die\s+gesellschaft|der\s+betreiber|die\s+betreiberin)\s+(?:kann|können|ist|sind|darf|dürfen|behält|behalten)\b|\b(?:durch|von)\s+uns\b.{0,160}?\bgekündigt\b|\bkündigung\s+durch\s+(?:uns|den\s+anbieter|die\s+anbieterin|das\s+studio)\b/iu,
    // inverted order with a name: "ist GPL berechtigt, … zu kündigen" (case matters: the name is capitalised)
    named: /\b(?:ist|sind)\s+(?:der\s+|die\s+|das\s+)?[A-ZÄÖÜ][\p{L}\d&.-]*\s+(?:jederzeit\s+)?berechtigt\b|\bsind\s+wir\s+(?:jederzeit\s+)?berechtigt\b/u,
    customer: /\b(?:sie|kunde\w*|mitglied\w*|nutzer\w*|teilnehmer\w*|beide\w*|jede\w*\s+(?:partei|vertragspartei|vertragspartner|seite))\b/iu,
  },
  renewal: {
    mention: /verlänger|erneuer/iu,
    // a deadline, a delivery time or a warranty that grows longer is no renewal: the subject right before the verb
    positive: /\b(?:verlängert|erneuert)(?<!\b(?:\p{L}*frist|liefer\p{L}*|gewährleistung\p{L}*|garantie\p{L}*)\s(?:verlängert|erneuert))\s+(?:(?:er|sie|es|dieser|diese|dieses)\s+)?sich\b|\b(?:wird|werden)(?<!\b(?:\p{L}*frist|liefer\p{L}*|gewährleistung\p{L}*|garantie\p{L}*)\s(?:wird|werden))\s+sich\b[^.;]{0,80}?\b(?:verlängern|erneuern)\b|\b(?:wird|werden)\s+(?:\p{L}+\s+){0,6}?erneuert\b|\b(?:vertrag|mitgliedschaft|abo|abonnement|vertragsverhältnis|nutzungsverhältnis)\b[^.;]{0,60}?\b(?:fortgeführt|fortgesetzt)\b|\b(?:automatisch|stillschweigend)\w*\s+erneuer(?:t|n)\b|\bverlängert(?<!\b(?:kann|können|darf|dürfen)\s(?:\p{L}+\s){0,6}verlängert)\s+(?:wird|werden)\b|\bstillschweigend\w*\s+verlänger(?:t|n)\b|\bautomatisch\w*\s+(?:verlänger(?:t|n)\b|fortgesetzt|weiter)|\bwird\s+(?:jeweils\s+)?(?:um|für)\b[^.]{0,40}\bfortgesetzt|\bläuft\b[^.]{0,40}\bweiter\b|\b(?:wir|der\s+anbieter|die\s+anbieterin)\s+verlänger\w*\b[^.;]{0,80}\bautomatisch|\bverlängerung\s+um\b/iu,
    negative: /\b(?:verlängert|erneuert)\s+(?:(?:er|sie|es|dieser|diese|dieses)\s+)?sich\s+(?:(?!wenn|sofern|falls|soweit)[^\s,;.]+\s+){0,3}?nicht\b|\bohne\s+dass\s+es\s+(?:einer|der)\s+kündigung\s+bedarf|\bendet\b[^.;]{0,40}\bvon\s+selbst\b|\bnicht\s+(?:automatisch|stillschweigend)\s+(?:verlängert|erneuert)|\b(?:nur|ausschließlich)\s+befristete\w*|\bkeine\s+(?:automatische|stillschweigende)\s+(?:vertrags)?verlängerung|\bendet\s+(?:(?:der|die|das|ihr|ihre|dein|deine)\s+\p{L}+\s+)?(?:automatisch|mit\s+ablauf|ohne\s+dass)(?![^.;]{0,250}\b(?:verstoß\w*|verletz\w*|nicht\s+einhalten|zuwiderhandl\w*|mit\s+sofortiger\s+wirkung|tod\w*))|\bohne\s+(?:automatische\s+|stillschweigende\s+)?verlängerung|\bverlängerung\b[^.]{0,40}\bfindet\s+nicht\s+statt/iu,
    // "danach" counts only with the contract named: "die Frist verlängert sich danach" is a longer deadline, no renewal
    tacit: /\b(?:sofern|wenn|falls|soweit)\b[^.]{0,60}\bnicht\b|\bnach\s+(?:(?:ablauf|ende)\s+)?(?:der|des)\s+(?:mindest|erst|grund|anfangs|fest)\p{L}*|\b(?:danach|anschließend|im\s+anschluss)\b[^.;]{0,40}\b(?:vertrag|mitgliedschaft|abo|abonnement|laufzeit|vertragsverhältnis|nutzungsverhältnis)\b|\bnicht\b(?:[^.;,]|(?<=\d)\.){0,80}\bgekündigt\b|\bkündig(?:t|en)\s+(?:\p{L}+\s+){0,3}?(?:nicht|kein\w*)\b|\bes\s+sei\s+denn\b|\bstillschweigend|\bautomatisch|\bohne\s+(?:fristgerechte\s+|rechtzeitige\s+)?kündigung|\bnicht\s+(?:fristgerecht\s+|rechtzeitig\s+)?gekündigt|\berfolgt\s+keine\b|\bverlängert\s+(?:(?:er|sie|es|dieser|diese|dieses)\s+)?sich\b|\bsolange\b[^.]{0,40}\b(?:nicht|kein\w*)\b/iu,
    indefinite: /\bauf\s+unbestimmte\s+(?:zeit|dauer)\b|\bunbefristet\w*|\bmonatlich\s+kündbar|\bjederzeit\b[^.]{0,60}\bkündbar|\bjederzeit\b[^.]{0,40}\b(?:kündigen|gekündigt)|\bbis\s+(?:(?:sie|du|er|es|der\s+kunde|die\s+kundin|das\s+mitglied)\s+(?:\p{L}+\s+){0,2}kündig\w*|zur\s+kündigung|zu\s+(?:ihrer|deiner|einer)\s+kündigung)/iu,
    continuation: /\bnach\s+ablauf\b|\bnach\s+(?:dem\s+ende|der\s+(?:mindest|erst|grund|fest)\p{L}*|dem\s+ersten)\b|\bfort\b|\bfortgeführt\b|\bweitergeführt\b|\bbleibt\b[^.;]{0,30}\bbestehen\b|\bgeht\b[^.;]{0,60}\büber\b|\bdanach\b|\banschließend\b|\bweiter\b|\bverlängert\b|\bfortgesetzt\b|\bim\s+anschluss\b/iu,

    samePeriod:
      /\bum\s+(?:jeweils\s+)?(?:dieselbe|die\s+gleiche|die\s+selbe|den\s+gleichen|denselben|den\s+selben|den\s+(?:(?:ursprünglich|zuvor|vorher|zuletzt|anfänglich)\s+)?(?:vereinbarten|gewählten|gebuchten|bestellten|bisherigen|anfänglichen)|die\s+(?:(?:ursprünglich|zuvor|vorher|zuletzt|anfänglich)\s+)?(?:vereinbarte|gewählte|gebuchte|bestellte|bisherige|anfängliche))\s+(?:\p{L}+\s+)?(?:laufzeit|vertragslaufzeit|dauer|vertragsdauer|zeitraum|zeitspanne|periode|bezugsdauer|bezugszeitraum|abonnementlaufzeit|abolaufzeit)\b|\bum\s+(?:jeweils\s+)?(?:einen\s+)?(?:weiteren\s+)?(?:zeitraum|laufzeit)\s+(?:von\s+)?gleicher\s+(?:länge|dauer)|\bum\s+(?:jeweils\s+)?(?:einen|eine)\s+(?:weitere[nr]?\s+)?gleich\s+lange[nr]?\s+(?:zeitraum|laufzeit|periode)|\bum\s+die\s+(?:laufzeit|dauer)\s+(?:des|der)\s+(?:gewählten|gebuchten|bestellten|zuletzt\s+gebuchten)\s+\p{L}+|\bum\s+die\s+dauer\s+des\s+(?:zuletzt\s+)?(?:gebuchten|gewählten)\s+\p{L}+|\bum\s+die\s+(?:dauer|länge)\s+der\s+(?:ursprünglichen\s+|bisherigen\s+|anfänglichen\s+|vorherigen\s+|jeweiligen\s+)?(?:erst|grund|mindest)?(?:laufzeit|vertragslaufzeit)\b|\bum\s+die\s+(?:jeweilige\s+|ursprüngliche\s+)?(?:erst|grund)laufzeit\b|\b(?:für|um)\s+(?:den|die|einen)\s+(?:gleichen?|selben?)\s+(?:zeitraum|laufzeit|dauer)\b/iu,
    untilCancelled:
      /\bautomatisch\w*\b[^.;]{0,100}\bbis\s+(?:zur|zu\s+(?:ihrer|deiner|seiner|einer))\s+kündigung\b|\b(?:fortgesetzt|fortgeführt|weiter\w*|abgebucht|berechnet|belastet)\b[^.;]{0,80}\bbis\s+(?:(?:sie|du|er|es|der\s+kunde|die\s+kundin|das\s+mitglied)\s+(?:\p{L}+\s+){0,2}kündig\w*|zur\s+kündigung|zu\s+(?:ihrer|deiner|einer)\s+kündigung)|\bbis\s+(?:zur|zu\s+(?:ihrer|deiner|einer))\s+kündigung\b[^.;]{0,80}\bautomatisch|\b(?:probe|test|gratis|kostenlos\w*)\s*(?:zeitraum|phase|monat|abo\w*|mitgliedschaft|zugang)\b[^.;]{0,120}\b(?:geht|wandelt|verlängert)\b[^.;]{0,60}\bkostenpflichtig|\b(?:nach\s+(?:ablauf|ende)\s+(?:des|der)\s+(?:kostenlosen\s+)?(?:probe|test|gratis)\w*)\b[^.;]{0,100}\bkostenpflichtig/iu,
    // eine Partei kann verlängern, wenn sie will: eine Option, nie eine automatische Verlängerung
    option: /\b(?:option|recht)\s+(?:\p{L}+\s+){0,3}(?:zur\s+verlängerung|zu\s+verlängern)|\b(?:kann|können)\s+(?:\p{L}+\s+){0,6}verlängert\s+werden|\bverlängerungsoption\b/iu,
    optionPeriod: /(?:verlänger\w*|weitere\w*|zusätzliche\w*)\b[^.;]{0,60}$/iu,
    selfActing: /(?:automatisch|stillschweigend)\w*\s+(?:verlänger(?:t|n)\b|fortgesetzt|weiter|erneuer(?:t|n)\b)/iu,
    everyBefore: /\b(?:alle|jede[nrs]?)\s+$/iu,
    cycles: [
      { pattern: /\bmonatlich\w*\b|\bmonatsweise\b|\bjeden\s+monat\b|\bpro\s+monat\b|\bmonats(?:abo\w*|mitgliedschaft|tarif|vertrag|pass)\b/iu, value: { value: 1, unit: 'M' } },
      { pattern: /\bjährlich\w*\b|\bjedes\s+jahr\b|\bpro\s+jahr\b/iu, value: { value: 1, unit: 'Y' } },
      { pattern: /\bwöchentlich\w*\b|\bjede\s+woche\b/iu, value: { value: 1, unit: 'W' } },
      { pattern: /\bvierteljährlich\w*\b|\bquartalsweise\b|\bjedes\s+quartal\b|\bpro\s+quartal\b/iu, value: { value: 3, unit: 'M' } },
      { pattern: /\bhalbjährlich\w*\b|\bjedes\s+halbjahr\b|\bpro\s+halbjahr\b/iu, value: { value: 6, unit: 'M' } },
    ],
    billing: /\b(?:abgebucht|abbuchung|eingezogen|lastschrift|abgerechnet|abrechnung|berechnet|bezahl\w*|zahl(?:en|t|bar|ung)|\p{L}*(?:beitrag|beiträge|gebühr|entgelt|preis))\b/iu,
  },
  noticeToFollowingMonth:
    /\bzum\s+(?:ende|schluss|letzten\s+tag)\s+des\s+(?:kalender)?monats(?:\s+\p{L}+)?,?\s+der\s+auf\s+(?:den|die)\s+\p{L}+\s+(?:der\s+|ihrer\s+|deiner\s+|seiner\s+)?kündigung\s+folgt|\bzum\s+ende\s+des\s+(?:auf\s+(?:den|die)\s+\p{L}+\s+(?:der\s+)?kündigung\s+)?(?:folgenden|nächsten|darauffolgenden)\s+(?:kalender)?monats|\bzum\s+(?:ende\s+des\s+)?folgemonats?\b/iu,
  openPhase:
    /\bnach\s+(?:ablauf|ende)\s+der\s+(?:mindest|erst|grund|anfangs)?(?:vertrags)?laufzeit|\bauf\s+unbestimmte\s+(?:zeit|dauer)|\bunbefristet|\bdanach\b|\banschließend\b|\bim\s+anschluss\b|\b(?:im|für\s+den)\s+verlängerten\s+vertrag/iu,
  noticeAnchors: [
    { anchor: 'quarter-end', pattern: /\bzum\s+(?:jeweiligen\s+)?(?:quartalsende|ende\s+(?:eines|des)\s+(?:kalender)?(?:quartals|vierteljahres))/iu },
    { anchor: 'month-end', pattern: /\bzum\s+(?:jeweiligen\s+)?(?:monatsende|monatsletzten|ende\s+(?:eines|des)\s+(?:jeweiligen\s+)?(?:kalender)?monats)/iu },
    { anchor: 'year-end', pattern: /\bzum\s+(?:jahresende|ende\s+(?:eines|des)\s+(?:kalender)?jahres)/iu },
    { anchor: 'term-end', pattern: /\b(?:zum|vor(?:\s+dem)?)\s+(?:jeweiligen\s+)?(?:ende|ablauf)\s+(?:der|des)\s+(?:jeweiligen\s+)?(?:mindest|erst|vertrags|verlängerungs)?(?:laufzeit|vertragslaufzeit|vertragsdauer|zeitraums|verlängerungszeitraums|vertrags|vertragsjahres|semesters|schulhalbjahres|saison|spielzeit|kurses|kursblocks|abrechnungszeitraums)|\bzum\s+(?:laufzeitende|vertragsende|ablauf)\b|\bvor\s+(?:ablauf|ende)\b/iu },
    { anchor: 'anytime', pattern: /\bjederzeit\b|\btaggenau\b/iu },
  ],
  ordinals: {
    ersten: 1, zweiten: 2, dritten: 3, vierten: 4, fünften: 5, sechsten: 6, siebten: 7, siebenten: 7, achten: 8, neunten: 9, zehnten: 10,
    elften: 11, zwölften: 12, dreizehnten: 13, vierzehnten: 14, fünfzehnten: 15, sechzehnten: 16, siebzehnten: 17, achtzehnten: 18, neunzehnten: 19,
    zwanzigsten: 20, einundzwanzigsten: 21, zweiundzwanzigsten: 22, dreiundzwanzigsten: 23, vierundzwanzigsten: 24, fünfundzwanzigsten: 25,
  },
  money: {
    pattern: /(?:(?<currency>€|EUR)\s?(?<amount>\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?)|(?<amount2>\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s?(?:,-\s?)?(?<currency2>€|EUR\b|Euro\b|CHF\b))/gu,
    decimalComma: true,
  },
  prices: {
    intro: /\b(?:aktions|einführungs|einstiegs|start|sonder|willkommens|neukunden)(?:preis|beitrag|tarif|rabatt)\w*|\b(?:in|für)\s+den\s+ersten\s+\S+\s+(?:monaten|wochen|jahren)\b/iu,
    regular: /\bregulär\w*|\bnormal(?:preis|beitrag|tarif)\w*|\bstandard(?:preis|beitrag|tarif)\w*|\bdanach\b|\banschließend\b|\bab\s+dem\s+\S+\s+(?:monat|vertragsmonat|jahr)\b/iu,
    stepUp: /\bab\s+dem\s+(?<ordinal>\d{1,2}\.|\p{L}+)\s+(?:monat|vertragsmonat|beitragsmonat|mitgliedschaftsmonat)/iu,
  },
  fees: {
    cue: /(?<name>\b\p{L}*(?:gebühr|pauschale|entgelt|aufschlag|zuschlag)\w*|\b(?:anschlusspreis|bereitstellungspreis|startpaket|aufnahmegebühr))/iu,
    negated: /\b(?:wird|werden)\s+(?:nicht|keine)\s+(?:erhoben|berechnet|fällig)|\bkeine\s+\p{L}*(?:gebühr|pauschale|entgelt)|\bentfällt\b|\bkostenlos\b|\bkostenfrei\b|\bohne\s+\p{L}*(?:gebühr|pauschale|aufpreis)/iu,
    recurrence: [
      { value: 'half-yearly', pattern: /\bhalbjährlich\w*|\bje\s+halbjahr|\bpro\s+halbjahr|\balle\s+sechs\s+monate/iu },
      { value: 'quarterly', pattern: /\bvierteljährlich\w*|\bquartalsweise|\bpro\s+quartal|\bje\s+quartal/iu },
      { value: 'yearly', pattern: /\bjährlich\w*|\bpro\s+jahr|\bje\s+jahr|\bjahresgebühr/iu },
      { value: 'monthly', pattern: /\bmonatlich\w*|\bpro\s+monat|\bje\s+monat|\bim\s+monat/iu },
      { value: 'per-use', pattern: /\bpro\s+(?:besuch|nutzung|vorgang|mahnung|buchung)|\bje\s+(?:besuch|nutzung|vorgang|mahnung)/iu },
      { value: 'one-off', pattern: /\beinmalig\w*|\bbei\s+(?:vertragsschluss|abschluss|aufnahme)|\baufnahmegebühr|\banschlusspreis|\bstartpaket/iu },
    ],
  },
  cancellationChannels: [
    { value: 'registered-mail', pattern: /\beinschreiben\b|\beingeschrieben\w*\s+brief/iu },
    { value: 'text-form', pattern: /\btextform\b/iu },
    { value: 'email', pattern: /\be-?mail\b/iu },
    { value: 'online', pattern: /\bkündigungsbutton|\bverträge\s+hier\s+kündigen|\bonline\b|\bkundenkonto\b|\bwebsite\b|\bkündigungsformular/iu },
    { value: 'letter', pattern: /\bbrief\w*|\bpostalisch|\bper\s+post\b|\bschriftlich\w*|\bschriftform\b|\bunterschrie\w*/iu },
    { value: 'fax', pattern: /\b(?:tele)?fax\b/iu },
    { value: 'phone', pattern: /\btelefon\w*|\banruf\w*|\bhotline\b/iu },
    { value: 'in-person', pattern: /\bpersönlich\w*|\bvor\s+ort\b|\ban\s+der\s+(?:rezeption|theke|kasse)|\bim\s+studio\b/iu },
    { value: 'app', pattern: /\b(?:mitglieder-?)?app\b/iu },
  ],
  channelRefused: /\bunwirksam\b|\bnicht\s+(?:möglich|zulässig|wirksam|ausreichend|akzeptiert|anerkannt)|\bausgeschlossen\b|\bgenügt\s+nicht\b/iu,
  priceChange: {
    right: /\b(?:berechtigt|behält\s+sich\s+vor|vorbehalten|kann|können|darf|dürfen)\b[^.]{0,80}?\p{L}*(?:preis|beitr(?:ag|äg)|entgelt|gebühr)\p{L}*[^.]{0,120}?\b(?:anzupassen|anpassen|zu\s+erhöhen|erhöhen|zu\s+ändern|ändern)\b|\bpreis(?:anpassung|änderung|erhöhung)\w*\s+(?:bleib\w+\s+)?vorbehalten|\bnach\s+billigem\s+ermessen\b[^.]{0,80}\p{L}*(?:preis|beitrag|entgelt)/iu,
    freeExit: /\b(?:sonderkündigungsrecht|außerordentlich\w*\s+kündig\w*|kostenfrei\w*\s+kündig\w*|fristlos\w*\s+kündig\w*|ohne\s+einhaltung\s+einer\s+frist\s+kündig\w*)/iu,
    consent: /\b(?:nur|ausschließlich)\s+mit\s+(?:ihrer|der)\s+(?:ausdrücklichen\s+)?zustimmung|\bzustimmung\s+(?:des|der)\s+(?:kund|mitglied)\w*\s+(?:erforderlich|voraus)/iu,
  },
  pause: {
    cue: /\bruhe(?:zeit|zeiten|pause|phase)\w*|\bruhend\w*|\bpausier\w*|\bbeitragsfreie\s+zeit|\baussetz\w*\s+der\s+mitgliedschaft|\bschließzeit\w*/iu,
    extendsTerm: /\b(?:verlängert|verlängern)\s+(?:sich\s+)?(?:die\s+)?(?:vertrags)?laufzeit|\blaufzeit\b[^.]{0,60}\bverlängert|\ban\s+die\s+(?:vertrags)?laufzeit\s+angehängt|\bhinten\s+angehängt|\bnachgeholt/iu,
  },
  extraordinaryTermination: {
    excluded: /\b(?:außerordentlich\w*|fristlos\w*|sonder)\s*kündigung\w*\b[^.]{0,40}\b(?:ist|sind|wird|werden)\s+(?:ausdrücklich\s+)?ausgeschlossen|\bausschluss\s+der\s+außerordentlichen\s+kündigung/iu,
    restricted: /\b(?:außerordentlich\w*|fristlos\w*|sonder)\s*kündig\w*\b[^.]{0,160}\b(?:nur|ausschließlich|lediglich)\b|\battest\b[^.]{0,120}\b(?:diagnose|krankheitsbild)|\bbinnen\s+(?:zwei|2|vierzehn|14)\s+(?:wochen|tagen)\b[^.]{0,80}\battest/iu,
  },
  noMinimumTerm: /\bkeine\s+mindest(?:vertrags)?(?:laufzeit|dauer)\b|\bohne\s+mindest(?:vertrags)?(?:laufzeit|dauer)\b|\bmindest(?:vertrags)?laufzeit\s*(?::|beträgt)?\s*(?:keine|entfällt)\b|\bmindest(?:vertrags)?(?:laufzeit|dauer)\b[^.;]{0,40}\bgibt\s+es\b[^.;]{0,20}\bnicht\b|\bgibt\s+es\s+keine\s+mindest/iu,
  contractSigns: {
    terms:
      /\b(?:sie|du|der\s+(?:kunde|nutzer|teilnehmer|käufer|besteller|mieter|vertragspartner|auftraggeber|anbieter|verkäufer)|die\s+(?:kundin|nutzerin|teilnehmerin|anbieterin)|das\s+mitglied)\s+(?:ist|sind|bist)\s+(?:nicht\s+)?(?:verpflichtet|berechtigt)\b|\b(?:verpflichte[tn]?|verpflichtest)\s+sich\b|\b(?:ist|sind|bist)\s+(?:nicht\s+)?(?:verpflichtet|berechtigt)\b|\bbehält\s+sich\b|\bbehalten\s+uns\b|\b(?:diese|dieser|diesen|dieses|vorliegende\w*|nachfolgende\w*)\s+(?:agb|allgemeinen\s+geschäftsbedingungen|vertrag\w*|bedingungen|nutzungsbedingungen|vereinbarung|mitgliedschaftsbedingungen|geschäftsbedingungen)\b|\bvertragspartei\w*|\bvertragspartner\w*|\bvertragsschluss\w*|\bgerichtsstand\b|\bhaftet\b|\bhaften\s+(?:wir|nicht)\b|\bgilt\s+als\s+(?:vereinbart|erteilt|genehmigt|angenommen)\b|\b(?:gemäß|nach)\s+(?:ziffer|abschnitt|absatz|ziff\.)|^\s*§\s*\d|\b(?:das\s+mitglied|der\s+kunde|die\s+kundin|der\s+nutzer|die\s+nutzerin|der\s+teilnehmer|die\s+teilnehmerin|der\s+(?:mitglieds|abonnement|nutzungs)?vertrag|die\s+mitgliedschaft|die\s+kündigung|der\s+(?:monatliche\s+)?(?:mitglieds)?beitrag|die\s+(?:vertrags)?laufzeit|das\s+abonnement|der\s+anbieter|die\s+anbieterin|das\s+studio|(?:ihre?|deine?)\s+(?:mitgliedschaft|kündigung|vertrag|abonnement|abo))\s+(?:kann|können|kannst|muss|müssen|musst|darf|dürfen|hat|verpflichte\w*|verlängert|endet|beginnt|bedarf|erfolgt|läuft|ist\s+(?:\p{L}+\s+)?(?:zu\s+\p{L}+|fällig|berechtigt|verpflichtet|ausgeschlossen))\b|\b(?:sie|du|wir)\s+(?:müssen|musst|dürfen|darfst|sind\s+verpflichtet|bist\s+verpflichtet|sind\s+berechtigt|bist\s+berechtigt)\b|\b(?:kann|können|kannst)\s+(?:\p{L}+\s+){0,6}(?:kündigen|gekündigt\s+werden)\b|\bzur\s+zahlung\s+fällig\b|\bbedarf\s+der\s+(?:schrift|text)form\b/gimu,
    topics:
      /(?:laufzeit|bindungsfrist|vertrag\w*|kündig\w*|verlänger\w*|\bbeitr(?:ag|äge)\w*|gebühr\w*|entgelt\w*|haftung|widerruf\w*|mitgliedschaft|abonnement)/giu,
    narrative:
      /\b(?:sagte|sagt|erklärte|berichtet\w*|laut\s+(?:einer|einem|der|dem)|sprecher\w*|beraterin|berater|rät|raten|ich\s+(?:bin|war|habe|hatte|denke|glaube)|liebe\s+\p{L}+|lieber\s+\p{L}+|viele\s+grüße|herzliche\s+grüße|sportliche\s+grüße)\b/giu,
    // Briefe (die eigene Kündigung) und Texte über Verträge (Lexikon, Ratgeber); keine Fragen:
    // Studio- und App-Bedingungen sind oft als FAQ geschrieben
    otherGenres:
      /\b(?:sehr\s+geehrte\w*|mit\s+freundlichen\s+grüßen|hiermit\s+(?:kündige|widerrufe)\s+ich\s+(?:meine\w*|den|die|das)\s+(?:mitglied\w*|vertrag\w*|abo\w*)|ich\s+kündige\s+(?:hiermit\s+)?mein\w*|verbraucherschütz\w*|verbraucherzentrale\w*|kritiker\w*|ökonomen|gesetzgeber\w*|wir\s+suchen\s+(?:verstärkung|dich|sie)|(?:deine|ihre)\s+aufgaben|das\s+bringst\s+du\s+mit|(?:dein|ihr)\s+profil|bewerbung\w*|stellenanzeige\w*|lieferumfang|fehlerbehebung|inbetriebnahme|bedienungsanleitung\w*|lebenslauf|berufserfahrung)\b|^\s*(?:siehe\s+auch|ausbildung|kenntnisse)\s*$/gimu,
  },
  ocrRepairs: germanOcrRepairs,
  unitNames: { D: ['Tag', 'Tage'], W: ['Woche', 'Wochen'], M: ['Monat', 'Monate'], Y: ['Jahr', 'Jahre'] },
};
