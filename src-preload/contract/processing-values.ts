// What a profile asks of a download after it arrives and before it is filed: conversion to codecs
// every client of the person's media server decodes, an even loudness, and no silent or black
// head and tail. This file imports nothing, so the window can take its values at run time; the
// schema is in processing.ts.
import type { ProcessingSettings } from './processing';

export type { ProcessingSettings };

export const convertVideoCodecs = ['keep', 'h264', 'h265', 'av1', 'vp9'] as const;
export const convertAudioCodecs = ['keep', 'aac', 'ac3', 'eac3', 'opus'] as const;
/** Encoder quality: a constant-quality level per encoder (see core/processing). */
export const encodeQualities = ['high', 'balanced', 'small'] as const;

export type ConvertVideoCodec = (typeof convertVideoCodecs)[number];
export type ConvertAudioCodec = (typeof convertAudioCodecs)[number];
export type EncodeQuality = (typeof encodeQualities)[number];

/** EBU R128 targets people choose between: broadcast (-23), streaming (-16, -14). */
export const loudnessTargetRange = { min: -31, max: -10 } as const;

/** Nothing is done to a download: what every profile had before processing existed. */
export const noProcessing: ProcessingSettings = {
  videoCodec: 'keep',
  audioCodec: 'keep',
  compatibility: false,
  quality: 'balanced',
  hardwareEncoding: true,
  loudnessTarget: null,
  trim: false,
};

/** What processing did to one file, as recorded on its row (all null when nothing was done). */
export interface ProcessingRecord {
  /** The codecs before conversion ("vp9", "opus"); null when that stream was not converted. */
  originalVideoFormat: string | null;
  originalAudioFormat: string | null;
  /** The encoder that wrote the picture ("libx264", "h264_nvenc"); null when copied. */
  encoder: string | null;
  /** Integrated loudness (LUFS) of the file as it came, and as filed; null when not measured. */
  originalLoudness: number | null;
  loudness: number | null;
  /** Seconds cut from the start and end together; null when trimming was not asked. */
  trimmedSeconds: number | null;
  /** The picture inside any black bars (cropdetect); null when not measured. */
  pictureWidth: number | null;
  pictureHeight: number | null;
}

export const emptyProcessingRecord: ProcessingRecord = {
  originalVideoFormat: null,
  originalAudioFormat: null,
  encoder: null,
  originalLoudness: null,
  loudness: null,
  trimmedSeconds: null,
  pictureWidth: null,
  pictureHeight: null,
};
