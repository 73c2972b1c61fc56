// watch?v=, youtu.be/, shorts/, embed/, live/ and v/ links, on any youtube.com subdomain
// (www, m, music) and youtube-nocookie.com.
const youtubeUrl =
  /(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:[^#\s]*?&)?v=|(?:shorts|embed|live|v)\/)|youtu\.be\/)([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])/i;

/** The 11-character video id of the first YouTube link in a text, else null. */
export function youtubeIdFromText(text: string): string | null {
  return youtubeUrl.exec(text)?.[1] ?? null;
}
