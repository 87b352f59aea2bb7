import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { addAnalysisOptions, addInputOptions, addOutputOptions, addRuleOptions, failOnOption } from '../options.js';

export function defineDiff(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('diff')
    .description('compare two versions of a contract: score delta, findings added / removed / changed, changed clauses side by side')
    .argument('<old>', 'the earlier version ("-" reads standard input)')
    .argument('<new>', 'the new version');
  addOutputOptions(command, { formats: ['text', 'json', 'markdown'], output: 'write the comparison to a file instead of standard output' });
  addAnalysisOptions(command).addOption(
    failOnOption('exit 1 when a finding of this severity or worse is new ("none": only a lower score fails)'),
  );
  addInputOptions(addRuleOptions(command))
    .addHelpText('after', '\nExit codes: 0 the new version is not worse, 1 it is worse (lower score, or a new finding at or above --fail-on, default medium), 2 usage error, 3 a version could not be analysed, 4 invalid rule pack.')
    .action(async (oldFile: string, newFile: string, options) => {
      const { runDiff } = await import('../diff.js');
      setExit(await runDiff(oldFile, newFile, options, io));
    });
}
