// Is it the trailer, and a good one? Trailer wording, exclude words, parodies and commentary, the
// channel, the length.
import { type Analysis, type ExcludePhrase } from './analyse';
import { tokenise } from './normalise-title';
import { findPhrase, phraseKey, toPhrases } from './phrases';
import { type RankContext, type ScoreReason } from './types';
import { NOT_TRAILER_KINDS } from './vocabulary';

export const CONTENT_POINTS = {
  officialTrailer: 20,
  trailer: 15,
  officialTeaser: 10,
  teaser: 8,
  notCalledTrailer: -10,
  tmdbTrailer: 20,
  tmdbTeaser: 10,
  tmdbOther: -30,
  tmdbOfficial: 15,
  excludeInTitle: -40,
  excludeInDescription: -20,
  // More than the best a video can otherwise score (35 title + 12 year + 20 official trailer + 25
  // channel + 15 language + 5 length + 3 first season = 115): a parody or a reaction stays at 15 or
  // less whatever else it gets right, so no profile's minimum above that queues it unattended.
  notTrailer: -100,
  allowedChannel: 25,
  officialChannel: 25,
  trailerChannel: 8,
  verifiedChannel: 5,
  fanChannel: -30,
  notOutYet: -35,
  usualLength: 5,
  outsideProfileLength: -25,
  veryShort: -10,
  long: -10,
  farTooLong: -30,
};

export function wordingReasons(analysis: Analysis): ScoreReason[] {
  const tmdb = analysis.candidate.tmdb;
  if (tmdb) {
    const reasons: ScoreReason[] = [];
    const type = tmdb.type.toLowerCase();
    if (type === 'trailer')
      reasons.push({ label: 'A trailer, according to TMDB', points: CONTENT_POINTS.tmdbTrailer });
    else if (type === 'teaser')
      reasons.push({ label: 'A teaser, according to TMDB', points: CONTENT_POINTS.tmdbTeaser });
    else reasons.push({ label: `A ${type}, according to TMDB`, points: CONTENT_POINTS.tmdbOther });
    if (tmdb.official)
      reasons.push({ label: 'Marked official on TMDB', points: CONTENT_POINTS.tmdbOfficial });
    return reasons;
  }
  const { teaser, trailer, official } = analysis.wording;
  if (teaser && official)
    return [{ label: 'Called an official teaser', points: CONTENT_POINTS.officialTeaser }];
  if (teaser) return [{ label: 'Called a teaser', points: CONTENT_POINTS.teaser }];
  if (trailer && official)
    return [{ label: 'Called an official trailer', points: CONTENT_POINTS.officialTrailer }];
  if (trailer) return [{ label: 'Called a trailer', points: CONTENT_POINTS.trailer }];
  return [{ label: 'Not called a trailer or teaser', points: CONTENT_POINTS.notCalledTrailer }];
}

/** Parodies, commentary and fan-made trailers, by what the title or the channel's name says. */
export function notTrailerReasons(analysis: Analysis): ScoreReason[] {
  const reasons: ScoreReason[] = [];
  const { notTrailer, notTrailerChannel, channel } = analysis;
  // TMDB lists what the studio published; its type already says trailer or not.
  if (analysis.fromTmdb) return reasons;
  if (notTrailer) {
    reasons.push({
      label: `Says “${notTrailer.quote}”: ${notTrailer.kind.title}`,
      points: CONTENT_POINTS.notTrailer,
    });
  }
  // A channel the person allowed is theirs to trust; a studio's name never says "reactions".
  if (notTrailerChannel && !channel.allowed && !channel.official) {
    reasons.push({
      label: `From ${notTrailerChannel.kind.channel} (${channel.name ?? ''})`,
      points: CONTENT_POINTS.notTrailer,
    });
  }
  return reasons;
}

const NOT_TRAILER_KEYS = new Set(NOT_TRAILER_KINDS.flatMap((kind) => toPhrases(kind.phrases).map(phraseKey)));

export function excludeReasons(analysis: Analysis, phrases: ExcludePhrase[]): ScoreReason[] {
  // TMDB's type already said it is a clip or a featurette; saying it twice would count it twice.
  const tmdbType = analysis.candidate.tmdb?.type.toLowerCase();
  if (tmdbType && tmdbType !== 'trailer' && tmdbType !== 'teaser') return [];
  const description = analysis.candidate.description ? tokenise(analysis.candidate.description) : [];
  const reasons: ScoreReason[] = [];
  // The title already said it is commentary or a parody; the same words are not counted twice.
  const notTrailer = analysis.notTrailer;
  for (const phrase of phrases) {
    const inTitle = findPhrase(analysis.outside, phrase) !== null;
    if (inTitle && notTrailer && NOT_TRAILER_KEYS.has(phraseKey(phrase))) continue;
    if (inTitle) {
      reasons.push({ label: `Says “${phrase.text}”`, points: CONTENT_POINTS.excludeInTitle });
    } else if (findPhrase(description, phrase)) {
      reasons.push({
        label: `Its description says “${phrase.text}”`,
        points: CONTENT_POINTS.excludeInDescription,
      });
    }
  }
  return reasons;
}

export function channelReasons(analysis: Analysis, context: RankContext, currentYear: number): ScoreReason[] {
  const channel = analysis.channel;
  const name = channel.name ?? '';
  const reasons: ScoreReason[] = [];
  if (channel.allowed) {
    reasons.push({ label: `From a channel you allowed (${name})`, points: CONTENT_POINTS.allowedChannel });
  } else if (channel.official) {
    reasons.push({ label: `From an official channel (${name})`, points: CONTENT_POINTS.officialChannel });
  } else {
    if (channel.trailerChannel) {
      reasons.push({
        label: `From a known trailer channel (${name})`,
        points: CONTENT_POINTS.trailerChannel,
      });
    }
    if (analysis.candidate.channel_is_verified === true && !channel.fanChannel) {
      reasons.push({ label: `Verified channel (${name})`, points: CONTENT_POINTS.verifiedChannel });
    }
  }
  if (channel.fanChannel && !channel.allowed) {
    reasons.push({
      label: `Channel known for fan-made trailers (${name})`,
      points: CONTENT_POINTS.fanChannel,
    });
  }
  const trusted = channel.allowed || channel.official || analysis.fromTmdb;
  if (context.year !== null && context.year > currentYear && !trusted) {
    reasons.push({
      label: `Not out until ${context.year}, and not from a studio channel: likely fan-made`,
      points: CONTENT_POINTS.notOutYet,
    });
  }
  return reasons;
}

/** 95 → "1:35", 5580 → "1:33:00". */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function durationReasons(analysis: Analysis, context: RankContext): ScoreReason[] {
  const duration = analysis.candidate.duration;
  if (typeof duration !== 'number' || !Number.isFinite(duration) || duration <= 0) return [];
  const length = formatDuration(duration);
  const min = context.minDurationSeconds;
  const max = context.maxDurationSeconds;
  const reasons: ScoreReason[] = [];
  if (min !== null && duration < min) {
    reasons.push({
      label: `Shorter than the profile's ${formatDuration(min)} (${length})`,
      points: CONTENT_POINTS.outsideProfileLength,
    });
  } else if (min === null && duration < 30) {
    reasons.push({ label: `Very short for a trailer (${length})`, points: CONTENT_POINTS.veryShort });
  }
  if (max !== null && duration > max) {
    reasons.push({
      label: `Longer than the profile's ${formatDuration(max)} (${length})`,
      points: CONTENT_POINTS.outsideProfileLength,
    });
  } else if (max === null && duration > 600) {
    reasons.push({ label: `Far too long for a trailer (${length})`, points: CONTENT_POINTS.farTooLong });
  } else if (max === null && duration > 300) {
    reasons.push({ label: `Long for a trailer (${length})`, points: CONTENT_POINTS.long });
  }
  if (reasons.length > 0) return reasons;
  // Trailers are typically one to four minutes; inside the profile's own limits when it has them.
  const usual = min !== null || max !== null ? true : duration >= 60 && duration <= 240;
  return usual ? [{ label: `Usual trailer length (${length})`, points: CONTENT_POINTS.usualLength }] : [];
}
