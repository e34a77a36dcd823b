/** Where a command writes: standard output and standard error, one line at a time. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

// A reader that stops early (`npm run -s ask -- … | head -2`) closes the pipe: the rest of the
// output has nowhere to go, which is no error of ours. Without a listener, Node throws EPIPE.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

/** The process's own streams. */
export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
