/** One subcommand of the `zhengban` command line. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full usage text for `zhengban help NAME` and `zhengban NAME --help`. */
  usage: string;
  /** Runs the command; resolves to the process exit status. */
  run(args: string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}
