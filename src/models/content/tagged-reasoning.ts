/**
 * Families that write their reasoning into the answer's text between tags: gpt-oss on
 * InvokeModel (`<reasoning>…</reasoning>` before the answer), DeepSeek-R1 and Qwen3 (`<think>…</think>`;
 * R1's prompt opens the tag, so its output starts inside it).
 */
export interface ReasoningTags {
  open: string;
  close: string;
  /** The output begins inside the tag, its opening written by the prompt. */
  startsInside: boolean;
}

export interface SplitText {
  text: string;
  reasoning: string;
}

/** A whole answer's text split into its reasoning and the answer proper (trimmed of the space after the tag). */
export function splitTaggedReasoning(whole: string, tags: ReasoningTags): SplitText {
  const stream = new TaggedReasoningStream(tags);
  const first = stream.push(whole);
  const last = stream.end();
  return { text: (first.text + last.text).replace(/^\s+/, ""), reasoning: (first.reasoning + last.reasoning).trim() };
}

/**
 * The same split over streamed pieces: tags may be cut across pieces, so text that could be the
 * start of a tag is held back until the next piece shows what it is.
 */
export class TaggedReasoningStream {
  private inside: boolean;
  private held = "";
  private answered = false;

  constructor(private readonly tags: ReasoningTags) {
    this.inside = tags.startsInside;
  }

  push(piece: string): SplitText {
    let pending = this.held + piece;
    this.held = "";
    const out: SplitText = { text: "", reasoning: "" };
    for (;;) {
      const tag = this.inside ? this.tags.close : this.tags.open;
      const at = pending.indexOf(tag);
      if (at >= 0) {
        this.emit(out, pending.slice(0, at));
        pending = pending.slice(at + tag.length);
        this.inside = !this.inside;
        continue;
      }
      const keep = partialTagLength(pending, tag);
      this.emit(out, pending.slice(0, pending.length - keep));
      this.held = pending.slice(pending.length - keep);
      return out;
    }
  }

  end(): SplitText {
    const out: SplitText = { text: "", reasoning: "" };
    this.emit(out, this.held);
    this.held = "";
    return out;
  }

  private emit(out: SplitText, text: string): void {
    if (text.length === 0) return;
    if (this.inside) {
      out.reasoning += text;
      return;
    }
    // The answer proper starts after the closing tag's line break.
    const answer = this.answered ? text : text.replace(/^\s+/, "");
    if (answer.length > 0) this.answered = true;
    out.text += answer;
  }
}

/** How many of the text's last characters are the start of the tag. */
function partialTagLength(text: string, tag: string): number {
  for (let length = Math.min(tag.length - 1, text.length); length > 0; length -= 1) {
    if (tag.startsWith(text.slice(text.length - length))) return length;
  }
  return 0;
}
