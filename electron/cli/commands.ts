import type { Command } from './command';

/** Every subcommand, in the order `zhengban --help` lists them. */
export const COMMANDS: Command[] = [];
