import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

describe('the content security policy', () => {
  it("is the page's own meta tag too, less frame-ancestors (which a meta tag cannot set)", () => {
    const html = readFileSync(new URL('../../../src-renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const withoutFrames = contentSecurityPolicy
      .split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(withoutFrames);
  });

  it("lets the player's <video> load from the app's own origin only", () => {
    const directives = contentSecurityPolicy.split('; ');
    expect(directives).toContain("media-src 'self'");
    expect(directives.filter((d) => d.startsWith('media-src'))).toHaveLength(1);
  });
});
