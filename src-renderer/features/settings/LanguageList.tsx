import { useRef, useState } from 'react';
import { languageName } from '../../../src-preload/contract/language-names';
import { checkLanguage, maxLanguages, moveLanguage } from './profile-videos-draft';

interface Props {
  languages: readonly string[];
  onChange(languages: string[]): void;
  /** Main's or the form's refusal of the list, shown under it. */
  error: string | undefined;
}

/**
 * The preferred languages, in order: each shown by name, moved with its up/down buttons (focus
 * follows the moved language), removed, or added by its code. Enter in the code field adds it
 * rather than saving the profile.
 */
export function LanguageList({ languages, onChange, error }: Props) {
  const [typed, setTyped] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const nameOf = (code: string) => languageName(code) ?? code;
  const noteId = 'profile-languages-note';

  function add() {
    const checked = checkLanguage(typed, languages);
    if (!checked.ok) {
      setRefusal(checked.message);
      return;
    }
    onChange([...languages, checked.code]);
    setTyped('');
    setRefusal(null);
  }

  function move(index: number, by: -1 | 1) {
    const name = nameOf(languages[index] ?? '');
    onChange(moveLanguage(languages, index, by));
    // After React has redrawn the list: the same button of the moved language, or its other one
    // once it reached an end of the list (a disabled button cannot hold focus).
    requestAnimationFrame(() => {
      const buttons = [`Move ${name} ${by < 0 ? 'up' : 'down'}`, `Move ${name} ${by < 0 ? 'down' : 'up'}`];
      for (const label of buttons) {
        const button = list.current?.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
        if (button && !button.disabled) return button.focus();
      }
    });
  }

  const message = refusal ?? error;
  return (
    <div className="span-2 language-list" role="group" aria-labelledby="profile-languages-label">
      <span className="field-label" id="profile-languages-label">
        Preferred languages, in order
      </span>
      {languages.length === 0 ? (
        <p className="muted language-any">Any language: the best video wins whatever it speaks.</p>
      ) : (
        <ol ref={list} aria-label="Preferred languages">
          {languages.map((code, index) => (
            <li key={code}>
              <span className="language-name">
                {nameOf(code)} <span className="muted">{code}</span>
              </span>
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={`Move ${nameOf(code)} up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={`Move ${nameOf(code)} down`}
                disabled={index === languages.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={`Remove ${nameOf(code)}`}
                onClick={() => onChange(languages.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      {languages.length < maxLanguages && (
        <div className="language-add">
          <input
            type="text"
            aria-label="Language code to add"
            aria-describedby={noteId}
            aria-invalid={message ? true : undefined}
            placeholder="e.g. de, en, pt-BR"
            value={typed}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => {
              setTyped(e.target.value);
              setRefusal(null);
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              add();
            }}
          />
          <button type="button" className="button button-small" onClick={add}>
            Add {typed.trim() && languageName(typed.trim()) ? languageName(typed.trim()) : 'language'}
          </button>
        </div>
      )}
      <span
        id={noteId}
        className={message ? 'field-error' : 'muted field-help'}
        role={message ? 'alert' : undefined}
      >
        {message ??
          'Searched first to last: with German then English, an English video is taken only when no German one is found.'}
      </span>
    </div>
  );
}
