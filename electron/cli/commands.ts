import type { Command } from './command';
import { captureCommand } from './commands/capture';
import { demoCommand } from './commands/demo';
import { mergeCommand } from './commands/merge';
import { statsCommand } from './commands/stats';
import { validateCommand } from './commands/validate';

/** Every subcommand, in the order `zhengban --help` lists them. */
export const COMMANDS: Command[] = [validateCommand, mergeCommand, statsCommand, captureCommand, demoCommand];
