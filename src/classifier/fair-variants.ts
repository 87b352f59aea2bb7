/**
 * Fair variants of a category that silence the model: wordings a bag of n-grams cannot tell from
 * the unfair clause (the same words, "liable", "damage", "terminate"), but that a consumer lawyer
 * reads as fair. The model's own list, not the rules' `unless` lists: those also exempt clauses
 * that are still unfair but milder (a third-party disclaimer, termination for a breach), which the
 * issue wants flagged at a lower severity, and the model's findings already are one step lower.
 *
 * Indexed like MODEL_CATEGORIES; a sentence matching any pattern of its category is no model
 * finding of that category. `npm run eval` applies the same list to the held-out figures.
 */
export const FAIR_VARIANTS: Record<'de' | 'en', readonly (readonly RegExp[])[]> = {
  en: [
    /* ch  */ [],
    /* ter */ [
      // the right to end for cause, merely kept
      /\b(?:right|rights)\s+(?:\w+\s+){0,3}?to\s+terminate\s+(?:\w+\s+){0,3}?for\s+(?:good\s+)?cause\s+(?:\w+\s+){0,2}?(?:remains?|is|are|shall\s+remain)\s+(?:unaffected|unchanged)\b/i,
      // a right of both sides, or the consumer's own
      /\b(?:either|each)\s+party\b|\bboth\s+parties\b|\bat\s+your\s+request\b|\bif\s+you\s+ask\s+us\b|\byou\s+(?:may|can)\s+(?:\w+\s+){0,3}?(?:cancel|terminate|end|close)\b/i,
      // the customer named as the one who ends it ("members may cancel"), or an ending open at any time with no one but
      // the customer named ("this plan may be cancelled at any time")
      /\b(?:members?|customers?|subscribers?|users?|account\s+holders?)\s+(?:may|can)\s+(?:\w+\s+){0,3}?(?:cancel|terminate|end|close)\b|^(?!.*\b(?:we|us|our)\b).*\bmay\s+be\s+(?:cancell?ed|terminated|ended)\s+(?:\w+\s+){0,2}?at\s+any\s+time\b/i,
      // ending with notice given in advance
      /\b(?:giving|give)\s+you\s+(?:at\s+least\s+)?(?:\w+\s+)?(?:\(\d+\)\s+)?(?:days|weeks|months)|\b(?:days|weeks|months)(?:'|’)?\s+(?:prior\s+|advance\s+)?(?:written\s+)?notice\b/i,
      // one period's notice ("with one month's notice", "a week's notice")
      /\b(?:one|a|1)\s+(?:day|week|month)(?:'s|’s)\s+(?:prior\s+|advance\s+)?(?:written\s+)?notice\b/i,
    ],
    /* cr  */ [/\bat\s+your\s+request\b|\bif\s+you\s+ask\s+us\b/i],
    /* use */ [
      // an active acceptance (signing, clicking) with no word of mere use
      /^(?!.*\b(?:us(?:e|es|ed|ing)|access\w*|continu\w*|visit\w*|brows\w*|download\w*|install\w*|register\w*)\b).*\b(?:sign(?:ing|s)?|click(?:ing|s)?|tick(?:ing|s)?)\b/i,
    ],
    /* law */ [],
    /* j   */ [/\b(?:courts?|place)\s+(?:\w+\s+){0,3}?where\s+you\s+(?:live|reside)|\byour\s+(?:local\s+)?courts?\b|\bcourts?\s+of\s+your\b/i],
    /* a   */ [],
    /* ltd */ [
      // the lawful carve-out: nothing limits liability for death, injury, fraud, negligence
      /\bnothing\s+in\s+(?:these|this|the)\s+(?:\w+\s+){0,3}?(?:limits?|excludes?|affects?|restricts?)\b|\b(?:does|do|shall|will)\s+not\s+(?:limit|exclude|affect|restrict)\s+(?:\w+\s+){0,4}?(?:liability|rights)\b|\bcannot\s+be\s+(?:limited|excluded)\s+(?:by|under)\s+(?:the\s+)?law\b/i,
      // the provider takes responsibility, with no limit in the sentence
      /^(?!.*\b(?:not|no|never|only|solely|limited|exclud\w*|except|unless|exceed\w*)\b).*\b(?:we|the\s+(?:company|provider|operator))\s+(?:are|is|will\s+be|remain|shall\s+be)\s+(?:\w+\s+)?(?:responsible|liable)\s+(?:to\s+you\s+)?for\b/i,
    ],
  ],
  de: [
    /* ch  */ [],
    /* ter */ [
      // a right of both sides (the statutory one for good cause among them), or the consumer's own
      /\bbeide[rn]?\s+(?:Parteien|Seiten|Vertragspartner)|\bjede\s+(?:Partei|Seite)\b|\bbeiderseit|\bauf\s+(?:Ihren|deinen)\s+(?:Wunsch|Antrag)/iu,
      /\b(?:Sie|du)\s+(?:können|kannst|dürfen|darfst)\b.{0,80}?kündig|(?:Mitglied|Kunde|Kundin|Nutzer\p{L}*|Teilnehmer\p{L}*)\s+(?:kann|darf)\b.{0,80}?kündig/iu,
      // the same in inverted word order ("…, können Sie Ihr Konto jederzeit kündigen")
      // (case-sensitive: "können sie" may be the contract, not the customer)
      /\b(?:[Kk]önnen|[Kk]annst|[Dd]ürfen|[Dd]arfst)\s+(?:Sie|du)\b.{0,80}?[Kk]ündig|\b(?:[Hh]aben\s+Sie|[Hh]ast\s+du)\s+(?:\p{L}+\s+){0,3}?das\s+Recht\b.{0,80}?[Kk]ündig/u,
      // ending only for a stated cause ("darf Ihr Konto nur sperren, wenn Sie …"): the statutory model
      /\bnur\s+(?:\p{L}+\s+){0,3}?(?:kündigen|sperren|beenden|löschen|deaktivieren)\s*,?\s+(?:wenn|falls|sofern)\b/iu,
      // ending with notice given in advance ("unter Wahrung einer Frist", "einen Monat im Voraus")
      /\bmit\s+einer\s+Frist\s+von|\bunter\s+(?:Einhaltung|Wahrung)\s+(?:einer|der)\s+(?:\p{L}+\s+)?Frist/iu,
      /\b(?:\d+|ein\p{L}*|zwei|drei|vier|sechs|acht|zwölf|vierzehn|dreißig)\s+(?:Tage?n?|Wochen?|Monate?n?)\s+(?:im\s+Voraus|vorher|zuvor)\b/iu,
      // the statutory right to end for good cause (§ 314 BGB), merely kept
      /aus\s+wichtigem\s+Grund\s+(?:\p{L}+\s+){0,3}?(?:bleibt|bleiben)\s+(?:\p{L}+\s+)?unberührt/iu,
    ],
    /* cr  */ [/\bauf\s+(?:Ihren|deinen)\s+(?:Wunsch|Antrag|Verlangen)/i],
    /* use */ [
      // an active acceptance (signature, a click) with no word of mere use
      /^(?!.*(?:nutz|verwend|zugriff|zugreif|besuch|herunterl|install|registr|weiter))(?=.*(?:unterzeichn|unterschr|anklick|klicken|ankreuz)).*/iu,
    ],
    /* law */ [],
    /* j   */ [/\b(?:Ihr|dein)(?:em|es)?\s+(?:Wohnsitz|Wohnort)|\bwo\s+(?:Sie|du)\s+(?:wohn|leb)/i],
    /* a   */ [],
    /* ltd */ [
      // § 309 Nr. 7 BGB: liability kept for life, body, health and for intent or gross negligence
      /(?:außer|ausgenommen|es\s+sei\s+denn|mit\s+Ausnahme|gilt\s+nicht|unberührt|unbeschränkt|uneingeschränkt)\s+.{0,100}?(?:Vorsatz|vorsätzlich|grob|Leben|Körper|Gesundheit|Kardinal|Produkthaftung|arglistig)/i,
      /(?:Vorsatz|vorsätzlich|grob\w*\s+Fahrlässig|Leben|Körper|Gesundheit)\s+.{0,100}?(?:unbeschränkt|uneingeschränkt|unberührt|nach\s+den\s+gesetzlichen\s+(?:Vorschriften|Bestimmungen))/i,
      /\bNichts\s+in\s+(?:den|diesen|dieser|diesem)\b/i,
      // the lawful limit for slight negligence: essential duties, foreseeable typical damage
      /(?:leicht|einfach)\p{L}*\s+Fahrlässig.{0,150}?(?:wesentlich|Kardinal|vertragstypisch|vorhersehbar)|(?:Kardinal|wesentlich\p{L}*\s+Vertragspflicht).{0,150}?(?:leicht|einfach)\p{L}*\s+Fahrlässig|vorhersehbar\p{L}*,?\s+(?:und\s+)?vertragstypisch|vertragstypisch\p{L}*,?\s+(?:und\s+)?vorhersehbar/iu,
    ],
  ],
};

/** Bitmask of the categories in `mask` whose fair variants the sentence does not match. */
export function withoutFairVariants(mask: number, text: string, language: 'de' | 'en'): number {
  const lists = FAIR_VARIANTS[language];
  let out = mask;
  for (let c = 0; c < lists.length; c++) {
    if ((out >> c) & 1 && lists[c].some((pattern) => pattern.test(text))) out &= ~(1 << c);
  }
  return out;
}
