import { join } from 'node:path';
import type { EventMap, EventName } from '../../shared/contract';
import type { Host } from '../main/host';

/** Dialog answers queued by a test; events fanned out to connected pages. */
export class HarnessHost implements Host {
  /** Where save dialogs "save": the suggested name inside this folder. */
  saveDir: string;
  /** Each open dialog takes the next answer; an empty queue means the user cancelled. */
  readonly openAnswers: string[][] = [];
  readonly saved: string[] = [];
  private readonly subscribers = new Set<(event: string, payload: unknown) => void>();

  constructor(saveDir: string) {
    this.saveDir = saveDir;
  }

  async chooseSaveFile({ defaultName }: { defaultName: string }): Promise<string | null> {
    const path = join(this.saveDir, defaultName);
    this.saved.push(path);
    return path;
  }

  async chooseOpenFiles(): Promise<string[]> {
    return this.openAnswers.shift() ?? [];
  }

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const send of this.subscribers) send(event, payload);
  }

  /** Prints with the system Chromium through playwright-core, as the browser tests run it. */
  async printToPdf(html: string): Promise<Uint8Array> {
    // Loaded on first use: the browser helpers import the harness server, which imports this file.
    const { findChromium } = await import('../../test/e2e/browser');
    const { chromium } = await import('playwright-core');
    const executablePath = findChromium();
    if (!executablePath)
      throw new Error('No Chromium found for printing: install chromium or set CHROMIUM_PATH');
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await browser.close();
    }
  }

  subscribe(send: (event: string, payload: unknown) => void): () => void {
    this.subscribers.add(send);
    return () => this.subscribers.delete(send);
  }
}
