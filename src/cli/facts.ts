import { runFacts } from './facts-command';

process.exitCode = runFacts(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
