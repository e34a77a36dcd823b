import { processOutput } from './output';
import { runSpot } from './spot-command';

process.exitCode = runSpot(process.argv.slice(2), processOutput);
