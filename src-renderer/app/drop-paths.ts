/** What a drop needs from a DataTransfer; narrow so tests can pass plain objects. */
export interface DroppedData {
  files: ArrayLike<File>;
  getData(format: string): string;
}

/** A local path from a file:// URI, or null for anything else. */
export function pathFromFileUri(uri: string): string | null {
  let url: URL;
  try {
    url = new URL(uri.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'file:') return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // file:///C:/Movies → C:/Movies; file://server/share → //server/share.
  if (/^\/[A-Za-z]:\//.test(path)) path = path.slice(1);
  else if (url.host !== '' && url.host !== 'localhost') path = `//${url.host}${path}`;
  if (path.length > 1 && /[/\\]$/.test(path)) path = path.slice(0, -1);
  return path === '' ? null : path;
}

/**
 * The local paths of dropped files and folders. Electron knows each File's path; a browser
 * does not, but file managers also put file:// URIs in text/uri-list (or text/plain).
 */
export function droppedPaths(data: DroppedData, pathForFile: (file: File) => string | null): string[] {
  const paths: string[] = [];
  let unresolved = data.files.length === 0;
  for (let i = 0; i < data.files.length; i++) {
    const file = data.files[i];
    const path = file ? pathForFile(file) : null;
    if (path) paths.push(path);
    else unresolved = true;
  }
  if (unresolved) {
    const text = data.getData('text/uri-list') || data.getData('text/plain');
    for (const line of text.split(/\r?\n/)) {
      if (line.startsWith('#')) continue;
      const path = pathFromFileUri(line);
      if (path) paths.push(path);
    }
  }
  return [...new Set(paths)];
}
