import { Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { collect, CONTRACT_TYPES, jurisdiction, SEVERITY_CHOICES } from '../options.js';
import { addLimitOptions } from './limits.js';

export function defineDiff(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('diff')
    .description('compare two versions of a contract: score delta, findings added / removed / changed, changed clauses side by side')
    .argument('<old>', 'the earlier version ("-" reads standard input)')
    .argument('<new>', 'the new version')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('-o, --output <file>', 'write the comparison to a file instead of standard output')
    .addOption(new Option('-l, --locale <locale>', "language of messages (default: the new version's language)").choices(['de', 'en']))
    .option('-j, --jurisdiction <id>', 'law to judge both versions by (default: detected)', jurisdiction)
    .addOption(new Option('--contract-type <type>', 'kind of contract (default: detected)').choices(CONTRACT_TYPES))
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding of this severity or worse is new ("none": only a lower score fails)').choices(SEVERITY_CHOICES),
    )
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--rules <dir>', 'add a rule pack folder of *.yml rules (repeatable)', collect)
    .option('--disable-rule <id>', 'do not run this rule (repeatable)', collect)
    .option('--config <file>', 'config file (default: knebel.config.json or .knebelrc.json here or in a parent folder)')
    .option('--no-config', 'ignore config files')
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output')
    .addHelpText('after', '\nExit codes: 0 the new version is not worse, 1 it is worse (lower score, or a new finding at or above --fail-on, default medium), 2 usage error, 3 a version could not be analysed, 4 invalid rule pack.');
  addLimitOptions(command).action(async (oldFile: string, newFile: string, options) => {
    const { runDiff } = await import('../diff.js');
    setExit(await runDiff(oldFile, newFile, options, io));
  });
}
