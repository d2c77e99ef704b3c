/**
 * The process the crash-safety test kills: opens the store and saves in a loop, taking backups,
 * until it is killed. Usage: node --import tsx crash-writer.ts <dataDir> <profile|large> <firstSeq>
 *
 * It reports on stdout, one line each, written synchronously so a line printed before the kill is
 * never lost: `ready`, `begin <seq>`, `done <seq>`, `backup <seq>`, `backed <seq> <backupId>`.
 */
import { writeSync } from 'node:fs';
import { AppService } from '../../electron/main/services/app-service';
import {
  BACKUP_EVERY,
  createClock,
  LARGE_MACHINE_COUNT,
  machinesFor,
  noteFor,
  profileFor,
  WORKSPACE_ID,
  WRITER_MODES,
  type WriterMode,
} from './crash-fixtures';

/** Stops on its own if nobody kills it, so a crashed test run leaves no process behind. */
const MAX_LIFETIME_MS = 30_000;

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

function isWriterMode(value: string | undefined): value is WriterMode {
  return WRITER_MODES.some((m) => m === value);
}

async function main(): Promise<void> {
  const [dataDir, mode, first] = process.argv.slice(2);
  const firstSeq = Number(first);
  if (!dataDir || !isWriterMode(mode) || !Number.isSafeInteger(firstSeq) || firstSeq < 1) {
    process.stderr.write('usage: crash-writer.ts <dataDir> <profile|large> <firstSeq>\n');
    process.exit(2);
  }
  setTimeout(() => process.exit(3), MAX_LIFETIME_MS).unref();
  // The parent going away closes our stdin: stop rather than write forever.
  process.stdin.on('end', () => process.exit(4));
  process.stdin.resume();

  const clock = createClock();
  clock.enterSave(firstSeq);
  const service = await AppService.open({
    dataDir,
    version: 'crash-test',
    now: clock.now,
    newId: () => WORKSPACE_ID,
  });
  const office = service.workspace().office;
  say('ready');
  for (let seq = firstSeq; ; seq++) {
    clock.enterSave(seq);
    say(`begin ${seq}`);
    await office.update((doc) => {
      doc.profile = profileFor(seq);
      if (mode === 'profile') return;
      if (doc.machines.length !== LARGE_MACHINE_COUNT) {
        doc.machines = machinesFor(seq, LARGE_MACHINE_COUNT);
        return;
      }
      const note = noteFor(seq);
      for (const machine of doc.machines) machine.notes = note;
    });
    say(`done ${seq}`);
    if (seq % BACKUP_EVERY[mode] === 0) {
      say(`backup ${seq}`);
      const info = await service.backup('crash-test');
      say(`backed ${seq} ${info.id}`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
