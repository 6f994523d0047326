import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

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
}

/** A run of text with one set of highlights over it. */
interface Segment {
  start: number;
  text: string;
  marks: Highlight[];
}

/**
 * Shows a message body block by block, indented by quote depth, with coded passages painted in
 * their position's colour. A selection is reported as character offsets into the message's
 * normalised text, which is what the server stores and checks.
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

  protected createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this.addEventListener('mouseup', this.reportSelection);
    this.addEventListener('keyup', this.reportSelection);
  }

  disconnectedCallback() {
    this.removeEventListener('mouseup', this.reportSelection);
    this.removeEventListener('keyup', this.reportSelection);
    super.disconnectedCallback();
  }

  render() {
    const blocks: Block[] = JSON.parse(this.blocksJson);
    const highlights: Highlight[] = JSON.parse(this.highlightsJson);
    const codedInOriginal: number[] = JSON.parse(this.codedInOriginalJson);
    return html`<div class="passage-reader-body">
      ${blocks.map(
        (block, index) => html`<div
          class="block role-${block.role.toLowerCase()}"
          style="--quote-depth: ${block.depth}"
          data-depth=${block.depth}
          data-speaker=${block.role === 'OWN_TEXT' || block.role === 'QUOTE' ? (block.speaker ?? 'unknown speaker') : nothing}
          title=${block.evidence ?? nothing}
        >${this.originLink(block, codedInOriginal.includes(index))}${this.segments(block, highlights).map((segment) => this.renderSegment(segment))}</div>`,
      )}
    </div>`;
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
    const top = segment.marks[segment.marks.length - 1];
    const title = segment.marks.map((m) => `${m.speaker ?? 'unknown speaker'} ${m.qualifier.toLowerCase()}: ${m.position}`).join('\n');
    return html`<mark
      data-start=${segment.start}
      data-annotations=${segment.marks.map((m) => m.id).join(' ')}
      class=${segment.marks.length > 1 ? 'overlap' : ''}
      style="--mark-colour: ${top.colour}"
      title=${title}
    >${segment.text}</mark>`;
  }

  /** Cuts a block at every highlight boundary, so each piece has one fixed set of highlights. */
  private segments(block: Block, highlights: Highlight[]): Segment[] {
    const cuts = new Set<number>([block.start, block.end]);
    for (const h of highlights) {
      if (h.start > block.start && h.start < block.end) cuts.add(h.start);
      if (h.end > block.start && h.end < block.end) cuts.add(h.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i];
      const end = points[i + 1];
      segments.push({
        start,
        text: this.text.substring(start, end),
        marks: highlights.filter((h) => h.start <= start && h.end >= end),
      });
    }
    return segments;
  }

  private reportSelection = () => {
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
        detail: { start, end, text: this.text.substring(start, end) },
        bubbles: true,
      }),
    );
  };

  /** The offset in the message text of a DOM boundary point inside this element. */
  private offsetOf(node: Node, offset: number): number {
    const pieces = this.querySelectorAll<HTMLElement>('[data-start]');
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
