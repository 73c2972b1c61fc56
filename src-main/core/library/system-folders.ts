// Folders that can never be a library: the top of a file system (every folder on the machine would
// become a title) and the pseudo-filesystems where the kernel shows its own state as files (/proc
// gave 98 "titles" named 1, 2, 3…). Judged on the real path, so a link to /proc is /proc.
import { statfs } from 'node:fs/promises';
import { parse, sep } from 'node:path';

// Where Linux and macOS mount them. Windows has none.
const pseudoFolders = process.platform === 'win32' ? [] : ['/proc', '/sys', '/dev'];

// Their statfs types (linux/magic.h): one mounted somewhere else is refused as well.
const pseudoFsTypes: ReadonlySet<number> = new Set([
  0x9fa0, // proc
  0x62656572, // sysfs
  0x1cd1, // devpts
  0x27e0eb, // cgroup
  0x63677270, // cgroup2
  0x64626720, // debugfs
  0x74726163, // tracefs
  0x73636673, // securityfs
  0xcafe4a11, // bpf
  0x62656570, // configfs
  0xde5e81e4, // efivarfs
  0x6165676c, // pstore
]);

const isAtOrInside = (path: string, folder: string): boolean =>
  path === folder || path.startsWith(folder + sep);

/**
 * Why the folder at `realPath` (already resolved) cannot hold media, in words for the person;
 * null for an ordinary folder.
 */
export async function systemFolderProblem(realPath: string): Promise<string | null> {
  if (parse(realPath).root === realPath) {
    return 'it is the top of the file system, not a media folder: every folder on this computer would become a title';
  }
  const pseudo = pseudoFolders.find((folder) => isAtOrInside(realPath, folder));
  const type = pseudo
    ? null
    : await statfs(realPath).then(
        (s) => s.type,
        () => null,
      );
  if (pseudo || (type !== null && pseudoFsTypes.has(type))) {
    return `it is a system folder${pseudo ? ` (${pseudo})` : ''} where the operating system shows its own state as files, not a media folder`;
  }
  return null;
}
