import { Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { collect, jurisdiction } from '../options.js';

export function defineRules(program: Command, { io, setExit }: CommandContext): void {
  const rules = program
    .command('rules')
    .description('list the rule catalog: id, category, jurisdictions, severity and citation')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('-l, --locale <locale>', 'language of titles').choices(['de', 'en']).default('en'))
    .option('-j, --jurisdiction <id>', 'show the severity and citations for this jurisdiction only', jurisdiction)
    .option('--rules <dir>', 'include a rule pack folder (repeatable)', collect)
    .action(async (options) => {
      const { runRules } = await import('../rules.js');
      setExit(await runRules(options, io));
    });

  rules
    .command('test')
    .description("run every rule's examples (must flag / must not flag); exit 1 lists each failure as file:line rule-id: example")
    .argument('[dirs...]', 'rule pack folders (default: the built-in rules)')
    .action(async (dirs: string[]) => {
      const { runRulesTest } = await import('../rules-test.js');
      setExit(await runRulesTest(dirs, io));
    });

  program
    .command('explain')
    .description('print the full explanation of a rule: why it binds, severities, legal basis, fairer wording and examples')
    .argument('<rule-id>', 'rule id as listed by `knebel rules`')
    .addOption(new Option('-l, --locale <locale>', 'language').choices(['de', 'en']).default('en'))
    .option('--rules <dir>', 'include a rule pack folder (repeatable)', collect)
    .action(async (ruleId: string, options) => {
      const { runExplain } = await import('../rules.js');
      setExit(await runExplain(ruleId, options, io));
    });
}
