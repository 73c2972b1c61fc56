import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repo = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dev server needs an inline Fast Refresh preamble and a WebSocket for HMR; the strict CSP in
 * index.html would block both. Relax it for `vite serve` only; builds keep it verbatim.
 */
function devCsp(): Plugin {
  return {
    name: 'trailerdeck-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}

export default defineConfig({
  root: `${repo}src-renderer`,
  base: './',
  plugins: [react(), devCsp()],
  build: {
    outDir: `${repo}out/renderer`,
    emptyOutDir: true,
    target: 'chrome120',
    // The polyfill would be an inline script, which the CSP forbids; Chromium has modulepreload.
    modulePreload: { polyfill: false },
    // Every asset is a file: nothing inlined as data: besides what img-src allows.
    assetsInlineLimit: 0,
  },
});
