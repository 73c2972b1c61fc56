import { useState } from 'react';
import { initials, placeholderHue } from './media-labels';

interface Props {
  title: string;
  src: string | null;
  className?: string;
}

/** The poster, or a quiet placeholder with the title's initials when there is none (or it fails). */
export function PosterImage({ title, src, className = '' }: Props) {
  const [failed, setFailed] = useState(false);
  if (src && !failed) {
    return (
      <img
        className={`poster ${className}`}
        src={src}
        alt=""
        loading="lazy"
        decoding="async"
        onError={() => setFailed(true)}
      />
    );
  }
  const hue = placeholderHue(title);
  return (
    <div
      className={`poster poster-placeholder ${className}`}
      aria-hidden="true"
      style={{ background: `linear-gradient(160deg, hsl(${hue} 22% 22%), hsl(${(hue + 40) % 360} 18% 13%))` }}
    >
      <span>{initials(title)}</span>
    </div>
  );
}
