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

  it('lets exactly one host be framed: the YouTube preview on www.youtube-nocookie.com', () => {
    const directives = contentSecurityPolicy.split('; ');
    const frames = directives.filter((d) => d.startsWith('frame-src') || d.startsWith('child-src'));
    expect(frames).toEqual(['frame-src https://www.youtube-nocookie.com']);
    // No wildcard, no other scheme or host: not *.youtube-nocookie.com, not youtube.com, not https:.
    expect(frames[0]).not.toMatch(/\*|http:|https:(?!\/\/www\.youtube-nocookie\.com$)/);
    // The page may still be framed by nothing.
    expect(directives).toContain("frame-ancestors 'none'");
  });
});
