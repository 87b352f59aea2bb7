/**
 * `extends: <rule-id>`: a rule that refines another. The derived file inherits every field it does
 * not give, except `examples` (each rule proves itself) and `replaces`. What it gives:
 *  - top-level fields (title, severity, message, explanation, legalBasis, suggestion, kind,
 *    category) replace the base's;
 *  - `match.patterns` replaces the base's, language by language; `match.scope` replaces it;
 *  - `match.all`, `match.unless`, `match.notInside` and `document.unlessDocument` are added to
 *    the base's lists (a derived rule narrows its base, it never loosens it); `document.facts`
 *    are merged.
 * Where a derived rule fires on a clause, its base's finding on that clause is dropped: the
 * derived rule is the more specific judgement (src/rules/evaluate.ts).
 */

type Data = Record<string, unknown>;
type Lists = Partial<Record<'de' | 'en', string[]>>;

const ADDED = ['all', 'unless', 'notInside'] as const;

function addLists(base: Lists | undefined, more: Lists | undefined): Lists | undefined {
  if (!base) return more;
  if (!more) return base;
  return { de: [...(base.de ?? []), ...(more.de ?? [])], en: [...(base.en ?? []), ...(more.en ?? [])] };
}

function mergeMatch(base: Data, derived: Data | undefined): Data {
  if (!derived) return base;
  if ('fact' in base || 'fact' in derived) return { ...base, ...derived };
  const out: Data = { ...base, ...derived };
  out.patterns = { ...(base.patterns as Lists), ...(derived.patterns as Lists | undefined) };
  for (const key of ADDED) {
    const merged = addLists(base[key] as Lists | undefined, derived[key] as Lists | undefined);
    if (merged) out[key] = merged;
  }
  return out;
}

function mergeDocument(base: Data | undefined, derived: Data | undefined): Data | undefined {
  if (!base || !derived) return base ?? derived;
  const out: Data = { ...base, ...derived };
  const unless = addLists(base.unlessDocument as Lists | undefined, derived.unlessDocument as Lists | undefined);
  if (unless) out.unlessDocument = unless;
  if (base.facts || derived.facts) out.facts = { ...(base.facts as Data), ...(derived.facts as Data) };
  return out;
}

/** The derived rule's data with its base's filled in (both as parsed, before validation). */
export function mergeRule(base: Data, derived: Data): Data {
  const { examples: _examples, replaces: _replaces, id: _id, extends: _extends, ...inherited } = base;
  const out: Data = { ...inherited, ...derived };
  out.match = mergeMatch(base.match as Data, derived.match as Data | undefined);
  const document = mergeDocument(base.document as Data | undefined, derived.document as Data | undefined);
  if (document) out.document = document;
  return out;
}

/**
 * Resolve `extends` in a set of parsed rule files (by id); `outside` finds ids of other packs (a
 * user rule may extend a built-in one). Returns each id's lineage (base first) and the problems.
 */
export function resolveExtends(
  byId: Map<string, Data>,
  outside: (id: string) => Data | undefined = () => undefined,
): { merged: Map<string, Data>; lineage: Map<string, string[]>; problems: { id: string; reason: string }[] } {
  const merged = new Map<string, Data>();
  const lineage = new Map<string, string[]>();
  const problems: { id: string; reason: string }[] = [];
  const visit = (id: string, trail: string[]): Data | undefined => {
    const done = merged.get(id);
    if (done) return done;
    const data = byId.get(id) ?? outside(id);
    if (!data) return undefined;
    const baseId = typeof data.extends === 'string' ? data.extends : undefined;
    if (!baseId || !byId.has(id)) {
      if (byId.has(id)) {
        merged.set(id, data);
        lineage.set(id, []);
      }
      return data;
    }
    if (trail.includes(baseId)) {
      problems.push({ id, reason: `extends forms a cycle: ${[...trail, id, baseId].join(' → ')}` });
      return undefined;
    }
    const base = visit(baseId, [...trail, id]);
    if (!base) {
      if (!problems.some((p) => p.id === id)) problems.push({ id, reason: `extends "${baseId}", which is no rule here or built in` });
      return undefined;
    }
    const result = mergeRule(base, data);
    merged.set(id, result);
    lineage.set(id, [...(lineage.get(baseId) ?? []), baseId]);
    return result;
  };
  for (const id of byId.keys()) visit(id, []);
  return { merged, lineage, problems };
}
