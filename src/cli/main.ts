/**
 * The `omzien` command line: `omzien <command> [arguments]`. `npm run omzien -- <command>` in a
 * checkout; `omzien` when installed as a package (bin/omzien.mjs).
 */
import { ConfigError } from '../config.ts';
import { type CliIo, EXIT, UsageError } from './command.ts';
import { commands } from './commands.ts';

function help(io: CliIo): void {
  io.out('Usage: omzien <command> [arguments]\n');
  io.out('Commands:');
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  for (const c of commands) io.out(`  ${c.name.padEnd(width)}  ${c.summary}`);
  io.out(`  ${'help'.padEnd(width)}  this text; "omzien help <command>" tells more`);
}

/** Run one command line; answers the exit code. Exported for the tests. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const about = args[0] ? commands.find((c) => c.name === args[0]) : undefined;
    if (about) io.out(about.usage);
    else help(io);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".`);
    help(io);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err(command.usage);
      return EXIT.usage;
    }
    if (error instanceof ConfigError) {
      io.err(error.message);
      return EXIT.config;
    }
    io.err(`omzien ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failed;
  }
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain || process.env.OMZIEN_CLI === '1') {
  const io: CliIo = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
  };
  runCli(process.argv.slice(2), io).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(EXIT.failed);
    },
  );
}
