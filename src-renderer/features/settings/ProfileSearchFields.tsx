import { useId } from 'react';
import { Check, TextField } from './FormControls';
import { joinList, type ProfileDraft } from './profile-draft';
import { defaultExcludeWords, searchTokens } from '../../../src-preload/contract/values';

interface Props {
  draft: ProfileDraft;
  set<K extends keyof ProfileDraft>(key: K): (value: ProfileDraft[K]) => void;
}

/** How this profile finds a trailer: the YouTube search, what costs points, when to ask the person. */
export function ProfileSearchFields({ draft, set }: Props) {
  const id = useId();
  const hint = (name: string) => `${id}-${name}`;
  const defaults = joinList(defaultExcludeWords);

  return (
    <>
      <h3 className="span-2 form-subheading">Finding the trailer</h3>
      <TextField
        label="YouTube search"
        value={draft.searchTemplate}
        onChange={set('searchTemplate')}
        placeholder="{title} {year} official trailer"
        className="span-2"
        describedBy={hint('search')}
      />
      <p className="muted span-2 hint" id={hint('search')}>
        Used when neither your link, the NFO nor TMDB knows the trailer. Tokens:{' '}
        {searchTokens.map((t) => `{${t}}`).join(' ')}
      </p>

      <TextField
        label="Excluded words"
        value={draft.excludeWords}
        onChange={set('excludeWords')}
        placeholder="reaction, review, fan made"
        className="span-2"
        describedBy={hint('exclude')}
      />
      <p className="muted span-2 hint" id={hint('exclude')}>
        Separated by commas. A video whose title says one of them loses points.{' '}
        {draft.excludeWords !== defaults && (
          <button type="button" className="link-button" onClick={() => set('excludeWords')(defaults)}>
            Reset to defaults
          </button>
        )}
      </p>

      <TextField
        label="Preferred channels"
        value={draft.channelAllowList}
        onChange={set('channelAllowList')}
        placeholder="e.g. Warner Bros. Pictures, A24"
        className="span-2"
        describedBy={hint('channels')}
      />
      <p className="muted span-2 hint" id={hint('channels')}>
        Channel names or ids, separated by commas: their videos get a bonus.
      </p>

      <TextField
        label="Minimum score"
        type="number"
        value={draft.minScore}
        onChange={set('minScore')}
        describedBy={hint('score')}
      />
      <Check
        label="A trailer already on disk counts"
        checked={draft.acceptDetectedTrailers}
        onChange={set('acceptDetectedTrailers')}
      />
      <p className="muted span-2 hint" id={hint('score')}>
        0 to 100. When filling the library, the best candidate is queued only at or above this score; below
        it, the title waits for your choice under Review. With the box ticked, a title that already has a
        trailer file is not downloaded again.
      </p>
      <Check
        label="Skip titles Plex already has a trailer for"
        checked={draft.skipWhenPlexHasTrailer}
        onChange={set('skipWhenPlexHasTrailer')}
      />
      <p className="muted span-2 hint">
        When filling the library, a title whose Plex item already shows a trailer among its extras is left
        alone. Needs a Plex server under Settings → Connections; if Plex cannot answer, the title is searched
        as usual.
      </p>
    </>
  );
}
