// Reads an asar archive's header (Chromium pickles around a JSON tree) and its files, as Electron
// does at run time, so pack:check sees the app the way the packaged app will.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface AsarEntry {
  size: number;
  /** Stored beside the archive in app.asar.unpacked (native modules, executables). */
  unpacked: boolean;
  executable: boolean;
  offset: number;
}

export interface AsarArchive {
  /** Paths with forward slashes, relative to the archive's root. */
  entries: Map<string, AsarEntry>;
  /** SHA-256 of the header, what Electron's asar integrity check compares. */
  headerHash: string;
  read(path: string): Buffer | null;
}

interface HeaderNode {
  files?: Record<string, HeaderNode>;
  size?: number;
  offset?: string;
  unpacked?: boolean;
  executable?: boolean;
  link?: string;
}

export function readAsar(file: string): AsarArchive {
  const data = readFileSync(file);
  // Pickle 1: { payload size = 4, header size }. Pickle 2: { payload size, string length, string }.
  if (data.length < 16 || data.readUInt32LE(0) !== 4) throw new Error(`${file} is not an asar archive`);
  const headerSize = data.readUInt32LE(4);
  const stringLength = data.readUInt32LE(12);
  const header = data.toString('utf8', 16, 16 + stringLength);
  const base = 8 + headerSize;
  const root = JSON.parse(header) as HeaderNode;

  const entries = new Map<string, AsarEntry>();
  const walk = (node: HeaderNode, prefix: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, path);
      else if (child.link === undefined) {
        entries.set(path, {
          size: child.size ?? 0,
          unpacked: child.unpacked === true,
          executable: child.executable === true,
          offset: Number(child.offset ?? 0),
        });
      }
    }
  };
  walk(root, '');

  return {
    entries,
    headerHash: createHash('sha256').update(header).digest('hex'),
    read(path) {
      const entry = entries.get(path);
      if (!entry || entry.unpacked) return null;
      return data.subarray(base + entry.offset, base + entry.offset + entry.size);
    },
  };
}
