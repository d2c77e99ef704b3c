import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, hardenedPreferences, isTrustedUrl } from '../../../electron/main/security';

describe('hardened shell', () => {
  it('isolates and sandboxes the renderer with no Node integration anywhere', () => {
    expect(hardenedPreferences('/p/index.cjs')).toMatchObject({
      preload: '/p/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('allows no remote content and no eval in the content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('trusts only our own pages for navigation and IPC', () => {
    expect(isTrustedUrl('app://zhengban/index.html', undefined)).toBe(true);
    expect(isTrustedUrl('app://zhengban.evil/index.html', undefined)).toBe(false);
    expect(isTrustedUrl('https://example.com/', undefined)).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd', undefined)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/', undefined)).toBe(false);
  });
});
