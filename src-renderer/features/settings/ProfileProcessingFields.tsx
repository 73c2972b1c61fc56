import type { ProcessingSettings } from '../../../src-preload/contract/processing-values';
import { Check, Select } from './FormControls';
import type { ProfileDraft } from './profile-draft';
import {
  convertAudioOptions,
  convertVideoOptions,
  loudnessChoice,
  loudnessOptions,
  loudnessTargetOf,
  qualityOptions,
} from './processing-labels';

interface Props {
  draft: ProfileDraft;
  set<K extends keyof ProfileDraft>(key: K): (value: ProfileDraft[K]) => void;
}

/** What happens between the download and filing: conversion, loudness, trimming. */
export function ProfileProcessingFields({ draft, set }: Props) {
  const processing = draft.processing;
  const change =
    <K extends keyof ProcessingSettings>(key: K) =>
    (value: ProcessingSettings[K]) =>
      set('processing')({ ...processing, [key]: value });
  const converts =
    processing.compatibility || processing.videoCodec !== 'keep' || processing.audioCodec !== 'keep';

  return (
    <>
      <h3 className="span-2 form-subheading">After the download</h3>
      <Check
        label="Always H.264 and AAC (plays on every TV)"
        checked={processing.compatibility}
        onChange={change('compatibility')}
      />
      <Check
        label="Use a hardware encoder when one works"
        checked={processing.hardwareEncoding}
        onChange={change('hardwareEncoding')}
      />
      <Select
        label="Convert video to"
        value={processing.compatibility ? 'h264' : processing.videoCodec}
        options={convertVideoOptions}
        disabled={processing.compatibility}
        onChange={change('videoCodec')}
      />
      <Select
        label="Convert audio to"
        value={processing.compatibility ? 'aac' : processing.audioCodec}
        options={convertAudioOptions}
        disabled={processing.compatibility}
        onChange={change('audioCodec')}
      />
      <Select
        label="Conversion quality"
        value={processing.quality}
        options={qualityOptions}
        disabled={!converts && !processing.trim && processing.loudnessTarget === null}
        onChange={change('quality')}
      />
      <Select
        label="Even loudness"
        value={loudnessChoice(processing.loudnessTarget)}
        options={loudnessOptions(processing.loudnessTarget)}
        describedBy="profile-loudness-note"
        onChange={(choice) => change('loudnessTarget')(loudnessTargetOf(choice))}
      />
      <Check label="Trim silent or black start and end" checked={processing.trim} onChange={change('trim')} />
      <span id="profile-loudness-note" className="muted field-help">
        Loudness is measured in two passes (EBU R128). Trimming never makes a video shorter than the minimum
        duration. A video already in the wanted codecs is not converted.
      </span>
    </>
  );
}
