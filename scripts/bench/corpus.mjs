// Deterministic benchmark corpus for `npm run bench` (scripts/bench.mjs).
//
// A seeded PRNG (mulberry32 over an FNV-1a hash of a string key) composes contracts from clause
// templates: the fact clauses (minimum term, renewal, notice, prices, fees, cancellation form)
// with values drawn from small sets, so every document has known facts, and boilerplate
// paragraphs (services, payment, liability, data protection, ...) whose slots are filled from
// word lists so that no two lines repeat across pages (repeated lines would be stripped as running
// headers). The same composed document is written as TXT (hard-wrapped at 72 columns), DOCX (jszip)
// and PDF (pdfkit, DejaVu Sans, A4, running header and "Page n of m" footer). The PDF layout is
// done here, line by line, and filler paragraphs are added until the PDF has exactly the requested
// number of pages; TXT and DOCX carry exactly the same text, so "pages" means the same for all three.
//
// Techniques follow scripts/make-fixtures.mjs (fixed dates so pdfkit's /ID and font subset tag and
// jszip's entries are stable: the same seed gives byte-identical files); it is not imported.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import JSZip from 'jszip';
import { finishPdf, hardWrap, xmlEscape } from '../lib/documents.mjs';
import { fnv1a, mulberry32 } from '../lib/random.mjs';

const FONT_REGULAR = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FONT_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
export const HAVE_DEJAVU = fs.existsSync(FONT_REGULAR) && fs.existsSync(FONT_BOLD);
const FIXED_DATE = new Date(Date.UTC(2025, 2, 1, 9, 0, 0));
const FIXED_ISO = '2025-03-01T09:00:00Z';

/** Changes whenever this file (the generator) changes: part of the cache key. */
export const GENERATOR_HASH = createHash('sha256')
  .update(fs.readFileSync(fileURLToPath(import.meta.url)))
  .update(fs.readFileSync(fileURLToPath(new URL('../lib/documents.mjs', import.meta.url))))
  .update(HAVE_DEJAVU ? 'dejavu' : 'helvetica')
  .digest('hex')
  .slice(0, 10);

// ---------------------------------------------------------------------------------------------
// PRNG

export function rng(key) {
  const next = mulberry32(fnv1a(key));
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
  return r;
}

/** Fill "{slot}" placeholders from word lists (or a function of the PRNG). */
function fill(template, r, vocab) {
  return template.replace(/\{(\w+)\}/g, (_, name) => {
    const v = vocab[name];
    if (v === undefined) throw new Error(`unknown slot {${name}}`);
    return typeof v === 'function' ? v(r) : r.pick(v);
  });
}

// ---------------------------------------------------------------------------------------------
// language data

const DE_WORDS = { 1: 'einen', 3: 'drei', 6: 'sechs', 12: 'zwölf', 24: 'vierundzwanzig' };
const EN_WORDS = { 1: 'one', 3: 'three', 6: 'six', 12: 'twelve', 24: 'twenty-four', 30: 'thirty', 60: 'sixty', 90: 'ninety' };

const DE_VOCAB = {
  company: ['FitWerk Studios GmbH', 'Nordlicht Telekom AG', 'Kinowelt Streaming GmbH', 'Datenhafen Software GmbH', 'Lesezirkel Rhein KG', 'Stadtwerke Kranich GmbH', 'Partnerglück Online GmbH'],
  provider: ['der Anbieter', 'die Gesellschaft', 'der Betreiber', 'das Unternehmen'],
  Provider: ['Der Anbieter', 'Die Gesellschaft', 'Der Betreiber', 'Das Unternehmen'],
  customer: ['der Kunde', 'das Mitglied', 'der Nutzer', 'der Vertragspartner'],
  Customer: ['Der Kunde', 'Das Mitglied', 'Der Nutzer', 'Der Vertragspartner'],
  service: ['die Trainingsflächen', 'das Mobilfunknetz', 'die Streaming-Plattform', 'die Cloud-Software', 'das Zeitschriftenabonnement', 'die Stromlieferung', 'die Partnervermittlung', 'die Kursräume', 'den Online-Speicher', 'die Mitglieder-App'],
  thing: ['Geräte', 'Zugangsdaten', 'Endgeräte', 'Schlüsselkarten', 'Router', 'Zählerstände', 'Profildaten', 'Kursunterlagen', 'Rechnungen', 'Lieferadressen', 'Benutzerkonten', 'Spinde'],
  place: ['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Dresden', 'Bremen', 'Hannover', 'Nürnberg', 'Freiburg', 'Kassel', 'Rostock'],
  act: ['Wartungsarbeiten', 'Sicherheitsupdates', 'Umbauarbeiten', 'Netzumstellungen', 'Reinigungsarbeiten', 'Softwareaktualisierungen', 'Inventuren', 'Störungsbeseitigungen'],
  adj: ['angemessene', 'zumutbare', 'erforderliche', 'übliche', 'geeignete', 'branchenübliche', 'verhältnismäßige'],
  adjn: ['angemessenen', 'zumutbaren', 'erforderlichen', 'üblichen', 'geeigneten', 'branchenüblichen', 'verhältnismäßigen'],
  duty: ['Sorgfaltspflichten', 'Mitwirkungspflichten', 'Auskunftspflichten', 'Obhutspflichten', 'Informationspflichten', 'Prüfpflichten'],
  doc: ['Leistungsbeschreibung', 'Preisliste', 'Datenschutzerklärung', 'Hausordnung', 'Nutzungsrichtlinie', 'Servicebeschreibung', 'Auftragsbestätigung'],
  hours: (r) => String(r.pick([24, 48, 72])),
  n: (r) => String(r.int(2, 40)),
  pct: (r) => String(r.int(2, 9)),
  money: (r) => `${r.int(2, 60)},${r.pick(['00', '50', '90', '95'])} €`,
};

const EN_VOCAB = {
  company: ['Cloudmill Ltd', 'Ironside Gym Ltd', 'Brightwave Mobile plc', 'Reelhouse Streaming Ltd', 'Quillpress Magazines Ltd', 'Northgrid Energy Ltd', 'Kindred Match Ltd'],
  provider: ['the Provider', 'the Company', 'the Operator', 'the Supplier'],
  Provider: ['The Provider', 'The Company', 'The Operator', 'The Supplier'],
  customer: ['the Customer', 'the Member', 'the Subscriber', 'the User'],
  Customer: ['The Customer', 'The Member', 'The Subscriber', 'The User'],
  service: ['the training floor', 'the mobile network', 'the streaming platform', 'the cloud software', 'the magazine subscription', 'the energy supply', 'the matchmaking service', 'the class studios', 'the online storage', 'the member app'],
  thing: ['equipment', 'login details', 'devices', 'access cards', 'routers', 'meter readings', 'profile data', 'course materials', 'invoices', 'delivery addresses', 'user accounts', 'lockers'],
  place: ['London', 'Manchester', 'Bristol', 'Leeds', 'Glasgow', 'Cardiff', 'Edinburgh', 'Liverpool', 'Belfast', 'York', 'Oxford', 'Brighton'],
  act: ['maintenance work', 'security updates', 'refurbishment', 'network upgrades', 'cleaning', 'software releases', 'stocktaking', 'fault repairs'],
  adj: ['reasonable', 'appropriate', 'necessary', 'customary', 'suitable', 'proportionate', 'adequate'],
  duty: ['duties of care', 'duties to cooperate', 'reporting duties', 'duties of custody', 'information duties', 'review duties'],
  doc: ['service description', 'price list', 'privacy notice', 'house rules', 'acceptable use policy', 'service schedule', 'order confirmation'],
  hours: (r) => String(r.pick([24, 48, 72])),
  n: (r) => String(r.int(2, 40)),
  pct: (r) => String(r.int(2, 9)),
  money: (r) => `£${r.int(2, 60)}.${r.pick(['00', '50', '90', '95'])}`,
};

/** Boilerplate sections: heading and sentence templates; a paragraph draws 2–4 sentences. */
const DE_BOILER = [
  ['Leistungen', [
    '{Provider} stellt {service} im Rahmen der {adjn} technischen und betrieblichen Möglichkeiten zur Verfügung.',
    'Der Umfang der Leistungen ergibt sich aus der jeweils gültigen {doc}, die Bestandteil dieses Vertrages ist.',
    '{Provider} darf sich zur Erbringung der Leistungen sorgfältig ausgewählter Dienstleister aus {place} bedienen.',
    'Vorübergehende Einschränkungen wegen {act} werden nach Möglichkeit {hours} Stunden im Voraus angekündigt.',
    'Zusätzliche Leistungen, die nicht in der {doc} genannt sind, werden gesondert vereinbart.',
  ]],
  ['Pflichten des Kunden', [
    '{Customer} hat die {thing} sorgfältig zu behandeln und vor dem Zugriff unbefugter Dritter zu schützen.',
    '{Customer} teilt Änderungen seiner Anschrift, Bankverbindung oder E-Mail-Adresse unverzüglich mit.',
    'Die Nutzung von {service} für rechtswidrige Zwecke ist untersagt; {customer} beachtet die {doc}.',
    'Verletzt {customer} seine {duty}, kann {provider} nach vorheriger Abmahnung {adj} Maßnahmen ergreifen.',
    'Schäden an den {thing} sind {provider} spätestens am {n}. Werktag nach ihrer Entdeckung anzuzeigen.',
  ]],
  ['Zahlungsbedingungen', [
    'Rechnungen werden elektronisch bereitgestellt und sind mit Zugang fällig.',
    'Zahlungen erfolgen per SEPA-Lastschrift; {customer} erteilt hierzu ein gesondertes Mandat.',
    'Bei Zahlungsverzug berechnet {provider} Verzugszinsen in gesetzlicher Höhe von {pct} Prozentpunkten über dem Basiszinssatz.',
    'Einwendungen gegen eine Rechnung sind innerhalb von acht Wochen nach Zugang in Textform zu erheben.',
    'Eine Aufrechnung ist nur mit unbestrittenen oder rechtskräftig festgestellten Forderungen zulässig.',
  ]],
  ['Haftung', [
    '{Provider} haftet unbeschränkt für Schäden aus der Verletzung des Lebens, des Körpers oder der Gesundheit.',
    'Im Übrigen haftet {provider} nur bei Vorsatz und grober Fahrlässigkeit sowie bei der Verletzung wesentlicher Vertragspflichten.',
    'Bei der Verletzung wesentlicher Vertragspflichten ist die Haftung auf den vorhersehbaren, vertragstypischen Schaden begrenzt.',
    'Die Haftung nach dem Produkthaftungsgesetz bleibt unberührt.',
    'Für den Verlust von {thing}, die in {place} verwahrt werden, gelten die gesetzlichen Vorschriften.',
  ]],
  ['Datenschutz', [
    '{Provider} verarbeitet personenbezogene Daten ausschließlich nach Maßgabe der {doc} und der DSGVO.',
    'Die Daten werden auf Servern in {place} gespeichert und nicht ohne geeignete Garantien in Drittländer übermittelt.',
    'Eine Weitergabe an Dritte erfolgt nur, soweit dies zur Vertragsdurchführung erforderlich ist.',
    '{Customer} kann Auskunft über die gespeicherten Daten verlangen und deren Berichtigung beantragen.',
    'Protokolldaten zu {thing} werden nach {n} Tagen gelöscht, sofern keine gesetzliche Aufbewahrungspflicht besteht.',
  ]],
  ['Verfügbarkeit und Wartung', [
    '{Provider} bemüht sich um eine Verfügbarkeit von {service} von {n} Stunden täglich im Jahresmittel.',
    'Geplante {act} werden in nutzungsarmen Zeiten durchgeführt.',
    'Störungen können {provider} rund um die Uhr über die Service-Hotline gemeldet werden.',
    '{Provider} beseitigt gemeldete Störungen im Rahmen der {adjn} Möglichkeiten.',
    'Ausfälle infolge höherer Gewalt, insbesondere Unwetter in {place}, hat {provider} nicht zu vertreten.',
  ]],
  ['Geheimhaltung', [
    'Die Parteien behandeln alle vertraulichen Informationen, die ihnen im Rahmen dieses Vertrages bekannt werden, vertraulich.',
    'Die Pflicht zur Geheimhaltung gilt nicht für Informationen, die öffentlich bekannt sind.',
    'Mitarbeiter und Erfüllungsgehilfen werden entsprechend zur Verschwiegenheit verpflichtet.',
    'Unterlagen zu {thing} sind auf Verlangen zurückzugeben oder zu vernichten.',
  ]],
  ['Nutzungsrechte', [
    '{Customer} erhält ein einfaches, nicht übertragbares Recht zur Nutzung von {service} für die Dauer des Vertrages.',
    'Eine Weitergabe der {thing} an Dritte ist nicht gestattet.',
    'Inhalte, die {customer} hochlädt, bleiben sein Eigentum; {provider} erhält nur die zur Leistungserbringung {adjn} Rechte.',
    'Marken und Logos von {provider} dürfen ohne vorherige Zustimmung nicht verwendet werden.',
  ]],
];

const EN_BOILER = [
  ['Services', [
    '{Provider} will make {service} available within its {adj} technical and operational capabilities.',
    'The scope of the services is set out in the current {doc}, which forms part of this Agreement.',
    '{Provider} may use carefully selected subcontractors based in {place} to provide the services.',
    'Temporary restrictions due to {act} will be announced {hours} hours in advance where possible.',
    'Additional services not listed in the {doc} are agreed separately.',
  ]],
  ['Customer Obligations', [
    '{Customer} must look after the {thing} with care and protect them against access by unauthorised persons.',
    '{Customer} will promptly notify any change of postal address, bank details or e-mail address.',
    'Using {service} for unlawful purposes is prohibited; {customer} must comply with the {doc}.',
    'If {customer} breaches its {duty}, {provider} may take {adj} measures after a prior warning.',
    'Damage to the {thing} must be reported to {provider} no later than the {n}th business day after it is discovered.',
  ]],
  ['Payment Terms', [
    'Invoices are provided electronically and are payable on receipt.',
    'Payments are made by Direct Debit; {customer} grants a separate mandate for this purpose.',
    'If payment is late, {provider} may charge interest at {pct}% per year above the Bank of England base rate.',
    'Objections to an invoice must be raised in writing within eight weeks of receipt.',
    'Set-off is permitted only with claims that are undisputed or finally established by a court.',
  ]],
  ['Liability', [
    'Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.',
    'Otherwise {provider} is liable only for intent and gross negligence and for breach of essential obligations.',
    'For breach of essential obligations, liability is limited to the foreseeable damage typical for this type of contract.',
    'Statutory product liability remains unaffected.',
    'The statutory rules apply to the loss of {thing} kept in {place}.',
  ]],
  ['Data Protection', [
    '{Provider} processes personal data only in accordance with the {doc} and the UK GDPR.',
    'Data is stored on servers in {place} and is not transferred to third countries without appropriate safeguards.',
    'Data is passed on to third parties only where this is necessary to perform the contract.',
    '{Customer} may request access to the data held and ask for it to be corrected.',
    'Log data relating to {thing} is deleted after {n} days unless the law requires it to be kept.',
  ]],
  ['Availability and Maintenance', [
    '{Provider} aims for {service} to be available {n} hours a day on annual average.',
    'Planned {act} is carried out at times of low usage.',
    'Faults can be reported to {provider} around the clock through the service hotline.',
    '{Provider} will remedy reported faults within its {adj} capabilities.',
    'Outages caused by force majeure, in particular severe weather in {place}, are outside the control of {provider}.',
  ]],
  ['Confidentiality', [
    'The parties will keep confidential all confidential information that comes to their knowledge under this Agreement.',
    'The duty of confidentiality does not apply to information that is publicly known.',
    'Employees and agents will be bound to confidentiality accordingly.',
    'Documents relating to {thing} must be returned or destroyed on request.',
  ]],
  ['Licence', [
    '{Customer} receives a simple, non-transferable right to use {service} for the duration of the Agreement.',
    'The {thing} may not be passed on to third parties.',
    'Content uploaded by {customer} remains its property; {provider} receives only the {adj} rights to provide the services.',
    'Trade marks and logos of {provider} may not be used without prior consent.',
  ]],
];

// ---------------------------------------------------------------------------------------------
// composition

/**
 * Profiles with known facts (ISO durations as the JSON report states them). "lockin": minimum term,
 * tacit renewal, notice before term end; "rolling": minimum term then indefinite with one month's
 * notice; "free": no minimum term, cancellable at any time.
 */
function factSections(lang, r) {
  const profile = r.pick(['lockin', 'lockin', 'rolling', 'free']);
  const price = r.int(9, 59);
  const intro = r.int(1, Math.max(2, Math.floor(price / 2)));
  const fee = r.int(10, 49);
  const strict = r.chance(0.5);
  if (lang === 'de') {
    const term = r.pick([6, 12, 24]);
    const renew = r.pick([1, 3, 6, 12]);
    const notice = r.pick([1, 3]);
    const termText = r.chance(0.5) ? `${term} Monaten` : `${DE_WORDS[term] === 'einen' ? 'einem' : DE_WORDS[term]} (${term}) Monaten`;
    const noticeWords = notice === 1 ? 'einem Monat' : `${DE_WORDS[notice]} Monaten`;
    const paras = [];
    let facts;
    if (profile === 'lockin') {
      paras.push(`Der Vertrag wird für eine Mindestlaufzeit von ${termText} geschlossen. Eine ordentliche Kündigung vor Ablauf der Mindestlaufzeit ist ausgeschlossen.`);
      const by = renew === 1 ? 'einen weiteren Monat' : `weitere ${renew} Monate`;
      paras.push(`Der Vertrag verlängert sich stillschweigend um jeweils ${by}, sofern er nicht mit einer Frist von ${noticeWords} zum Ende der jeweiligen Laufzeit gekündigt wird.`);
      facts = { minimumTerm: `P${term}M`, autoRenewal: true, renewalTerm: `P${renew}M`, noticePeriod: `P${notice}M` };
    } else if (profile === 'rolling') {
      paras.push(`Der Vertrag wird für eine Mindestlaufzeit von ${termText} geschlossen.`);
      paras.push('Nach Ablauf der Mindestlaufzeit läuft der Vertrag auf unbestimmte Zeit weiter und kann jederzeit mit einer Frist von einem Monat gekündigt werden.');
      facts = { minimumTerm: `P${term}M`, renewalTerm: 'indefinite', noticePeriod: 'P1M' };
    } else {
      paras.push('Der Vertrag hat keine Mindestlaufzeit. Er wird auf unbestimmte Zeit geschlossen.');
      paras.push('Der Vertrag kann jederzeit mit einer Frist von einem Monat zum Monatsende gekündigt werden.');
      facts = { minimumTerm: null, noMinimumTerm: true, noticePeriod: 'P1M' };
    }
    const cancel = strict
      ? 'Die Kündigung bedarf der Schriftform und ist ausschließlich per Einschreiben zu erklären. Eine Kündigung per E-Mail ist unwirksam.'
      : 'Die Kündigung ist in Textform möglich, zum Beispiel per E-Mail oder über das Kündigungsformular im Kundenkonto.';
    const prices = [`Der reguläre Monatsbeitrag beträgt ${price},90 € und ist monatlich im Voraus fällig.`];
    if (profile === 'lockin') prices.push(`Abweichend davon gilt ein Aktionspreis von ${intro},90 € monatlich in den ersten 3 Monaten, nur für Neukunden.`);
    prices.push(`Bei Vertragsschluss wird eine einmalige Aufnahmegebühr von ${fee},00 € erhoben.`);
    return {
      facts,
      sections: [
        ['Vertragsbeginn, Laufzeit und Verlängerung', paras],
        ['Kündigung', [cancel, 'Das Recht zur außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt.']],
        ['Preise und Gebühren', prices],
      ],
    };
  }
  const term = r.pick([6, 12, 24]);
  const renew = r.pick([1, 6, 12]);
  const days = r.pick([30, 60, 90]);
  const termText = r.chance(0.5) ? `${term} months` : `${EN_WORDS[term]} (${term}) months`;
  const paras = [];
  let facts;
  if (profile === 'lockin') {
    paras.push(`The initial term of this Agreement is ${termText} from the Effective Date. The Customer may not terminate this Agreement for convenience during the initial term.`);
    paras.push(`This Agreement automatically renews for successive ${EN_WORDS[renew]} (${renew}) month renewal terms unless either party gives written notice of non-renewal at least ${EN_WORDS[days]} (${days}) days prior to the end of the then-current term.`);
    facts = { minimumTerm: `P${term}M`, autoRenewal: true, renewalTerm: `P${renew}M`, noticePeriod: `P${days}D` };
  } else if (profile === 'rolling') {
    paras.push(`The initial term of this Agreement is ${termText} from the Effective Date.`);
    paras.push('After the initial term this Agreement continues on a month-to-month basis and may be cancelled at any time with one month’s notice.');
    facts = { minimumTerm: `P${term}M`, renewalTerm: 'indefinite', noticePeriod: 'P1M' };
  } else {
    paras.push('There is no minimum term. This Agreement runs until cancelled.');
    paras.push('The Customer may cancel at any time with one month’s notice.');
    facts = { minimumTerm: null, noMinimumTerm: true, noticePeriod: 'P1M' };
  }
  const cancel = strict
    ? 'Cancellation must be sent by registered post to the registered office address stated above. Notices of cancellation sent by e-mail shall not be valid.'
    : 'The Customer may cancel online in the account settings or by e-mail to the support address.';
  const prices = [`The standard subscription fee is £${price} per month, payable monthly in advance.`];
  if (profile === 'lockin') prices.push(`For new customers only, the fee for the first three (3) months is £${intro} per month. From the fourth month onwards the standard fee applies.`);
  prices.push(`A one-off joining fee of £${fee} is charged on signing.`);
  return {
    facts,
    sections: [
      ['Term and Renewal', paras],
      ['Cancellation', [cancel, 'Either party may terminate this Agreement immediately for material breach.']],
      ['Fees', prices],
    ],
  };
}

/** Numbering of sections ("§ 3 Title" / "3. Title") and paragraphs ("(2) text" / "3.2 text"). */
function numbering(lang) {
  let section = 0;
  let para = 0;
  return {
    /** The heading the next section would get, without numbering it. */
    peek(title) {
      return lang === 'de' ? `§ ${section + 1} ${title}` : `${section + 1}. ${title}`;
    },
    heading(title) {
      section++;
      para = 0;
      return lang === 'de' ? `§ ${section} ${title}` : `${section}. ${title}`;
    },
    label() {
      para++;
      return lang === 'de' ? `(${para})` : `${section}.${para}`;
    },
  };
}

/**
 * Compose one contract as a stream of blocks: { type: 'title' | 'lines' | 'heading' | 'para', ... }.
 * Returns the fixed head, the fixed tail and a generator of filler blocks (one section heading then
 * its paragraphs, repeatedly), so that the layout can stop when the page budget is used up.
 */
function compose(lang, r) {
  const vocab = lang === 'de' ? DE_VOCAB : EN_VOCAB;
  const boiler = lang === 'de' ? DE_BOILER : EN_BOILER;
  const num = numbering(lang);
  const company = r.pick(vocab.company);
  const city = r.pick(vocab.place);
  const { facts, sections } = factSections(lang, r);
  const head = [];
  if (lang === 'de') {
    head.push({ type: 'title', text: `Vertrag über die Nutzung der Leistungen der ${company}` });
    head.push({ type: 'lines', lines: [`${company} · Hauptstraße ${r.int(1, 99)} · ${r.int(10000, 99999)} ${city}`, `Vertragsdatum: 01.03.2025 · Kundennummer: KD-${r.int(100000, 999999)}`] });
    head.push({ type: 'heading', text: num.heading('Vertragsgegenstand') });
    head.push({ type: 'para', label: num.label(), text: `Dieser Vertrag regelt die Nutzung der Leistungen der ${company} (nachfolgend „Anbieter“) durch den Kunden.` });
  } else {
    head.push({ type: 'title', text: `${company} Customer Agreement` });
    head.push({ type: 'lines', lines: [`${company}, ${r.int(1, 99)} High Street, ${city}, United Kingdom`, `Effective Date: 1 March 2025 · Customer number: C-${r.int(100000, 999999)}`] });
    head.push({ type: 'heading', text: num.heading('Subject Matter') });
    head.push({ type: 'para', label: num.label(), text: `This Agreement governs the use of the services of ${company} (the “Provider”) by the customer (the “Customer”).` });
  }
  for (const [title, paras] of sections) {
    head.push({ type: 'heading', text: num.heading(title) });
    for (const text of paras) head.push({ type: 'para', label: num.label(), text });
  }

  const paragraph = (templates) => {
    const count = r.int(2, 4);
    const used = new Set();
    const out = [];
    while (out.length < count && used.size < templates.length) {
      const i = r.int(0, templates.length - 1);
      if (used.has(i)) continue;
      used.add(i);
      out.push(fill(templates[i], r, vocab));
    }
    return out.join(' ');
  };
  function* filler() {
    let round = 0;
    for (;;) {
      const [title, templates] = boiler[round % boiler.length];
      round++;
      // numbered by layout() when placed, so a section that does not fit costs no number
      yield { type: 'heading', title: round > boiler.length ? `${title} (${lang === 'de' ? 'Teil' : 'part'} ${Math.ceil(round / boiler.length)})` : title };
      const count = r.int(3, 6);
      for (let i = 0; i < count; i++) yield { type: 'para', text: paragraph(templates) };
    }
  }
  // the tail is numbered when it is placed, after the filler; trial layouts only peek
  const tail = (final) =>
    lang === 'de'
      ? [
          { type: 'heading', text: final ? num.heading('Schlussbestimmungen') : num.peek('Schlussbestimmungen') },
          { type: 'para', label: final ? num.label() : '(1)', text: `Es gilt das Recht der Bundesrepublik Deutschland. Sollte eine Bestimmung dieses Vertrages unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt.` },
          { type: 'lines', lines: [`${city}, den 01.03.2025`, 'Unterschrift Kunde · Unterschrift Anbieter'] },
        ]
      : [
          { type: 'heading', text: final ? num.heading('Governing Law') : num.peek('Governing Law') },
          { type: 'para', label: final ? num.label() : '99.1', text: 'This Agreement is governed by the laws of England and Wales. If any provision is held invalid, the remaining provisions remain in force.' },
          { type: 'lines', lines: [`Signed in ${city} on 1 March 2025`, 'Customer signature · Provider signature'] },
        ];
  return { facts, company, head, filler: filler(), tail, num };
}

// ---------------------------------------------------------------------------------------------
// layout (A4, as in make-fixtures.mjs)

const A4 = [595.28, 841.89];
const L = {
  left: 64,
  right: A4[0] - 64,
  top: 88,
  bottom: 772,
  headerY: 40,
  footerY: 796,
  body: { font: 'regular', size: 9.5, lh: 13.2, gap: 4.5 },
  heading: { font: 'bold', size: 10.5, lh: 15, gap: 8 },
  title: { font: 'bold', size: 15, lh: 20, gap: 0 },
  meta: { font: 'regular', size: 8.8, lh: 12.4, gap: 6 },
  hang: 24,
};
const WIDTH = L.right - L.left;

function newPdf(info) {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { ...info, Creator: 'knebel scripts/bench', Producer: 'PDFKit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
  if (HAVE_DEJAVU) {
    doc.registerFont('regular', FONT_REGULAR);
    doc.registerFont('bold', FONT_BOLD);
  } else {
    doc.registerFont('regular', 'Helvetica');
    doc.registerFont('bold', 'Helvetica-Bold');
  }
  return doc;
}

function wrap(text, width, measure) {
  const words = text.split(/ +/).filter(Boolean);
  const lines = [];
  let cur = '';
  for (const w of words) {
    const cand = cur ? `${cur} ${w}` : w;
    if (!cur || measure(cand) <= width) cur = cand;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

/** One pdfkit document for measuring text (loading the TTF per document would dominate generation). */
let measuring;

/** Wrap a block into positioned-line items: { style, lines: [{text,label}], indent, gap, keepNext }. */
function toItem(block) {
  measuring ??= newPdf({});
  const doc = measuring;
  const measure = (style) => (s) => doc.font(style.font).fontSize(style.size).widthOfString(s);
  if (block.type === 'title') return { style: L.title, lines: wrap(block.text, WIDTH, measure(L.title)).map((text) => ({ text })), indent: 0, gap: 0, keepNext: true, after: 6 };
  if (block.type === 'lines') return { style: L.meta, lines: block.lines.map((text) => ({ text })), indent: 0, gap: L.meta.gap, keepNext: false, after: 4 };
  if (block.type === 'heading') return { style: L.heading, lines: wrap(block.text, WIDTH, measure(L.heading)).map((text) => ({ text })), indent: 0, gap: L.heading.gap, keepNext: true, after: 2 };
  const lines = wrap(block.text, WIDTH - L.hang, measure(L.body)).map((text, i) => ({ text, label: i === 0 ? block.label : undefined }));
  return { style: L.body, lines, indent: L.hang, gap: L.body.gap, keepNext: false };
}

/** Place items on pages: mutates `state` ({ pages: [[line...]], y }); same rules as the fixtures. */
function place(state, item, next) {
  const lh = item.style.lh;
  const page = () => state.pages[state.pages.length - 1];
  const newPage = () => {
    state.pages.push([]);
    state.y = L.top;
  };
  const atTop = page().length === 0;
  let gap = atTop ? 0 : item.gap;
  if (item.keepNext && next) {
    const need = gap + lh * item.lines.length + next.gap + next.style.lh * Math.min(2, next.lines.length);
    if (state.y + need > L.bottom && !atTop) {
      newPage();
      gap = 0;
    }
  }
  if (!atTop && item.lines.length >= 2 && state.y + gap + 2 * lh > L.bottom) {
    newPage();
    gap = 0;
  }
  state.y += gap;
  item.lines.forEach((line, j) => {
    const remaining = item.lines.length - j;
    const needHere = remaining === 2 && j > 0 ? 2 * lh : lh;
    if (state.y + needHere > L.bottom) newPage();
    page().push({ ...line, style: item.style, indent: item.indent, y: state.y });
    state.y += lh;
  });
  state.y += item.after ?? 0;
}

/** place() only appends to the last page or adds pages: copying the last page is enough. */
const cloneState = (s) => ({ pages: [...s.pages.slice(0, -1), [...s.pages[s.pages.length - 1]]], y: s.y });

/** Lay out head + filler + tail so that the PDF has exactly `pages` pages. */
function layout(composed, pages) {
  const blocks = [];
  const items = [];
  const state = { pages: [[]], y: L.top };
  const push = (block, item, next) => {
    blocks.push(block);
    items.push(item);
    place(state, item, next);
  };
  const headItems = composed.head.map((b) => toItem(b));
  composed.head.forEach((b, i) => push(b, headItems[i], headItems[i + 1]));
  // filler until the next paragraph would push the tail past the last page
  let pending = []; // a heading waits for its first paragraph
  for (;;) {
    const block = composed.filler.next().value;
    if (block.type === 'heading') {
      pending = [block];
      continue;
    }
    const group = [...pending, block];
    const { num } = composed;
    const groupItems = group.map((b) => toItem(b.type === 'heading' ? { ...b, text: num.peek(b.title) } : { ...b, label: '(1)' }));
    const trial = cloneState(state);
    groupItems.forEach((it, i) => place(trial, it, groupItems[i + 1]));
    const tailItems = composed.tail(false).map((b) => toItem(b));
    tailItems.forEach((it, i) => place(trial, it, tailItems[i + 1]));
    if (trial.pages.length > pages) break;
    for (const b of group) {
      if (b.type === 'heading') b.text = num.heading(b.title);
      else b.label = num.label();
    }
    groupItems.forEach((it, i) => {
      if (group[i].type === 'heading') it.lines[0].text = group[i].text;
      else it.lines[0].label = group[i].label;
    });
    group.forEach((b, i) => push(b, groupItems[i], groupItems[i + 1]));
    pending = [];
  }
  const tailBlocks = composed.tail(true);
  const tailItems = tailBlocks.map((b) => toItem(b));
  tailBlocks.forEach((b, i) => push(b, tailItems[i], tailItems[i + 1]));
  return { blocks, state };
}

// ---------------------------------------------------------------------------------------------
// writers


async function renderPdf(doc, lang, company, state) {
  const total = state.pages.length;
  const header = lang === 'de' ? `${company} · Vertrag · Stand 03/2025` : `${company} · Customer Agreement · March 2025`;
  state.pages.forEach((lines, p) => {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.font('regular').fontSize(8).fillColor('#555555');
    doc.text(header, L.left, L.headerY, { lineBreak: false });
    doc.fillColor('#000000');
    for (const ln of lines) {
      doc.font(ln.style.font).fontSize(ln.style.size);
      if (ln.label) doc.text(ln.label, L.left, ln.y, { lineBreak: false });
      doc.text(ln.text, L.left + ln.indent, ln.y, { lineBreak: false });
    }
    const f = lang === 'de' ? `Seite ${p + 1} von ${total}` : `Page ${p + 1} of ${total}`;
    doc.font('regular').fontSize(8).fillColor('#555555');
    doc.text(f, (A4[0] - doc.widthOfString(f)) / 2, L.footerY, { lineBreak: false });
    doc.fillColor('#000000');
  });
  return finishPdf(doc);
}


function renderTxt(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.type === 'title') out.push(b.text, '='.repeat(Math.min(72, b.text.length)), '');
    else if (b.type === 'lines') out.push(...b.lines, '');
    else if (b.type === 'heading') out.push(b.text, '');
    else {
      const text = `${b.label} ${b.text}`;
      out.push(...hardWrap(text, 72, b.label.length + 1), '');
    }
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return Buffer.from(`${out.join('\n')}\n`, 'utf8');
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function renderDocx(blocks, lang, title) {
  const p = (style, text) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  const body = [];
  for (const b of blocks) {
    if (b.type === 'title') body.push(p('Title', b.text));
    else if (b.type === 'lines') for (const l of b.lines) body.push(p('NoSpacing', l));
    else if (b.type === 'heading') body.push(p('Heading1', b.text));
    else body.push(p(null, `${b.label} ${b.text}`));
  }
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const rel = (id, type, target) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/${type}" Target="${target}"/>`;
  const parts = [
    ['[Content_Types].xml', `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`],
    ['_rels/.rels', `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument/2006/relationships/officeDocument', 'word/document.xml')}${rel('rId2', 'package/2006/relationships/metadata/core-properties', 'docProps/core.xml')}</Relationships>`],
    ['docProps/core.xml', `${decl}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlEscape(title)}</dc:title><dc:language>${lang === 'de' ? 'de-DE' : 'en-GB'}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_ISO}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_ISO}</dcterms:modified></cp:coreProperties>`],
    ['word/document.xml', `${decl}<w:document xmlns:w="${W_NS}"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`],
    ['word/styles.xml', `${decl}<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="NoSpacing"><w:name w:val="No Spacing"/><w:basedOn w:val="Normal"/></w:style></w:styles>`],
    ['word/_rels/document.xml.rels', `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument/2006/relationships/styles', 'styles.xml')}</Relationships>`],
  ];
  const zip = new JSZip();
  for (const [name, content] of parts) zip.file(name, content, { date: FIXED_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// ---------------------------------------------------------------------------------------------
// public API

export const FORMATS = ['txt', 'docx', 'pdf'];
export const SIZES = [1, 5, 20, 50, 100];
export const LANGS = ['de', 'en'];

function writeAtomic(file, bytes) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}

/**
 * Make (or reuse) one contract in all three formats. `key` seeds the PRNG; files are
 * `<dir>/<name>.{txt,docx,pdf}` plus `<name>.json` (pages, language, known facts), written last,
 * so a present .json means a complete set.
 */
export async function makeContract(dir, name, key, lang, pages, formats = FORMATS) {
  const metaFile = path.join(dir, `${name}.json`);
  if (fs.existsSync(metaFile)) {
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
    if (formats.every((f) => meta.files[f] && fs.existsSync(path.join(dir, meta.files[f])))) return meta;
  }
  const r = rng(key);
  const composed = compose(lang, r);
  const title = composed.head[0].text;
  const { blocks, state } = layout(composed, pages);
  if (state.pages.length !== pages) throw new Error(`${name}: laid out on ${state.pages.length} pages, wanted ${pages}`);
  const files = {};
  const bytes = {};
  if (formats.includes('pdf')) bytes.pdf = await renderPdf(newPdf({ Title: title, Author: composed.company }), lang, composed.company, state);
  if (formats.includes('docx')) bytes.docx = await renderDocx(blocks, lang, title);
  if (formats.includes('txt')) bytes.txt = renderTxt(blocks);
  for (const f of formats) {
    files[f] = `${name}.${f}`;
    writeAtomic(path.join(dir, files[f]), bytes[f]);
  }
  const text = renderTxt(blocks).toString('utf8');
  const meta = { name, key, lang, pages, files, chars: text.length, words: text.split(/\s+/).filter(Boolean).length, facts: composed.facts, bytes: Object.fromEntries(formats.map((f) => [f, bytes[f].length])) };
  writeAtomic(metaFile, JSON.stringify(meta, null, 1));
  return meta;
}

/** The sized set: every size × language, each in TXT, DOCX and PDF. */
export async function makeSizedSet(root, seed, sizes = SIZES, onMade = () => {}) {
  const dir = path.join(root, 'sized');
  fs.mkdirSync(dir, { recursive: true });
  const docs = [];
  for (const lang of LANGS) {
    for (const pages of sizes) {
      const name = `${lang}-${String(pages).padStart(3, '0')}p`;
      docs.push({ ...(await makeContract(dir, name, `${seed}/sized/${name}`, lang, pages)), dir });
      onMade(name);
    }
  }
  return docs;
}

/**
 * The batch set: small mixed documents (1–3 pages, German or English, one format each). Document i
 * depends only on seed and i, so a batch of 200 is the first 200 documents of a batch of 1,000.
 */
export async function makeBatchSet(root, seed, count, onMade = () => {}) {
  const dir = path.join(root, 'batch');
  fs.mkdirSync(dir, { recursive: true });
  const docs = [];
  for (let i = 0; i < count; i++) {
    const r = rng(`${seed}/batch/${i}`);
    const lang = r.pick(LANGS);
    const format = r.pick(FORMATS);
    const pages = r.pick([1, 1, 2, 2, 3]);
    const name = `b${String(i).padStart(5, '0')}-${lang}-${pages}p`;
    const meta = await makeContract(dir, name, `${seed}/batch/${i}/doc`, lang, pages, [format]);
    docs.push({ ...meta, dir, format, path: path.join(dir, meta.files[format]) });
    onMade(i);
  }
  return docs;
}
