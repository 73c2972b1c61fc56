// HTTP byte ranges (RFC 9110 §14) for the video route of both transports (the headless server and
// Electron's app:// protocol): a <video> asks for `bytes=0-`, then seeks with `bytes=N-`. One
// module decides status and headers so the two cannot differ. Only a single range is honoured;
// a multi-range request is answered with the whole file, which RFC 9110 allows.

/** What to send for a file of `size` bytes: its bytes `start`..`end` (inclusive), or nothing. */
export type RangePlan =
  { status: 200; start: number; end: number } | { status: 206; start: number; end: number } | { status: 416 };

const singleRange = /^bytes=(\d*)-(\d*)$/;

/**
 * The plan for `header` (the request's Range, or null) over a file of `size` bytes: 200 for no
 * range or one we ignore (another unit, several ranges), 206 for a satisfiable range (clamped to
 * the file), 416 for a range that starts past the end or is malformed.
 */
export function planByteRange(header: string | null, size: number): RangePlan {
  const whole = { status: 200 as const, start: 0, end: size - 1 };
  if (header === null) return whole;
  const spec = header.trim();
  // Another unit, or several ranges: a server may ignore Range and send the whole file.
  if (!/^bytes=/i.test(spec) || spec.includes(',')) return whole;
  const match = singleRange.exec(spec.replace(/^bytes=/i, 'bytes='));
  if (!match) return { status: 416 };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { status: 416 };
  if (first === '') {
    // A suffix: the last N bytes.
    const length = Number(last);
    if (!Number.isSafeInteger(length) || length === 0 || size === 0) return { status: 416 };
    return { status: 206, start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || end < start) return { status: 416 };
  return { status: 206, start, end };
}

/** The headers that go with a plan (the caller adds its own security headers). */
export function rangeHeaders(plan: RangePlan, size: number): Record<string, string> {
  if (plan.status === 416) return { 'Accept-Ranges': 'bytes', 'Content-Range': `bytes */${size}` };
  const headers: Record<string, string> = {
    'Accept-Ranges': 'bytes',
    'Content-Length': String(Math.max(0, plan.end - plan.start + 1)),
  };
  if (plan.status === 206) headers['Content-Range'] = `bytes ${plan.start}-${plan.end}/${size}`;
  return headers;
}
