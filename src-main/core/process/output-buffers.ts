/**
 * Splits decoded text into lines as it arrives, whatever the chunk boundaries. Handles \n and \r\n;
 * a lone \r stays in the line, because tools that redraw a line with \r are asked for --newline.
 */
export class LineSplitter {
  private pending = '';

  constructor(private readonly onLine: (line: string) => void) {}

  push(text: string): void {
    const parts = (this.pending + text).split('\n');
    this.pending = parts.pop() ?? '';
    for (const part of parts) this.onLine(part.endsWith('\r') ? part.slice(0, -1) : part);
  }

  /** The last line, when the output did not end with a newline. */
  flush(): void {
    const rest = this.pending.endsWith('\r') ? this.pending.slice(0, -1) : this.pending;
    this.pending = '';
    if (rest !== '') this.onLine(rest);
  }
}

/** Keeps only the end of a long text (stderr of a long download), in bounded memory. */
export class TailBuffer {
  private text = '';

  constructor(private readonly maxChars: number) {}

  push(chunk: string): void {
    this.text += chunk;
    // Trim only once the buffer is twice the limit, so appends stay cheap.
    if (this.text.length > this.maxChars * 2) this.text = this.text.slice(-this.maxChars);
  }

  value(): string {
    return this.text.length > this.maxChars ? this.text.slice(-this.maxChars) : this.text;
  }

  /** The last `count` non-empty lines, for error messages and logs. */
  lastLines(count: number): string {
    const lines = this.value()
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '');
    return lines.slice(-count).join('\n');
  }
}
