import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import cytoscape from 'cytoscape';

/** A node as the server sends it. */
interface PictureNode {
  id: string;
  name: string;
  kind: 'participant' | 'organisation' | 'position';
  group: string | null;
}

/** A tie as the server sends it; stance is set in the affiliation network only. */
interface PictureTie {
  source: string;
  target: string;
  weight: number;
  count: number;
  stance: 'supports' | 'opposes' | 'both' | 'neutral' | null;
}

interface Picture {
  kind: 'congruence' | 'conflict' | 'affiliation';
  nodes: PictureNode[];
  ties: PictureTie[];
  /** The stakeholder groups in the order the legend lists them: key and label. */
  groups: { key: string; label: string }[];
}

/** Colours of the stakeholder groups: a picture's palette, not a property of the data. */
const GROUP_COLOURS: Record<string, string> = {
  CIVIL_SOCIETY: '#1f77b4',
  BUSINESS: '#ff7f0e',
  TECHNICAL_COMMUNITY: '#2ca02c',
  GOVERNMENT: '#d62728',
  ACADEMIA: '#9467bd',
  INTERGOVERNMENTAL: '#8c564b',
};
const NO_GROUP = '#9e9e9e';
/** The closest the first view of a picture comes: labels at half again their size. */
const READABLE_ZOOM = 1.5;
const TIE_COLOURS: Record<string, string> = {
  congruence: '#4caf50',
  conflict: '#e53935',
  supports: '#4caf50',
  opposes: '#e53935',
  both: '#fb8c00',
  neutral: '#9e9e9e',
};

/**
 * A force-directed picture of a discourse network, drawn with Cytoscape.js. Actors are coloured
 * by stakeholder group and sized by their number of ties; positions (in the affiliation network)
 * are white diamonds. Clicking a node fires `node-selected` with its id.
 *
 * It renders into the light DOM: Cytoscape measures its container with the page's own layout.
 */
@customElement('network-picture')
export class NetworkPicture extends LitElement {
  @property({ type: String, attribute: false }) pictureJson = '';

  private cy?: cytoscape.Core;

  protected createRenderRoot() {
    return this;
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.cy?.destroy();
    this.cy = undefined;
  }

  protected render() {
    const picture = this.picture();
    return html`
      <div class="network-legend" style="display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:var(--lumo-font-size-s)">
        ${picture
          ? picture.groups.map(
              (group) => html`<span
                ><span
                  style="display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em;background:${GROUP_COLOURS[
                    group.key
                  ] ?? NO_GROUP}"
                ></span
                >${group.label}</span
              >`,
            )
          : nothing}
      </div>
      <div
        class="network-canvas"
        style="width:100%;height:100%;min-height:480px;border:1px solid var(--lumo-contrast-10pct);border-radius:var(--lumo-border-radius-m)"
      ></div>
    `;
  }

  protected updated(changed: Map<string, unknown>) {
    if (changed.has('pictureJson')) {
      this.draw();
    }
  }

  private picture(): Picture | null {
    return this.pictureJson ? (JSON.parse(this.pictureJson) as Picture) : null;
  }

  private draw() {
    this.cy?.destroy();
    this.cy = undefined;
    const picture = this.picture();
    const container = this.querySelector('.network-canvas') as HTMLElement | null;
    if (!picture || !container) {
      return;
    }
    const degree = new Map<string, number>();
    picture.ties.forEach((tie) => {
      degree.set(tie.source, (degree.get(tie.source) ?? 0) + 1);
      degree.set(tie.target, (degree.get(tie.target) ?? 0) + 1);
    });
    const heaviest = Math.max(1, ...picture.ties.map((tie) => tie.weight));
    const elements: cytoscape.ElementDefinition[] = [
      ...picture.nodes.map((node) => ({
        group: 'nodes' as const,
        data: {
          id: node.id,
          name: node.name,
          colour: node.kind === 'position' ? '#ffffff' : (GROUP_COLOURS[node.group ?? ''] ?? NO_GROUP),
          size: 14 + 6 * Math.sqrt(degree.get(node.id) ?? 0),
        },
        classes: node.kind,
      })),
      ...picture.ties.map((tie, index) => ({
        group: 'edges' as const,
        data: {
          id: `tie-${index}`,
          source: tie.source,
          target: tie.target,
          width: 1 + 7 * (tie.weight / heaviest),
          colour: TIE_COLOURS[tie.stance ?? picture.kind] ?? NO_GROUP,
        },
      })),
    ];
    this.cy = cytoscape({
      container,
      elements,
      minZoom: 0.1,
      maxZoom: 4,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            width: 'data(size)',
            height: 'data(size)',
            label: 'data(name)',
            'font-size': 10,
            'text-wrap': 'ellipsis',
            'text-max-width': '140px',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'border-width': 1,
            'border-color': '#ffffff',
          },
        },
        {
          selector: 'node.position',
          style: { shape: 'diamond', 'border-color': '#424242', 'border-width': 1.5, 'font-style': 'italic' },
        },
        { selector: 'node:selected', style: { 'border-color': '#000000', 'border-width': 3 } },
        {
          selector: 'edge',
          style: { width: 'data(width)', 'line-color': 'data(colour)', opacity: 0.55, 'curve-style': 'haystack' },
        },
      ],
    });
    this.cy
      .layout({
        name: 'cose',
        animate: false,
        randomize: true,
        nodeRepulsion: () => 8000,
        idealEdgeLength: () => 80,
        numIter: picture.nodes.length > 300 ? 300 : 1000,
      })
      .run();
    // Fitting a few nodes to the frame would zoom in until their 10-pixel labels are four times that size.
    if (this.cy.zoom() > READABLE_ZOOM) {
      this.cy.zoom(READABLE_ZOOM);
      this.cy.center();
    }
    this.cy.on('tap', 'node', (event) => {
      this.dispatchEvent(new CustomEvent('node-selected', { detail: { id: event.target.id() } }));
    });
  }
}
