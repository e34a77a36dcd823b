import { runFacts } from './facts-command';
import { processOutput } from './output';

process.exitCode = runFacts(process.argv.slice(2), processOutput);
