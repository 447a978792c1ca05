/**
 * Writing to stdout from a CLI: when stdout is a pipe, Node queues what the pipe cannot take
 * yet, and `process.exit()` drops the queue (a `--json` report cut at 64 KB). Await this
 * before exiting.
 */

/** Writes `text` to stdout and resolves once it has been handed to the pipe or file. */
export async function writeOut(text: string): Promise<void> {
  if (text === '') return;
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
