import { runAsk } from './ask-command';
import { processOutput } from './output';

process.exitCode = runAsk(process.argv.slice(2), processOutput);
