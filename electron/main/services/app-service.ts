import { mkdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type {
  AppInfo,
  BackupContents,
  BackupInfo,
  ProblemRecovery,
  StoreProblem,
  WorkspaceInfo,
} from '../../../shared/contract';
import { ApiFailure } from '../../../shared/contract';
import type { Language } from '../../../shared/i18n';
import { APP_DOC_VERSION, type AppDoc, appDocSchema, createAppDoc } from '../store/app-doc';
import {
  isWorkspaceDocument,
  type WorkspaceDocument,
  type WorkspaceDocumentName,
} from '../store/archive-documents';
import {
  createBackup,
  findGoodBackup,
  inspectBackup,
  listBackups,
  readBackup,
  readBackupDocument,
} from '../store/backups';
import { BUDGET_DOC_VERSION, type BudgetDoc, budgetDocSchema, createBudgetDoc } from '../store/budget-doc';
import {
  CENTRAL_DOC_VERSION,
  type CentralDoc,
  centralDocSchema,
  createCentralDoc,
} from '../store/central-doc';
import { closeDocuments, type MovedAside, openDocument, type StoreDocument } from '../store/document';
import { appendEvent, type StoreEvent } from '../store/event-log';
import { createOfficeDoc, OFFICE_DOC_VERSION, type OfficeDoc, officeDocSchema } from '../store/office-doc';

export const DEMO_WORKSPACE_NAME = '示例数据（青岚市）';

export interface ServiceOptions {
  dataDir: string;
  /** What a first start (no workspace yet) opens: the demo city, or an empty workspace. */
  firstRun?: 'demo' | 'empty';
  version: string;
  now: () => Date;
  newId: () => string;
}

/** The open workspace's documents. */
export interface WorkspaceDocs {
  info: WorkspaceInfo;
  dir: string;
  office: StoreDocument<OfficeDoc>;
  central: StoreDocument<CentralDoc>;
  budget: StoreDocument<BudgetDoc>;
}

/**
 * Owns the store: app.json, the active workspace's documents and its backups. The only module
 * that opens documents; handlers go through it.
 */
export class AppService {
  private current: WorkspaceDocs | null = null;
  /** True right after a first start created the demo workspace, until its data is filled in. */
  isFreshDemo = false;

  private constructor(
    readonly options: ServiceOptions,
    private readonly app: StoreDocument<AppDoc>,
  ) {}

  /** Opens (or creates) the store under dataDir and the last active workspace. */
  static async open(options: ServiceOptions): Promise<AppService> {
    await mkdir(options.dataDir, { recursive: true });
    const pending: MovedAside[] = [];
    const app = await openDocument(
      {
        file: join(options.dataDir, 'app.json'),
        schema: appDocSchema,
        version: APP_DOC_VERSION,
        createDefault: createAppDoc,
        migrations: {},
      },
      options.now,
      (e) => pending.push(e),
    );
    const service = new AppService(options, app);
    await service.recordProblems(pending);
    const active = app.data.workspaces.find((w) => w.id === app.data.activeWorkspaceId);
    if (active) await service.activate(active);
    else if (app.data.workspaces.length === 0 && options.firstRun === 'demo') {
      await service.createWorkspace(DEMO_WORKSPACE_NAME, 'demo');
      service.isFreshDemo = true;
    } else if (app.data.workspaces.length === 0) await service.createWorkspace('', 'real');
    else {
      const first = app.data.workspaces[0];
      if (first) await service.openWorkspace(first.id);
    }
    return service;
  }

  info(): AppInfo {
    const d = this.app.data;
    return {
      version: this.options.version,
      language: d.language,
      workspace: this.current?.info ?? null,
      workspaces: d.workspaces,
      problems: d.problems,
    };
  }

  get language(): Language {
    return this.app.data.language;
  }

  async setLanguage(language: Language): Promise<void> {
    await this.app.update((d) => {
      d.language = language;
    });
  }

  async dismissProblems(): Promise<void> {
    await this.app.update((d) => {
      d.problems = [];
    });
  }

  /**
   * Creates a workspace folder and makes it active. `fill` puts prepared files in place (an imported
   * archive) before the workspace is listed, so a crash never lists a half-filled workspace.
   */
  async createWorkspace(
    name: string,
    kind: WorkspaceInfo['kind'],
    fill?: (dir: string) => Promise<void>,
  ): Promise<WorkspaceInfo> {
    const info: WorkspaceInfo = {
      id: this.options.newId(),
      kind,
      name,
      createdAt: this.options.now().toISOString(),
    };
    await fill?.(this.workspaceDir(info.id));
    await this.app.update((d) => {
      d.workspaces.push(info);
      d.activeWorkspaceId = info.id;
    });
    await this.activate(info);
    return info;
  }

  async openWorkspace(id: string): Promise<void> {
    const info = this.app.data.workspaces.find((w) => w.id === id);
    if (!info) throw new ApiFailure('not_found', { key: 'errors:workspace.notFound' });
    await this.app.update((d) => {
      d.activeWorkspaceId = id;
    });
    await this.activate(info);
  }

  /** The active workspace; every workspace-scoped handler starts here. */
  workspace(): WorkspaceDocs {
    if (!this.current) throw new ApiFailure('not_found', { key: 'errors:workspace.none' });
    return this.current;
  }

  backupsDir(): string {
    return this.backupsDirOf(this.workspace().info.id);
  }

  /** The folder that holds every workspace folder. */
  workspacesDir(): string {
    return join(this.options.dataDir, 'workspaces');
  }

  private workspaceDir(id: string): string {
    return join(this.workspacesDir(), id);
  }

  private backupsDirOf(workspaceId: string): string {
    return join(this.options.dataDir, 'backups', workspaceId);
  }

  /** Appends a line to the data folder's events.log. */
  async logEvent(event: string, details: Omit<StoreEvent, 'at' | 'event'> = {}): Promise<void> {
    await appendEvent(this.options.dataDir, { at: this.options.now().toISOString(), event, ...details });
  }

  /** Takes a backup of the active workspace (before imports, merges, restores, migrations). */
  async backup(reason: string): Promise<BackupInfo> {
    const ws = this.workspace();
    return createBackup(this.backupsDir(), ws.dir, reason, this.options.now(), this.app.data.backupsToKeep);
  }

  async listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.backupsDir());
  }

  /** What one backup of the active workspace holds. */
  async inspectBackup(id: string): Promise<BackupContents> {
    const contents = await inspectBackup(this.backupsDir(), id);
    if (!contents) throw new ApiFailure('not_found', { key: 'errors:backup.notFound' });
    return contents;
  }

  /** Restores a backup after backing up the present state, so a restore can itself be undone. */
  async restore(id: string): Promise<void> {
    const ws = this.workspace();
    const docs = await readBackup(this.backupsDir(), id).catch(() => {
      throw new ApiFailure('not_found', { key: 'errors:backup.notFound' });
    });
    const office = officeDocSchema.safeParse(docs.get('office.json') ?? createOfficeDoc());
    const central = centralDocSchema.safeParse(docs.get('central.json') ?? createCentralDoc());
    const budget = budgetDocSchema.safeParse(docs.get('budget.json') ?? createBudgetDoc());
    if (!office.success || !central.success || !budget.success)
      throw new ApiFailure('bad_file', { key: 'errors:backup.invalid' });
    const before = await this.backup('before-restore');
    await ws.office.replace(office.data);
    await ws.central.replace(central.data);
    await ws.budget.replace(budget.data);
    await this.logEvent('backup.restored', { workspaceId: ws.info.id, backupId: id, savedAs: before.id });
  }

  /** The latest good backup of each damaged document that is part of a workspace. */
  async recoveries(): Promise<ProblemRecovery[]> {
    const out: ProblemRecovery[] = [];
    for (const problem of this.app.data.problems) {
      const place = this.locateProblem(problem);
      if (!place) continue;
      const backup = await findGoodBackup(this.backupsDirOf(place.workspace.id), place.file, problem.at);
      if (backup)
        out.push({
          movedTo: problem.movedTo,
          file: place.file,
          workspaceId: place.workspace.id,
          workspaceName: place.workspace.name,
          backup,
        });
    }
    return out;
  }

  /**
   * Brings a damaged document back from a backup: opens its workspace, backs up the present state,
   * replaces that one document and clears the problem. The other documents are left as they are.
   */
  async recover(movedTo: string, backupId: string): Promise<void> {
    const problem = this.app.data.problems.find((p) => p.movedTo === movedTo);
    const place = problem ? this.locateProblem(problem) : null;
    if (!place) throw new ApiFailure('not_found', { key: 'errors:backup.notFound' });
    const dir = this.backupsDirOf(place.workspace.id);
    if (this.current?.info.id !== place.workspace.id) await this.openWorkspace(place.workspace.id);
    const ws = this.workspace();
    const replace = async <N extends WorkspaceDocumentName>(
      name: N,
      apply: (data: WorkspaceDocument<N>) => Promise<void>,
    ) => {
      const data = await readBackupDocument(dir, backupId, name);
      if (!data) throw new ApiFailure('bad_file', { key: 'errors:backup.invalid' });
      const before = await this.backup('before-restore');
      await apply(data);
      return before;
    };
    let before: BackupInfo;
    if (place.file === 'office.json') before = await replace('office.json', (d) => ws.office.replace(d));
    else if (place.file === 'central.json')
      before = await replace('central.json', (d) => ws.central.replace(d));
    else before = await replace('budget.json', (d) => ws.budget.replace(d));
    await this.app.update((d) => {
      d.problems = d.problems.filter((p) => p.movedTo !== movedTo);
    });
    await this.logEvent('store.recovered', {
      workspaceId: place.workspace.id,
      file: place.file,
      movedTo,
      backupId,
      savedAs: before.id,
    });
  }

  /** The workspace and document a problem is about; null for app.json or a workspace no longer listed. */
  private locateProblem(
    problem: StoreProblem,
  ): { workspace: WorkspaceInfo; file: WorkspaceDocumentName } | null {
    const parts = relative(resolve(this.workspacesDir()), resolve(problem.file)).split(sep);
    const [id, file] = parts;
    if (parts.length !== 2 || !id || !file || !isWorkspaceDocument(file)) return null;
    const workspace = this.app.data.workspaces.find((w) => w.id === id);
    return workspace ? { workspace, file } : null;
  }

  private async activate(info: WorkspaceInfo): Promise<void> {
    if (this.current) closeDocuments(this.current.dir);
    const dir = this.workspaceDir(info.id);
    await mkdir(dir, { recursive: true });
    const pending: MovedAside[] = [];
    const backupsDir = this.backupsDirOf(info.id);
    const beforeMigrate = async () => {
      await createBackup(
        backupsDir,
        dir,
        'before-migration',
        this.options.now(),
        this.app.data.backupsToKeep,
      );
    };
    const report = (e: MovedAside) => pending.push(e);
    const office = await openDocument(
      {
        file: join(dir, 'office.json'),
        schema: officeDocSchema,
        version: OFFICE_DOC_VERSION,
        createDefault: createOfficeDoc,
        migrations: {},
        beforeMigrate,
      },
      this.options.now,
      report,
    );
    const central = await openDocument(
      {
        file: join(dir, 'central.json'),
        schema: centralDocSchema,
        version: CENTRAL_DOC_VERSION,
        createDefault: createCentralDoc,
        migrations: {},
        beforeMigrate,
      },
      this.options.now,
      report,
    );
    const budget = await openDocument(
      {
        file: join(dir, 'budget.json'),
        schema: budgetDocSchema,
        version: BUDGET_DOC_VERSION,
        createDefault: createBudgetDoc,
        migrations: {},
        beforeMigrate,
      },
      this.options.now,
      report,
    );
    this.current = { info, dir, office, central, budget };
    await this.recordProblems(pending);
  }

  private async recordProblems(events: MovedAside[]): Promise<void> {
    if (events.length === 0) return;
    const at = this.options.now().toISOString();
    const problems: StoreProblem[] = events.map((e) => ({ ...e, at }));
    await this.app.update((d) => {
      d.problems.push(...problems);
    });
    for (const p of problems)
      await this.logEvent('store.movedAside', { file: p.file, movedTo: p.movedTo, reason: p.message.key });
  }
}
