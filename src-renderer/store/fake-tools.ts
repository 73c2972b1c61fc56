// Tools, diagnostics and log entries as main sends them, for store and component tests.
import type {
  DiagnosticsReport,
  FolderCheck,
  LogEntry,
  LogLevel,
  ToolInfo,
  ToolsStatus,
} from '../../src-preload/contract';

export function makeTool(name: ToolInfo['name'], extra: Partial<ToolInfo> = {}): ToolInfo {
  const label = name === 'ytdlp' ? 'yt-dlp' : name;
  return {
    name,
    label,
    path: `/usr/bin/${label}`,
    source: 'system',
    version: name === 'ytdlp' ? '2023.03.04' : '6.0',
    problem: null,
    outdated: null,
    fix: null,
    ...extra,
  };
}

export function makeToolsStatus(extra: Partial<ToolsStatus> = {}): ToolsStatus {
  return {
    tools: [makeTool('ytdlp'), makeTool('ffmpeg'), makeTool('ffprobe')],
    settings: {
      paths: { ytdlp: null, ffmpeg: null, ffprobe: null },
      ytdlpChannel: 'stable',
      checkAtStartup: false,
      releaseBaseUrl: null,
    },
    managedYtdlp: { path: '/data/tools/yt-dlp', version: null, updateAvailable: false, checkedAt: null },
    ffmpegMissing: false,
    installing: false,
    ...extra,
  };
}

export function makeFolder(extra: Partial<FolderCheck> = {}): FolderCheck {
  return {
    rootId: 1,
    label: 'Library folder',
    path: '/media/movies',
    exists: true,
    readable: true,
    writable: true,
    freeBytes: 12_400_000_000,
    totalBytes: 500_000_000_000,
    problem: null,
    fix: null,
    ...extra,
  };
}

export function makeReport(extra: Partial<DiagnosticsReport> = {}): DiagnosticsReport {
  return {
    generatedAt: '2024-05-10T12:00:00.000Z',
    version: '0.5.0',
    platform: 'linux x64',
    tools: makeToolsStatus().tools,
    folders: [makeFolder({ rootId: null, label: 'Data folder', path: '/data' }), makeFolder()],
    problems: 0,
    ...extra,
  };
}

export function makeLogEntry(seq: number, level: LogLevel = 'info', extra: Partial<LogEntry> = {}): LogEntry {
  return {
    seq,
    time: '2024-05-10T12:00:00.000Z',
    level,
    source: 'downloads',
    message: `Entry ${seq}`,
    details: null,
    ...extra,
  };
}
