// the shared words live below every stage (src/model/vocabulary.ts); the rules speak them too
export { CATEGORIES, CONTRACT_TYPES, SEVERITIES, type ContractType, type Severity } from '../model/vocabulary.js';
