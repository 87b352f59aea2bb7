import { readFileSync } from 'node:fs';

// where a built-in rule's page is published (docs/rules/<id>.md in the repository): the SARIF
// output links each rule to it; here, below the formatters, so that they need no rules/ module

let repository: string | null | undefined;
/** The web address of the repository, from package.json `repository` (null when it names none). */
function repositoryUrl(): string | null {
  if (repository === undefined) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { repository?: string | { url?: string } };
    const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    repository = url ? url.replace(/^git\+/, '').replace(/\.git$/, '') : null;
  }
  return repository;
}

/** Absolute address of a built-in rule's page, or undefined for rules of user packs. */
export function ruleDocUrl(rule: { id: string; pack: string }): string | undefined {
  const base = repositoryUrl();
  return rule.pack === 'builtin' && base ? `${base}/blob/main/docs/rules/${rule.id}.md` : undefined;
}
