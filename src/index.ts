/** Library API: `import { analyze } from 'knebel'`. */
export { analyze, analyzeDocument, analyzeText, analyzeBytes, buildReport, type AnalyzeOptions, type AnalyzeInput, type Analysis } from './analyze.js';
export { reportSchema, type Report, type DocumentReport, type OkDocument, type FailedDocument, type Finding, type Facts } from './report/schema.js';
export { loadRules, loadRulePack, loadBuiltinRules, type Rule } from './rules/load.js';
export { ruleSchema, CATEGORIES, SEVERITIES, CONTRACT_TYPES, type Category, type Severity, type ContractType } from './rules/schema.js';
export { formatText } from './format/text.js';
export { formatJson } from './format/json.js';
export { InputError, RulePackError, ExitCode } from './errors.js';
export { score, PENALTY, GRADES } from './score/index.js';
export { analyzeAll, type RunOptions } from './runner/pool.js';
