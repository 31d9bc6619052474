import { BrowserMissingError, CHROMIUM_ENV, ensureChromium } from '../setup/browser';

describe('finding the browser for the browser tests', () => {
  const saved = process.env[CHROMIUM_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[CHROMIUM_ENV];
    else process.env[CHROMIUM_ENV] = saved;
  });

  it('uses CHROMIUM_PATH when it names a file', () => {
    process.env[CHROMIUM_ENV] = process.execPath;
    expect(ensureChromium()).toBe(process.execPath);
  });

  it('stops at once, saying what to do, when CHROMIUM_PATH names nothing', () => {
    process.env[CHROMIUM_ENV] = '/nowhere/chromium';
    expect(() => ensureChromium()).toThrow(BrowserMissingError);
    expect(() => ensureChromium()).toThrow(/unset it to use \/usr\/bin\/chromium/);
  });
});
