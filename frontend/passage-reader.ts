import { html, LitElement, nothing, TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/** A block of the message body: where it is, what it is and who said it. */
interface Block {
  start: number;
  end: number;
  role: string;
  depth: number;
  speaker: string | null;
  evidence: string | null;
  originMessageId: number | null;
}

/** A coded passage to paint. */
interface Highlight {
  id: number;
  start: number;
  end: number;
  colour: string;
  position: string;
  qualifier: string;
  speaker: string | null;
  coder: string;
  memo: string | null;
}

/** A highlight with the underline row it is drawn on: 0 nearest the text. */
interface Placed extends Highlight {
  level: number;
}

/** A run of text with one set of highlights over it, outermost (lowest underline) first. */
interface Segment {
  start: number;
  text: string;
  marks: Placed[];
}

/** Signatures and footers: nobody's statement, so they stay folded until the analyst opens them. */
const FOLDED_ROLES = new Set(['SIGNATURE', 'ARCHIVE_FOOTER']);

/** Keys the reader acts on; anything else is left to the browser. */
const READER_KEYS = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', 's', 'o', 'n', 'j', 'k', 'u', 'e', '?', 'Delete', 'Escape']);

/**
 * Shows a message body block by block, indented by quote depth, with coded passages painted in
 * their position's colour. A selection is reported as character offsets into the message's
 * normalised text, which is what the server stores and checks.
 *
 * Every piece of message text goes through Lit's text bindings, never through markup, so a message
 * that contains HTML or script shows those characters and runs nothing.
 *
 * Overlapping passages are nested marks, each with its own underline row: the passage's row is fixed
 * along its whole length, so one can follow it, and the part of a mark below the inner ones is its
 * own, so each stays clickable.
 *
 * It renders into the light DOM on purpose: the document's own selection then covers the text, and
 * a mouse selection works the same in every browser.
 */
@customElement('passage-reader')
export class PassageReader extends LitElement {
  @property({ type: String }) text = '';
  @property({ type: String, attribute: false }) blocksJson = '[]';
  @property({ type: String, attribute: false }) highlightsJson = '[]';
  @property({ type: String, attribute: false }) codedInOriginalJson = '[]';
  @property({ type: Number }) focusedId = -1;
  @state() private unfolded = new Set<number>();

  protected createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this.addEventListener('mouseup', this.reportSelection);
    this.addEventListener('click', this.reportFocus);
    document.addEventListener('keydown', this.reportKey);
  }

  disconnectedCallback() {
    this.removeEventListener('mouseup', this.reportSelection);
    this.removeEventListener('click', this.reportFocus);
    document.removeEventListener('keydown', this.reportKey);
    super.disconnectedCallback();
  }

  protected willUpdate(changed: Map<string, unknown>) {
    if (changed.has('text')) {
      this.unfolded = new Set();
    }
  }

  render() {
    const blocks: Block[] = JSON.parse(this.blocksJson);
    const highlights = placed(JSON.parse(this.highlightsJson));
    const codedInOriginal: number[] = JSON.parse(this.codedInOriginalJson);
    return html`<div class="passage-reader-body">
      ${blocks.map((block, index) =>
        FOLDED_ROLES.has(block.role) && !this.unfolded.has(index)
          ? this.folded(block, index)
          : html`<div
              class="block role-${block.role.toLowerCase()}"
              style="--quote-depth: ${block.depth}"
              data-depth=${block.depth}
              data-speaker=${block.role === 'OWN_TEXT' || block.role === 'QUOTE' ? (block.speaker ?? 'unknown speaker') : nothing}
              title=${block.evidence ?? nothing}
            >${this.originLink(block, codedInOriginal.includes(index))}${this.segments(block, highlights).map((segment) =>
              this.renderSegment(segment),
            )}</div>`,
      )}
    </div>`;
  }

  private folded(block: Block, index: number) {
    const lines = this.text.substring(block.start, block.end).trimEnd().split('\n').length;
    const what = block.role === 'SIGNATURE' ? 'Signature' : 'List footer';
    return html`<button
      class="folded-block role-${block.role.toLowerCase()}"
      style="--quote-depth: ${block.depth}"
      @click=${() => {
        this.unfolded = new Set(this.unfolded).add(index);
      }}
    >
      ${what}, ${lines} ${lines === 1 ? 'line' : 'lines'} ▸
    </button>`;
  }

  /**
   * A quote whose text was found in an earlier message links to it; when the passage is already coded
   * there, the link says so, so that one statement is not coded twice. The link is no part of the text.
   */
  private originLink(block: Block, codedThere: boolean) {
    if (block.originMessageId == null) {
      return nothing;
    }
    return html`<a
      class="origin-link ${codedThere ? 'coded-in-original' : ''}"
      href="messages/${block.originMessageId}"
      title="Read the message this was first written in"
      >${codedThere ? 'coded in the original ↗' : 'first written here ↗'}</a
    >`;
  }

  private renderSegment(segment: Segment) {
    if (segment.marks.length === 0) {
      return html`<span data-start=${segment.start}>${segment.text}</span>`;
    }
    let content: TemplateResult | string = html`<span data-start=${segment.start}>${segment.text}</span>`;
    const innermost = segment.marks.length - 1;
    for (let i = innermost; i >= 0; i--) {
      const mark = segment.marks[i];
      // The text's own mark tells about every passage over it; the rows below tell about their own.
      const tells = i === innermost ? [...segment.marks].reverse() : [mark];
      content = html`<mark
        data-annotation=${mark.id}
        class="q-${mark.qualifier.toLowerCase()} ${i === innermost ? 'text' : ''} ${segment.marks.length > 1 ? 'overlap' : ''} ${mark.id === this.focusedId ? 'focused' : ''}"
        style="--mark-colour: ${mark.colour}; --mark-level: ${mark.level}"
        title=${tells.map(describe).join('\n\n')}
        >${content}</mark
      >`;
    }
    return content;
  }

  /** Cuts a block at every highlight boundary, so each piece has one fixed set of highlights. */
  private segments(block: Block, highlights: Placed[]): Segment[] {
    const inBlock = highlights.filter((h) => h.start < block.end && h.end > block.start);
    const cuts = new Set<number>([block.start, block.end]);
    for (const h of inBlock) {
      if (h.start > block.start) cuts.add(h.start);
      if (h.end < block.end) cuts.add(h.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i];
      const end = points[i + 1];
      segments.push({
        start,
        text: this.text.substring(start, end),
        marks: inBlock.filter((h) => h.start <= start && h.end >= end).sort((a, b) => b.level - a.level),
      });
    }
    return segments;
  }

  private reportSelection = (event: MouseEvent) => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    const range = selection.getRangeAt(0);
    if (!this.contains(range.commonAncestorContainer)) {
      return;
    }
    let start = this.offsetOf(range.startContainer, range.startOffset);
    let end = this.offsetOf(range.endContainer, range.endOffset);
    // A drag usually catches a space or a line break at either end; the coder meant the words.
    while (start < end && /\s/.test(this.text[start])) start++;
    while (end > start && /\s/.test(this.text[end - 1])) end--;
    if (start >= end) {
      return;
    }
    this.dispatchEvent(
      new CustomEvent('passage-selected', {
        detail: { start, end, text: this.text.substring(start, end), x: event.clientX, y: event.clientY },
        bubbles: true,
      }),
    );
  };

  /** A click on a mark, not ending a drag, makes its passage the one that e and Delete act on. */
  private reportFocus = (event: MouseEvent) => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) {
      return;
    }
    const mark = (event.target as Element).closest('mark[data-annotation]') as HTMLElement | null;
    if (mark && this.contains(mark)) {
      this.dispatchEvent(
        new CustomEvent('annotation-focused', { detail: { id: Number(mark.dataset.annotation) }, bubbles: true }),
      );
    }
  };

  /** Shortcuts work anywhere on the page except while the analyst types into a field. */
  private reportKey = (event: KeyboardEvent) => {
    if (event.altKey || event.metaKey || typingInto(event)) {
      return;
    }
    const key = event.key === 'Backspace' ? 'Delete' : event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const undoOrRedo = event.ctrlKey && key === 'z';
    if (!undoOrRedo && (event.ctrlKey || !READER_KEYS.has(key))) {
      return;
    }
    event.preventDefault();
    this.dispatchEvent(
      new CustomEvent('reader-key', {
        detail: { key: undoOrRedo ? (event.shiftKey ? 'redo' : 'undo') : key },
        bubbles: true,
      }),
    );
  };

  /** The offset in the message text of a DOM boundary point inside this element. */
  private offsetOf(node: Node, offset: number): number {
    const pieces = this.querySelectorAll<HTMLElement>('span[data-start]');
    for (const piece of pieces) {
      const pieceRange = document.createRange();
      pieceRange.selectNodeContents(piece);
      const where = pieceRange.comparePoint(node, offset);
      if (where < 0) {
        return Number(piece.dataset.start);
      }
      if (where === 0) {
        const before = document.createRange();
        before.setStart(piece, 0);
        before.setEnd(node, offset);
        return Number(piece.dataset.start) + before.toString().length;
      }
    }
    return this.text.length;
  }
}

/**
 * Gives each passage an underline row no passage overlapping it uses. Shorter passages go first, so
 * a passage nested in a longer one sits nearest the text and a click on its words finds it.
 */
function placed(highlights: Highlight[]): Placed[] {
  const rows: Placed[][] = [];
  const bySize = [...highlights].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  return bySize.map((h) => {
    let level = rows.findIndex((row) => row.every((other) => other.end <= h.start || other.start >= h.end));
    if (level < 0) {
      level = rows.length;
      rows.push([]);
    }
    const one = { ...h, level };
    rows[level].push(one);
    return one;
  });
}

function describe(h: Highlight): string {
  const lines = [
    `${h.position}: ${h.qualifier.toLowerCase()}`,
    `Speaker: ${h.speaker ?? 'unknown'}`,
    `Coded by ${h.coder}`,
  ];
  if (h.memo) lines.push(`Memo: ${h.memo}`);
  return lines.join('\n');
}

/** Keys typed into a text field are text; a radio button or a button in focus does not want them. */
function typingInto(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  if (target instanceof HTMLInputElement) {
    return !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
  }
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}
