import { z } from 'zod';
import { logLevels, type LogLevel } from './values';
import type { ToolInfo } from './tools';

// The first-run checklist (later "Diagnostics") and the app's log, as the window sees them.

export interface FolderCheck {
  /** Null for the app's own data folder. */
  rootId: number | null;
  label: string;
  path: string;
  exists: boolean;
  readable: boolean;
  /** Checked by creating and removing a small file, not by reading permission bits. */
  writable: boolean;
  freeBytes: number | null;
  totalBytes: number | null;
  /** What is wrong, in plain words; null when all is well. */
  problem: string | null;
  /** How to fix it (ownership, permissions, a share mounted read-only…). */
  fix: string | null;
}

export interface DiagnosticsReport {
  generatedAt: string;
  version: string;
  platform: string;
  tools: ToolInfo[];
  folders: FolderCheck[];
  /** Problems found, counted: 0 means the checklist is all green. */
  problems: number;
}

export { logLevels, type LogLevel } from './values';

export interface LogEntry {
  /** Increasing; lets a window ask only for what is new. */
  seq: number;
  time: string;
  level: LogLevel;
  /** Which part of the app wrote it: "downloads", "scan", "tools"… */
  source: string;
  message: string;
  /** The command line (arguments quoted) and the end of stderr, for a failed tool. */
  details: string | null;
}

export const logQuerySchema = z
  .strictObject({
    /** This level and worse. */
    level: z.enum(logLevels).optional(),
    search: z.string().max(200).optional(),
    afterSeq: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(5000).optional(),
  })
  .optional();
