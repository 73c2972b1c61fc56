import {
  templateTokens,
  type Container,
  type Placement,
  type TemplateToken,
} from '../../../src-preload/contract/profiles';

/** What a profile contributes to a trailer's path. */
export interface PlacementProfile {
  name: string;
  container: Container;
  placement: Placement;
  customTemplate: string | null;
}

export interface PlacementMedia {
  title: string;
  year: number | null;
}

/** What is only known once the trailer is chosen or downloaded; missing tokens render empty. */
export interface PlacementFacts {
  /** Defaults to the profile's container. */
  ext?: string;
  resolution?: string | null;
  videoCodec?: string | null;
  audioCodec?: string | null;
  youtubeId?: string | null;
  /** The slot's tokens (see core/naming): the type's suffix word, the season's two digits, the language code. */
  videoType?: string;
  season?: string;
  language?: string;
}

export const trailersFolderName = 'Trailers';

// Characters no file name may hold on Windows, plus the separators; macOS and Linux forbid a subset.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const illegalCharacters = /[<>:"|?*\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above, for replacing
const illegalCharactersGlobal = /[<>"|?*\\/\u0000-\u001f\u007f]/g;
// Characters that show nothing or rearrange what is shown: controls (Cc), format characters (Cf:
// the bidi overrides and isolates U+202A–U+202E and U+2066–U+2069, which make "Heat\u202Evkm.exe"
// read as "Heatexe.mkv", zero-width spaces and joiners, the byte order mark) and the line and
// paragraph separators. A file name holding them is not the name the person sees.
const invisibleCharactersGlobal = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const reservedWindowsNames = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const tokenPattern = /\{([^{}]*)\}/g;
// Leave room for "-trailer", an index and the extension within the usual 255-byte limit.
const maxSegmentLength = 200;

/**
 * A value made safe as (part of) one file name on Windows, macOS and Linux: every generated name
 * (title, profile, template segment, extension) goes through here.
 */
export function sanitizeFileName(value: string): string {
  const cleaned = value
    .replace(invisibleCharactersGlobal, '')
    .replace(/: /g, ' - ')
    .replace(/:/g, '-')
    .replace(illegalCharactersGlobal, (c) => (c === '/' || c === '\\' ? '-' : c === '"' ? "'" : ''))
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces, which would make two names collide.
    .replace(/[. ]+$/, '');
  const short = cleaned.length > maxSegmentLength ? cleaned.slice(0, maxSegmentLength).trimEnd() : cleaned;
  return reservedWindowsNames.test(short) ? `${short}_` : short;
}

/** Why a custom template cannot be used, or null when it can. */
export function templateProblem(template: string | null): string | null {
  if (template === null || template.trim() === '') {
    return 'The file name template is empty. Enter one, for example "{title} ({year})-trailer".';
  }
  if (template.includes('\\')) {
    return 'Use "/" to separate folders in the file name template, not "\\".';
  }
  if (template.startsWith('/') || /^[A-Za-z]:/.test(template)) {
    return 'The file name template must be relative to the title\'s folder; remove the leading "/" or drive letter.';
  }
  const segments = template.split('/');
  if (segments.some((s) => s.trim() === '..' || s.trim() === '.')) {
    return 'The file name template cannot contain "." or ".." folders: trailers stay inside the title\'s folder.';
  }
  if (segments.some((s) => s.trim() === '')) {
    return 'The file name template has an empty folder name (two "/" in a row, or one at the end).';
  }
  for (const match of template.matchAll(tokenPattern)) {
    const token = match[1] ?? '';
    if (!(templateTokens as readonly string[]).includes(token)) {
      return `The file name template uses an unknown token {${token}}. Available: ${templateTokens.map((t) => `{${t}}`).join(' ')}.`;
    }
  }
  const literal = template.replace(tokenPattern, '');
  if (literal.includes('{') || literal.includes('}')) {
    return 'The file name template has an unmatched "{" or "}".';
  }
  const illegal = literal.match(illegalCharacters);
  if (illegal) {
    const char = illegal[0];
    const shown = char < ' ' || char === '\u007f' ? 'a control character' : `"${char}"`;
    return `The file name template contains ${shown}, which file names cannot hold on every system. Remove it.`;
  }
  // Worst case: a title without year, codecs or video id yet must still get a name.
  const worst = renderTemplate(template, { title: 'x', profile: 'x' }).split('/');
  if (worst.some((segment) => segment === '')) {
    return 'The file name template can produce an empty name (for a title without a year, say). Include {title}.';
  }
  if (segments.some((s) => reservedWindowsNames.test(s.trim()))) {
    return 'The file name template uses a name Windows reserves (CON, NUL, COM1…). Choose another.';
  }
  return null;
}

function renderTemplate(template: string, values: Partial<Record<TemplateToken, string>>): string {
  return template
    .split('/')
    .map((segment) =>
      // Each segment is sanitised as a whole, so a title holding "/" cannot add a folder.
      sanitizeFileName(
        segment
          .replace(tokenPattern, (_, token: string) => values[token as TemplateToken] ?? '')
          // "({year})" for a title without a year leaves "()": drop it rather than keep it.
          .replace(/\(\s*\)|\[\s*\]/g, ''),
      ),
    )
    .join('/');
}

/**
 * Where a trailer goes, relative to the title's folder, with "/" between folders. Throws when a
 * custom template is unusable: profiles are validated on save, so that is a bug, not input.
 */
export function renderPlacement(
  profile: PlacementProfile,
  media: PlacementMedia,
  facts: PlacementFacts = {},
): string {
  const ext = sanitizeFileName(facts.ext ?? profile.container) || profile.container;
  const title = sanitizeFileName(media.title) || 'Trailer';
  const base = media.year === null ? `${title}-trailer` : `${title} (${media.year})-trailer`;
  if (profile.placement === 'next-to-media') return `${base}.${ext}`;
  if (profile.placement === 'trailers-folder') return `${trailersFolderName}/${base}.${ext}`;

  const problem = templateProblem(profile.customTemplate);
  if (problem) throw new Error(`Profile "${profile.name}": ${problem}`);
  const rendered = renderTemplate(profile.customTemplate ?? '', {
    title,
    year: media.year === null ? '' : String(media.year),
    resolution: facts.resolution ?? '',
    vcodec: facts.videoCodec ?? '',
    acodec: facts.audioCodec ?? '',
    youtube_id: facts.youtubeId ?? '',
    profile: sanitizeFileName(profile.name),
    type: facts.videoType ?? 'trailer',
    season: facts.season ?? '',
    language: facts.language ?? '',
  });
  return `${rendered}.${ext}`;
}
