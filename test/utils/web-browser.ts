import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { CHROMIUM_ENV } from '../setup/browser';
import { createTestApp, TestApp } from './test-app';

/** Debian's Chromium, headless, with nothing that reaches for the network; Playwright gives each launch a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env[CHROMIUM_ENV] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface WebApp {
  api: TestApp;
  baseUrl: string;
  close(): Promise<void>;
}

/** The real application listening on a loopback port, serving the built web client. */
export async function startWebApp(overrides: Record<string, string | undefined> = {}, port = 0): Promise<WebApp> {
  const api = await createTestApp(overrides);
  await api.app.listen(port, '127.0.0.1');
  const address = api.app.getHttpServer().address() as { port: number };
  return { api, baseUrl: `http://127.0.0.1:${address.port}`, close: () => api.close() };
}

/** A fresh browser context (own cookies) in Danish, with every request outside the app refused and recorded. */
export async function newContext(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; page: Page; foreignRequests: string[]; consoleErrors: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport: { width: 1280, height: 900 } });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  return { context, page, foreignRequests, consoleErrors };
}

/** Signs in through the development sign-in page, by clicking the person's name in their municipality. */
export async function signInAs(page: Page, municipality: string, displayName: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { name: 'Log ind', exact: true }).waitFor();
  await page.getByRole('region', { name: municipality }).getByRole('button', { name: displayName, exact: true }).click();
  await page.getByRole('button', { name: 'Log af' }).waitFor();
}

/** The focused element's text, trimmed. */
export const focusedText = (page: Page): Promise<string> => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());

/** Presses Tab until the focused element's text matches (at most `limit` presses); fails if it never does. */
export async function tabTo(page: Page, text: RegExp, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (text.test(await focusedText(page))) return;
  }
  throw new Error(`Tab never reached ${text}`);
}

/** Presses Tab until the focused field is the one with this label (at most `limit` presses). */
export async function tabToLabel(page: Page, label: string, limit = 100): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const current = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? '');
    if (current === label) return;
  }
  throw new Error(`Tab never reached the field ${label}`);
}

/**
 * Signs in with the keyboard alone: Tab to the filter, type (the name, or words that pick
 * out one person, such as a name and a municipality), wait for the list as a person would,
 * Tab to the person. The page must show the sign-in list. The filter keeps this
 * independent of how many people other test files have added to the shared database.
 */
export async function signInByKeyboard(page: Page, displayName: string, filter = displayName): Promise<void> {
  await tabToLabel(page, 'Find en person');
  await page.keyboard.type(filter);
  await page.getByRole('status').filter({ hasText: /^Én person vises\.$/ }).waitFor();
  await tabTo(page, new RegExp(`^${displayName}$`), 20);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Log af' }).waitFor();
}

/** WCAG 2.1 A and AA rules from axe-core; returns one line per violation and element, empty when clean. */
export async function accessibilityViolations(page: Page, label: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.flatMap((violation) => violation.nodes.map((node) => `${label}: ${violation.id} at ${node.target.join(' ')}`));
}

/** Saves a screenshot for the README when UPDATE_SCREENSHOTS=1 (the files are committed, so ordinary runs leave them alone). */
export async function screenshotForReadme(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const dir = join(__dirname, '..', '..', 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** The display name the sign-in page shows for the person a token belongs to. */
export async function displayNameOf(api: TestApp, token: string): Promise<string> {
  const result = await api.gql<{ me: { staffMember: { displayName: string } } }>('{ me { staffMember { displayName } } }', {}, token);
  if (!result.data) throw new Error(`no staff record for the token: ${JSON.stringify(result.errors)}`);
  return result.data.me.staffMember.displayName;
}
