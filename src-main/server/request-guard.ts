// Which requests the headless server answers at all, before the token is looked at: the Host a
// browser addressed, and for the WebSocket the page's Origin. The token alone would already stop a
// page on another site; these are the second guard (DNS rebinding: a site whose name suddenly
// resolves to 127.0.0.1 is still named in the Host header).
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { isLoopback } from './cli-args';

export interface RequestGuardOptions {
  /** The address the server listens on (--host). */
  host: string;
  /** The origin a reverse proxy serves it at (--public-origin), or null. */
  publicOrigin: string | null;
}

/** The host name of a Host header ("[::1]:8080" → "::1"), lower-case, or null when there is none. */
function hostnameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  try {
    return new URL(`http://${hostHeader}`).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Loopback names, any IP address (rebinding needs a DNS name, so an address is what the person
 * typed), the configured host, and the public origin's host.
 */
export function hostAllowed(request: IncomingMessage, options: RequestGuardOptions): boolean {
  const name = hostnameOf(request.headers.host);
  if (name === null) return false;
  if (name === 'localhost' || isLoopback(name) || isIP(name) !== 0) return true;
  if (name === options.host.toLowerCase()) return true;
  return options.publicOrigin !== null && name === new URL(options.publicOrigin).hostname.toLowerCase();
}

/** What a refused Host reads: which names are answered, and how to add one. */
export function hostRefusal(request: IncomingMessage): string {
  const name = request.headers.host ?? '(none)';
  return (
    `Trailerdeck does not answer to the address "${name}": it answers to localhost, IP addresses and the --host it listens on. ` +
    `If you reach it through a host name or a reverse proxy, start it with --public-origin set to the address you open (for example --public-origin https://trailers.example.lan).\n`
  );
}

/**
 * Browsers always send Origin on a WebSocket: it must be this server as addressed (http:// + Host)
 * or the configured public origin (an HTTPS reverse proxy). Tools without one pass on the token alone.
 */
export function originAllowed(request: IncomingMessage, publicOrigin: string | null): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://${request.headers.host}` || (publicOrigin !== null && origin === publicOrigin);
}

/** The request came in under the public HTTPS origin's name: its cookie may be marked Secure. */
export function viaHttpsPublicOrigin(request: IncomingMessage, publicOrigin: string | null): boolean {
  if (publicOrigin === null || !publicOrigin.startsWith('https:')) return false;
  return hostnameOf(request.headers.host) === new URL(publicOrigin).hostname.toLowerCase();
}
