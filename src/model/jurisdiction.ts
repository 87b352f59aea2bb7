/**
 * The one jurisdiction model: which ids exist and which contain which. Severity conditions,
 * legal-basis filtering, `knebel rules -j`, every `-j` option and the config all judge through
 * `covers`, so "a rule for eu" means the same thing everywhere.
 *
 * Ids are lower-case ISO 3166 codes; US states are `us-` plus the USPS code. `uk`, `ch` and the
 * member states are distinct ids: a rule for `de` does not apply in `at`, a rule for `eu` does.
 */

/** No particular jurisdiction: the contract names none and none was given. */
export const GENERIC = 'generic';

/** The 27 member states of the European Union (Greece as ISO "gr"). The UK left on 31 Jan 2020. */
export const EU_MEMBER_STATES = [
  'at', 'be', 'bg', 'hr', 'cy', 'cz', 'dk', 'ee', 'fi', 'fr', 'de', 'gr', 'hu', 'ie',
  'it', 'lv', 'lt', 'lu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'si', 'es', 'se',
] as const;

/** The 50 states and the District of Columbia. */
export const US_STATES = [
  'al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'dc', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks',
  'ky', 'la', 'me', 'md', 'ma', 'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc',
  'nd', 'oh', 'ok', 'or', 'pa', 'ri', 'sc', 'sd', 'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy',
].map((state) => `us-${state}`);

/** Each id's parent: the larger jurisdiction whose law also applies there. */
const PARENT = new Map<string, string>([
  ...EU_MEMBER_STATES.map((id) => [id, 'eu'] as [string, string]),
  ...US_STATES.map((id) => [id, 'us'] as [string, string]),
]);

/** Every id the tool knows, in the order help and errors list them. */
export const JURISDICTIONS: readonly string[] = [GENERIC, 'eu', ...EU_MEMBER_STATES, 'uk', 'ch', 'us', ...US_STATES];
const KNOWN = new Set(JURISDICTIONS);

export function isJurisdiction(id: string): boolean {
  return KNOWN.has(id);
}

/** The short form of the known ids for messages: the US states as a range. */
export function describeJurisdictions(): string {
  return `${[GENERIC, 'eu', ...EU_MEMBER_STATES, 'uk', 'ch', 'us'].join(', ')}, us-al … us-wy (US states, us-dc)`;
}

/** Why `id` is refused, or null when it is known. */
export function jurisdictionProblem(id: string): string | null {
  return isJurisdiction(id) ? null : `unknown jurisdiction "${id}"; known ids: ${describeJurisdictions()}`;
}

/**
 * Does law written for `outer` apply to a contract judged under `inner`? An id covers itself and
 * everything below it: `eu` covers `fr`, `us` covers `us-ca`. `generic` covers only itself.
 */
export function covers(outer: string, inner: string): boolean {
  for (let id: string | undefined = inner; id !== undefined; id = PARENT.get(id)) {
    if (id === outer) return true;
  }
  return false;
}

/** True when any of `ids` covers `inner`; an absent list places no condition. */
export function anyCovers(ids: readonly string[] | undefined, inner: string): boolean {
  return !ids || ids.some((id) => covers(id, inner));
}
