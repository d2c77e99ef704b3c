import type { CliIo, Command } from './command';
import { COMMANDS } from './commands';
import { readPackageVersion } from './package-version';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'zhengban — 软件正版化检查与统计 (software-legalization inventory and reporting)',
    '',
    'Usage: zhengban <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    "  -h, --help     show this help, or a command's help: zhengban <command> --help",
    '  -v, --version  print the program version',
  ].join('\n');
}

const consoleIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Runs the command line; returns the exit status (0 ok, 1 problems found, 2 usage or unreadable input). */
export async function main(argv: string[], io: CliIo = consoleIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const named = first === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.out(named ? named.usage : usage());
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.out(readPackageVersion());
    return 0;
  }
  const command: Command | undefined = COMMANDS.find((c) => c.name === first);
  if (!command) {
    io.err(`zhengban: unknown command "${first}"\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  return command.run(rest, io);
}
