import { asc, desc, eq, sql } from 'drizzle-orm';
import {
  defaultExcludeWords,
  defaultSearchTemplate,
  type ProfileFields,
  type TrailerProfile,
} from '../../../src-preload/contract/profiles';
import { wantedVideosSchema } from '../../../src-preload/contract/profiles';
import {
  noProcessing,
  processingSchema,
  type ProcessingSettings,
} from '../../../src-preload/contract/processing';
import type { WantedVideos } from '../../../src-preload/contract/video-kinds';
import type { AppDatabase } from '../db/open-database';
import { trailerProfile, type TrailerProfileRow } from '../db/schema';
import { dropUnwantedOutcomes } from '../discovery/unwanted-outcomes';
import { AppError } from '../errors';
import { videoWishProblem } from './video-wishes';
import type { EventBus } from '../event-bus';
import { profileProblem } from './profile-validation';

/** What the first start creates, and what a new profile starts from. */
export const defaultProfileFields: ProfileFields = {
  name: 'Default',
  enabled: true,
  maxResolution: '1080',
  videoCodec: 'any',
  audioCodec: 'any',
  container: 'mkv',
  audioLanguage: null,
  subtitlesEnabled: false,
  subtitleLanguages: [],
  includeAutoSubtitles: false,
  placement: 'next-to-media',
  customTemplate: null,
  // Bounds that catch a wrong video (a 5-second clip, a whole film) without refusing teasers.
  minDurationSeconds: 10,
  maxDurationSeconds: 600,
  embedMetadata: true,
  searchTemplate: defaultSearchTemplate,
  excludeWords: [...defaultExcludeWords],
  channelAllowList: [],
  // Half the points: a title and year match with trailer wording, without decoy words.
  minScore: 50,
  acceptDetectedTrailers: true,
  skipWhenPlexHasTrailer: false,
  wantedVideos: { trailer: 1 },
  maxVideosPerTitle: 6,
  seasonTrailers: false,
  languages: [],
  onePerLanguage: false,
  preferDubbed: true,
  processing: noProcessing,
};

const maxNameLength = 80;

/** A JSON list of strings from a column; anything else reads as empty. */
function stringList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** The wanted videos from their column; a value that is not a valid count map reads as one trailer. */
function wantedVideosOf(json: string): WantedVideos {
  try {
    const parsed = wantedVideosSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : { trailer: 1 };
  } catch {
    return { trailer: 1 };
  }
}

/**
 * The processing settings from their column, over the defaults: '{}' (every profile made before
 * processing existed) reads as "do nothing", and a value that does not validate does too.
 */
function processingOf(json: string): ProcessingSettings {
  try {
    const parsed = processingSchema.safeParse({ ...noProcessing, ...(JSON.parse(json) as object) });
    return parsed.success ? parsed.data : noProcessing;
  } catch {
    return noProcessing;
  }
}

function toProfile(row: TrailerProfileRow): TrailerProfile {
  const { subtitleLanguages, excludeWords, channelAllowList, wantedVideos, languages, processing, ...rest } =
    row;
  return {
    ...rest,
    subtitleLanguages: stringList(subtitleLanguages),
    excludeWords: stringList(excludeWords),
    channelAllowList: stringList(channelAllowList),
    wantedVideos: wantedVideosOf(wantedVideos),
    languages: stringList(languages),
    processing: processingOf(processing),
  };
}

function toColumns(fields: ProfileFields) {
  return {
    ...fields,
    subtitleLanguages: JSON.stringify(fields.subtitleLanguages),
    excludeWords: JSON.stringify(fields.excludeWords),
    channelAllowList: JSON.stringify(fields.channelAllowList),
    wantedVideos: JSON.stringify(fields.wantedVideos),
    languages: JSON.stringify(fields.languages),
    processing: JSON.stringify(fields.processing),
  };
}

export interface ProfileServiceDeps {
  db: AppDatabase;
  events: EventBus;
  now?: () => Date;
}

/** The fields that decide which videos (slots) a profile wants of a title. */
const slotFields = [
  'wantedVideos',
  'maxVideosPerTitle',
  'seasonTrailers',
  'languages',
  'onePerLanguage',
] as const satisfies readonly (keyof ProfileFields)[];

/** Trailer profiles: create, edit, copy, delete, and exactly one default at all times. */
export class ProfileService {
  private readonly db: AppDatabase;
  private readonly events: EventBus;
  private readonly now: () => Date;
  // Prepared once: a library run asks for its profile once per title it queues.
  private readonly byId;

  constructor(deps: ProfileServiceDeps) {
    this.db = deps.db;
    this.events = deps.events;
    this.now = deps.now ?? (() => new Date());
    this.byId = this.db
      .select()
      .from(trailerProfile)
      .where(eq(trailerProfile.id, sql.placeholder('id')))
      .prepare();
    this.ensureDefault();
  }

  list(): TrailerProfile[] {
    return this.db
      .select()
      .from(trailerProfile)
      .orderBy(
        desc(trailerProfile.isDefault),
        asc(sql`lower(${trailerProfile.name})`),
        asc(trailerProfile.id),
      )
      .all()
      .map(toProfile);
  }

  get(id: number): TrailerProfile {
    const row = this.byId.get({ id });
    if (!row)
      throw new AppError('NOT_FOUND', `There is no trailer profile with id ${id}. It may have been deleted.`);
    return toProfile(row);
  }

  /** The profile to download with: the one asked for, else the default; refused when switched off. */
  usable(id?: number): TrailerProfile {
    const profile = id === undefined ? this.list().find((p) => p.isDefault) : this.get(id);
    if (!profile) throw new AppError('NOT_FOUND', 'There is no default trailer profile.');
    if (!profile.enabled) {
      throw new AppError(
        'PROFILE_DISABLED',
        `The profile "${profile.name}" is switched off. Turn it on in Settings.`,
      );
    }
    return profile;
  }

  /**
   * A new profile is off unless the caller switches it on: an enabled profile adds a download for
   * every title without its trailer, which the person confirms first (the editor says how many).
   */
  create(input: Partial<ProfileFields> & { name: string }): TrailerProfile {
    const fields = this.checked({ ...defaultProfileFields, enabled: false, ...input }, null);
    const row = this.db.insert(trailerProfile).values(toColumns(fields)).returning().get();
    this.changed([row.id]);
    return toProfile(row);
  }

  update(id: number, patch: Partial<ProfileFields>): TrailerProfile {
    const current = this.get(id);
    const { id: _id, isDefault, createdAt: _c, updatedAt: _u, ...fields } = current;
    const next = this.checked({ ...fields, ...patch }, id);
    if (isDefault && !next.enabled) {
      throw new AppError(
        'INVALID_INPUT',
        `"${current.name}" is the default profile and must stay enabled. Make another profile the default first.`,
      );
    }
    // Review rows for videos the profile no longer wants go with the change that unwants them.
    const { row, dropped } = this.db.$client.transaction(() => {
      const updated = this.db
        .update(trailerProfile)
        .set({ ...toColumns(next), updatedAt: this.now().toISOString() })
        .where(eq(trailerProfile.id, id))
        .returning()
        .get();
      // Only a change of what it wants reads its Review rows (a rename costs nothing).
      const slotsChanged = slotFields.some(
        (field) => JSON.stringify(current[field]) !== JSON.stringify(next[field]),
      );
      return { row: updated, dropped: slotsChanged ? dropUnwantedOutcomes(this.db.$client, id, next) : [] };
    })();
    this.changed([id]);
    if (dropped.length > 0) {
      this.events.emit('discovery:needsChoiceChanged', { mediaIds: [...new Set(dropped)] });
    }
    return toProfile(row!);
  }

  duplicate(id: number): TrailerProfile {
    const { id: _id, isDefault: _d, createdAt: _c, updatedAt: _u, ...fields } = this.get(id);
    // A copy starts off: two enabled copies would download every missing trailer twice.
    return this.create({ ...fields, enabled: false, name: this.copyName(fields.name) });
  }

  delete(id: number): void {
    const profile = this.get(id);
    const count = this.count();
    if (count <= 1) {
      throw new AppError(
        'INVALID_INPUT',
        `"${profile.name}" is the only profile. Create another one before deleting it.`,
      );
    }
    if (profile.isDefault) {
      throw new AppError(
        'INVALID_INPUT',
        `"${profile.name}" is the default profile. Make another profile the default first, then delete this one.`,
      );
    }
    this.db.delete(trailerProfile).where(eq(trailerProfile.id, id)).run();
    this.changed([id]);
  }

  setDefault(id: number): TrailerProfile {
    const target = this.get(id);
    const previous = this.list().find((p) => p.isDefault);
    if (previous?.id === id) return target;
    const updatedAt = this.now().toISOString();
    this.db.transaction((tx) => {
      // Clear first: the partial unique index allows one default row at any moment.
      tx.update(trailerProfile)
        .set({ isDefault: false, updatedAt })
        .where(eq(trailerProfile.isDefault, true))
        .run();
      tx.update(trailerProfile)
        .set({ isDefault: true, enabled: true, updatedAt })
        .where(eq(trailerProfile.id, id))
        .run();
    });
    this.changed(previous ? [previous.id, id] : [id]);
    return this.get(id);
  }

  /** The first start has no profile: create the default one, so downloads always have one. */
  private ensureDefault(): void {
    if (this.count() > 0) return;
    this.db
      .insert(trailerProfile)
      .values({ ...toColumns(defaultProfileFields), isDefault: true })
      .run();
  }

  private count(): number {
    return (
      this.db
        .select({ n: sql<number>`count(*)` })
        .from(trailerProfile)
        .get()?.n ?? 0
    );
  }

  private checked(fields: ProfileFields, selfId: number | null): ProfileFields {
    const name = fields.name.trim();
    const clash = this.db
      .select({ id: trailerProfile.id })
      .from(trailerProfile)
      .where(sql`lower(${trailerProfile.name}) = lower(${name})`)
      .get();
    if (clash && clash.id !== selfId) {
      throw new AppError('INVALID_INPUT', `A profile called "${name}" already exists. Choose another name.`);
    }
    const problem = profileProblem(fields);
    if (problem) throw new AppError('INVALID_INPUT', problem);
    const wish = videoWishProblem(fields);
    if (wish) throw new AppError('INVALID_INPUT', wish.message, { field: wish.field });
    return {
      ...fields,
      name,
      // Kept while another placement is chosen, so switching back restores it; checked when in use.
      customTemplate: fields.customTemplate?.trim() || null,
      subtitleLanguages: [...new Set(fields.subtitleLanguages)],
    };
  }

  private copyName(name: string): string {
    const taken = new Set(this.list().map((p) => p.name.toLowerCase()));
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
      const candidate = `${name.slice(0, maxNameLength - suffix.length)}${suffix}`;
      if (!taken.has(candidate.toLowerCase())) return candidate;
    }
  }

  private changed(profileIds: number[]): void {
    this.events.emit('profiles:changed', { profileIds });
  }
}
