// NOT_A_CONTRACT counts: how many real contracts the pipeline wrongly rejects as "not a contract"
// (our fixtures, the real-contracts set, CLAUDETTE's documents, CUAD's contracts), and whether it
// still rejects our own texts that are not contracts (fixtures/not-a-contract), as it should.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The files of each existing folder `base/<name>`. */
const filesIn = (base, names) =>
  names.flatMap((l) => {
    const d = join(base, l);
    return existsSync(d) ? readdirSync(d).map((f) => join(d, f)) : [];
  });

/** Analyse files through the public pipeline and count the ones rejected as not a contract. */
async function rejections(analyzeBytes, files) {
  let rejected = 0;
  const which = [];
  for (const path of files) {
    try {
      await analyzeBytes(readFileSync(path), path, { rules: [], model: false });
    } catch (error) {
      if (error?.code === 'NOT_A_CONTRACT') {
        rejected++;
        which.push(path.split('/').slice(-2).join('/'));
      }
    }
  }
  return { documents: files.length, rejected, which };
}

/**
 * The counts. `docs`: the real contracts already analysed (`{ label, error }`); `cuadRejected`: the
 * CUAD documents the CUAD part saw rejected, with how many clause types CUAD labels in each (no
 * second pass needed), or null when CUAD was not run.
 */
export async function countNotAContract(analyzeBytes, { root, datasets, docs, cuadRejected }) {
  const rejectedDocs = docs.filter((d) => d.error?.startsWith('NOT_A_CONTRACT'));
  return {
    fixtures: await rejections(analyzeBytes, filesIn(join(root, 'fixtures'), ['de', 'en', 'real-style'])),
    realContracts: { documents: docs.length, rejected: rejectedDocs.length, which: rejectedDocs.map((d) => d.label.id) },
    claudette: await rejections(analyzeBytes, filesIn(join(datasets, 'claudette-multilingual'), ['en/plain_text', 'de/plain_text'])),
    cuad:
      cuadRejected === null
        ? null
        : {
            rejected: cuadRejected.filter((r) => r.labelledClauses > 0).length,
            rejectedUnlabelled: cuadRejected.filter((r) => r.labelledClauses === 0).length,
            which: cuadRejected.map((r) => `${r.name} (${r.labelledClauses} labelled clause types)`),
          },
    notContracts: await rejections(analyzeBytes, filesIn(root, ['fixtures/not-a-contract'])),
  };
}

/** One table: the false rejections per source, and the own non-contracts rejected. */
export function renderNotAContract(N, { table }) {
  const count = (x) => (x === null ? 'not run' : `${x.rejected}${x.documents !== undefined ? ` of ${x.documents}` : ''}`);
  const cuadCell = N.cuad === null ? 'not run' : `${N.cuad.rejected}${N.cuad.rejectedUnlabelled ? ` (${N.cuad.rejectedUnlabelled} more rejected with no labelled clause: ${N.cuad.which.join('; ')})` : ''}`;
  table(['NOT_A_CONTRACT false rejections', 'count'], [
    ['fixtures (fixtures/de, fixtures/en, fixtures/real-style)', count(N.fixtures)],
    ['real contracts', count(N.realContracts)],
    ['CLAUDETTE documents (EN + DE plain text)', count(N.claudette)],
    ['CUAD contracts (rejected although CUAD labels a clause in them)', cuadCell],
    ['own non-contracts (fixtures/not-a-contract) rejected, as they should be', count(N.notContracts)],
  ]);
}
